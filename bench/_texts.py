"""The texts the hostile-input benchmarks feed the pipeline (bench/adversarial.py through a server,
bench/nlp_scaling.py per component, bench/identity_cost.py to the identity step): ordinary news as the reference and
each class of hostile or unlucky input, built at a given size. Each builder seeds its own random generator, so a
class's text is the same whichever other classes run."""

from __future__ import annotations

import random
from collections.abc import Callable

from bench._common import FIRST_NAMES, SURNAMES, bench_texts

_SYLLABLES = "ka ro li ma ten su vo ra bel no di an et mo pa ri lu ze".split()
_BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def repeat(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


def news(chars: int) -> str:
    """The PolNeAR dev articles (the seed article when they are absent), one after another, cut at `chars`."""
    texts = [text.strip() for text in bench_texts()[0]]
    out, size, i = [], 0, 0
    while size < chars:
        out.append(texts[i % len(texts)])
        size += len(out[-1]) + 2
        i += 1
    return "\n\n".join(out)[:chars]


def names(chars: int, *, seed: int = 8, invented_surnames: bool = False) -> str:
    """A comma-separated list of full names ("James Smith, Mary Lopez, …") ending in a full stop.
    `invented_surnames`: surnames made of syllables, nearly all different (the most distinct people a text holds),
    instead of common ones that many names share."""
    rng = random.Random(seed)
    parts, size = [], 0
    while size < chars:
        if invented_surnames:
            surname = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        else:
            surname = rng.choice(SURNAMES)
        parts.append(f"{rng.choice(FIRST_NAMES)} {surname}")
        size += len(parts[-1]) + 2
    return ", ".join(parts)[:chars].rsplit(",", 1)[0] + "."


def number_table(chars: int, *, seed: int = 9) -> str:
    rng = random.Random(seed)
    rows, size = ["Year | District | Turnout | Votes | Change"], 0
    while size < chars:
        rows.append(f"{rng.randint(1990, 2024)} | {rng.randint(1, 400)} | {rng.uniform(20, 90):.1f}% | "
                    f"{rng.randint(1000, 999999):,} | {rng.uniform(-9, 9):+.2f}")
        size += len(rows[-1]) + 1
    return "\n".join(rows)[:chars]


def one_line_paragraphs(chars: int, *, seed: int = 10) -> str:
    rng = random.Random(seed)
    lines, size = [], 0
    while size < chars:
        lines.append(f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}: {rng.randint(1, 99)} points.")
        size += len(lines[-1]) + 2
    return "\n\n".join(lines)[:chars]


def punctuation_runs(chars: int) -> str:
    marks = [". ", "“ ", "” ", "- ", ", ", "! ", "\" ", "' ", "( ", ": "]
    return "".join(repeat(mark, 2000) for mark in marks * (chars // 20000 + 1))[:chars]


def said_names(chars: int, *, seed: int = 11) -> str:
    rng = random.Random(seed)
    return " ".join(f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)} said." for _ in range(chars // 18))[:chars]


def base64_blob(chars: int, *, seed: int = 12) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_BASE64) for _ in range(chars))


_YES = "“Yes,” she said. "

CLASSES: dict[str, Callable[[int], str]] = {
    "news": news,
    "curly_open": lambda chars: "“" * min(chars, 50_000),
    "curly_open_full": lambda chars: "“" * chars,
    "mixed_quotes": lambda chars: repeat("“‘", chars),
    "names": names,
    "no_full_stops": lambda chars: news(chars).replace(".", ""),
    "yes_she_said": lambda chars: (_YES * (chars // len(_YES))).strip(),
    "yes_one_sentence": lambda chars: repeat("“Yes,” she said, according to Tom Ruiz, who told me that ", chars),
    "exclamations": lambda chars: "!" * chars,
    "dashes_spaced": lambda chars: repeat("- ", chars),
    "all_caps": lambda chars: news(chars).upper(),
    "number_table": number_table,
    "one_line_paragraphs": one_line_paragraphs,
    "punctuation_runs": punctuation_runs,
    "base64_blob": base64_blob,
    "open_quote_words": lambda chars: repeat("“word ", chars),
    "short_quotes": lambda chars: repeat("“a” ", chars),
    "parentheses": lambda chars: "(" * (chars // 2) + ")" * (chars // 2),
    "one_word_repeated": lambda chars: repeat("said ", chars),
    "cjk_no_spaces": lambda chars: repeat("新闻发言人说我们将继续努力", chars),
    "newlines_only_words": lambda chars: repeat("word\n", chars),
    "said_names": said_names,
}
"""Name -> a builder of that class's text at a number of characters (or the most of its unit that fits)."""
