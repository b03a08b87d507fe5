"""The source register: how a cited source is named on a page, and how a page numbers its references."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

# Characters that Markdown would turn into formatting or links; a source's title is data, shown as text.
_MARKDOWN_ACTIVE = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$])")


def plain(text: str) -> str:
    """`text` escaped so that Streamlit's Markdown shows it literally (no links, no emphasis, no HTML)."""
    flat = re.sub(r"\s+", " ", str(text))
    return _MARKDOWN_ACTIVE.sub(r"\\\1", flat)


def link(url: str) -> str:
    """A URL safe inside a Markdown link target (parentheses and spaces percent-encoded)."""
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def label(source: pd.Series | dict) -> str:
    """'Publisher — Title', the way the atlas names a source in text."""
    return f"{source['publisher']} — {source['title']}"


def domain(url: str) -> str:
    """The host of a URL, lower-case, without 'www.' or a port."""
    host = re.sub(r"^[a-z]+://", "", url.strip(), flags=re.IGNORECASE).split("/")[0].split(":")[0].lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


@dataclass
class References:
    """Numbers the sources a page cites, in order of first use, so that text and tables can say [3]."""

    register: pd.DataFrame  # the source register, indexed by id
    order: list[str] = field(default_factory=list)

    def number(self, source_id: str) -> int:
        if source_id not in self.order:
            self.order.append(source_id)
        return self.order.index(source_id) + 1

    def cite(self, source_ids) -> str:
        """'[1, 4]' for the given ids (empty when there are none)."""
        numbers = sorted({self.number(i) for i in source_ids if i in self.register.index})
        return f"[{', '.join(str(n) for n in numbers)}]" if numbers else ""

    def table(self) -> pd.DataFrame:
        """One row per cited source in citation order: number, publisher — title, kind, link."""
        rows = []
        for n, source_id in enumerate(self.order, start=1):
            source = self.register.loc[source_id]
            rows.append(
                {
                    "No.": n,
                    "Source": label(source),
                    "Kind": source["kind"],
                    "Accessed": source["accessed"],
                    "Link": source["url"],
                }
            )
        return pd.DataFrame(rows, columns=["No.", "Source", "Kind", "Accessed", "Link"])

    def markdown(self) -> str:
        """The numbered reference list as Markdown, every title escaped, every link to the source's own address."""
        lines = []
        for n, source_id in enumerate(self.order, start=1):
            source = self.register.loc[source_id]
            lines.append(f"{n}. [{plain(label(source))}]({link(source['url'])}) ({source['kind']})")
        return "\n".join(lines)
