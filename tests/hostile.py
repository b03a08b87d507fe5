"""A fixed corpus of hostile link values and the query strings built from it, shared by the AppTest fuzz and the
browser sample: values that break number parsing, close code spans, smuggle links, images, HTML or formulas,
overflow lengths, or use other scripts' digits."""

from __future__ import annotations

import random

EVIL = "evil.example"
VALUES = [
    "`",
    "``x``",
    f"\r\r[cr](https://{EVIL})",
    f"\n\n[nl](https://{EVIL})",
    f"[x](https://{EVIL})",
    f"![img](https://{EVIL}/i.png)",
    '<img src=x onerror="window.__xss=1">',
    "<script>window.__xss=1</script>",
    f"https://{EVIL}",
    f"<https://{EVIL}>",
    "javascript:window.__xss=1",
    "**bold** _it_ # head",
    ":red[x] :material/home:",
    "$x^2$",
    "| a | b |\n|---|---|",
    "²",
    "①⁹⁹",
    "٢٠٠٠",
    "１２",
    "9" * 5000,
    "-1",
    "0",
    "1e9",
    "NaN",
    "../../etc/passwd",
    "%00",
    "\x00",
    "\u202eevil",
    "🕊",
    "UN\tAU",
    " UN ",
    "un",
    "",
    "   ",
    "' OR 1=1 --",
    "{{7*7}}",
    '=HYPERLINK("https://evil.example")',
    "a" * 3000,
    "&amp;<>\"'",
    "\\",
]
PARAMS = [
    "org", "mandate", "outcome", "region", "from", "to", "ch7", "after", "before",
    "id", "ids", "case", "present", "step", "chart", "seed", "term", "q",
    "colour", "by", "measure", "show", "time", "stack", "country",
]  # fmt: skip
PAGES = [
    "pages/overview_page.py",
    "pages/timeline_page.py",
    "pages/map_page.py",
    "pages/challenges_page.py",
    "pages/cases_page.py",
    "pages/profile_page.py",
    "pages/data_page.py",
    "pages/council_page.py",
    "pages/compare_page.py",
    "pages/quiz_page.py",
    "pages/glossary_page.py",
    "pages/codebook_page.py",
]


def query_strings(count: int, seed: int = 1945) -> list[dict[str, list[str]]]:
    """`count` query strings, each setting 3 to 10 parameters to one to three hostile values (same every run)."""
    chooser = random.Random(seed)
    queries = []
    for index in range(count):
        names = chooser.sample(PARAMS, chooser.randint(3, 10))
        query = {name: [chooser.choice(VALUES) for _ in range(chooser.randint(1, 3))] for name in names}
        # every value appears in some query, whatever the draw
        query.setdefault(PARAMS[index % len(PARAMS)], []).append(VALUES[index % len(VALUES)])
        queries.append(query)
    return queries
