"""Registry record files, recognised by their content: ClinicalTrials.gov JSON, the WHO ICTRP
XML export or ChiCTR's XML export. No Qt.
"""

from __future__ import annotations

from pathlib import Path

from decisionaid.i18n import N_, _
from decisionaid.jsondoc import read_file
from decisionaid.model.registry import ctgov, xmlsafe
from decisionaid.model.registry.chictr import is_chictr, parse_chictr
from decisionaid.model.registry.ictrp import is_ictrp, parse_ictrp
from decisionaid.model.registry.reader import RecordError
from decisionaid.model.registry.xmlsafe import parse_xml
from decisionaid.model.trial import TrialInfo

WHAT = N_("a registry record (ClinicalTrials.gov JSON, WHO ICTRP or ChiCTR XML)")


def looks_like_xml(raw: bytes) -> bool:
    head = raw[:200].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<")


def loads_xml(raw: bytes, name: str = N_("The file")) -> list[TrialInfo]:
    """Trials from a WHO ICTRP or ChiCTR XML export. Raises RecordError (one line)."""
    root = parse_xml(raw, name, _("a WHO ICTRP or ChiCTR export"))
    if is_ictrp(root):
        return parse_ictrp(root, name)
    if is_chictr(root):
        return parse_chictr(root, name)
    raise RecordError(
        _("{name} is XML, but not a WHO ICTRP or ChiCTR export.").format(name=_(name))
    )


def loads_record(raw: bytes, name: str = N_("The file")) -> list[TrialInfo]:
    """Trials from the bytes of any registry record file. Raises RecordError (one line)."""
    if looks_like_xml(raw):
        return loads_xml(raw, name)
    return ctgov.loads_ctgov(raw, name)


def load_record_file(path: Path | str) -> list[TrialInfo]:
    """Trials from a registry record file. Raises RecordError with a one-line message."""
    raw, name = read_file(path, max(ctgov.MAX_FILE_BYTES, xmlsafe.MAX_XML_BYTES), RecordError)
    if not looks_like_xml(raw) and len(raw) > ctgov.MAX_FILE_BYTES:
        raise RecordError(
            _("{name} is too large to be a ClinicalTrials.gov record.").format(name=_(name))
        )
    return loads_record(raw, name)
