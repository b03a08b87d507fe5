"""Case studies: a guided walk through one crisis and the interventions in it, with questions to discuss."""

import streamlit as st

from components import vocab
from components.cases import CASES, CASES_BY_ID, case_interventions, key_challenges
from components.charts import show
from components.filters import shown
from components.profile import period_text, resolution_url
from components.sources import References, plain
from components.state import PROFILE_PAGE, current_view
from components.timeline import timeline_figure

view = current_view()
atlas = view.atlas
st.title("Case studies")
st.markdown(
    "Each case brings together the interventions in one crisis. Everything shown comes from the dataset, with its "
    "sources; the questions are prompts for discussion. The sidebar filters do not apply here."
)

requested = st.query_params.get("case")
if requested is not None and requested not in CASES_BY_ID:
    st.warning(f"Ignored case {shown(requested)} from the link: the atlas has no case with that name.", icon="⚠️")
    requested = None
ids = [case.id for case in CASES]
choice = st.selectbox(
    "Case", ids, index=ids.index(requested or ids[0]), format_func=lambda i: CASES_BY_ID[i].title, key=f"case_{requested}"
)
if st.query_params.get("case") != choice:
    st.query_params["case"] = choice
case = CASES_BY_ID[choice]
interventions = case_interventions(case, atlas.interventions)

st.subheader(case.title)
st.markdown(f"**In focus:** {case.focus}")
show(
    timeline_figure(interventions, colour_by="organization", resolutions=atlas.resolutions),
    caption="The case's interventions from start to end (hatched: still deployed), handovers and authorizing resolutions. "
    "Source: data/interventions.csv and data/resolutions.csv.",
    data=interventions[["acronym", "name", "organization", "start_date", "end_date"]],
    key=f"case_timeline_{case.id}",
)

by_number = atlas.resolutions.set_index("number")
references = References(atlas.sources)
for record in interventions.itertuples():
    with st.container(border=True):
        st.markdown(f"#### {record.acronym} — {record.name}")
        st.markdown(
            f"**{period_text(record._asdict())}** · led by {vocab.label(vocab.ORGANIZATIONS, record.organization)} · "
            f"{vocab.label(vocab.LEGAL_BASES, record.legal_basis)} · Chapter VII: {vocab.label(vocab.CHAPTER_VII, record.chapter_vii).lower()}"
        )
        links = [
            f"[{n} ({by_number.loc[n, 'date'].year})]({resolution_url(n, by_number.loc[n, 'date'])})"
            for n in record.authorizing_resolutions
            if n in by_number.index
        ]
        st.markdown("**Authorizing resolutions:** " + (", ".join(links) if links else "none"))
        st.markdown(f"**Mandate.** {plain(record.mandate_summary)} {references.cite(record.sources)}")
        st.markdown(
            f"**Outcome: {vocab.label(vocab.OUTCOMES, record.outcome)}.** {plain(record.outcome_rationale)} "
            f"{references.cite(record.outcome_source)}"
        )
        if record.end_reason:
            st.markdown(f"**Why it ended.** {plain(record.end_reason)} {references.cite(record.end_reason_source)}")
        challenges = key_challenges(record.id, atlas.challenges)
        if not challenges.empty:
            st.markdown("**Serious and defining challenges:**")
            for challenge in challenges.itertuples():
                st.markdown(
                    f"- *{vocab.label(vocab.CHALLENGES, challenge.challenge)}* ({vocab.SEVERITY[challenge.severity].lower()}): "
                    f"{plain(challenge.evidence)} {references.cite(challenge.sources)}"
                )
        st.page_link(PROFILE_PAGE, label=f"Full profile of {record.acronym}", query_params={"id": record.id}, icon=":material/article:")

st.subheader("Questions to discuss")
for number, question in enumerate(case.questions, start=1):
    st.markdown(f"{number}. {question}")
st.caption("The law behind these questions is summarized in the primer on the Overview page.")

st.subheader("References")
st.caption("Numbered in order of first citation in this case: publisher — title, linked to the publisher's own page.")
st.markdown(references.markdown())
