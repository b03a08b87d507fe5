"""The one filter model shared by every page: a value object, how it filters a frame, and its URL form."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import pandas as pd

from components import vocab

# URL parameter names: short, stable, part of every shared link.
PARAM_ORGANIZATION = "org"
PARAM_MANDATE = "mandate"
PARAM_OUTCOME = "outcome"
PARAM_REGION = "region"
PARAM_FROM = "from"
PARAM_TO = "to"
PARAM_CHAPTER_VII = "ch7"
PARAM_TOOK_OVER_FROM = "after"  # took over from an operation led by this organization
PARAM_HANDED_OVER_TO = "before"  # handed over to an operation led by this organization
FILTER_PARAMS = (
    PARAM_ORGANIZATION,
    PARAM_MANDATE,
    PARAM_OUTCOME,
    PARAM_REGION,
    PARAM_FROM,
    PARAM_TO,
    PARAM_CHAPTER_VII,
    PARAM_TOOK_OVER_FROM,
    PARAM_HANDED_OVER_TO,
)
NO_FILTER = "none (all interventions)"
YEAR = re.compile(r"[0-9]{4}")  # ASCII digits only: '²' or '١٩٩٠' pass str.isdigit() but are not years

CHAPTER_VII_CHOICES = {
    "any": "Any",
    "yes": "Chapter VII (explicit)",
    "explicit_or_implicit": "Chapter VII (explicit or implicit)",
    "no": "No Chapter VII",
}


def shown(raw: str, limit: int = 60) -> str:
    """A value from a link, made safe to show in a notice: shortened and set as a Markdown code span, which is
    shown letter for letter, so a crafted link can neither format the notice nor slip a clickable link into it."""
    text = raw if len(raw) <= limit else raw[: limit - 1] + "…"
    # every control character (\r, \n, \t, NUL…) becomes a space: a line break could close the code span
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return "`" + text.replace("`", "'") + "`"


_MULTI = {
    PARAM_ORGANIZATION: ("organizations", vocab.ORGANIZATIONS, "organization"),
    PARAM_MANDATE: ("mandate_types", vocab.MANDATE_TYPES, "mandate type"),
    PARAM_OUTCOME: ("outcomes", vocab.OUTCOMES, "outcome"),
    PARAM_REGION: ("regions", vocab.REGIONS, "region"),
    PARAM_TOOK_OVER_FROM: ("took_over_from", vocab.ORGANIZATIONS, "organization to take over from"),
    PARAM_HANDED_OVER_TO: ("handed_over_to", vocab.ORGANIZATIONS, "organization to hand over to"),
}


@dataclass(frozen=True)
class Filters:
    """What the user chose. Empty selections mean 'all'; `years` is an inclusive (first, last) period."""

    organizations: tuple[str, ...] = ()
    mandate_types: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    chapter_vii: str = "any"
    took_over_from: tuple[str, ...] = ()  # organizations that led a predecessor
    handed_over_to: tuple[str, ...] = ()  # organizations that led a successor

    def apply(self, interventions: pd.DataFrame) -> pd.DataFrame:
        """The interventions matching every chosen filter; an intervention matches a period if active in it."""
        keep = pd.Series(True, index=interventions.index)
        if self.organizations:
            keep &= interventions["organization"].isin(self.organizations)
        if self.mandate_types:
            keep &= interventions["mandate_type"].isin(self.mandate_types)
        if self.outcomes:
            keep &= interventions["outcome"].isin(self.outcomes)
        if self.regions:
            keep &= interventions["region"].isin(self.regions)
        if self.years is not None:
            first, last = self.years
            keep &= (interventions["start_year"] <= last) & (interventions["end_year"] >= first)
        if self.chapter_vii == "yes":
            keep &= interventions["chapter_vii"] == "yes"
        elif self.chapter_vii == "explicit_or_implicit":
            keep &= interventions["chapter_vii"].isin(["yes", "implicit"])
        elif self.chapter_vii == "no":
            keep &= interventions["chapter_vii"] == "no"
        if self.took_over_from or self.handed_over_to:
            led_by = dict(zip(interventions["id"], interventions["organization"], strict=True))
            if self.took_over_from:
                keep &= interventions["predecessor"].map(lambda ids: any(led_by.get(i) in self.took_over_from for i in ids))
            if self.handed_over_to:
                keep &= interventions["successor"].map(lambda ids: any(led_by.get(i) in self.handed_over_to for i in ids))
        return interventions[keep]

    def is_default(self, year_span: tuple[int, int]) -> bool:
        return self.normalized(year_span) == Filters()

    def normalized(self, year_span: tuple[int, int]) -> Filters:
        """The same filter with a period covering the whole data span written as 'no period'."""
        if self.years is not None and self.years[0] <= year_span[0] and self.years[1] >= year_span[1]:
            return replace(self, years=None)
        return self

    def describe(self, year_span: tuple[int, int]) -> str:
        """The filter in words, for a brief or a chart image: 'Organization: United Nations; Period: 1990–1999'."""
        f = self.normalized(year_span)
        parts = []
        for _param, (attr, terms, what) in _MULTI.items():
            chosen = getattr(f, attr)
            if chosen:
                parts.append(f"{what[0].upper()}{what[1:]}: {', '.join(vocab.label(terms, c) for c in chosen)}")
        if f.years is not None:
            parts.append(f"Active in {f.years[0]}–{f.years[1]}")
        if f.chapter_vii != "any":
            parts.append(CHAPTER_VII_CHOICES[f.chapter_vii])
        return "; ".join(parts) if parts else NO_FILTER

    def to_query_params(self, year_span: tuple[int, int]) -> dict[str, list[str]]:
        """The URL form: only what differs from the default, in a stable order."""
        f = self.normalized(year_span)
        params: dict[str, list[str]] = {}
        for param, (attr, _, _) in _MULTI.items():
            if getattr(f, attr):
                params[param] = list(getattr(f, attr))
        if f.years is not None:
            params[PARAM_FROM] = [str(f.years[0])]
            params[PARAM_TO] = [str(f.years[1])]
        if f.chapter_vii != "any":
            params[PARAM_CHAPTER_VII] = [f.chapter_vii]
        return params

    @classmethod
    def from_query_params(cls, params: Mapping[str, Sequence[str]], year_span: tuple[int, int]) -> tuple[Filters, list[str]]:
        """Read filters from URL parameters. Anything unknown or malformed is dropped and described in a notice."""
        notices: list[str] = []
        values: dict = {}
        for param, (attr, terms, what) in _MULTI.items():
            chosen: list[str] = []
            for raw in params.get(param, []):
                if raw in terms:
                    if raw not in chosen:
                        chosen.append(raw)
                else:
                    notices.append(f"Ignored {what} {shown(raw)} from the link: it is not one the atlas knows.")
            values[attr] = tuple(chosen)
        first, last = year_span
        years = [first, last]
        given = False
        for position, param in ((0, PARAM_FROM), (1, PARAM_TO)):
            raws = list(params.get(param, []))
            if not raws:
                continue
            raw = raws[-1]
            if YEAR.fullmatch(raw.strip()) and first <= int(raw) <= last:
                years[position] = int(raw)
                given = True
            else:
                notices.append(f"Ignored year {shown(raw)} for '{param}' from the link: use a year from {first} to {last}.")
        if years[0] > years[1]:
            notices.append(f"Ignored the period {years[0]}–{years[1]} from the link: it ends before it starts.")
            years = [first, last]
            given = False
        if given:
            values["years"] = (years[0], years[1])
        raws = list(params.get(PARAM_CHAPTER_VII, []))
        if raws:
            raw = raws[-1]
            if raw in CHAPTER_VII_CHOICES:
                values["chapter_vii"] = raw
            else:
                notices.append(f"Ignored Chapter VII choice {shown(raw)} from the link: use one of {', '.join(CHAPTER_VII_CHOICES)}.")
        return cls(**values).normalized(year_span), notices


def year_span(interventions: pd.DataFrame) -> tuple[int, int]:
    """The first and last year any intervention was active."""
    if interventions.empty:
        return (1945, pd.Timestamp.today().year)
    return (int(interventions["start_year"].min()), int(interventions["end_year"].max()))
