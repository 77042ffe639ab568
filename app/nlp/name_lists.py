"""A written list of named people as one source: `Bush, Christie, Ohio Gov. John Kasich and Sen. Rand Paul of
Kentucky`, `Ann Ortiz, along with Judge Bill Crane and …`, `45% of Republicans, 28% of … and 12% of … say`. Read
from the text, in bounded windows, because the parser often breaks such lists. Used by identity when it groups
coordinated mentions; where a single mention begins and ends is app.nlp.mention_extent."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .lexicon import title_abbreviations, title_words
from .name_runs import is_title
from .resolution import SUBJECTS
from .tokens import children

PersonSpan = Callable[[int], "tuple[int, int] | None"]
_LIST_WINDOW = 40  # tokens before a named speaker where the list holding it may begin
_LIST_MEMBERS = 8
_LIST_REACH = 200  # tokens after a named speaker the list holding it may run on
_TAIL_TOKENS = 16  # the longest description set beside a listed name (`, a law professor at the University of Chicago,`)
_BEFORE_NAME = 4  # words before a listed name (`former Arkansas Gov.`)
_TAIL_PREPOSITIONS = frozenset("of from at for in".split())
_JOINING = ("and", "&")
_ALONG = frozenset({"along", "together"})
_HOLDER_PREPOSITIONS = frozenset({"of", "for"})
_BODY_PREPOSITIONS = frozenset({"of", "for", "in", "at"})
_HOLDER_TITLE_WORDS = 4  # titles between the comma and a holder's name (`, the Honourable`, `, Rev. Fr.`)


def listed_people(token: Token, person_span: PersonSpan) -> list[Token]:
    """`Bush, Christie, Ohio Gov. John Kasich and Sen. Rand Paul of Kentucky`, `Ann Ortiz, a law professor, and
    Bill Crane, her co-author,`, `Ann Ortiz, along with Judge Bill Crane and …`: the named people of a list as the
    article writes it, read from the text because the parser often breaks such lists (an `appos`, an `npadvmod`,
    a `conj` hung on the description of the name before). One token per person, the last of its name; just
    `token` when no list holds it. `person_span(i)` is the span of the named person at token i (outside
    quotations), else None. Reads a bounded window, so the cost does not grow with the article."""
    own = person_span(token.i)
    if own is None:
        return [token]
    doc = token.doc
    first = own[0]
    while first > max(0, own[0] - _LIST_WINDOW) and not doc[first].is_sent_start:
        first -= 1  # not `token.sent`, which walks the whole sentence: a list of names may be one long sentence
    limit = min(len(doc), own[1] + _LIST_REACH)  # a list stops at a sentence's end by its own punctuation
    i = first
    while i < own[0]:
        span = person_span(i)
        if span is None:
            i += 1
            continue
        members = _read_list(doc, span, person_span, limit)
        if any(start <= token.i < end for start, end in members):
            return [doc[end - 1] for start, end in members]
        i = members[-1][1]  # a list starting inside this one ends where it does: each token is read about once
    members = _read_list(doc, own, person_span, limit)
    return [doc[end - 1] for start, end in members] if len(members) > 1 else [token]


def subjects_before(head: Token) -> list[Token]:
    """`45% of Republicans, 28% of independents and 12% of Democrats say`: the parser may take the first part of a
    list for a second subject of the verb. A subject of the same verb ending just before a comma that opens `head`,
    when `head` goes on with `and`, is one more part of the list (and so on leftwards)."""
    if head.dep_ not in SUBJECTS or not any(c.dep_ == "conj" for c in children(head)) or not any(
        c.dep_ == "cc" for c in children(head)
    ):
        return []
    doc, verb, found, first = head.doc, head.head, [], head
    while len(found) < _LIST_MEMBERS:
        comma = first.left_edge.i - 1
        if comma < 1 or doc[comma].text != ",":
            break
        sibling = doc[comma - 1]
        for _ in range(_BEFORE_NAME * 2):  # up from the word before the comma to what the verb governs
            if sibling.head.i == verb.i or sibling.head is sibling:
                break
            sibling = sibling.head
        if sibling.head.i != verb.i or sibling.dep_ != head.dep_ or sibling.right_edge.i not in (comma - 1, comma):
            break
        found.append(sibling)
        first = sibling
    return found[::-1]


def names_set_beside(head: Token, person_span: PersonSpan) -> Token | None:
    """`The top Republicans in Congress, Paul D. Ryan, the speaker of the House, and Mitch McConnell, …`: a plural
    description followed by a comma and a written list of named people is those people (the parser may take the
    first name for a conjunct of the description rather than its apposition). The first name, else None."""
    if head.tag_ not in ("NNS", "NNPS") or person_span(head.i) is not None:
        return None
    following = next((c for c in children(head) if c.i > head.i and c.dep_ in ("conj", "appos")), None)
    span = person_span(following.i) if following is not None else None
    if span is None or span[0] == 0 or head.doc[span[0] - 1].text != ",":
        return None
    return following if len(listed_people(following, person_span)) > 1 else None


def named_after_its_body(head: Token, person_span: PersonSpan) -> Token | None:
    """`The Chairman of the Ijede Community Development Association, Alhaji Ganiyu Adebowale, said`, `The Member
    of Parliament (MP) for Kade, Hon. Kofi Owusu-Ansah, said`: a singular title of a body or a place, with its
    holder's name set after it between commas, is that holder, though the parse hangs the name on the body's name
    (or on a place after it) as its apposition, or on the capitalised title (a proper noun) beside the body's
    letters (`(MP)`). The first named person so apposed, set off by a comma before its titles; else a name run
    into the body's name, or into a portfolio in lower case (`director of enforcement Lee Chee Keong`), that the
    title's preposition takes as its object (`opposition leader in the Sindh Assembly Mian Tariq Mehmood Arain`;
    never after a title: `a spokesman for Senator Ann Ruiz`); else None."""
    if head.tag_ in ("NNS", "NNPS") or not (head.lower_ in title_words() or head.lemma_.lower() in title_words()):
        return None
    doc = head.doc
    # `of`/`for` a body, or what the title does (`the senator representing Lagos East Senatorial District, Senator …`)
    phrases = [c for c in children(head) if c.i > head.i and ((c.dep_ == "prep" and c.lower_ in _HOLDER_PREPOSITIONS) or (c.dep_ == "acl" and c.tag_ == "VBG"))]
    apposed = [c for c in children(head) if c.dep_ == "appos" and c.i > head.i] if head.pos_ == "PROPN" else []
    # the name hung on the body's name as its apposition, as one more word of a body's list (`The Minister of State
    # for Relief, Disaster Preparedness and Refugees, Ms Grace Atim,`), or as the preposition's own object (`the
    # legislator for Masvingo Urban, Hon. Takudzwa Chigumba (CCC),`), a person's name the NER found (never the
    # place in `… Catholic Church, Asuom,` that the article writes alone): set off by a comma before its titles
    hung = [t for prep in phrases for t in prep.subtree if t.dep_ == "appos" or (t.dep_ in ("conj", "pobj") and t.ent_type_ == "PERSON")]
    for token in sorted(hung + apposed, key=lambda t: t.i):
        span = person_span(token.i)
        if span is None:
            continue
        first = span[0]
        while first > max(0, span[0] - _HOLDER_TITLE_WORDS) and (is_title(doc[first - 1]) or doc[first - 1].lower_ == "the"):
            first -= 1
        if first > 0 and doc[first - 1].text == ",":
            return token
    for prep in children(head):
        if prep.dep_ == "prep" and prep.i > head.i and prep.lower_ in _BODY_PREPOSITIONS:
            name = next((c for c in children(prep) if c.dep_ == "pobj"), None)
            span = person_span(name.i) if name is not None else None
            if span is not None and span[1] == name.i + 1 and (_body_word(doc[span[0] - 1]) or (prep.lower_ in _HOLDER_PREPOSITIONS and _portfolio_word(doc[span[0] - 1]))):
                return name  # `opposition leader in the Sindh Assembly Mian Tariq Mehmood Arain said`, `Commissioner for Climate Action Wiebke Sørensen said`
    return None


def _portfolio_word(token: Token) -> bool:
    """The last word of a portfolio run into its holder's name after it, no title: written in lower case, a common
    noun (`CEA director of enforcement Lee Chee Keong told CNA`, a name with no given name for the parse to set
    apart; `a spokesman for senator Ann Ruiz` is the senator's spokesman), or capitalised, no word of a person's name
    (`Commissioner for Climate Action Wiebke Sørensen`, the name cut off by name_extent.cut_portfolios)."""
    if is_title(token):
        return False
    if token.is_lower:
        return token.pos_ == "NOUN"
    return token.text[:1].isupper() and token.is_alpha and token.ent_type_ != "PERSON"


def _body_word(token: Token) -> bool:
    """The last word of a body's name (the NER's) run into a person's name after it, no title, no comma between."""
    return token.ent_type_ in ("ORG", "GPE", "FAC") and token.text[:1].isupper() and not is_title(token)


def _read_list(doc: Doc, first: tuple[int, int], person_span: PersonSpan, limit: int) -> list[tuple[int, int]]:
    """The names listed from `first` on, up to the last one joined by `and` (or `along with`); only `first` when
    none is joined so."""
    members, joined = [first], 1
    subject_of = doc[first[1] - 1].head.i if doc[first[1] - 1].dep_ in SUBJECTS else None
    while len(members) < _LIST_MEMBERS:
        found = _next_member(doc, members[-1][1], person_span, limit)
        if found is None:
            break
        span, by_and = found
        last = doc[span[1] - 1]
        if last.dep_ in SUBJECTS and last.head.i != subject_of:
            break  # `said Ann Ortiz, and Bill Crane added`: a subject of its own
        members.append(span)
        if by_and:
            joined = len(members)
    return members[:joined]


def _next_member(doc: Doc, at: int, person_span: PersonSpan, limit: int) -> tuple[tuple[int, int], bool] | None:
    """The next listed name after a name ending at `at`, and whether `and` joins it."""
    if at < limit and doc[at].tag_ == "POS":
        return None  # `Ann Ortiz's lawyer`
    i = _after_tail(doc, at, person_span, limit)
    if i is None or i >= limit or doc[i].is_sent_start:
        return None
    comma = doc[i].text == ","
    i += comma
    if i < limit and doc[i].lower_ in _JOINING:
        by_and, i = True, i + 1
    elif comma and i + 1 < limit and doc[i].lower_ in _ALONG and doc[i + 1].lower_ == "with":
        by_and, i = True, i + 2
    elif comma:
        by_and = False
    else:
        return None
    span = _name_from(doc, i, person_span, limit)
    return (span, by_and) if span is not None else None


def _name_from(doc: Doc, i: int, person_span: PersonSpan, limit: int) -> tuple[int, int] | None:
    """The named person starting at token i, perhaps after words written before a name (`former Ohio Gov.`)."""
    for j in range(i, min(i + _BEFORE_NAME + 1, limit)):
        span = person_span(j)
        if span is not None:
            return span if span[0] >= i else None
        if not _before_name(doc[j]):
            return None
    return None


def _before_name(token: Token) -> bool:
    """`former`, `Ohio`, `Gov.`, `Judge`: what the article writes before a listed name."""
    lower = token.lower_
    return (
        lower in ("former", "fellow", "then", "late")
        or lower in title_words()
        or token.text in title_abbreviations()
        or token.ent_type_ in ("GPE", "NORP")
        or (token.ent_type_ == "ORG" and not token.is_lower)  # `along with Boston Globe reporter Ann Ortiz`: her employer
    )


def _after_tail(doc: Doc, at: int, person_span: PersonSpan, limit: int) -> int | None:
    """Past what the article sets beside a listed name: `(D)`, `of Kentucky`, `, president of the Roosevelt
    Institute, a progressive think tank,`; None when something there (a verb, a name, a quotation) says the
    list ends."""
    i = at
    if i < limit and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 6, limit)) if doc[j].text == ")"), None)
        if close is None:
            return None
        i = close + 1
    if i < limit and doc[i].lower_ in _TAIL_PREPOSITIONS:
        i = _description_end(doc, i, person_span, limit, stop_at_and=True)
        if i is None:
            return None
    while i < limit and doc[i].text == ",":
        nxt = i + 1
        if nxt >= limit or doc[nxt].lower_ in _JOINING or doc[nxt].lower_ in _ALONG or _name_from(doc, nxt, person_span, limit) is not None:
            return i
        end = _description_end(doc, nxt, person_span, limit, stop_at_and=False)
        if end is None or end >= limit or doc[end].text != ",":
            return i
        i = end
    return i


def _description_end(doc: Doc, i: int, person_span: PersonSpan, limit: int, stop_at_and: bool) -> int | None:
    """Where a description beside a name ends (at a comma, or at `and` for `of Kentucky and …`); None if it holds
    a verb, a relative word, a name or a quotation, or runs too long."""
    start = i
    while i < limit and i - start <= _TAIL_TOKENS:
        token = doc[i]
        if token.text == "," or (stop_at_and and token.lower_ in _JOINING and not token.ent_type_):
            return i if i > start else None
        if token.pos_ in ("VERB", "AUX") or token.tag_ in ("WP", "WDT", "WP$") or token.is_quote or person_span(i) is not None:
            return None
        if token.text in (";", ":", "(", ")", "—", "–", ".") or "\n" in token.text:
            return None
        i += 1
    return None if i - start > _TAIL_TOKENS else i


def named_examples(head: Token, named: Callable[[int], bool]) -> list[Token]:
    """`civil rights groups like the ACLU and the NAACP praised`, `aides such as Ann Ortiz said`: the named people or
    bodies a plural noun gives as its only examples are the source the article names, as the naming rules ask. One
    token per example; none unless every example `named(i)` says the table names (`hawks like Ann Ortiz and other
    senators` stays the description)."""
    if head.tag_ not in ("NNS", "NNPS") or head.pos_ != "NOUN":
        return []
    for link in children(head):
        if link.i < head.i or link.dep_ != "prep" or not (link.lower_ == "like" or (link.lower_ == "as" and link.i > 0 and head.doc[link.i - 1].lower_ == "such")):
            continue
        example = next((c for c in children(link) if c.dep_ == "pobj"), None)
        if example is None or not named(example.i):
            return []
        found, stack = [example], [example]
        while stack and len(found) <= _LIST_MEMBERS:
            for child in children(stack.pop()):
                if child.dep_ == "conj":
                    if not named(child.i):
                        return []
                    found.append(child)
                    stack.append(child)
        return sorted(found, key=lambda token: token.i) if len(found) <= _LIST_MEMBERS else []
    return []
