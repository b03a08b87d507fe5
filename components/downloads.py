"""What the atlas hands out as files: spreadsheet-safe CSV."""

from __future__ import annotations

import re

import pandas as pd

# A cell a spreadsheet would run as a formula starts with one of these (OWASP: CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


def neutralize(cell):
    """A text cell that a spreadsheet would run as a formula, prefixed with an apostrophe so it stays text;
    numbers (including negative ones) are left as they are."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def safe_csv(frame: pd.DataFrame, **kwargs) -> bytes:
    """`frame` as UTF-8 CSV in which no cell can run as a spreadsheet formula."""
    return frame.map(neutralize).to_csv(**kwargs).encode("utf-8")


def safe_csv_file(raw: bytes) -> bytes:
    """A data file as shipped, with every formula-like cell neutralized (the file on the server is untouched)."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([[neutralize(cell) for cell in row] for row in rows])
    return out.getvalue().encode("utf-8")
