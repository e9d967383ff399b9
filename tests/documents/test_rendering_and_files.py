from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from praktijkdesk.documents.declaration_pdf import render_declaration
from praktijkdesk.documents.files import write_pdf
from praktijkdesk.documents.progress_report_pdf import render_progress_report
from praktijkdesk.documents.signature import fit_strokes
from praktijkdesk.errors import UserError
from tests.documents import samples

REPO = Path(__file__).resolve().parents[2]


def test_importing_the_documents_never_imports_qt():
    script = (
        "import sys\n"
        "import praktijkdesk.documents\n"
        "import praktijkdesk.documents.declaration_pdf, praktijkdesk.documents.progress_report_pdf\n"
        "import praktijkdesk.documents.files, praktijkdesk.documents.signature\n"
        "assert 'PySide6' not in sys.modules, 'PySide6 imported'\n"
    )
    subprocess.run([sys.executable, "-c", script], cwd=REPO, check=True)


def test_the_package_itself_does_not_import_fpdf():
    script = "import sys, praktijkdesk.documents; assert 'fpdf' not in sys.modules"
    subprocess.run([sys.executable, "-c", script], cwd=REPO, check=True)


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None,
    reason="pdftoppm (Debian poppler-utils) is not installed: cannot check that poppler renders",
)
def test_poppler_renders_both_documents(tmp_path):
    snap = samples.snapshot(draft=True)
    declaration = tmp_path / "verklaring.pdf"
    declaration.write_bytes(render_declaration(snap, signatures=(samples.signature(snap),)))
    report = tmp_path / "overzicht.pdf"
    report.write_bytes(
        render_progress_report([samples.progress_report()], generated_at="2026-03-12T09:00:00Z")
    )
    for pdf in (declaration, report):
        result = subprocess.run(
            ["pdftoppm", "-png", "-r", "30", str(pdf), str(tmp_path / pdf.stem)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        assert not result.stderr.strip(), result.stderr  # poppler complains about bad PDFs
        assert (tmp_path / f"{pdf.stem}-1.png").stat().st_size > 1000


def test_strokes_fit_the_box_and_keep_their_shape():
    fitted = fit_strokes(samples.strokes(), 10, 20, 60, 15)
    points = [p for stroke in fitted for p in stroke]
    assert all(10 - 1e-9 <= x <= 70 + 1e-9 and 20 - 1e-9 <= y <= 35 + 1e-9 for x, y in points)
    source = [p for stroke in samples.strokes() for p in stroke]
    src_w = max(x for x, _ in source) - min(x for x, _ in source)
    src_h = max(y for _, y in source) - min(y for _, y in source)
    out_w = max(x for x, _ in points) - min(x for x, _ in points)
    out_h = max(y for _, y in points) - min(y for _, y in points)
    assert out_w / out_h == pytest.approx(src_w / src_h)


def test_empty_and_broken_strokes_draw_nothing():
    assert fit_strokes((), 0, 0, 10, 10) == []
    assert fit_strokes((((float("nan"), 1.0),),), 0, 0, 10, 10) == []


def test_write_pdf_replaces_the_file_whole(tmp_path):
    target = tmp_path / "verklaring.pdf"
    target.write_bytes(b"old")
    write_pdf(target, b"%PDF-new", overwrite=True)
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["verklaring.pdf"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "verklaring.pdf"
    target.write_bytes(b"old")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(UserError) as caught:
        write_pdf(target, b"%PDF-new", overwrite=True)
    assert caught.value.code == "disk_full"
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["verklaring.pdf"]


def test_an_unwritable_folder_gives_a_dutch_message(tmp_path):
    with pytest.raises(UserError) as caught:
        write_pdf(tmp_path / "bestaat-niet" / "x.pdf", b"%PDF")
    assert "kan niet worden opgeslagen" in caught.value.message
