"""How good the evidence is, computed from the tables: source mix, scope coverage, agreement between two coders."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from components import vocab

# Named exceptions of the codebook's scope (data/README.md, "Scope"): everything else follows from the columns.
AU_AUTHORIZED_SECURITY_OPERATIONS = frozenset({"mnjtf", "g5-sahel-joint-force"})
CONTRAST_CASES = frozenset({"allied-force", "provide-comfort", "ipkf-sri-lanka"})
SCOPE_RULES = {
    1: "UN peacekeeping operation",
    2: "Peace operation of a regional organization or alliance",
    3: "Peace operation of a coalition or single state, with the host's consent",
    4: "Operation the Security Council authorized to use force",
    5: "Regional security operation authorized by the African Union (named exception)",
    6: "Contrast case: force without Council authorization (named)",
}
# The MFO is an organization of its own, set up by the two parties to a treaty: rule 3, like a coalition with consent.
_GROUPINGS = {"coalition", "national", "MFO"}


def scope_rule(record: pd.Series | dict) -> int:
    """Which of the codebook's scope rules brings an intervention into the atlas, counted once: UN operations under 1,
    the named cases under 5 and 6, enforcement under a Council authorization under 4, other operations of
    organizations and alliances under 2, and other coalition or national operations under 4 if the Council
    authorized them, else 3."""
    if record["id"] in CONTRAST_CASES:
        return 6
    if record["id"] in AU_AUTHORIZED_SECURITY_OPERATIONS:
        return 5
    if record["organization"] == "UN":
        return 1
    authorized = record["legal_basis"] == "chapter_vii_authorization"
    if authorized and record["mandate_type"] == "peace_enforcement":
        return 4
    if record["organization"] not in _GROUPINGS:
        return 2
    return 4 if authorized else 3


def scope_coverage(interventions: pd.DataFrame) -> pd.DataFrame:
    """Interventions counted by the scope rule that brings them in."""
    rules = interventions.apply(scope_rule, axis=1)
    counts = rules.value_counts()
    return pd.DataFrame(
        {
            "Scope rule": [f"{n}. {text}" for n, text in SCOPE_RULES.items()],
            "Interventions": [int(counts.get(n, 0)) for n in SCOPE_RULES],
        }
    )


def cites_primary(source_ids, sources: pd.DataFrame) -> bool:
    return any(sources.loc[i, "kind"] == "primary" for i in source_ids if i in sources.index)


def source_mix(atlas) -> pd.DataFrame:
    """Per curated table: how many rows, and how many cite at least one primary source."""
    register = atlas.sources
    interventions = atlas.interventions
    tables = {
        "Interventions (facts)": interventions["sources"],
        "Interventions (outcome)": interventions.loc[interventions["outcome_source"].map(len) > 0, "outcome_source"],
        "Interventions (why it ended)": interventions.loc[interventions["end_reason_source"].map(len) > 0, "end_reason_source"],
        "Resolutions": atlas.resolutions["sources"],
        "Challenges": atlas.challenges["sources"],
        "Strength figures": atlas.strength["sources"],
    }
    rows = []
    for name, cited in tables.items():
        primary = int(cited.map(lambda ids: cites_primary(ids, register)).sum())
        rows.append({"Table": name, "Rows": len(cited), "Citing a primary source": primary, "Share": _share(primary, len(cited))})
    return pd.DataFrame(rows)


def register_summary(sources: pd.DataFrame) -> pd.DataFrame:
    """The register by kind: sources and distinct publishers."""
    rows = []
    for kind in vocab.SOURCE_KINDS:
        mine = sources[sources["kind"] == kind]
        rows.append({"Kind": vocab.label(vocab.SOURCE_KINDS, kind), "Sources": len(mine), "Publishers": mine["publisher"].nunique()})
    rows.append({"Kind": "All", "Sources": len(sources), "Publishers": sources["publisher"].nunique()})
    return pd.DataFrame(rows)


def cohen_kappa(first: list[str], second: list[str]) -> float:
    """Cohen's kappa for two coders' labels of the same items: agreement beyond what chance would give."""
    if len(first) != len(second) or not first:
        raise ValueError("two equally long, non-empty lists of codes are needed")
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    counts_first, counts_second = Counter(first), Counter(second)
    expected = sum(counts_first[c] * counts_second[c] for c in set(first) | set(second)) / (n * n)
    if expected == 1:
        return 1.0
    return (observed - expected) / (1 - expected)


def agreement(second_coding: pd.DataFrame) -> pd.DataFrame:
    """Per coded field: items coded twice, percent agreement and Cohen's kappa, and how disagreements ended."""
    rows = []
    for field, part in second_coding.groupby("field", sort=False):
        first, second = list(part["first"]), list(part["second"])
        agreed = sum(a == b for a, b in zip(first, second, strict=True))
        rows.append(
            {
                "Coded field": field,
                "Items coded twice": len(part),
                "Agreement": _share(agreed, len(part)),
                "Cohen's kappa": round(cohen_kappa(first, second), 2),
                "Disagreements": len(part) - agreed,
                "Resolved by a codebook rule": int(((part["first"] != part["second"]) & (part["rule"] != "")).sum()),
            }
        )
    return pd.DataFrame(rows)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "–"
