"""Pandera schemas of the data tables, as the codebook (data/README.md) defines them.

The tables are validated as text, exactly as written in the CSV files, so that every problem can be reported
against the cell a person typed. Conversion to typed columns happens only after validation passes.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pandera.pandas as pa
import pycountry

from components import vocab

LIST_SEP = ";"
# ASCII digits only, and not too many: '²', '１２' and '٢٠٠٠' pass str.isdigit() but are not numbers a person typed here.
WHOLE = re.compile(r"[0-9]{1,9}")


def whole(text: str) -> bool:
    return bool(WHOLE.fullmatch(text))


ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
URL_PATTERN = re.compile(r"^https?://[^\s;]+$")
# Kosovo has no ISO 3166-1 code; XKX is the user-assigned code used by the EU and the World Bank.
EXTRA_COUNTRY_CODES = {"XKX": "Kosovo"}


def split_list(cell: str) -> list[str]:
    """Items of a ';'-separated cell, trimmed, without empties."""
    return [part.strip() for part in str(cell).split(LIST_SEP) if part.strip()]


def is_partial_date(text: str) -> bool:
    """True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date."""
    match = DATE_PATTERN.match(text)
    if not match:
        return False
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return False
    return 1900 <= year <= 2100


def is_country_code(code: str) -> bool:
    return code in EXTRA_COUNTRY_CODES or pycountry.countries.get(alpha_3=code) is not None


def country_name(code: str) -> str:
    if code in EXTRA_COUNTRY_CODES:
        return EXTRA_COUNTRY_CODES[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def _each(predicate, *, allow_empty: bool):
    """A vectorised check that applies `predicate` to every cell (or every list item of the cell)."""

    def check(series: pd.Series) -> pd.Series:
        def ok(cell: str) -> bool:
            if cell == "":
                return allow_empty
            return predicate(cell)

        return series.map(ok).astype(bool)

    return check


def _each_item(predicate):
    return lambda cell: bool(split_list(cell)) and all(predicate(item) for item in split_list(cell))


def _vocab_check(terms: dict, *, allow_empty: bool = False, many: bool = False) -> pa.Check:
    allowed = ", ".join(terms)
    test = _each_item(lambda item: item in terms) if many else (lambda cell: cell in terms)
    return pa.Check(_each(test, allow_empty=allow_empty), error=f"is not one of the codebook's values ({allowed})")


def _float_between(low: float, high: float):
    def test(cell: str) -> bool:
        try:
            return low <= float(cell) <= high
        except ValueError:
            return False

    return test


def text(*checks: pa.Check, required: bool = False) -> pa.Column:
    all_checks = list(checks)
    if required:
        all_checks.insert(0, pa.Check(lambda s: s.str.strip() != "", error="is empty but is required"))
    return pa.Column(str, checks=all_checks, nullable=False)


DATE_CHECK = pa.Check(_each(is_partial_date, allow_empty=False), error="is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
OPTIONAL_DATE_CHECK = pa.Check(_each(is_partial_date, allow_empty=True), error="is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
ID_LIST_CHECK = pa.Check(
    _each(_each_item(lambda i: bool(ID_PATTERN.match(i))), allow_empty=True),
    error="is not a list of ids (lower-case slugs separated by ';')",
)
URLS_CHECK = pa.Check(
    _each(_each_item(lambda u: bool(URL_PATTERN.match(u))), allow_empty=False), error="is not a list of http(s) URLs separated by ';'"
)
OPTIONAL_URLS_CHECK = pa.Check(
    _each(_each_item(lambda u: bool(URL_PATTERN.match(u))), allow_empty=True), error="is not a list of http(s) URLs separated by ';'"
)
OPTIONAL_URL_CHECK = pa.Check(_each(lambda u: bool(URL_PATTERN.match(u)), allow_empty=True), error="is not an http(s) URL")
SOURCE_IDS_CHECK = pa.Check(
    _each(_each_item(lambda i: bool(ID_PATTERN.match(i))), allow_empty=False),
    error="is not a list of source ids (from data/sources.csv) separated by ';'",
)
OPTIONAL_SOURCE_IDS_CHECK = pa.Check(
    _each(_each_item(lambda i: bool(ID_PATTERN.match(i))), allow_empty=True),
    error="is not a list of source ids (from data/sources.csv) separated by ';'",
)
# Columns that cite the source register, per table; the loader checks that every id they name exists.
SOURCE_COLUMNS = {
    "interventions": ("sources", "outcome_source", "end_reason_source"),
    "resolutions": ("sources",),
    "challenges": ("sources",),
    "personnel": ("sources",),
    "fatalities": ("sources",),
    "strength": ("sources",),
    "organizations": ("sources",),
    "milestones": ("sources",),
    "vetoes": ("sources",),
}
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2}$")

INTERVENTIONS = pa.DataFrameSchema(
    {
        "id": pa.Column(
            str,
            checks=[
                pa.Check(
                    _each(lambda c: bool(ID_PATTERN.match(c)), allow_empty=False),
                    error="is not a valid id (lower-case letters, digits and single hyphens)",
                )
            ],
            unique=True,
        ),
        "acronym": text(required=True),
        "name": text(required=True),
        "aliases": text(),
        "organization": text(_vocab_check(vocab.ORGANIZATIONS)),
        "partner_organizations": text(_vocab_check(vocab.ORGANIZATIONS, allow_empty=True, many=True)),
        "start_date": text(DATE_CHECK),
        "end_date": text(OPTIONAL_DATE_CHECK),
        "host_countries": text(
            pa.Check(
                _each(_each_item(is_country_code), allow_empty=False),
                error="is not a list of ISO 3166-1 alpha-3 codes (or XKX for Kosovo) separated by ';'",
            )
        ),
        "region": text(_vocab_check(vocab.REGIONS)),
        "authorizing_resolutions": text(
            pa.Check(
                _each(_each_item(lambda r: whole(r) and 0 < int(r) < 10000), allow_empty=True),
                error="is not a list of resolution numbers separated by ';'",
            )
        ),
        "legal_basis": text(_vocab_check(vocab.LEGAL_BASES)),
        "chapter_vii": text(_vocab_check(vocab.CHAPTER_VII)),
        "mandate_type": text(_vocab_check(vocab.MANDATE_TYPES)),
        "mandate_summary": text(required=True),
        "outcome": text(_vocab_check(vocab.OUTCOMES)),
        "outcome_rationale": text(required=True),
        "outcome_source": text(OPTIONAL_SOURCE_IDS_CHECK),
        "end_mode": text(_vocab_check(vocab.END_MODES)),
        "end_reason": text(),
        "end_reason_source": text(OPTIONAL_SOURCE_IDS_CHECK),
        "predecessor": text(ID_LIST_CHECK),
        "successor": text(ID_LIST_CHECK),
        "hq_city": text(),
        "hq_lat": text(pa.Check(_each(_float_between(-90, 90), allow_empty=True), error="is not a latitude between -90 and 90")),
        "hq_lon": text(pa.Check(_each(_float_between(-180, 180), allow_empty=True), error="is not a longitude between -180 and 180")),
        "sources": text(SOURCE_IDS_CHECK),
        "notes": text(),
    },
    strict=False,
    name="interventions",
)

RESOLUTIONS = pa.DataFrameSchema(
    {
        "number": pa.Column(
            str,
            checks=[pa.Check(_each(lambda r: whole(r) and 0 < int(r) < 10000, allow_empty=False), error="is not a resolution number")],
            unique=True,
        ),
        "date": text(
            pa.Check(
                _each(lambda d: bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)) and is_partial_date(d), allow_empty=False),
                error="is not a full date (YYYY-MM-DD)",
            )
        ),
        "interventions": text(
            pa.Check(
                _each(_each_item(lambda i: bool(ID_PATTERN.match(i))), allow_empty=False),
                error="is not a list of intervention ids separated by ';'",
            )
        ),
        "action": text(_vocab_check(vocab.RESOLUTION_ACTIONS, many=True)),
        "chapter_vii": text(_vocab_check(vocab.CHAPTER_VII)),
        "votes_for": text(pa.Check(_each(lambda v: whole(v) and int(v) <= 15, allow_empty=True), error="is not a vote count from 0 to 15")),
        "votes_against": text(
            pa.Check(_each(lambda v: whole(v) and int(v) <= 15, allow_empty=True), error="is not a vote count from 0 to 15")
        ),
        "abstentions": text(
            pa.Check(_each(lambda v: whole(v) and int(v) <= 15, allow_empty=True), error="is not a vote count from 0 to 15")
        ),
        "voting_against": text(),
        "abstaining": text(),
        "summary": text(required=True),
        "sources": text(SOURCE_IDS_CHECK),
    },
    strict=False,
    name="resolutions",
)

CHALLENGES = pa.DataFrameSchema(
    {
        "intervention_id": text(pa.Check(_each(lambda i: bool(ID_PATTERN.match(i)), allow_empty=False), error="is not an intervention id")),
        "challenge": text(_vocab_check(vocab.CHALLENGES)),
        "severity": text(pa.Check(_each(lambda s: s in {"1", "2", "3"}, allow_empty=False), error="is not a severity of 1, 2 or 3")),
        "evidence": text(required=True),
        "sources": text(SOURCE_IDS_CHECK),
    },
    strict=False,
    unique=["intervention_id", "challenge"],
    name="challenges",
)


def _count(*, allow_empty: bool) -> pa.Check:
    return pa.Check(_each(whole, allow_empty=allow_empty), error="is not a whole number")


INTERVENTION_ID = text(pa.Check(_each(lambda i: bool(ID_PATTERN.match(i)), allow_empty=False), error="is not an intervention id"))

PERSONNEL = pa.DataFrameSchema(
    {
        "intervention_id": INTERVENTION_ID,
        "month": text(
            pa.Check(
                _each(lambda m: bool(re.fullmatch(r"\d{4}-\d{2}", m)) and is_partial_date(m), allow_empty=False),
                error="is not a month (YYYY-MM)",
            )
        ),
        "troops": text(_count(allow_empty=True)),
        "police": text(_count(allow_empty=True)),
        "observers": text(_count(allow_empty=True)),
        "total": text(_count(allow_empty=True)),
        "sources": text(SOURCE_IDS_CHECK),
    },
    strict=False,
    unique=["intervention_id", "month"],
    name="personnel",
)

FATALITIES = pa.DataFrameSchema(
    {
        "intervention_id": INTERVENTION_ID,
        "year": text(pa.Check(_each(lambda y: whole(y) and 1945 <= int(y) <= 2100, allow_empty=False), error="is not a year")),
        "incident_type": text(_vocab_check(vocab.INCIDENT_TYPES)),
        "fatalities": text(_count(allow_empty=False)),
        "sources": text(SOURCE_IDS_CHECK),
    },
    strict=False,
    unique=["intervention_id", "year", "incident_type"],
    name="fatalities",
)

STRENGTH = pa.DataFrameSchema(
    {
        "intervention_id": INTERVENTION_ID,
        "kind": text(_vocab_check(vocab.STRENGTH_KINDS)),
        "personnel": text(_count(allow_empty=False)),
        "as_of": text(OPTIONAL_DATE_CHECK),
        "what": text(required=True),
        "sources": text(SOURCE_IDS_CHECK),
    },
    strict=False,
    unique=["intervention_id", "kind", "as_of"],
    name="strength",
)

ORGANIZATIONS = pa.DataFrameSchema(
    {
        "code": pa.Column(str, checks=[_vocab_check(vocab.ORGANIZATIONS)], unique=True),
        "name": text(required=True),
        "type": text(_vocab_check(vocab.ORGANIZATION_TYPES)),
        "founded": text(OPTIONAL_DATE_CHECK),
        "headquarters": text(),
        "sources": text(OPTIONAL_SOURCE_IDS_CHECK),
    },
    strict=False,
    name="organizations",
)

MILESTONES = pa.DataFrameSchema(
    {
        "date": text(DATE_CHECK),
        "title": text(required=True),
        "kind": text(_vocab_check(vocab.MILESTONE_KINDS)),
        "summary": text(required=True),
        "sources": text(SOURCE_IDS_CHECK),
    },
    strict=False,
    unique=["date", "title"],
    name="milestones",
)

VETOES = pa.DataFrameSchema(
    {
        "date": text(
            pa.Check(
                _each(lambda d: bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)) and is_partial_date(d), allow_empty=False),
                error="is not a full date (YYYY-MM-DD)",
            )
        ),
        "record": text(pa.Check(_each(whole, allow_empty=False), error="is not a row number of the producer's file")),
        "draft": text(required=True),
        "agenda_item": text(required=True),
        "crisis_topic": text(required=True),
        "vetoed_by": text(required=True),
        "countries": text(
            pa.Check(
                _each(_each_item(is_country_code), allow_empty=True), error="is not a list of ISO 3166-1 alpha-3 codes separated by ';'"
            )
        ),
        "interventions": text(ID_LIST_CHECK),
        "sources": text(SOURCE_IDS_CHECK),
    },
    strict=False,
    unique=["record"],
    name="vetoes",
)

SOURCES = pa.DataFrameSchema(
    {
        "id": pa.Column(
            str,
            checks=[pa.Check(_each(lambda c: bool(ID_PATTERN.match(c)), allow_empty=False), error="is not a valid source id")],
            unique=True,
        ),
        "url": text(pa.Check(_each(lambda u: bool(URL_PATTERN.match(u)), allow_empty=False), error="is not an http(s) URL")),
        "title": text(required=True),
        "publisher": text(required=True),
        "kind": text(_vocab_check(vocab.SOURCE_KINDS)),
        "language": text(
            pa.Check(_each(lambda c: bool(LANGUAGE_PATTERN.match(c)), allow_empty=False), error="is not a two-letter language code")
        ),
        "accessed": text(
            pa.Check(
                _each(lambda d: bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)) and is_partial_date(d), allow_empty=False),
                error="is not a full date (YYYY-MM-DD)",
            )
        ),
    },
    strict=False,
    name="sources",
)

SECOND_CODING = pa.DataFrameSchema(
    {
        "subject": text(required=True),
        "field": text(_vocab_check(vocab.CODED_FIELDS)),
        "first": text(required=True),
        "second": text(required=True),
        "final": text(required=True),
        "rule": text(),
    },
    strict=False,
    unique=["subject", "field"],
    name="second_coding",
)

SCHEMAS = {
    "interventions": INTERVENTIONS,
    "resolutions": RESOLUTIONS,
    "challenges": CHALLENGES,
    "personnel": PERSONNEL,
    "fatalities": FATALITIES,
    "strength": STRENGTH,
    "organizations": ORGANIZATIONS,
    "milestones": MILESTONES,
    "vetoes": VETOES,
    "sources": SOURCES,
    "second_coding": SECOND_CODING,
}
