"""The loader accepts the shipped data and names file, row, column and problem for every kind of corruption."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from components.data import DataError, Problem, load_atlas
from tests.conftest import TODAY


def rewrite(path: Path, edit) -> None:
    """Apply `edit(rows)` to the CSV's rows (header first) and write it back."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    edit(rows)
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)


def set_cell(path: Path, record_id: str, column: str, value: str) -> int:
    """Set one cell of the row whose first column is `record_id`; return its spreadsheet row number."""
    found = {}

    def edit(rows):
        col = rows[0].index(column)
        for number, row in enumerate(rows[1:], start=2):
            if row[0] == record_id:
                row[col] = value
                found["row"] = number
                return
        raise AssertionError(f"{record_id} not in {path}")

    rewrite(path, edit)
    return found["row"]


def problems_of(directory: Path) -> list[Problem]:
    with pytest.raises(DataError) as caught:
        load_atlas(directory, today=TODAY)
    return caught.value.problems


def test_shipped_data_loads(atlas):
    assert len(atlas.interventions) >= 20
    assert atlas.interventions["id"].is_unique


def test_missing_column_is_named(data_copy):
    def drop_outcome(rows):
        index = rows[0].index("outcome")
        for row in rows:
            del row[index]

    rewrite(data_copy / "interventions.csv", drop_outcome)
    problems = problems_of(data_copy)
    assert Problem("data/interventions.csv", 1, "outcome", "column is missing") in problems


def test_bad_date_is_located(data_copy):
    row = set_cell(data_copy / "interventions.csv", "unosom-ii", "start_date", "1993-13-01")
    problems = problems_of(data_copy)
    assert [p for p in problems if p.row == row and p.column == "start_date"]
    [problem] = [p for p in problems if p.column == "start_date"]
    assert "'1993-13-01' is not a date" in problem.message
    assert str(problem).startswith(f"data/interventions.csv, row {row}, column start_date:")


def test_unknown_vocabulary_value(data_copy):
    row = set_cell(data_copy / "interventions.csv", "kfor", "mandate_type", "peacemaking")
    [problem] = problems_of(data_copy)
    assert (problem.file, problem.row, problem.column) == ("data/interventions.csv", row, "mandate_type")
    assert "'peacemaking' is not one of the codebook's values" in problem.message


def test_duplicate_id(data_copy):
    def duplicate(rows):
        rows.append(list(rows[1]))

    rewrite(data_copy / "interventions.csv", duplicate)
    problems = problems_of(data_copy)
    duplicated = [p for p in problems if p.column == "id"]
    assert duplicated and all("duplicate" in p.message for p in duplicated)


def test_dangling_predecessor(data_copy):
    row = set_cell(data_copy / "interventions.csv", "unosom-ii", "predecessor", "unitaf;unosom-iii")
    problems = problems_of(data_copy)
    assert Problem("data/interventions.csv", row, "predecessor", "'unosom-iii' is not the id of any intervention") in problems


def test_bad_iso_code(data_copy):
    row = set_cell(data_copy / "interventions.csv", "kfor", "host_countries", "XKX;YUG")
    [problem] = problems_of(data_copy)
    assert (problem.row, problem.column) == (row, "host_countries")
    assert "ISO 3166-1 alpha-3" in problem.message


def test_malformed_csv_row(data_copy):
    path = data_copy / "interventions.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].rstrip("\n") + ",stray\n"
    path.write_text("".join(lines), encoding="utf-8")
    [problem] = problems_of(data_copy)
    assert (problem.file, problem.row, problem.column) == ("data/interventions.csv", 4, None)
    assert "fields but the header has" in problem.message


def test_unclosed_quote(data_copy):
    path = data_copy / "challenges.csv"
    path.write_text(path.read_text(encoding="utf-8") + 'unitaf,escalation,2,"never closed,https://example.org\n', encoding="utf-8")
    problems = problems_of(data_copy)
    assert problems[0].file == "data/challenges.csv"


def test_not_utf8(data_copy):
    path = data_copy / "resolutions.csv"
    path.write_bytes(path.read_bytes() + "1,1990-01-01,kfor,establish,yes,,,,,caf\xe9,https://x.org\n".encode("latin-1"))
    [problem] = problems_of(data_copy)
    assert problem.file == "data/resolutions.csv" and "UTF-8" in problem.message


def test_missing_file(data_copy):
    (data_copy / "challenges.csv").unlink()
    assert problems_of(data_copy) == [Problem("data/challenges.csv", None, None, "file is missing")]


def test_resolution_referring_to_unknown_intervention(data_copy):
    def edit(rows):
        col = rows[0].index("interventions")
        rows[1][col] = rows[1][col] + ";atlantis-force"

    rewrite(data_copy / "resolutions.csv", edit)
    [problem] = problems_of(data_copy)
    assert (problem.file, problem.row, problem.column) == ("data/resolutions.csv", 2, "interventions")


def test_end_before_start(data_copy):
    row = set_cell(data_copy / "interventions.csv", "unitaf", "end_date", "1991-01-01")
    [problem] = problems_of(data_copy)
    assert (problem.row, problem.column) == (row, "end_date")
    assert "before start_date" in problem.message


def test_every_problem_is_reported_at_once(data_copy):
    set_cell(data_copy / "interventions.csv", "unitaf", "organization", "WTO")
    set_cell(data_copy / "interventions.csv", "kfor", "start_date", "soon")
    columns = {p.column for p in problems_of(data_copy)}
    assert {"organization", "start_date"} <= columns


def test_digits_of_other_scripts_are_not_numbers(data_copy):
    rewrite(data_copy / "strength.csv", lambda rows: rows[1].__setitem__(rows[0].index("personnel"), "１２"))
    problems = problems_of(data_copy)
    assert any(p.file == "data/strength.csv" and p.row == 2 and p.column == "personnel" and "whole number" in p.message for p in problems)


def test_a_handover_cycle_is_reported(data_copy):
    path = data_copy / "interventions.csv"
    set_cell(path, "unitaf", "predecessor", "unosom-ii")
    set_cell(path, "unosom-ii", "successor", "unitaf")  # each now names the other as predecessor and successor
    problems = problems_of(data_copy)
    assert any(p.column == "successor" and "cycle" in p.message for p in problems)


def test_duplicated_veto_rows_are_reported(data_copy):
    rewrite(data_copy / "vetoes.csv", lambda rows: rows.extend([rows[5]] * 10))
    problems = problems_of(data_copy)
    assert any(p.file == "data/vetoes.csv" and p.column == "record" and "duplicate" in p.message for p in problems)


def test_a_folder_a_nul_byte_and_an_oversized_file_are_named(data_copy):
    (data_copy / "milestones.csv").unlink()
    (data_copy / "milestones.csv").mkdir()
    path = data_copy / "organizations.csv"
    path.write_bytes(path.read_bytes().replace(b"Addis", b"Add\x00s", 1))
    problems = problems_of(data_copy)
    assert any(p.file == "data/milestones.csv" and "folder" in p.message for p in problems)
    assert any(p.file == "data/organizations.csv" and "NUL byte" in p.message for p in problems)


def test_a_byte_order_mark_is_accepted(data_copy):
    path = data_copy / "milestones.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert len(load_atlas(data_copy, today=TODAY).milestones) >= 8


def test_an_edit_that_keeps_the_modification_time_is_seen(data_copy, monkeypatch):
    import os

    from components import data

    monkeypatch.setenv("ATLAS_DATA_DIR", str(data_copy))
    first, _ = data._contents(data_copy)
    path = data_copy / "milestones.csv"
    stat = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace("Charter", "Charta", 1), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    second, _ = data._contents(data_copy)
    assert first != second


def test_a_failed_check_survives_the_cache_whole():
    import pickle

    from components.data import DataError, Problem

    error = pickle.loads(pickle.dumps(DataError([Problem("data/x.csv", 3, "id", "is wrong")])))
    assert error.problems[0].row == 3 and "data/x.csv, row 3, column id: is wrong" in str(error)
