"""Case studies: a guided walk through one crisis, step by step, with predict-then-reveal questions; on screen as one
page, or in teach mode (?present=1&step=N) one step per screen for a projector."""

import streamlit as st

from components import teach
from components.brief import case_brief
from components.charts import show
from components.content import MAX_CASE_BYTES, check_case, parse_case, render_text, teaching_content
from components.exports import brief_buttons
from components.filters import shown
from components.lesson import challenge_lines, council_table, deployment_lines, ending_lines
from components.memo import memo
from components.questions import chapter_vii_question, strength_question, successor_question, vote_question
from components.sources import References, plain
from components.state import current_view
from components.tables import table as reading_table
from components.timeline import case_timeline_figure

UPLOADS_KEY = "atlas_uploaded_cases"
MAX_UPLOADS = 5
STEP_TITLES = {
    "context": "The crisis",
    "council": "What the Council decided",
    "deployment": "Who deployed",
    "predict": "Predict, then reveal",
    "challenges": "What went wrong",
    "ending": "How it ended",
    "discussion": "Questions to discuss",
}

view = current_view()
atlas = view.atlas
content = teaching_content()
present = teach.presenting()
teach.begin(present)
if content.problems:
    st.error(f"{len(content.problems)} problem(s) in the teaching content; the cases concerned are not shown:", icon="🛑")
    st.dataframe(
        {
            "File": [p.file for p in content.problems],
            "Line": [p.row for p in content.problems],
            "Problem": [p.message for p in content.problems],
        },
        hide_index=True,
    )
uploads: dict = st.session_state.setdefault(UPLOADS_KEY, {})
cases = {**content.cases, **{key: case for key, (case, _) in uploads.items()}}
ids = list(cases)

requested = st.query_params.get("case")
if requested is not None and requested not in cases:
    st.warning(f"Ignored case {shown(requested)} from the link: the atlas has no case with that name.", icon="⚠️")
    requested = None
choice = requested or ids[0]
case = cases[choice]


def go_to(step: int) -> None:
    st.query_params["step"] = str(step)


def start_presenting() -> None:
    st.query_params["present"] = "1"
    st.query_params["step"] = "1"


def question_for(step):
    if step.question == "vote":
        return vote_question(step.resolution, atlas.resolutions)
    if step.question == "chapter_vii":
        return chapter_vii_question(step.resolution, atlas.resolutions)
    if step.question == "successor":
        return successor_question(step.intervention, atlas.interventions)
    if step.question == "strength":
        return strength_question(step.intervention, atlas.strength, atlas.interventions)
    return None


def render_step(number: int, step, references: References, *, compact: bool) -> None:
    """One step of the case; `compact` for teach mode, where a step must fit one screen."""
    title = plain(step.title) or STEP_TITLES[step.kind]
    st.header(f"{number}. {title}" if not compact else title)
    if step.text:
        st.markdown(render_text(step.text, content.glossary))
    case_ids = list(step.interventions or case.interventions)
    if step.kind == "context":

        def timeline():
            frame = atlas.interventions[atlas.interventions["id"].isin(list(case.interventions))]
            return case_timeline_figure(frame, resolutions=atlas.resolutions, vetoes=atlas.vetoes, followed_by=case.followed_by)

        show(
            # a case from the content folder is the same for everyone; an uploaded one may differ under the same id
            memo("case_timeline", (case.id, tuple(case.interventions), tuple(case.followed_by)), timeline),
            title=f"{case.title}: operations, handovers and Council decisions",
            caption="The case's operations in order of start (hatched: still deployed; very short ones drawn wider), handovers, "
            "and the Council's decisions on them.",
            key=f"case_timeline_{case.id}_{number}",
        )
    elif step.kind == "council":
        table = council_table(step.resolutions, atlas.resolutions, references)
        if compact:
            for _, row in table.iterrows():
                st.markdown(
                    f"**{row['Resolution']}** ({row['Date']}) · vote {row['Vote']} · Chapter VII: {row['Chapter VII'].lower()} {row['Sources']}"
                )
        else:
            reading_table(table, key=f"council_{case.id}_{number}")
    elif step.kind == "deployment":
        for line in deployment_lines(case_ids, atlas.interventions, atlas.strength, references):
            st.markdown(line)
    elif step.kind == "challenges":
        lines = challenge_lines(case_ids, atlas.interventions, atlas.challenges, references, limit=3 if compact else None)
        for line in lines or ["No serious or defining challenge is coded for these operations."]:
            st.markdown(f"- {line}" if not compact else line)
    elif step.kind == "ending":
        for line in ending_lines(case_ids, atlas.interventions, references, brief=compact and len(case_ids) > 2):
            st.markdown(line)
    elif step.kind == "predict":
        question = question_for(step)
        if question is None:
            st.markdown("The dataset cannot answer this question yet (the fact is unknown).")
        else:
            key = f"predict_{case.id}_{number}"
            st.markdown(f"**{plain(question.prompt)}**")
            st.radio("Your prediction", question.choices, index=None, key=f"{key}_choice", horizontal=compact, format_func=plain)
            if st.button("Reveal the answer", key=f"{key}_reveal", icon=":material/visibility:"):
                st.session_state[f"{key}_shown"] = True
            if st.session_state.get(f"{key}_shown"):
                guess = st.session_state.get(f"{key}_choice")
                verdict = "" if guess is None else ("Right. " if guess == question.answer else f"Not quite: you said {guess}. ")
                st.success(
                    f"{plain(verdict)}Answer: {plain(question.answer)}. {plain(question.explanation)} {references.cite(question.sources)}",
                    icon="✅",
                )
    elif step.kind == "discussion":
        for index, prompt in enumerate(case.questions, start=1):
            st.markdown(f"{index}. {render_text(prompt, content.glossary)}")
        if not compact:
            st.caption("The law behind these questions is explained in the primer on the Overview page and in the Glossary.")


if present:
    step, notice = teach.parse_step(st.query_params.get("step"), len(case.steps))
    if notice:
        st.warning(notice, icon="⚠️")
    if st.query_params.get("step") != str(step):
        st.query_params["step"] = str(step)
    st.markdown(f"## {plain(case.title)}")
    references = References(atlas.sources)
    render_step(step, case.steps[step - 1], references, compact=True)
    if references.order:
        with st.popover("Sources of this step", icon=":material/menu_book:"):
            st.markdown(references.markdown())
    teach.navigation(step, len(case.steps), on_move=go_to)
    st.stop()

st.title("Case studies")
st.markdown(
    "Each case walks through one crisis, step by step: the context, what the Council decided, who deployed, what "
    "went wrong, how it ended, and questions to discuss, with predictions to make before the answer is shown. "
    "Every fact comes from the dataset, with its sources. The sidebar filters do not apply here."
)
left, right = st.columns([3, 1], vertical_alignment="bottom")
selected = left.selectbox("Case", ids, index=ids.index(choice), format_func=lambda i: cases[i].title, key=f"case_{requested}")
if selected != choice:
    st.query_params["case"] = selected
    st.rerun()
if st.query_params.get("case") != selected:
    st.query_params["case"] = selected
right.button(
    "Present",
    icon=":material/co_present:",
    on_click=start_presenting,
    type="primary",
    width="stretch",
    help="Teach mode: one step per screen, arrow keys to move.",
)
st.markdown(f"**In focus:** {render_text(case.focus, content.glossary)}")
if case.terms:
    st.markdown("**Terms used:** " + " · ".join(render_text(f"[[{term}]]", content.glossary) for term in case.terms))

brief_buttons(lambda **context: case_brief(atlas, case, **context), view, key=case.id, what="this case study")

references = References(atlas.sources)
for number, step in enumerate(case.steps, start=1):
    with st.container(border=True):
        render_step(number, step, references, compact=False)

st.header("References")
st.caption("Numbered in order of first citation in this case: publisher — title, linked to the publisher's own page.")
st.markdown(references.markdown())

with st.expander("Bring your own case (upload a case file)", icon=":material/upload_file:"):
    st.markdown(
        "Write a case in the same format as the shipped ones (see the files in `content/cases/`), upload it, and "
        "present it to your class. It stays in this browser session only: it is never saved on the server. "
        f"Limits: one file at a time, at most {MAX_CASE_BYTES // 1000} kB, {MAX_UPLOADS} cases per session."
    )
    upload = st.file_uploader("Case file (.toml)", type=["toml"], accept_multiple_files=False, key="case_upload")
    if upload is not None:
        raw = upload.getvalue()
        if len(raw) > MAX_CASE_BYTES:
            st.error(f"{shown(upload.name)} is larger than {MAX_CASE_BYTES // 1000} kB; nothing was loaded.")
        else:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                st.error(f"{shown(upload.name)} is not UTF-8 text (byte {exc.start}); nothing was loaded.")
                text = None
            if text is not None:
                name = f"uploaded {upload.name}"
                parsed, problems = parse_case(text, name)
                if parsed is not None:
                    problems = check_case(parsed, text, atlas, content.glossary)
                if problems:
                    listed = "\n".join(
                        f"- line {p.row or '?'}{', ' + plain(p.column) if p.column else ''}: {plain(p.message)}" for p in problems
                    )
                    st.error(f"{len(problems)} problem(s) in {shown(upload.name)}; the case was not loaded:\n\n{listed}")
                elif len(uploads) >= MAX_UPLOADS and f"my-{parsed.id}" not in uploads:
                    st.error(f"This session already holds {MAX_UPLOADS} uploaded cases; nothing was loaded.")
                else:
                    key = f"my-{parsed.id}"
                    fresh = uploads.get(key, (None, None))[1] != text
                    uploads[key] = (parsed, text)
                    if fresh:
                        st.rerun()  # so that the Case list above offers it at once
                    st.success(f"Loaded: {shown(parsed.title)} ({len(parsed.steps)} steps). Choose it in the Case list above.")
    for key, (_case, text) in uploads.items():
        st.download_button(
            f"Download {key}.toml", text.encode("utf-8"), file_name=f"{key}.toml", mime="application/toml", key=f"download_{key}"
        )
