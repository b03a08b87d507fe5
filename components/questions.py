"""Questions whose answers come from the dataset: predict-then-reveal steps in case studies, and the quiz.

A question is built from the data at display time, with its choices, the right answer, an explanation and the
source ids behind it. The same seed and the same data always give the same questions and the same order of
choices, so that a whole class sees one quiz.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pandas as pd

from components import vocab


@dataclass(frozen=True)
class Question:
    prompt: str
    choices: tuple[str, ...]
    answer: str
    explanation: str
    sources: tuple[str, ...]


def _vote(row: pd.Series) -> str:
    return f"{row['votes_for']}-{row['votes_against']}-{row['abstentions']}"


def vote_question(number: int, resolutions: pd.DataFrame, rng: random.Random | None = None) -> Question | None:
    """'How did the Council vote on resolution N?' with the recorded vote among plausible alternatives."""
    rng = rng or random.Random(number)
    by_number = resolutions.set_index("number")
    if number not in by_number.index or pd.isna(by_number.loc[number, "votes_for"]):
        return None
    row = by_number.loc[number]
    answer = _vote(row)
    members = int(row["votes_for"] + row["votes_against"] + row["abstentions"])
    members = 15 if members > 11 else 11
    pool = {f"{members - a - n}-{n}-{a}" for a in range(0, 6) for n in range(0, 3)} - {answer}
    distractors = rng.sample(sorted(pool), 3)
    choices = tuple(sorted([answer, *distractors], key=lambda v: -int(v.split("-")[0])))
    named = []
    if row["voting_against"]:
        named.append("against: " + ", ".join(row["voting_against"]))
    if row["abstaining"]:
        named.append("abstaining: " + ", ".join(row["abstaining"]))
    detail = f" ({'; '.join(named)})" if named else ""
    return Question(
        prompt=f"How did the Security Council vote on resolution {number} ({row['date'].year})? (for – against – abstentions)",
        choices=choices,
        answer=answer,
        explanation=f"Resolution {number} was adopted on {row['date']:%d %B %Y} by {answer}{detail}. {row['summary']}",
        sources=tuple(row["sources"]),
    )


def chapter_vii_question(number: int, resolutions: pd.DataFrame) -> Question | None:
    """'Did the Council act under Chapter VII in resolution N?' — only where the code is known."""
    by_number = resolutions.set_index("number")
    if number not in by_number.index or by_number.loc[number, "chapter_vii"] == "unknown":
        return None
    row = by_number.loc[number]
    labels = {code: vocab.label(vocab.CHAPTER_VII, code) for code in ("yes", "implicit", "no")}
    explain = {
        "yes": "The text says the Council acts under Chapter VII.",
        "implicit": "The text names no chapter, but determines a breach of or threat to the peace, or authorizes force.",
        "no": "The text neither invokes Chapter VII nor determines a threat to the peace nor authorizes force.",
    }
    return Question(
        prompt=f"Did the Council act under Chapter VII in resolution {number} ({row['date'].year})?",
        choices=tuple(labels.values()),
        answer=labels[row["chapter_vii"]],
        explanation=f"{labels[row['chapter_vii']]}. {explain[row['chapter_vii']]} {row['summary']}",
        sources=tuple(row["sources"]),
    )


def successor_question(intervention_id: str, interventions: pd.DataFrame, rng: random.Random | None = None) -> Question | None:
    """'Who took over from X?' with operations of the same period as alternatives."""
    rng = rng or random.Random(intervention_id)
    by_id = interventions.set_index("id")
    if intervention_id not in by_id.index or not by_id.loc[intervention_id, "successor"]:
        return None
    record = by_id.loc[intervention_id]
    successors = [by_id.loc[s, "acronym"] for s in record["successor"] if s in by_id.index]
    answer = " and ".join(successors)
    nearby = interventions[
        (interventions["start"] >= record["start"] - pd.Timedelta(days=3 * 365))
        & (interventions["start"] <= record["end"] + pd.Timedelta(days=3 * 365))
        & ~interventions["id"].isin([intervention_id, *record["successor"]])
    ]
    pool = sorted(set(nearby["acronym"]) - set(successors))
    if len(pool) < 3:
        pool = sorted(set(interventions["acronym"]) - set(successors) - {record["acronym"]})
    choices = tuple(sorted([answer, *rng.sample(pool, 3)]))
    successor_rows = by_id.loc[[s for s in record["successor"] if s in by_id.index]]
    sources = tuple(record["end_reason_source"]) + tuple(i for ids in successor_rows["sources"] for i in ids[:1])
    when = f" when it ended in {record['end_date'][:4]}" if record["end_date"] else ""
    reason = f" {record['end_reason']}" if record["end_reason"] else ""
    return Question(
        prompt=f"Which operation took over from {record['acronym']}{when}?",
        choices=choices,
        answer=answer,
        explanation=f"{answer} took over from {record['acronym']}.{reason}",
        sources=sources or tuple(record["sources"][:1]),
    )


def strength_question(intervention_id: str, strength: pd.DataFrame, interventions: pd.DataFrame) -> Question | None:
    """'How many personnel were authorized?' — the authorized ceiling, set against the largest deployed figure."""
    mine = strength[strength["intervention_id"] == intervention_id]
    authorized = mine[mine["kind"] == "authorized"]
    if authorized.empty:
        return None
    ceiling = authorized.sort_values("personnel").iloc[-1]
    value = int(ceiling["personnel"])
    acronym = interventions.set_index("id").loc[intervention_id, "acronym"]
    bands = [(0, 1_000), (1_000, 5_000), (5_000, 10_000), (10_000, 20_000), (20_000, 50_000), (50_000, 10**7)]
    labels = [f"{lo:,} to {hi:,}" if hi < 10**7 else f"more than {lo:,}" for lo, hi in bands]
    answer = next(label for (lo, hi), label in zip(bands, labels, strict=True) if lo <= value < hi)
    deployed = mine[mine["kind"].isin(["peak_deployed", "deployed"])]
    peak = deployed.sort_values("personnel").iloc[-1] if not deployed.empty else None
    compare = (
        f" The largest deployed figure the atlas holds is {int(peak['personnel']):,} ({peak['what']}{', ' + peak['as_of'] if peak['as_of'] else ''})."
        if peak is not None
        else " The atlas holds no deployed figure for it."
    )
    return Question(
        prompt=f"How many personnel was {acronym} authorized to have at most?",
        choices=tuple(labels[:5]) if value < 50_000 else tuple(labels[1:]),
        answer=answer,
        explanation=f"{value:,}: {ceiling['what']}{' (' + ceiling['as_of'] + ')' if ceiling['as_of'] else ''}.{compare}",
        sources=tuple(ceiling["sources"]) + (tuple(peak["sources"]) if peak is not None else ()),
    )


def organization_question(intervention_id: str, interventions: pd.DataFrame, rng: random.Random) -> Question:
    """'Which organization led X?'"""
    record = interventions.set_index("id").loc[intervention_id]
    answer = vocab.label(vocab.ORGANIZATIONS, record["organization"])
    pool = sorted({vocab.label(vocab.ORGANIZATIONS, o) for o in vocab.ORGANIZATIONS} - {answer})
    return Question(
        prompt=f"Which organization led {record['acronym']} ({record['name']}, from {record['start_date'][:4]})?",
        choices=tuple(sorted([answer, *rng.sample(pool, 3)])),
        answer=answer,
        explanation=f"{record['acronym']} was led by the {answer}."
        if record["organization"] not in ("coalition", "national")
        else f"{record['acronym']}: {answer.lower()}.",
        sources=tuple(record["sources"][:2]),
    )


def legal_basis_question(intervention_id: str, interventions: pd.DataFrame) -> Question:
    """'On what legal basis did X deploy?'"""
    record = interventions.set_index("id").loc[intervention_id]
    labels = tuple(vocab.label(vocab.LEGAL_BASES, code) for code in vocab.LEGAL_BASES)
    answer = vocab.label(vocab.LEGAL_BASES, record["legal_basis"])
    resolutions = ", ".join(str(n) for n in record["authorizing_resolutions"]) or "none"
    return Question(
        prompt=f"On what legal basis was {record['acronym']} first deployed?",
        choices=labels,
        answer=answer,
        explanation=f"{answer}. Authorizing resolutions: {resolutions}. {vocab.LEGAL_BASES[record['legal_basis']].meaning}",
        sources=tuple(record["sources"][:2]),
    )


def quiz(atlas, interventions: pd.DataFrame, seed: int, count: int = 8) -> list[Question]:
    """A quiz drawn from the given interventions (the current filters) and their resolutions; same seed, same quiz."""
    rng = random.Random(seed)
    ids = sorted(interventions["id"])
    if not ids:
        return []
    makers = [
        lambda i: organization_question(i, atlas.interventions, rng),
        lambda i: legal_basis_question(i, atlas.interventions),
        lambda i: successor_question(i, atlas.interventions, rng),
        lambda i: strength_question(i, atlas.strength, atlas.interventions),
        lambda i: next(
            (
                q
                for n in atlas.interventions.set_index("id").loc[i, "authorizing_resolutions"]
                if (q := vote_question(n, atlas.resolutions, rng))
            ),
            None,
        ),
        lambda i: next(
            (
                q
                for n in atlas.interventions.set_index("id").loc[i, "authorizing_resolutions"]
                if (q := chapter_vii_question(n, atlas.resolutions))
            ),
            None,
        ),
    ]
    questions: list[Question] = []
    prompts: set[str] = set()
    attempts = 0
    while len(questions) < count and attempts < count * 20:
        attempts += 1
        question = rng.choice(makers)(rng.choice(ids))
        if question is not None and question.prompt not in prompts:
            questions.append(question)
            prompts.add(question.prompt)
    return questions
