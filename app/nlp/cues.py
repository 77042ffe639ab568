"""Finds the reporting cue of each quotation between quotation marks.

Direct quotes are attributed syntax first (the verb that governs the quoted clause), then by proximity within
the sentence, then by a dash or a colon lead-in; titles and scare quotes are turned back into narration first so
they neither get reported nor hide a cue.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .candidates import QuoteCandidate
from .extensions import QUOTES, doc_text
from .lexicon import REPORTING_NOUNS, word_list
from .token_ranges import head_indices, tokens_between
from .tokens import (
    SENTENCE_END, children, cue_extent, is_cue, is_direct_cue, piece_span, quote_owner_by_token, sentence_start, subject_of,
)

_WINDOW = 40
_DASHES = frozenset({"-", "–", "—", "--", "―", "‒"})


@Language.factory(
    "quotewise_cues",
    requires=["doc._.quotewise_quotes", "token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.quotewise_quotes"],
)
def make_cues(nlp: Language, name: str) -> "Cues":
    return Cues()


class Cues:
    def __call__(self, doc: Doc) -> Doc:
        quotes: list[QuoteCandidate] = doc._.get(QUOTES) or []
        owner = quote_owner_by_token(doc, quotes)
        drop_titles_and_scare_quotes(doc, quotes, owner)
        previous: QuoteCandidate | None = None
        for index, quote in enumerate(quotes):
            if quote.keep:
                same_paragraph = previous is not None and previous.paragraph == quote.paragraph
                attribute_direct_quote(doc, quote, index, owner, previous.cue if same_paragraph else None)
                previous = quote
        merge_quotes_sharing_a_cue(doc, quotes)
        return doc


_SCARE_QUOTE_WORDS = 3
_TITLE_WORDS = 7  # `on CNN’s “State of the Union”`: programme, book and film titles run longer
_MINOR_WORDS = frozenset("a an the of and or in on at to for with by from but nor as".split())


def _title_case(words: list[str]) -> bool:
    return all(word[:1].isupper() or word.lower() in _MINOR_WORDS or not word[:1].isalpha() for word in words)


def drop_titles_and_scare_quotes(doc: Doc, quotes: list[QuoteCandidate], owner: list[int]) -> None:
    """A few quoted words inside the writer's own sentence (`the so-called “reform”`, `on “Meet the Press”`) are
    nobody's speech; treat them as plain narration so they neither get reported nor block the search for cues."""
    for index, quote in enumerate(quotes):
        if len(quote.pieces) != 1:
            continue
        span = piece_span(doc, quote.start, quote.end)  # its own words only: `doc.text` rebuilds the whole text
        if span is None:
            continue
        span_text = doc_text(doc)[span.start_char : span.end_char]  # `span.text`, without joining the tokens anew
        words = span_text[quote.start - span.start_char : quote.end - span.start_char].split()
        title_case = _title_case(words)
        too_long = len(words) > (_TITLE_WORDS if title_case else _SCARE_QUOTE_WORDS)
        named_work = title_case and not too_long and (_names_a_work(span) or _titled_work(doc, span.start))
        not_speech = _names_the_source(span) or named_work or _linked_headline(doc, span.end)
        if not not_speech and (too_long or not _embedded(doc, span.start)):
            continue
        quote.keep = False
        for i in range(span.start, span.end):
            owner[i] = -1


def merge_quotes_sharing_a_cue(doc: Doc, quotes: list[QuoteCandidate]) -> None:
    """`“A,” she said. “B.”` is one attribution: both pieces hang on the same cue."""
    previous: QuoteCandidate | None = None
    for quote in quotes:
        if not quote.marked or not quote.keep:
            continue
        if (
            previous is not None
            and quote.cue is not None
            and quote.cue == previous.cue
            and quote.paragraph == previous.paragraph
            and quote.kind == "direct"
            and previous.end <= doc[quote.cue[0]].idx < quote.start
        ):
            previous.pieces.extend(quote.pieces)
            quote.keep = False
            continue
        previous = quote


def _piece_tokens(doc: Doc, quote: QuoteCandidate):
    spans = [piece_span(doc, start, end) for start, end in quote.pieces]
    return [span for span in spans if span is not None and len(span)]


def attribute_direct_quote(
    doc: Doc, quote: QuoteCandidate, index: int, owner: list[int], previous_cue: tuple[int, int] | None = None
) -> None:
    if quote.attribution == "colon_name" and quote.speaker is not None:
        return  # a transcript's turn, its label and colon found with it (transcript_turns)
    spans = _piece_tokens(doc, quote)
    if not spans:
        quote.keep = False
        return
    first, last = spans[0].start, spans[-1].end
    speaker_label = _transcript_speaker(doc, first, last)
    if speaker_label is not None:
        colon, quote.speaker = speaker_label
        quote.cue, quote.attribution = (colon, colon + 1), "colon_name"
        return
    cue = _owned_report(doc, first, owner) or _governing_cue(spans, owner, index)
    rule = "governing"
    if cue is not None and cue.i < first and (cue.dep_ == "relcl" or not (_introduces(doc, cue, first) or _embedded(doc, first))):
        after = _cue_after_closing_comma(doc, last, owner)
        if after is not None:
            cue, rule = after, "window"
    if cue is None:
        cue = _nearest_cue(doc, first, last, owner, index, previous_cue)
        rule = "window"
    if cue is None:
        dash = _dash_after(doc, last)
        if dash is not None:
            quote.cue, quote.attribution = (dash, dash + 1), "dash"
            return
        named = _name_before_colon(doc, first, owner)
        cue = _colon_lead_in(doc, first, owner) if named is None or not named[2] else None
        rule = "colon"
        if cue is None:
            if named is not None:
                colon, quote.speaker, _ = named
                quote.cue, quote.attribution = (colon, colon + 1), "colon_name"
    if cue is not None:
        quote.cue = cue_extent(cue)
        quote.attribution = rule
    quote.kind = _direct_or_mixed(doc, first, last, owner)


def _governing_cue(spans, owner: list[int], index: int) -> Token | None:
    """The reporting verb above the quoted clause; a verb hanging below it (`said` as parataxis) comes second."""
    doc = spans[0].doc
    heads = head_indices(doc)  # `token.head` makes a Token: read every token's head from one array instead
    roots = [doc[i] for span in spans for i in range(span.start, span.end) if not (span.start <= heads[i] < span.end) or heads[i] == i]
    for token in roots:
        node = token
        for _ in range(8):
            head = node.head
            if head.i == node.i or owner[head.i] not in (-1, index):
                break
            if owner[head.i] == -1 and (is_direct_cue(head) or document_read_as_noun(head) is not None):
                return head
            node = head
    for token in roots:
        for child in children(token):
            if owner[child.i] == -1 and child.dep_ in ("parataxis", "ccomp") and is_direct_cue(child):
                return child
    return None


def _owned_report(doc: Doc, first: int, owner: list[int]) -> Token | None:
    """`after her comment that “we are going to close mills”`, `Lind's promise that, “…”`: a reporting noun someone
    owns, written right before `that` and the quotation, is the quotation's cue (its owner speaks), however the
    parser hung the quoted clause."""
    i = first - 1
    while i >= 0 and owner[i] == -1 and (doc[i].is_quote or doc[i].text == "," or doc[i].is_space):
        i -= 1
    if i < 1 or owner[i] != -1 or doc[i].lower_ != "that":
        return None
    noun = doc[i - 1]
    if owner[noun.i] != -1 or noun.pos_ != "NOUN" or noun.lemma_.lower() not in REPORTING_NOUNS:
        return None
    return noun if any(c.dep_ == "poss" for c in children(noun)) else None


_SUBJECT_TOKENS = 6


def _introduces(doc: Doc, cue: Token, first: int) -> bool:
    """`he warned, “…,” Trump told NBC`: only punctuation between a verb and the quotation means it introduces it."""
    return all(doc[k].is_punct or doc[k].is_space for k in range(cue.i + 1, first))


def _cue_after_closing_comma(doc: Doc, last: int, owner: list[int]) -> Token | None:
    """`… - ''If Trump wins, they could run the country,'' one Clinton ad declared - …`, `Nothing the president said
    “will ease fears,” the senator said`: a quotation closing on a comma hands over to its attribution, `X said` right
    after the closing mark; that verb outranks one the parse hung the quoted clause on, unless that one introduces
    the quotation itself or takes it into its own clause (`said he would “protect us,” the crowd applauded`), from a
    clause of its own rather than a relative clause inside the sentence."""
    if last < 1 or doc[last - 1].text != ",":
        return None
    start = last
    while start < len(doc) and (doc[start].is_quote or doc[start].is_space) and owner[start] == -1:
        start += 1
    end = start
    while end < len(doc) and end - start < _SUBJECT_TOKENS and owner[end] == -1 and doc[end].pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
        end += 1
    if end == start or end >= len(doc) or owner[end] != -1 or not is_direct_cue(doc[end]):
        return None
    subject = subject_of(doc[end])
    return doc[end] if subject is not None and start <= subject.i < end else None


_SUBORDINATE = frozenset({"relcl", "acl", "advcl", "xcomp", "pcomp", "ccomp"})


def _nearest_cue(
    doc: Doc, first: int, last: int, owner: list[int], index: int, previous_cue: tuple[int, int] | None = None
) -> Token | None:
    """The reporting verb nearest the quote in its sentence. Looking back, a verb in a clause of its own
    (`“…,” Trump told reporters, referring to bruises Fields showed. “…”`) gives way to the cue of the quote
    before, earlier in the same sentence: the new quote goes on in that voice."""
    best: Token | None = None
    best_distance = _WINDOW + 1
    for i in range(first, last):  # the gap of a split quote
        if owner[i] == -1 and is_direct_cue(doc[i]):
            return doc[i]
    i, distance, sentence_before = first - 1, 0, None
    while i >= 0 and distance < _WINDOW:
        token = doc[i]
        if owner[i] not in (-1, index) or "\n" in token.text or (token.text in SENTENCE_END and distance > 0):
            break
        if token.text in SENTENCE_END and owner[i] == -1:
            sentence_before = sentence_start(doc, i, limit=_WINDOW)  # `… . “…”`: the cue is sought in the sentence before
        if owner[i] == -1 and best is None and is_direct_cue(token):
            if sentence_before is not None:
                token = outermost_cue(token, sentence_before, owner)
            best, best_distance = token, distance
            if token.dep_ not in _SUBORDINATE or previous_cue is None or previous_cue[0] >= token.i:
                break
        elif best is not None and previous_cue is not None and i == previous_cue[0]:
            best = token  # the previous quote's own cue, further back in the same sentence
            break
        if not (token.is_space or token.is_quote):  # `added Pavone.\xa0“Today …` is still next to its cue
            distance += 1
        i -= 1
    if best is not None and doc[last - 1].text == "." and owner[last - 1] == index:
        return best  # `“A,” Cruz told reporters. “B. C.” Kasich said he …`: B closed its sentence; the cue after it opens another
    i, distance = last, 0
    while i < len(doc) and distance < min(_WINDOW, best_distance):
        token = doc[i]
        if owner[i] not in (-1, index) or "\n" in token.text or (token.text in SENTENCE_END and distance > 0):
            break
        if owner[i] == -1 and (is_direct_cue(token) or document_read_as_noun(token) is not None) and not _describes_quoted_words(token, owner, index):
            return token
        if not (token.is_space or token.is_quote):
            distance += 1
        i += 1
    return best


def _describes_quoted_words(cue: Token, owner: list[int], index: int) -> bool:
    """`“… it intends to search them for records” that would respond to requests, the counsel wrote`: a relative
    clause on a word of the quotation goes on describing that word; the report is further on."""
    return cue.dep_ == "relcl" and owner[cue.head.i] == index and any(
        child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in _RELATIVE_WORDS for child in children(cue)
    )


_RELATIVE_WORDS = frozenset(("that", "which", "who"))


_READS = frozenset(("read", "reads"))


def document_read_as_noun(token: Token) -> Token | None:
    """`“…,” the editorial read.`: after a quotation the tagger often takes `read` for a noun compounded with the
    document before it; a document noun then `read` closing the clause is the document reporting the words
    (returned: the document noun)."""
    if token.lower_ not in _READS or token.pos_ != "NOUN" or token.i < 2 or token.i + 1 >= len(token.doc):
        return None
    doc = token.doc
    document = doc[token.i - 1]
    if doc[token.i + 1].text not in (".", ",", ";") or document.lemma_.lower() not in word_list("document_nouns.txt"):
        return None
    return document


def outermost_cue(cue: Token, start: int, owner: list[int]) -> Token:
    """`Carter said that for decades some critics had been predicting …`: of the cues of one sentence (from
    `start`), the one the others report into speaks."""
    node, outer = cue, cue
    while node.head.i != node.i and node.head.i >= start and owner[node.head.i] == -1:
        node = node.head
        if is_cue(node) and node.lower_ != "according":
            outer = node
    return outer


_SIGNATURE_TOKENS = 8


def _is_dash(token: Token) -> bool:
    """A dash, also glued to the closing mark before it (`about.”― Pamela Padilla` is one token `”―`)."""
    return token.text.lstrip("”\"'»’") in _DASHES


def _dash_after(doc: Doc, last: int) -> int | None:
    """`“…” — Jane Doe`, also as a signature line of its own under the quoted paragraph (`“…”\n\n- Clinton.`)."""
    i = last
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and not _is_dash(doc[i]) and "\n" not in doc[i].text:
        i += 1
    if i < len(doc) and doc[i].is_space and "\n" in doc[i].text and i + 1 < len(doc) and doc[i + 1].text in _DASHES:
        i += 1
        line_end = i + 1
        while line_end < len(doc) and "\n" not in doc[line_end].text:
            line_end += 1
        if line_end - i > _SIGNATURE_TOKENS:
            return None
    if i + 1 < len(doc) and _is_dash(doc[i]):
        after = i + 1
        if doc[after].is_space and "\n" not in doc[after].text and after + 1 < len(doc):
            after += 1  # `―\xa0Jorge Falcon`
        if doc[after].pos_ == "PROPN" or (doc[after].is_title and doc[after].is_alpha):
            return i
    return None


def _colon_lead_in(doc: Doc, first: int, owner: list[int]) -> Token | None:
    i = first - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i < 0 or doc[i].text != ":" or owner[i] != -1:
        return None
    start = sentence_start(doc, i)
    for j in range(i - 1, start - 1, -1):
        if owner[j] == -1 and is_cue(doc[j]):
            return doc[j]
    root = doc[i]
    while root.head.i != root.i and root.head.i >= start:
        root = root.head
    if root.pos_ in ("VERB", "AUX") and owner[root.i] == -1:
        return root
    root = doc[i]  # `McConnell delivered a message to Trump: “It's time …”` parsed under the quote's verb
    while root.head.i != root.i and root.head.i >= start and owner[root.head.i] == -1:
        root = root.head
    if (root.pos_ == "VERB" or _person_was(root)) and owner[root.i] == -1:
        return root  # `Coun. Kwame Addo-Beaulieu was blunter: “…”`, a copula hung on the quote's verb too
    # `The campaign worded it more carefully: “…”` with the colon and the lead-in's verb both hung on the quote
    verbs = [t for t in doc[start:i] if t.pos_ == "VERB" and owner[t.i] == -1 and not start <= t.head.i < i]
    return verbs[-1] if verbs else None


def _person_was(verb: Token) -> bool:
    """A copula whose subject is a person named or `he`/`she`: `Walcott was blunter:`, `She was blunt:`."""
    return verb.pos_ == "AUX" and any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she")) for c in verb.children)


_LEAD_IN_TOKENS = 6
_BRACKET_TOKENS = 8  # tokens of a bracketed label before a colon: `(R-S.C.)`, `(I-Vt.)`
_CITED_WORDS = 4


def _name_before_colon(doc: Doc, first: int, owner: list[int]) -> tuple[int, tuple[int, int], bool] | None:
    """`Trump on Twitter: “…”` — a short verbless lead-in naming the speaker; the flag says it follows a dash
    (`… for Republican contests - Jane Doe: “…”`), a blog's way of citing a source, which then outranks any
    verb of the sentence the dash ends."""
    colon = first - 1
    while colon >= 0 and (doc[colon].is_quote or doc[colon].is_space):
        colon -= 1
    if colon < 1 or not (doc[colon].text == ":" or doc[colon].text.endswith("):")) or owner[colon] != -1:
        return None  # `):` or `S.C.):`, one token when no space follows the bracket
    bracket = _bracket_before(doc, colon)  # `Rep. Trey Gowdy (R-S.C.): “…”`: a party and state label adds no words to the lead-in
    name = bracket
    while name > 0 and doc[name - 1].ent_type_ == "PERSON" and bracket - name < _LEAD_IN_TOKENS:
        name -= 1  # `Former secretary of state Hillary Rodham Clinton:`: the title's words count, not the name's
    start = sentence_start(doc, name, limit=_LEAD_IN_TOKENS + 1)
    dash = next((j for j in range(bracket - 1, start - 1, -1) if doc[j].text in _DASHES), None)
    if dash is not None:  # `HEADLINE – Jane Doe: “…”`: the lead-in starts after the dash
        start = dash + 1
    elif not doc[start].is_sent_start or name - start > _LEAD_IN_TOKENS:
        return None
    lead = doc[start:colon]
    if any(t.pos_ in ("VERB", "AUX") for t in lead):
        return None
    names = [t for t in lead if t.ent_type_ in ("PERSON", "ORG") and t.pos_ == "PROPN"]
    words = [t for t in lead if not t.is_punct]
    if not names and dash is not None and 0 < len(words) <= _CITED_WORDS and all(t.is_title or t.is_upper for t in words):
        return colon, (words[0].i, words[-1].i + 1), True  # `… contests - Jane Doe: “…”`, a name the tagger left untyped
    if not names and len(words) > 1 and words[0].lower_ == "from" and words[-1].lemma_.lower() in word_list("document_nouns.txt"):
        return colon, (words[1].i, words[-1].i + 1), False  # `From the report: “…”`: the document quoted speaks
    if not names:
        return None
    end = names[0].i + 1
    while end < colon and doc[end].ent_iob_ == "I":
        end += 1
    return colon, (names[0].i, end), dash is not None


def _bracket_before(doc: Doc, colon: int) -> int:
    """Where a short bracketed label right before a colon opens (`(R-S.C.)`, `(D)`), or the colon if there is none."""
    closing = colon if doc[colon].text.endswith("):") else colon - 1
    if closing < 1 or ")" not in doc[closing].text:
        return colon
    for j in range(closing - 1, max(-1, closing - 1 - _BRACKET_TOKENS), -1):
        if doc[j].text == "(":
            return j
        if doc[j].text in (")", ":") or doc[j].is_space:
            return colon
    return colon


_LABEL_TOKENS = 3


def _transcript_speaker(doc: Doc, first: int, last: int) -> tuple[int, tuple[int, int]] | None:
    """`"WALLACE: Let's start with …"`: a transcript names its speaker in capitals before a colon."""
    end = first
    while end < min(last, first + _LABEL_TOKENS) and doc[end].is_alpha and doc[end].is_upper and len(doc[end]) > 1:
        end += 1
    if end == first or end + 1 >= last or doc[end].text != ":":
        return None
    return end, (first, end)


def _names_the_source(span) -> bool:
    """`According to Blair's “The Trumps: Three Generations That Built an Empire,” Donald told …`: the quoted
    words are the title of the source the sentence cites, however long, not what anybody said."""
    pobj = span.doc.vocab.strings["pobj"]
    for token in tokens_between(span.doc, span.start, span.end):
        if token.dep == pobj:  # the label's number, read first: `dep_` decodes a string, `head` makes a Token
            head = token.head
            if head.lower_ == "to" and head.head.lower_ == "according" and head.i < span.start:
                return True
    return False


def _names_a_work(span) -> bool:
    """`his 2012 book, “An American Son.”`, `a Web ad, “Playing Trump,”`: a title in apposition to the noun
    before its comma names the work; a reply after a verb (`said, “No.”`) is not in apposition to anything."""
    for token in span:
        head = token.head
        if token.dep_ == "appos" and head.i < span.start and head.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _titled_work(doc: Doc, first: int) -> bool:
    """`on Fox News channel’s “Sunday Morning Futures,”`, `in his 2010 memoir, “A Long Road.”`: title-case words
    quoted right after a possessive or after a noun naming a work (`data/work_nouns.txt`; a comma may come between)
    are the work's title, however the parser hangs them (it often starts a sentence at the mark or makes the
    title the object of the verb before), not anybody's speech."""
    i = first - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    if i >= 0 and doc[i].tag_ == "POS":
        return True
    if i > 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in word_list("work_nouns.txt")


def _linked_headline(doc: Doc, end: int) -> bool:
    """`—“Posthumous books could sell,” by Ann Lowe: http://…` or `“…” http://bit.ly/…`: a newsletter's reading
    list quotes a headline with its byline, or an excerpt with its link; the words are that piece's, and nobody
    in the article says them."""
    i = end
    while i < len(doc) and i < end + 4 and (doc[i].is_quote or doc[i].is_space or doc[i].text in (",", ".")):
        i += 1
    if i >= len(doc):
        return False
    if doc[i].like_url:
        return True
    return doc[i].lower_ == "by" and i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].ent_type_ != "DATE"


def _embedded(doc: Doc, first: int) -> bool:
    """The quotation continues the writer's own words: a word, not punctuation, comes right before its mark."""
    i = first - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    return not (i < 0 or doc[i].is_punct or doc[i].is_space or doc[i].is_sent_end)


def _direct_or_mixed(doc: Doc, first: int, last: int, owner: list[int]) -> str:
    """Mixed when the quoted words fill a slot inside the writer's own clause (`supported “upholding …”`)."""
    if not _embedded(doc, first) or doc[first].is_sent_start or doc[first].text[:1].isupper():
        return "direct"
    return "mixed"
