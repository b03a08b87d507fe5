"""Classroom use in the real browser: teach mode on a 1280×720 projector, predict-then-reveal, a phone, and an
accessibility check (axe-core, installed on this machine and injected into the page) of every page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import wait_until_ready

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
CASES = ["korea", "congo-1960", "somalia", "bosnia", "kosovo", "east-timor", "darfur", "libya", "mali", "drc"]
MEASURE = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const body = [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stMarkdownContainer"] p')]
    .filter(p => !p.closest('[data-testid="stCaptionContainer"]') && !p.closest('button') && !p.closest('label')
                 && !p.closest('[role="radiogroup"]') && p.offsetParent !== null)
    .map(p => parseFloat(getComputedStyle(p).fontSize));
  const chart = [...document.querySelectorAll('[data-testid="stPlotlyChart"] svg text')]
    .filter(t => t.textContent.trim() !== '').map(t => parseFloat(t.style.fontSize || getComputedStyle(t).fontSize));
  const sidebar = document.querySelector('[data-testid="stSidebar"]');
  return {overflow: main.scrollHeight - main.clientHeight, body: Math.min(...body), chart: chart.length ? Math.min(...chart) : null,
          sidebar: sidebar ? sidebar.getBoundingClientRect().width > 0 && getComputedStyle(sidebar).display !== 'none' : false,
          modebar: document.querySelectorAll('.modebar-container .modebar-btn').length};
}"""


@pytest.fixture
def projector(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("case", CASES)
def test_every_step_of_a_case_fits_a_projector(app_url, projector, case):
    projector.goto(f"{app_url}/cases?case={case}&present=1&step=1")
    wait_until_ready(projector)
    step = 1
    while True:
        charts = projector.locator("[data-testid='stPlotlyChart']")
        for index in range(charts.count()):
            charts.nth(index).locator("svg.main-svg").first.wait_for(timeout=20_000)
        measured = projector.evaluate(MEASURE)
        assert projector.locator("[data-testid='stException']").count() == 0, (case, step)
        assert measured["overflow"] <= 1, (case, step, measured)
        assert not measured["sidebar"] and measured["modebar"] == 0, (case, step, measured)
        assert measured["body"] >= 24, (case, step, measured)
        assert measured["chart"] is None or measured["chart"] >= 20, (case, step, measured)
        assert f"step={step}" in projector.url
        if projector.get_by_role("button", name="Next").is_disabled():
            break
        projector.keyboard.press("ArrowRight")
        step += 1
        # wait for the result, not for time: the new step's counter, then an idle script
        projector.get_by_text(f"Step {step} of", exact=False).wait_for(timeout=20_000)
        projector.wait_for_selector(IDLE, timeout=20_000)
    assert step >= 6
    projector.keyboard.press("ArrowLeft")
    wait_until_ready(projector)
    assert f"step={step - 1}" in projector.url


def test_predict_then_reveal_shows_the_answer_with_its_source(app_url, projector):
    projector.goto(f"{app_url}/cases?case=libya&present=1&step=3")
    wait_until_ready(projector)
    assert "vote on resolution 1973" in projector.locator("[data-testid='stMain']").inner_text()
    projector.get_by_text("12-0-3").click()
    wait_until_ready(projector)
    projector.get_by_role("button", name="Reveal the answer").click()
    wait_until_ready(projector)
    answer = projector.locator("[data-testid='stAlertContentSuccess']").inner_text()
    assert "Not quite: you said 12-0-3" in answer and "Answer: 10-0-5" in answer and "Brazil" in answer and "[1" in answer


def test_a_bad_step_in_the_link_is_ignored_with_a_notice(app_url, projector):
    projector.goto(f"{app_url}/cases?case=somalia&present=1&step=%C2%B2")
    wait_until_ready(projector)
    assert "Ignored step" in projector.locator("[data-testid='stAlert']").first.inner_text()
    assert "step=1" in projector.url


def test_exit_teach_mode_brings_back_the_page(app_url, projector):
    projector.goto(f"{app_url}/cases?case=mali&present=1&step=2")
    wait_until_ready(projector)
    projector.get_by_role("button", name="Exit teach mode").click()
    wait_until_ready(projector)
    assert "present" not in projector.url
    assert projector.locator("h1").first.inner_text() == "Case studies"


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


def test_on_a_phone_the_search_finds_unamid_in_one_step(app_url, phone):
    phone.goto(app_url)
    wait_until_ready(phone)
    box = phone.locator("[data-testid='stMain'] [data-testid='stSelectbox']").filter(has_text="Find an intervention").first
    box.click()
    phone.keyboard.type("UNAMID")
    phone.keyboard.press("Enter")
    wait_until_ready(phone)
    assert "/profile" in phone.url and "id=unamid" in phone.url
    assert "UNAMID" in phone.locator("h1").first.inner_text()


@pytest.mark.parametrize(
    "path", ["", "timeline", "map", "challenges", "cases?case=darfur", "profile?id=unamid", "quiz", "glossary", "data", "codebook"]
)
def test_every_page_fits_a_phone(app_url, phone, path):
    phone.goto(f"{app_url}/{path}")
    wait_until_ready(phone)
    assert phone.locator("[data-testid='stException']").count() == 0
    width = phone.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollWidth")
    assert width <= 391


@pytest.mark.parametrize(
    "path",
    ["", "timeline", "map", "challenges", "cases?case=kosovo", "cases?case=kosovo&present=1&step=1", "cases?case=darfur&present=1&step=3",
     "profile?id=unamid", "compare?ids=amisom&ids=minusma", "council", "quiz", "glossary", "data", "codebook"],
)  # fmt: skip
def test_no_serious_accessibility_violation(app_url, projector, path):
    assert AXE.exists(), "scripts/test.sh installs axe-core (tests/browser/axe) from the npm registry"
    projector.goto(f"{app_url}/{path}")
    wait_until_ready(projector)
    charts = projector.locator("[data-testid='stPlotlyChart']")
    for index in range(charts.count()):
        charts.nth(index).locator("svg.main-svg").first.wait_for(timeout=20_000)
    # evaluated through the browser's debugging protocol: the page's content security policy (no inline script)
    # stays in force for the page itself
    projector.evaluate(AXE.read_text(encoding="utf-8") + "\n;void 0")
    violations = projector.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".filter(v => ['serious', 'critical'].includes(v.impact)).map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | '))"
    )
    assert violations == []


@pytest.mark.parametrize(
    "path",
    [
        "timeline?present=1&chart=timeline_chart&org=AU",
        "challenges?present=1&chart=challenges_heatmap",
        "map?present=1&chart=map_period_interventions",
    ],
)
def test_any_chart_can_be_shown_full_screen(app_url, projector, path):
    projector.goto(f"{app_url}/{path}")
    wait_until_ready(projector)
    charts = projector.locator("[data-testid='stPlotlyChart']")
    assert charts.count() == 1
    charts.first.locator("svg.main-svg").first.wait_for(timeout=20_000)
    measured = projector.evaluate(MEASURE)
    assert not measured["sidebar"] and measured["modebar"] == 0 and measured["chart"] >= 20 and measured["overflow"] <= 1
    assert projector.get_by_role("button", name="Exit teach mode").count() == 1


def test_a_teacher_uploads_presents_and_gets_problems_by_line(app_url, projector, tmp_path):
    good = tmp_path / "my-case.toml"
    good.write_text(
        'id = "gulf"\ntitle = "Kuwait, 1990–1991"\nfocus = "A [link](https://evil.example) stays text."\n'
        'interventions = ["gulf-war-coalition"]\nquestions = ["Was 678 enough?"]\n\n'
        '[[steps]]\nkind = "council"\nresolutions = [678]\n\n[[steps]]\nkind = "predict"\nquestion = "vote"\nresolution = 678\n',
        encoding="utf-8",
    )
    bad = tmp_path / "bad-case.toml"
    bad.write_text(good.read_text(encoding="utf-8").replace("resolutions = [678]", "resolutions = [99999]"), encoding="utf-8")
    projector.goto(f"{app_url}/cases?case=somalia")
    wait_until_ready(projector)
    projector.get_by_text("Bring your own case").click()
    uploader = projector.locator("[data-testid='stFileUploaderDropzoneInput']")
    uploader.set_input_files(str(bad))
    wait_until_ready(projector)
    assert "resolution '99999' is not in the atlas" in projector.locator("[data-testid='stMain']").inner_text()
    uploader.set_input_files(str(good))
    wait_until_ready(projector)
    assert "Loaded:" in projector.locator("[data-testid='stAlertContentSuccess']").first.inner_text()
    assert projector.locator("a[href='https://evil.example']").count() == 0
    # presented in this session, like a shipped case
    projector.locator("[data-testid='stMain'] [data-testid='stSelectbox']").first.click()
    projector.keyboard.type("Kuwait")
    projector.get_by_role("option", name="Kuwait, 1990–1991").click()
    wait_until_ready(projector)
    assert "case=my-gulf" in projector.url
    projector.get_by_role("button", name="Present", exact=True).click()
    wait_until_ready(projector)
    assert "Step 1 of 2" in projector.locator("[data-testid='stMain']").inner_text()
    assert "12-2-1" in projector.locator("[data-testid='stMain']").inner_text()
    projector.goto(f"{app_url}/cases?case=my-gulf&present=1&step=2")
    wait_until_ready(projector)
    # a new page load starts a new session: the uploaded case is gone, which the notice says
    assert "Ignored case" in projector.locator("[data-testid='stAlert']").first.inner_text()
