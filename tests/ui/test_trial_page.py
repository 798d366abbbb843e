"""The trial page: manual entry, registry records, prepared files, and the online look-up."""

from __future__ import annotations

import http.server
import socket
import threading

import pytest
from PySide6.QtCore import Qt

from decisionaid.model.trial import TrialInfo
from decisionaid.storage import trialfile
from tests.conftest import FIXTURES

needs_fixtures = pytest.mark.skipif(not FIXTURES.is_dir(), reason="shared fixtures not present")


@pytest.fixture
def page(make_window):
    window = make_window()
    window.go_to(window.index_of("trial"))
    page = window.pages["trial"]
    page.confirm_replace = lambda: True
    page.choose_trial = lambda trials: trials[0]
    return page


def test_manual_entry_writes_the_session(page, qtbot):
    qtbot.keyClicks(page.title, "My study")
    qtbot.keyClicks(page.registry_id, "nct01234567")
    page.registry_id.editingFinished.emit()
    qtbot.mouseClick(page.phase_boxes["3"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.randomised.button(0), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.placebo.button(0), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.add_arm_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.add_arm_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.arm_editors[0].label, "New drug")
    page.arm_editors[0].share.setValue(2)
    qtbot.keyClicks(page.visits, "3")
    qtbot.keyClicks(page.months, "12")
    t = page.document.session.trial
    assert t.title == "My study"
    assert t.registry_id == "NCT01234567"
    assert page.registry_id.text() == "NCT01234567"
    assert t.phases == ["3"]
    assert t.randomised is True and t.placebo is True
    assert t.ratio == [2, 1]
    assert t.visits_per_month == 3 and t.months == 12
    assert "New drug: about 2 in 3 (67%)" in page.ratio_note.text()
    assert "Phase 3" in page.summary.text()


def test_ratio_change_updates_the_chances_at_once(page, qtbot):
    page.add_arm()
    page.add_arm()
    page.add_arm()
    assert "about 1 in 3 (33%)" in page.ratio_note.text()
    page.arm_editors[0].share.setValue(2)
    assert page.document.session.trial.ratio == [2, 1, 1]
    assert "about 2 in 4 (50%)" in page.ratio_note.text()  # one denominator for all groups
    assert "about 1 in 4 (25%)" in page.ratio_note.text()


def test_bad_registry_number_gets_a_message_and_is_not_stored(page, qtbot):
    qtbot.keyClicks(page.registry_id, "NCT123")
    page.registry_id.editingFinished.emit()
    assert page.registry_message.text()
    assert page.document.session.trial.registry_id == ""
    assert page.registry_id.text() == "NCT123"  # what was typed is kept


def test_bad_numbers_get_a_message_and_keep_the_last_good_value(page, qtbot):
    qtbot.keyClicks(page.visits, "4")
    qtbot.keyClicks(page.visits, "x")
    assert page.document.session.trial.visits_per_month == 4
    assert "Visits per month" in page.number_message.text()
    page.visits.clear()
    qtbot.keyClicks(page.visits, "-2")
    assert page.number_message.text()
    assert page.document.session.trial.visits_per_month == 4


def test_i_dont_know_hides_the_form_and_is_remembered(page, qtbot):
    page.unknown.setFocus()
    qtbot.keyClick(page.unknown, Qt.Key.Key_Space)
    assert page.document.session.trial_unknown is True
    assert not page.details.isVisible()
    assert page.unknown_note.isVisible()


@needs_fixtures
@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.json")))
def test_every_registry_fixture_imports(page, name):
    assert page.open_path(FIXTURES / name), page.message.text()
    t = page.document.session.trial
    assert t.registry_id == name.removesuffix(".json")
    assert page.registry_id.text() == t.registry_id
    assert len(page.arm_editors) == len(t.arms)
    assert "Trial:" in page.summary.text()
    if t.randomised and t.arms:
        assert "1:1 is assumed" in page.ratio_note.text()


@needs_fixtures
def test_eligibility_is_shown_as_two_lists(page):
    assert page.open_path(FIXTURES / "NCT01126879.json")
    assert page.include_text.isVisibleTo(page)
    assert page.include_text.text().startswith("\u2022 ")
    assert page.exclude_text.text().startswith("\u2022 ")


def test_broken_record_gives_a_message_and_keeps_the_trial(page, tmp_path):
    page.document.session.trial.title = "Keep me"
    for raw in (b'{"protocolSection": {', b"%PDF-1.4", b'{"protocolSection": 5}', b"[]"):
        bad = tmp_path / "bad.json"
        bad.write_bytes(raw)
        assert page.open_path(bad) is False
        assert page.message.text()
        assert "Traceback" not in page.message.text()
        assert page.document.session.trial.title == "Keep me"


def test_prepared_trial_file_round_trip(page, tmp_path, qtbot):
    qtbot.keyClicks(page.title, "Clinic trial A")
    page.add_arm()
    target = tmp_path / "a.trial.json"
    assert page.save_path(target)
    assert trialfile.load_trial(target).title == "Clinic trial A"
    page.set_trial(TrialInfo())
    assert page.title.text() == ""
    assert page.open_path(target)
    assert page.title.text() == "Clinic trial A"


class _Handler(http.server.BaseHTTPRequestHandler):
    body = b""
    status = 200

    def do_GET(self):  # noqa: N802 - http.server API
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


@pytest.fixture
def registry(monkeypatch):
    server = http.server.HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("DECISIONAID_CTGOV_URL", f"http://127.0.0.1:{server.server_port}/api/v2")
    yield _Handler
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.network
@needs_fixtures
def test_online_lookup_success(page, registry, qtbot):
    registry.body = (FIXTURES / "NCT01126879.json").read_bytes()
    registry.status = 200
    page.ask_nct_id = lambda: "NCT01126879"
    page.lookup_online()
    qtbot.waitUntil(page.lookup_button.isEnabled)
    assert page.document.session.trial.registry_id == "NCT01126879", page.message.text()
    assert page.lookup_button.isEnabled()
    assert "Loaded NCT01126879" in page.message.text()


@pytest.mark.network
def test_online_lookup_not_found_gives_a_message(page, registry, qtbot):
    registry.body = b"{}"
    registry.status = 404
    page.ask_nct_id = lambda: "NCT09999999"
    page.lookup_online()
    qtbot.waitUntil(lambda: page.lookup_button.isEnabled())
    assert page.message.text() and "Looking up" not in page.message.text()
    assert page.document.session.trial.registry_id == ""


def test_lookup_refuses_non_nct_numbers_without_network(page, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    page.ask_nct_id = lambda: "ChiCTR2000029308"
    page.lookup_online()
    assert "NCT number" in page.message.text()


def test_whole_app_opens_no_network_connection(make_window, monkeypatch, demo):
    calls = []

    def record(self, address, *args):
        calls.append(address)
        raise OSError("blocked in test")

    monkeypatch.setattr(socket.socket, "connect", record)
    monkeypatch.setattr(socket.socket, "connect_ex", record)
    window = make_window(demo)
    for i in range(len(window.steps)):
        window.go_to(i)
    assert calls == []
    # Qt's network stack does not use Python sockets: no network manager may exist either.
    from PySide6.QtNetwork import QNetworkAccessManager

    assert window.findChildren(QNetworkAccessManager) == []


def test_registry_address_comes_from_settings(monkeypatch):
    from PySide6.QtCore import QSettings

    from decisionaid.model.registry import CTGOV_API
    from decisionaid.ui.pages.trial import registry_base_url

    monkeypatch.delenv("DECISIONAID_CTGOV_URL", raising=False)
    assert registry_base_url() == CTGOV_API
    QSettings().setValue("registry/ctgov_url", "https://mirror.example/api/v2")
    assert registry_base_url() == "https://mirror.example/api/v2"
    QSettings().remove("registry/ctgov_url")


def test_terminated_study_is_flagged_at_the_top(page):
    assert page.open_path(FIXTURES / "NCT01126879.json")
    assert not page.banner.isHidden()
    assert page.banner.text().startswith("This trial is not taking new people")
    assert "Closed due to low accrual" in page.banner.text()
    assert "more than 2 years ago" in page.banner.text()
    assert page.open_path(FIXTURES / "NCT06008288.json")
    assert page.banner.isHidden()


def test_observational_study_is_called_so_on_the_page(page):
    assert page.open_path(FIXTURES / "NCT05052671.json")
    text = page.summary.text()
    assert "Study type: observational" in text and "No study treatment is given" in text
    assert "placebo" not in text.lower()


def test_condition_prompt_when_the_cancer_differs(page):
    page.document.session.situation.cancer_type = "Rectal cancer"
    assert page.open_path(FIXTURES / "NCT01126879.json")
    assert not page.condition_prompt.isHidden()
    assert "check with your doctor" in page.condition_prompt.text()
    page.document.session.situation.cancer_type = "prostate cancer"
    page.refresh()
    assert page.condition_prompt.isHidden()


def _panel_text(panel) -> str:
    from decisionaid.ui.widgets import ScaledLabel

    return "\n".join(label.text() for label in panel.findChildren(ScaledLabel))


def test_results_record_shows_flow_outcome_and_side_effects_with_json_counts(page):
    import json

    from tests.model.test_results import expected_counts

    want = expected_counts(json.loads((FIXTURES / "NCT01126879.json").read_text("utf-8")))
    assert page.open_path(FIXTURES / "NCT01126879.json")
    assert page.results_panel is not None and not page.results_card.isHidden()
    text = _panel_text(page.results_panel)
    for group, n in want["started"].items():
        assert f"{group}: {n} started. {want['finished'][group]} finished." in text
    for group, (a, n) in want["serious"].items():
        assert f"{group}: {a} of {n} people" in text
    grids = {(g.share.group, g.share.affected, g.share.at_risk) for g in page.results_panel.grids}
    for term, per_group in want["events"].items():
        if any(a for a, _ in per_group.values()):
            for group, (a, n) in per_group.items():
                assert (group, a, n) in grids, term
    assert "The registry gives no numbers for this result." in text
    assert "Small study" in text


def test_earlier_study_from_a_file_is_stored_and_shown(page, tmp_path):
    assert page.open_path(FIXTURES / "NCT06008288.json")
    assert page.add_earlier_path(FIXTURES / "NCT01126879.json")
    session = page.document.session
    assert [s.registry_id for s in session.earlier] == ["NCT01126879"]
    assert session.earlier[0].results is not None
    text = "\n".join(_panel_text(p) for p in page.earlier_panels)
    assert "Arm I - Genistein: 8 started. 3 finished." in text
    assert not page.add_earlier_path(FIXTURES / "NCT01126879.json")  # already there
    assert "already in the list" in page.earlier_message.text()
    # Saved with the session and read back.
    from decisionaid.storage import sessionfile

    path = tmp_path / "s.json"
    sessionfile.save(session, path)
    assert sessionfile.load(path).earlier[0].registry_id == "NCT01126879"
    remove = [
        b
        for b in page.earlier_host.findChildren(type(page.add_earlier_button))
        if b.property("earlier_index") == 0
    ][0]
    remove.click()
    assert session.earlier == []


@pytest.mark.network
def test_earlier_study_by_nct_number(page, registry, qtbot):
    registry.body = (FIXTURES / "NCT01126879.json").read_bytes()
    registry.status = 200
    page.ask_nct_id = lambda: "NCT01126879"
    page.add_earlier_online()
    qtbot.waitUntil(lambda: bool(page.document.session.earlier), timeout=10_000)
    assert page.document.session.earlier[0].registry_id == "NCT01126879"
    assert page.document.session.trial.is_empty()  # the trial itself is untouched


def test_words_of_the_boxes_wait_for_the_page_and_are_never_lost(make_window, qtbot):
    """A hidden page's boxes of several lines get their words when it is shown (they are
    laid out once, at their width on the screen). Until then the page reads the waiting
    words, so an edit elsewhere on the page keeps them, and words typed into a box win."""
    from decisionaid.model.session import Session
    from decisionaid.model.trial import Arm

    session = Session()
    session.trial.arms = [
        Arm(label="A", description="Pill every day."),
        Arm(label="B", description="Old"),
    ]
    session.trial.ratio = [1, 1]
    session.trial.covers = "Travel is paid back."
    window = make_window(session)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("trial")  # built while another page is on the screen
    first, second = page.arm_editors
    assert first.description.toPlainText() == ""  # waiting
    assert page.box_text(first.description) == "Pill every day."
    assert page.box_text(page.covers) == "Travel is paid back."
    qtbot.keyClicks(first.label, "x")  # an edit of the same group while the words wait
    assert session.trial.arms[0].description == "Pill every day."
    assert session.trial.arms[0].label == "Ax"
    assert page.box_text(second.description) == "Old"
    second.description.setPlainText("Typed")  # words put into a waiting box win
    assert session.trial.arms[1].description == "Typed"
    window.go_to(window.index_of("trial"))
    assert first.description.toPlainText() == "Pill every day."
    assert second.description.toPlainText() == "Typed"
    assert page.covers.toPlainText() == "Travel is paid back."
    assert session.trial.arms[0].description == "Pill every day."
    # On the screen, words are put in at once.
    session.trial.arms[0].description = "Two pills."
    page.refresh()
    assert first.description.toPlainText() == "Two pills."
    # Another session, opened while the page is hidden, with one group fewer: its words wait,
    # and are the ones shown.
    window.go_to(window.index_of("options"))
    other = Session()
    other.trial.arms = [Arm(label="C", description="Injection every week.")]
    other.trial.ratio = [1]
    window.document.replace(other)
    assert len(page.arm_editors) == 1
    assert page.box_text(page.arm_editors[0].description) == "Injection every week."
    assert page.box_text(page.covers) == ""
    window.go_to(window.index_of("trial"))
    assert page.arm_editors[0].description.toPlainText() == "Injection every week."
    assert page.covers.toPlainText() == ""
    assert other.trial.arms[0].description == "Injection every week."


def test_typing_the_name_leaves_the_page_as_it_is_built(page, qtbot):
    """A key in the trial's name changes words, not widgets: the Tab order is not walked
    again (a trial without posted results rebuilt its empty results card at every key)."""
    page.ensure_tab_order()
    qtbot.keyClicks(page.title, "ab")
    assert page.document.session.trial.title.endswith("ab")
    assert not page._tab_order_stale
