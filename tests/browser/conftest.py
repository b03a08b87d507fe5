"""Browser fixtures: the app served on a free loopback port, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_app(script: Path | None = None) -> Iterator[str]:
    """Start the app (or another Streamlit script) on a free loopback port; yield its URL; stop it."""
    port = free_port()
    if script is None:
        command = [sys.executable, str(ROOT / "scripts" / "serve.py")]
    else:
        command = [sys.executable, "-m", "streamlit", "run", str(script), "--browser.gatherUsageStats", "false"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [*command, "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"the app did not start: {process.stdout.read().decode(errors='replace')[-2000:]}")
        time.sleep(0.3)
    try:
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def app_url() -> Iterator[str]:
    with running_app() as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: scripts/test.sh installs Debian's chromium package")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


class RequestLog:
    """Every URL the page asked for, so a test can prove none left the machine."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def outside(self) -> list[str]:
        return [u for u in self.urls if urlparse(u).scheme in {"http", "https", "ws", "wss"} and urlparse(u).hostname not in LOOPBACK]


@pytest.fixture
def page(browser: Browser) -> Iterator[tuple[Page, RequestLog]]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    log = RequestLog()
    context.on("request", lambda request: log.urls.append(request.url))
    context.on("websocket", lambda ws: log.urls.append(ws.url))
    # every content-security-policy violation is kept, so a test can prove the policy and the app agree
    context.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page = context.new_page()
    yield page, log
    context.close()


def wait_until_ready(page: Page, timeout: float = 30_000) -> None:
    """Streamlit is done when it is connected and its script has stopped running. Right after a page load the
    state can read notRunning before the first run starts, so it must hold over several checks in a row."""
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']", timeout=timeout)
    idle = "[data-testid='stApp'][data-test-script-state='notRunning']"
    deadline = time.monotonic() + timeout / 1000
    steady = 0
    while steady < 4:
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not settle")
        page.wait_for_selector(idle, timeout=timeout)
        page.wait_for_timeout(250)
        steady = steady + 1 if page.locator(idle).count() else 0
