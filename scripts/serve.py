"""Start the atlas with Streamlit, as `streamlit run app.py` would, with three changes to the web server:

1. Streamlit 1.67's pages-folder mode is switched off. With a folder named pages/ beside the entry script, it runs
   the first session of a new server in its old pages-folder mode, so a first visit to a deep link (/map,
   /timeline) shows "Page not found" or runs a page without the app's frame. The app declares its pages with
   st.navigation.
2. Every response carries security headers (SECURITY_HEADERS): a content security policy that lets the page load
   and connect only to its own server and never be framed by another site, no MIME sniffing, no referrer.
3. Links as long as a browser sends (2 MB in Chromium) reach the app, which ignores what it cannot use and says so;
   the web server's default limit answered a link over ~150 kB with a bare "400 Bad Request".
4. Before it accepts a connection, the server imports the app's modules and loads and checks the data and the
   teaching content into the shared caches (about 2 s). Otherwise the first visitor pays for it, and a class opening
   the link together waits behind that first run. Data that fail their checks are left for the app to report.

Arguments are passed on to `streamlit run`.

Usage: python scripts/serve.py [--server.port 8501 ...]
"""

import base64
import contextlib
import hashlib
import re
import sys
from pathlib import Path

import streamlit
from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli
from streamlit.web.server.starlette import starlette_app, starlette_server

APP = Path(__file__).resolve().parent.parent / "app.py"
MAX_REQUEST_HEAD = 2 * 1024 * 1024  # bytes of request line and headers; Chromium's longest URL is 2 MB


def inline_script_hashes() -> list[str]:
    """CSP hashes of the inline scripts of Streamlit's own page (one small bootstrap script in 1.67), read from the
    installed frontend so that a Streamlit upgrade cannot silently break the page."""
    index = Path(streamlit.__file__).parent / "static" / "index.html"
    scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", index.read_text(encoding="utf-8"), flags=re.S)
    return [f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'" for body in scripts]


# What the page may load and from where: its own server only. Scripts: the frontend's files, its one inline
# bootstrap script by hash, and WebAssembly (its data grid); no eval, nothing from any other host; no site may frame it.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        " ".join(["script-src 'self'", *inline_script_hashes(), "'wasm-unsafe-eval'"]),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "frame-src 'self' blob: data:",
        "media-src 'self' blob: data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "cross-origin-opener-policy": "same-origin",
}


class SecurityHeaders:
    """ASGI middleware adding SECURITY_HEADERS to every HTTP response (websocket frames carry no headers)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _middleware_with_headers(original):
    def middleware():
        from starlette.middleware import Middleware

        return [Middleware(SecurityHeaders), *original()]

    return middleware


def _uvicorn_kwargs(original):
    def kwargs():
        return {**original(), "h11_max_incomplete_event_size": MAX_REQUEST_HEAD}

    return kwargs


def configure() -> None:
    PagesManager.uses_pages_directory = False
    starlette_app.create_streamlit_middleware = _middleware_with_headers(starlette_app.create_streamlit_middleware)
    starlette_server._get_uvicorn_config_kwargs = _uvicorn_kwargs(starlette_server._get_uvicorn_config_kwargs)


def warm_up() -> None:
    """Import what the pages use and fill the shared caches with the checked data and teaching content."""
    import logging
    from datetime import date

    sys.path.insert(0, str(APP.parent))
    for name in ("streamlit.runtime.scriptrunner_utils.script_run_context", "streamlit.runtime.caching.cache_utils"):
        logging.getLogger(name).setLevel(logging.ERROR)  # "no script run context": expected outside a session
    from components import brief, charts, figures, mapping, timeline  # noqa: F401 - imported for their cost
    from components.content import CONTENT_DIR, _cached_content, _content_fingerprint
    from components.data import DataError, _cached_atlas, _contents, data_dir

    directory = data_dir()
    digest, contents = _contents(directory)
    atlas = _cached_atlas(str(directory), digest, date.today(), contents)
    if not isinstance(atlas, DataError):
        with contextlib.suppress(Exception):  # the app shows a content problem on its pages, with file and line
            _cached_content(_content_fingerprint(CONTENT_DIR), digest, atlas)


if __name__ == "__main__":
    configure()
    warm_up()
    sys.argv = ["streamlit", "run", str(APP), *sys.argv[1:]]
    sys.exit(cli.main())
