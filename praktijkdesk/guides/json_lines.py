"""Where a JSON path starts in the file's text: so a message can say "regel 14" to someone
editing the file in Notepad, not only ``core_tasks[0].work_processes[2].behaviours[1]``.

A small scanner over already valid JSON (json.loads accepted it): it records the line of
every value by its path, in the same path notation the guide loaders use.
"""

from __future__ import annotations

import json
import re

from praktijkdesk.errors import InvalidGuide

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null")
_PATH_PART = re.compile(r"\.[^.\[]+|\[\d+\]")


def value_lines(text: str) -> dict[str, int]:
    """Every value's JSON path → the line (from 1) on which it starts."""
    lines: dict[str, int] = {}
    text = text.removeprefix("\ufeff")

    def line_of(pos: int) -> int:
        return text.count("\n", 0, pos) + 1

    def skip(pos: int) -> int:
        return _WHITESPACE.match(text, pos).end()

    def value(pos: int, path: str) -> int:
        pos = skip(pos)
        lines[path] = line_of(pos)
        ch = text[pos]
        if ch == "{":
            pos = skip(pos + 1)
            if text[pos] == "}":
                return pos + 1
            while True:
                key, pos = json.decoder.scanstring(text, skip(pos) + 1)
                pos = skip(pos) + 1  # the colon
                pos = skip(value(pos, f"{path}.{key}" if path else key))
                if text[pos] == "}":
                    return pos + 1
                pos += 1  # the comma
        if ch == "[":
            pos = skip(pos + 1)
            if text[pos] == "]":
                return pos + 1
            index = 0
            while True:
                pos = skip(value(pos, f"{path}[{index}]"))
                index += 1
                if text[pos] == "]":
                    return pos + 1
                pos += 1
        if ch == '"':
            return json.decoder.scanstring(text, pos + 1)[1]
        return _SCALAR.match(text, pos).end()

    value(0, "")
    return lines


def line_of_path(text: str, path: str) -> int | None:
    """The line of ``path``, or of the nearest enclosing part that exists in the text."""
    try:
        lines = value_lines(text)
    except (IndexError, AttributeError, ValueError):  # not valid JSON: no lines to give
        return None
    parts = _PATH_PART.findall("." + path) if path and not path.startswith("[") else []
    # Drop parts from the end until the path exists (a missing key names its block).
    while parts:
        candidate = "".join(parts).lstrip(".")
        if candidate in lines:
            return lines[candidate]
        parts.pop()
    return lines.get("")


def with_line(exc: InvalidGuide, text: str) -> InvalidGuide:
    """The same error with "regel N" in front of the JSON path it names (if it names one)."""
    where = exc.where
    if not where or where.startswith("regel"):
        return exc
    line = line_of_path(text, where)
    if line is None:
        return exc
    return InvalidGuide(exc.reason, where=f"regel {line} ({where})")
