"""A brief for policy staff: one intervention, a comparison, a case study or the current filtered view, made into a
one- or two-page PDF or Word document with its key facts, two or three charts and numbered references.

Everything here runs on the machine, without a network and without Streamlit: the charts are drawn with matplotlib
(its bundled DejaVu fonts), the PDF with ReportLab and the Word file with python-docx. Every chart image carries its
title, its source, the filters that produced it and the date, so that it can be lifted into another document and
still say what it is. Text from the data is always set as text: nothing in a field can become markup or a link.
"""

from __future__ import annotations

import io
import re
import textwrap
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import matplotlib

matplotlib.use("Agg")  # no display; must precede pyplot
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from components import vocab  # noqa: E402
from components.compare import aligned_personnel, comparison  # noqa: E402
from components.filters import NO_FILTER  # noqa: E402
from components.profile import UNKNOWN, facts, period_text, vote_text  # noqa: E402
from components.sources import References, label  # noqa: E402

TITLE = "Peace Enforcement Atlas"
CHART_WIDTH_IN = 4.6  # inches at 200 dpi: two charts side by side on A4, sharp in print
DPI = 200
MAX_LISTED = 20  # interventions listed by name in the brief of a filtered view
ORG_COLOURS = vocab.ORGANIZATION_COLOURS
_TERM = re.compile(r"\[\[([a-z0-9-]+)(?:\|([^\]\[|]{1,60}))?\]\]")


@dataclass
class Chart:
    title: str
    source: str
    png: bytes


@dataclass
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    rows: list[tuple[str, str]] = field(default_factory=list)  # label, value (two columns)
    table: pd.DataFrame | None = None  # several columns, e.g. one per compared intervention


@dataclass
class Brief:
    title: str
    kind: str  # intervention, comparison, case, view
    made: date
    filters: str
    link: str  # the atlas address that reopens the same view
    dataset: str  # dataset version
    sections: list[Section]
    charts: list[Chart]
    references: list[tuple[int, str, str]]  # number, "publisher — title", URL
    landscape: bool = False  # a wide side-by-side table reads better across the page


# --- charts -----------------------------------------------------------------------------------------------------


def _chart(draw, *, title: str, source: str, filters: str, made: date, height: float = 2.6) -> Chart:
    """A matplotlib chart with its context written into the image: title on top; source, filters and date below;
    the legend outside the axes and the whole saved with a tight box, so nothing is clipped."""
    figure, axes = plt.subplots(figsize=(CHART_WIDTH_IN, height), dpi=DPI, layout="constrained")
    try:
        draw(axes)
        axes.spines[["top", "right"]].set_visible(False)
        axes.grid(axis="y", color="#e3e5e8", linewidth=0.6)
        axes.set_axisbelow(True)
        figure.suptitle("\n".join(textwrap.wrap(title, 60)), x=0.01, ha="left", fontsize=9, fontweight="bold", color="#1f2328")
        handles, _ = axes.get_legend_handles_labels()
        if handles:  # above the plot, under the title: never over the axis labels or the footer
            axes.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=min(len(handles), 5), frameon=False, fontsize=6, borderaxespad=0.2)
        footer = "\n".join(
            textwrap.wrap(f"Source: {source}", 95) + textwrap.wrap(f"Filters: {filters}", 95) + [f"{TITLE}, {made.isoformat()}"]
        )
        figure.text(0.0, -0.01, footer, ha="left", va="top", fontsize=6, color="#4a4f57", transform=figure.transFigure)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", bbox_inches="tight", pad_inches=0.12, facecolor="white")
        return Chart(title=title, source=source, png=buffer.getvalue())
    finally:
        plt.close(figure)


def personnel_chart(series: pd.DataFrame, *, filters: str, made: date, x_label: str = "", title: str) -> Chart | None:
    """Lines of personnel by group (column 'group'), x in column 'x'; gaps stay gaps."""
    if series.empty:
        return None

    def draw(axes):
        for group, part in series.groupby("group", sort=False):
            axes.plot(part["x"], part["total"], label=str(group), linewidth=1.4)
        axes.set_ylabel("Uniformed personnel", fontsize=7)
        if x_label:
            axes.set_xlabel(x_label, fontsize=7)
        axes.tick_params(labelsize=7)
        axes.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}"))

    source = "IPI Peacekeeping Database, from UN monthly contribution reports (UN operations, Nov 1990 – Mar 2017)"
    return _chart(draw, title=title, source=source, filters=filters, made=made)


def bar_chart(counts: pd.Series, *, title: str, source: str, filters: str, made: date, colours=None, x_label: str = "") -> Chart | None:
    """Horizontal bars, largest on top, each labelled with its value."""
    counts = counts[counts > 0].sort_values()
    if counts.empty:
        return None

    def draw(axes):
        colour = [colours.get(k, "#4C72B0") for k in counts.index] if colours else "#4C72B0"
        labels = [str(k) for k in counts.index]
        bars = axes.barh(labels, counts.to_numpy(), color=colour)
        axes.bar_label(bars, labels=[f"{int(v):,}" for v in counts.to_numpy()], padding=3, fontsize=7)
        axes.tick_params(labelsize=7)
        axes.grid(False)
        axes.margins(x=0.12)
        if x_label:
            axes.set_xlabel(x_label, fontsize=7)

    return _chart(draw, title=title, source=source, filters=filters, made=made, height=max(1.5, 0.24 * len(counts) + 0.9))


def _short_organization(code: str) -> str:
    """'UN', 'NATO', 'Ad hoc coalition': acronyms where the code is one, so that a small chart's legend fits."""
    if code == "other":
        return "Other"
    return code if code.isupper() else vocab.label(vocab.ORGANIZATIONS, code)


def stacked_decades_chart(interventions: pd.DataFrame, *, filters: str, made: date) -> Chart | None:
    if interventions.empty:
        return None
    decades = (interventions["start_year"] // 10 * 10).astype(int)
    leading = interventions["organization"].value_counts().index[:5]  # the five most frequent; the rest as one bar part
    organization = interventions["organization"].where(interventions["organization"].isin(leading), "other")
    table = pd.crosstab(decades, organization)
    table = table[[c for c in leading if c in table.columns] + (["other"] if "other" in table.columns else [])]

    def draw(axes):
        bottom = pd.Series(0, index=table.index)
        for organization in table.columns:
            axes.bar([f"{d}s" for d in table.index], table[organization], bottom=bottom, label=_short_organization(organization),
                     color=ORG_COLOURS.get(organization, "#9aa0a6"))  # fmt: skip
            bottom = bottom + table[organization]
        axes.set_ylabel("Interventions started", fontsize=7)
        axes.tick_params(labelsize=7)
        axes.tick_params(axis="x", labelrotation=45)

    return _chart(draw, title="Interventions started, by decade and leading organization",
                  source="Peace Enforcement Atlas dataset (start dates as coded from the cited sources)", filters=filters, made=made,
                  height=2.8)  # fmt: skip


# --- references ---------------------------------------------------------------------------------------------------


def _reference_list(references: References) -> list[tuple[int, str, str]]:
    return [(n, label(references.register.loc[i]), references.register.loc[i, "url"]) for n, i in enumerate(references.order, start=1)]


def _cited(text: str, references: References, ids) -> str:
    mark = references.cite(ids)
    return f"{text} {mark}".strip() if mark else text


def _flat(text: str) -> str:
    """Case prose with its [[term]] marks reduced to their words."""
    return _TERM.sub(lambda m: m.group(2) or m.group(1).replace("-", " "), str(text))


# --- builders -----------------------------------------------------------------------------------------------------


def _assemble(title: str, kind: str, sections: list[Section], charts: list, references: References, *, filters: str, link: str,
              dataset: str, made: date, landscape: bool = False) -> Brief:  # fmt: skip
    """The brief every builder returns: at most three drawn charts, and the sources in the order they were cited."""
    return Brief(title=title, kind=kind, made=made, filters=filters, link=link, dataset=dataset, sections=sections,
                 charts=[c for c in charts if c is not None][:3], references=_reference_list(references),
                 landscape=landscape)  # fmt: skip


def intervention_brief(atlas, intervention_id: str, *, filters: str, link: str, dataset: str, made: date) -> Brief:
    by_id = atlas.interventions.set_index("id")
    record = by_id.loc[intervention_id].copy()
    record["id"] = intervention_id
    references = References(atlas.sources)
    rows = [(f, v) for f, v in facts(record).itertuples(index=False)]
    rows.append(("Sources of these facts", references.cite(record["sources"]) or UNKNOWN))
    paragraphs = [
        _cited(f"Mandate. {record['mandate_summary']}", references, record["sources"]),
        _cited(
            f"Outcome: {vocab.label(vocab.OUTCOMES, record['outcome'])}. {record['outcome_rationale']}",
            references,
            record["outcome_source"],
        ),
    ]
    if record["end_reason"]:
        paragraphs.append(_cited(f"Why it ended. {record['end_reason']}", references, record["end_reason_source"]))
    elif not record["ongoing"]:
        paragraphs.append("Why it ended: unknown (no source read yet).")
    handovers = [f"took over from {by_id.loc[i, 'acronym']}" for i in record["predecessor"]] + [
        f"handed over to {by_id.loc[i, 'acronym']}" for i in record["successor"]
    ]
    if handovers:
        paragraphs.append("Handovers: " + "; ".join(handovers) + ".")
    sections = [Section("Key facts", paragraphs=paragraphs, rows=rows)]

    mine = atlas.resolutions[atlas.resolutions["interventions"].map(lambda ids: intervention_id in ids).astype(bool)].sort_values("date")
    if not mine.empty:
        lines = [
            _cited(
                f"{int(r['number'])} ({r['date']:%d %b %Y}): {', '.join(vocab.label(vocab.RESOLUTION_ACTIONS, a) for a in r['action'])}; "
                f"vote {vote_text(r)}; Chapter VII: {vocab.label(vocab.CHAPTER_VII, r['chapter_vii'])}.",
                references,
                r["sources"][:1],
            )
            for _, r in mine.iterrows()
        ]
        sections.append(Section("Security Council resolutions", paragraphs=lines))

    strength = atlas.strength[atlas.strength["intervention_id"] == intervention_id]
    deaths = atlas.fatalities[atlas.fatalities["intervention_id"] == intervention_id]
    numbers = [
        (
            vocab.label(vocab.STRENGTH_KINDS, s.kind),
            _cited(f"{int(s.personnel):,} ({s.as_of or 'date unknown'}; {s.what})", references, s.sources),
        )
        for s in strength.itertuples()
    ]
    if record["organization"] == "UN":
        numbers.append(("Peacekeeper fatalities", _cited(f"{int(deaths['fatalities'].sum()):,}", references, ["un-psdata-fatalities"])))
    else:
        numbers.append(("Peacekeeper fatalities", "unknown (the UN's records cover UN operations only)"))
    sections.append(Section("Personnel and fatalities", rows=numbers))

    challenges = atlas.challenges[atlas.challenges["intervention_id"] == intervention_id].sort_values("severity", ascending=False)
    if not challenges.empty:
        sections.append(
            Section(
                "Challenges",
                paragraphs=[
                    _cited(
                        f"{vocab.label(vocab.CHALLENGES, c.challenge)} (severity {c.severity}, {vocab.SEVERITY[c.severity].lower()}): {c.evidence}",
                        references,
                        c.sources,
                    )  # fmt: skip
                    for c in challenges.itertuples()
                ],
            )
        )

    charts = []
    series = atlas.personnel[atlas.personnel["intervention_id"] == intervention_id].dropna(subset=["total"])
    if not series.empty:
        references.cite(["ipi-peacekeeping-database"])
        chart = personnel_chart(series.assign(group=record["acronym"], x=series["date"]), filters=filters, made=made,
                                title=f"{record['acronym']}: uniformed personnel at each month's end")  # fmt: skip
        charts.append(chart)
    if not deaths.empty:
        by_type = deaths.groupby("incident_type")["fatalities"].sum()
        by_type.index = [vocab.label(vocab.INCIDENT_TYPES, i) for i in by_type.index]
        charts.append(bar_chart(by_type, title=f"{record['acronym']}: peacekeeper fatalities by type of incident",
                                source="United Nations, Peace and Security Data Hub (DPPADPOSS-FATALITIES)", filters=filters, made=made))  # fmt: skip
    if not challenges.empty:
        severity = challenges.set_index(challenges["challenge"].map(lambda c: vocab.label(vocab.CHALLENGES, c)))["severity"]
        charts.append(bar_chart(severity.groupby(level=0).max(), title=f"{record['acronym']}: challenges by severity (1–3)",
                                source="Peace Enforcement Atlas coding, each row sourced (see references)", filters=filters,
                                made=made, x_label="Severity (1 minor, 2 serious, 3 critical)"))  # fmt: skip
    return _assemble(
        f"{record['acronym']} — {record['name']}",
        "intervention",
        sections,
        charts,
        references,
        filters=filters,
        link=link,
        dataset=dataset,
        made=made,
    )


def comparison_brief(atlas, ids: list[str], *, filters: str, link: str, dataset: str, made: date) -> Brief:
    references = References(atlas.sources)
    table = comparison(ids, atlas, references)
    by_id = atlas.interventions.set_index("id")
    acronyms = [by_id.loc[i, "acronym"] for i in ids]
    sections = [Section("Side by side", table=table.reset_index().rename(columns={"index": "Fact"}))]
    charts = []
    series = aligned_personnel(ids, atlas.personnel, atlas.interventions)
    if not series.empty:
        references.cite(["ipi-peacekeeping-database"])
        charts.append(
            personnel_chart(
                series.rename(columns={"acronym": "group", "month": "x"}),
                filters=filters,
                made=made,
                x_label="Months since the operation started",
                title="Uniformed personnel, aligned by months since deployment",
            )  # fmt: skip
        )
    strength = atlas.strength[atlas.strength["intervention_id"].isin(ids)]
    if not strength.empty:
        largest = strength.sort_values("personnel").groupby(["intervention_id", "kind"]).tail(1)
        counts = pd.Series(
            {
                f"{by_id.loc[r.intervention_id, 'acronym']} – {vocab.label(vocab.STRENGTH_KINDS, r.kind).lower()}": r.personnel
                for r in largest.itertuples()
            }
        )
        charts.append(bar_chart(counts, title="Authorized and deployed strength (largest figure of each kind)",
                                source="Cited sources per figure (see references)", filters=filters, made=made))  # fmt: skip
    challenges = atlas.challenges[atlas.challenges["intervention_id"].isin(ids)]
    if not challenges.empty:
        counts = challenges.groupby("intervention_id").size().rename(index=lambda i: by_id.loc[i, "acronym"])
        charts.append(bar_chart(counts, title="Challenges coded per intervention", source="Peace Enforcement Atlas coding (see references)",
                                filters=filters, made=made))  # fmt: skip
    return _assemble(
        "Comparison: " + ", ".join(acronyms),
        "comparison",
        sections,
        charts,
        references,
        filters=filters,
        link=link,
        dataset=dataset,
        made=made,
        landscape=len(ids) > 2,
    )


def case_brief(atlas, case, *, filters: str, link: str, dataset: str, made: date) -> Brief:
    references = References(atlas.sources)
    by_id = atlas.interventions.set_index("id")
    context = [_flat(s.text) for s in case.steps if s.kind == "context" and s.text]
    sections = [Section("The case", paragraphs=[case.focus, *context])]
    rows = []
    for intervention_id in case.interventions:
        record = by_id.loc[intervention_id]
        rows.append(
            (
                f"{record['acronym']} ({vocab.label(vocab.ORGANIZATIONS, record['organization'])})",
                _cited(
                    f"{period_text(record)}; {vocab.label(vocab.LEGAL_BASES, record['legal_basis'])}; "
                    f"outcome: {vocab.label(vocab.OUTCOMES, record['outcome'])}",
                    references,
                    record["outcome_source"],
                ),  # fmt: skip
            )
        )
    sections.append(Section("Operations", rows=rows))
    numbers = sorted({n for s in case.steps for n in (*s.resolutions, *([s.resolution] if s.resolution else []))})
    resolutions = atlas.resolutions.set_index("number")
    lines = [
        _cited(
            f"{n} ({resolutions.loc[n, 'date']:%d %b %Y}): {resolutions.loc[n, 'summary']} Vote {vote_text(resolutions.loc[n])}.",
            references,
            resolutions.loc[n, "sources"][:1],
        )  # fmt: skip
        for n in numbers
        if n in resolutions.index
    ]
    if lines:
        sections.append(Section("Security Council", paragraphs=lines))
    if case.questions:
        sections.append(Section("Questions to discuss", paragraphs=[f"{i}. {q}" for i, q in enumerate(case.questions, start=1)]))
    involved = atlas.interventions[atlas.interventions["id"].isin(case.interventions)]
    charts = []
    series = atlas.personnel[atlas.personnel["intervention_id"].isin(case.interventions)].dropna(subset=["total"])
    if not series.empty:
        references.cite(["ipi-peacekeeping-database"])
        charts.append(personnel_chart(series.assign(group=series["intervention_id"].map(by_id["acronym"]), x=series["date"]),
                                      filters=filters, made=made, title="Uniformed personnel of the case's UN operations"))  # fmt: skip
    challenges = atlas.challenges[atlas.challenges["intervention_id"].isin(case.interventions)]
    if not challenges.empty:
        counts = challenges.groupby("challenge").size().rename(index=lambda c: vocab.label(vocab.CHALLENGES, c))
        charts.append(bar_chart(counts, title="Challenges coded across the case's operations", source="Peace Enforcement Atlas coding (see references)",
                                filters=filters, made=made))  # fmt: skip
    years = involved.assign(years=involved["end_year"] - involved["start_year"] + 1).set_index("acronym")["years"]
    charts.append(bar_chart(years, title="Years each operation was deployed (calendar years touched)",
                            source="Peace Enforcement Atlas dataset (dates as coded from the cited sources)", filters=filters, made=made))  # fmt: skip
    return _assemble(
        f"Case study: {case.title}", "case", sections, charts, references, filters=filters, link=link, dataset=dataset, made=made
    )


def view_brief(atlas, interventions: pd.DataFrame, *, filters: str, link: str, dataset: str, made: date) -> Brief:
    references = References(atlas.sources)
    count = len(interventions)
    ongoing = int(interventions["ongoing"].sum()) if count else 0

    def share(column: str, terms: dict) -> str:
        counts = interventions[column].value_counts()
        return "; ".join(f"{vocab.label(terms, k)} {v}" for k, v in counts.items()) or "none"

    rows = [
        ("Interventions", f"{count} ({ongoing} still deployed)"),
        ("Leading organization", share("organization", vocab.ORGANIZATIONS)),
        ("Mandate type", share("mandate_type", vocab.MANDATE_TYPES)),
        ("Outcome", share("outcome", vocab.OUTCOMES)),
        ("Chapter VII", share("chapter_vii", vocab.CHAPTER_VII)),
    ]
    if count:
        rows.insert(1, ("Active", f"{int(interventions['start_year'].min())} – {int(interventions['end_year'].max())}"))
    listed = interventions.sort_values("start")
    lines = [
        _cited(
            f"{r['acronym']} ({vocab.label(vocab.ORGANIZATIONS, r['organization'])}, {period_text(r)}): "
            f"{vocab.label(vocab.OUTCOMES, r['outcome'])}.",
            references,
            r["outcome_source"][:1] or r["sources"][:1],
        )  # fmt: skip
        for _, r in listed.head(MAX_LISTED).iterrows()
    ]
    if count > MAX_LISTED:
        lines.append(f"… and {count - MAX_LISTED} more, in the atlas's table and its CSV download.")
    sections = [Section("The selection", rows=rows), Section("Interventions, by start date", paragraphs=lines)]
    charts = [stacked_decades_chart(interventions, filters=filters, made=made)]
    charts.append(bar_chart(interventions["outcome"].value_counts().rename(index=lambda o: vocab.label(vocab.OUTCOMES, o)),
                            title="Outcomes of the selected interventions", source="Peace Enforcement Atlas coding (codebook criteria)",
                            filters=filters, made=made))  # fmt: skip
    challenges = atlas.challenges[atlas.challenges["intervention_id"].isin(interventions["id"])]
    if not challenges.empty:
        counts = challenges.groupby("challenge")["intervention_id"].nunique().rename(index=lambda c: vocab.label(vocab.CHALLENGES, c))
        charts.append(bar_chart(counts, title="Interventions that met each challenge", source="Peace Enforcement Atlas coding, each row sourced",
                                filters=filters, made=made))  # fmt: skip
    return _assemble(
        "The selected interventions" if filters != NO_FILTER else "All interventions in the atlas",
        "view",
        sections,
        charts,
        references,
        filters=filters,
        link=link,
        dataset=dataset,
        made=made,
    )


# --- PDF ------------------------------------------------------------------------------------------------------------


def _pdf_fonts() -> tuple[str, str]:
    """DejaVu Sans (shipped with matplotlib) for every script the data holds; ReportLab's own fonts are Latin-1 only."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "AtlasSans" not in pdfmetrics.getRegisteredFontNames():
        fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
        pdfmetrics.registerFont(TTFont("AtlasSans", str(fonts / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("AtlasSans-Bold", str(fonts / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(
            "AtlasSans", normal="AtlasSans", bold="AtlasSans-Bold", italic="AtlasSans", boldItalic="AtlasSans-Bold"
        )
    return "AtlasSans", "AtlasSans-Bold"


def to_pdf(brief: Brief) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = _pdf_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=8.5, leading=11, spaceAfter=3)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#4a4f57"))
    refs = ParagraphStyle("refs", parent=small, fontSize=6.5, leading=8, spaceAfter=1)
    cell = ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9.5, spaceAfter=0)
    heading = ParagraphStyle("heading", parent=body, fontName=bold, fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=15, leading=19, spaceAfter=4)

    def p(text, style=body):
        return Paragraph(escape(str(text)), style)

    page = landscape(A4) if brief.landscape else A4
    width = page[0] - 3 * cm
    story = [
        p(brief.title, title),
        p(f"{TITLE} · brief made {brief.made.isoformat()} · dataset {brief.dataset}", small),
        p(f"Filters: {brief.filters}", small),
        p(f"Reopen this view: {brief.link}", small),
        Spacer(1, 4),
    ]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#c9ccd1")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3f4f6"))])  # fmt: skip
    for section in brief.sections:
        story.append(p(section.heading, heading))
        if section.rows:
            table = Table([[p(k, cell), p(v, cell)] for k, v in section.rows], colWidths=[4.2 * cm, width - 4.2 * cm])
            table.setStyle(grid)
            story += [table, Spacer(1, 4)]
        story += [p(text) for text in section.paragraphs]
        if section.table is not None:
            frame = section.table.astype(str)
            first = 3.0 * cm
            rest = (width - first) / max(1, len(frame.columns) - 1)
            dense = ParagraphStyle("dense", parent=cell, fontSize=6.5, leading=8) if len(frame.columns) > 3 else cell
            data = [[p(c, dense) for c in frame.columns]] + [[p(v, dense) for v in row] for row in frame.to_numpy()]
            table = Table(data, colWidths=[first] + [rest] * (len(frame.columns) - 1), repeatRows=1)
            table.setStyle(grid)
            story.append(table)
    if brief.charts:  # two side by side, each scaled to half the text width; the heading stays with the first row
        per_row = 3 if brief.landscape else 2
        half = (width - 0.4 * cm) / per_row
        images = []
        for chart in brief.charts:
            image = Image(io.BytesIO(chart.png))
            scale = min(half / image.imageWidth, (7.5 * cm) / image.imageHeight)
            image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
            images.append(image)
        rows = [images[i : i + per_row] + [""] * (per_row - len(images[i : i + per_row])) for i in range(0, len(images), per_row)]
        grids = [Table([row], colWidths=[half + 0.2 * cm] * per_row, style=[("VALIGN", (0, 0), (-1, -1), "TOP")]) for row in rows]
        story += [KeepTogether([p("Charts", heading), grids[0]]), *grids[1:]]
    story.append(p("References", heading))
    listed = [p(f"[{n}] {text}. {url}", refs) for n, text, url in brief.references]
    if len(listed) > 16:  # a long list in two columns, numbered down the first column then the second
        middle = (len(listed) + 1) // 2
        pairs = [[listed[i], listed[middle + i] if middle + i < len(listed) else ""] for i in range(middle)]
        columns = Table(pairs, colWidths=[width / 2] * 2, style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                             ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])  # fmt: skip
        story.append(columns)
    else:
        story += listed or [p("None cited.", small)]

    buffer = io.BytesIO()

    def footer(canvas, document):
        canvas.saveState()
        canvas.setFont(regular, 7)
        canvas.setFillColor(colors.HexColor("#4a4f57"))
        canvas.drawString(1.5 * cm, 1.0 * cm, f"{TITLE} · {brief.made.isoformat()} · page {document.page}")
        canvas.restoreState()

    document = SimpleDocTemplate(buffer, pagesize=page, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.4 * cm, bottomMargin=1.6 * cm,
                                 title=brief.title, author=TITLE, subject=f"Brief: {brief.kind}", creator=TITLE)  # fmt: skip
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


# --- Word -----------------------------------------------------------------------------------------------------------


def to_docx(brief: Brief) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt, RGBColor

    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = (Cm(21.0), Cm(29.7)) if brief.landscape else (Cm(29.7), Cm(21.0))
    if brief.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
    section.left_margin = section.right_margin = Cm(1.5)
    section.top_margin, section.bottom_margin = Cm(1.4), Cm(1.4)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(9.5)
    document.core_properties.title = brief.title
    document.core_properties.author = TITLE
    document.core_properties.subject = f"Brief: {brief.kind}"

    def muted(text):
        run = document.add_paragraph().add_run(str(text))
        run.font.size, run.font.color.rgb = Pt(8), RGBColor(0x4A, 0x4F, 0x57)

    document.add_heading(brief.title, level=1)
    muted(f"{TITLE} · brief made {brief.made.isoformat()} · dataset {brief.dataset}")
    muted(f"Filters: {brief.filters}")
    muted(f"Reopen this view: {brief.link}")
    for part in brief.sections:
        document.add_heading(part.heading, level=2)
        if part.rows:
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for key, value in part.rows:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = str(key), str(value)
                cells[0].width, cells[1].width = Cm(4.2), Cm(13.8)
        for text in part.paragraphs:
            document.add_paragraph(str(text))
        if part.table is not None:
            frame = part.table.astype(str)
            table = document.add_table(rows=1, cols=len(frame.columns))
            table.style = "Table Grid"
            for cell, name in zip(table.rows[0].cells, frame.columns, strict=True):
                cell.text = str(name)
            for row in frame.to_numpy():
                for cell, value in zip(table.add_row().cells, row, strict=True):
                    cell.text = str(value)
            for row in table.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        for run in paragraph.runs:
                            run.font.size = Pt(8)
    if brief.charts:
        document.add_heading("Charts", level=2)
    for chart in brief.charts:
        document.add_picture(io.BytesIO(chart.png), width=Cm(12))
    document.add_heading("References", level=2)
    for n, text, url in brief.references:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(f"[{n}] {text}. {url}")
        run.font.size = Pt(8)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
