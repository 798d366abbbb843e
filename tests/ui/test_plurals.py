"""Counts in the interface choose their grammatical form through Qt (`tr(text, "", n)`):
"1 of your answers is right", "2 of your answers are right", in English and Chinese. English
needs its own small translation (plural forms only) for that."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from decisionaid import resources
from decisionaid.ui import i18n

I18N = Path(resources.path("i18n"))
EN_TS = I18N / "decisionaid_en.ts"
EN_QM = I18N / "decisionaid_en.qm"
BIN = Path(sys.executable).parent
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def english_afterwards():
    yield
    i18n.install(QApplication.instance(), "en")
    from decisionaid import i18n as core_i18n

    core_i18n.set_language("en")  # a Chinese window set the core's language too


def test_english_ts_has_two_finished_forms_for_every_count():
    messages = list(ET.parse(EN_TS).getroot().iter("message"))
    assert len(messages) >= 10
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert message.get("numerus") == "yes", source
        assert translation.get("type") is None, f"unfinished: {source!r}"
        one, other = [f.text or "" for f in translation.iter("numerusform")]
        assert one.strip() and one != other, source
        assert other == source, f"the plural form is the source text: {source!r}"


def test_english_ts_lists_every_count_of_the_code():
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(
        str(p)
        for p in [*(REPO / "decisionaid" / "ui").rglob("*.py"), REPO / "decisionaid" / "app.py"]
    )
    copy = I18N / "_check_copy_en.ts"
    shutil.copy(EN_TS, copy)
    try:
        subprocess.run(
            [str(lupdate), "-no-obsolete", "-pluralonly", *sources, "-ts", str(copy)],
            capture_output=True,
            check=True,
        )
        fresh = ET.parse(copy).getroot().iter("message")
        unfinished = [
            m.findtext("source") for m in fresh if m.find("translation").get("type") is not None
        ]
        assert not unfinished, f"run `make i18n` and give these counts two forms: {unfinished}"
    finally:
        copy.unlink(missing_ok=True)


def test_english_qm_is_built_from_the_current_ts(tmp_path):
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(EN_TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert EN_QM.read_bytes() == fresh.read_bytes(), "run `make i18n` to rebuild the .qm"


def test_english_is_not_offered_as_a_translation():
    assert "en" not in i18n.translated_languages()
    assert "en" in i18n.interface_languages()


def _quiz_score(window, answers: dict[int, bool]) -> str:
    page = window.page("quiz")
    window.go_to(window.index_of("quiz"))
    questions = window.content.quiz.questions
    for index, right in answers.items():
        q = questions[index]
        page.slots[index].row.chosen.emit(q.answer if right else (q.answer + 1) % len(q.choices))
    return page.score.text()


CASES = {
    "en": [
        ({}, "8 questions. Choose one answer for each."),
        ({0: False}, "You have answered 1 of 8 questions. 0 of your answers are right."),
        ({0: True}, "You have answered 1 of 8 questions. 1 of your answers is right."),
        ({0: True, 1: True}, "You have answered 2 of 8 questions. 2 of your answers are right."),
    ],
    "zh-CN": [
        ({}, "一共8道题。每道题选一个答案。"),
        ({0: False}, "8道题您答了1道。答对了0道。"),
        ({0: True}, "8道题您答了1道。答对了1道。"),
        ({0: True, 1: True}, "8道题您答了2道。答对了2道。"),
    ],
}


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_quiz_score_says_one_and_many_apart(make_window, language, english_afterwards):
    from decisionaid.model.session import Session

    for answers, expected in CASES[language]:
        window = make_window(Session(language=language))
        assert len(window.content.quiz.questions) == 8
        assert _quiz_score(window, answers) == expected


@pytest.mark.parametrize(
    ("language", "seconds", "expected"),
    [
        ("en", 0, "cleared in 0 seconds."),
        ("en", 1, "cleared in 1 second."),
        ("en", 2, "cleared in 2 seconds."),
        ("zh-CN", 1, "1 秒后会清空"),
        ("zh-CN", 2, "2 秒后会清空"),
    ],
)
def test_idle_warning_counts_seconds(qtbot, language, seconds, expected, english_afterwards):
    from PySide6.QtWidgets import QWidget

    from decisionaid.ui.clinic import IdleWarning

    i18n.install(QApplication.instance(), language)
    parent = QWidget()
    qtbot.addWidget(parent)
    warning = IdleWarning(parent)
    warning.show_count(seconds)
    assert expected in warning.label.text()


@pytest.mark.parametrize(
    ("language", "months", "expected"),
    [
        ("en", 1, "In total over 1 month"),
        ("en", 2, "In total over 2 months"),
        ("en", 2.5, "In total over 2.5 months"),
        ("zh-CN", 1, "1个月一共"),
    ],
)
def test_part_months_take_the_plural(qapp, language, months, expected, english_afterwards):
    from decisionaid.ui.text import plural_n

    i18n.install(qapp, language)
    text = QApplication.translate("SummaryPage", "In total over {0} months", "", plural_n(months))
    assert text.format(f"{months:g}") == expected
