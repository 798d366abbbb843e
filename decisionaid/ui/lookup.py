"""The online look-up of one study on ClinicalTrials.gov, on Qt's own network stack.

`QNetworkAccessManager` works from the event loop: no thread and no polling. Each look-up has
a transfer time-out (no data for a while), a total time limit, a size cap, a redirect policy
(only to the same host, over http or https) and the system's proxy settings. Only the NCT
number is sent; nothing about the patient. `model/` parses the answer; it never connects.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtNetwork import (
    QNetworkAccessManager,
    QNetworkProxyFactory,
    QNetworkReply,
    QNetworkRequest,
)

from decisionaid.jsondoc import decode_json
from decisionaid.model.registry.ctgov import parse_ctgov
from decisionaid.model.registry.ids import classify_registry_id, normalise_registry_id
from decisionaid.model.registry.reader import RecordError

# A single study record is usually 10-200 kB; the largest ones with results stay under a few MB.
MAX_RESPONSE_BYTES = 5_000_000


class _Unreadable(Exception):
    """The answer is not a record this program can read (one message for all such cases)."""


TRANSFER_TIMEOUT_MS = 10_000
TOTAL_TIMEOUT_MS = 30_000
MAX_REDIRECTS = 5

_E = QNetworkReply.NetworkError


class RegistryLookup(QObject):
    """Looks up one study at a time. Emits `succeeded(TrialInfo)` or `failed(message)`."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.manager: QNetworkAccessManager | None = None
        self.reply: QNetworkReply | None = None
        self.nct_id = ""
        self.host = ""
        self.buffer = bytearray()
        self.reason = ""  # why we stopped the transfer ourselves
        self.transfer_timeout_ms = TRANSFER_TIMEOUT_MS
        self.max_bytes = MAX_RESPONSE_BYTES
        self.total = QTimer(self)
        self.total.setSingleShot(True)
        self.total.setInterval(TOTAL_TIMEOUT_MS)
        self.total.timeout.connect(self._on_total_timeout)

    # --- public ---------------------------------------------------------------------------
    def busy(self) -> bool:
        return self.reply is not None

    def start(self, nct_id: str, base_url: str) -> bool:
        """Start a look-up. Returns False (after emitting `failed`) when it cannot start."""
        if self.busy():
            return False
        if classify_registry_id(nct_id or "") != "nct":
            self.failed.emit(
                self.tr(
                    "Only ClinicalTrials.gov numbers (NCT followed by 8 digits) can be looked up "
                    "online."
                )
            )
            return False
        self.nct_id = normalise_registry_id(nct_id)
        url = QUrl(f"{base_url.rstrip('/')}/studies/{self.nct_id}")
        if not url.isValid() or url.scheme() not in ("http", "https") or not url.host():
            self.failed.emit(self.tr("The address of the trial registry is not a web address."))
            return False
        if self.manager is None:
            # The system's proxy settings (and PAC files where the platform has them).
            QNetworkProxyFactory.setUseSystemConfiguration(True)
            self.manager = QNetworkAccessManager(self)
        self.host = url.host().lower()
        request = QNetworkRequest(url)
        request.setRawHeader(b"Accept", b"application/json")
        request.setRawHeader(b"User-Agent", b"TrialDecisionAid")
        request.setTransferTimeout(self.transfer_timeout_ms)
        request.setMaximumRedirectsAllowed(MAX_REDIRECTS)
        request.setAttribute(
            QNetworkRequest.Attribute.RedirectPolicyAttribute,
            QNetworkRequest.RedirectPolicy.UserVerifiedRedirectPolicy,
        )
        request.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute,
            QNetworkRequest.CacheLoadControl.AlwaysNetwork,
        )
        self.buffer = bytearray()
        self.reason = ""
        reply = self.manager.get(request)
        reply.setReadBufferSize(256 * 1024)
        reply.readyRead.connect(self._on_ready_read)
        reply.redirected.connect(self._on_redirected)
        reply.finished.connect(self._on_finished)
        reply.metaDataChanged.connect(self._on_meta)
        self.reply = reply
        self.total.start()
        return True

    def cancel(self) -> None:
        if self.reply is not None:
            self._stop(self.tr("The look-up was cancelled."))

    # --- transfer ---------------------------------------------------------------------------
    def _stop(self, reason: str) -> None:
        if self.reply is not None and not self.reason:
            self.reason = reason
            self.reply.abort()

    def _on_meta(self) -> None:
        reply = self.reply
        if reply is None:
            return
        length = reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
        try:
            too_big = length is not None and int(length) > self.max_bytes
        except (TypeError, ValueError):
            too_big = False
        if too_big:
            self._stop(self._too_large())

    def _on_ready_read(self) -> None:
        reply = self.reply
        if reply is None:
            return
        self.buffer += bytes(reply.readAll().data())
        if len(self.buffer) > self.max_bytes:
            self._stop(self._too_large())

    def _on_redirected(self, url: QUrl) -> None:
        reply = self.reply
        if reply is None:
            return
        if url.scheme() in ("http", "https") and url.host().lower() == self.host:
            reply.redirectAllowed.emit()
        else:
            self._stop(
                self.tr(
                    "ClinicalTrials.gov sent the look-up on to another address ({0}). "
                    "It was not followed."
                ).format(url.host() or url.scheme())
            )

    def _on_total_timeout(self) -> None:
        self._stop(self._too_slow())

    def _too_large(self) -> str:
        return self.tr("The answer from ClinicalTrials.gov is too large to be one study.")

    def _too_slow(self) -> str:
        return self.tr("ClinicalTrials.gov took too long to answer. Please try again later.")

    def _on_finished(self) -> None:
        reply = self.reply
        if reply is None:
            return
        self.total.stop()
        self.reply = None
        if not self.reason and reply.bytesAvailable():
            self.buffer += bytes(reply.readAll().data())
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        error = reply.error()
        reply.deleteLater()
        if self.reason:
            self.failed.emit(self.reason)
            return
        if isinstance(status, int) and status >= 400:
            self.failed.emit(self._http_message(status))
            return
        if error != _E.NoError:
            self.failed.emit(self._network_message(error))
            return
        if len(self.buffer) > self.max_bytes:
            self.failed.emit(self._too_large())
            return
        self._parse(bytes(self.buffer))

    # --- answers ----------------------------------------------------------------------------
    def _parse(self, raw: bytes) -> None:
        try:
            # The same door as files: valid Unicode, no huge numbers or deep nesting.
            data = decode_json(raw, "answer", "a record", _Unreadable, self.max_bytes)
        except _Unreadable:
            self.failed.emit(
                self.tr(
                    "The answer from ClinicalTrials.gov could not be read. Please try again later."
                )
            )
            return
        try:
            trials = parse_ctgov(data)
        except RecordError:
            self.failed.emit(
                self.tr("ClinicalTrials.gov did not send a study record. Please try again later.")
            )
            return
        if len(trials) != 1:
            self.failed.emit(
                self.tr("ClinicalTrials.gov did not send exactly one study. Please try again.")
            )
            return
        trial = trials[0]
        if trial.registry_id and trial.registry_id != self.nct_id:
            self.failed.emit(
                self.tr("ClinicalTrials.gov sent a different study ({0}) than asked for.").format(
                    trial.registry_id
                )
            )
            return
        self.succeeded.emit(trial)

    def _http_message(self, code: int) -> str:
        if code == 404:
            return self.tr(
                "ClinicalTrials.gov has no study with the number {0}. Please check the number."
            ).format(self.nct_id)
        if code == 400:
            return self.tr(
                "ClinicalTrials.gov did not accept the number {0}. Please check the number."
            ).format(self.nct_id)
        if code == 429:
            return self.tr(
                "ClinicalTrials.gov is busy (too many requests). Please wait a minute and try "
                "again."
            )
        if 500 <= code <= 599:
            return self.tr(
                "ClinicalTrials.gov has a problem right now (error {0}). Please try again later."
            ).format(code)
        return self.tr(
            "ClinicalTrials.gov did not answer as expected (error {0}). Please try again later."
        ).format(code)

    def _network_message(self, error: QNetworkReply.NetworkError) -> str:
        if error in (_E.TimeoutError, _E.OperationCanceledError):
            return self._too_slow()
        if error in (
            _E.HostNotFoundError,
            _E.NetworkSessionFailedError,
            _E.TemporaryNetworkFailureError,
        ):
            return self.tr(
                "ClinicalTrials.gov could not be reached. "
                "Please check that this computer is connected to the internet."
            )
        if error == _E.ConnectionRefusedError:
            return self.tr("ClinicalTrials.gov refused the connection. Please try again later.")
        if error == _E.SslHandshakeFailedError:
            return self.tr(
                "The secure connection to ClinicalTrials.gov failed. "
                "Check the computer's date and time, or try another network."
            )
        if error in (
            _E.ProxyConnectionRefusedError,
            _E.ProxyNotFoundError,
            _E.ProxyTimeoutError,
            _E.ProxyAuthenticationRequiredError,
            _E.ProxyConnectionClosedError,
        ):
            return self.tr(
                "The computer's proxy did not pass the look-up on. Please check the network "
                "settings."
            )
        if error in (_E.InsecureRedirectError, _E.ProtocolUnknownError):
            return self.tr(
                "ClinicalTrials.gov sent the look-up on to another address ({0}). "
                "It was not followed."
            ).format(self.tr("not a web address"))
        if error == _E.TooManyRedirectsError:
            return self.tr(
                "ClinicalTrials.gov sent the look-up round in circles. Please try again."
            )
        return self.tr("The connection to ClinicalTrials.gov broke off. Please try again.")
