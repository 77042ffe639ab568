"""Gender as the text states it through pronouns: `Mayor Lena Fox said … Her deputy` makes Fox a woman.

A gendered pronoun outside quotations votes for the one person its recent context names, and only when nothing else
in its sentence could be its antecedent; the entity table weighs these votes below honorifics and gendered role words.
Never a guess from a first name.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import POS, SENT_START
from spacy.symbols import PRON
from spacy.tokens import Doc, Token

from .lexicon import reporting_verbs
from .people_words import pronoun_agreement, reporting_forms
from .resolution import SUBJECTS
from .tokens import token_texts


if TYPE_CHECKING:
    from .table_entry import Entry


@dataclass(slots=True)
class Sentences:
    """Sentence index of every token and where each gendered pronoun stands, from one pass over the tokens."""

    of_token: list[int]
    starts: list[int]
    pronouns: list[tuple[int, str]]  # (token index, "female" | "male")

    @classmethod
    def read(cls, doc: Doc) -> "Sentences":
        """From arrays: the sentence starts (the first token always one) and their running count, and the texts
        of the tokens tagged as pronouns only (a Python pass over every token cost ~0.15 ms an article)."""
        if not len(doc):
            return cls([], [], [])
        tags = doc.to_array([SENT_START, POS]).astype(numpy.int64)
        opens = tags[:, 0] > 0
        opens[0] = True
        agreement = pronoun_agreement()
        texts = token_texts(doc)
        pronouns: list[tuple[int, str]] = []
        for i in numpy.flatnonzero(tags[:, 1] == PRON).tolist():
            stated = agreement.get(texts[i].lower())
            if stated in ("female", "male"):
                pronouns.append((i, stated))
        return cls((numpy.cumsum(opens) - 1).tolist(), numpy.flatnonzero(opens).tolist(), pronouns)


def pronoun_votes(doc: Doc, entries: list["Entry"], owner: list[int], window_sentences: int, sentences: Sentences) -> dict[int, dict[str, int]]:
    """A gendered pronoun outside quotations whose recent context names exactly one person states that person's
    gender (`Mayor Lena Fox said … Her deputy` makes Fox a woman). The table counts these votes once every name has
    its entry, and never uses them to choose between namesakes. A pronoun followed in its sentence by the very name
    it would vote for (`he is meeting with Clinton`) is someone else, and one continuing a chain of pronouns about a
    topic named further back does not vote for a name the window holds only as an object; neither votes."""
    mentions = sorted(
        [(start, index, doc[end - 1].dep_ in ("nsubj", "nsubjpass"))
         for index, entry in enumerate(entries) if entry.kind == "person" for start, end in entry.mentions if owner[start] == -1]
    )
    positions = [start for start, _, _ in mentions]
    votes: dict[int, dict[str, int]] = {}
    for at, agreement in sentences.pronouns:
        if owner[at] != -1:
            continue
        sentence = sentences.of_token[at]
        window_start = sentences.starts[max(0, sentence - window_sentences + 1)]
        low, high = bisect_left(positions, window_start), bisect_left(positions, at)
        window = mentions[max(low, high - 8) : high]
        recent = {index for _, index, _ in window}
        if len(recent) != 1:
            continue  # `Clinton criticized Trump. He …`: the subject is no proof of who the pronoun is
        candidate = recent.pop()
        if not any(subject for _, _, subject in window) and _continues_a_chain(doc, sentences, at, agreement, window_start):
            continue  # `he met Clinton. He continues`: the topic is the one the pronouns follow, named further back
        sentence_end = sentences.starts[sentence + 1] if sentence + 1 < len(sentences.starts) else len(doc)
        sentence_start = sentences.starts[sentence]
        later = mentions[bisect_left(positions, at + 1) : bisect_left(positions, sentence_end)][:8]
        if _reports_a_named_clause(doc, at, positions, sentence_start, sentence_end) or _object_of_a_named_subject(doc[at]) or any(
                (subject and index != candidate) or index == candidate for _, index, subject in later):
            continue  # `If Clinton is elected, he said`, `McCaskill scolded him`, `she said Mr. Kaine would win`, `he met Clinton`
        counts = votes.setdefault(candidate, {"female": 0, "male": 0})
        counts[agreement] += 1
    return votes


def _continues_a_chain(doc: Doc, sentences: Sentences, at: int, agreement: str, window_start: int) -> bool:
    """Whether a subject pronoun of the same gender, or one owning the subject, stands in the window before the
    pronoun at `at`: the pronouns follow a topic the window need not name."""
    high = bisect_left(sentences.pronouns, (at, ""))
    for position, stated in reversed(sentences.pronouns[max(0, high - 8) : high]):
        if position < window_start:
            return False
        token = doc[position]
        if stated == agreement and (token.dep_ in SUBJECTS or (token.dep_ == "poss" and token.head.dep_ in SUBJECTS)):
            return True  # `He hasn't …`, `His team is …`
    return False


def _reports_a_named_clause(doc: Doc, at: int, positions: list[int], sentence_start: int, sentence_end: int) -> bool:
    """A pronoun that is the subject of a clause naming a person, or the subject of a reporting verb in a sentence
    naming a person (`If Clinton is elected, he said, taxes will rise`), is read as someone else reporting on that
    person, so it states nothing about them."""
    token = doc[at]
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i == at:
        return False
    if token.head.lemma_.lower() in reporting_verbs() or token.head.lower_ in reporting_forms():
        left, right = sentence_start, sentence_end - 1
    else:
        left, right = token.head.left_edge.i, token.head.right_edge.i
    return bisect_left(positions, right + 1) > bisect_left(positions, left)


def _object_of_a_named_subject(token: Token) -> bool:
    """`Sen. Claire McCaskill scolded him`: the object of a verb whose subject is a name is someone else than that
    name, so it states nothing about the one person the context names."""
    return token.dep_ in ("dobj", "dative") and any(child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "PROPN" for child in token.head.children)
