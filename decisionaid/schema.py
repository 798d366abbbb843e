"""Typed, strict conversion between plain data (JSON/TOML) and dataclasses.

Used by the content packs and the session files. No Qt here.

`from_data(cls, data)` walks the dataclass type hints and:
- rejects unknown keys and missing required keys,
- checks every value's type (bool is not an int, int is accepted for float),
- reports the first problem as a `SchemaError` with a dotted key path.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")


def require(cond: bool, message: str) -> None:
    """Raise ValueError(message) unless `cond` (for dataclass `__post_init__` checks)."""
    if not cond:
        raise ValueError(message)


class SchemaError(ValueError):
    """A value did not match the expected shape. `path` names the key."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path or '(top)'}: {message}")
        self.path = path
        self.message = message


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    if not (key.isidentifier() and key.isascii() and len(key) <= 40):
        # A key from a hostile file: quoted and cut short, so the message stays one line.
        shown = repr(key) if len(key) <= 20 else repr(key[:20])[:-1] + "…'"
        return f"{path}[{shown}]"
    return f"{path}.{key}" if path else key


def _typename(value: Any) -> str:
    return {
        str: "text",
        int: "a whole number",
        float: "a number",
        bool: "true/false",
        list: "a list",
        dict: "a table",
        type(None): "nothing (null)",
    }.get(type(value), type(value).__name__)


def convert(tp: Any, value: Any, path: str = "") -> Any:
    """Convert `value` to type `tp`, raising SchemaError with `path` on mismatch."""
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = get_args(tp)
        if value is None and type(None) in args:
            return None
        last: SchemaError | None = None
        for arg in args:
            if arg is type(None):
                continue
            try:
                return convert(arg, value, path)
            except SchemaError as exc:
                last = exc
        assert last is not None
        raise last
    if origin is typing.Literal:
        if value not in get_args(tp):
            allowed = ", ".join(repr(a) for a in get_args(tp))
            shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:36] + "…"
            raise SchemaError(path, f"must be one of {allowed}, not {shown}")
        return value
    if origin is list:
        if not isinstance(value, list):
            raise SchemaError(path, f"expected a list, found {_typename(value)}")
        (item_tp,) = get_args(tp)
        return [convert(item_tp, v, _join(path, i)) for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise SchemaError(path, f"expected a table, found {_typename(value)}")
        key_tp, val_tp = get_args(tp)
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise SchemaError(path, f"key {k!r} is not text")
            out[k] = convert(val_tp, v, _join(path, k))
        return out
    if dataclasses.is_dataclass(tp):
        return from_data(tp, value, path)
    if tp is bool:
        if not isinstance(value, bool):
            raise SchemaError(path, f"expected true/false, found {_typename(value)}")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SchemaError(path, f"expected a whole number, found {_typename(value)}")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise SchemaError(path, f"expected a number, found {_typename(value)}")
        if value != value or value in (float("inf"), float("-inf")):
            raise SchemaError(path, "expected a finite number")
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise SchemaError(path, f"expected text, found {_typename(value)}")
        return value
    if tp is Any:
        return value
    raise TypeError(f"unsupported type {tp!r} at {path}")  # programming error


def from_data(cls: type[T], data: Any, path: str = "") -> T:
    """Build dataclass `cls` from a mapping, strictly."""
    if not isinstance(data, dict):
        raise SchemaError(path, f"expected a table, found {_typename(data)}")
    hints = _hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise SchemaError(_join(path, unknown[0]), "unknown key")
    kwargs = {}
    for name, field in fields.items():
        if name not in data:
            if (
                field.default is dataclasses.MISSING
                and field.default_factory is dataclasses.MISSING
            ):
                raise SchemaError(_join(path, name), "missing required key")
            continue
        kwargs[name] = convert(hints[name], data[name], _join(path, name))
    try:
        obj = cls(**kwargs)
    except (ValueError, TypeError) as exc:
        raise SchemaError(path, str(exc)) from None
    return obj


def to_data(obj: Any) -> Any:
    """Dataclass (or nested containers) to plain JSON-able data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_data(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_data(v) for k, v in obj.items()}
    return obj
