"""Registry numbers, and the ClinicalTrials.gov look-up against a local server only.

Nothing here reaches the internet: the look-up tests talk to an `http.server` on 127.0.0.1,
and a guard fails the test if anything else is connected to.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from socketserver import ThreadingMixIn

import pytest

from decisionaid.model import registry
from decisionaid.model.registry import (
    InvalidRegistryId,
    LookupFailed,
    classify_registry_id,
    fetch_ctgov,
    normalise_registry_id,
    registry_id_problem,
    registry_url,
)

REPO = Path(__file__).parents[2]
FIXTURES = Path(__file__).parents[1] / "fixtures" / "ctgov"
LOCAL_HOSTS = ("127.0.0.1", "::1", "localhost")


# --- registry numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "normal"),
    [
        ("NCT01126879", "nct", "NCT01126879"),
        ("nct01126879", "nct", "NCT01126879"),
        ("  NCT 0112 6879 ", "nct", "NCT01126879"),
        ("NCT-01126879", "nct", "NCT01126879"),
        ("ChiCTR2000029308", "chictr", "ChiCTR2000029308"),
        ("chictr2000029308", "chictr", "ChiCTR2000029308"),
        ("ChiCTR-TRC-12002345", "chictr", "ChiCTR-TRC-12002345"),
        ("ChiCTR-IOR-17013210", "chictr", "ChiCTR-IOR-17013210"),
        ("chictr-ior-17013210", "chictr", "ChiCTR-IOR-17013210"),
        ("CTR20210123", "ctr", "CTR20210123"),
        ("ctr20210123", "ctr", "CTR20210123"),
    ],
)
def test_known_numbers_are_classified_and_normalised(text, kind, normal):
    assert classify_registry_id(text) == kind
    assert normalise_registry_id(text) == normal
    assert registry_id_problem(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "NCT0112687",  # 7 digits
        "NCT011268790",  # 9 digits
        "NCTABCDEFGH",
        "01126879",
        "ChiCTR200002930",  # 9 digits
        "ChiCTR-12002345",
        "CTR2021012",
        "CTR202101234",
        "ISRCTN12345678",
        "NCT01126879; DROP TABLE",
        "<b>NCT01126879</b>",
    ],
)
def test_other_text_is_not_a_registry_number(text):
    assert classify_registry_id(text) is None
    message = registry_id_problem(text)
    assert message and "NCT01234567" in message and "\n" not in message
    with pytest.raises(InvalidRegistryId):
        normalise_registry_id(text)


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_number_means_not_known(text):
    assert classify_registry_id(text) is None
    assert registry_id_problem(text) is None
    assert normalise_registry_id(text) == ""


def test_registry_urls():
    assert registry_url("nct01126879") == "https://clinicaltrials.gov/study/NCT01126879"
    assert registry_url("ChiCTR2000029308").startswith("https://www.chictr.org.cn")
    assert "chinadrugtrials.org.cn" in registry_url("CTR20210123")
    assert registry_url("nonsense") == ""


# --- network guard -------------------------------------------------------------------------


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def local_network_only(monkeypatch):
    """Allow connections to this computer only; record and refuse anything else."""
    attempts: list[object] = []
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def _host(address: object) -> object:
        return address[0] if isinstance(address, tuple) else address

    def connect(self, address):
        if _host(address) not in LOCAL_HOSTS:
            attempts.append(address)
            raise NetworkUsed(f"a connection to {address!r} was attempted")
        return real_connect(self, address)

    def connect_ex(self, address):
        connect(self, address)
        return 0

    def getaddrinfo(host, *args, **kwargs):
        if host not in LOCAL_HOSTS:
            attempts.append(host)
            raise NetworkUsed(f"a name look-up for {host!r} was attempted")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    # urllib honours proxy settings: make sure none sends the local request elsewhere.
    for var in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("no_proxy", "*")
    yield attempts
    assert attempts == [], f"network use outside this computer: {attempts}"


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
def server(local_network_only):
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


@pytest.mark.network
def test_fetch_success(server):
    server.routes["/api/v2/studies/NCT01126879"] = (200, _fixture("NCT01126879.json"), {})
    trial = fetch_ctgov("nct01126879", base_url=server.base + "/api/v2", timeout=5)
    assert trial.registry_id == "NCT01126879"
    assert trial.phases == ["2"]
    assert trial.randomised is True
    assert trial.placebo is True
    assert trial.origin == "ctgov"


@pytest.mark.network
def test_fetch_no_such_study(server):
    with pytest.raises(LookupFailed, match="no study with the number NCT99999999"):
        fetch_ctgov("NCT99999999", base_url=server.base + "/api/v2", timeout=5)


@pytest.mark.network
def test_fetch_timeout(server):
    server.routes["/slow/studies/NCT01126879"] = (200, _fixture("NCT01126879.json"), {})
    with pytest.raises(LookupFailed, match="took too long"):
        fetch_ctgov("NCT01126879", base_url=server.base + "/slow", timeout=0.3)


@pytest.mark.network
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
def test_fetch_garbage_body(server, body, message):
    server.routes["/api/v2/studies/NCT01126879"] = (200, body, {})
    with pytest.raises(LookupFailed, match=message) as info:
        fetch_ctgov("NCT01126879", base_url=server.base + "/api/v2", timeout=5)
    assert "\n" not in str(info.value)


@pytest.mark.network
@pytest.mark.parametrize(
    ("status", "message"),
    [(500, "has a problem right now"), (503, "error 503"), (429, "busy"), (403, "error 403")],
)
def test_fetch_http_errors(server, status, message):
    server.routes["/api/v2/studies/NCT01126879"] = (status, b"{}", {})
    with pytest.raises(LookupFailed, match=message):
        fetch_ctgov("NCT01126879", base_url=server.base + "/api/v2", timeout=5)


@pytest.mark.network
@pytest.mark.parametrize("prefix", ["/api/v2", "/nolength"])
def test_fetch_too_large(server, monkeypatch, prefix):
    """Refused by its Content-Length, or while reading when there is none."""
    monkeypatch.setattr(registry, "MAX_RESPONSE_BYTES", 1000)
    server.routes[f"{prefix}/studies/NCT01126879"] = (200, _fixture("NCT01126879.json"), {})
    with pytest.raises(LookupFailed, match="too large"):
        fetch_ctgov("NCT01126879", base_url=server.base + prefix, timeout=5)


@pytest.mark.network
def test_fetch_a_different_study_is_refused(server):
    server.routes["/api/v2/studies/NCT01126879"] = (200, _fixture("NCT05602779.json"), {})
    with pytest.raises(LookupFailed, match="different study"):
        fetch_ctgov("NCT01126879", base_url=server.base + "/api/v2", timeout=5)


@pytest.mark.network
def test_fetch_redirect_to_ftp_is_not_followed(server):
    server.routes["/api/v2/studies/NCT01126879"] = (
        302,
        b"",
        {"Location": "ftp://127.0.0.1/NCT01126879.json"},
    )
    with pytest.raises(LookupFailed, match="error 302"):
        fetch_ctgov("NCT01126879", base_url=server.base + "/api/v2", timeout=5)


@pytest.mark.network
def test_fetch_connection_refused(local_network_only):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on that port now.
    with pytest.raises(LookupFailed, match="refused|could not be reached"):
        fetch_ctgov("NCT01126879", base_url=f"http://127.0.0.1:{port}/api/v2", timeout=2)


def test_fetch_offline(local_network_only, monkeypatch):
    """No internet: the name of the server cannot be looked up."""

    def offline(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", offline)
    with pytest.raises(LookupFailed, match="connected to the internet"):
        fetch_ctgov("NCT01126879", timeout=1)


@pytest.mark.parametrize("number", ["", "ChiCTR2000029308", "CTR20210123", "hello"])
def test_fetch_only_nct_numbers(local_network_only, number):
    with pytest.raises(LookupFailed, match="Only ClinicalTrials.gov numbers"):
        fetch_ctgov(number)


@pytest.mark.parametrize("base", ["file:///etc", "ftp://example.org/api", "clinicaltrials.gov"])
def test_fetch_only_web_addresses(local_network_only, base):
    with pytest.raises(LookupFailed, match="not a web address"):
        fetch_ctgov("NCT01126879", base_url=base)


# --- nothing reaches the network by itself -------------------------------------------------

_NO_NETWORK_SCRIPT = textwrap.dedent(
    """
    import importlib, json, socket, sys
    from pathlib import Path

    attempts = []

    def deny(*args, **kwargs):
        attempts.append(repr(args[1:] or args)[:200])
        raise OSError("network use is not allowed in this test")

    socket.socket.connect = deny
    socket.socket.connect_ex = deny
    socket.create_connection = deny
    socket.getaddrinfo = deny

    root = Path(sys.argv[1]) / "decisionaid"
    failed = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__main__":
            continue  # the entry point runs the program when imported
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        try:
            importlib.import_module(name)
        except Exception as exc:
            failed[name] = f"{type(exc).__name__}: {exc}"

    from decisionaid.model.ctgov import load_ctgov_file
    from decisionaid.model.trial_summary import summarise
    from decisionaid.storage.trialfile import load_any

    parsed = 0
    fixtures = Path(sys.argv[2])
    for path in sorted(fixtures.glob("*.json")):
        for trial in load_ctgov_file(path) + load_any(path):
            summarise(trial)
            parsed += 1
    print(json.dumps({"attempts": attempts, "failed": failed, "parsed": parsed}))
    """
)


def test_importing_everything_and_parsing_uses_no_network():
    """Import every module under decisionaid/ and parse every fixture with sockets disabled.

    Runs in a fresh interpreter, so module-level code really runs (this test process has
    imported most modules already).
    """
    out = subprocess.run(
        [sys.executable, "-c", _NO_NETWORK_SCRIPT, str(REPO), str(FIXTURES)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["attempts"] == [], f"network used: {result['attempts']}"
    mine = [
        "decisionaid.model.registry",
        "decisionaid.model.ctgov",
        "decisionaid.model.trial_summary",
        "decisionaid.model.costs",
        "decisionaid.storage.trialfile",
        "decisionaid.content.costs_schema",
    ]
    assert not [m for m in mine if m in result["failed"]], result["failed"]
    if FIXTURES.is_dir():
        assert result["parsed"] == 2 * len(list(FIXTURES.glob("*.json")))
