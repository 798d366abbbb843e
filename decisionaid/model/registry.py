"""Trial registry numbers, and the optional online look-up on ClinicalTrials.gov. No Qt.

Three kinds of number are recognised:

- ``nct``: ClinicalTrials.gov (US National Library of Medicine), ``NCT`` + 8 digits.
- ``chictr``: the Chinese Clinical Trial Registry (a WHO primary registry), either the
  older ``ChiCTR-TRC-12002345`` form or the newer ``ChiCTR2000029308`` form.
- ``ctr``: China's Drug Clinical Trial Registration and Information Disclosure Platform
  (chinadrugtrials.org.cn), ``CTR`` + 8 digits.

Only ClinicalTrials.gov has a public API, so only NCT numbers can be looked up online.
Nothing here touches the network unless `fetch_ctgov` is called.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Literal

from decisionaid.errors import UserError
from decisionaid.model.trial import TrialInfo

RegistryKind = Literal["nct", "chictr", "ctr"]

CTGOV_API = "https://clinicaltrials.gov/api/v2"
# A single study record is usually 10-200 kB; the largest ones with results stay under a few MB.
MAX_RESPONSE_BYTES = 5_000_000

_NCT = re.compile(r"NCT[-_ ]?(\d{8})", re.IGNORECASE)
_CHICTR_OLD = re.compile(r"CHICTR-([A-Z]{2,5})-(\d{8})", re.IGNORECASE)
_CHICTR_NEW = re.compile(r"CHICTR(\d{10})", re.IGNORECASE)
_CTR = re.compile(r"CTR(\d{8})", re.IGNORECASE)

REGISTRY_NAMES: dict[RegistryKind, str] = {
    "nct": "ClinicalTrials.gov",
    "chictr": "Chinese Clinical Trial Registry (ChiCTR)",
    "ctr": "China Drug Clinical Trial Registration and Information Disclosure Platform",
}


class InvalidRegistryId(UserError, ValueError):
    """The text is not a registry number this program knows. The message is for a person."""


class LookupFailed(UserError):
    """The online look-up did not work. The message is one line, meant for a person."""


def _compact(text: str) -> str:
    return "".join(text.split())


def _match(text: str) -> tuple[RegistryKind, str] | None:
    """(kind, normalised id) or None."""
    compact = _compact(text)
    if m := _NCT.fullmatch(compact):
        return "nct", f"NCT{m.group(1)}"
    if m := _CHICTR_OLD.fullmatch(compact):
        return "chictr", f"ChiCTR-{m.group(1).upper()}-{m.group(2)}"
    if m := _CHICTR_NEW.fullmatch(compact):
        return "chictr", f"ChiCTR{m.group(1)}"
    if m := _CTR.fullmatch(compact):
        return "ctr", f"CTR{m.group(1)}"
    return None


def classify_registry_id(text: str) -> RegistryKind | None:
    """ "nct", "chictr" or "ctr"; None when the text is empty or not a known kind of number."""
    found = _match(text or "")
    return found[0] if found else None


def registry_id_problem(text: str) -> str | None:
    """A message for a person when `text` is not a valid number, else None. Empty is fine."""
    if not (text or "").strip():
        return None
    if _match(text) is not None:
        return None
    return (
        "This does not look like a trial number. It should look like NCT01234567 "
        "(ClinicalTrials.gov), ChiCTR2000029308 (ChiCTR) or CTR20210123 (China drug trials). "
        "You can also leave it empty."
    )


def normalise_registry_id(text: str) -> str:
    """The number in its usual spelling: " nct01126879 " gives "NCT01126879".

    Spaces are ignored. Empty text gives "". Raises InvalidRegistryId with a readable message
    when the text is not a known kind of number.
    """
    if not (text or "").strip():
        return ""
    found = _match(text)
    if found is None:
        raise InvalidRegistryId(registry_id_problem(text) or "This is not a trial number.")
    return found[1]


def registry_url(registry_id: str) -> str:
    """A web page where a person can read about the trial ("" if the number is not known)."""
    found = _match(registry_id or "")
    if found is None:
        return ""
    kind, rid = found
    if kind == "nct":
        return f"https://clinicaltrials.gov/study/{rid}"
    if kind == "chictr":
        # ChiCTR has no stable web address per number: search for the number on its site.
        return "https://www.chictr.org.cn/"
    return "http://www.chinadrugtrials.org.cn/"


# --- online look-up ------------------------------------------------------------------------


def _url_error_message(reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return "ClinicalTrials.gov took too long to answer. Please try again later."
    if isinstance(reason, socket.gaierror):
        return (
            "ClinicalTrials.gov could not be reached. "
            "Please check that this computer is connected to the internet."
        )
    if isinstance(reason, ConnectionRefusedError):
        return "ClinicalTrials.gov refused the connection. Please try again later."
    if isinstance(reason, ssl.SSLError):
        return (
            "The secure connection to ClinicalTrials.gov failed. "
            "Check the computer's date and time, or try another network."
        )
    if isinstance(reason, OSError):
        return (
            "ClinicalTrials.gov could not be reached. "
            "Please check the internet connection and try again."
        )
    return "ClinicalTrials.gov could not be reached. Please try again later."


def _http_error_message(code: int, nct_id: str) -> str:
    if code == 404:
        return f"ClinicalTrials.gov has no study with the number {nct_id}. Please check the number."
    if code == 400:
        return f"ClinicalTrials.gov did not accept the number {nct_id}. Please check the number."
    if code == 429:
        return "ClinicalTrials.gov is busy (too many requests). Please wait a minute and try again."
    if 500 <= code <= 599:
        return f"ClinicalTrials.gov has a problem right now (error {code}). Please try again later."
    return f"ClinicalTrials.gov did not answer as expected (error {code}). Please try again later."


class _WebRedirectsOnly(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http(s) addresses (urllib would also follow ftp)."""

    max_redirections = 5

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urllib.parse.urlsplit(newurl).scheme not in ("http", "https"):
            return None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _read_limited(response: http.client.HTTPResponse, deadline: float) -> bytes:
    length = response.headers.get("Content-Length")
    if length and length.strip().isdigit() and int(length) > MAX_RESPONSE_BYTES:
        raise LookupFailed("The answer from ClinicalTrials.gov is too large to be one study.")
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(64 * 1024)
        if not chunk:
            break
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise LookupFailed("The answer from ClinicalTrials.gov is too large to be one study.")
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise LookupFailed(
                "ClinicalTrials.gov took too long to answer. Please try again later."
            )
    return b"".join(chunks)


def fetch_ctgov(nct_id: str, base_url: str = CTGOV_API, timeout: float = 10.0) -> TrialInfo:
    """Look up one study on ClinicalTrials.gov (API v2) and return its details.

    `timeout` is the number of seconds to wait for each step (connecting, each read); the whole
    download may take at most three times that. Raises LookupFailed with a one-line message for
    a person on any problem: no internet, time-out, no such study, a server error, or an answer
    that is not a study record.
    """
    from decisionaid.model.ctgov import RecordError, parse_ctgov

    found = _match(nct_id or "")
    if found is None or found[0] != "nct":
        raise LookupFailed(
            "Only ClinicalTrials.gov numbers (NCT followed by 8 digits) can be looked up online."
        )
    rid = found[1]
    scheme = urllib.parse.urlsplit(base_url).scheme
    if scheme not in ("http", "https"):
        raise LookupFailed("The address of the trial registry is not a web address.")
    url = f"{base_url.rstrip('/')}/studies/{rid}"
    request = urllib.request.Request(
        url,
        headers={"Accept": "application/json", "User-Agent": "TrialDecisionAid"},
    )
    start = time.monotonic()
    try:
        # A fresh opener each time, so proxy settings from the environment are read now.
        opener = urllib.request.build_opener(_WebRedirectsOnly)
        with opener.open(request, timeout=timeout) as response:
            raw = _read_limited(response, start + 3 * timeout)
    except urllib.error.HTTPError as exc:
        code = exc.code
        exc.close()
        raise LookupFailed(_http_error_message(code, rid)) from None
    except urllib.error.URLError as exc:
        raise LookupFailed(_url_error_message(exc.reason)) from None
    except TimeoutError:
        raise LookupFailed(
            "ClinicalTrials.gov took too long to answer. Please try again later."
        ) from None
    except (http.client.HTTPException, OSError, ValueError):
        raise LookupFailed(
            "The connection to ClinicalTrials.gov broke off. Please try again."
        ) from None

    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise LookupFailed(
            "The answer from ClinicalTrials.gov could not be read. Please try again later."
        ) from None
    try:
        trials = parse_ctgov(data)
    except RecordError:
        raise LookupFailed(
            "ClinicalTrials.gov did not send a study record. Please try again later."
        ) from None
    if len(trials) != 1:
        raise LookupFailed("ClinicalTrials.gov did not send exactly one study. Please try again.")
    trial = trials[0]
    if trial.registry_id and trial.registry_id != rid:
        raise LookupFailed(
            f"ClinicalTrials.gov sent a different study ({trial.registry_id}) than asked for."
        )
    return trial
