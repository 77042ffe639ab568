"""Where a speaker mention begins and ends, and when several mentions are one source: the whole source as the
article writes it (a name with the names joined to it, a description with its modifiers, a list of unnamed sources
with its commas), so that the identity step sees everything the article says of it. Used by the speaker finder
(app.nlp.speakers) and by identity when it groups coordinated mentions."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .extensions import doc_text
from .lexicon import title_words, word_list
from .name_runs import is_post_nominal
from .people_words import pronoun_agreement
from .tokens import children, lefts

_NOT_NAME_OPENERS = frozenset({"AUX", "VERB", "ADV", "SCONJ", "CCONJ", "PART", "INTJ"})
_MENTION_DEPS = ("compound", "amod", "det", "poss", "case", "nmod", "nummod", "quantmod", "advmod", "cc", "conj", "punct", "prep", "pobj")


def mention_extent(token: Token) -> tuple[int, int]:
    """The whole source as written: a name with the names joined to it (`Ann Ortiz and Bill Crane`), a description
    with its modifiers on both sides (`people familiar with the talks`), a document with its owner
    (`a statement from the ministry`), so that the identity step sees everything the article says of it."""
    doc = token.doc
    if token.pos_ == "PROPN" and token.ent_type_:
        start, end = entity_bounds(token)
        for child in lefts(token):  # `Ana` left outside the entity `Petrova`
            if child.dep_ in ("compound", "flat") and child.pos_ == "PROPN":
                start = min(start, child.i)
        while start < token.i and doc[start].pos_ in _NOT_NAME_OPENERS:
            start += 1  # `Say Mexico demanded`: the NER's place runs over the verb before it
        end = next((k for k in range(token.i + 1, end) if doc[k].pos_ in ("VERB", "AUX")), end)  # `Mehrotra told HT` tagged one title
        while start > token.left_edge.i and _name_part_before(doc[start - 1], doc[start]):
            start -= 1  # `Ursula von der Leyen` when the NER took only `Leyen`
        start, end = _strip_possessive_end(doc, start, end)
    else:
        start, end = token.i, token.i + 1
        for child in lefts(token):
            if child.dep_ in _MENTION_DEPS:
                start = min(start, child.left_edge.i)
        if token.pos_ == "NOUN" or (token.pos_ == "NUM" and token.dep_ in ("nsubj", "nsubjpass")):
            end = _modifiers_end(token, end)  # `one in four`, `two of the organisers` as a subject
    return start, _members_end(token, end)


def _name_part_before(token: Token, after: Token) -> bool:
    """A word of a name before `after`: a particle (`der` before `Leyen`, `von` before `der`), or the given name before
    a particle (`Ursula` before `von`)."""
    if token.text.islower():
        return token.text in word_list("name_particles.txt")
    return after.text.islower() and token.pos_ == "PROPN" and token.ent_type_ == "PERSON"


MAX_MENTION_TOKENS = 12
_MODIFIER_DEPS = frozenset({"amod", "acl", "prep", "nummod"})
_MODIFIER_PREPOSITIONS = frozenset("of from by for with at in on".split())


def _modifiers_end(noun: Token, end: int) -> int:
    """Modifiers after a common noun: `familiar with the talks`, `from the ministry`, `issued by the White House`."""
    doc = noun.doc
    for child in children(noun):
        if child.i < end:
            continue
        if child.dep_ not in _MODIFIER_DEPS or (child.dep_ == "prep" and child.lower_ not in _MODIFIER_PREPOSITIONS):
            break
        if child.dep_ == "acl" and not any(c.dep_ == "agent" for c in children(child)):
            break  # `issued by the White House` names who is behind it; `calling for …` is a clause of its own
        reach = child.right_edge.i + 1
        if child.dep_ == "prep" and child.i == child.right_edge.i and (misread := misread_object(child)) is not None:
            reach = misread.right_edge.i + 1  # `A spokesperson for Health Minister Sylvia Jones said`
        while reach > end and (doc[reach - 1].is_punct or doc[reach - 1].pos_ == "CCONJ"):
            reach -= 1
        if reach - noun.i > MAX_MENTION_TOKENS or not _plain_words(doc, end, reach):
            break
        end = reach
    return end


def stranded_preposition(noun: Token) -> Token | None:
    """The last preposition after `noun` when the parse left it without an object (`A spokesperson for Health
    Minister Sylvia Jones said`, the name parsed as the verb's second subject)."""
    preps = [child for child in children(noun) if child.dep_ == "prep" and child.i > noun.i]
    if not preps or any(child.dep_ in ("pobj", "pcomp") for child in children(preps[-1])):
        return None
    return preps[-1]


def stranded_object_end(noun: Token) -> int | None:
    """Where the object of the noun's stranded preposition ends, when the parse made that object a subject (`Sylvia
    Jones` in `A spokesperson for Health Minister Sylvia Jones said`): its last token + 1."""
    stranded = stranded_preposition(noun)
    subject = None if stranded is None else misread_object(stranded)
    return None if subject is None else subject.right_edge.i + 1


def misread_object(preposition: Token) -> Token | None:
    """The subject whose phrase opens right after an object-less preposition: the preposition's object, misread."""
    doc = preposition.doc
    for token in doc[preposition.i + 1 : min(len(doc), preposition.i + MAX_MENTION_TOKENS)]:
        if token.dep_ == "nsubj" and token.left_edge.i == preposition.i + 1:
            return token
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return None
    return None


def stranded_owner(subject: Token) -> Token | None:
    """The noun whose object-less preposition comes right before the subject's phrase: the subject is that
    preposition's object, misread (`spokesperson` for `Jones` in `A spokesperson for Health Minister Sylvia Jones
    said`)."""
    at = subject.left_edge.i - 1
    if at < 1:
        return None
    preposition = subject.doc[at]
    if preposition.dep_ != "prep" or preposition.head.i >= at:
        return None
    stranded = stranded_preposition(preposition.head)
    return preposition.head if stranded is not None and stranded.i == at else None


def mention_head(doc: Doc, start: int, end: int) -> Token:
    """The head of a mention as `mention_extent` gives it: its root, except that a mention extended over the misread
    object of a stranded preposition (`A spokesperson for Health Minister Sylvia Jones said`, the name parsed as the
    verb's second subject, so the root of the words is the name) is headed by the noun the preposition hangs on, as
    the speaker finder chose it (`misparsed_subjects.stranded_preposition_owner`). This module owns both halves of
    that reading: how far the mention reaches and which word heads it."""
    head = doc[start] if end - start == 1 else doc[start:end].root  # a Span costs more than the one token
    if head.i > start and is_post_nominal(head) and doc[head.i - 1].pos_ == "PROPN":
        head = doc[head.i - 1]  # `Graham Lindsay MSP said`: the letters after a name are not who speaks
    owner = stranded_owner(head) if end - start > 1 and head.dep_ == "nsubj" else None
    return owner if owner is not None and owner.i >= start else head


def _members_end(token: Token, end: int) -> int:
    """`Ann Ortiz and Bill Crane`, `Smith, Jones and Lee`: names joined to the speaker speak with it."""
    doc = token.doc
    node = token
    while True:
        joined = next((c for c in children(node) if c.dep_ == "conj" and c.i >= end and _joinable(node, c)), None)
        if joined is None or joined.pos_ not in ("PROPN", "NOUN"):
            return end
        if not any(doc[i].lower_ in ("and", "&") for i in range(end, joined.i)) and not any(
            c.dep_ == "cc" for c in children(joined)
        ):
            return end
        joined_start, joined_end = entity_bounds(joined) if joined.ent_type_ else (joined.i, joined.i + 1)
        joined_start = min([joined_start] + [c.left_edge.i for c in lefts(joined) if c.dep_ in _MENTION_DEPS])
        if joined_end - token.i > MAX_MENTION_TOKENS or not _plain_words(doc, end, joined_start):
            return end
        end, node = max(end, joined_end), joined


_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|&)\s+)?", re.IGNORECASE)


def written_list(first: Token, names: list[str]) -> str | None:
    """`labor unions, environmental groups, and many Democratic lawmakers`: a list of unnamed sources is one
    source as the article writes it, commas and all, when its parts follow one another in the text exactly as
    they were resolved (from the first part's left edge, only commas and `and` between them)."""
    text = doc_text(first.doc)
    at = first.left_edge.idx
    for name in names:
        gap = _LIST_GAP.match(text, at)
        at = gap.end() if gap is not None else at
        if text[at:at + len(name)].lower() != name.lower():
            return None
        at += len(name)
    shared = _shared_modifier_end(first, at)
    written = text[first.left_edge.idx:max(at, shared)]
    return written if "," in written or shared > at else None


def shared_phrase(first: Token, last: Token) -> str:
    """`she and other Democrats on the stage`: the phrase after the last part of a coordination that the parser
    hangs on the first one, which describes the unnamed last part as written ("" when there is none)."""
    at = last.right_edge.idx + len(last.right_edge)
    end = _shared_modifier_end(first, at)
    return doc_text(first.doc)[at:end].strip() if end > at else ""


def _shared_modifier_end(first: Token, at: int) -> int:
    """`Developers and supporters in Congress`: a prepositional phrase the parser hangs on the first part but
    written after the last one describes them all; where it ends (in characters), or `at` when there is none."""
    doc = first.doc
    for child in children(first):
        if child.dep_ != "prep" or child.idx < at or child.lower_ not in _MODIFIER_PREPOSITIONS:
            continue
        between = doc_text(doc)[at:child.idx]
        end = child.right_edge.i + 1
        if between.strip() or end - first.i > MAX_MENTION_TOKENS or not _plain_words(doc, child.i, end):
            return at
        if any(t.ent_type_ in ("DATE", "TIME") for t in doc[child.i:end]):
            return at  # `Democrats and Republicans on Tuesday`: when, not who
        return doc[end - 1].idx + len(doc[end - 1])
    return at


def one_referent(conjuncts: list[Token]) -> Token | None:
    """Roles joined under one determiner name one person: `the businessman and reality star`, `Fox News Vice
    President and Washington Managing Editor Bill Sammon`. Singular role nouns, only the first with a determiner
    of its own and none a name, are that first role; roles ending in a person's name are that name."""
    *roles, last = conjuncts
    if _portfolio_listed(roles, last):
        return last  # `Land, Infrastructure and Transport Minister Yoon Hae-jin said`
    if any(_own_determiner(token) for token in conjuncts[1:]) or any(t.ent_type_ and t.ent_type_ != "PERSON" for t in conjuncts):
        return None
    if not all(t.tag_ in ("NN", "NNP") and (t.pos_ == "NOUN" or t.lemma_.lower() in title_words()) and not t.ent_type_ for t in roles):
        return None
    if any(t.lemma_.lower() in word_list("pair_nouns.txt") for t in conjuncts):
        return None  # `the husband and wife`: two people
    if last.ent_type_ == "PERSON" and last.pos_ == "PROPN":
        return last if all(t.lemma_.lower() in title_words() for t in roles) else None
    if last.tag_ == "NN" and last.pos_ == "NOUN" and not last.ent_type_ and _own_determiner(conjuncts[0]):
        return conjuncts[0]
    return None


def _portfolio_listed(roles: list[Token], last: Token) -> bool:
    """`Land, Infrastructure and Transport Minister Yoon Hae-jin`, `Minister of Transportation and Communications Lin
    Chia-hung`: a ministry's portfolios listed before or after its title, which the parse read as people joined to
    the minister's name; only the title, capitalised words, commas, `and`, `of` and `for` stand before the name."""
    if last.ent_type_ != "PERSON" or last.pos_ != "PROPN" or not roles or any(t.ent_type_ for t in roles):
        return False
    doc, first = last.doc, roles[0]
    if _own_determiner(first) or not first.text[:1].isupper():
        return False
    name = last.i
    while name > first.i and doc[name - 1].ent_type_ == "PERSON":
        name -= 1
    title = first if first.lower_ in title_words() else next((t for t in doc[first.i + 1 : name] if t.lower_ in title_words()), None)
    if title is None or name - first.i < 3:
        return False
    return all(t.i == title.i or t.text in (",", "and", "&", "of", "for") or (t.is_alpha and t.text[:1].isupper() and not t.ent_type_)
               for t in doc[first.i : name])


def _own_determiner(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") for c in children(token) if c.i < token.i)


def _joinable(node: Token, joined: Token) -> bool:
    """A name joins names, a noun nouns; a personal pronoun joins either (`She and Jack Goldsmith, a Bush-era
    official, said`: both speak)."""
    if node.pos_ == "PRON":
        return node.lower_ in pronoun_agreement() and joined.pos_ in ("PROPN", "NOUN")
    return joined.pos_ == node.pos_


def _plain_words(doc: Doc, start: int, end: int) -> bool:
    """No sentence punctuation, quotation mark or line break inside the stretch a mention would take on."""
    return not any(t.is_quote or t.text in (";", ":", "(", ")", "—", "–", ".") or "\n" in t.text for t in doc[start:end])


def entity_bounds(token: Token) -> tuple[int, int]:
    """Token range of the entity holding `token`, read from the IOB tags instead of scanning `doc.ents`."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def _strip_possessive_end(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return start, end

