"""Collects what the article says each person is and gives the speaker the most complete role.

Roles come from a title before the name (`Secretary of State Antony Blinken`, also in photo captions) and from
apposition on either side (`Abdul Amir Thuaiban, an adviser to …`, `the State Department Spokesman, Matthew
Miller`). A person keeps the role wherever it was stated, so later bare mentions (`Miller`) carry it too.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Token

from .candidates import QuoteCandidate
from .extensions import PEOPLE, QUOTES
from .lexicon import honorifics, title_words
from .names import PersonInfo

_ROLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
_ROLE_LINKS = frozenset({"of", "to", "for", "-", "&", "at"})
_DETERMINERS = frozenset("the a an his her its their".split())


@Language.factory(
    "quotewise_roles",
    requires=["doc._.quotewise_quotes", "doc._.quotewise_people", "token.dep"],
    assigns=["doc._.quotewise_quotes"],
)
def make_roles(nlp: Language, name: str) -> "Roles":
    return Roles()


class Roles:
    def __call__(self, doc: Doc) -> Doc:
        people: dict[str, PersonInfo] = doc._.get(PEOPLE) or {}
        for info in people.values():
            for start, end in info.mentions:
                info.roles.extend(roles_of_mention(doc, start, end))
        chosen = {name: best_role(info.roles) for name, info in people.items()}
        quotes: list[QuoteCandidate] = doc._.get(QUOTES) or []
        for quote in quotes:
            if quote.speaker_name and quote.speaker_name not in chosen and quote.speaker_kind in ("person", "unknown"):
                holder = _holder_of_title(quote.speaker_name, chosen, people)
                if holder is not None:
                    quote.speaker_name, quote.speaker_kind = holder, "person"
            if quote.speaker_kind == "person" and quote.speaker_name in chosen:
                quote.role = chosen[quote.speaker_name]
        return doc


def _holder_of_title(mention: str, chosen: dict[str, str | None], people: dict[str, PersonInfo]) -> str | None:
    """`the Prime Minister said` names whoever the article calls Prime Minister, if exactly one person."""
    words = mention.lower().split()
    if not words or words[-1] not in title_words():
        return None
    holders = {
        name
        for name, info in people.items()
        for role in info.roles
        if " ".join(words) in role.lower() or (len(words) == 1 and words[0] in role.lower().split())
    }
    return holders.pop() if len(holders) == 1 else None


def _name_start(doc: Doc, start: int, end: int) -> int:
    i = start
    while i < end - 1 and (doc[i].lower_ in title_words() or doc[i].lower_ in honorifics() or doc[i].text[:1].islower()):
        i += 1
    return i


def roles_of_mention(doc: Doc, start: int, end: int) -> list[str]:
    roles: list[str] = []
    name_start = _name_start(doc, start, end)
    title = _title_before(doc, name_start)
    if title:
        roles.append(title)
    as_role = _role_after_as(doc, end)
    if as_role:
        roles.append(as_role)
    root = doc[start:end].root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= end:
            role = _role_text(doc, [t for t in child.subtree if not _in_clause(t, child)])
            if role:
                roles.append(role)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":  # `Miller is the State Department spokesman.`
        for attr in root.head.children:
            if attr.dep_ == "attr" and attr.i > root.i and attr.pos_ == "NOUN":
                role = _role_text(doc, [t for t in attr.subtree if not _in_clause(t, attr)])
                if role:
                    roles.append(role)
    if root.dep_ == "appos" and root.head.i < start and root.head.pos_ in ("NOUN", "PROPN"):
        head = root.head
        tokens = [t for t in head.subtree if t.i < start and not _in_clause(t, head)]
        role = _role_text(doc, tokens)
        if role:
            roles.append(role)
    return roles


def _role_after_as(doc: Doc, end: int) -> str | None:
    """`Rahul Mehta, as head of the union, said …`"""
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    if i >= len(doc) - 1 or doc[i].lower_ != "as":
        return None
    stop = i + 1
    while stop < min(len(doc), i + 14) and not doc[stop].is_punct and doc[stop].pos_ not in ("VERB", "AUX"):
        stop += 1
    return _role_text(doc, list(doc[i + 1 : stop]))


def _in_clause(token: Token, top: Token) -> bool:
    """Relative clauses and further appositions are not part of the role."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "appos", "acl", "advcl"):
            return True
        node = node.head
    return False


def _title_before(doc: Doc, name_start: int) -> str | None:
    i = name_start - 1
    while i >= 0:
        token = doc[i]
        if "\n" in token.text_with_ws and i != name_start - 1:
            break
        if token.pos_ in _ROLE_POS or token.lower_ in _ROLE_LINKS or (token.text.endswith(".") and token.pos_ == "PROPN"):
            i -= 1
            continue
        break
    return _role_text(doc, list(doc[i + 1 : name_start]))


def _role_text(doc: Doc, tokens: list[Token]) -> str | None:
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in _DETERMINERS or tokens[0].lower_ in _ROLE_LINKS):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in _ROLE_LINKS or tokens[-1].lower_ in _DETERMINERS):
        tokens.pop()
    if not tokens or not any(t.lower_ in title_words() and t.lower_ not in honorifics() for t in tokens):
        return None
    if all(t.lower_ in honorifics() for t in tokens):
        return None
    text = "".join(t.text_with_ws for t in tokens).strip()
    return text if len(text) <= 120 else None


def best_role(roles: list[str]) -> str | None:
    """The role that contains the most other statements of it, then the most repeated, then the first."""
    if not roles:
        return None
    counts = Counter(roles)
    lowered = {role: role.lower() for role in counts}

    def support(role: str) -> tuple[int, int, int]:
        covered = sum(n for other, n in counts.items() if lowered[other] in lowered[role])
        return covered, counts[role], -roles.index(role)

    return max(counts, key=support)
