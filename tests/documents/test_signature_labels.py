"""The signature blocks on the printed praktijkverklaring carry the right Dutch role names."""

from __future__ import annotations

import io

import pypdf

from praktijkdesk.documents.declaration_pdf import render_declaration
from tests.documents import samples

LABELS = ("Praktijkopleider", "Kandidaat", "Leidinggevende", "Namens de mbo-instelling")


def label_counts(roles: tuple[str, ...]) -> list[int]:
    data = render_declaration(samples.snapshot(roles=roles))
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    return [text.count(label) for label in LABELS]


def test_each_signature_block_is_labelled_with_its_role():
    without = label_counts(())
    with_all = label_counts(("trainer", "candidate", "manager", "school"))
    # One more of each label: the block under which that person signs.
    assert [b - a for a, b in zip(without, with_all, strict=True)] == [1, 1, 1, 1]
    assert label_counts(("school",))[3] - without[3] == 1
