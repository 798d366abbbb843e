"""Trial registry numbers: recognise, check and spell them the usual way. No Qt, no network.

Each registry has its own form of number. Those recognised here:

- ``nct``: ClinicalTrials.gov (US National Library of Medicine), ``NCT`` + 8 digits.
- ``chictr``: the Chinese Clinical Trial Registry (a WHO primary registry), either the
  older ``ChiCTR-TRC-12002345`` form or the newer ``ChiCTR2000029308`` form.
- ``ctr``: China's Drug Clinical Trial Registration and Information Disclosure Platform
  (chinadrugtrials.org.cn), ``CTR`` + 8 digits.
- ``isrctn``: the ISRCTN registry, ``ISRCTN`` + 8 digits.
- ``euctr``: the EU Clinical Trials Register, ``EUCTR2021-000037-14`` (with an optional
  country suffix such as ``-ES``); ``ctis``: the EU Clinical Trials Information System,
  ``2023-507385-11-00`` (ICTRP writes ``CTIS2023-507385-11-00``).
- ``drks``: the German Clinical Trials Register, ``DRKS`` + 8 digits.
- ``jprn``: Japan's registries as ICTRP writes them, ``JPRN-UMIN000027045``,
  ``JPRN-jRCTs031210288``, ``JPRN-jRCT2080224769``.
- ``kct``: Korea's CRIS, ``KCT`` + 7 digits; ``actrn``: Australia and New Zealand,
  ``ACTRN`` + 14 digits; ``ctri``: India, ``CTRI/2020/05/025118``; ``nl``: the Netherlands,
  ``NL-OMON55279`` or ``NL1234``; ``irct``: Iran, ``IRCT`` + digits and letters.

The online look-up (ClinicalTrials.gov only) lives in `decisionaid.ui.lookup`.
"""

from __future__ import annotations

import re
from typing import Literal

from decisionaid.errors import UserError
from decisionaid.i18n import _

RegistryKind = Literal[
    "nct",
    "chictr",
    "ctr",
    "isrctn",
    "euctr",
    "ctis",
    "drks",
    "jprn",
    "kct",
    "actrn",
    "ctri",
    "nl",
    "irct",
]

CTGOV_API = "https://clinicaltrials.gov/api/v2"

_NCT = re.compile(r"NCT[-_ ]?(\d{8})", re.IGNORECASE)
_CHICTR_OLD = re.compile(r"CHICTR-([A-Z]{2,5})-(\d{8})", re.IGNORECASE)
_CHICTR_NEW = re.compile(r"CHICTR(\d{10})", re.IGNORECASE)
_CTR = re.compile(r"CTR(\d{8})", re.IGNORECASE)
_ISRCTN = re.compile(r"ISRCTN(\d{8})", re.IGNORECASE)
_EUCTR = re.compile(r"(?:EUCTR)?((?:19|20)\d\d-\d{6}-\d{2})(-[A-Z]{2,3})?", re.IGNORECASE)
_CTIS = re.compile(r"(?:CTIS)?((?:19|20)\d\d-5\d{5}-\d{2}-\d{2})", re.IGNORECASE)
_DRKS = re.compile(r"DRKS(\d{8})", re.IGNORECASE)
_JPRN = re.compile(r"JPRN-(UMIN\d{9}|JRCT[SD]?\d{9,10}|JAPICCTI-\d{6}|JMA-IIA\d{5})", re.I)
_KCT = re.compile(r"KCT(\d{7})", re.IGNORECASE)
_ACTRN = re.compile(r"ACTRN(\d{14})", re.IGNORECASE)
_CTRI = re.compile(r"CTRI/((?:19|20)\d\d)/(\d{2,3})/(\d{6})", re.IGNORECASE)
_NL = re.compile(r"(NL-OMON\d{1,6}|NL\d{1,5}|NTR\d{1,5})", re.IGNORECASE)
_IRCT = re.compile(r"IRCT(\d{8,14}N\d{1,3}|\d{12,16})", re.IGNORECASE)

REGISTRY_NAMES: dict[RegistryKind, str] = {
    "nct": "ClinicalTrials.gov",
    "chictr": "Chinese Clinical Trial Registry (ChiCTR)",
    "ctr": "China Drug Clinical Trial Registration and Information Disclosure Platform",
    "isrctn": "ISRCTN",
    "euctr": "EU Clinical Trials Register",
    "ctis": "EU Clinical Trials Information System (CTIS)",
    "drks": "German Clinical Trials Register (DRKS)",
    "jprn": "Japan Primary Registries Network (JPRN)",
    "kct": "Clinical Research Information Service (CRIS), Korea",
    "actrn": "Australian New Zealand Clinical Trials Registry (ANZCTR)",
    "ctri": "Clinical Trials Registry - India (CTRI)",
    "nl": "Overview of Medical Research in the Netherlands (OMON)",
    "irct": "Iranian Registry of Clinical Trials (IRCT)",
}


class InvalidRegistryId(UserError, ValueError):
    """The text is not a registry number this program knows. The message is for a person."""


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
    if m := _ISRCTN.fullmatch(compact):
        return "isrctn", f"ISRCTN{m.group(1)}"
    if m := _CTIS.fullmatch(compact):
        return "ctis", m.group(1)
    if (m := _EUCTR.fullmatch(compact)) and compact.upper().startswith("EUCTR"):
        return "euctr", f"EUCTR{m.group(1)}{(m.group(2) or '').upper()}"
    if m := _DRKS.fullmatch(compact):
        return "drks", f"DRKS{m.group(1)}"
    if m := _JPRN.fullmatch(compact):
        rest = m.group(1)
        upper = rest.upper()
        rest = "jRCT" + rest[4:].lower() if upper.startswith("JRCT") else upper
        return "jprn", f"JPRN-{rest}"
    if m := _KCT.fullmatch(compact):
        return "kct", f"KCT{m.group(1)}"
    if m := _ACTRN.fullmatch(compact):
        return "actrn", f"ACTRN{m.group(1)}"
    if m := _CTRI.fullmatch(compact):
        return "ctri", f"CTRI/{m.group(1)}/{m.group(2)}/{m.group(3)}"
    if m := _NL.fullmatch(compact):
        return "nl", m.group(1).upper()
    if m := _IRCT.fullmatch(compact):
        return "irct", f"IRCT{m.group(1).upper()}"
    return None


def classify_registry_id(text: str) -> RegistryKind | None:
    """The kind of number ("nct", "chictr", ...); None when empty or not a known kind."""
    found = _match(text or "")
    return found[0] if found else None


def registry_id_problem(text: str) -> str | None:
    """A message for a person when `text` is not a valid number, else None. Empty is fine."""
    if not (text or "").strip():
        return None
    if _match(text) is not None:
        return None
    return _(
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
        raise InvalidRegistryId(registry_id_problem(text) or _("This is not a trial number."))
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
    if kind == "ctr":
        return "http://www.chinadrugtrials.org.cn/"
    if kind == "isrctn":
        return f"https://www.isrctn.com/{rid}"
    if kind == "drks":
        return f"https://drks.de/search/en/trial/{rid}"
    # Every other registry is searchable through the WHO portal.
    return f"https://trialsearch.who.int/Trial2.aspx?TrialID={rid}"


# The names the WHO ICTRP export gives in <Source_Register>, and the kind of number each uses.
SOURCE_REGISTERS: dict[str, RegistryKind] = {
    "clinicaltrials.gov": "nct",
    "chictr": "chictr",
    "eu clinical trials register": "euctr",
    "clinical trials information system": "ctis",
    "german clinical trials register": "drks",
    "jprn": "jprn",
    "cris": "kct",
    "isrctn": "isrctn",
    "anzctr": "actrn",
    "ctri": "ctri",
    "nl-omon": "nl",
    "irct": "irct",
}


def kind_for_register(source_register: str) -> RegistryKind | None:
    """The kind of number that a registry named as in the ICTRP export uses (None: unknown)."""
    return SOURCE_REGISTERS.get(" ".join(source_register.split()).lower())
