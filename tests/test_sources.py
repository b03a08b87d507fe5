"""The source register keeps its promises: every id resolves, no copy or low-reliability site is cited, every
publisher was reviewed, and the evidence reaches the shares the codebook states."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from components import evidence
from components.data import DataError, load_atlas
from components.sources import References, domain, plain
from tests.citable_publishers import ACCEPTED_DOMAINS

# Sites that copy other sites (wiki mirrors, kiwix/IPFS copies, document-sharing), blogs, essay sites, shops,
# videos, partisan or propaganda sites and press-release aggregators. None may be cited; keep this list growing.
REFUSED = re.compile(
    r"wikimili|docslib|piglix|knowledge?r\.|skal\.fun|liquisearch|iiab\.me|kiwix|wikisum|zxc\.wiki|eudic|ipfs|movatter|"
    r"alchetron|wikiwand|fandom\.com|wikia\.|memim|absoluteastronomy|academic\.ru|en-academic|explained\.today|"
    r"grokipedia|thefreedictionary|scribd|vdocument|pdfslide|studylib|dokumen|cupdf|paperzz|doczz|docstoc|issuu|"
    r"1library|wikisource|unscr\.com|lawglobalhub|vlex|blogspot|wordpress|medium\.com|over-blog|jimdo|proessays|"
    r"otherpapers|etudier|voltairenet|sputnik|pravda\.ru|menafn|scoop\.co\.nz|dailymotion|youtube|worcmedals|"
    r"kashmirawareness|owiki|qaz\.wiki|frwiki|wikial|wikiup|wikizero|wikiclassic|handwiki|encycloreader|"
    r"uncensored-wiki|dbpedia|factsnippet|fact-index|fact-archive|thefullwiki|wikivisually|worddisk|wordola|"
    r"sagapedia|pinocchiopedia|profilbaru|profilpelajar|kampuspedia|appspot|books\.google|globalsecurity\.org|"
    r"clateway|wiki-gateway|markacadeey|thediplomaticworld|newsx\.com/video",
    re.IGNORECASE,
)
IP_HOST = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$")


def inner_url(url: str) -> str:
    """The archived page behind a web.archive.org address, or the address itself."""
    match = re.search(r"web\.archive\.org/web/\d+[a-z_]*/(https?://.+)$", url)
    return match.group(1) if match else url


def test_no_source_is_a_copy_or_low_reliability_site(atlas):
    refused = [url for url in atlas.sources["url"] if REFUSED.search(url) or IP_HOST.match(domain(url))]
    assert refused == []


def test_every_publisher_was_reviewed(atlas):
    """A new domain is added to tests/citable_publishers.py only after someone checked it is the original publisher."""
    unreviewed = sorted({domain(inner_url(u)) for u in atlas.sources["url"]} - set(ACCEPTED_DOMAINS))
    assert unreviewed == []


def test_primary_means_a_party_or_the_deciding_body(atlas):
    kinds = atlas.sources.assign(domain=atlas.sources["url"].map(lambda u: domain(inner_url(u))))
    wrong = kinds[kinds.apply(lambda s: ACCEPTED_DOMAINS[s["domain"]] != s["kind"], axis=1)]
    assert wrong[["url", "kind"]].values.tolist() == []


def test_every_row_cites_a_source(atlas):
    assert atlas.interventions["sources"].map(len).min() >= 1
    assert atlas.challenges["sources"].map(len).min() >= 1
    assert atlas.strength["sources"].map(len).min() >= 1
    assert atlas.resolutions["sources"].map(len).min() >= 1
    judged = atlas.interventions[~atlas.interventions["outcome"].isin(["not_coded", "ongoing"])]
    assert judged["outcome_source"].map(len).min() >= 1


def test_most_interventions_cite_a_primary_source(atlas):
    primary = atlas.interventions["sources"].map(lambda ids: evidence.cites_primary(ids, atlas.sources))
    assert primary.mean() >= 0.80, atlas.interventions.loc[~primary, "id"].tolist()


def test_every_resolution_links_its_text_and_record(atlas):
    for record in atlas.resolutions.itertuples():
        assert f"unsc-res-{record.number}" in record.sources, record.number
        if record.number <= 2640:
            assert f"dhl-meetings-{record.date.year}" in record.sources or f"dhl-meetings-{record.date.year - 1}" in record.sources


def test_ended_interventions_say_why(atlas):
    ended = atlas.interventions[~atlas.interventions["ongoing"]]
    explained = ended["end_reason"] != ""
    assert explained.mean() >= 0.9, ended.loc[~explained, "id"].tolist()
    assert (ended.loc[explained, "end_reason_source"].map(len) >= 1).all()


def test_a_dangling_source_id_is_reported_where_it_is(data_copy):
    path = data_copy / "challenges.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = re.sub(r",[^,]*$", ",s-00000000", lines[1])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load_atlas(data_copy)
    [problem] = raised.value.problems
    assert (problem.file, problem.row, problem.column) == ("data/challenges.csv", 2, "sources")
    assert "'s-00000000' is not the id of any source" in problem.message


def test_references_number_sources_in_order_of_first_use(atlas):
    ids = list(atlas.sources.index[:3])
    refs = References(atlas.sources)
    assert refs.cite([ids[1]]) == "[1]"
    assert refs.cite([ids[0], ids[1]]) == "[1, 2]"
    assert refs.cite(["no-such-source"]) == ""
    table = refs.table()
    assert list(table["No."]) == [1, 2] and table.loc[0, "Link"] == atlas.sources.loc[ids[1], "url"]
    assert refs.markdown().splitlines()[0].startswith("1. [")


def test_a_title_is_shown_as_text_never_as_markup():
    assert plain("[click](https://evil.example) <b>x</b> *y*") == r"\[click\]\(https://evil\.example\) \<b\>x\</b\> \*y\*"


def test_scope_rules_place_every_intervention(atlas):
    rules = atlas.interventions.apply(evidence.scope_rule, axis=1)
    by_id = dict(zip(atlas.interventions["id"], rules, strict=True))
    assert by_id["unosom-ii"] == 1 and by_id["amisom"] == 2 and by_id["mfo-sinai"] == 3
    assert by_id["gulf-war-coalition"] == 4 and by_id["mnjtf"] == 5 and by_id["allied-force"] == 6
    assert evidence.scope_coverage(atlas.interventions)["Interventions"].sum() == len(atlas.interventions)


def test_cohen_kappa_on_known_values():
    assert evidence.cohen_kappa(["a", "b", "a", "b"], ["a", "b", "a", "b"]) == 1.0
    # 2x2 table [[20, 5], [10, 15]]: observed 0.7, expected 0.5 -> kappa 0.4
    first = ["y"] * 25 + ["n"] * 25
    second = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert evidence.cohen_kappa(first, second) == pytest.approx(0.4)


def test_agreement_is_reported_for_every_second_coded_field(atlas):
    table = evidence.agreement(atlas.second_coding).set_index("Coded field")
    assert set(table.index) == {"outcome", "challenge", "severity"}
    assert table.loc["outcome", "Items coded twice"] >= 100
    assert table.loc["challenge", "Items coded twice"] >= 100
    # every disagreement on an outcome was resolved by a rule of the codebook
    outcome = atlas.second_coding[atlas.second_coding["field"] == "outcome"]
    unresolved = outcome[(outcome["first"] != outcome["second"]) & (outcome["rule"] == "")]
    assert unresolved.empty
    final = dict(zip(outcome["subject"], outcome["final"], strict=True))
    codes = atlas.interventions.set_index("id")["outcome"]
    assert all(codes[subject] == code for subject, code in final.items() if subject in codes.index)


def test_no_outcome_left_uncoded_where_a_reader_coded_it(atlas):
    assert set(atlas.interventions.loc[atlas.interventions["outcome"] == "not_coded", "id"]).isdisjoint({"monuc", "afisma", "minusma"})


def test_source_mix_counts_every_row(atlas):
    mix = evidence.source_mix(atlas).set_index("Table")
    assert mix.loc["Interventions (facts)", "Rows"] == len(atlas.interventions)
    assert mix.loc["Challenges", "Rows"] == len(atlas.challenges)
    assert isinstance(evidence.register_summary(atlas.sources), pd.DataFrame)
