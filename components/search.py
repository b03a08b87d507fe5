"""Finding an intervention by what a person types: acronym, name, alias or host country."""

from __future__ import annotations

import pandas as pd

from components.schema import country_name


def search_labels(interventions: pd.DataFrame) -> dict[str, str]:
    """id -> the text a search box lists and matches: acronym, name, start year, aliases and host countries."""
    labels = {}
    for record in interventions.sort_values(["acronym", "start"]).itertuples():
        extra = [*record.aliases, *(country_name(c) for c in record.host_countries)]
        labels[record.id] = f"{record.acronym} — {record.name} ({record.start_year}) · {', '.join(extra)}"
    return labels


def find(interventions: pd.DataFrame, text: str, limit: int = 10) -> list[str]:
    """Ids of interventions matching every word typed, best first: an exact acronym, then an acronym that starts
    with the text, then matches anywhere (case and accents as typed)."""
    words = text.casefold().split()
    if not words:
        return []
    labels = search_labels(interventions)
    acronyms = interventions.set_index("id")["acronym"].str.casefold()
    hits = [i for i, label in labels.items() if all(w in label.casefold() for w in words)]
    query = text.strip().casefold()
    hits.sort(key=lambda i: (acronyms[i] != query, not acronyms[i].startswith(query), acronyms[i]))
    return hits[:limit]
