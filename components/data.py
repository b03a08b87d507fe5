"""The data layer: read, validate, type and cache the atlas tables; nothing else in the app reads files."""

from __future__ import annotations

import csv
import hashlib
import io
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import NoReturn

import pandas as pd
import pandera.errors
import streamlit as st

from components import schema

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
TABLE_FILES = {
    "interventions": "interventions.csv",
    "resolutions": "resolutions.csv",
    "challenges": "challenges.csv",
    "personnel": "personnel.csv",
    "fatalities": "fatalities.csv",
    "strength": "strength.csv",
    "organizations": "organizations.csv",
    "milestones": "milestones.csv",
    "vetoes": "vetoes.csv",
    "sources": "sources.csv",
    "second_coding": "second_coding.csv",
}
# Tables whose rows belong to one intervention each, through their `intervention_id` column.
PER_INTERVENTION_TABLES = ("challenges", "personnel", "fatalities", "strength")
INTERVENTION_LIST_COLUMNS = (
    "aliases",
    "partner_organizations",
    "host_countries",
    "authorizing_resolutions",
    "predecessor",
    "successor",
    "sources",
    "outcome_source",
    "end_reason_source",
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a data file, located as a person editing the file would look for it."""

    file: str
    row: int | None  # spreadsheet row: the header is row 1, the first record row 2
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}"


class DataError(Exception):
    """The data files are not valid; `problems` says where and why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def __reduce__(self):
        # cached results are pickled: rebuild from the problems, not from the joined message
        return (DataError, (self.problems,))


@dataclass(frozen=True)
class Atlas:
    """All validated tables, typed for use by pages and figure builders."""

    interventions: pd.DataFrame
    resolutions: pd.DataFrame
    challenges: pd.DataFrame
    personnel: pd.DataFrame
    fatalities: pd.DataFrame
    strength: pd.DataFrame
    organizations: pd.DataFrame
    milestones: pd.DataFrame
    vetoes: pd.DataFrame
    sources: pd.DataFrame  # the source register, indexed by source id
    second_coding: pd.DataFrame  # codes given twice, by two readers, and how disagreements were resolved


def data_dir() -> Path:
    """Where the tables live; ATLAS_DATA_DIR overrides the shipped folder (used by tests)."""
    return Path(os.environ.get("ATLAS_DATA_DIR", DEFAULT_DATA_DIR))


def _display_name(path: Path) -> str:
    return f"data/{path.name}"


MAX_TABLE_BYTES = 20_000_000  # the largest table the atlas reads (the shipped ones are under 1 MB)


def snapshot(path: Path) -> bytes | Problem:
    """A table file's bytes, read once, or what keeps it from being read."""
    name = _display_name(path)
    if not path.exists():
        return Problem(name, None, None, "file is missing")
    if path.is_dir():
        return Problem(name, None, None, "is a folder, not a CSV file")
    size = path.stat().st_size
    if size > MAX_TABLE_BYTES:
        return Problem(name, None, None, f"is {size / 1e6:.1f} MB, larger than the {MAX_TABLE_BYTES // 1_000_000} MB a table may be")
    return path.read_bytes()


def read_table(path: Path, required: list[str], raw: bytes | Problem | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """Read a CSV as text cells, reporting structural problems (missing file/columns, wrong field counts). `raw` is
    the file's content when it was read already (so that a file rewritten meanwhile is never read half-written)."""
    name = _display_name(path)
    raw = snapshot(path) if raw is None else raw
    if isinstance(raw, Problem):
        return pd.DataFrame(columns=required), [raw]
    if b"\x00" in raw:
        return pd.DataFrame(columns=required), [
            Problem(name, None, None, f"contains a NUL byte at byte {raw.index(bytes(1))}: not a text file")
        ]
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark, as spreadsheets write, is allowed
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except UnicodeDecodeError as exc:
        return pd.DataFrame(columns=required), [Problem(name, None, None, f"is not valid UTF-8 text (byte {exc.start})")]
    except csv.Error as exc:
        return pd.DataFrame(columns=required), [Problem(name, None, None, f"is not valid CSV: {exc}")]
    if not rows:
        return pd.DataFrame(columns=required), [Problem(name, None, None, "file is empty")]
    header = [h.strip() for h in rows[0]]
    problems = [Problem(name, 1, col, "column is missing") for col in required if col not in header]
    duplicated = {h for h in header if header.count(h) > 1}
    problems += [Problem(name, 1, col, "column appears more than once") for col in sorted(duplicated)]
    records = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(
                Problem(name, number, None, f"has {len(row)} fields but the header has {len(header)} (a stray comma or an unclosed quote?)")
            )
            continue
        records.append((number, [cell.strip() for cell in row]))
    if problems:
        return pd.DataFrame(columns=required), problems
    frame = pd.DataFrame([cells for _, cells in records], columns=header, index=[n for n, _ in records], dtype=str)
    return frame, []


def _schema_problems(name: str, exc: pandera.errors.SchemaErrors) -> list[Problem]:
    problems = []
    cases = exc.failure_cases
    for case in cases.itertuples(index=False):
        column = case.column if isinstance(case.column, str) else None
        row = int(case.index) if pd.notna(case.index) else None
        check = str(case.check)
        if check.startswith("field_uniqueness") or check == "column_uniqueness" or check.startswith("multiple_fields_uniqueness"):
            message = f"'{case.failure_case}' is a duplicate: each value must be unique"
        elif "dtype" in check:
            message = f"has the wrong type ({case.failure_case})"
        else:
            message = f"'{case.failure_case}' {check}"
        problems.append(Problem(name, row, column, message))
    problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    return problems


def validate_table(frame: pd.DataFrame, table: str, path: Path) -> list[Problem]:
    try:
        schema.SCHEMAS[table].validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        return _schema_problems(_display_name(path), exc)
    return []


def _cross_check(frames: dict[str, pd.DataFrame], paths: dict[str, Path]) -> list[Problem]:
    """Checks that span rows or tables: references, date order, handover symmetry."""
    problems: list[Problem] = []
    interventions = frames["interventions"]
    ids = set(interventions["id"])
    iv_name = _display_name(paths["interventions"])
    for row, record in interventions.iterrows():
        for column in ("predecessor", "successor"):
            for ref in schema.split_list(record[column]):
                if ref not in ids:
                    problems.append(Problem(iv_name, row, column, f"'{ref}' is not the id of any intervention"))
                elif ref == record["id"]:
                    problems.append(Problem(iv_name, row, column, f"'{ref}' refers to the intervention itself"))
        for ref in schema.split_list(record["successor"]):
            if ref in ids:
                other = interventions.loc[interventions["id"] == ref, "predecessor"].iloc[0]
                if record["id"] not in schema.split_list(other):
                    problems.append(Problem(iv_name, row, "successor", f"'{ref}' does not name '{record['id']}' as its predecessor"))
                if ref in schema.split_list(record["predecessor"]):
                    problems.append(Problem(iv_name, row, "successor", f"'{ref}' is both its predecessor and its successor (a cycle)"))
        if record["end_date"] and partial_date_bounds(record["end_date"])[1] < partial_date_bounds(record["start_date"])[0]:
            problems.append(Problem(iv_name, row, "end_date", f"'{record['end_date']}' is before start_date '{record['start_date']}'"))
        if record["end_date"] == "" and record["end_mode"] != "ongoing":
            problems.append(Problem(iv_name, row, "end_mode", f"'{record['end_mode']}' but end_date is empty (ongoing)"))
        if record["end_date"] and record["end_mode"] == "ongoing":
            problems.append(Problem(iv_name, row, "end_mode", "is 'ongoing' but end_date is set"))
        if record["outcome"] not in ("not_coded", "ongoing") and not record["outcome_source"]:
            problems.append(
                Problem(iv_name, row, "outcome_source", f"is empty, but outcome '{record['outcome']}' needs the source that supports it")
            )
        if (record["hq_lat"] == "") != (record["hq_lon"] == ""):
            problems.append(Problem(iv_name, row, "hq_lat", "hq_lat and hq_lon must both be given or both be empty"))
    res_name = _display_name(paths["resolutions"])
    resolution_numbers = set(frames["resolutions"]["number"])
    for row, record in frames["resolutions"].iterrows():
        for ref in schema.split_list(record["interventions"]):
            if ref not in ids:
                problems.append(Problem(res_name, row, "interventions", f"'{ref}' is not the id of any intervention"))
    for row, record in interventions.iterrows():
        for number in schema.split_list(record["authorizing_resolutions"]):
            if number not in resolution_numbers:
                problems.append(
                    Problem(iv_name, row, "authorizing_resolutions", f"resolution {number} is not listed in data/resolutions.csv")
                )
    for table in PER_INTERVENTION_TABLES:
        name = _display_name(paths[table])
        for row, record in frames[table].iterrows():
            if record["intervention_id"] not in ids:
                problems.append(Problem(name, row, "intervention_id", f"'{record['intervention_id']}' is not the id of any intervention"))
    veto_name = _display_name(paths["vetoes"])
    for row, record in frames["vetoes"].iterrows():
        for ref in schema.split_list(record["interventions"]):
            if ref not in ids:
                problems.append(Problem(veto_name, row, "interventions", f"'{ref}' is not the id of any intervention"))
    problems += _dangling_sources(frames, paths)
    org_name = _display_name(paths["organizations"])
    listed = set(frames["organizations"]["code"])
    used = set(interventions["organization"]) | {p for cell in interventions["partner_organizations"] for p in schema.split_list(cell)}
    for code in sorted(used - listed):
        problems.append(Problem(org_name, None, "code", f"'{code}' is used in data/interventions.csv but not described here"))
    return problems


def _dangling_sources(frames: dict[str, pd.DataFrame], paths: dict[str, Path]) -> list[Problem]:
    """Every source id a table cites must be in the register (data/sources.csv)."""
    registered = set(frames["sources"]["id"])
    problems = []
    for table, columns in schema.SOURCE_COLUMNS.items():
        name = _display_name(paths[table])
        frame = frames[table]
        for column in columns:
            # derived tables cite one source per row thousands of times: check each distinct cell once
            for cell, rows in frame.groupby(column).groups.items():
                for ref in schema.split_list(cell):
                    if ref not in registered:
                        problems.append(Problem(name, int(rows[0]), column, f"'{ref}' is not the id of any source in data/sources.csv"))
    return problems


def partial_date_bounds(text: str) -> tuple[date, date]:
    """First and last calendar day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can mean."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        last = (pd.Timestamp(first) + pd.offsets.MonthEnd(0)).date()
        return first, last
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _typed_interventions(frame: pd.DataFrame, today: date) -> pd.DataFrame:
    df = frame.reset_index(names="source_row").copy()
    for column in INTERVENTION_LIST_COLUMNS:
        df[column] = df[column].map(lambda cell: tuple(schema.split_list(cell)))
    df["authorizing_resolutions"] = df["authorizing_resolutions"].map(lambda items: tuple(int(i) for i in items))
    df["start"] = pd.to_datetime(df["start_date"].map(lambda t: partial_date_bounds(t)[0]))
    df["ongoing"] = df["end_date"] == ""
    df["end"] = pd.to_datetime(df["end_date"].map(lambda t: partial_date_bounds(t)[1] if t else today))
    df["start_year"] = df["start"].dt.year
    df["end_year"] = df["end"].dt.year
    for column in ("hq_lat", "hq_lon"):
        df[column] = pd.to_numeric(df[column].replace("", None), errors="coerce")
    return df.sort_values(["start", "id"]).reset_index(drop=True)


def _typed_resolutions(frame: pd.DataFrame) -> pd.DataFrame:
    df = frame.reset_index(drop=True).copy()
    df["number"] = df["number"].astype(int)
    df["date"] = pd.to_datetime(df["date"])
    for column in ("interventions", "action", "sources", "voting_against", "abstaining"):
        df[column] = df[column].map(lambda cell: tuple(schema.split_list(cell)))
    for column in ("votes_for", "votes_against", "abstentions"):
        df[column] = pd.to_numeric(df[column].replace("", None), errors="coerce").astype("Int64")
    return df.sort_values("number").reset_index(drop=True)


def _typed_challenges(frame: pd.DataFrame) -> pd.DataFrame:
    df = frame.reset_index(drop=True).copy()
    df["severity"] = df["severity"].astype(int)
    df["sources"] = df["sources"].map(lambda cell: tuple(schema.split_list(cell)))
    return df


def _numbers(frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    df = frame.reset_index(drop=True).copy()
    for column in columns:
        df[column] = pd.to_numeric(df[column].replace("", None), errors="coerce").astype("Int64")
    return df


def _typed_personnel(frame: pd.DataFrame) -> pd.DataFrame:
    df = _numbers(frame, ("troops", "police", "observers", "total"))
    df["date"] = pd.to_datetime(df["month"] + "-01") + pd.offsets.MonthEnd(0)
    return df.sort_values(["intervention_id", "date"]).reset_index(drop=True)


def _typed_vetoes(frame: pd.DataFrame) -> pd.DataFrame:
    df = frame.reset_index(drop=True).copy()
    df["date"] = pd.to_datetime(df["date"])
    for column in ("vetoed_by", "countries", "interventions"):
        df[column] = df[column].map(lambda cell: tuple(schema.split_list(cell)))
    return df


def _with_source_lists(frame: pd.DataFrame) -> pd.DataFrame:
    df = frame.copy()
    df["sources"] = df["sources"].map(lambda cell: tuple(schema.split_list(cell)))
    return df


def _typed_milestones(frame: pd.DataFrame) -> pd.DataFrame:
    df = frame.reset_index(drop=True).copy()
    df["when"] = pd.to_datetime(df["date"].map(lambda t: partial_date_bounds(t)[0]))
    return df.sort_values("when").reset_index(drop=True)


def load_atlas(directory: Path, today: date | None = None, contents: dict[str, bytes | Problem] | None = None) -> Atlas:
    """Read and validate every table in `directory` (or the `contents` already read from it); raise DataError listing
    every problem found."""
    today = today or date.today()
    paths = {table: directory / filename for table, filename in TABLE_FILES.items()}
    frames: dict[str, pd.DataFrame] = {}
    problems: list[Problem] = []
    for table, path in paths.items():
        required = list(schema.SCHEMAS[table].columns)
        frame, read_problems = read_table(path, required, None if contents is None else contents[table])
        problems += read_problems
        if not read_problems:
            problems += validate_table(frame, table, path)
        frames[table] = frame
    if problems:
        raise DataError(problems)
    problems = _cross_check(frames, paths)
    if problems:
        raise DataError(problems)
    return Atlas(
        interventions=_typed_interventions(frames["interventions"], today),
        resolutions=_typed_resolutions(frames["resolutions"]),
        challenges=_typed_challenges(frames["challenges"]),
        personnel=_typed_personnel(frames["personnel"]),
        fatalities=_numbers(frames["fatalities"], ("year", "fatalities")),
        strength=_with_source_lists(_numbers(frames["strength"], ("personnel",))),
        organizations=_with_source_lists(frames["organizations"].reset_index(drop=True)),
        milestones=_with_source_lists(_typed_milestones(frames["milestones"])),
        vetoes=_typed_vetoes(frames["vetoes"]),
        sources=frames["sources"].set_index("id"),
        second_coding=frames["second_coding"].reset_index(drop=True),
    )


def _fingerprint(directory: Path) -> tuple:
    """What identifies the data on disk now: each file's size and modification time (cheap, checked every run)."""
    marks = []
    for name in TABLE_FILES.values():
        path = directory / name
        stat = path.stat() if path.exists() else None
        marks.append((name, stat.st_mtime_ns if stat else 0, stat.st_size if stat else -1))
    return tuple(marks)


def _contents(directory: Path) -> tuple[str, dict]:
    """Every table read once into memory, with a digest of the bytes: a change of content is noticed even when a
    file keeps its modification time, and the tables are validated from these bytes, never from a half-written file
    (about 1.5 MB, read in a few milliseconds)."""
    contents = {table: snapshot(directory / filename) for table, filename in TABLE_FILES.items()}
    digest = hashlib.sha256()
    for table, raw in contents.items():
        digest.update(table.encode() + (raw if isinstance(raw, bytes) else str(raw).encode()))
    return digest.hexdigest(), contents


# Kept by reference and shared by every session (a cache_data copy would unpickle some 2 MB of tables on every run):
# nothing changes an Atlas once loaded (tests/test_app.py runs every page and checks the tables are unchanged).
@st.cache_resource(show_spinner=False, max_entries=4)
def _cached_atlas(directory: str, digest: str, today: date, _contents: dict) -> Atlas | DataError:
    # a failed check is cached like a good one: the same bad files are not checked again on every run
    try:
        return load_atlas(Path(directory), today, _contents)
    except DataError as error:
        return error


RUN_KEY = "atlas_data_of_this_run"  # the tables the frame checked at the start of the current run


def atlas() -> Atlas:
    """The validated tables, cached until a data file's content changes (or the day changes: ongoing bars end
    today). Raises DataError, naming every problem, when the data are not valid. The frame (app.py) calls it once
    per run and keeps the result for the run (see `run_atlas`)."""
    directory = data_dir()
    digest, contents = _contents(directory)
    result = _cached_atlas(str(directory), digest, date.today(), contents)
    if isinstance(result, DataError):
        raise result
    st.session_state[RUN_KEY] = (digest, result)
    return result


def run_atlas() -> tuple[str, Atlas]:
    """The digest and tables the frame checked at the start of this run. Pages read these, never the files again:
    a file rewritten during a run can neither reach a page half-written nor differ from what the frame checked.
    A page run without the frame checks the data itself and shows the problem panel."""
    if RUN_KEY not in st.session_state:
        try:
            atlas()
        except DataError as error:
            show_data_problems(error)
    return st.session_state[RUN_KEY]


def show_data_problems(error: DataError) -> NoReturn:
    """The named problem panel in place of the page: file, row, column and problem of every fault; then stop."""
    st.title("Peace Enforcement Atlas")
    st.error(
        f"The atlas cannot open its data: {len(error.problems)} problem(s) were found in the data files. "
        "Nothing is shown until they are fixed, so that no chart is drawn from bad data.",
        icon="🛑",
    )
    table = pd.DataFrame(
        {
            "File": [p.file for p in error.problems],
            "Row": [p.row for p in error.problems],
            "Column": [p.column or "" for p in error.problems],
            "Problem": [p.message for p in error.problems],
        }
    )
    st.dataframe(table, hide_index=True, width="stretch")
    st.caption(
        "Rows are numbered as in a spreadsheet: the header is row 1. The codebook in data/README.md lists every column and allowed value."
    )
    st.stop()


def codebook_markdown() -> str:
    """The codebook (data/README.md) ready to sit under the Codebook page's title: its own title dropped."""
    text = (DEFAULT_DATA_DIR / "README.md").read_text(encoding="utf-8")
    lines = text.splitlines()
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join(lines)


def dataset_version() -> tuple[str, str]:
    """The dataset's version and release date, from data/VERSION ("<version> <YYYY-MM-DD>")."""
    version, released = (DEFAULT_DATA_DIR / "VERSION").read_text(encoding="utf-8").split()[:2]
    return version, released
