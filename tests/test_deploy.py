"""Deployment files: the Kubernetes manifests, the compose file and the HAProxy configuration say what the README
says (replicas, health checks, sticky sessions, a non-root user), and a real HAProxy on loopback in front of two
replicas keeps each browser on one replica and carries its Streamlit session."""

from __future__ import annotations

import asyncio
import concurrent.futures
import random
import shutil
import subprocess
import sys
import urllib.request
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cluster import Cluster, haproxy_config  # noqa: E402

HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"


def manifests() -> dict[str, dict]:
    return {path.name: yaml.safe_load(path.read_text(encoding="utf-8")) for path in (ROOT / "deploy" / "k8s").glob("*.yaml")}


def test_the_deployment_runs_replicas_as_non_root_with_health_probes():
    deployment = manifests()["deployment.yaml"]
    assert deployment["spec"]["replicas"] >= 2
    pod = deployment["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    (container,) = pod["containers"]
    for probe in ("readinessProbe", "livenessProbe", "startupProbe"):
        assert container[probe]["httpGet"]["path"] == "/_stcore/health"
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["ports"][0]["containerPort"] == 8501


def test_the_service_and_ingress_keep_a_client_on_one_replica():
    found = manifests()
    assert found["service.yaml"]["spec"]["sessionAffinity"] == "ClientIP"
    annotations = found["ingress.yaml"]["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert set(found["kustomization.yaml"]["resources"]) == {"deployment.yaml", "service.yaml", "ingress.yaml"}


def test_the_image_is_non_root_with_a_health_check_and_compose_puts_haproxy_in_front():
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "USER 10001" in dockerfile and "HEALTHCHECK" in dockerfile and "/_stcore/health" in dockerfile
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    assert {"app1", "app2", "lb"} <= set(compose["services"])
    assert "./deploy/haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro" in compose["services"]["lb"]["volumes"]
    config = (ROOT / "deploy" / "haproxy" / "haproxy.cfg").read_text(encoding="utf-8")
    assert "server app1 app1:8501" in config and "server app2 app2:8501" in config


def test_the_haproxy_configuration_is_valid(tmp_path):
    if not Path(HAPROXY).exists():
        pytest.fail("haproxy is missing: scripts/test.sh installs Debian's haproxy package")
    for name, text in (("shipped.cfg", (ROOT / "deploy" / "haproxy" / "haproxy.cfg").read_text(encoding="utf-8")),
                       ("loopback.cfg", haproxy_config(8500, [8601, 8602, 8603]))):  # fmt: skip
        path = tmp_path / name
        # the shipped file names the compose services; check it with loopback addresses in their place
        path.write_text(text.replace("app1:8501", "127.0.0.1:1").replace("app2:8501", "127.0.0.1:2"), encoding="utf-8")
        result = subprocess.run([HAPROXY, "-c", "-q", "-f", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    assert "server app3 127.0.0.1:8603 check cookie app3" in haproxy_config(8500, [8601, 8602, 8603])


def test_two_replicas_behind_haproxy_keep_each_browser_on_its_replica():
    import load

    with Cluster(2, 8580, 8581) as cluster:
        replicas = set()
        for _ in range(6):
            with urllib.request.urlopen(cluster.url + "/", timeout=10) as response:
                cookie = SimpleCookie()
                cookie.load(response.headers["Set-Cookie"])
                assert response.headers["X-Frame-Options"] == "DENY"
            replica = cookie["ATLAS_REPLICA"].value
            replicas.add(replica)
            # the same browser (same cookie) comes back to the same replica: no new cookie is set
            request = urllib.request.Request(cluster.url + "/timeline", headers={"Cookie": f"ATLAS_REPLICA={replica}"})
            with urllib.request.urlopen(request, timeout=10) as response:
                assert "ATLAS_REPLICA" not in (response.headers.get("Set-Cookie") or "")
        assert replicas == {"app1", "app2"}  # new browsers are spread over both

        # Streamlit's front-end files: from the replica once, then from HAProxy's memory, gzipped for a browser
        import gzip
        import re

        import streamlit

        with urllib.request.urlopen(cluster.url + "/", timeout=10) as response:
            asset = re.search(r'src="\.?/?(static/js/[^"]+\.js)"', response.read().decode()).group(1)
        for _ in range(2):
            request = urllib.request.Request(f"{cluster.url}/{asset}", headers={"Accept-Encoding": "gzip"})
            with urllib.request.urlopen(request, timeout=10) as response:
                body, headers = response.read(), response.headers
            assert headers["Content-Encoding"] == "gzip" and "immutable" in headers["Cache-Control"]
        assert headers["Age"] is not None  # HAProxy's cache answered the second request
        assert gzip.decompress(body) == (Path(streamlit.__file__).parent / "static" / asset).read_bytes()

        async def a_session() -> list:
            results = load.Results()
            user = load.User(cluster.url, results, random.Random(1))
            await user.connect()
            await user.run("open", page="", query="org=UN")
            await user.run("filter", organizations=["NATO"])
            await user.run("page", page="profile", query="id=amisom")
            await user.close()
            return results.errors

        # in a thread of its own: the browser tests' driver may hold an event loop in this one
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            assert pool.submit(asyncio.run, a_session()).result(timeout=120) == []
