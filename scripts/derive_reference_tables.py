"""Derive the atlas's personnel and fatality tables from public reference files.

Usage: python scripts/derive_reference_tables.py REFERENCE_DIR [--check]

REFERENCE_DIR holds, under their published names:
- ipi_ppp_mission_month_1990-2017.csv  International Peace Institute, IPI Peacekeeping Database (Providing for
  Peacekeeping), compiled from the UN DPKO monthly "Contributions to UN peacekeeping operations" reports;
- un_dppadposs_fatalities_2025-04-04.csv  United Nations, Peace and Security Data Hub, dataset DPPADPOSS-FATALITIES.

- unsc_vetoes_1946_sept2022.csv  Carlos L. Yordan / World Politics Data Lab (MIT licence), from the UN Dag
  Hammarskjöld Library's list of vetoed drafts.

Only the derived tables are written (data/personnel.csv, data/fatalities.csv, data/vetoes.csv); the reference files stay where
they are. Mission codes are matched to intervention ids in data/interventions.csv; codes that aggregate several
operations (UNEF, UNAVEM, UNOSOM) are split by date, to the operation active on that date. Codes with no
matching intervention are listed on stderr and left out. With --check, nothing is written: the script exits 1
if the shipped tables differ from what it would write.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IPI_FILE = "ipi_ppp_mission_month_1990-2017.csv"
FATALITIES_FILE = "un_dppadposs_fatalities_2025-04-04.csv"
VETOES_FILE = "unsc_vetoes_1946_sept2022.csv"
# Ids of the producers in the source register (data/sources.csv).
VETOES_SOURCE = "wpdl-unsc-vetoes"
# The vetoes file names the crisis, not the country: which present-day states each crisis concerns (ISO3).
# Topics that concern no single territory (admission of members, disarmament, terrorism...) map to nothing.
CRISIS_COUNTRIES = {
    "Israel-Palestine": "ISR;PSE",
    "Syria": "SYR",
    "Israel-Lebanon": "ISR;LBN",
    "Namibia": "NAM",
    "Greek Civil War": "GRC",
    "Rhodesia": "ZWE",
    "South Africa": "ZAF",
    "India-Pakistan": "IND;PAK",
    "Lebanon": "LBN",
    "Nicaragua": "NIC",
    "Spain": "ESP",
    "Czechoslovakia": "CZE;SVK",
    "Korean War": "KOR;PRK",
    "Cyprus": "CYP",
    "Bosnia": "BIH",
    "Ukraine": "UKR",
    "Guatemala": "GTM",
    "Congo": "COD",
    "Angola": "AGO",
    "Cambodia": "KHM",
    "Thailand": "THA",
    "Hungary": "HUN",
    "Kuwait": "KWT;IRQ",
    "Malasyia": "MYS",
    "Panama Canal": "PAN",
    "Comoros": "COM",
    "Afghanistan": "AFG",
    "Iran": "IRN",
    "Falklands-Malvinas": "FLK;ARG",
    "Grenada": "GRD",
    "US-Libya": "LBY",
    "Southern Africa": "ZAF;NAM;AGO;ZWE;MOZ",
    "Panama": "PAN",
    "Macedonia": "MKD",
    "Myanmar": "MMR",
    "Zimbabwe": "ZWE",
    "Georgia": "GEO",
    "Yemen": "YEM",
    "Venezuela": "VEN",
    "North Korea": "PRK",
}
IPI_SOURCE = "ipi-peacekeeping-database"
FATALITIES_SOURCE = "un-psdata-fatalities"
# Codes in the reference files that differ from the acronym the atlas uses for the same operation.
CODE_ALIASES = {"ONUCI": "UNOCI"}
# Codes that cover several operations; each record goes to the one active on its date.
AGGREGATES = {"UNEF": ("UNEF I", "UNEF II"), "UNAVEM": ("UNAVEM I", "UNAVEM II", "UNAVEM III"), "UNOSOM": ("UNOSOM I", "UNOSOM II")}


def _bounds(text: str) -> tuple[date, date]:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return date(*parts), date(*parts)
    if len(parts) == 2:
        last = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date(parts[0], parts[1], 1), date.fromordinal(last.toordinal() - 1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


class Matcher:
    """Maps a reference file's mission code and date to an intervention id of the atlas."""

    def __init__(self, interventions_csv: Path):
        with interventions_csv.open(encoding="utf-8", newline="") as handle:
            rows = [r for r in csv.DictReader(handle) if r["organization"] == "UN"]
        self.by_acronym = {r["acronym"]: r for r in rows}
        self.unmatched: dict[str, int] = defaultdict(int)

    def _active(self, row: dict, day: date) -> bool:
        start = _bounds(row["start_date"])[0]
        end = _bounds(row["end_date"])[1] if row["end_date"] else date.max
        return start <= day <= end

    def match(self, code: str, day: date) -> str | None:
        code = CODE_ALIASES.get(code.strip(), code.strip())
        candidates = AGGREGATES.get(code, (code,))
        rows = [self.by_acronym[c] for c in candidates if c in self.by_acronym]
        if len(candidates) > 1:
            active = [r for r in rows if self._active(r, day)]
            # a record dated in a handover month belongs to the operation that starts there
            rows = active[-1:] if active else []
        if not rows:
            self.unmatched[code] += 1
            return None
        return rows[0]["id"]


def _number(text: str) -> str:
    text = text.strip()
    return "" if text in {"", "NA"} else str(int(float(text)))


def derive_personnel(reference: Path, matcher: Matcher) -> list[dict]:
    rows = []
    with (reference / IPI_FILE).open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            day = date.fromisoformat(record["Date"])
            intervention = matcher.match(record["Mission"], day)
            if intervention is None:
                continue
            rows.append(
                {
                    "intervention_id": intervention,
                    "month": day.strftime("%Y-%m"),
                    "troops": _number(record["Troops"]),
                    "police": _number(record["Police"]),
                    "observers": _number(record["Observers"]),
                    "total": _number(record["Total"]),
                    "sources": IPI_SOURCE,
                }
            )
    rows.sort(key=lambda r: (r["intervention_id"], r["month"]))
    return rows


def derive_fatalities(reference: Path, matcher: Matcher) -> list[dict]:
    counts: dict[tuple[str, int, str], int] = defaultdict(int)
    with (reference / FATALITIES_FILE).open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            day = date.fromisoformat(record["incident_date"])
            intervention = matcher.match(record["mission_acronym"], day)
            if intervention is None:
                continue
            counts[(intervention, day.year, record["type_of_incident"].strip())] += 1
    return [
        {"intervention_id": i, "year": str(y), "incident_type": t, "fatalities": str(n), "sources": FATALITIES_SOURCE}
        for (i, y, t), n in sorted(counts.items())
    ]


def derive_vetoes(reference: Path, interventions_csv: Path) -> list[dict]:
    """Every vetoed draft, with the countries its crisis concerns and the interventions deployed there that day."""
    with interventions_csv.open(encoding="utf-8", newline="") as handle:
        interventions = list(csv.DictReader(handle))
    rows = []
    with (reference / VETOES_FILE).open(encoding="utf-8", newline="") as handle:
        for number, record in enumerate(csv.DictReader(handle), start=2):
            month, day_of_month, year = (int(p) for p in record["date"].split("/"))
            day = date(year, month, day_of_month)
            countries = CRISIS_COUNTRIES.get(record["crisis_topic"].strip(), "")
            codes = set(countries.split(";")) - {""}
            deployed = [
                r["id"]
                for r in interventions
                if codes & set(r["host_countries"].split(";"))
                and _bounds(r["start_date"])[0] <= day <= (_bounds(r["end_date"])[1] if r["end_date"] else date.max)
            ]
            vetoed_by = [record[f"member_veto{i}"].strip() for i in (1, 2, 3) if record[f"member_veto{i}"].strip()]
            rows.append(
                {
                    "date": day.isoformat(),
                    "record": str(number),
                    "draft": record["draft"].strip(),
                    "agenda_item": " ".join(record["agenda_item"].split()),
                    "crisis_topic": record["crisis_topic"].strip(),
                    "vetoed_by": ";".join(vetoed_by),
                    "countries": countries,
                    "interventions": ";".join(sorted(deployed)),
                    "sources": VETOES_SOURCE,
                }
            )
    rows.sort(key=lambda r: (r["date"], r["draft"]))
    return rows


def render(rows: list[dict], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference_dir", type=Path)
    parser.add_argument("--check", action="store_true", help="compare with the shipped tables instead of writing")
    args = parser.parse_args()
    matcher = Matcher(ROOT / "data" / "interventions.csv")
    outputs = {
        "personnel.csv": render(
            derive_personnel(args.reference_dir, matcher), ["intervention_id", "month", "troops", "police", "observers", "total", "sources"]
        ),
        "fatalities.csv": render(
            derive_fatalities(args.reference_dir, matcher), ["intervention_id", "year", "incident_type", "fatalities", "sources"]
        ),
        "vetoes.csv": render(
            derive_vetoes(args.reference_dir, ROOT / "data" / "interventions.csv"),
            ["date", "record", "draft", "agenda_item", "crisis_topic", "vetoed_by", "countries", "interventions", "sources"],
        ),
    }
    if matcher.unmatched:
        listed = ", ".join(f"{code} ({n})" for code, n in sorted(matcher.unmatched.items()))
        print(f"left out, no matching UN intervention in data/interventions.csv: {listed}", file=sys.stderr)
    differs = []
    for name, text in outputs.items():
        path = ROOT / "data" / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                differs.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"data/{name}: {text.count(chr(10)) - 1} rows")
    if differs:
        print(f"differs from what the reference files give: {', '.join(differs)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
