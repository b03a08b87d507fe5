"""Derive the Security Council record of data/resolutions.csv from the UN's own records.

Usage: python scripts/derive_council_record.py REFERENCE_DIR [--check]

REFERENCE_DIR holds, under their published names:
- unsc_votes_dhl/unsc_resolution_votes_1946_2022.csv  vote totals and meeting dates of resolutions 1 to 2640, read
  from the UN Dag Hammarskjöld Library's pages "Meetings conducted by the Security Council in YYYY";
- unsc_texts_cr_unsc/res_en_gold/  English texts of resolutions 1 to 899 (Corpus of Resolutions: UN Security Council,
  Fobbe, Gasbarri & Ridi), and unsc_texts_cr_unsc/UNSC_Record_Voting_2722.csv, each resolution's voting record in
  the UN Digital Library.

For every resolution in data/resolutions.csv the script sets:
- votes_for, votes_against, abstentions: the Library's totals (resolutions up to 2640). "Adopted unanimously" counts
  every member: 11 before 1966, 15 from 1966. Later resolutions keep the totals curated from UN press releases.
- date: the Library's meeting date, unless the curated date is the next day (a meeting that ran past midnight: the
  resolution was adopted after midnight, and the curated date is the adoption date).
- voting_against, abstaining: where the text is in the reference folder, the members its adoption line names
  ("by 12 votes to 2 (Cuba and Yemen), with 1 abstention (China)"), under the names the dataset uses.
- chapter_vii: where the text is in the reference folder (resolutions 1 to 899, and a few later ones), the codebook's
  rule applied to it (see chapter_vii_of).
- sources: the resolution's text (undocs), its voting record (UN Digital Library) and the Library's meeting list,
  ahead of any curated source (press releases). Those generated sources are written to data/sources.csv.

With --check nothing is written: the script lists every difference and exits 1 if there is one.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from derive_reference_tables import render  # the same CSV layout as the other derived tables

ROOT = Path(__file__).resolve().parent.parent
VOTES_FILE = Path("unsc_votes_dhl") / "unsc_resolution_votes_1946_2022.csv"
TEXTS_DIR = Path("unsc_texts_cr_unsc") / "res_en_gold"
RECORDS_FILE = Path("unsc_texts_cr_unsc") / "UNSC_Record_Voting_2722.csv"
LAST_WITH_TOTALS = 2640
SOURCE_COLUMNS = ["id", "url", "title", "publisher", "kind", "language", "accessed"]
GENERATED_PREFIXES = ("unsc-res-", "undl-vote-", "dhl-meetings-")
ACCESSED = "2026-11-29"

# Chapter VII invoked: the Council acts under the Chapter, or under one of its Articles 39 to 42. A mention of
# Chapter VII as a prospect ("with a view to action under Chapter VII") is not an invocation.
EXPLICIT = re.compile(
    r"acting\s+under\s+chapter\s+vii|decides?,?\s+under\s+chapter\s+vii|acting\s+(in\s+accordance\s+with|under)\s+articles?\s+(39|40|41|42)\b",
    re.IGNORECASE,
)
# An Article 39 determination in the Council's own voice ("Determines that ... constitutes a breach of the peace").
# "Concerned that" a situation is a threat, or "could" constitute one, is not a determination.
DETERMINATION = re.compile(
    r"(determin\w*|finds?|finding)\s+that\b[^.;]{0,200}?(?<!could )(?<!may )(?<!might )(?<!would )"
    r"(constitut\w*|amounts?\s+to|is|are)\s+(a\s+|an\s+)?(serious\s+)?"
    r"(threat\s+to\s+(the\s+|international\s+)?peace|breach\s+of\s+(the\s+)?peace|act\s+of\s+aggression)",
    re.IGNORECASE,
)
# Force authorized or recommended by the Council (not force the parties are asked to refrain from).
FORCE = re.compile(
    r"use\s+of\s+force,?\s+if\s+necessary|requisite\s+measure\s+of\s+force|all\s+necessary\s+means"
    r"|repel\s+the\s+armed\s+attack|forces\s+and\s+other\s+assistance\s+available\s+to\s+a\s+unified\s+command",
    re.IGNORECASE,
)


def chapter_vii_of(text: str) -> str:
    """The codebook's rule: 'yes' if the text invokes Chapter VII (or Articles 39-42) as the basis of its action;
    'implicit' if it does not but determines a threat to or breach of the peace, or authorizes or recommends force;
    'no' otherwise."""
    flat = " ".join(text.split())
    if EXPLICIT.search(flat):
        return "yes"
    if DETERMINATION.search(flat) or FORCE.search(flat):
        return "implicit"
    return "no"


def members(year: int) -> int:
    """Members of the Council: 11 until the enlargement of 1 January 1966, 15 since."""
    return 11 if year < 1966 else 15


def meeting_date(record: dict) -> date | None:
    text = record["date_on_page"].strip()
    if not text:
        return None
    try:
        return datetime.strptime(f"{text} {record['res_year']}", "%d %B %Y").date()
    except ValueError:
        return None


def votes_of(record: dict) -> tuple[str, str, str]:
    if record["yes"].strip():
        return record["yes"].strip(), record["no"].strip() or "0", record["abstain"].strip() or "0"
    if "unanimous" in record["vote_raw"].lower():
        return str(members(int(record["res_year"]))), "0", "0"
    return "", "", ""


ADOPTION_LINE = re.compile(
    r"by (?:\d+|[a-z]+) votes? to (?:\d+|none|[a-z]+)(?: \(([^)]*)\))?(?:, with (?:\d+|[a-z]+) abstentions? \(([^)]*)\))?"
)
# The dataset's names for members the texts name formally; "China" was the Republic of China until 25 October 1971.
MEMBER_NAMES = {
    "Union of Soviet Socialist Republics": "Soviet Union",
    "United Kingdom of Great Britain and Northern Ireland": "United Kingdom",
}
PRC_SEATED = date(1971, 10, 25)


def voters_of(text: str, adopted: date) -> tuple[list[str], list[str]]:
    """The members a resolution's adoption line names as voting against and as abstaining."""
    match = ADOPTION_LINE.search(" ".join(text.split()))
    if match is None:
        return [], []

    def names(group: str | None) -> list[str]:
        if not group:
            return []
        found = [n.strip() for n in re.split(r",| and ", group.strip()) if n.strip()]
        found = [MEMBER_NAMES.get(n, n) for n in found]
        return sorted("Republic of China" if n == "China" and adopted < PRC_SEATED else n for n in found)

    return names(match.group(1)), names(match.group(2))


def text_of(reference: Path, number: int) -> str | None:
    matches = sorted((reference / TEXTS_DIR).glob(f"S_RES_{number:04d}_*_EN_GOLD.txt"))
    return matches[0].read_text(encoding="utf-8", errors="replace") if matches else None


def generated_sources(number: int, year: int, record_url: str | None) -> list[dict]:
    rows = [
        {
            "id": f"unsc-res-{number}",
            "url": f"https://undocs.org/S/RES/{number}({year})",
            "title": f"Resolution {number} ({year}), S/RES/{number} ({year})",
            "publisher": "United Nations Security Council",
            "kind": "primary",
            "language": "en",
            "accessed": ACCESSED,
        }
    ]
    if record_url:
        rows.append(
            {
                "id": f"undl-vote-{number}",
                "url": record_url,
                "title": f"Voting data, S/RES/{number} ({year})",
                "publisher": "UN Digital Library",
                "kind": "primary",
                "language": "en",
                "accessed": ACCESSED,
            }
        )
    if number <= LAST_WITH_TOTALS:
        rows.append(
            {
                "id": f"dhl-meetings-{year}",
                "url": f"https://research.un.org/en/docs/sc/quick/meetings/{year}",
                "title": f"Meetings conducted by the Security Council in {year}",
                "publisher": "UN Dag Hammarskjöld Library",
                "kind": "primary",
                "language": "en",
                "accessed": ACCESSED,
            }
        )
    return rows


def derive(reference: Path, resolutions: list[dict]) -> tuple[list[dict], list[dict], list[str]]:
    """The resolutions with their derived fields, the generated sources, and a line for every change made."""
    with (reference / VOTES_FILE).open(encoding="utf-8", newline="") as handle:
        library = {int(r["res_no"]): r for r in csv.DictReader(handle)}
    with (reference / RECORDS_FILE).open(encoding="utf-8", newline="") as handle:
        records = {int(r["res_no"]): r["url_record"].split("?")[0] for r in csv.DictReader(handle)}
    out, sources, changes = [], {}, []
    for row in resolutions:
        row = dict(row)
        number = int(row["number"])
        entry = library.get(number)
        if entry is not None and number <= LAST_WITH_TOTALS:
            votes = votes_of(entry)
            if any(votes):
                for column, value in zip(("votes_for", "votes_against", "abstentions"), votes, strict=True):
                    if row[column] != value:
                        changes.append(f"{number}: {column} {row[column] or '(empty)'} -> {value}")
                        row[column] = value
            held = meeting_date(entry)
            if held is not None:
                curated = date.fromisoformat(row["date"])
                if curated not in (held, held + timedelta(days=1)):
                    changes.append(f"{number}: date {row['date']} -> {held.isoformat()} (the Library's meeting date)")
                    row["date"] = held.isoformat()
        text = text_of(reference, number)
        if text is not None:
            code = chapter_vii_of(text)
            if row["chapter_vii"] != code:
                changes.append(f"{number}: chapter_vii {row['chapter_vii']} -> {code} (from the text)")
                row["chapter_vii"] = code
            against, abstaining = voters_of(text, date.fromisoformat(row["date"]))
            for column, named, total in (("voting_against", against, "votes_against"), ("abstaining", abstaining, "abstentions")):
                value = ";".join(named)
                if named and len(named) == int(row[total] or 0) and row[column] != value:
                    changes.append(f"{number}: {column} {row[column] or '(empty)'} -> {value} (from the text)")
                    row[column] = value
        year = int(row["date"][:4]) if entry is None else int(entry["res_year"])
        generated = generated_sources(number, year, records.get(number))
        for source in generated:
            sources[source["id"]] = source
        curated_ids = [i for i in row["sources"].split(";") if i and not i.startswith(GENERATED_PREFIXES)]
        ids = ";".join([s["id"] for s in generated] + curated_ids)
        if row["sources"] != ids:
            row["sources"] = ids
        out.append(row)
    return out, sorted(sources.values(), key=lambda s: s["id"]), changes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference_dir", type=Path)
    parser.add_argument("--check", action="store_true", help="compare with the shipped tables instead of writing")
    args = parser.parse_args()
    resolutions_path = ROOT / "data" / "resolutions.csv"
    sources_path = ROOT / "data" / "sources.csv"
    with resolutions_path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = list(reader.fieldnames or [])
        resolutions = list(reader)
    with sources_path.open(encoding="utf-8", newline="") as handle:
        curated_sources = [s for s in csv.DictReader(handle) if not s["id"].startswith(GENERATED_PREFIXES)]
    derived, generated, changes = derive(args.reference_dir, resolutions)
    sources = sorted(curated_sources + generated, key=lambda s: s["id"])
    outputs = {resolutions_path: render(derived, columns), sources_path: render(sources, SOURCE_COLUMNS)}
    if args.check:
        differs = [p.name for p, text in outputs.items() if p.read_text(encoding="utf-8") != text]
        for line in changes:
            print(line, file=sys.stderr)
        if differs:
            print(f"differs from the UN's records: {', '.join(differs)}", file=sys.stderr)
            return 1
        return 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    for line in changes:
        print(line)
    print(f"data/resolutions.csv: {len(derived)} resolutions, {len(changes)} changes; data/sources.csv: {len(generated)} generated sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
