"""Quiz: questions built from the dataset for the current filters, the same for everyone who opens the same link."""

import re

import streamlit as st

from components.filters import shown
from components.questions import quiz
from components.sources import References, plain
from components.state import current_view

view = current_view()
st.title("Quiz")
st.markdown(
    "Questions built from the dataset for the interventions the sidebar filters select. Everyone who opens the same "
    "link gets the same questions in the same order, so a class can take it together; answers are checked here in "
    "your browser session and never stored. Each answer is explained, with its sources."
)

raw_seed = st.query_params.get("seed")
seed = None
if raw_seed is not None:
    if re.fullmatch(r"[0-9]{1,6}", raw_seed):
        seed = int(raw_seed)
    else:
        st.warning(f"Ignored seed {shown(raw_seed)} from the link: a quiz number is a whole number of up to six digits.", icon="⚠️")
if seed is None:
    seed = 1
    st.query_params["seed"] = "1"


def new_quiz() -> None:
    st.query_params["seed"] = str(int(st.query_params.get("seed", "1")) % 999_999 + 1)


left, right = st.columns([3, 1], vertical_alignment="bottom")
left.markdown(f"Quiz number **{seed}** · {len(view.interventions)} interventions selected by the filters")
right.button("Another quiz", icon=":material/casino:", on_click=new_quiz, width="stretch")

questions = quiz(view.atlas, view.interventions, seed, count=8)
if not questions:
    st.info("No question can be built for the current filters. Widen them in the sidebar.", icon="ℹ️")
    st.stop()
references = References(view.atlas.sources)
score = 0
for number, question in enumerate(questions, start=1):
    key = f"quiz_{seed}_{number}"
    with st.container(border=True):
        st.markdown(f"**{number}. {plain(question.prompt)}**")
        choice = st.radio("Your answer", question.choices, index=None, key=key, label_visibility="collapsed", format_func=plain)
        if choice is not None:
            right_answer = choice == question.answer
            score += right_answer
            message = "Right." if right_answer else f"Not quite. The answer is {question.answer}."
            (st.success if right_answer else st.error)(
                f"{plain(message)} {plain(question.explanation)} {references.cite(question.sources)}"
            )
st.markdown(f"**Score: {score} of {len(questions)}**")
if references.order:
    st.header("References")
    st.markdown(references.markdown())
