"""Comparison records <-> JSON, through :data:`readout.serialize.converter`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from readout.errors import DecodeError
from readout.serialize import converter

__all__ = ["from_dict", "loads", "to_dict", "to_json"]

T = TypeVar("T")


def to_dict(value: object) -> dict[str, Any]:
    """A record as JSON-compatible values."""
    result: dict[str, Any] = converter.unstructure(value)
    return result


def to_json(value: object, indent: int | None) -> str:
    """A record as JSON text: the same record always gives the same text."""
    return json.dumps(to_dict(value), ensure_ascii=False, indent=indent, allow_nan=False)


def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
    """A record of class ``cls`` from JSON-compatible values; raises DecodeError."""
    try:
        return converter.structure(data, cls)
    except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError) as e:
        raise DecodeError(_first_error(e), "$") from e
    except (ValueError, TypeError, KeyError) as e:
        raise DecodeError(str(e) or type(e).__name__, "$") from e


def _first_error(exc: BaseException) -> str:
    while isinstance(exc, ClassValidationError | IterableValidationError):
        exc = exc.exceptions[0]
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown key {', '.join(repr(k) for k in sorted(exc.extra_fields))}"
    if isinstance(exc, KeyError):
        return f"missing key {exc.args[0]!r}"
    return str(exc) or type(exc).__name__


def loads(text: str | bytes) -> Mapping[str, Any]:
    """A JSON object from text; NaN and Infinity are refused. Raises DecodeError."""

    def refuse(name: str) -> object:
        raise ValueError(f"{name} is not a valid JSON value")

    try:
        value = json.loads(text, parse_constant=refuse)
    except (ValueError, RecursionError) as e:
        raise DecodeError(f"not JSON: {e}", "$") from e
    if not isinstance(value, dict):
        raise DecodeError("expected an object", "$")
    return value
