"""The online look-up on QNetworkAccessManager, against a local server on 127.0.0.1 only.

The server is Python's `http.server` in a thread; the look-up runs on the Qt event loop (no
thread, no polling). Nothing here reaches the internet: every address is 127.0.0.1, and the
"other host" of the redirect test is never connected to (the redirect is refused first).
"""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from socketserver import ThreadingMixIn

import pytest

from decisionaid.ui.lookup import RegistryLookup

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ctgov"
pytestmark = pytest.mark.network


# --- a local ClinicalTrials.gov ------------------------------------------------------------


class _Server(ThreadingMixIn, HTTPServer):
    daemon_threads = False
    block_on_close = True  # server_close() waits for every handler thread

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.release = threading.Event()
        self.routes: dict[str, tuple[int, bytes, dict[str, str]]] = {}

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - the name http.server expects
        try:
            if self.path.startswith("/slow/"):
                self.server.release.wait(5)
            if self.path.startswith("/endless/"):
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                chunk = b" " * 65536
                while not self.server.release.is_set():
                    self.wfile.write(chunk)
                return
            status, body, headers = self.server.routes.get(
                self.path, (404, b'{"message": "not found"}', {})
            )
            self.send_response(status)
            headers = {"Content-Type": "application/json", **headers}
            if "Content-Length" not in headers and not self.path.startswith("/nolength/"):
                headers["Content-Length"] = str(len(body))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (time-out or size limit): expected in some tests

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def server(monkeypatch):
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield srv
    finally:
        srv.release.set()
        srv.shutdown()
        srv.server_close()
        thread.join(5)


def _fixture(name: str) -> bytes:
    path = FIXTURES / name
    if not path.is_file():
        pytest.skip(f"ClinicalTrials.gov fixtures not found at {FIXTURES}")
    return path.read_bytes()


def _fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    """The system proxy is used in the app; here nothing may send 127.0.0.1 elsewhere."""
    for var in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "*")


def _run(qtbot, base: str, number: str = "NCT01126879", **settings) -> tuple[str, object]:
    """("ok", trial) or ("failed", message), waiting on the event loop."""
    lookup = RegistryLookup()
    for key, value in settings.items():
        setattr(lookup, key, value)
    if "total_ms" in settings:
        lookup.total.setInterval(settings["total_ms"])
    outcome: list[tuple[str, object]] = []
    lookup.succeeded.connect(lambda trial: outcome.append(("ok", trial)))
    lookup.failed.connect(lambda message: outcome.append(("failed", message)))
    started = lookup.start(number, base)
    if started:
        qtbot.waitUntil(lambda: bool(outcome), timeout=15_000)
    assert len(outcome) == 1
    assert not lookup.busy()
    return outcome[0]


def test_success(server, qtbot):
    server.routes["/api/v2/studies/NCT01126879"] = (200, _fixture("NCT01126879.json"), {})
    kind, trial = _run(qtbot, server.base + "/api/v2", "nct01126879")
    assert kind == "ok", trial
    assert trial.registry_id == "NCT01126879" and trial.phases == ["2"]
    assert trial.randomised is True and trial.placebo is True and trial.origin == "ctgov"
    assert trial.results is not None


def test_no_such_study(server, qtbot):
    kind, message = _run(qtbot, server.base + "/api/v2", "NCT99999999")
    assert kind == "failed" and "no study with the number NCT99999999" in message


def test_timeout(server, qtbot):
    server.routes["/slow/studies/NCT01126879"] = (200, _fixture("NCT01126879.json"), {})
    kind, message = _run(qtbot, server.base + "/slow", transfer_timeout_ms=300)
    assert kind == "failed" and "took too long" in message


def test_total_time_limit(server, qtbot):
    """Data that keeps trickling in still stops at the total time limit."""
    server.routes["/slow/studies/NCT01126879"] = (200, _fixture("NCT01126879.json"), {})
    kind, message = _run(qtbot, server.base + "/slow", total_ms=300)
    assert kind == "failed" and "took too long" in message


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html><body>Service temporarily unavailable</body></html>", "could not be read"),
        (b"\x89PNG\r\n\x1a\n\x00\x00garbage\xff\xfe", "could not be read"),
        (b'{"protocolSection": {"designModu', "could not be read"),
        (b'{"hello": "world"}', "did not send a study record"),
        (b"[]", "did not send a study record"),
        (b'{"protocolSection": {"designModule": {"phases": "PHASE2"}}}', "study record"),
    ],
)
def test_garbage_body(server, qtbot, body, message):
    server.routes["/api/v2/studies/NCT01126879"] = (200, body, {})
    kind, text = _run(qtbot, server.base + "/api/v2")
    assert kind == "failed" and message in text and "\n" not in text


def test_endless_body_stops_at_the_size_cap(server, qtbot):
    kind, message = _run(qtbot, server.base + "/endless", max_bytes=1_000_000)
    assert kind == "failed" and "too large" in message


@pytest.mark.parametrize("prefix", ["/api/v2", "/nolength"])
def test_too_large(server, qtbot, prefix):
    """Refused by its Content-Length, or while reading when there is none."""
    server.routes[f"{prefix}/studies/NCT01126879"] = (200, _fixture("NCT01126879.json"), {})
    kind, message = _run(qtbot, server.base + prefix, max_bytes=1000)
    assert kind == "failed" and "too large" in message


@pytest.mark.parametrize(
    ("status", "message"),
    [(500, "has a problem right now"), (503, "error 503"), (429, "busy"), (403, "error 403")],
)
def test_http_errors(server, qtbot, status, message):
    server.routes["/api/v2/studies/NCT01126879"] = (status, b"{}", {})
    kind, text = _run(qtbot, server.base + "/api/v2")
    assert kind == "failed" and message in text


def test_a_different_study_is_refused(server, qtbot):
    server.routes["/api/v2/studies/NCT01126879"] = (200, _fixture("NCT05602779.json"), {})
    kind, message = _run(qtbot, server.base + "/api/v2")
    assert kind == "failed" and "different study" in message


def test_redirect_on_the_same_host_is_followed(server, qtbot):
    server.routes["/old/studies/NCT01126879"] = (
        301,
        b"",
        {"Location": server.base + "/api/v2/studies/NCT01126879"},
    )
    server.routes["/api/v2/studies/NCT01126879"] = (200, _fixture("NCT01126879.json"), {})
    kind, trial = _run(qtbot, server.base + "/old")
    assert kind == "ok", trial


@pytest.mark.parametrize(
    "target",
    ["http://localhost:{port}/api/v2/studies/NCT01126879", "ftp://127.0.0.1/NCT01126879.json"],
)
def test_redirect_to_another_host_is_not_followed(server, qtbot, target):
    port = server.server_address[1]
    server.routes["/api/v2/studies/NCT01126879"] = (
        302,
        b"",
        {"Location": target.format(port=port)},
    )
    kind, message = _run(qtbot, server.base + "/api/v2")
    assert kind == "failed" and "not followed" in message


def test_connection_refused(qtbot):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on that port now.
    kind, message = _run(qtbot, f"http://127.0.0.1:{port}/api/v2")
    assert kind == "failed" and ("refused" in message or "could not be reached" in message)


@pytest.mark.parametrize("number", ["", "ChiCTR2000029308", "CTR20210123", "hello"])
def test_only_nct_numbers(qtbot, number):
    kind, message = _run(qtbot, "http://127.0.0.1:9/api/v2", number)
    assert kind == "failed" and "Only ClinicalTrials.gov numbers" in message


@pytest.mark.parametrize("base", ["file:///etc", "ftp://example.org/api", "clinicaltrials.gov"])
def test_only_web_addresses(qtbot, base):
    kind, message = _run(qtbot, base)
    assert kind == "failed" and "not a web address" in message


def test_a_record_with_a_lone_surrogate_or_a_huge_number_from_the_network(server, qtbot):
    """The network is a door too: text made valid, huge numbers refused with one message."""
    record = json.loads(_fixture("NCT01126879.json"))
    record["protocolSection"]["identificationModule"]["briefTitle"] = "PLACEHOLDER"
    body = json.dumps(record).replace("PLACEHOLDER", "\\ud800 title").encode()
    server.routes["/api/v2/studies/NCT01126879"] = (200, body, {})
    kind, trial = _run(qtbot, server.base + "/api/v2")
    assert kind == "ok", trial
    assert "\ud800" not in trial.title and "\ufffd" in trial.title

    huge = body.replace(b'"\\ud800 title"', b"9" * 5000)
    server.routes["/api/v2/studies/NCT01126879"] = (200, huge, {})
    kind, message = _run(qtbot, server.base + "/api/v2")
    assert kind == "failed" and "\n" not in message
