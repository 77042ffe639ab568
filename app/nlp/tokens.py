"""Small token-level helpers shared by the components."""

from __future__ import annotations

import numpy
from spacy.attrs import HEAD, IDX, LENGTH, LOWER, POS, SENT_START
from spacy.symbols import AUX, NOUN, VERB
from spacy.tokens import Doc, Span, Token

from .candidates import QuoteCandidate
from .extensions import doc_text
from .lexicon import cue_patterns, direct_quote_verbs

SENTENCE_END = frozenset({".", "!", "?"})
_VERB_POS = (VERB, AUX)


def piece_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


_TEXTS = "quotewise_token_texts"


def token_texts(doc: Doc) -> list[str]:
    """Each token's text, read once per Doc: a pass over the tokens that reads `token.text` makes a Token object
    per token, and several components scan the whole article for a capitalised word or a title. The texts are cut
    from the Doc's text at the tokens' offsets; a Doc whose token count changed reads them again."""
    cached = doc.user_data.get(_TEXTS)
    if cached is not None and len(cached) == len(doc):
        return cached
    text = doc_text(doc)
    bounds = doc.to_array([IDX, LENGTH]) if len(doc) else numpy.zeros((0, 2), dtype=numpy.uint64)
    # two lists of ints, not a list of [start, length] lists: those would be as many objects for the collector
    texts = [text[start : start + length] for start, length in zip(bounds[:, 0].tolist(), bounds[:, 1].tolist())]
    doc.user_data[_TEXTS] = texts
    return texts


_OWNER = "quotewise_quote_owner"
_PIECE_TOKENS = "quotewise_piece_tokens"


def quote_owner_by_token(doc: Doc, quotes: list[QuoteCandidate], only_kept: bool = False) -> list[int]:
    """Index of the marked quote each token belongs to, or -1; one linear pass for the whole doc.

    Cues, indirect quotes, speakers, entities and identity all ask for it: the answer is kept on the Doc for the
    quotes as they stand (their pieces, marks and keep flags, in order), so a component that finds them unchanged
    reuses it, and the token bounds of each piece are aligned once per Doc whatever changes around them.
    A copy is returned: callers may blank out tokens of their own."""
    state = tuple(
        (tuple(quote.pieces), quote.keep or not only_kept) for quote in quotes if quote.marked
    ), len(quotes), tuple(index for index, quote in enumerate(quotes) if quote.marked)
    cached = doc.user_data.get(_OWNER)
    if cached is not None and cached[0] == state and len(cached[1]) == len(doc):
        return list(cached[1])
    bounds: dict[tuple[int, int], tuple[int, int] | None] = doc.user_data.setdefault(_PIECE_TOKENS, {})
    owner = [-1] * len(doc)
    for index, quote in enumerate(quotes):
        if not quote.marked or (only_kept and not quote.keep):
            continue
        for piece in quote.pieces:
            if piece not in bounds:
                span = piece_span(doc, *piece)
                bounds[piece] = (span.start, span.end) if span is not None else None
            if bounds[piece] is not None:
                start, end = bounds[piece]
                owner[start:end] = [index] * (end - start)
    doc.user_data[_OWNER] = (state, owner)
    return list(owner)


def is_cue(token: Token) -> bool:
    verb = token.pos in _VERB_POS  # read first, as a number: most tokens are no verb, and then only `according` is a cue
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"
    return (
        verb and cue_lemma(token) in cue_patterns()
        and not _that_said(token) and not _markup_tag(token)
    )


def cue_lemma(token: Token) -> str:
    """The verb's lemma, or the lemma and its particle when the cue patterns list the two as one reporting verb
    (`fire back`, `hit back`: data/cue_patterns_manual.tsv): `fired back that …` reports as `retorted that …` does,
    where `fire` alone does not."""
    lemma = token.lemma_.lower()
    if token.i + 1 < len(token.doc):
        particle = token.nbor(1)
        phrasal = f"{lemma} {particle.lower_}"
        if phrasal in cue_patterns() and particle.head.i == token.i and particle.dep_ in ("prt", "advmod"):
            return phrasal
    return lemma


def may_report(doc: Doc) -> list[int]:
    """Indices of the tokens that can be a cue or a reporting noun: verbs, auxiliaries, nouns and `according`,
    read from arrays, so that a scan for cues makes Token objects only for these."""
    if not len(doc):
        return []
    tags = doc.to_array([POS, LOWER])
    tag = tags[:, 0]  # compared three times: `numpy.isin` costs more on an article's few thousand tokens
    candidates = (tag == VERB) | (tag == AUX) | (tag == NOUN) | (tags[:, 1] == doc.vocab.strings["according"])
    return numpy.flatnonzero(candidates).tolist()


def _markup_tag(token: Token) -> bool:
    """`<tweet author="…">…</tweet>`: an embed's tag name left in scraped text reports nothing."""
    return token.i > 0 and token.doc[token.i - 1].text in ("<", "</")


def _that_said(token: Token) -> bool:
    """`That said, voters want change`: a discourse marker opening the sentence, nobody saying anything."""
    doc, i = token.doc, token.i
    return (
        token.lower_ == "said" and 0 < i < len(doc) - 1 and doc[i - 1].lower_ == "that"
        and doc[i - 1].is_sent_start and doc[i + 1].text == ","
    )


def is_direct_cue(token: Token) -> bool:
    """A cue next to a quotation in marks, where verbs of speaking manner (`he surmised`) report too, and so do
    `as X put it` and `X went on`."""
    if is_cue(token):
        return True
    if token.pos_ != "VERB":
        return False
    lemma = token.lemma_.lower()
    if lemma == "put":
        return any(child.lower_ == "it" and child.dep_ == "dobj" for child in children(token))
    if lemma == "go":
        return any(child.lower_ == "on" and child.dep_ == "prt" for child in children(token))
    return lemma in direct_quote_verbs()


def cue_extent(token: Token) -> tuple[int, int]:
    if token.lower_ == "according":
        return token.i, token.i + 2
    return token.i, token.i + 1


def sentence_start(doc: Doc, i: int, limit: int = 80) -> int:
    """Start of the sentence holding token i, looking back at most `limit` tokens (`Token.sent` scans the doc)."""
    stop = max(0, i - limit)
    while i > stop and not doc[i].is_sent_start:
        i -= 1
    return i


_PHRASE_DASHES = frozenset({"—", "–", "--", "―"})


def word_hyphen(token: Token) -> bool:
    """A hyphen inside a word, no space on either side (`vice-chair`, `co-founder`)."""
    return token.text == "-" and not token.whitespace_ and not (token.i > 0 and token.doc[token.i - 1].whitespace_)


def phrase_dash(token: Token) -> bool:
    """A dash that sets words apart (`JERUSALEM - Israeli Prime Minister`, `an old favorite - others say`): an em or
    en dash, `--`, `―`, or a hyphen with a space on either side; not the hyphen of `vice-chair`."""
    return token.text in _PHRASE_DASHES or (token.text == "-" and not word_hyphen(token))


def joins_names(dash: Token) -> bool:
    """An en dash between two capitalised words, no space on either side: one name (`Fogo Island–Cape Freels MHA`,
    `Métis Nation–Saskatchewan vice-president`), inside a title before a name (roles)."""
    if dash.text != "–":
        return False
    doc, i = dash.doc, dash.i
    return (0 < i < len(doc) - 1 and not dash.whitespace_ and not doc[i - 1].whitespace_
            and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper())


_CHILDREN = "quotewise_children"


def children(token: Token) -> list[Token]:
    """`Token.children` walks the token's whole subtree span, so on the root of a giant sentence every call costs
    the sentence; this reads a per-doc index of the parse built in one pass, so a call costs its children."""
    doc = token.doc
    cached = doc.user_data.get(_CHILDREN)
    if cached is None or cached[0] != len(doc):
        index: dict[int, list[int]] = {}  # only tokens with children get a list: fewer objects for the collector
        for i, offset in enumerate(doc.to_array(HEAD).astype(numpy.int64).tolist()):
            if offset:
                kids = index.get(i + offset)
                if kids is None:
                    index[i + offset] = [i]
                else:
                    kids.append(i)
        cached = doc.user_data[_CHILDREN] = (len(doc), index)
    return [doc[i] for i in cached[1].get(token.i, ())]


def has_indefinite_article(token: Token) -> bool:
    """`a spokeswoman`, `an Australian`: the noun is written with `a`/`an`, one not named or known before."""
    return any(child.dep_ == "det" and child.lower_ in ("a", "an") for child in children(token))


def forget_children(doc: Doc) -> None:
    """After a component re-hangs a token (`Token.head = …`), `children` reads the parse again."""
    doc.user_data.pop(_CHILDREN, None)


def lefts(token: Token) -> list[Token]:
    return [child for child in children(token) if child.i < token.i]


def rights(token: Token) -> list[Token]:
    return [child for child in children(token) if child.i > token.i]


def sentence_start_flags(doc: Doc) -> list[bool]:
    """`token.is_sent_start` of every token in one array read, without a Token object per token."""
    return [value > 0 for value in doc.to_array(SENT_START).astype(numpy.int64).tolist()] if len(doc) else []


def set_sentence_starts(doc: Doc, starts: dict[int, bool]) -> None:
    """Set many `is_sent_start` values at once: the Token setter checks the whole doc for a parse on every call."""
    if not starts:
        return
    values = doc.to_array([SENT_START]).astype(numpy.int64)
    for i, start in starts.items():
        values[i] = 1 if start else -1
    doc.from_array([SENT_START], values.astype(numpy.uint64))


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
NON_AGENTS = frozenset("anything something everything nothing this what there those".split())  # never a speaker

def subject_of(verb: Token) -> Token | None:
    """The verb's subject; of two (`The Latest: Trump urges …` parsed with both), the one nearer the verb."""
    subjects = [child for child in children(verb) if child.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1:
        subjects.sort(key=lambda child: abs(verb.i - child.i))
        if _member_of_the_nearer(subjects[1], subjects[0]):
            return subjects[1]
    if not subjects:
        return None
    child = subjects[0]
    if child.dep_ == "nsubjpass":
        for other in children(verb):
            if other.dep_ == "agent":
                for pobj in children(other):
                    if pobj.dep_ == "pobj":
                        return pobj
    return child


def _member_of_the_nearer(farther: Token, nearer: Token) -> bool:
    """`Rep. Cho Eun-ha of the main opposition People Power Party called …`: the parse made the party a second subject
    of the verb; the person named right before `of` and the party is the subject, the party only says whose member."""
    doc = farther.doc
    return (farther.ent_type_ == "PERSON" and nearer.ent_type_ == "ORG" and farther.i < nearer.i and farther.i + 1 < len(doc)
            and doc[farther.i + 1].lower_ == "of" and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[farther.i + 1 : nearer.i]))


def parenthesis_closes_between(doc: Doc, first: int, last: int) -> bool:
    """A `)` between tokens `first` and `last` closing a `(` opened before `first`: `first` stands inside an aside
    that ends before `last` (`members ("…," wrote Ann Ortiz, a welder), and the union's vote will …`), so the
    parser's coordination of the two crosses the aside's end. Reads only the tokens between them."""
    depth = 0
    for token in doc[first + 1:last]:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
            if depth < 0:
                return True
    return False
