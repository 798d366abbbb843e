"""Registry numbers, and a check that importing and parsing never touches the network.

The online look-up itself is tested in tests/ui/test_lookup.py (it lives in the interface).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from decisionaid.model.registry import (
    InvalidRegistryId,
    classify_registry_id,
    kind_for_register,
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
        ("ISRCTN12345678", "isrctn", "ISRCTN12345678"),
        ("EUCTR2021-000037-14-ES", "euctr", "EUCTR2021-000037-14-ES"),
        ("CTIS2023-507385-11-00", "ctis", "2023-507385-11-00"),
        ("DRKS00032447", "drks", "DRKS00032447"),
        ("JPRN-jRCTs031210288", "jprn", "JPRN-jRCTs031210288"),
        ("JPRN-UMIN000027045", "jprn", "JPRN-UMIN000027045"),
        ("KCT0000379", "kct", "KCT0000379"),
        ("NL-OMON55279", "nl", "NL-OMON55279"),
        ("ACTRN12620000123456", "actrn", "ACTRN12620000123456"),
        ("CTRI/2020/05/025118", "ctri", "CTRI/2020/05/025118"),
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
        "ISRCTN1234567",  # 7 digits
        "DRKS0001234",
        "EUCTR21-000037-14",
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


def test_source_registers_name_their_kind_of_number():
    assert kind_for_register("ClinicalTrials.gov") == "nct"
    assert kind_for_register(" EU Clinical  Trials Register ") == "euctr"
    assert kind_for_register("German Clinical Trials Register") == "drks"
    assert kind_for_register("Somewhere else") is None


def test_registry_urls():
    assert registry_url("nct01126879") == "https://clinicaltrials.gov/study/NCT01126879"
    assert registry_url("ChiCTR2000029308").startswith("https://www.chictr.org.cn")
    assert "chinadrugtrials.org.cn" in registry_url("CTR20210123")
    assert registry_url("nonsense") == ""


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

    from decisionaid.model.registry.files import load_record_file as load_ctgov_file
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
        "decisionaid.model.registry.ctgov",
        "decisionaid.model.registry.ictrp",
        "decisionaid.model.registry.chictr",
        "decisionaid.model.registry.results",
        "decisionaid.model.trial_summary",
        "decisionaid.model.costs",
        "decisionaid.storage.trialfile",
        "decisionaid.content.costs_schema",
    ]
    assert not [m for m in mine if m in result["failed"]], result["failed"]
    if FIXTURES.is_dir():
        assert result["parsed"] == 2 * len(list(FIXTURES.glob("*.json")))
