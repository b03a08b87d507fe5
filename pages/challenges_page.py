"""Challenges: how often and how severely each challenge family appears, with what outcomes, the measurable
proxies behind them, and the coded evidence itself."""

import streamlit as st

from components import challenges as ch
from components import teach
from components.charts import show
from components.memo import memo
from components.state import current_view, empty_state, page_control, page_text

view = current_view()
presenting = teach.presenting()
teach.chart_page(presenting)
st.title("Challenges")
st.markdown(
    "Each intervention is coded for the challenge families the evidence shows it met, with a severity from "
    "1 (notable) to 3 (defining) and a source (see the codebook). Shares are of the selected interventions in "
    "each group; groups marked \\* hold fewer than five interventions, so read their shares with care. "
    "The charts show association, not cause."
)
if view.interventions.empty:
    empty_state()
    st.stop()

interventions, challenges = view.interventions, view.atlas.challenges
left, right = st.columns(2)
page_control("by", "challenges_by", tuple(ch.BREAKDOWNS), "organization")
page_control("show", "challenges_measure", ("share", "count", "severity"), "share")
by = (
    left.segmented_control("Break down by", list(ch.BREAKDOWNS), format_func=ch.BREAKDOWNS.get, default="organization", key="challenges_by")
    or "organization"
)
measure = (
    right.segmented_control(
        "Show",
        ["share", "count", "severity"],
        format_func={"share": "Share of interventions", "count": "Number of interventions", "severity": "Mean severity"}.get,
        default="share",
        key="challenges_measure",
    )
    or "share"
)
matrix, sizes = memo("challenge_matrix", (view.filters, by, measure), lambda: ch.challenge_matrix(interventions, challenges, by, measure))
show(
    memo("challenge_heatmap", (view.filters, by, measure), lambda: ch.heatmap_figure(matrix, sizes, by, measure)),
    title=f"Challenge families by {ch.BREAKDOWNS[by].lower()}",
    caption=f"Challenge families by {ch.BREAKDOWNS[by].lower()}. Source: data/challenges.csv (coded from the sources cited per row).",
    data=matrix.reset_index(),
    key="challenges_heatmap",
)

st.header("Challenges and outcomes")
outcomes = memo("outcome_bars", view.filters, lambda: ch.outcome_bars(interventions, challenges))
show(
    memo("outcome_bars_figure", view.filters, lambda: ch.outcome_bars_figure(outcomes)),
    title="Interventions coded with each challenge family, by outcome",
    caption="For each challenge family, the selected interventions coded with it, by outcome. Counts, not causes.",
    data=outcomes.reset_index(),
    key="challenges_outcomes",
)

st.header("Measurable proxies")
gap = memo("strength_gap", view.filters, lambda: ch.strength_gap(interventions, view.atlas.strength, view.atlas.personnel))
st.markdown("**Authorized against deployed strength** — resource shortfalls show where deployments fell short of what was authorized.")
if gap.empty:
    st.info("No selected intervention has both an authorized and a deployed strength in the data.")
else:
    show(
        memo("strength_gap_figure", view.filters, lambda: ch.strength_gap_figure(gap)),
        title="Authorized strength beside the most personnel deployed",
        caption="Authorized strength (data/strength.csv) beside the most personnel deployed (the larger of the monthly IPI series "
        "and cited peak figures). Figures count different things for different operations; see each profile.",
        data=gap,
        key="challenges_gap",
    )
deaths = memo("malicious_deaths", view.filters, lambda: ch.malicious_deaths(interventions, view.atlas.fatalities))
st.markdown("**Peacekeepers killed by malicious acts** — a measure of attacks on peacekeepers (UN operations only).")
if deaths.empty:
    st.info("No fatality records for the selected interventions (the UN's records cover UN operations).")
else:
    show(
        memo("malicious_deaths_figure", view.filters, lambda: ch.malicious_deaths_figure(deaths)),
        title="Peacekeeper fatalities by type of incident",
        caption="Fatalities by type of incident. Source: United Nations, Peace and Security Data Hub (DPPADPOSS-FATALITIES).",
        data=deaths,
        key="challenges_deaths",
    )
division = memo("council_division", view.filters, lambda: ch.council_division(interventions, view.atlas.resolutions, view.atlas.vetoes))
st.markdown(
    "**Division in the Security Council** — resolutions adopted with abstentions or votes against, and drafts vetoed on the "
    "situation in the host countries while the intervention was deployed (vetoes: World Politics Data Lab, from the UN "
    "Dag Hammarskjöld Library's veto list, to September 2022)."
)
if division.empty:
    st.info("No resolution in the data concerns the selected interventions.")
else:
    st.dataframe(
        division.rename(
            columns={
                "acronym": "Intervention",
                "resolutions": "Resolutions",
                "with_recorded_vote": "With recorded vote",
                "abstentions": "Abstentions",
                "votes_against": "Votes against",
                "divided": "Resolutions not unanimous",
                "vetoed_drafts": "Vetoed drafts",
            }
        ).drop(columns="id"),
        hide_index=True,
        width="stretch",
    )

st.header("The evidence")
page_text("q", "challenges_search")
search = st.text_input("Search the evidence", placeholder="e.g. Srebrenica, funding, consent", key="challenges_search")
evidence = memo("evidence_table", (view.filters, search), lambda: ch.evidence_table(interventions, challenges, view.atlas.sources, search))
st.caption(f"{len(evidence)} coded challenge(s).")
st.dataframe(evidence, hide_index=True, width="stretch", column_config={"Link": st.column_config.LinkColumn("Link", display_text="open")})
