"""Teaching content in files a teacher can read and edit: case studies (content/cases/*.toml), the glossary
(content/glossary.toml) and the primer (content/primer.md). Each is checked like the data: every problem is
reported with its file and line, and every intervention, resolution, term or source a file names must exist.

Prose in these files is our own framing; every fact a case shows is drawn from the dataset at display time.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from components.data import Atlas, Problem, run_atlas
from components.sources import plain

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"
STEP_KINDS = ("context", "council", "deployment", "predict", "challenges", "ending", "discussion")
QUESTION_KINDS = ("vote", "chapter_vii", "successor", "strength")
TERM_LINK = re.compile(r"\[\[([a-z0-9-]+)(?:\|([^\]\[|]{1,60}))?\]\]")
SOURCE_MARK = re.compile(r"\{(s-[0-9a-f]{8}|unsc-res-\d+)\}")
CODEBOOK = "codebook"
# Limits for a case file (also those a teacher's uploaded file must respect).
MAX_CASE_BYTES = 64_000
MAX_STEPS = 30
MAX_TEXT = 1_200
MAX_QUESTIONS = 8


@dataclass(frozen=True)
class Step:
    kind: str
    title: str = ""
    text: str = ""
    interventions: tuple[str, ...] = ()
    resolutions: tuple[int, ...] = ()
    question: str = ""
    intervention: str = ""
    resolution: int | None = None


@dataclass(frozen=True)
class CaseStudy:
    id: str
    title: str
    focus: str
    interventions: tuple[str, ...]
    steps: tuple[Step, ...]
    questions: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    followed_by: tuple[tuple[str, str], ...] = ()
    file: str = ""


@dataclass(frozen=True)
class Term:
    id: str
    term: str
    definition: str
    sources: tuple[str, ...]
    see_also: tuple[str, ...] = ()


@dataclass
class Content:
    cases: dict[str, CaseStudy] = field(default_factory=dict)
    glossary: dict[str, Term] = field(default_factory=dict)
    primer: str = ""
    problems: list[Problem] = field(default_factory=list)


def _line_of(text: str, needle: str) -> int | None:
    """The first line of `text` that contains `needle` (1-based), to point a person at the problem."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return None


def _parse_toml(text: str, name: str) -> tuple[dict | None, list[Problem]]:
    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        return None, [Problem(name, int(match.group(1)) if match else None, None, f"is not valid TOML: {exc}")]


def _str(value, limit: int = MAX_TEXT) -> str | None:
    return value if isinstance(value, str) and len(value) <= limit else None


def parse_case(text: str, name: str) -> tuple[CaseStudy | None, list[Problem]]:
    """A case file's content, or the problems that stop it being read (file, line, what is wrong)."""
    if len(text.encode("utf-8")) > MAX_CASE_BYTES:
        return None, [Problem(name, None, None, f"is larger than {MAX_CASE_BYTES // 1000} kB")]
    raw, problems = _parse_toml(text, name)
    if raw is None:
        return None, problems

    def problem(key: str, message: str, needle: str | None = None) -> None:
        problems.append(Problem(name, _line_of(text, needle or f"{key} ="), key, message))

    for key in ("id", "title", "focus"):
        if not _str(raw.get(key)):
            problem(key, f"'{key}' is missing, not text, or longer than {MAX_TEXT} characters")
    case_id = raw.get("id", "")
    if isinstance(case_id, str) and case_id and not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", case_id):
        problem("id", f"'{case_id}' is not a valid id (lower-case letters, digits and single hyphens)")
    ids = raw.get("interventions")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        problem("interventions", "'interventions' must be a non-empty list of intervention ids")
        ids = []
    questions = raw.get("questions", [])
    if not isinstance(questions, list) or len(questions) > MAX_QUESTIONS or not all(_str(q) for q in questions):
        problem("questions", f"'questions' must be a list of at most {MAX_QUESTIONS} texts")
        questions = []
    terms = raw.get("terms", [])
    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
        problem("terms", "'terms' must be a list of glossary ids")
        terms = []
    followed = raw.get("followed_by", [])
    if not isinstance(followed, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in followed
    ):
        problem("followed_by", "'followed_by' must be a list of [earlier, later] intervention id pairs")
        followed = []
    raw_steps = raw.get("steps")
    steps: list[Step] = []
    if not isinstance(raw_steps, list) or not raw_steps:
        problem("steps", "there are no [[steps]]", needle="[[steps]]")
        raw_steps = []
    if len(raw_steps) > MAX_STEPS:
        problem("steps", f"has {len(raw_steps)} steps; at most {MAX_STEPS} are allowed", needle="[[steps]]")
        raw_steps = raw_steps[:MAX_STEPS]
    step_lines = [n for n, line in enumerate(text.splitlines(), start=1) if line.strip() == "[[steps]]"]
    for index, step in enumerate(raw_steps):
        line = step_lines[index] if index < len(step_lines) else None
        where = f"step {index + 1}"
        if not isinstance(step, dict):
            problems.append(Problem(name, line, "steps", f"{where} is not a table"))
            continue
        kind = step.get("kind")
        if kind not in STEP_KINDS:
            problems.append(Problem(name, line, "kind", f"{where}: kind '{kind}' is not one of {', '.join(STEP_KINDS)}"))
            continue
        title, body = step.get("title", ""), step.get("text", "")
        if not isinstance(title, str) or len(title) > 120 or _str(body) is None:
            problems.append(Problem(name, line, "text", f"{where}: title or text is not text, or too long"))
            continue
        ivs = step.get("interventions", [])
        res = step.get("resolutions", [])
        if not isinstance(ivs, list) or not all(isinstance(i, str) for i in ivs):
            problems.append(Problem(name, line, "interventions", f"{where}: 'interventions' must be a list of ids"))
            ivs = []
        if not isinstance(res, list) or not all(isinstance(n, int) and not isinstance(n, bool) for n in res):
            problems.append(Problem(name, line, "resolutions", f"{where}: 'resolutions' must be a list of resolution numbers"))
            res = []
        if kind == "council" and not res:
            problems.append(Problem(name, line, "resolutions", f"{where}: a council step needs 'resolutions'"))
        question, intervention, resolution = step.get("question", ""), step.get("intervention", ""), step.get("resolution")
        if kind == "predict":
            if question not in QUESTION_KINDS:
                problems.append(
                    Problem(name, line, "question", f"{where}: question '{question}' is not one of {', '.join(QUESTION_KINDS)}")
                )
            elif question in ("vote", "chapter_vii") and not (isinstance(resolution, int) and not isinstance(resolution, bool)):
                problems.append(Problem(name, line, "resolution", f"{where}: a '{question}' question needs 'resolution = <number>'"))
            elif question in ("successor", "strength") and not isinstance(intervention, str):
                problems.append(Problem(name, line, "intervention", f"{where}: a '{question}' question needs 'intervention = \"<id>\"'"))
        steps.append(
            Step(
                kind=kind,
                title=title,
                text=body,
                interventions=tuple(ivs),
                resolutions=tuple(res),
                question=question if isinstance(question, str) else "",
                intervention=intervention if isinstance(intervention, str) else "",
                resolution=resolution if isinstance(resolution, int) else None,
            )
        )
    if problems:
        return None, problems
    return (
        CaseStudy(
            id=case_id,
            title=raw["title"],
            focus=raw["focus"],
            interventions=tuple(ids),
            steps=tuple(steps),
            questions=tuple(questions),
            terms=tuple(terms),
            followed_by=tuple(tuple(p) for p in followed),
            file=name,
        ),
        [],
    )


def check_case(case: CaseStudy, text: str, atlas: Atlas, glossary: dict[str, Term]) -> list[Problem]:
    """Every intervention, resolution and glossary term a case names must exist in the dataset or the glossary."""
    ids = set(atlas.interventions["id"])
    numbers = set(atlas.resolutions["number"])
    problems = []

    def missing(kind: str, value, column: str) -> None:
        problems.append(Problem(case.file, _line_of(text, str(value)), column, f"{kind} '{value}' is not in the atlas"))

    named = (
        list(case.interventions) + [i for s in case.steps for i in s.interventions] + [s.intervention for s in case.steps if s.intervention]
    )
    named += [i for pair in case.followed_by for i in pair]
    for intervention in dict.fromkeys(named):
        if intervention not in ids:
            missing("intervention", intervention, "interventions")
    for number in dict.fromkeys([n for s in case.steps for n in s.resolutions] + [s.resolution for s in case.steps if s.resolution]):
        if number not in numbers:
            missing("resolution", number, "resolutions")
    linked = [m.group(1) for s in case.steps for m in TERM_LINK.finditer(s.text)]
    for term in dict.fromkeys(list(case.terms) + linked):
        if term not in glossary:
            missing("glossary term", term, "terms")
    return problems


def parse_glossary(text: str, name: str, sources: set[str]) -> tuple[dict[str, Term], list[Problem]]:
    raw, problems = _parse_toml(text, name)
    if raw is None:
        return {}, problems
    terms: dict[str, Term] = {}
    for entry in raw.get("term", []):
        term_id = entry.get("id", "")
        line = _line_of(text, f'id = "{term_id}"')
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", str(term_id)) or term_id in terms:
            problems.append(Problem(name, line, "id", f"'{term_id}' is not a valid or unique term id"))
            continue
        if not _str(entry.get("term"), 120) or not _str(entry.get("definition")):
            problems.append(Problem(name, line, "definition", f"term '{term_id}' needs a 'term' and a 'definition'"))
            continue
        cited = entry.get("sources", [])
        if not cited:
            problems.append(Problem(name, line, "sources", f"term '{term_id}' cites no source"))
        for source in cited:
            if source != CODEBOOK and source not in sources:
                problems.append(
                    Problem(name, line, "sources", f"term '{term_id}': '{source}' is not the id of any source in data/sources.csv")
                )
        terms[term_id] = Term(term_id, entry["term"], entry["definition"], tuple(cited), tuple(entry.get("see_also", [])))
    for term in terms.values():
        for other in term.see_also:
            if other not in terms:
                problems.append(
                    Problem(name, _line_of(text, f'id = "{term.id}"'), "see_also", f"term '{term.id}': '{other}' is not a term")
                )
    return terms, problems


def load_content(atlas: Atlas, directory: Path = CONTENT_DIR) -> Content:
    """All shipped teaching content, checked against the dataset."""
    content = Content()
    glossary_path = directory / "glossary.toml"
    content.glossary, problems = parse_glossary(
        glossary_path.read_text(encoding="utf-8"), "content/glossary.toml", set(atlas.sources.index)
    )
    content.problems += problems
    primer_path = directory / "primer.md"
    content.primer = primer_path.read_text(encoding="utf-8")
    for match in TERM_LINK.finditer(content.primer):
        if match.group(1) not in content.glossary:
            content.problems.append(
                Problem(
                    "content/primer.md",
                    _line_of(content.primer, match.group(0)),
                    None,
                    f"glossary term '{match.group(1)}' is not in the glossary",
                )
            )
    for match in SOURCE_MARK.finditer(content.primer):
        if match.group(1) not in atlas.sources.index:
            content.problems.append(
                Problem(
                    "content/primer.md", _line_of(content.primer, match.group(0)), None, f"'{match.group(1)}' is not the id of any source"
                )
            )
    for path in sorted((directory / "cases").glob("*.toml")):
        name = f"content/cases/{path.name}"
        text = path.read_text(encoding="utf-8")
        case, problems = parse_case(text, name)
        content.problems += problems
        if case is not None:
            problems = check_case(case, text, atlas, content.glossary)
            content.problems += problems
            if not problems:
                content.cases[case.id] = case
    return content


def _term_link(match: re.Match, glossary: dict[str, Term]) -> str:
    term = glossary.get(match.group(1))
    label = match.group(2) or (term.term if term else match.group(1).replace("-", " "))
    if not match.group(2) and label[1:] == label[1:].lower():
        label = label[0].lower() + label[1:]  # a common noun in running text: "a coalition", not "a Coalition"
    return f"[{plain(label)}](/glossary?term={match.group(1)})"


def render_text(text: str, glossary: dict[str, Term]) -> str:
    """Case prose as safe Markdown: everything is shown as text, except [[term]] marks, which link to the glossary.
    Used for shipped and uploaded cases alike, so a teacher's file can never inject a link, an image or HTML."""
    pieces, last = [], 0
    for match in TERM_LINK.finditer(text):
        pieces.append(plain(text[last : match.start()]))
        pieces.append(_term_link(match, glossary))
        last = match.end()
    pieces.append(plain(text[last:]))
    return "".join(pieces)


def render_primer(primer: str, glossary: dict[str, Term], cite) -> str:
    """The shipped primer (trusted Markdown): glossary marks become links, {source-id} marks numbered references."""
    linked = TERM_LINK.sub(lambda m: _term_link(m, glossary), primer)
    return SOURCE_MARK.sub(lambda m: cite([m.group(1)]), linked)


def _content_fingerprint(directory: Path) -> tuple:
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(directory.rglob("*")) if p.is_file())


@st.cache_resource(max_entries=2, show_spinner=False)
def _cached_content(fingerprint: tuple, data_digest: str, _atlas: Atlas) -> Content:
    return load_content(_atlas)


def teaching_content() -> Content:
    """The shipped content, checked once per change of its files or of the data (against the tables of this run);
    never mutate what it returns."""
    digest, data = run_atlas()
    return _cached_content(_content_fingerprint(CONTENT_DIR), digest, data)
