"""Hostile links through every page under AppTest: no exception, and no value from the link shown as anything but
text (no link, image or HTML outside a code span). The browser sample is in tests/browser/test_hostile_links.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.hostile import EVIL, PAGES, query_strings

APP = str(Path(__file__).resolve().parent.parent / "app.py")
QUERIES = query_strings(110)
CODE_SPAN = re.compile(r"`[^`]*`")
# Markdown or HTML that would be live: an unescaped link or image target, tag, or bare address (GFM links those).
ACTIVE = re.compile(
    rf"(?<!\\)\]\((?:https?://{re.escape(EVIL)}|javascript:)|(?<!\\)<(?:img|script|a\b|https?://)|(?<![\\/\w])https?://{re.escape(EVIL)}",
    re.I,
)


def shown_text(at: AppTest) -> list[str]:
    kinds = ("markdown", "caption", "warning", "info", "error", "success", "title", "header", "subheader", "text")
    return [str(element.value) for kind in kinds for element in getattr(at, kind)]


@pytest.mark.parametrize("index", range(len(QUERIES)))
def test_a_hostile_link_is_ignored_or_shown_as_text_on_every_page(index):
    query = QUERIES[index]
    at = AppTest.from_file(APP, default_timeout=60)
    for name, values in query.items():
        at.query_params[name] = values
    at.run()  # the first run reads the filters from the link, as a first visit does
    page = PAGES[index % len(PAGES)]
    at.switch_page(page).run()
    assert not at.exception, (page, query, [e.value for e in at.exception])
    for text in shown_text(at):
        if EVIL in text or "__xss" in text:  # text that carries a value from the link (shipped Markdown is trusted)
            outside_code = CODE_SPAN.sub("", text)
            assert not ACTIVE.search(outside_code), (page, query, text[:300])
