"""Readout <-> JSON and plain dicts, through a strictly configured cattrs converter.

The record is the model's fields by name, in declaration order; enums are
written by value (``"telephone"``, ``"both"``); a :class:`~readout.PartialDate`
is ``{"year": 2023 | null, "month": 10, "day": 14}``; a sentence's speaker is
``null``, ``"both"`` or a participant object. Layout (``layout``, ``source``,
``separators``) is included so that a record renders back to its text byte for
byte, and left out where it is the canonical layout.

Loading is strict: unknown keys, missing keys, wrong types (no ``"3"`` for
``3``, no ``true`` for ``1``), NaN and Infinity, duplicate keys and invalid
values each raise :class:`~readout.DecodeError` with the JSON path of the bad
value.

Build your own converter with :func:`make_converter` or add readout's hooks
to one you have with :func:`configure_converter`.

Speed: :func:`to_json`, :func:`from_json` and :func:`from_dict` take a compiled
path (:mod:`readout._fastjson`) that writes the same bytes and builds the same
readouts through the same validators; any input it finds unusual is read
again through the converter, which reports the exact error and path. Once a
hook is registered on :data:`converter` for a type the record uses (a class
of the model, ``str``, ``int``, ...), these functions go through the converter
every time, so that the hook takes effect.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final, TypeVar, get_args, get_origin, get_type_hints

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from readout import _fastjson
from readout.errors import DecodeError
from readout.model import (
    Call,
    Dateline,
    FieldValueError,
    Layout,
    Paragraph,
    PartialDate,
    Participant,
    Readout,
    Sentence,
    Side,
)
from readout.render import render_dateline

__all__ = [
    "configure_converter",
    "converter",
    "from_dict",
    "from_json",
    "make_converter",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

# Deepest nesting a readout record has is about 8; anything far deeper is an attack.
_MAX_JSON_DEPTH: Final = 64


def make_converter() -> cattrs.Converter:
    """Return a new converter configured for readout records."""
    conv = cattrs.Converter(forbid_extra_keys=True)
    configure_converter(conv)
    return conv


def configure_converter(conv: cattrs.Converter) -> None:
    """Register readout's strict hooks on ``conv``."""
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook_factory(_is_tuple, lambda t: _tuple_hook(conv, t))
    conv.register_structure_hook_factory(attrs.has, lambda cl: _object_hook(conv, cl))
    _speaker_hooks(conv)
    _omit_layout_defaults(conv)


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {_json_type(value)}")
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {_json_type(value)}")
    return value


def _json_type(value: object) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}
    names |= {list: "an array", dict: "an object", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _is_tuple(t: Any) -> bool:
    return get_origin(t) is tuple


def _tuple_hook(conv: cattrs.Converter, t: Any) -> Callable[[object, type], tuple[Any, ...]]:
    (item,) = (a for a in get_args(t) if a is not Ellipsis)
    item_hook = conv.get_structure_hook(item)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected an array, got {_json_type(value)}")
        out, errors = [], []
        for i, v in enumerate(value):
            try:
                out.append(item_hook(v, item))
            except Exception as e:  # noqa: BLE001 - collected, re-raised with its index below
                e.__notes__ = [  # type: ignore[attr-defined]  # typeshed lacks __notes__ before 3.11
                    *getattr(e, "__notes__", []),
                    IterableValidationNote(f"@ {i}", i, item),
                ]
                errors.append(e)
        if errors:
            raise IterableValidationError("while structuring an array", errors, t)
        return tuple(out)

    return structure


def _object_hook(conv: cattrs.Converter, cl: type[T]) -> Callable[[object, type], T]:
    inner = make_dict_structure_fn(cl, conv)
    required = _required_keys(cl)

    def structure(value: object, _: type) -> T:
        if not isinstance(value, Mapping):
            raise TypeError(f"expected an object, got {_json_type(value)}")
        for key in required:
            if key not in value:
                raise _missing_key(cl, key)
        return inner(value, cl)

    return structure


# The record classes whose keys are all required but the layout ones (``eq=False``), which
# are left out where canonical: a record missing "speaker" is broken, not "no speaker".
_RECORDS: Final = frozenset(
    {Call, Dateline, Paragraph, Participant, PartialDate, Readout, Sentence}
)


def _required_keys(cl: type) -> tuple[str, ...]:
    if cl not in _RECORDS:
        return ()
    return tuple(a.name for a in attrs.fields(cl) if a.eq)


def _missing_key(cl: type, key: str) -> ClassValidationError:
    """The error cattrs raises for a missing key, so that its path is reported the same way."""
    error = KeyError(key)
    note = AttributeValidationNote(
        f"Structuring class {cl.__qualname__} @ attribute {key}", key, cl
    )
    error.__notes__ = [note]  # type: ignore[attr-defined]  # typeshed lacks __notes__ before 3.11
    return ClassValidationError(f"While structuring {cl.__name__}", [error], cl)


def _speaker_hooks(conv: cattrs.Converter) -> None:
    participant = conv.get_structure_hook(Participant)

    def structure(value: object, _: object) -> Participant | Side | None:
        if value is None:
            return None
        if isinstance(value, str):
            return Side(value)
        result: Participant = participant(value, Participant)
        return result

    def unstructure(value: Participant | Side | None) -> object:
        return value if value is None else conv.unstructure(value)

    conv.register_structure_hook(Participant | Side | None, structure)
    conv.register_unstructure_hook(Participant | Side | None, unstructure)


def _omit_layout_defaults(conv: cattrs.Converter) -> None:
    """Leave canonical layout out of records: it is the default on loading."""
    omit = override(omit_if_default=True)
    conv.register_unstructure_hook(Sentence, make_dict_unstructure_fn(Sentence, conv, source=omit))
    conv.register_unstructure_hook(
        Paragraph, make_dict_unstructure_fn(Paragraph, conv, separators=omit)
    )
    conv.register_unstructure_hook(Dateline, _dateline_unstructure(conv))
    conv.register_unstructure_hook(
        Layout, make_dict_unstructure_fn(Layout, conv, _cattrs_omit_if_default=True)
    )
    conv.register_unstructure_hook(Readout, make_dict_unstructure_fn(Readout, conv, layout=omit))


def _dateline_unstructure(conv: cattrs.Converter) -> Callable[[Dateline], dict[str, Any]]:
    """Leave out a dateline's source when it is the canonical one: the parser always sets it."""
    inner = make_dict_unstructure_fn(Dateline, conv, source=override(omit_if_default=True))

    def unstructure(dateline: Dateline) -> dict[str, Any]:
        if dateline.source is not None:
            canonical = attrs.evolve(dateline, source=None)
            if dateline.source == render_dateline(canonical):
                dateline = canonical
        result: dict[str, Any] = inner(dateline)
        return result

    return unstructure


def _record_types() -> frozenset[Any]:
    """Every type the record is made of: the model's classes, their fields' types and parts."""
    found: set[Any] = set()
    todo: list[Any] = [Readout]
    while todo:
        t = todo.pop()
        if t in found or t is Ellipsis or t is type(None):
            continue
        found.add(t)
        todo.extend(get_args(t))
        if attrs.has(t):
            todo.extend(get_type_hints(t).values())
    return frozenset(found)


class _SharedConverter(cattrs.Converter):
    """The shared converter: it notes a hook registered on it, once configured, for a type
    of the record, so that the compiled path of to_json and from_json steps aside for it."""

    def __init__(self) -> None:
        super().__init__(forbid_extra_keys=True)
        configure_converter(self)
        self.record_types = _record_types()
        self.compiled = True  # the record is read and written as configure_converter does

    def _note(self, touches: Callable[[Any], object]) -> None:
        if not getattr(self, "compiled", False):
            return  # still being configured, or already stepped aside
        try:
            hit = any(touches(t) for t in self.record_types)
        except Exception:  # noqa: BLE001 - a predicate that fails on our types: assume it applies
            hit = True
        if hit:
            self.compiled = False

    def register_structure_hook(self, *args: Any, **kwargs: Any) -> Any:
        self._note(_same_as(args[0] if args else kwargs.get("cl")))
        return super().register_structure_hook(*args, **kwargs)

    def register_unstructure_hook(self, *args: Any, **kwargs: Any) -> Any:
        self._note(_same_as(args[0] if args else kwargs.get("cls")))
        return super().register_unstructure_hook(*args, **kwargs)

    def register_structure_hook_func(self, *args: Any, **kwargs: Any) -> Any:
        self._note(args[0] if args else kwargs["check_func"])
        return super().register_structure_hook_func(*args, **kwargs)

    def register_unstructure_hook_func(self, *args: Any, **kwargs: Any) -> Any:
        self._note(args[0] if args else kwargs["check_func"])
        return super().register_unstructure_hook_func(*args, **kwargs)

    def register_structure_hook_factory(self, *args: Any, **kwargs: Any) -> Any:
        self._note(args[0] if args else kwargs["predicate"])
        return super().register_structure_hook_factory(*args, **kwargs)

    def register_unstructure_hook_factory(self, *args: Any, **kwargs: Any) -> Any:
        self._note(args[0] if args else kwargs["predicate"])
        return super().register_unstructure_hook_factory(*args, **kwargs)


def _same_as(cl: Any) -> Callable[[Any], bool]:
    """Whether a type is the one a hook is registered for (None: inferred later, so any)."""
    return lambda t: cl is None or t == cl


#: The converter behind :func:`to_dict` and :func:`from_dict`; register hooks on it
#: to extend the record, or build your own with :func:`make_converter`.
converter: Final = _SharedConverter()


def to_dict(readout: Readout, /) -> dict[str, Any]:
    """Return a readout as a dict of JSON-compatible values.

    >>> from readout import parse
    >>> d = to_dict(parse("Beijing, 10 Oct (ZXS) -- Wang Yi met Blinken."))
    >>> d["dateline"]["date"]
    {'year': None, 'month': 10, 'day': 10}
    """
    result: dict[str, Any] = converter.unstructure(readout, Readout)
    return result


def from_dict(data: Mapping[str, Any], /) -> Readout:
    """Build a readout from a dict like those :func:`to_dict` returns.

    Raises DecodeError with the path of the first bad value.
    """
    if converter.compiled and data.__class__ is dict:
        try:
            return _fastjson.read_dict(data)
        except _fastjson.Fallback:
            pass  # read it again the thorough way, which tells what is wrong and where
    try:
        return converter.structure(data, Readout)
    except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError) as e:
        raise _decode_error(e, "$") from e
    except (ValueError, TypeError, KeyError) as e:
        raise _decode_error(e, "$") from e


def to_json(readout: Readout, /, *, indent: int | None = None) -> str:
    """Return a readout as JSON text; the same readout always gives the same text."""
    if indent is None and converter.compiled and isinstance(readout, Readout):
        return _fastjson.write_json(readout)
    return json.dumps(to_dict(readout), ensure_ascii=False, indent=indent, allow_nan=False)


def from_json(data: str | bytes | bytearray, /) -> Readout:
    """Read a readout from JSON text (``str``, or UTF-8 ``bytes`` or ``bytearray``).

    Raises DecodeError for text that is not JSON, for NaN and Infinity, for
    duplicate keys, for nesting deeper than any record has, and for every way
    a record can be wrong (with the path of the bad value).
    """
    if isinstance(data, bytes | bytearray):
        try:
            data = bytes(data).decode("utf-8")
        except UnicodeDecodeError as e:
            raise DecodeError(f"not UTF-8: {e.reason} at byte {e.start}", "$") from e
    if not isinstance(data, str):
        raise TypeError(f"expected JSON as str or bytes, got {type(data).__name__}")
    if converter.compiled:
        try:
            return _fastjson.read_json(data)
        except _fastjson.Fallback:
            pass  # read it again the thorough way, which tells what is wrong and where
    value = _loads(data)
    if not isinstance(value, dict):
        raise DecodeError(f"expected an object, got {_json_type(value)}", "$")
    return from_dict(value)


def _loads(text: str) -> object:
    try:
        value = json.loads(
            text,
            parse_constant=_reject_constant,
            parse_int=_parse_int,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as e:
        raise DecodeError(f"not JSON: {e.msg} (line {e.lineno}, column {e.colno})", "$") from e
    except RecursionError as e:
        raise DecodeError("nesting too deep", "$") from e
    except ValueError as e:  # whatever else the decoder may refuse: still a DecodeError
        raise DecodeError(str(e), "$") from e
    _check_values(value)
    return value


class _Rejected:
    """A JSON value the loader refuses, left in place so that its path can be reported."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


def _reject_constant(name: str) -> _Rejected:
    return _Rejected(f"{name} is not a valid JSON value")


# No field of a record holds an integer this long; converting longer digit strings to int
# takes quadratic time (Python 3.11 refuses more than 4300 digits, 3.10 does not).
_MAX_INT_DIGITS: Final = 20


def _parse_int(digits: str) -> int | _Rejected:
    count = len(digits.lstrip("-"))
    if count > _MAX_INT_DIGITS:
        return _Rejected(f"an integer of {count} digits is out of range")
    return int(digits)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any] | _Rejected:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            return _Rejected(f"duplicate key {key!r}")
        result[key] = value
    return result


_Step = str | int


def _check_values(value: object) -> None:
    """Reject what ``json.loads`` let through (nesting, rejected values), without recursion.

    Goes through the document depth first, in document order, keeping only the path to
    the value at hand: the first fault is reported, and memory grows with the nesting,
    not with the size of the document.
    """
    path: list[_Step] = []
    root = _children(value, path)
    stack = [] if root is None else [root]
    while stack:
        step = next(stack[-1], None)
        if step is None:
            stack.pop()
            if stack:
                path.pop()
            continue
        path.append(step[0])
        children = _children(step[1], path)
        if children is None:
            path.pop()
        else:
            stack.append(children)


def _children(value: object, path: list[_Step]) -> Iterator[tuple[_Step, object]] | None:
    """Check the value at ``path``; return an iterator over the values it holds, if any."""
    if len(path) >= _MAX_JSON_DEPTH:
        raise DecodeError(f"nesting deeper than {_MAX_JSON_DEPTH} levels", "$")
    if isinstance(value, _Rejected):
        raise DecodeError(value.message, _json_path(path))
    if isinstance(value, dict):
        return iter(value.items())
    if isinstance(value, list):
        return enumerate(value)
    return None


def _json_path(path: list[_Step]) -> str:
    return "$" + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)


def _decode_error(exc: BaseException, path: str) -> DecodeError:
    """Find the first leaf error under a cattrs error tree, with its JSON path."""
    while True:
        if isinstance(exc, ForbiddenExtraKeysError):
            keys = ", ".join(repr(k) for k in sorted(exc.extra_fields))
            return DecodeError(f"unknown key {keys}", path)
        if isinstance(exc, ClassValidationError | IterableValidationError):
            sub = exc.exceptions[0]
            path += _step(sub)
            exc = sub
            continue
        if isinstance(exc, FieldValueError):
            path += f".{exc.field}"
        return DecodeError(_describe(exc), path)


def _step(exc: BaseException) -> str:
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            return f".{note.name}"
        if isinstance(note, IterableValidationNote):
            return f"[{note.index}]"
    return ""


def _describe(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return f"missing key {exc.args[0]!r}"
    return str(exc) or type(exc).__name__
