"""Every page runs under Streamlit's AppTest: default filters, filters matching nothing, junk links, bad data.

AppTest (Streamlit 1.67) drops the entry script's widgets from its element tree on every run after the first
when st.navigation is used, so sidebar interactions are tested in the browser (tests/browser) and each test
here sets its filters through the URL of a first run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
PAGES = [
    "pages/overview_page.py",
    "pages/timeline_page.py",
    "pages/map_page.py",
    "pages/challenges_page.py",
    "pages/profile_page.py",
    "pages/data_page.py",
    "pages/council_page.py",
    "pages/compare_page.py",
    "pages/quiz_page.py",
    "pages/glossary_page.py",
    "pages/codebook_page.py",
]


def run(query: dict | None = None, page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_with_default_filters(page):
    at = run(page=page)
    assert at.title and at.title[0].value
    assert not at.warning


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_with_filters_matching_nothing(page):
    at = run({"org": "OAS", "from": "1950", "to": "1951"}, page=page)
    if page in ("pages/overview_page.py", "pages/timeline_page.py", "pages/map_page.py", "pages/challenges_page.py"):
        assert any("No intervention matches" in info.value for info in at.info)


def test_overview_headline_follows_filter():
    at = run({"org": "NATO"})
    metrics = {m.label: m.value for m in at.metric}
    all_metrics = {m.label: m.value for m in run().metric}
    assert int(metrics["Interventions"]) < int(all_metrics["Interventions"])
    assert metrics["Leading organizations"] == "1"


def test_junk_link_is_ignored_with_visible_notice():
    at = run({"org": ["UN", "<b>bogus</b>"], "from": "zzz"})
    notices = [w.value for w in at.warning]
    assert any("`<b>bogus</b>`" in n for n in notices)  # a code span: shown as typed
    assert any("`zzz`" in n for n in notices)
    assert at.multiselect(key="filter_organizations").value == ["UN"]
    # the URL keeps what was understood and drops the rest
    assert at.query_params["org"] in ("UN", ["UN"]) and "from" not in at.query_params


def test_corrupt_data_shows_problem_panel_not_traceback(data_copy, monkeypatch):
    path = data_copy / "interventions.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("1993-05-04", "1993-13-04", 1), encoding="utf-8")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data_copy))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert any("cannot open its data" in e.value for e in at.error)
    problems = at.dataframe[0].value
    assert "1993-13-04" in " ".join(problems["Problem"])
    assert set(problems["File"]) == {"data/interventions.csv"}


def intervention_ids() -> list[str]:
    import csv

    with (Path(APP).parent / "data" / "interventions.csv").open(encoding="utf-8") as handle:
        return [row["id"] for row in csv.DictReader(handle)]


@pytest.mark.parametrize("intervention_id", intervention_ids())
def test_every_profile_opens(intervention_id):
    at = run({"id": intervention_id}, page="pages/profile_page.py")
    assert not at.warning
    title = at.title[0].value
    assert title.split(" — ")[0]


def test_unknown_profile_id_is_ignored_with_notice():
    at = run({"id": "<script>x</script>"}, page="pages/profile_page.py")
    assert any("`<script>x</script>`" in w.value for w in at.warning)


def case_ids() -> list[str]:
    return sorted(path.stem for path in (ROOT / "content" / "cases").glob("*.toml"))


@pytest.mark.parametrize("case", case_ids())
def test_every_case_study_opens(case):
    at = run({"case": case}, page="pages/cases_page.py")
    assert not at.warning and not at.exception
    assert len(at.header) >= 6  # one per step, and the references


@pytest.mark.parametrize("step", ["1", "3", "99"])
def test_a_case_opens_in_teach_mode(step):
    at = run({"case": "darfur", "present": "1", "step": step}, page="pages/cases_page.py")
    assert not at.exception
    assert at.button(key="teach_next") is not None
    assert bool(at.warning) == (step == "99")


def test_unknown_case_is_ignored_with_notice():
    at = run({"case": "atlantis"}, page="pages/cases_page.py")
    assert any("`atlantis`" in w.value for w in at.warning)


@pytest.mark.parametrize("page", ["pages/challenges_page.py", "pages/council_page.py", "pages/timeline_page.py"])
def test_a_header_only_vetoes_table_breaks_no_page(data_copy, monkeypatch, page):
    path = data_copy / "vetoes.csv"
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data_copy))
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]


@pytest.mark.parametrize(
    ("query", "page"),
    [
        ({}, "pages/overview_page.py"),
        ({"id": "amisom"}, "pages/profile_page.py"),
        ({"ids": ["amisom", "minusma"]}, "pages/compare_page.py"),
        ({"case": "mali"}, "pages/cases_page.py"),
    ],
)
def test_brief_downloads_are_offered_where_a_brief_can_be_made(query, page):
    at = run(query, page=page)
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Brief (PDF)" in labels and "Brief (Word)" in labels, labels


def test_a_data_file_rewritten_while_pages_rerun_never_breaks_a_page(data_copy, monkeypatch):
    """A maintainer's editor writes a table in place (truncate, then write in pieces) while sessions rerun: every
    run shows either the data or the named problem panel, never a traceback, and the good data come back."""
    import threading
    import time

    path = data_copy / "interventions.csv"
    good = path.read_bytes()
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data_copy))
    stop = threading.Event()

    def rewrite() -> None:
        while not stop.is_set():
            with path.open("wb") as handle:  # truncated, then written in three pieces with pauses
                for part in (good[: len(good) // 3], good[len(good) // 3 : 2 * len(good) // 3], good[2 * len(good) // 3 :]):
                    handle.write(part)
                    handle.flush()
                    time.sleep(0.004)
            time.sleep(0.002)

    writer = threading.Thread(target=rewrite, daemon=True)
    writer.start()
    outcomes = []
    try:
        for page in PAGES[:6] * 4:
            at = AppTest.from_file(APP, default_timeout=60)
            at.run()
            at.switch_page(page).run()
            assert not at.exception, (page, [e.value for e in at.exception])
            outcomes.append("problem" if any("cannot open its data" in e.value for e in at.error) else "data")
            assert outcomes[-1] == "problem" or at.title, page
    finally:
        stop.set()
        writer.join()
    path.write_bytes(good)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception and not at.error and at.title  # the good data come back once the file is whole
    assert len(outcomes) == 24


HOSTILE_TEXT = '[live](https://evil.example) ![img](https://evil.example/i.png) <img src=x onerror="x()"> **bold** <https://evil.example>'


TABLE_TAGS = {"div", "table", "thead", "tbody", "tr", "th", "td", "a"}


def assert_only_table_markup(markup: str) -> None:
    """A reading table's HTML holds table structure and links to web addresses; everything from the data is text."""
    from html.parser import HTMLParser

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            assert tag in TABLE_TAGS, (tag, markup[:300])
            for name, value in attrs:
                assert name in {"class", "scope", "href", "target", "rel"}, (tag, name)
                if name == "href":
                    assert value.startswith(("https://", "http://")) and "evil" not in value, value

    Tags().feed(markup)


def _with_hostile_text(directory: Path) -> None:
    """Every free-text field of AMISOM's rows, one of its resolutions and challenges, and its first source set to
    text that Markdown or HTML would make live."""
    import csv

    def rewrite(name: str, change) -> None:
        path = directory / name
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            columns, rows = reader.fieldnames, list(reader)
        for row in rows:
            change(row)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)

    def intervention(row):
        if row["id"] == "amisom":
            for column in ("name", "aliases", "mandate_summary", "outcome_rationale", "end_reason", "notes", "hq_city"):
                row[column] = HOSTILE_TEXT
            first_source.append(row["sources"].split(";")[0])

    first_source: list[str] = []
    rewrite("interventions.csv", intervention)
    rewrite("resolutions.csv", lambda row: row.update(summary=HOSTILE_TEXT) if "amisom" in row["interventions"].split(";") else None)
    rewrite("challenges.csv", lambda row: row.update(evidence=HOSTILE_TEXT) if row["intervention_id"] == "amisom" else None)
    rewrite("sources.csv", lambda row: row.update(title=HOSTILE_TEXT, publisher=HOSTILE_TEXT) if row["id"] == first_source[0] else None)


@pytest.mark.parametrize(
    ("page", "query"),
    [
        ("pages/overview_page.py", {}),
        ("pages/timeline_page.py", {}),
        ("pages/map_page.py", {}),
        ("pages/challenges_page.py", {}),
        ("pages/profile_page.py", {"id": "amisom"}),
        ("pages/compare_page.py", {"ids": ["amisom", "minusma"]}),
        ("pages/council_page.py", {}),
        ("pages/cases_page.py", {"case": "somalia"}),
        ("pages/data_page.py", {}),
    ],
)
def test_text_from_the_data_is_shown_as_text_on_every_page(data_copy, monkeypatch, page, query):
    from tests.test_fuzz_links import ACTIVE, CODE_SPAN, shown_text

    _with_hostile_text(data_copy)
    monkeypatch.setenv("ATLAS_DATA_DIR", str(data_copy))
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(page).run()
    assert not at.exception and not at.error, [e.value for e in at.exception] + [e.value for e in at.error]
    texts = shown_text(at)
    blocks = [element.proto.body for element in at.get("html") if "<style>" not in element.proto.body]  # reading tables
    assert any("evil" in t for t in texts + blocks) or page not in ("pages/profile_page.py", "pages/compare_page.py")
    for block in blocks:
        assert_only_table_markup(block)
    for text in texts:
        if "evil" in text or "onerror" in text:  # text drawn from the altered rows (the shipped codebook is trusted)
            assert not ACTIVE.search(CODE_SPAN.sub("", text)), (page, text[:300])


def test_no_page_changes_the_shared_tables():
    """The validated tables are shared by reference between sessions (components/data.py): a page that changed
    them in place would change every other session's data."""
    import hashlib
    from datetime import date

    from components import data

    def fingerprint(atlas) -> dict:  # content, index and types (not pickles: pandas keeps caches that do change)
        return {name: hashlib.sha256((frame.to_csv() + str(frame.dtypes)).encode()).hexdigest() for name, frame in vars(atlas).items()}

    directory = data.data_dir()
    digest, contents = data._contents(directory)
    shared = data._cached_atlas(str(directory), digest, date.today(), contents)
    before = fingerprint(shared)
    for page in PAGES:
        run(page=page)
    run({"id": "unprofor"}, page="pages/profile_page.py")
    run({"ids": ["amisom", "minusma", "unamid"]}, page="pages/compare_page.py")
    run({"case": "bosnia"}, page="pages/cases_page.py")
    assert data._cached_atlas(str(directory), digest, date.today(), contents) is shared
    assert fingerprint(shared) == before
