"""Export time against the length of the patient's notes: it must grow linearly.

The handout of the example session is exported with notes up to the session limit (20,000
characters, the most the app accepts; the whole export must take under 5 s) and, for the
linearity check, with 1x, 2x and 4x of 250,000 characters through the Qt-free API (far beyond
the limit, where the notes are most of the export time), in two
shapes: lines of about 320 characters as people type them, and one line with no break at all;
in English and in Chinese. The time of the notes is the export time minus that of the same
session without notes (median of warm runs, or the best of two for the long texts, measured in
this run, so the ratios do not depend on the machine; other work on a shared machine still
disturbs single runs, so repeat it if a ratio is off).

Linear means the notes' time at 4x is about 4 times that at 1x; the check allows up to 6x
(noise on a shared machine), a quadratic layout gives 16x. Target: the whole export at the
session limits under 5 s (benchmarks/large_session.py times that session in the window).
Before the fix (one reportlab paragraph for all the notes) 80,000 characters of lines took
5.9 s and 160,000 took 16.4 s on this machine.
Run: .venv/bin/python benchmarks/export_long_text.py [--quick]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SENTENCE = {
    "en": "I want to know how the visits fit with my work and my family. ",
    "zh-CN": "我想知道每次去医院看病会不会影响我的工作和家里的事情。",
}


def notes(language: str, shape: str, length: int) -> str:
    unit = SENTENCE[language] * 5 + "\n" if shape == "lines" else SENTENCE[language]
    return (unit * (length // len(unit) + 1))[:length]


def timed(session, content, runs: int, best: bool = False) -> float:
    from decisionaid.report.builder import build_pdf

    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        build_pdf(session, content)
        times.append(time.perf_counter() - t0)
    return min(times) if best else statistics.median(times)


def main() -> int:
    import copy

    from decisionaid.content.loader import load
    from decisionaid.model.demo import demo_session

    quick = "--quick" in sys.argv
    languages = ("en",) if quick else ("en", "zh-CN")
    ok = True
    for language in languages:
        content = load(language)
        base = demo_session(content)
        base.notes = ""
        timed(base, content, 1)  # warm up: fonts parsed, modules imported
        t_base = timed(base, content, 3)
        print(f"{language}: export without notes {t_base:.2f} s")
        for shape in ("lines", "one line"):
            # At the limit the notes are a small part of the export: say the time.
            for length in (5_000, 10_000, 20_000):
                session = copy.deepcopy(base)
                session.notes = notes(language, shape, length)
                t = timed(session, content, 3)
                ok = ok and t < 5.0
                print(f"  {length:>9,} chars, {shape:<8}  {t:6.2f} s (target under 5 s)")
            if quick:
                continue
            # Beyond it the notes are most of the time: check it grows linearly.
            extra = []
            for length in (250_000, 500_000, 1_000_000):
                session = copy.deepcopy(base)
                session.notes = notes(language, shape, length)
                t = timed(session, content, 2, best=True)  # the least disturbed of two
                extra.append(max(t - t_base, 1e-3))
                per_char = extra[-1] / length * 1e6
                print(
                    f"  {length:>9,} chars, {shape:<8}  {t:6.2f} s"
                    f"  notes {extra[-1]:6.2f} s ({per_char:.1f} µs/char)"
                )
            ratio = extra[2] / extra[0]
            linear = ratio <= 6.0
            ok = ok and linear
            verdict = "linear" if linear else "NOT linear"
            print(f"    4x the text: {ratio:.1f}x the time ({verdict}; quadratic: 16x)")
    print("result:", "linear" if ok else "NOT linear")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
