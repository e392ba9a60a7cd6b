"""Reading rule files with positions, so every problem can be reported as ``file:line: message``.

YAML is composed into nodes first (which carry line marks) and then validated with pydantic; a
validation error's location path is mapped back to the line of the deepest node it names.
Every function here collects all the problems of a file rather than stopping at the first:
``ingest rules check`` lists them all, one line each.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from ingest.errors import RuleError
from ingest.rules.models import LocatedValueError

ModelT = TypeVar("ModelT", bound=BaseModel)
ItemT = TypeVar("ItemT")
PathKey = tuple[str | int, ...]

# libyaml composes the rule files ten times faster than the pure-Python parser (boilerplate.yaml
# alone takes 80 ms there); the nodes and their line marks are the same.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SCALARS = yaml.constructor.SafeConstructor()


# A rules folder is code-sized data: the largest file shipped is 140 kB. Past this cap a file
# is refused in one problem, before a 100 MB vocabulary costs every worker minutes and GBs.
MAX_RULE_FILE_BYTES = 16 * 2**20
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("map", "seq")}


def read_rule_text(path: Path, display: str) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_RULE_FILE_BYTES:
            raise RuleError(
                display,
                f"file is {size:,} bytes, over the cap of {MAX_RULE_FILE_BYTES:,} bytes for a "
                "rule file; split it or trim it",
            )
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise RuleError(display, f"cannot read ({err})") from None


def _refused(node: yaml.Node, display: str) -> RuleError:
    """A tag the safe loader does not build (``!!python/name:os.system``), as a problem."""
    return RuleError(
        f"{display}:{node.start_mark.line + 1}",
        f"YAML tag {node.tag!r} is not allowed in rule files (plain values only)",
    )


def _construct(node: yaml.Node, path: PathKey, lines: dict[PathKey, int], display: str) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.tag not in _PLAIN_TAGS:
        raise _refused(node, display)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = (
                key_node.value
                if isinstance(key_node, yaml.ScalarNode)
                else yaml.safe_load(yaml.serialize(key_node))
            )
            if str(key) in result:
                line = key_node.start_mark.line + 1
                raise RuleError(f"{display}:{line}", f"duplicate key {key!r}")
            result[str(key)] = _construct(value_node, (*path, str(key)), lines, display)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, (*path, i), lines, display) for i, item in enumerate(node.value)]
    # Scalars: the safe constructor resolves the tag (int, float, bool, null, str).
    if node.tag == "tag:yaml.org,2002:str":
        return node.value
    try:
        return _SCALARS.construct_object(node, deep=True)
    except yaml.YAMLError:
        raise _refused(node, display) from None


def read_yaml(path: Path, display: str) -> tuple[Any, dict[PathKey, int]]:
    text = read_rule_text(path, display)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{display}:{mark.line + 1}" if mark is not None else display
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise RuleError(where, f"not valid YAML: {problem}") from None
    if node is None:
        return {}, {}
    lines: dict[PathKey, int] = {}
    return _construct(node, (), lines, display), lines


def line_of(lines: dict[PathKey, int], loc: PathKey) -> int | None:
    for cut in range(len(loc), -1, -1):
        found = lines.get(tuple(loc[:cut]))
        if found is not None:
            return found
    return None


_TYPE_TAGS = {"str", "int", "float", "bool", "none", "list", "tuple", "dict", "set"}


def _is_type_tag(part: str) -> bool:
    return part in _TYPE_TAGS or "[" in part or part.startswith(("function-", "union"))


def _data_path(loc: tuple[str | int, ...], data: Any) -> PathKey:
    """The part of a pydantic location that names places in the data.

    pydantic adds the member of a union it tried (``pattern.str``, ``pattern.tuple[…]``); those
    are dropped by walking the data along the location, so both members report one place.
    """
    kept: list[str | int] = []
    node = data
    for part in loc:
        in_dict = isinstance(node, dict) and isinstance(part, str) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
        if in_dict or in_list:
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and not _is_type_tag(part):
            node = None  # a required key that is missing: nothing lies under it
        else:
            continue  # a union member's tag, not a place in the data
        kept.append(part)
    return tuple(kept)


def describe_validation_error(err: ValidationError, data: Any = None) -> list[tuple[PathKey, str]]:
    """``(location, message)`` per problem, one per location (a value that fails every member
    of a union is one problem, not one per member)."""
    problems: dict[PathKey, str] = {}
    for item in err.errors():
        raw = tuple(x for x in item["loc"] if isinstance(x, str | int))
        loc = _data_path(raw, data) if data is not None else raw
        error = (item.get("ctx") or {}).get("error")
        if isinstance(error, LocatedValueError):
            loc = (*loc, *error.loc)
        if loc in problems:
            continue
        field = ".".join(str(x) for x in loc)
        message = item["msg"]
        if message.startswith("Value error, "):
            message = message[len("Value error, ") :]
        if item["type"] == "extra_forbidden":
            message = "unknown key (a typo, or a key this version does not read)"
        problems[loc] = f"{field}: {message}" if field else message
    return list(problems.items())


def validate_yaml_all(
    path: Path, display: str, model: type[ModelT]
) -> tuple[ModelT | None, list[RuleError], dict[PathKey, int]]:
    """The file's model (None when it does not validate), every problem, and the line of every
    node (for reports about examples)."""
    try:
        data, lines = read_yaml(path, display)
    except RuleError as err:
        return None, [err], {}
    try:
        return model.model_validate(data), [], lines
    except ValidationError as err:
        problems = []
        for loc, message in describe_validation_error(err, data):
            line = line_of(lines, loc)
            problems.append(RuleError(f"{display}:{line}" if line else display, message))
        return None, problems, lines


def validate_yaml(path: Path, display: str, model: type[ModelT]) -> ModelT:
    """The file's model; raises the first problem."""
    loaded, problems, _ = validate_yaml_all(path, display, model)
    if problems or loaded is None:
        raise problems[0]
    return loaded


def read_jsonl_all(
    path: Path, display: str, parse: Callable[[dict[str, Any], str], ItemT]
) -> tuple[list[ItemT], list[RuleError]]:
    """Parse every line with ``parse(obj, location)`` (which raises :class:`RuleError` for a bad
    item); the good items and a problem per bad line. Blank lines and ``//`` comments are
    skipped."""
    try:
        text = read_rule_text(path, display)
    except RuleError as err:
        return [], [err]
    return parse_jsonl_text(text, display, parse)


def parse_jsonl_text(
    text: str,
    display: str,
    parse: Callable[[dict[str, Any], str], ItemT],
    known: Callable[[int, str], ItemT | None] | None = None,
) -> tuple[list[ItemT], list[RuleError]]:
    """:func:`read_jsonl_all` over a file's text. ``known(number, location)``, when given, is
    asked first for each line: the item it returns is taken as that line's, unparsed."""
    items: list[ItemT] = []
    problems: list[RuleError] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        location = f"{display}:{number}"
        if known is not None:
            item = known(number, location)
            if item is not None:
                items.append(item)
                continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            at = "" if err.msg.endswith(" at") else " at"  # "Unterminated string starting at"
            problems.append(
                RuleError(location, f"not valid JSON: {err.msg}{at} column {err.colno}")
            )
            continue
        if not isinstance(obj, dict):
            problems.append(RuleError(location, "each line must be a JSON object"))
            continue
        try:
            items.append(parse(obj, location))
        except RuleError as err:
            problems.append(err)
    return items, problems


def read_jsonl(
    path: Path, display: str, parse: Callable[[dict[str, Any], str], ItemT]
) -> list[ItemT]:
    """Parse every line with ``parse(obj, location)``; raise on the first bad line."""
    items, problems = read_jsonl_all(path, display, parse)
    if problems:
        raise problems[0]
    return items
