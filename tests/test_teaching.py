"""Teaching content and tools: case files, glossary, predict-then-reveal questions, the quiz, search, teach mode."""

from __future__ import annotations

import random

import pytest

from components import content, questions, search, teach
from components.sources import References
from components.timeline import COUNCIL_ROW, case_timeline_figure

GOOD_CASE = """
id = "test-case"
title = "A test case"
focus = "What a [[consent]] looks like."
interventions = ["unosom-i", "unitaf"]
questions = ["Why?"]

[[steps]]
kind = "context"
text = "Some *text* with a [link](https://evil.example) and <b>html</b> and [[chapter-vii]]."

[[steps]]
kind = "predict"
question = "vote"
resolution = 794
"""


@pytest.fixture(scope="module")
def shipped(atlas):
    return content.load_content(atlas)


def test_shipped_content_has_no_problem(shipped):
    assert shipped.problems == []
    assert len(shipped.cases) == 10 and len(shipped.glossary) >= 25


@pytest.mark.parametrize("case_id", ["korea", "congo-1960", "somalia", "bosnia", "kosovo", "east-timor", "darfur", "libya", "mali", "drc"])
def test_every_case_walks_from_context_to_discussion_with_a_prediction(shipped, case_id):
    case = shipped.cases[case_id]
    kinds = [step.kind for step in case.steps]
    assert kinds[0] == "context" and kinds[-1] == "discussion"
    assert {"council", "predict", "ending"} <= set(kinds)
    assert len(case.questions) >= 3


def test_every_prediction_can_be_answered_from_the_data(shipped, atlas):
    for case in shipped.cases.values():
        for step in case.steps:
            if step.kind != "predict":
                continue
            made = {
                "vote": lambda s: questions.vote_question(s.resolution, atlas.resolutions),
                "chapter_vii": lambda s: questions.chapter_vii_question(s.resolution, atlas.resolutions),
                "successor": lambda s: questions.successor_question(s.intervention, atlas.interventions),
                "strength": lambda s: questions.strength_question(s.intervention, atlas.strength, atlas.interventions),
            }[step.question](step)
            assert made is not None, (case.id, step)
            assert made.answer in made.choices and made.sources


def test_a_good_case_file_parses_and_its_text_stays_text(atlas, shipped):
    case, problems = content.parse_case(GOOD_CASE, "mine.toml")
    assert problems == [] and content.check_case(case, GOOD_CASE, atlas, shipped.glossary) == []
    rendered = content.render_text(case.steps[0].text, shipped.glossary)
    assert "](https://evil.example)" not in rendered and "<b>" not in rendered
    assert "](/glossary?term=chapter-vii)" in rendered


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        (lambda t: t.replace('kind = "predict"', 'kind = "lecture"'), 12, "kind 'lecture' is not one of"),
        (lambda t: t.replace("resolution = 794", 'resolution = "794"'), 12, "needs 'resolution = <number>'"),
        (lambda t: t.replace('title = "A test case"', "title = "), 3, "is not valid TOML"),
        (lambda t: t.replace('"unitaf"]', '"unitaf", "atlantis-force"]'), 5, "intervention 'atlantis-force' is not in the atlas"),
        (lambda t: t.replace("resolution = 794", "resolution = 99999"), 15, "resolution '99999' is not in the atlas"),
        (lambda t: t.replace("[[chapter-vii]]", "[[chapter-xx]]"), 10, "glossary term 'chapter-xx' is not in the atlas"),
    ],
)
def test_a_bad_case_file_names_line_and_problem(atlas, shipped, change, line, message):
    text = change(GOOD_CASE)
    case, problems = content.parse_case(text, "mine.toml")
    if case is not None:
        problems = content.check_case(case, text, atlas, shipped.glossary)
    assert problems, text
    assert any(message in p.message and p.row == line and p.file == "mine.toml" for p in problems), problems


def test_oversized_and_overlong_case_files_are_refused():
    _, problems = content.parse_case("x" * (content.MAX_CASE_BYTES + 1), "big.toml")
    assert "larger than" in problems[0].message
    many = GOOD_CASE + '\n[[steps]]\nkind = "discussion"\n' * content.MAX_STEPS
    _, problems = content.parse_case(many, "long.toml")
    assert any("at most" in p.message for p in problems)


def test_glossary_cites_registered_sources_only(atlas, shipped):
    for term in shipped.glossary.values():
        assert term.sources and all(s == content.CODEBOOK or s in atlas.sources.index for s in term.sources), term.id
    _, problems = content.parse_glossary('[[term]]\nid = "x"\nterm = "X"\ndefinition = "Y"\nsources = ["s-nothere"]\n', "g.toml", set())
    assert problems[0].row == 2 and "s-nothere" in problems[0].message


def test_vote_question_gives_the_recorded_vote_and_names_abstainers(atlas):
    q = questions.vote_question(1973, atlas.resolutions)
    assert q.answer == "10-0-5" and q.answer in q.choices and len(set(q.choices)) == 4
    assert "Brazil, China, Germany, India, Russian Federation" in q.explanation
    assert "unsc-res-1973" in q.sources


def test_successor_and_chapter_vii_questions(atlas):
    assert questions.successor_question("amis", atlas.interventions).answer == "UNAMID"
    assert questions.successor_question("afisma", atlas.interventions).answer == "MINUSMA"
    assert questions.chapter_vii_question(161, atlas.resolutions).answer == "Implicit"
    assert questions.chapter_vii_question(1590, atlas.resolutions) is None  # unknown: never asked


def test_quiz_is_the_same_for_the_same_seed_and_filters(atlas):
    first = questions.quiz(atlas, atlas.interventions, seed=7)
    again = questions.quiz(atlas, atlas.interventions, seed=7)
    other = questions.quiz(atlas, atlas.interventions, seed=8)
    assert [q.prompt for q in first] == [q.prompt for q in again] and len(first) == 8
    assert [q.choices for q in first] == [q.choices for q in again]
    assert [q.prompt for q in first] != [q.prompt for q in other]
    assert all(q.answer in q.choices for q in first)
    africa = atlas.interventions[atlas.interventions["region"] == "Africa"]
    acronyms = set(africa["acronym"])
    for q in questions.quiz(atlas, africa, seed=3):
        assert any(a in q.prompt for a in acronyms) or "resolution" in q.prompt


def test_search_finds_by_acronym_name_alias_and_country(atlas):
    assert search.find(atlas.interventions, "UNAMID")[0] == "unamid"
    assert search.find(atlas.interventions, "unamid")[0] == "unamid"
    assert "unamid" in search.find(atlas.interventions, "darfur")
    assert "libya-coalition-2011" in search.find(atlas.interventions, "odyssey dawn")
    assert search.find(atlas.interventions, "") == []


def test_case_timeline_is_in_time_order_with_council_row_and_visible_short_operations(atlas):
    ids = ["allied-force", "kfor", "unmik"]
    frame = atlas.interventions[atlas.interventions["id"].isin(ids)]
    figure = case_timeline_figure(
        frame, resolutions=atlas.resolutions, vetoes=atlas.vetoes, followed_by=(("allied-force", "kfor"), ("allied-force", "unmik"))
    )
    starts = frame.set_index("acronym")["start"]
    order = list(figure.layout.yaxis.categoryarray)
    assert order[0] == COUNCIL_ROW and order[1:] == sorted(starts.index, key=lambda a: starts[a])
    bars = [t for t in figure.data if t.type == "bar"]
    allied = next(t for t in bars if "Allied Force" in list(t.y))
    span_days = (frame["end"].max() - frame["start"].min()).days
    assert allied.x[0] / 86_400_000 >= span_days * 0.01  # 78 days, drawn at least 1% of the period
    followed = next(t for t in figure.data if t.name == "Followed by")
    assert sorted(y for y in followed.y[1::3] if y) == ["KFOR", "UNMIK"] and set(followed.y[0::3]) == {"Allied Force"}
    council = next(t for t in figure.data if t.name == "Resolution adopted")
    assert 1244 in [row[0] for row in council.customdata] and 1199 in [row[0] for row in council.customdata]


def test_step_links_are_parsed_strictly():
    assert teach.parse_step("3", 7) == (3, None)
    for bad in ("0", "8", "²", "3.0", "１", "9" * 5000, "-1", "<b>"):
        step, notice = teach.parse_step(bad, 7)
        assert step == 1 and notice and "Ignored step" in notice


def test_references_number_glossary_sources(atlas, shipped):
    refs = References(atlas.sources)
    html = content.render_primer(shipped.primer, shipped.glossary, refs.cite)
    assert "[[" not in html and "{s-" not in html and "[1]" in html
    assert "](/glossary?term=consent)" in html


def test_random_choices_never_repeat_the_answer(atlas):
    rng = random.Random(0)
    for number in atlas.resolutions["number"].head(60):
        q = questions.vote_question(int(number), atlas.resolutions, rng)
        if q:
            assert q.choices.count(q.answer) == 1


def test_profile_terms_explain_its_codes(atlas, shipped):
    from components.profile import glossary_terms

    record = atlas.interventions.set_index("id").loc["unitaf"]
    terms = glossary_terms(record)
    assert terms[0] == "mandate" and {"chapter-vii", "coalition", "handover"} <= set(terms)
    assert all(term in shipped.glossary for term in terms)
