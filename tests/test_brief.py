"""Briefs: the PDF and Word files are opened again and read: their text states the data's facts and numbers, every
reference number in the text resolves to a listed source, charts are embedded, and the length holds."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from docx import Document
from PIL import Image
from pypdf import PdfReader

from components import brief as briefs
from components.content import load_content

MADE = date(2026, 11, 29)
CONTEXT = {
    "filters": "Organization: United Nations",
    "link": "http://localhost:8501/profile?id=x",
    "dataset": "0.9 (2026-11-29)",
    "made": MADE,
}


def pdf_text(data: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages), len(reader.pages)


def docx_text(data: bytes) -> tuple[str, int]:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).split()), len(document.inline_shapes)


def cited_numbers(text: str) -> set[int]:
    return {int(n) for group in re.findall(r"\[(\d+(?:, \d+)*)\]", text) for n in group.split(", ")}


def check_references(brief: briefs.Brief, atlas) -> None:
    numbers = [n for n, _, _ in brief.references]
    assert numbers == list(range(1, len(numbers) + 1))
    register = atlas.sources
    for _, _text, url in brief.references:
        assert url in set(register["url"]), url
    body = " ".join([p for s in brief.sections for p in s.paragraphs] + [v for s in brief.sections for _, v in s.rows])
    for section in brief.sections:
        if section.table is not None:
            body += " ".join(map(str, section.table.to_numpy().ravel()))
    assert cited_numbers(body) <= set(numbers), "a reference number in the text has no entry in the list"


@pytest.fixture(scope="module")
def content(atlas):
    return load_content(atlas)


def test_an_intervention_brief_states_the_datas_facts_in_both_formats(atlas):
    brief = briefs.intervention_brief(atlas, "unprofor", **CONTEXT)
    check_references(brief, atlas)
    text, pages = pdf_text(briefs.to_pdf(brief))
    assert pages <= 2
    record = atlas.interventions.set_index("id").loc["unprofor"]
    for expected in ("UNPROFOR — United Nations Protection Force", "Filters: Organization: United Nations", record["start_date"],
                     "Chapter VII", "References"):  # fmt: skip
        assert expected in text, expected
    for number in atlas.resolutions[atlas.resolutions["interventions"].map(lambda ids: "unprofor" in ids)]["number"]:
        assert f"{number} (" in text, number
    deaths = int(atlas.fatalities.loc[atlas.fatalities["intervention_id"] == "unprofor", "fatalities"].sum())
    assert f"{deaths:,}" in text
    for figure in atlas.strength.loc[atlas.strength["intervention_id"] == "unprofor", "personnel"]:
        assert f"{int(figure):,}" in text
    for _, _title, url in brief.references:
        assert url.replace(" ", "")[:40] in text.replace(" ", ""), url
    words, pictures = docx_text(briefs.to_docx(brief))
    assert pictures == len(brief.charts) == 3
    assert "UNPROFOR — United Nations Protection Force" in words and f"{deaths:,}" in words
    assert all(f"[{n}]" in words for n, _, _ in brief.references)


def test_a_comparison_brief_of_two_fits_two_pages_and_names_both(atlas):
    brief = briefs.comparison_brief(atlas, ["amisom", "minusma"], **CONTEXT)
    check_references(brief, atlas)
    text, pages = pdf_text(briefs.to_pdf(brief))
    assert pages <= 2
    assert "AMISOM" in text and "MINUSMA" in text and "Why it ended" in text
    assert "1744 (" in text and "2100 (" in text  # their authorizing resolutions
    assert not brief.landscape
    assert briefs.comparison_brief(atlas, ["amisom", "minusma", "unamid"], **CONTEXT).landscape


@pytest.mark.parametrize("case_id", ["bosnia", "korea", "mali"])
def test_a_case_brief_carries_its_questions_and_resolutions(atlas, content, case_id):
    case = content.cases[case_id]
    brief = briefs.case_brief(atlas, case, **CONTEXT)
    check_references(brief, atlas)
    text, pages = pdf_text(briefs.to_pdf(brief))
    assert pages <= 2
    assert " ".join(case.questions[0].split())[:40] in text
    numbers = {n for s in case.steps for n in s.resolutions}
    assert all(f"{n} (" in text for n in numbers)


def test_every_case_and_every_intervention_builds_with_resolving_references(atlas, content, monkeypatch):
    # the facts and references of every brief; drawing 150 sets of charts adds nothing here (tested above)
    monkeypatch.setattr(briefs, "_chart", lambda draw, **kwargs: briefs.Chart(kwargs["title"], kwargs["source"], b""))
    for case in content.cases.values():
        check_references(briefs.case_brief(atlas, case, **CONTEXT), atlas)
    for intervention_id in atlas.interventions["id"]:
        brief = briefs.intervention_brief(atlas, intervention_id, **{**CONTEXT, "made": MADE})
        check_references(brief, atlas)
        assert 0 <= len(brief.charts) <= 3


def test_a_view_brief_counts_what_the_filter_selected(atlas):
    chosen = atlas.interventions[atlas.interventions["organization"] == "UN"]
    brief = briefs.view_brief(atlas, chosen, **CONTEXT)
    text, pages = pdf_text(briefs.to_pdf(brief))
    assert pages <= 2
    assert f"{len(chosen)} ({int(chosen['ongoing'].sum())} still deployed)" in text
    assert f"… and {len(chosen) - briefs.MAX_LISTED} more" in text
    assert len(brief.charts) == 3
    empty = briefs.view_brief(atlas, chosen.iloc[0:0], **CONTEXT)
    assert pdf_text(briefs.to_pdf(empty))[1] == 1 and "0 (0 still deployed)" in pdf_text(briefs.to_pdf(empty))[0]


def test_chart_images_carry_their_context_and_are_not_clipped(atlas):
    brief = briefs.intervention_brief(atlas, "unamid", **CONTEXT)
    for chart in brief.charts:
        image = Image.open(io.BytesIO(chart.png))
        assert image.format == "PNG" and image.width >= 600
        # the footer (source, filters, date) sits below the axes: the bottom rows of the image are not blank
        bottom = image.convert("L").crop((0, image.height - 40, image.width, image.height))
        assert bottom.getextrema()[0] < 200
    calls = []
    original = briefs.plt.Figure.text

    def spy(self, x, y, s, *args, **kwargs):
        calls.append(s)
        return original(self, x, y, s, *args, **kwargs)

    briefs.plt.Figure.text = spy
    try:
        briefs.bar_chart(briefs.pd.Series({"a": 1}), title="T", source="The source", filters="Region: Africa", made=MADE)
    finally:
        briefs.plt.Figure.text = original
    assert any("Source: The source" in c and "Filters: Region: Africa" in c and "2026-11-29" in c for c in calls)


def test_text_from_the_data_is_set_as_text(atlas):
    hostile = '<b>bold</b> <link href="https://evil.example">x</link> & <img src=x> [a](https://evil.example) =HYPERLINK("x")'
    interventions = atlas.interventions.copy()
    row = interventions.index[interventions["id"] == "amisom"][0]
    interventions.loc[row, "mandate_summary"] = hostile
    changed = replace(atlas, interventions=interventions)
    brief = briefs.intervention_brief(changed, "amisom", **CONTEXT)
    data = briefs.to_pdf(brief)
    text, _ = pdf_text(data)
    assert '<b>bold</b> <link href="https://evil.example">x</link> &' in text
    assert b"evil.example" not in data.split(b"stream")[0] and b"/URI" not in data  # no live link anywhere in the file
    words, _ = docx_text(briefs.to_docx(brief))
    assert hostile in words
