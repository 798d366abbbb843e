"""The registry wording of one language, from the content pack (registry.toml). No Qt.

`words("en")("status.terminated")` gives the sentence for that key. Fields in braces are
filled from keyword arguments: `w("flow.started", n=8)`. A key that the pack lacks is a
programming error (a test walks every key the code uses), so it raises KeyError.
"""

from __future__ import annotations

from functools import cache

from decisionaid.content.loader import load


class Words:
    def __init__(self, text: dict[str, str], sites: dict[str, list[str]], language: str) -> None:
        self.text = text
        self.sites = sites
        self.language = language

    def __call__(self, key: str, /, **fields: object) -> str:
        pattern = self.text[key]
        return pattern.format(**fields) if fields else pattern

    def has(self, key: str) -> bool:
        return key in self.text

    @property
    def sp(self) -> str:
        """What goes between two sentences: a space in English, nothing in Chinese."""
        return self.text.get("sep.sentence", " ")

    @property
    def items(self) -> str:
        """What goes between items of a list: "; " in English, "；" in Chinese."""
        return self.text.get("sep.items", "; ")

    def people(self, n: int) -> str:
        """'1 person', '12 people' (the pack's plural rule: one / other)."""
        return self("n.person" if n == 1 else "n.people", n=f"{n:,}")

    def months(self, n: float, shown: str) -> str:
        """'1 month', '6 months', '2.5 months' (`shown` is `n` as written)."""
        return self("n.month" if n == 1 else "n.months", n=shown)

    def visits(self, n: float, shown: str) -> str:
        """'1 visit', '12 visits'."""
        return self("n.visit" if n == 1 else "n.visits", n=shown)


@cache
def words(language: str = "en") -> Words:
    """The wording for `language`; English when that language has no content pack."""
    try:
        pack = load(language)
    except (FileNotFoundError, ValueError):
        pack = load("en")
    return Words(pack.registry.text, pack.registry.cancer_sites, pack.pack.language)
