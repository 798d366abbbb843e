"""Typed, careful access to one registry record (JSON), with the key path for messages. No Qt."""

from __future__ import annotations

from typing import Any

from decisionaid.errors import UserError
from decisionaid.i18n import N_, _
from decisionaid.model.registry.text import clip, plain_text

MAX_TEXT_CHARS = 5_000


class RecordError(UserError, ValueError):
    """A study record could not be read. The message is one line, meant for a person."""


_TYPE_WORDS = {
    dict: "a table",
    list: "a list",
    str: N_("text"),
    int: N_("a number"),
    float: N_("a number"),
    bool: N_("true/false"),
    type(None): N_("empty"),
}


def what(value: Any) -> str:
    return _(_TYPE_WORDS.get(type(value), N_("something else")))


class Reader:
    """Typed access to one study, with the key path for error messages."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, path: str, expected: str, value: Any) -> RecordError:
        return RecordError(
            _(
                "{where} is not a study record in the expected form: {path} should "
                "be {expected}, not {what}."
            ).format(where=self.where, path=path, expected=expected, what=what(value))
        )

    def table(self, obj: dict, key: str, path: str) -> dict:
        value = obj.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(f"{path}.{key}", "a table", value)
        return value

    def items(self, obj: dict, key: str, path: str) -> list:
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(f"{path}.{key}", "a list", value)
        return value

    def tables(self, obj: dict, key: str, path: str) -> list[dict]:
        out = []
        for i, entry in enumerate(self.items(obj, key, path)):
            if not isinstance(entry, dict):
                raise self.fail(f"{path}.{key}[{i}]", "a table", entry)
            out.append(entry)
        return out

    def texts(self, obj: dict, key: str, path: str) -> list[str]:
        out = []
        for i, entry in enumerate(self.items(obj, key, path)):
            if not isinstance(entry, str):
                raise self.fail(f"{path}.{key}[{i}]", "text", entry)
            cleaned = plain_text(entry)
            if cleaned:
                out.append(clip(cleaned, MAX_TEXT_CHARS))
        return out

    def text(self, obj: dict, key: str, path: str) -> str:
        value = obj.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.fail(f"{path}.{key}", "text", value)
        return clip(plain_text(value), MAX_TEXT_CHARS)

    def raw_text(self, obj: dict, key: str, path: str) -> str:
        value = obj.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.fail(f"{path}.{key}", "text", value)
        return value

    def code(self, obj: dict, key: str, path: str) -> str:
        """An enum code such as "PHASE2": upper-case, spaces as underscores."""
        return self.raw_text(obj, key, path).strip().upper().replace(" ", "_")
