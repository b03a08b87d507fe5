"""Load benchmark: N simulated users at once, speaking Streamlit's own websocket protocol, against one server
process or several behind HAProxy, started by this script on loopback.

Each user loads the page over HTTP (and keeps the load balancer's cookie, as a browser does), opens the websocket,
runs a page with a link's filters, then, with think time between steps, alternates two realistic steps: change
the Organization filter in the sidebar (a widget change, as a click sends it) and open another page (a profile,
Compare, the Map, the Timeline…). A step's latency is the time from sending the message to the server's
"script finished": the whole run, including sending its elements. A run that ends with an exception element, a
dropped connection or no answer within 60 s counts as an error.

Reported per scenario: runs, throughput (runs per second), p50 / p95 / max latency, errors, server CPU (percent of
one core, summed over the replicas) and resident memory per session. A "class opening" scenario has N users open
the same link within `--ramp` seconds and reports how long until the last one's page has finished.

Usage:
  .venv/bin/python benchmarks/load.py --replicas 1 --users 1 10 30 60 --think 10 --duration 60
  .venv/bin/python benchmarks/load.py --replicas 2 --users 60 --think 10 --duration 90
  .venv/bin/python benchmarks/load.py --replicas 2 --users --opening 30 --opening-ramp 3 --cold

Every scenario but `--cold` starts after one user has opened every page on every replica (caches filled, as on a
server that has been running). Writes benchmarks/results/load-<replicas>.json. Not a test: it reports, it does not fail.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from cluster import Cluster  # noqa: E402

TIMEOUT = 60.0
ORGANIZATIONS = ["UN", "AU", "EU", "NATO", "ECOWAS"]
PAGES = [  # (url path, query string)
    ("", ""),
    ("timeline", ""),
    ("map", ""),
    ("challenges", ""),
    ("profile", "id=amisom"),
    ("profile", "id=unosom-ii"),
    ("profile", "id=monusco"),
    ("compare", "ids=amisom&ids=minusma"),
    ("council", ""),
    ("cases", "case=somalia"),
]


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {"open": [], "filter": [], "page": []})
    errors: list[str] = field(default_factory=list)

    def all(self) -> list[float]:
        return [v for values in self.latencies.values() for v in values]


class User:
    """One browser tab: an HTTP page load for the cookie, then one websocket session."""

    def __init__(self, base: str, results: Results, rng: random.Random) -> None:
        self.base, self.results, self.rng = base, results, rng
        self.pages: dict[str, str] = {}  # url path -> page script hash
        self.org_widget: tuple[str, list[str]] | None = None  # the Organization multiselect: id, its option labels
        self.page_hash = ""
        self.query = ""

    async def connect(self) -> None:
        loop = asyncio.get_running_loop()
        response = await loop.run_in_executor(None, lambda: urllib.request.urlopen(self.base + "/", timeout=TIMEOUT))
        cookie = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie.load(header)
        response.read()
        headers = {"Origin": self.base}
        if cookie:
            headers["Cookie"] = "; ".join(f"{k}={m.value}" for k, m in cookie.items())
        host = self.base.replace("http://", "ws://")
        self.socket = await websockets.connect(f"{host}/_stcore/stream", subprotocols=["streamlit"], additional_headers=headers,
                                               max_size=None, open_timeout=TIMEOUT)  # fmt: skip

    async def run(self, kind: str, *, page: str | None = None, query: str | None = None, organizations: list[str] | None = None) -> None:
        message = BackMsg()
        state = message.rerun_script
        if page is not None:
            self.query = query or ""
            state.page_name = page
            state.page_script_hash = self.pages.get(page, "")
        else:
            state.page_script_hash = self.page_hash
        state.query_string = self.query
        if organizations is not None and self.org_widget:
            widget_id, options = self.org_widget
            widget = state.widget_states.widgets.add()
            widget.id = widget_id
            labels = [o for o in options if o.split(" (")[0] in {_label(code) for code in organizations}]
            widget.string_array_value.data.extend(labels)
        started = time.perf_counter()
        await self.socket.send(message.SerializeToString())
        try:
            await asyncio.wait_for(self._until_finished(), TIMEOUT)
        except Exception as error:  # noqa: BLE001 - every failure is an error of the run, reported
            self.results.errors.append(f"{kind}: {type(error).__name__} {error}"[:200])
            raise
        self.results.latencies[kind].append(time.perf_counter() - started)

    async def _until_finished(self) -> None:
        while True:
            data = await self.socket.recv()
            message = ForwardMsg()
            message.ParseFromString(data)
            kind = message.WhichOneof("type")
            if kind == "navigation":
                self.pages = {p.url_pathname: p.page_script_hash for p in message.navigation.app_pages}
                self.page_hash = message.navigation.page_script_hash
            elif kind == "new_session":
                self.page_hash = message.new_session.page_script_hash or self.page_hash
            elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                element = message.delta.new_element
                which = element.WhichOneof("type")
                if which == "multiselect" and element.multiselect.label == "Organization":
                    self.org_widget = (element.multiselect.id, list(element.multiselect.options))
                elif which == "exception":
                    raise RuntimeError(f"exception on the page: {element.exception.message[:120]}")
            elif kind == "script_finished":
                return

    async def close(self) -> None:
        await self.socket.close()


def _label(code: str) -> str:
    from components import vocab

    return vocab.label(vocab.ORGANIZATIONS, code)


async def simulated_user(base: str, results: Results, seed: int, think: float, until: float) -> None:
    rng = random.Random(seed)
    user = User(base, results, rng)
    try:
        await user.connect()
        path, query = rng.choice(PAGES)
        await user.run("open", page=path, query=query)
        step = 0
        while time.monotonic() < until:
            await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think) if think else 0)
            if time.monotonic() >= until:
                break
            if step % 2 == 0:
                await user.run("filter", organizations=rng.sample(ORGANIZATIONS, rng.randint(1, 3)))
            else:
                path, query = rng.choice(PAGES)
                await user.run("page", page=path, query=query)
            step += 1
        await user.close()
    except Exception as error:  # noqa: BLE001
        if not results.errors or not results.errors[-1].startswith(("open", "filter", "page")):
            results.errors.append(f"session: {type(error).__name__} {error}"[:200])


def cpu_seconds(pids: list[int]) -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def scenario(cluster: Cluster, users: int, think: float, duration: float, ramp: float) -> dict:
    results = Results()
    pids = cluster.server_pids()
    cpu_before, rss_before, started = cpu_seconds(pids), rss_mb(pids), time.monotonic()
    until = started + duration
    tasks = []
    for index in range(users):
        await asyncio.sleep(ramp / users if ramp else 0)
        tasks.append(asyncio.create_task(simulated_user(cluster.url, results, 1000 + index, think, until)))
    await asyncio.gather(*tasks)
    wall = time.monotonic() - started
    cpu = cpu_seconds(pids) - cpu_before
    rss_after = rss_mb(pids)
    latencies = results.all()
    return {
        "users": users,
        "replicas": cluster.replicas,
        "think_s": think,
        "duration_s": round(wall, 1),
        "runs": len(latencies),
        "throughput_runs_per_s": round(len(latencies) / wall, 2),
        "p50_s": round(percentile(latencies, 0.5), 3),
        "p95_s": round(percentile(latencies, 0.95), 3),
        "max_s": round(max(latencies), 3) if latencies else None,
        "open_p95_s": round(percentile(results.latencies["open"], 0.95), 3),
        "errors": len(results.errors),
        "error_examples": results.errors[:3],
        "server_cpu_percent": round(100 * cpu / wall, 1),
        "rss_mb_before": round(rss_before),
        "rss_mb_after": round(rss_after),
        "mb_per_session": round((rss_after - rss_before) / max(users, 1), 2),
    }


async def opening(cluster: Cluster, users: int, ramp: float) -> dict:
    """A class opens the same link within `ramp` seconds: time until every user's first page has finished."""
    results = Results()
    started = time.monotonic()

    async def one(index: int) -> None:
        await asyncio.sleep(ramp * index / users)
        user = User(cluster.url, results, random.Random(index))
        try:
            await user.connect()
            await user.run("open", page="", query="org=UN&org=AU")
            await user.close()
        except Exception as error:  # noqa: BLE001
            results.errors.append(f"session: {type(error).__name__} {error}"[:200])

    await asyncio.gather(*(one(i) for i in range(users)))
    opens = results.latencies["open"]
    return {
        "scenario": "class opening",
        "users": users,
        "replicas": cluster.replicas,
        "ramp_s": ramp,
        "all_settled_after_s": round(time.monotonic() - started, 2),
        "p50_s": round(percentile(opens, 0.5), 3),
        "p95_s": round(percentile(opens, 0.95), 3),
        "max_s": round(max(opens), 3) if opens else None,
        "errors": len(results.errors),
        "error_examples": results.errors[:3],
    }


async def warm(cluster: Cluster) -> None:
    """One user through every page first, on every replica, so that caches are filled as on a running server."""
    results = Results()
    for _ in range(cluster.replicas * 2):
        user = User(cluster.url, results, random.Random(0))
        await user.connect()
        for path, query in PAGES:
            await user.run("page", page=path, query=query)
        await user.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replicas", type=int, default=1)
    parser.add_argument("--users", type=int, nargs="*", default=[1, 10, 30, 60])
    parser.add_argument("--think", type=float, default=10.0, help="mean seconds between a user's steps")
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--ramp", type=float, default=10.0, help="seconds over which users arrive")
    parser.add_argument("--opening", type=int, default=0, help="also run a class opening of this many users")
    parser.add_argument("--opening-ramp", type=float, default=3.0)
    parser.add_argument("--port", type=int, default=8590)
    parser.add_argument("--cold", action="store_true", help="skip the warm-up: caches empty, as just after a start")
    args = parser.parse_args()
    rows = []
    with Cluster(args.replicas, args.port, args.port + 10) as cluster:
        if not args.cold:
            asyncio.run(warm(cluster))
        for users in args.users:
            row = asyncio.run(scenario(cluster, users, args.think, args.duration, args.ramp))
            rows.append(row)
            print(json.dumps(row), flush=True)
        if args.opening:
            row = asyncio.run(opening(cluster, args.opening, args.opening_ramp))
            rows.append(row)
            print(json.dumps(row), flush=True)
    out = Path(__file__).resolve().parent / "results"
    out.mkdir(exist_ok=True)
    (out / f"load-{args.replicas}{'-cold' if args.cold else ''}.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
