"""Small guides to break on purpose, and the bundled ones to round-trip."""

from __future__ import annotations

import copy
import json

import pytest

from praktijkdesk.guides.bundled import bundled_guides

HEADER = (
    "kwalificatie;crebo;niveau;kerntaak_code;kerntaak;werkproces_code;werkproces;gedragsvoorbeeld"
)
QUALIFICATION = "Assistent logistiek;;Entree"

# The smallest valid guide in the canonical JSON form.
TINY = {
    "format": "praktijkdesk-guide/1",
    "slug": "assistent-logistiek",
    "title": "Assistent logistiek",
    "version": "2025-1",
    "qualification": {"name": "Assistent logistiek", "crebo": "", "level": "Entree"},
    "source": "test",
    "core_tasks": [
        {
            "code": "B1-K1",
            "title": "Voert logistieke werkzaamheden uit",
            "work_processes": [
                {
                    "code": "B1-K1-W1",
                    "title": "Ontvangt goederen",
                    "behaviours": [
                        {"id": "B1-K1-W1-1", "text": "Telt de dozen."},
                        "Zet de bestelling klaar volgens de picklijst.",
                    ],
                },
                {
                    "code": "B1-K1-W2",
                    "title": "Slaat goederen op",
                    "behaviours": ["Zet zware dozen onderop."],
                },
            ],
        },
    ],
}


def tiny(**changes) -> dict:
    """A deep copy of TINY; keyword arguments replace top-level keys."""
    guide = copy.deepcopy(TINY)
    guide.update(changes)
    return guide


def tiny_json(**changes) -> str:
    return json.dumps(tiny(**changes), ensure_ascii=False)


def csv_rows(*rows: str, header: str = HEADER) -> bytes:
    """A CSV file: the header, then each row after the qualification columns."""
    lines = [header] + [f"{QUALIFICATION};{row}" for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def reason_and_where(exc) -> tuple[str, str | None]:
    return exc.value.reason, exc.value.where


@pytest.fixture(params=[g.slug for g in bundled_guides()])
def bundled(request):
    return next(g for g in bundled_guides() if g.slug == request.param)
