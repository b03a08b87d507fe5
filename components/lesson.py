"""What each step of a case study shows, computed from the dataset: the Council's decisions, who deployed, what
went wrong, how it ended. Pure functions; the page lays them out for the screen or for teach mode."""

from __future__ import annotations

import pandas as pd

from components import vocab
from components.profile import vote_text
from components.sources import References, plain


def council_table(numbers, resolutions: pd.DataFrame, references: References) -> pd.DataFrame:
    """The resolutions a step names, in date order: what they did, the vote, Chapter VII, and their sources."""
    mine = resolutions[resolutions["number"].isin(list(numbers))].sort_values("date")
    return pd.DataFrame(
        {
            "Resolution": mine["number"].astype(str),
            "Date": mine["date"].dt.strftime("%d %b %Y"),
            "What it did": mine["summary"],
            "Vote": [vote_text(r) for _, r in mine.iterrows()],
            "Chapter VII": mine["chapter_vii"].map(lambda c: vocab.label(vocab.CHAPTER_VII, c)),
            "Sources": mine["sources"].map(lambda ids: references.cite(ids[:1] + tuple(i for i in ids if i.startswith("s-"))[:1])),
        }
    ).reset_index(drop=True)


def deployment_lines(ids, interventions: pd.DataFrame, strength: pd.DataFrame, references: References) -> list[str]:
    """One Markdown line per intervention: who led it, when, on what basis, and how many (as cited)."""
    by_id = interventions.set_index("id")
    lines = []
    for intervention_id in ids:
        record = by_id.loc[intervention_id]
        figures = strength[strength["intervention_id"] == intervention_id].sort_values("personnel", ascending=False)
        sizes = "; ".join(
            f"{vocab.label(vocab.STRENGTH_KINDS, row['kind']).lower()} {int(row['personnel']):,}{' (' + row['as_of'] + ')' if row['as_of'] else ''} {references.cite(row['sources'])}"
            for _, row in figures.head(2).iterrows()
        )
        lines.append(
            f"**{plain(record['acronym'])}** — led by {vocab.label(vocab.ORGANIZATIONS, record['organization'])}, "
            f"{record['start_date']} to {record['end_date'] or 'today'}; {vocab.label(vocab.LEGAL_BASES, record['legal_basis']).lower()}"
            f"{'; ' + sizes if sizes else '; size unknown'} {references.cite(record['sources'][:2])}"
        )
    return lines


def challenge_lines(
    ids, interventions: pd.DataFrame, challenges: pd.DataFrame, references: References, limit: int | None = None
) -> list[str]:
    """The serious and defining challenges of the given interventions, most severe first."""
    acronym = interventions.set_index("id")["acronym"]
    mine = challenges[challenges["intervention_id"].isin(list(ids)) & (challenges["severity"] >= 2)]
    mine = mine.sort_values(["severity", "intervention_id"], ascending=[False, True])
    if limit is not None:
        mine = mine.head(limit)
    return [
        f"**{plain(acronym[row.intervention_id])}** · *{vocab.label(vocab.CHALLENGES, row.challenge)}* "
        f"({vocab.SEVERITY[row.severity].lower()}): {plain(row.evidence)} {references.cite(row.sources)}"
        for row in mine.itertuples()
    ]


def ending_lines(ids, interventions: pd.DataFrame, references: References, *, brief: bool = False) -> list[str]:
    """How each intervention ended (or that it has not), its outcome code and why, with sources; `brief` leaves out
    the reasons, for a projector screen holding several operations."""
    by_id = interventions.set_index("id")
    lines = []
    for intervention_id in ids:
        record = by_id.loc[intervention_id]
        outcome = vocab.label(vocab.OUTCOMES, record["outcome"])
        if record["ongoing"]:
            lines.append(f"**{plain(record['acronym'])}** is still deployed.")
            continue
        why = (
            f" {plain(record['end_reason'])} {references.cite(record['end_reason_source'])}"
            if record["end_reason"]
            else " Why it ended: unknown."
        )
        successors = [by_id.loc[s, "acronym"] for s in record["successor"] if s in by_id.index]
        handed = f" Handed over to {', '.join(successors)}." if successors else ""
        if brief:
            lines.append(
                f"**{plain(record['acronym'])}** ended {record['end_date']}.{handed} Outcome: *{outcome}* {references.cite(record['outcome_source'])}"
            )
            continue
        lines.append(
            f"**{plain(record['acronym'])}** ended {record['end_date']}.{why}{handed} Outcome: *{outcome}* — "
            f"{plain(record['outcome_rationale'])} {references.cite(record['outcome_source'])}"
        )
    return lines
