"""What a poll found about someone's standing, written as an object and its predicate instead of a `that` clause.

`A Quinnipiac University poll found Lorraine Sato … leading Sen. Bradley Kuhn by 6 points`, `The poll found Ms. Sato
ahead 49 percent to 43 percent`, `found Ellison at 24 percent and Brandvold at 19 percent`, `found the race within 2
points`, `an internal poll showed the senator narrowly ahead`: the parser makes the candidate (or the race) the
verb's object and the standing an adjunct, so no clausal complement carries the finding; the object with what is
said of it is the poll's finding, as `found that Ms. Sato was ahead` would be. Only a poll or survey finds this way
(a report finding `errors at the agency` is left to its clause), one whose pollster the article names, and only a
standing: ahead of or behind someone, at or within a number, or leading or trailing someone.
"""

from __future__ import annotations

from spacy.tokens import Token

from .tokens import children

_FINDING_VERBS = frozenset({"find", "show"})
_POLLS = frozenset({"poll", "survey"})
_STANDINGS = frozenset({"ahead", "behind", "even", "tied", "level"})  # standing adverbs: `found Ms. Sato ahead`
_STANDING_PREPOSITIONS = frozenset({"at", "within"})  # `at 24 percent`, `within 2 points`
_RANKING_PARTICIPLES = frozenset({"lead", "trail"})  # `found Sato leading Kuhn`, `trailing by 2 points`
_ADJUNCTS = frozenset({"prep", "advmod", "advcl", "npadvmod", "acomp", "oprd"})


def poll_standing(verb: Token) -> tuple[int, int] | None:
    """The tokens [start, end) of the object and its standing when `verb` is a poll's `found`/`showed` with the
    standing as an adjunct (of the verb or of its object); None otherwise."""
    if verb.lemma_.lower() not in _FINDING_VERBS or any(child.dep_ in ("ccomp", "xcomp") for child in children(verb)):
        return None
    subject = next((child for child in children(verb) if child.dep_ == "nsubj" and child.i < verb.i), None)
    if subject is None or subject.lemma_.lower() not in _POLLS or not _known_poll(subject):
        return None
    found = next((child for child in children(verb) if child.dep_ == "dobj" and child.i > verb.i), None)
    if found is None or found.pos_ not in ("PROPN", "NOUN"):
        return None
    after = [child for child in children(verb) if child.i > found.i]
    standing = any(_stands(child) for child in after) or any(_stands(child) or _ranks(child) for child in children(found) if child.i > found.i)
    if not standing:
        return None
    end = max([found.right_edge.i] + [child.right_edge.i for child in after if child.dep_ in _ADJUNCTS])
    return found.left_edge.i, end + 1


def _known_poll(poll: Token) -> bool:
    """A poll the article names its pollster for (`A Quinnipiac University poll`, `a survey by Elon University`,
    `Monmouth's poll`) or has named before (`The poll`, `the same survey`); `One poll shows …` in a list of results
    names no one behind it."""
    for child in children(poll):
        if child.i < poll.i and (child.dep_ == "poss" or (child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN")):
            return True
        if child.dep_ == "det" and child.lower_ in ("the", "this", "that"):
            return True
        if child.dep_ == "acl" and any(g.dep_ == "agent" for g in children(child)):
            return True  # `a survey released Monday by Elon University`
    return False


def _stands(token: Token) -> bool:
    if token.dep_ == "advmod":
        return token.lower_ in _STANDINGS
    return token.dep_ == "prep" and token.lower_ in _STANDING_PREPOSITIONS and any(
        grandchild.dep_ == "pobj" and any(t.like_num for t in grandchild.subtree) for grandchild in children(token))


def _ranks(token: Token) -> bool:
    return token.dep_ == "acl" and token.tag_ == "VBG" and token.lemma_.lower() in _RANKING_PARTICIPLES
