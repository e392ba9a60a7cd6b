"""Reading rule files with positions, so every problem can be reported as ``file:line: message``.

YAML is composed into nodes first (which carry line marks) and then validated with pydantic; a
validation error's location path is mapped back to the line of the deepest node it names.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from ingest.errors import RuleError

ModelT = TypeVar("ModelT", bound=BaseModel)
ItemT = TypeVar("ItemT")
PathKey = tuple[str | int, ...]


def _construct(node: yaml.Node, path: PathKey, lines: dict[PathKey, int]) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = (
                yaml.safe_load(yaml.serialize(key_node))
                if not isinstance(key_node, yaml.ScalarNode)
                else key_node.value
            )
            if key in result:
                raise RuleError("", f"line {key_node.start_mark.line + 1}: duplicate key {key!r}")
            result[str(key)] = _construct(value_node, (*path, str(key)), lines)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, (*path, i), lines) for i, item in enumerate(node.value)]
    # Scalars: let the safe constructor resolve the tag (int, float, bool, null, str).
    return (
        yaml.safe_load(yaml.serialize(node)) if node.tag != "tag:yaml.org,2002:str" else node.value
    )


def read_yaml(path: Path, display: str) -> tuple[Any, dict[PathKey, int]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise RuleError(display, f"cannot read ({err})") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{display}:{mark.line + 1}" if mark is not None else display
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise RuleError(where, f"not valid YAML: {problem}") from None
    if node is None:
        return {}, {}
    lines: dict[PathKey, int] = {}
    try:
        return _construct(node, (), lines), lines
    except RuleError as err:
        raise RuleError(display, err.message) from None


def line_of(lines: dict[PathKey, int], loc: PathKey) -> int | None:
    for cut in range(len(loc), -1, -1):
        found = lines.get(tuple(loc[:cut]))
        if found is not None:
            return found
    return None


def describe_validation_error(err: ValidationError) -> list[tuple[PathKey, str]]:
    problems = []
    for item in err.errors():
        loc = tuple(x for x in item["loc"] if isinstance(x, str | int))
        field = ".".join(str(x) for x in loc)
        message = item["msg"]
        if message.startswith("Value error, "):
            message = message[len("Value error, ") :]
        problems.append((loc, f"{field}: {message}" if field else message))
    return problems


def validate_yaml(path: Path, display: str, model: type[ModelT]) -> ModelT:
    data, lines = read_yaml(path, display)
    try:
        return model.model_validate(data)
    except ValidationError as err:
        loc, message = describe_validation_error(err)[0]
        line = line_of(lines, loc)
        raise RuleError(f"{display}:{line}" if line else display, message) from None


def read_jsonl(
    path: Path, display: str, parse: Callable[[dict[str, Any], str], ItemT]
) -> list[ItemT]:
    """Parse every line with ``parse(obj, location)``; raise on the first bad line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise RuleError(display, f"cannot read ({err})") from None
    items = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        location = f"{display}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise RuleError(location, f"not valid JSON: {err.msg} (column {err.colno})") from None
        if not isinstance(obj, dict):
            raise RuleError(location, "each line must be a JSON object")
        items.append(parse(obj, location))
    return items
