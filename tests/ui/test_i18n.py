"""The interface in Simplified Chinese: the .ts is complete, the .qm is current and loads,
Qt's own strings are Chinese, the window shows no English from the app, and switching the
language on the Welcome page renames the whole window while every answer stays."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import QApplication

from decisionaid import resources
from decisionaid.ui import i18n
from tests.ui.textwalk import window_texts

I18N = Path(resources.path("i18n"))
TS = I18N / "decisionaid_zh_CN.ts"
QM = I18N / "decisionaid_zh_CN.qm"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{\d*\}|%n|%L?\d")
HAS_ZH_CONTENT = "zh-CN" in resources.languages()

# Latin-letter words a Chinese window may show: file types, key names, registry and
# currency codes, units, the SURE test's letters and the Roman numerals of the phases.
ALLOWED_WORDS = {
    "PDF", "PNG", "json", "pdf", "png", "A4", "Letter", "Alt", "Ctrl", "Shift",
    "NCT", "ChiCTR", "CTR", "ClinicalTrials", "gov", "WHO", "ICTRP",
    "SURE", "S", "U", "R", "E", "I", "II", "III", "IV",
    "USD", "EUR", "GBP", "CNY", "CAD", "AUD", "JPY", "HKD", "TWD", "RMB",
    # Names: the language box shows each language in its own words; programmes, agencies
    # and a drug keep their own names after the Chinese one, e.g. 美国联邦医疗保险（Medicare）.
    "English", "Medicare", "Medicaid", "FDA", "NCI", "dMMR", "dostarlimab",
}  # fmt: skip


@pytest.fixture
def english_afterwards():
    yield
    i18n.install(QApplication.instance(), "en")


# --- the translation files -------------------------------------------------------------------
def _messages():
    root = ET.parse(TS).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_ts_has_no_unfinished_entry():
    count = 0
    for context, message in _messages():
        count += 1
        source = message.findtext("source")
        translation = message.find("translation")
        where = f"[{context}] {source!r}"
        assert translation.get("type") is None, f"unfinished or obsolete: {where}"
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            assert len(forms) == 1 and forms[0].strip(), f"Chinese has one plural form: {where}"
        else:
            forms = [translation.text or ""]
            assert forms[0].strip() or not source.strip(), f"empty translation: {where}"
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(source)), where
            mnemonics = len(re.findall(r"&(?!&)", source.replace("&&", "")))
            assert len(re.findall(r"&(?!&)", form.replace("&&", ""))) == mnemonics, where
            for tag in re.findall(r"</?[a-z]+\b", source):
                assert tag in form, f"lost {tag}: {where}"
    assert count > 400


def test_ts_lists_every_string_of_the_code(tmp_path):
    """Running lupdate on the code adds nothing: every tr() string is in the .ts."""
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    repo = Path(__file__).resolve().parents[2]
    sources = sorted(
        str(p)
        for p in [*(repo / "decisionaid" / "ui").rglob("*.py"), repo / "decisionaid" / "app.py"]
    )
    copy = I18N / "_check_copy.ts"  # next to the original, so relative locations match
    shutil.copy(TS, copy)
    try:
        out = subprocess.run(
            [str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        found = re.search(r"\((\d+) new and (\d+) already existing\)", out)
        assert found, out
        assert found.group(1) == "0", f"run `make i18n` and translate the new strings:\n{out}"
        assert "obsolete" not in out, f"run `make i18n`: strings were removed\n{out}"
    finally:
        copy.unlink(missing_ok=True)


def test_qm_is_built_from_the_current_ts(tmp_path):
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.stat().st_size > 10_000
    assert QM.read_bytes() == fresh.read_bytes(), "run `make i18n` to rebuild the .qm"


def test_qm_loads_and_translates(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.language() == "zh_CN"
    assert translator.translate("MainWindow", "&File") == "文件(&F)"
    assert translator.translate("Steps", "Costs and subsidies") == "费用和补助"


def test_chinese_is_offered_only_with_content_and_translation(monkeypatch):
    assert "en" in i18n.interface_languages()
    assert i18n.has_translation("zh-CN")
    assert ("zh-CN" in i18n.interface_languages()) == HAS_ZH_CONTENT
    monkeypatch.setattr(i18n, "qm_name", lambda language: "missing.qm")
    assert "zh-CN" not in i18n.interface_languages()


def test_qt_own_dialogs_and_buttons_are_chinese(qapp, english_afterwards):
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    assert i18n.install(qapp, "zh-CN")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Discard
    )
    texts = {b.text().split("(")[0] for b in box.buttons()}
    assert "取消" in texts and "保存" in texts, texts
    message = QMessageBox(QMessageBox.Icon.Question, "t", "t", QMessageBox.StandardButton.Yes)
    assert message.buttons()[0].text().startswith("是"), message.buttons()[0].text()
    i18n.install(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


# --- the window in Chinese ---------------------------------------------------------------------
def _strings(value) -> set[str]:
    """Every string held in a dataclass tree (the session's own words, or a content pack)."""
    out: set[str] = set()
    if isinstance(value, str):
        out.add(value)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            out |= _strings(getattr(value, field.name))
    elif isinstance(value, dict):
        for item in value.values():
            out |= _strings(item)
    elif isinstance(value, (list, tuple, set)):
        for item in value:
            out |= _strings(item)
    return out


def _chinese_window(make_window):
    from decisionaid.content.loader import load
    from decisionaid.model.demo import demo_session

    content = load("zh-CN") if HAS_ZH_CONTENT else load("en")
    session = demo_session(content)
    session.language = "zh-CN"
    window = make_window(session)
    for index in range(len(window.steps)):
        window.go_to(index)
    QApplication.processEvents()
    return window


def _exempt_patterns(window) -> list[re.Pattern]:
    """What may stay English: the patient's own words and, until the Chinese content pack
    exists, the (English) content and the trial summary the core writes from it."""
    from decisionaid.model import trial_summary

    # (Not the session's identifiers, such as the option id "trial" or the role "share":
    # they are never shown, and as patterns they would hide English inside other words.)
    texts = {
        s
        for s in _strings(window.document.session)
        if len(s) > 1 and not re.fullmatch(r"[a-z][a-z0-9_]*", s)
    }
    # Names of the sources (authors, journals, agencies) as the content pack cites them.
    for source in window.content.sources.sources.values():
        texts |= {source.short, source.citation}
    # The trial's plain-words summary is written by the Qt-free core (model/trial_summary),
    # which the content-pack half of issue 13 moves into the packs: not the interface's.
    t = window.document.session.trial
    texts |= set(trial_summary.summarise(t)) | set(trial_summary.group_chance_texts(t.ratio))
    if not HAS_ZH_CONTENT:
        content = {s for s in _strings(window.content) if len(s) > 2}
        texts |= content | {s[:80] for s in content}
    patterns = []
    for text in sorted(texts, key=len, reverse=True):
        # A content template ("{events} of the {total} people ...") matches when filled in.
        parts = re.split(r"\{[a-z_0-9]*\}", text)
        patterns.append(re.compile(r"[^\n]*?".join(re.escape(p) for p in parts)))
    return patterns


def _english_words(window) -> list[str]:
    """Latin-letter words the window shows that are not the patient's own, nor allowed."""
    exempt = _exempt_patterns(window)
    problems = []
    for where, text in window_texts(window):
        rest = text
        for pattern in exempt:
            rest = pattern.sub(" ", rest)
        rest = re.sub(r"\(&?[A-Z]\)|&(?=[A-Z])", " ", rest)  # mnemonics: 保存(&S)
        rest = re.sub(r"(?:Ctrl|Alt|Shift)\+\w+", " ", rest)  # shortcuts: Ctrl+N
        rest = re.sub(r"https?://\S+|\S+@\S+|NCT\d+|ChiCTR[\w-]+|CTR\d+", " ", rest)
        rest = re.sub(r"\b[\w.-]+\.(?:org|int|gov|com|net)(?:\.cn)?\b", " ", rest)  # web sites
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", rest) if w not in ALLOWED_WORDS]
        if words:
            problems.append(f"{where}: {' '.join(words)!r} in {text[:120]!r}")
    return problems


def test_window_in_chinese_shows_no_english_from_the_app(make_window, english_afterwards):
    window = _chinese_window(make_window)
    assert window.windowTitle().endswith("临床试验决策助手")
    assert window.file_menu.title() == "文件(&F)"
    problems = _english_words(window)
    assert not problems, "\n".join(problems[:40])


def test_language_switch_renames_the_whole_window_and_keeps_answers(
    make_window, content, english_afterwards
):
    from decisionaid.model.demo import demo_session

    window = make_window(demo_session(content))
    window.go_to(window.index_of("costs"))  # build a few pages first
    window.go_to(window.index_of("trial"))
    window.go_to(0)
    before = dataclasses.asdict(window.document.session)
    assert window.step_list.item(1).text().endswith("Your situation")

    window.set_language("zh-CN")
    if not HAS_ZH_CONTENT:
        # No Chinese content yet: the language is not offered and nothing changes.
        assert window.last_error
        return
    welcome = window.pages["welcome"]
    assert welcome.language.currentData() == "zh-CN"
    assert window.step_list.item(1).text().endswith("您的情况")
    assert window.back_button.text().startswith("< 上一步")
    assert window.file_menu.title() == "文件(&F)"
    assert "第1步" in window.position_label.text()
    after = dataclasses.asdict(window.document.session)
    after.pop("language")
    before.pop("language")
    assert after == before
    assert window.document.session.language == "zh-CN"
    for index in range(len(window.steps)):
        window.go_to(index)
    # The old pages are gone (deleted), the new ones speak Chinese only.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert len(window.findChildren(type(welcome))) == 1
    assert not _english_words(window)

    window.set_language("en")
    assert window.step_list.item(1).text().endswith("Your situation")
    assert window.file_menu.title() == "&File"
    assert dataclasses.asdict(window.document.session)["ratings"] == before["ratings"]


def test_chinese_mnemonics_are_unique_on_every_page(make_window, english_afterwards):
    """Alt+letter reaches one thing per page: the menus, Back/Next and the page's own."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = _chinese_window(make_window)

    def letter(text: str) -> str | None:
        found = re.search(r"&([^&\s;])", text.replace("&&", ""))
        return found.group(1).upper() if found else None

    fixed = [a.text() for a in window.menuBar().actions()]
    fixed += [window.back_button.text(), window.next_button.text()]
    for index, step in enumerate(window.steps):
        window.go_to(index)
        page = window.pages[step.id]
        texts = list(fixed)
        for widget in [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]:
            if widget.isVisibleTo(page) and "&nbsp;" not in widget.text():
                texts.append(widget.text())
        letters = [letter(t) for t in texts if letter(t)]
        doubles = {x for x in letters if letters.count(x) > 1}
        assert not doubles, (step.id, [t for t in texts if letter(t) in doubles])
