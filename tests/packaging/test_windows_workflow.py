"""The Windows build workflow and installer script: what can be checked without Windows."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from praktijkdesk.platform.windows import APP_MUTEX, version_numbers

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
ISS = ROOT / "packaging" / "windows" / "praktijkdesk.iss"


@pytest.mark.skipif(shutil.which("actionlint") is None, reason="actionlint not installed")
def test_actionlint_accepts_the_workflow():
    result = subprocess.run(
        ["actionlint", "-no-color", "-oneline", str(WORKFLOW)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_workflow_builds_on_windows_with_python_3_12_and_signs_behind_a_secret():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in text
    assert 'python-version: "3.12"' in text
    assert "secrets.WINDOWS_SIGNING_CERTIFICATE" in text
    assert "if: ${{ env.SIGNING_CERTIFICATE != '' }}" in text
    for step in ("pytest", "pyinstaller", "ISCC", "smoke.ps1", "upload-artifact"):
        assert step in text, step
    smoke = (ROOT / "packaging" / "windows" / "smoke.ps1").read_text(encoding="utf-8")
    for command in ('"check"', '"demo"', '"tour"', '"import"', '"backup"', "candidates --json >"):
        assert command in smoke, command


def test_the_installer_has_association_mutex_and_path_task():
    text = ISS.read_text(encoding="utf-8-sig")
    assert f'#define AppMutexName "{APP_MUTEX}"' in text and "AppMutex={#AppMutexName}" in text
    assert re.search(r'Software\\Classes\\\.praktijk"', text)
    assert '""{app}\\{#AppExe}"" ""%1"""' in text
    assert 'Name: "addtopath"' in text and "Flags: unchecked" in text
    assert "VersionInfoVersion={#NumericVersion}" in text
    assert "py -3.11" not in (ROOT / "docs" / "packaging.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("0.2.0rc1", (0, 2, 0, 0)),
        ("1.4", (1, 4, 0, 0)),
        ("2.0.0.dev3+g1234", (2, 0, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("onzin", (0, 0, 0, 0)),
    ],
)
def test_version_resource_numbers(text, numbers):
    assert version_numbers(text) == numbers
