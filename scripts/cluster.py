"""Run the atlas as several processes behind HAProxy on this machine: N replicas of scripts/serve.py on loopback
ports, and HAProxy in front with sticky sessions (a cookie names the replica, so a browser's page load and its
websocket reach the same process, where its Streamlit session lives).

Usage: python scripts/cluster.py --replicas 2 [--port 8501] [--first-replica-port 8601]

HAProxy comes from the distribution's packages (Debian: `apt-get install haproxy`; scripts/start.sh installs it
when REPLICAS is above 1). The configuration written is the one in deploy/haproxy/haproxy.cfg with the replicas'
loopback addresses. Ctrl-C or SIGTERM stops HAProxy and every replica.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "haproxy" / "haproxy.cfg"
SERVERS_MARK = "    # replicas"


def haproxy_config(port: int, replicas: list[int], bind: str = "127.0.0.1") -> str:
    """deploy/haproxy/haproxy.cfg with its listening address and one `server` line per loopback replica."""
    text = TEMPLATE.read_text(encoding="utf-8")
    lines = [f"    server app{i} 127.0.0.1:{p} check cookie app{i}" for i, p in enumerate(replicas, start=1)]
    text = text.replace("bind :8501", f"bind {bind}:{port}")
    head, _, tail = text.partition(SERVERS_MARK)
    # drop the template's own server lines (container names), keep everything after them
    rest = "\n".join(line for line in tail.splitlines() if not line.strip().startswith("server "))
    return head + SERVERS_MARK + "\n" + "\n".join(lines) + rest + "\n"


def wait_healthy(url: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not become healthy")


class Cluster:
    """N replicas and, for N > 1, HAProxy in front; a context manager that stops what it started."""

    def __init__(self, replicas: int, port: int, first_replica_port: int, quiet: bool = True) -> None:
        self.replicas, self.port, self.first = replicas, port, first_replica_port
        self.quiet = quiet
        self.processes: list[subprocess.Popen] = []
        self.config_dir: str | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def replica_ports(self) -> list[int]:
        return [self.port] if self.replicas == 1 else [self.first + i for i in range(self.replicas)]

    def __enter__(self) -> Cluster:
        try:
            return self._start()
        except BaseException:
            self.__exit__(None, None, None)
            raise

    def _start(self) -> Cluster:
        output = subprocess.DEVNULL if self.quiet else None
        for replica_port in self.replica_ports():
            command = [sys.executable, str(ROOT / "scripts" / "serve.py"), "--server.port", str(replica_port),
                       "--server.address", "127.0.0.1", "--server.headless", "true"]  # fmt: skip
            self.processes.append(subprocess.Popen(command, cwd=ROOT, stdout=output, stderr=output))
        for replica_port in self.replica_ports():
            wait_healthy(f"http://127.0.0.1:{replica_port}")
        if self.replicas > 1:
            haproxy = shutil.which("haproxy") or "/usr/sbin/haproxy"
            self.config_dir = tempfile.mkdtemp(prefix="atlas-haproxy-")
            config = Path(self.config_dir) / "haproxy.cfg"
            config.write_text(haproxy_config(self.port, self.replica_ports()), encoding="utf-8")
            subprocess.run([haproxy, "-c", "-q", "-f", str(config)], check=True)
            self.processes.append(subprocess.Popen([haproxy, "-db", "-f", str(config)], stdout=output, stderr=output))
            wait_healthy(self.url)
        return self

    def server_pids(self) -> list[int]:
        """The replicas' process ids (HAProxy excluded)."""
        return [p.pid for p in self.processes[: len(self.replica_ports())]]

    def __exit__(self, *exc) -> None:
        for process in reversed(self.processes):
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        if self.config_dir:
            shutil.rmtree(self.config_dir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replicas", type=int, default=int(os.environ.get("REPLICAS", "2")))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8501")))
    parser.add_argument("--first-replica-port", type=int, default=8601)
    args = parser.parse_args()
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
    with Cluster(args.replicas, args.port, args.first_replica_port, quiet=False) as cluster:
        print(f"Peace Enforcement Atlas: {args.replicas} replica(s) behind {cluster.url}", flush=True)
        try:
            while not stop and all(p.poll() is None for p in cluster.processes):
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
