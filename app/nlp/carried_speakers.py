"""Quotes with no reporting verb of their own that go on in a voice the article already gave: a quote paragraph
after the speaker's previous one, a pull quote repeating words said elsewhere, and a quote opening its sentence
after a sentence that reports or is about one person, and a feature's opening quotation whose speaker the next
paragraph opens with. Run by `quotewise_speakers` after every cue was read."""

from __future__ import annotations

from spacy.tokens import Doc

from .candidates import QuoteCandidate
from .extensions import doc_text
from .cues import outermost_cue
from .mention_extent import mention_extent
from .tokens import NON_AGENTS, cue_extent, is_cue, piece_span, quote_owner_by_token, sentence_start, subject_of


def continue_previous_speaker(text: str, quotes: list[QuoteCandidate]) -> None:
    """A quote paragraph with no cue of its own goes on in the voice of the quote just before."""
    previous: QuoteCandidate | None = None
    for quote in quotes:
        if not quote.marked or not quote.keep:
            continue
        if quote.cue is None and previous is not None and previous.speaker is not None:
            if _opens_its_paragraph(text, quote.start) and 0 < quote.paragraph - previous.paragraph <= 4 and _only_quotes_between(text, previous, quote):
                quote.speaker, quote.cue = previous.speaker, previous.cue
                quote.attribution, quote.inherited_from = "continuation", previous
        if quote.speaker is not None:
            previous = quote


def _opens_its_paragraph(text: str, start: int) -> bool:
    """Only quotation marks and blanks between the paragraph's start and the quote (read backwards from the quote,
    so a long paragraph of many quotes is not rescanned for each)."""
    i = start
    while i > 0 and (text[i - 1] in " “\"«„‘\t" or _single_straight_mark(text, i - 1)):
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _single_straight_mark(text: str, i: int) -> bool:
    """`'` opening a quote in a single-mark house style typed straight; newswire's doubled `''` is not one."""
    return text[i] == "'" and (i == 0 or text[i - 1] != "'")


def _only_quotes_between(text: str, previous: QuoteCandidate, quote: QuoteCandidate) -> bool:
    """Narration between the two quotes (more than a line) means the voice may have changed."""
    gap = text[previous.end : quote.start]
    lines = [line for line in gap.split("\n") if line.strip(" ”\"“’‘") not in ("", "'")]
    return len(lines) <= 1


def _normalised(text: str) -> str:
    return " ".join("".join(ch.lower() if ch.isalnum() else " " for ch in text).split())


def repeat_pull_quotes(text: str, quotes: list[QuoteCandidate]) -> None:
    """A pull quote repeats words said elsewhere in the article: same words, same speaker."""
    by_words: dict[str, QuoteCandidate] = {}
    for quote in quotes:
        if quote.marked and quote.speaker is not None:
            by_words.setdefault(_normalised(" ".join(text[s:e] for s, e in quote.pieces)), quote)
    for quote in quotes:
        if quote.marked and quote.speaker is None:
            source = by_words.get(_normalised(" ".join(text[s:e] for s, e in quote.pieces)))
            if source is not None:
                quote.speaker, quote.cue = source.speaker, None
                quote.attribution, quote.inherited_from = "pull_quote", source


def attribute_from_previous_sentence(doc: Doc, quotes: list[QuoteCandidate]) -> None:
    """Last resort for a quote opening its sentence with nobody named around it: the reporting verb of the
    sentence just before (`Bump noted in the Post.` then `“Two weeks ago …”`)."""
    pending = [quote for quote in quotes if quote.marked and quote.keep and quote.speaker is None]
    if not pending:
        return
    owner = quote_owner_by_token(doc, quotes, only_kept=True)  # fragments folded into a mixed quote are its narration
    for quote in pending:
        span = piece_span(doc, quote.start, quote.end)
        if span is None:
            continue
        i = _before(doc, span.start - 1)
        participle = _opening_participle(doc, quote, i)
        if participle is not None:
            i = _before(doc, participle.i - 1)
        if i < 0 or doc[i].text not in (".", ":", "?") or owner[i] != -1:
            continue
        start = sentence_start(doc, i - 1 if i > 0 else 0, limit=60)
        if doc[i].text == "?":  # `Why was he out in the heat? “My mom says …”`: the answer is the person asked about
            if participle is None and not any("\n" in doc[k].text for k in range(i, span.start)):
                _the_person_just_described(doc, quote, i, start, owner)
            continue
        for j in range(i - 1, start - 1, -1):
            if owner[j] != -1:
                break
            if is_cue(doc[j]) and doc[j].lower_ != "according":
                outer = outermost_cue(doc[j], start, owner)
                speaker = subject_of(outer)
                j = outer.i
                if speaker is not None and speaker.lower_ not in NON_AGENTS:
                    quote.cue, quote.speaker = cue_extent(participle or doc[j]), mention_extent(speaker)
                    quote.attribution = "previous_sentence"
                break
        else:
            if not any("\n" in doc[k].text for k in range(i, span.start)):
                _the_person_just_described(doc, quote, i, start, owner)


def _before(doc: Doc, i: int) -> int:
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    return i


def _opening_participle(doc: Doc, quote: QuoteCandidate, comma: int):
    """`Maher said it “wasn't good.” Adding, “…”`: a participle opening its sentence, with no subject, is the cue of
    the quote after its comma and goes on in the voice of the sentence before."""
    if comma < 1 or doc[comma].text != "," or quote.cue is None or quote.cue[0] != comma - 1:
        return None
    participle = doc[comma - 1]
    if participle.tag_ != "VBG" or any(child.dep_ in ("nsubj", "nsubjpass") for child in participle.children):
        return None
    return participle


_PERSONAL_SUBJECTS = frozenset({"he", "she"})


def _the_person_just_described(doc: Doc, quote: QuoteCandidate, end: int, start: int, owner: list[int]) -> None:
    """`Roloson supports Clinton. “I'm a college graduate, …”`: with no reporting verb anywhere, a quotation
    that follows, in the same paragraph, a sentence about one person goes on in that person's voice."""
    root = doc[end]  # climbed within the sentence: `Token.sent` would scan the whole doc for every quote
    while root.head.i != root.i and start <= root.head.i <= end:
        root = root.head
    subject = subject_of(root) if start <= root.i < end and root.head.i == root.i else None
    if subject is None or owner[subject.i] != -1 or subject.i < start:
        return
    if subject.ent_type_ == "PERSON" or (subject.pos_ == "PROPN" and not subject.ent_type_) or subject.lower_ in _PERSONAL_SUBJECTS:
        quote.cue, quote.speaker = cue_extent(root), mention_extent(subject)
        quote.attribution = "previous_sentence"


_CLIMB_LIMIT = 40  # heads climbed from a paragraph's first word to its sentence's root


def attribute_opening_quote(doc: Doc, quotes: list[QuoteCandidate]) -> None:
    """`“He held my mother's hand when she died …”` alone as the article's first paragraph, then `Gloria Estrada, 52,
    was one of about 200 people who …`: a feature's opening quotation with no reporting verb is the person the next
    paragraph opens with as its subject (a name the NER tags a person's)."""
    first = next((quote for quote in quotes if quote.keep), None)
    if first is None or not first.marked or first.speaker is not None or first.cue is not None or first.paragraph > 1:
        return
    text = doc_text(doc)
    if text[: first.start].strip(" \n\t“\"«„‘'") or not _opens_its_paragraph(text, first.start):
        return  # only headline-free openings: nothing but the quotation before it
    span = piece_span(doc, first.start, first.end)
    if span is None:
        return
    i = span.end
    while i < len(doc) and doc[i].is_quote:
        i += 1
    if i >= len(doc) or not doc[i].is_space or "\n" not in doc[i].text:
        return  # the paragraph goes on after the quotation
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc):
        return
    root = doc[i]
    for _ in range(_CLIMB_LIMIT):
        if root.head.i == root.i:
            break
        root = root.head
    subject = subject_of(root)
    if subject is None or subject.ent_type_ != "PERSON" or mention_extent(subject)[0] != i:
        return
    first.speaker, first.cue = mention_extent(subject), cue_extent(root)
    first.attribution = "opening_quote"  # its own rule, so that its precision is measured on its own
