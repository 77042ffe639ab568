"""The name a person goes by, as the article introduces it (`His son is Tomas Castillo, whom everyone … calls
Tommy`, `Jonathan Reyes, known to everyone as Jack`, `Katherine Mills, who goes by Kit`, `Abdul Rahman, nicknamed
Abby`): the one word the clause about a full name calls them is that person, so the later `Tommy says` and `he said`
after it are Tomas Castillo, not a person of their own. Read once per article from the single-word name runs, each
looking at its own head and at most three heads above it."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from .lexicon import word_list
from .name_runs import NameRun, fold
from .table_entry import Entry

_STEPS = 3  # heads climbed from the name to its verb, and from the verb to the full name it is about
_OBJECTS = frozenset({"dobj", "oprd"})  # `calls Tommy`, `call Mousey`, `nicknamed Abby`
_PREPOSITIONS = {"as": "know", "by": "go"}  # `known as Jack`, `goes by Kit`: the verb each preposition names with


def _calling_verb(token: Token) -> Token | None:
    """The verb that calls a person by this word, or None."""
    head = token.head
    if token.dep_ in _OBJECTS and head.lemma_.lower() in word_list("calling_verbs.txt"):
        return head
    if token.dep_ != "pobj" or head.lower_ not in _PREPOSITIONS:
        return None
    verb = head.head
    for _ in range(_STEPS):  # `known to everyone as Jack`: `as` hangs on `everyone`
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    return verb if verb.lemma_.lower() == _PREPOSITIONS[head.lower_] else None


def _called(verb: Token) -> Token | None:
    """The name the calling clause is about: the noun a relative clause or participle hangs on (through `who is 38
    and whom … calls`), or what `Her name is Margaret Ellis, though everyone calls her Peggy` says the name is."""
    for _ in range(_STEPS):
        if verb.dep_ in ("relcl", "acl"):
            return verb.head
        if verb.dep_ in ("conj", "ccomp"):  # `who is 24 and whom the block calls Jack`, parsed either way
            verb = verb.head
            continue
        if verb.dep_ == "advcl" and verb.head.lemma_ == "be":
            return next((child for child in verb.head.children if child.dep_ == "attr" and child.pos_ == "PROPN"), None)
        return None
    return None


def called_names(doc: Doc, singles: Iterable[NameRun], people: Iterable[Entry]) -> dict[str, Entry]:
    """Each word a clause about a person's full name calls them (folded), with that person's entry."""
    ends = {end - 1: entry for entry in people for start, end in entry.mentions if end - start > 1}
    found: dict[str, Entry] = {}
    for run in singles:
        if run.end - run.start != 1 or not ends:
            continue
        verb = _calling_verb(doc[run.start])
        named = _called(verb) if verb is not None else None
        if named is not None and named.i in ends:
            found.setdefault(fold(doc[run.start].text), ends[named.i])
    return found
