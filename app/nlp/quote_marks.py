"""Pairs quotation marks in the raw text, before any parse, so a stray mark cannot derail the grammar rules.

US outlets quote with double marks (straight or curly) and nest single ones; British and Commonwealth outlets
quote with single marks and nest double ones. An article's style is read from its opening marks, and only its
quoting marks delimit quotes: the nested ones are part of the quoted text, and a single mark that is an apostrophe
(`the workers’ union`, `don’t`, `’90s`) is told apart from a closing one by what stands around it. Pairing
restarts at every paragraph, which limits the damage of an unbalanced mark to its own paragraph, except for the
newsroom convention that a quote running over several paragraphs repeats its opening mark at each paragraph and
closes only at the end.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .candidates import QuoteCandidate
from .extensions import QUOTES, doc_text
from .lexicon import word_list
from .transcript_turns import transcript_turns

OPENING = "“«„"
CLOSING = "”»"
STRAIGHT = '"'
_OPENS_BEFORE = set(" \t\n([{—–-/")
_PARAGRAPH_BREAK = re.compile(r"\n")


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _is_opening(text: str, pos: int, para_start: int, width: int = 1) -> bool:
    """A straight mark opens after whitespace (also a no-break space) or an opening bracket or dash, and right after
    another straight mark or a colon when a word follows: `…native-born.""Your facts are wrong,"` closes one quote and
    opens the next, `Gowdy:"I have not heard …"` opens one."""
    char = text[pos]
    if char in OPENING:
        return True
    if char in CLOSING:
        return False
    if pos == para_start or text[pos - 1].isspace() or text[pos - 1] in _OPENS_BEFORE:
        return True
    after = pos + width
    return text[pos - 1] in "\"':" and after < len(text) and text[after].isalnum()  # `Rep. Trey Gowdy (R-S.C.):"I have …`


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _starts_with_opening(text: str, start: int, end: int, single: bool = False) -> bool:
    """A paragraph carrying on the previous one's quote opens with a mark again (`‘` in single-mark style)."""
    para_start = start
    start, end = _trimmed(text, start, end)
    if single:
        return start < end and text[start] in "‘'" and single_mark_role(text, start, para_start, end) == OPENS
    return start < end and (text[start] in OPENING or text[start] == STRAIGHT or text.startswith(("''", "``"), start))


OPENS, CLOSES, MAY_CLOSE = "opens", "closes", "may close"
_SINGLES = re.compile(r"[‘’]|(?<!')'(?!')")  # `''` is a double mark of converted newswire
_OPENS_SINGLE_AFTER = _OPENS_BEFORE | set("“\"«„")  # `“‘…` also opens
_CLOSES_SINGLE_AFTER = set(",.!?;:…—–-")
_CLOSES_AFTER_A_SPACE = set(",!?\"”")
_CLOSING_BEFORE = re.compile(r"[ \t]*(?:[,.;:!?…)\]}—–”»\"]|-(?!\w)|$)")  # `…,’ she said` / `… ‘a disgrace’.`
_WORD = re.compile(r"[A-Za-z]+")
_POSSESSIVE_ENDS = set("sSzxX")  # `the players’ union`, `Jesus’ words`, `Bordeaux’ mayor`


def single_mark_role(text: str, pos: int, para_start: int, para_end: int) -> str | None:
    """OPENS, CLOSES, MAY_CLOSE or None for an apostrophe, of the single mark at `pos`; the same rules for `‘’`
    and `'`.

    An apostrophe stands inside a word (`don’t`, `o’clock`) or elides the start of one (`’90s`, `’em`, rock `’n’`
    roll). A closing mark follows punctuation (`…,’ he said`, also `…, ' he said`) or a word, and is followed by
    punctuation, the paragraph's end, a word that cannot follow a possessive (`‘a crisis’ in the region`), or a
    space after any word not ending in `s`. After an `s` (`the players’ union`) it MAY_CLOSE: the quote ends
    there only if another quote opens before it closes (`‘spontaneous’ protests … responded: ‘What …’`). An open
    quote that neither closes nor runs on into the next paragraph is dropped: a lost scare quote, not a quote
    swallowing its attribution.
    """
    char = text[pos]
    before = text[pos - 1] if pos > para_start else " "
    after = text[pos + 1] if pos + 1 < para_end else " "
    if before.isalnum() and after.isalnum():
        return None
    if before.isspace() and after.isspace():  # `coalitions, ' said`: a closing mark typed after a space
        last = pos - 1
        while last > para_start and text[last].isspace():
            last -= 1
        return CLOSES if text[last] in _CLOSES_AFTER_A_SPACE else None
    if char != "’" and (before.isspace() or before in _OPENS_SINGLE_AFTER or pos == para_start) and not (
        before == STRAIGHT and pos > para_start and not after.isalnum()
    ):  # `…"never,"' he said`: after a straight double mark, a straight single one before no word closes
        return None if after.isspace() or after.isdigit() or _elides(text, pos + 1, para_end) else OPENS
    if char == "‘" or before.isspace():
        return None
    if before in _CLOSES_SINGLE_AFTER or _CLOSING_BEFORE.match(text, pos + 1, para_end):
        return CLOSES
    if before in "nN" and pos - 2 >= para_start and text[pos - 2] in "‘’' ":
        return None  # the second mark of rock ’n’ roll
    if before in _POSSESSIVE_ENDS:
        word = _WORD.match(text, pos + 2, para_end) if after == " " else None
        return CLOSES if word is not None and word.group().lower() in word_list("not_possessed_words.txt") else MAY_CLOSE
    return CLOSES


def _elides(text: str, start: int, end: int) -> bool:
    word = _WORD.match(text, start, end)
    return word is not None and word.group().lower() in word_list("elided_words.txt")


def quotes_with_single_marks(text: str) -> bool:
    """Whether the article quotes with single marks, nesting double ones (`‘He said “never”,’ she recalled`), as
    British and Commonwealth outlets do: more single opening marks than double ones. An article that quotes
    with double marks keeps them, its single marks being nested quotes or headline quotes."""
    bounds, measures = paragraph_bounds(text), _measure_marks(text)
    singles = sum(role == OPENS for para_start, para_end in bounds for _, _, role, _ in _single_marks(text, para_start, para_end, measures))
    if not singles:  # most articles: no single mark opens a quote, and the double marks need no count
        return False
    doubles = sum(role == OPENS for para_start, para_end in bounds for _, _, role, _ in _double_marks(text, para_start, para_end, measures))
    return singles > doubles


# `"PENCE: Well, look, …` — a transcript opens each turn with a mark and the speaker in capitals, and never
# closes it: the next turn is another speaker, not the same quote going on.
_TRANSCRIPT_LABEL = re.compile(r"\s*(?:[“\"«„‘']|''|``)\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}:\s")
_MARKS = re.compile(r"''|``|[“”«»„\"]")


def pair_quote_marks(text: str, single: bool = False) -> list[tuple[list[tuple[int, int]], int, bool]]:
    """Return (pieces, paragraph index, closed) per quotation; a multi-paragraph quote has one piece per paragraph.

    Doubled apostrophes and backticks (`''…''`, ``` ``…'' ```) from converted newswire count as double marks.
    With `single`, the quotation marks are the single ones (`‘…’`, `'…'`) and double marks are quotes nested in them.
    """
    marks = _single_marks if single else _double_marks
    quotes: list[tuple[list[tuple[int, int]], int, bool]] = []
    running: list[tuple[int, int]] | None = None  # pieces of a quote still open at the previous paragraph end
    running_paragraph = 0
    bounds, measures = paragraph_bounds(text), _measure_marks(text)
    for index, (para_start, para_end) in enumerate(bounds):
        if not text[para_start:para_end].strip():
            continue
        if running is not None and (
            not _starts_with_opening(text, para_start, para_end, single)
            or _TRANSCRIPT_LABEL.match(text, para_start, para_end)
        ):
            # The quote never closed and does not continue (or a transcript's next speaker takes the floor):
            # keep what its own paragraph held.
            quotes.append((running, running_paragraph, False))
            running = None
        open_at: int | None = None
        open_width = 1
        maybe_closed_at: int | None = None  # a single mark that closes the open quote if another one opens
        for pos, width, role, straight in marks(text, para_start, para_end, measures):
            if role == MAY_CLOSE:
                maybe_closed_at = pos if open_at is not None else None
            elif role == OPENS:
                if open_at is not None and (straight or maybe_closed_at is not None):
                    close_at = pos if maybe_closed_at is None else maybe_closed_at
                    _close(text, quotes, running, running_paragraph, open_at + open_width, close_at, index, para_start)
                    running, open_at = None, None
                    if maybe_closed_at is None:
                        continue
                open_at, open_width, maybe_closed_at = pos, width, None  # a second opening mark restarts the quote
            elif open_at is not None:
                _close(text, quotes, running, running_paragraph, open_at + open_width, pos, index, para_start)
                running, open_at = None, None
        if open_at is not None:
            piece = _trimmed(text, open_at + open_width, para_end)
            if piece[0] < piece[1]:
                if running is None:
                    running, running_paragraph = [piece], index
                else:
                    running.append(piece)
        elif running is not None:
            quotes.append((running, running_paragraph, False))
            running = None
    if running is not None:
        quotes.append((running, running_paragraph, False))
    if single:  # an unclosed single mark more likely closed on a word taken for a possessive than ran on
        quotes = [quote for quote in quotes if quote[2]]
    quotes.sort(key=lambda quote: quote[0][0][0])
    return quotes


# `6'2"`, `5' 11"`, `3' 20"`: feet and inches, minutes and seconds, typed with the quotation marks' keys
_FEET_AND_INCHES = re.compile(r"\b\d{1,2}(['’′]) ?\d{1,2}(?:\.\d+)?(\"|''|″)(?!\w)")
_DIGIT_BEFORE_MARK = re.compile(r"\d['’′]")  # what every match of _FEET_AND_INCHES holds (its group 1 after a digit)


def _measure_marks(text: str) -> set[int]:
    """Positions of the marks that are units of a measure, not quotation marks, in the whole text at once: no
    measure holds a line break, so the text's matches are each paragraph's (the pattern starts with no literal
    and costs a pass over the text, once per article rather than once per paragraph and pass). Every measure has a
    digit right before its first mark; a text with none (most) needs no pass of the whole pattern."""
    if _DIGIT_BEFORE_MARK.search(text) is None:
        return set()
    return {
        match.start(group)
        for match in _FEET_AND_INCHES.finditer(text)
        for group in (1, 2)
    }


def _double_marks(text: str, para_start: int, para_end: int, measures: set[int]):
    """(position, width, OPENS or CLOSES, straight) of each double mark in the paragraph, inch marks (`measures`,
    the text's `_measure_marks`) left out."""
    for match in _MARKS.finditer(text, para_start, para_end):
        pos, mark = match.start(), match.group()
        if pos in measures:
            continue
        opening = mark == "``" or (mark != "''" and _is_opening(text, pos, para_start)) or (
            mark == "''" and (pos == para_start or text[pos - 1] in _OPENS_BEFORE)
        )
        yield pos, len(mark), OPENS if opening else CLOSES, mark in (STRAIGHT, "''")


def _single_marks(text: str, para_start: int, para_end: int, measures: set[int]):
    """(position, width, role, straight) of each single mark that quotes or may close, apostrophes and foot marks
    (`5' 11"`, in `measures`) left out."""
    for match in _SINGLES.finditer(text, para_start, para_end):
        if match.start() in measures:
            continue
        role = single_mark_role(text, match.start(), para_start, para_end)
        if role is not None:
            yield match.start(), 1, role, match.group() == "'"


_OPENING_RUN = re.compile(r"[ \t“\"«„`'‘]*")


def _only_marks_before(text: str, para_start: int, content_start: int) -> bool:
    """Whether the quote opens its paragraph. Asked only of a quote running on from the previous paragraph, so
    once per paragraph: a line of marks (`"'"'…`) closing thousands of quotes is not rescanned for each."""
    return _OPENING_RUN.match(text, para_start, content_start).end() == content_start


def _close(text, quotes, running, running_paragraph, content_start, close_at, index, para_start) -> None:
    piece = _trimmed(text, content_start, close_at)
    if running is not None and _only_marks_before(text, para_start, content_start):
        pieces = running + ([piece] if piece[0] < piece[1] else [])
        quotes.append((pieces, running_paragraph, True))
    elif piece[0] < piece[1]:
        if running is not None:
            quotes.append((running, running_paragraph, False))
        quotes.append(([piece], index, True))


@Language.factory(
    "quotewise_quote_spans",
    assigns=["doc._.quotewise_quotes"],
)
def make_quote_spans(nlp: Language, name: str) -> "QuoteSpans":
    return QuoteSpans()


class QuoteSpans:
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        pairs = pair_quote_marks(text, single=quotes_with_single_marks(text))
        quotes = merge_split_quotes(text, pairs)
        candidates = [QuoteCandidate(pieces=pieces, paragraph=paragraph) for pieces, paragraph, _ in quotes]
        turns = _turns(doc, text, candidates)
        if turns:
            candidates = sorted(candidates + turns, key=lambda quote: quote.start)
        doc._.set(QUOTES, candidates)
        return doc


_TURNS = "quotewise_transcript_turns"  # doc.user_data: (text length, the turns of `transcript_turns`)


def doc_transcript_turns(doc: Doc) -> list[tuple[tuple[int, int], int, tuple[int, int], int]]:
    """The transcript's turns of the Doc's text (`transcript_turns`), found once per Doc: this component finds the
    quotes among them and identity names their labels, both from this one answer."""
    text = doc_text(doc)
    cached = doc.user_data.get(_TURNS)
    if cached is not None and cached[0] == len(text):
        return cached[1]
    turns = transcript_turns(text, paragraph_bounds(text))
    doc.user_data[_TURNS] = (len(text), turns)
    return turns


def _turns(doc: Doc, text: str, quotes: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """A transcript's turns (`FALLIN: Well, …`) not already quoted with marks, each with its label as the speaker
    and its colon as the cue."""
    found = []
    for content, paragraph, label, colon in doc_transcript_turns(doc):
        if any(start < content[1] and content[0] < end for quote in quotes for start, end in quote.pieces):
            continue  # a turn quoting someone with marks is left to them
        speaker = doc.char_span(*label, alignment_mode="expand")
        cue = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if speaker is None or cue is None or len(cue) != 1:
            continue
        found.append(QuoteCandidate(pieces=[content], paragraph=paragraph, cue=(cue.start, cue.end),
                                    speaker=(speaker.start, speaker.end), attribution="colon_name"))
    return found


_SENTENCE_END = re.compile(r"[.!?;:]")
_ABBREVIATION = re.compile(r"\b(?:[A-Z][a-z]{0,3}\.|(?:[A-Z]\.)+)")  # Mr. Sen. U.S. end no sentence


def merge_split_quotes(text: str, quotes: list[tuple[list[tuple[int, int]], int, bool]]):
    """Join `“…,” she added, “…”` into one quote: the cue interrupts a sentence that the second piece completes."""
    merged: list[tuple[list[tuple[int, int]], int, bool]] = []
    for quote in quotes:
        if merged:
            previous_pieces, paragraph, closed = merged[-1]
            first_end = previous_pieces[-1][1]
            second_start = quote[0][0][0]
            between = text[first_end:second_start]
            gap = between.strip(" ”\"“'`‘’")
            if (
                quote[1] == paragraph
                and len(quote[0]) == 1
                and "\n" not in between
                and text[first_end - 1] in ",—–-"
                and gap.endswith(",") | gap.endswith("—") | gap.endswith(":")
                and not _SENTENCE_END.search(_ABBREVIATION.sub("", gap.rstrip(",:—")))
                and 0 < len(gap.split()) <= 12
            ):
                merged[-1] = (previous_pieces + quote[0], paragraph, closed and quote[2])
                continue
        merged.append(quote)
    return merged
