"""Records written from plain data (:mod:`ingest.rows`), by the models' field types.

For each model class a writer is generated once from its fields' annotations: it takes the
model's field values as a plain tuple in field order, as a row whose attributes bear the
field names (:class:`~ingest.rows.ClaimRow`), or as the model itself, and writes

- :func:`record_json`: the bytes :func:`ingest.emit.document_json` writes for the model built
  from the same values (two-space indent, one-line arrays of scalars up to
  ``emit._INLINE_MAX`` characters, up to four one-line spans on one line);
- :func:`compact_json` / :func:`compact_head`: what :func:`ingest.emit.jsonl_line` writes
  (``json.dumps`` with its default separators).

The generic writer of :mod:`ingest.emit` asks at every node what a value is; these know each
field's type from its annotation, so a record is a few string joins per object, which is what
makes writing records from tuples cheaper than building the pydantic models at all. A field
of a type not listed below is handed to the generic writer, so any model can be written.
The code of each writer is generated (the way :mod:`dataclasses` writes ``__init__``): one
function per model and indent, its keys and indentation as constants.

:func:`to_model` builds the validated pydantic model from the same plain data, for callers who
want models (``ingest show``, the library API); tests hold both paths to the same bytes.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from types import UnionType
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel

from ingest.emit import _INLINE_MAX, dumps
from ingest.models import Source

M = TypeVar("M", bound=BaseModel)

# Fields a model's own serializer leaves out when they are None (Source: a plain file's URI).
OMITTED_WHEN_NONE: dict[type[BaseModel], frozenset[str]] = {Source: frozenset({"uri", "fetched"})}

_encode_string = json.encoder.encode_basestring


def _float_json(value: Any) -> str:
    number = float(value)  # a pydantic float field takes an int as its float
    if number != number or number in (math.inf, -math.inf):
        return json.dumps(number)
    return float.__repr__(number)


def _scalar_or_json(value: Any) -> str:
    if isinstance(value, str):
        return str(_encode_string(value))
    return json.dumps(value, ensure_ascii=False)


# What a field is, as far as writing it goes -------------------------------------------------


@dataclass(frozen=True)
class _Kind:
    """``tag``: str, int, float, bool, scalar (any JSON scalar), optional (of ``inner``),
    pair (a fixed tuple of scalars: a span), scalars (an array of ``inner`` scalars), pairs
    (an array of fixed scalar tuples), object / objects (of ``model``), generic."""

    tag: str
    inner: _Kind | None = None
    model: type[BaseModel] | None = None
    size: int = 0  # of a pair

    @property
    def scalar(self) -> bool:
        if self.tag == "optional":
            assert self.inner is not None
            return self.inner.scalar
        return self.tag in ("str", "int", "float", "bool", "scalar")


_GENERIC = _Kind("generic")


def _kind(annotation: Any) -> _Kind:
    origin = get_origin(annotation)
    if origin is Annotated:
        return _kind(get_args(annotation)[0])
    if origin in (Union, UnionType):
        args = get_args(annotation)
        rest = [a for a in args if a is not type(None)]
        if len(args) == 2 and len(rest) == 1:
            inner = _kind(rest[0])
            return _Kind("optional", inner) if inner.tag != "generic" else _GENERIC
        return _GENERIC
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return _Kind("object", model=annotation)
        if annotation is bool:
            return _Kind("bool")
        if issubclass(annotation, str):  # a StrEnum is written as its value
            return _Kind("str")
        if annotation is int:
            return _Kind("int")
        if annotation is float:
            return _Kind("float")
        return _GENERIC
    if origin is tuple:
        args = get_args(annotation)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _kind(args[0])
            if item.scalar:
                return _Kind("scalars", item)
            if item.tag == "pair":
                return _Kind("pairs", item)
            if item.tag == "object":
                return _Kind("objects", model=item.model)
            return _GENERIC
        if args and Ellipsis not in args:
            kinds = {_kind(a) for a in args}
            if all(k.scalar for k in kinds):
                inner = kinds.pop() if len(kinds) == 1 else _Kind("scalar")
                return _Kind("pair", inner, size=len(args))
    return _GENERIC


# Encoders of scalars and of arrays that may go on one line -----------------------------------


def _scalar_encoder(kind: _Kind) -> Callable[[Any], str]:
    if kind.tag == "optional":
        assert kind.inner is not None
        inner = _scalar_encoder(kind.inner)
        return lambda value: "null" if value is None else inner(value)
    encoders: dict[str, Callable[[Any], str]] = {
        "str": _encode_string,
        "int": int.__repr__,
        "float": _float_json,
        "bool": lambda value: "true" if value else "false",
        "scalar": _scalar_or_json,
    }
    return encoders[kind.tag]


def _pad(indent: int) -> str:
    return "  " * indent


def _one_line_array(encode: Callable[[Any], str]) -> Callable[[Any], str]:
    def compact(value: Any) -> str:
        return "[" + ", ".join([encode(x) for x in value]) + "]"

    return compact


def _scalar_array(encode: Callable[[Any], str]) -> Callable[[Any, int], str]:
    """An array of scalars: on one line when it fits in ``_INLINE_MAX`` characters."""

    def pretty(value: Any, indent: int) -> str:
        if not value:
            return "[]"
        parts = [encode(x) for x in value]
        text = "[" + ", ".join(parts) + "]"
        if len(text) <= _INLINE_MAX:
            return text
        pad = _pad(indent)
        inner = ",\n".join(pad + "  " + part for part in parts)
        return f"[\n{inner}\n{pad}]"

    return pretty


def _pairs_array(
    item_pretty: Callable[[Any, int], str], item_compact: Callable[[Any], str]
) -> Callable[[Any, int], str]:
    """An array of scalar arrays (spans): on one line when it has at most four and fits."""

    def pretty(value: Any, indent: int) -> str:
        if not value:
            return "[]"
        if len(value) <= 4:
            text = "[" + ", ".join([item_compact(x) for x in value]) + "]"
            if len(text) <= _INLINE_MAX:
                return text
        pad = _pad(indent)
        inner = ",\n".join(pad + "  " + item_pretty(x, indent + 1) for x in value)
        return f"[\n{inner}\n{pad}]"

    return pretty


# Generated writers ---------------------------------------------------------------------------


class _Generated:
    """The writers of one model (its fields but ``exclude``), generated on first use."""

    def __init__(self, model: type[BaseModel], exclude: frozenset[str] = frozenset()) -> None:
        self.model = model
        self.names = tuple(n for n in model.model_fields if n not in exclude)
        self.kinds = tuple(_kind(model.model_fields[n].annotation) for n in self.names)
        self.omitted = OMITTED_WHEN_NONE.get(model, frozenset()) & set(self.names)
        getter = attrgetter(*self.names) if self.names else (lambda value: ())
        self.values: Callable[[Any], tuple[Any, ...]] = (
            getter if len(self.names) != 1 else (lambda value: (getter(value),))
        )
        self._pretty: dict[int, Callable[[Any], str]] = {}
        self._compact: Callable[[Any], str] | None = None
        self._compact_head: Callable[[Any], str] | None = None

    # The code of a field's value, as an expression over the local ``x{n}`` -----------------

    def _expression(
        self, kind: _Kind, variable: str, indent: int, space: dict[str, Any], pretty: bool
    ) -> str:
        """``indent``: the indent of the object the field stands in (its key is one deeper)."""
        name = f"_{len(space)}"
        deeper = indent + 1
        if kind.scalar:
            space[name] = _scalar_encoder(kind)
            return f"{name}({variable})"
        tag = kind.tag
        if tag == "optional":
            assert kind.inner is not None
            inner = self._expression(kind.inner, variable, indent, space, pretty)
            return f'("null" if {variable} is None else {inner})'
        if tag in ("pair", "scalars"):
            assert kind.inner is not None
            encode = _scalar_encoder(kind.inner)
            if pretty:
                array = _scalar_array(encode)
                space[name] = lambda value: array(value, deeper)
            else:
                space[name] = _one_line_array(encode)
            if tag == "pair" and kind.inner.tag == "int" and kind.size == 2:
                # A span: the common case, written inline when it fits.
                text = f'"[%d, %d]" % ({variable}[0], {variable}[1])'
                return f"(_t if len(_t := {text}) <= {_INLINE_MAX} else {name}({variable}))"
            return f"{name}({variable})"
        if tag == "pairs":
            assert kind.inner is not None and kind.inner.inner is not None
            encode = _scalar_encoder(kind.inner.inner)
            item_compact = _one_line_array(encode)
            if pretty:
                array = _pairs_array(_scalar_array(encode), item_compact)
                space[name] = lambda value: array(value, deeper)
            else:
                space[name] = _one_line_array(item_compact)
            return f"{name}({variable})"
        if tag == "object":
            assert kind.model is not None
            model = _writer(kind.model)
            space[name] = model.pretty(deeper) if pretty else model.compact()
            return f"{name}({variable})"
        if tag == "objects":
            assert kind.model is not None
            if pretty:
                item = _writer(kind.model).pretty(deeper + 1)
                space[name] = item
                step = _pad(deeper + 1)
                close = "\n" + _pad(deeper) + "]"
                return (
                    f'("[]" if not {variable} else "[\\n" + ",\\n".join([{step!r} + {name}(i) '
                    f"for i in {variable}]) + {close!r})"
                )
            space[name] = _writer(kind.model).compact()
            return f'"[" + ", ".join([{name}(i) for i in {variable}]) + "]"'
        # generic: the generic writer, which asks what each value is
        if pretty:
            space[name] = lambda value: dumps(value, deeper)
        else:
            space[name] = lambda value: json.dumps(value, ensure_ascii=False)
        return f"{name}({variable})"

    def _function(self, body: list[str], space: dict[str, Any]) -> Callable[[Any], Any]:
        space["_values"] = self.values
        variables = ", ".join(f"x{n}" for n in range(len(self.names)))
        unpack = f"({variables},)" if len(self.names) == 1 else variables
        code = [
            "def write(value):",
            "    if type(value) is not tuple:",
            "        value = _values(value)",
        ]
        if self.names:
            code.append(f"    {unpack} = value")
        code += [f"    {line}" for line in body]
        exec("\n".join(code), space)  # the generated code is built above from field names only
        function: Callable[[Any], Any] = space["write"]
        return function

    def _parts(self, indent: int, space: dict[str, Any], pretty: bool) -> list[tuple[str, str]]:
        """(name, code that writes '"key": value') per field."""
        step = _pad(indent + 1) if pretty else ""
        return [
            (
                name,
                f"{step + json.dumps(name) + ': '!r} + "
                + self._expression(kind, f"x{n}", indent, space, pretty),
            )
            for n, (name, kind) in enumerate(zip(self.names, self.kinds, strict=True))
        ]

    def _joined(
        self, parts: list[tuple[str, str]], separator: str, opening: str, closing: str
    ) -> list[str]:
        """Code that returns the parts joined by ``separator`` between ``opening`` and
        ``closing`` (a field in ``omitted`` only when not None; "{}" when there is none)."""
        if not parts:
            return ['return "{}"']
        if not self.omitted:
            listed = ", ".join(code for _, code in parts)
            return [f"return {opening!r} + {separator!r}.join(({listed},)) + {closing!r}"]
        body = ["parts = []"]
        for n, (name, code) in enumerate(parts):
            if name in self.omitted:
                body.append(f"if x{n} is not None:")
                body.append(f"    parts.append({code})")
            else:
                body.append(f"parts.append({code})")
        body.append('if not parts: return "{}"')
        body.append(f"return {opening!r} + {separator!r}.join(parts) + {closing!r}")
        return body

    def pretty(self, indent: int) -> Callable[[Any], str]:
        """The writer of the object at ``indent`` (its closing brace there, keys one deeper)."""
        found = self._pretty.get(indent)
        if found is None:
            space: dict[str, Any] = {}
            parts = self._parts(indent, space, pretty=True)
            close = "\n" + _pad(indent) + "}"
            found = self._function(self._joined(parts, ",\n", "{\n", close), space)
            self._pretty[indent] = found
        return found

    def compact_head(self) -> Callable[[Any], str]:
        """The compact object without its closing brace."""
        if self._compact_head is None:
            space: dict[str, Any] = {}
            parts = self._parts(0, space, pretty=False)
            self._compact_head = self._function(self._joined(parts, ", ", "{", ""), space)
        return self._compact_head

    def compact(self) -> Callable[[Any], str]:
        if self._compact is None:
            space: dict[str, Any] = {}
            parts = self._parts(0, space, pretty=False)
            self._compact = self._function(self._joined(parts, ", ", "{", "}"), space)
        return self._compact

    def build(self, value: Any) -> BaseModel:
        if isinstance(value, self.model):
            return value
        values = value if type(value) is tuple else self.values(value)
        return self.model(
            **{
                name: _built(kind, item)
                for name, kind, item in zip(self.names, self.kinds, values, strict=True)
            }
        )


def _built(kind: _Kind, value: Any) -> Any:
    """A field's value as its model takes it: nested models built, the rest as it is."""
    if value is None:
        return None
    if kind.tag == "optional":
        assert kind.inner is not None
        return _built(kind.inner, value)
    if kind.tag == "object":
        assert kind.model is not None
        return _writer(kind.model).build(value)
    if kind.tag == "objects":
        assert kind.model is not None
        build = _writer(kind.model).build
        return tuple(build(item) for item in value)
    return value


_writers: dict[tuple[type[BaseModel], frozenset[str]], _Generated] = {}


def _writer(model: type[BaseModel], exclude: frozenset[str] = frozenset()) -> _Generated:
    key = (model, exclude)
    found = _writers.get(key)
    if found is None:
        found = _writers[key] = _Generated(model, exclude)
    return found


def record_json(model: type[BaseModel], value: Any) -> str:
    """The record of ``model`` whose fields are ``value`` (a tuple in field order, a row with
    the fields as attributes, or the model), byte for byte as ``document_json`` writes the
    model built from it."""
    return _writer(model).pretty(0)(value) + "\n"


def compact_json(model: type[BaseModel], value: Any) -> str:
    """``value`` as ``jsonl_line`` writes the model built from it, without the newline."""
    return _writer(model).compact()(value)


def compact_head(model: type[BaseModel], exclude: frozenset[str]) -> Callable[[Any], str]:
    """A writer of the compact JSON of ``model``'s fields but ``exclude`` (its last fields),
    without the closing brace: a claims.jsonl line before its occurrences."""
    names = tuple(model.model_fields)
    if names[len(names) - len(exclude) :] != tuple(n for n in names if n in exclude):
        raise ValueError(f"{sorted(exclude)} are not the last fields of {model.__name__}")
    return _writer(model, exclude).compact_head()


def to_model(model: type[M], value: Any) -> M:
    """The validated pydantic model of plain data (a tuple in field order, or a row)."""
    built = _writer(model).build(value)
    assert isinstance(built, model)
    return built


__all__ = ["OMITTED_WHEN_NONE", "compact_head", "compact_json", "record_json", "to_model"]
