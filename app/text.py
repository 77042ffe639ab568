"""Folding of names and words for search, shared by storage (what is indexed) and queries (what is looked up),
so `speaker=Sudani`, `sudani` and `Sudâni` all find the same rows."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
# Control characters that databases refuse or mangle (PostgreSQL rejects NUL outright).
_FORBIDDEN_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def fold(value: str) -> str:
    """Case- and accent-insensitive form of a string, with whitespace collapsed."""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().replace("’", "'").split())


def prefix_upper_bound(prefix: str) -> str:
    """The least string above every string that starts with `prefix`: `col >= prefix AND col < bound` is a prefix
    search that an ordinary B-tree index answers as a range scan (LIKE 'x%' would need special collations)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def name_tokens(value: str) -> list[str]:
    """The folded words of a name, in order, without duplicates."""
    seen: dict[str, None] = {}
    for match in _WORD.finditer(fold(value)):
        seen.setdefault(match.group(0), None)
    return list(seen)


def first_forbidden_control(text: str) -> int | None:
    match = _FORBIDDEN_CONTROL.search(text)
    return match.start() if match else None


def forbidden_control_problem(text: str) -> str | None:
    """What an article's text, a stored field or a query parameter is refused for, in the one wording all three use:
    `contains the control character U+0000 at offset 4`; None when it holds none."""
    position = first_forbidden_control(text)
    if position is None:
        return None
    return f"contains the control character U+{ord(text[position]):04X} at offset {position}"


_HTML_TAG = re.compile(
    r"</?(?:html|head|body|p|div|span|br|a|em|strong|b|i|ul|ol|li|h[1-6]|blockquote|figure|figcaption|img|script|"
    r"style|table|tr|td|section|article|header|footer|iframe)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)


def first_html_tag(text: str) -> str | None:
    """The first HTML tag in a text, if any: offsets into markup would not point at the words a reader sees."""
    match = _HTML_TAG.search(text)
    return match.group(0)[:40] if match else None


def spans_overlap(a: Sequence[Sequence[int]], b: Sequence[Sequence[int]]) -> bool:
    """Whether any [start, end) character span of `a` overlaps one of `b`."""
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)
