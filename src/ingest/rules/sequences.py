"""Multi-token entity shapes as one character regex (used by ingest.match.entities).

A token pattern of the simple kind (tokens that test LOWER, TEXT or ORTH with a literal, IN,
NOT_IN or a whole-token REGEX, IS_TITLE, and the operator "?") matches the same spans on
characters as spaCy's Matcher does on the tokens of a blank English pipeline, so such a shape
needs no spaCy Doc; the rules loader validates it without spaCy's schema too.
"""

from __future__ import annotations

import re

_LITERAL_KEYS = {"ORTH": True, "TEXT": True, "LOWER": False}  # key → case-sensitive

# Between two tokens: spaces, or none where one of them is punctuation ("multidrug" "-"
# "resistant", "Crohn" "'s"), as spaCy's tokenizer splits them.
_TOKEN_GAP = r"(?:\s+|(?=[^\s\w])|(?<=[^\s\w]))"


def _whole(word: str) -> str:
    """A literal token: not followed by a letter or digit when it ends in one."""
    return re.escape(word) + (r"(?!\w)" if word[-1:].isalnum() else "")


def _token_ends(body: str) -> str | None:
    r"""A whole-token regex's inner part with each ``$`` it holds (the token's end, as in a
    stop list "(?!(?:main|chain)$)") written as the character translation's token end,
    ``(?!\w)``; None when it holds a ``^`` other than inside a class (nothing to translate to)."""
    out: list[str] = []
    i = 0
    in_class = False
    while i < len(body):
        char = body[i]
        if char == "\\":
            out.append(body[i : i + 2])
            i += 2
            continue
        if in_class:
            # "]" right after "[" or "[^" is a literal member, not the class's end.
            opened = body[i - 1] == "[" or (body[i - 1] == "^" and body[i - 2 : i] == "[^")
            if char == "]" and not opened:
                in_class = False
            out.append(char)
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == "$":
            out.append(r"(?!\w)")
        elif char == "^":
            return None
        else:
            out.append(char)
        i += 1
    return "".join(out)


def _token_body(value: object, lower: bool) -> str | None:
    """One token's text as a regex: a literal, an IN list or a REGEX anchored at both ends."""
    scope = "(?i:" if lower else "(?:"
    if isinstance(value, str):
        return scope + _whole(value) + ")"
    if not isinstance(value, dict):
        return None
    parts = []
    for key, option in value.items():
        if key == "IN" and isinstance(option, list) and option:
            ordered = sorted((str(o) for o in option), key=len, reverse=True)
            parts.append(scope + "|".join(_whole(o) for o in ordered) + ")")
        elif key == "NOT_IN" and isinstance(option, list):
            words = "|".join(re.escape(str(o)) for o in option)
            parts.append(f"(?!{scope}(?:{words})(?!\\w)))")
        elif key == "REGEX" and isinstance(option, str):
            if not (option.startswith("^") and option.endswith("$")):
                return None  # only whole-token regexes translate to characters
            inner = _token_ends(option[1:-1])
            if inner is None:
                return None
            parts.append(scope + inner + r")(?!\w)")
        else:
            return None
    # Lookaheads first, then the one part that consumes the token.
    consuming = [p for p in parts if not p.startswith("(?!")]
    if len(consuming) != 1:
        return None
    return "".join(p for p in parts if p.startswith("(?!")) + consuming[0]


def token_pieces(pattern: tuple[dict[str, object], ...]) -> list[str] | None:
    """Each token of a multi-token pattern of the simple kind as its own character regex
    (without the gaps between tokens; an optional token's piece ends in "?"), or None."""
    if len(pattern) < 2:
        return None
    pieces: list[str] = []
    for token in pattern:
        op = token.get("OP")
        if op not in (None, "?"):
            return None
        title = token.get("IS_TITLE")
        keys = [k for k in token if k not in ("OP", "IS_TITLE")]
        if title not in (None, True) or len(keys) != 1 or keys[0] not in _LITERAL_KEYS:
            return None
        body = _token_body(token[keys[0]], lower=keys[0] == "LOWER")
        if body is None:
            return None
        if title:
            body = r"(?=\p{Lu}\p{Ll}*(?!\p{L}))" + body  # a capital, then small letters
        piece = f"(?:{body})"
        pieces.append(piece + "?" if op == "?" else piece)
    return pieces


def sequence_regex(pattern: tuple[dict[str, object], ...]) -> str | None:
    """A multi-token pattern of the simple kind as one character regex, or None.

    Tokens may test LOWER, TEXT or ORTH (a literal, IN, NOT_IN or a whole-token REGEX), IS_TITLE,
    and carry the operator "?". Such a pattern matches the same spans on characters as spaCy's
    Matcher does on the tokens of a blank English pipeline, without building a Doc."""
    pieces = token_pieces(pattern)
    if pieces is None:
        return None
    # A gap between tokens; an optional token takes its gap with it: the one after it when it
    # comes before the first required token ("alpha" in "[alpha] lactase deficiency"), else
    # the one before it. The match starts a word (tried at every position, it fails at once
    # inside one).
    required = next((n for n, token in enumerate(pattern) if token.get("OP") != "?"), None)
    if required is None:
        return None  # a pattern that can match nothing
    out = r"(?<!\w)"
    for piece in pieces[:required]:
        out += f"(?:{piece[:-1]}{_TOKEN_GAP})?"
    out += pieces[required]
    for token, piece in zip(pattern[required + 1 :], pieces[required + 1 :], strict=True):
        if token.get("OP") == "?":
            out += f"(?:{_TOKEN_GAP}{piece[:-1]})?"
        else:
            out += _TOKEN_GAP + piece
    return out


__all__ = ["sequence_regex", "token_pieces"]
