"""A pronoun's antecedent read off the parse of its own sentence, before any search back through the text.

A pronoun that is the subject of a subordinate clause most often stands for the subject of the clause that
holds it: `Mr. Ruiz, who leads the polls, held a briefing in which he attacked Ms. Lind` is Ruiz, however many
subjects stand between. A pronoun opening a sentence in a clause set before the main one stands for the main
clause's subject that follows it (`After he criticized the film, Pastor Ivo Brandt turned to …`), and a subject
pronoun of the main clause for the subject of a clause opening the sentence (`While Ruiz praised it, she said …`);
a `his`/`her` owning the subject of a clause set before the main one is the main clause's subject too (`As her
campaign mailed letters, Ms. Lind said …`).
A name opening the sentence, set off by a comma, is the subject the parser may have missed (`Ruiz, though she …,`).
The climb reads at most `_MAX_CLIMB` heads, so it costs a constant per pronoun.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .lexicon import read_words
from .people_words import pronoun_agreement
from .resolution import SUBJECTS, Resolution
from .tokens import children, sentence_start

_SUBORDINATE = frozenset({"advcl", "relcl", "acl", "ccomp", "xcomp", "pcomp"})
_RELATIVE = frozenset({"who", "that"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_MAX_CLIMB = 8
_EVENT_CLIMB = 3  # heads from a `when` clause up to the event it tells of (`speech in Dover on Monday, when`)


@lru_cache(maxsize=None)
def event_nouns() -> frozenset[str]:
    """Nouns for what a person does in public at one time (`speech`, `press conference`): data/event_nouns.txt."""
    return read_words("event_nouns.txt")


def _paired(subject: Token) -> bool:
    """`He and his wife came because they …`: a pronoun joined to others is a pair `they` may stand for."""
    return subject.lower_ in ("he", "she") and any(c.dep_ == "conj" for c in children(subject))


class ClauseAntecedent:
    """Mixed into `PronounResolution`; reads the Resolver's `owner`, `entity_at`, `_mention_bounds`, and the
    `_antecedent` and `_gender_of` of `PronounResolution`."""

    def clause_antecedent(self, token: Token, wanted: str, gender: str | None, addressed: frozenset[int]) -> Resolution | None:
        """The subject of the nearest clause above the pronoun's own that agrees with it, when that subject names
        someone (for `they`, also people the article describes: `firms in which some managers hire the staff they
        choose`); None when the parse offers no such subject or the nearest agreeing one names no one."""
        if wanted == "person" and token.dep_ == "poss" and token.pos_ == "PRON" and token.head.dep_ in SUBJECTS:
            return self._owner_ahead(token, gender, addressed)
        if wanted not in ("person", "plural") or token.dep_ not in SUBJECTS:
            return None
        fronted = self._fronted(token, wanted, gender, addressed)
        if fronted is not None or token.head.dep_ not in _SUBORDINATE:
            return fronted
        own = token.head
        opening = self._opening_name(own, token, gender, addressed) if wanted == "person" else None
        if opening is not None:
            return opening
        event = self._event_owner(own, token, gender, addressed) if wanted == "person" else None
        if event is not None:
            return event
        if own.dep_ == "advcl" and own.i < own.head.i and own.left_edge.i == self._clause_opening(own):
            return self._ahead(own.head, token, wanted, gender, addressed)  # `After he …, Pastor Ivo Brandt said`
        clause = own
        for _ in range(_MAX_CLIMB):
            if clause.head is clause:
                return None
            clause = clause.head
            subject = next((c for c in children(clause) if c.dep_ in SUBJECTS and c.i < token.i), None)
            if subject is None and clause.dep_ == "ROOT":
                subject = self._opening_subject(clause, token)
            if subject is None or self.owner[subject.i] != -1:
                continue
            if wanted == "plural":
                found = self._antecedent(subject, "plural", None) if subject.pos_ != "PRON" or _paired(subject) else None
                if found is None:
                    continue
                return found
            found, agrees = self._subject_of(subject, gender)
            if not agrees:
                continue  # `Aides say Ruiz will go where he …`: plural `aides` is not `he`, climb on
            if found is None or not found.named or found.entity in addressed:
                return None  # the nearest agreeing subject names no one: leave it to the search back
            return self._asked(subject, gender, addressed) or found  # `Ruiz asked Lind about a claim he made`: Lind
        return None

    def _fronted(self, token: Token, wanted: str, gender: str | None, addressed: frozenset[int]) -> Resolution | None:
        """`While groups like A and B praised the plan …, they said it fell short`: the subject of a clause opening
        the sentence before the pronoun's own verb is who the pronoun is, when it agrees and names someone."""
        verb = token.head
        for clause in children(verb):
            if clause.dep_ != "advcl" or clause.i > token.i or clause.left_edge.i != self._clause_opening(clause):
                continue
            if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children(clause)):
                return None  # `If Trump loses, he said, …`: a condition is about someone else as often as not
            subject = next((c for c in children(clause) if c.dep_ in SUBJECTS), None)
            found = self._named_subject(subject, wanted, gender, addressed)
            if wanted == "plural" or found is None:
                return found
            return found if self._gender_of(found) in (None, gender) else None  # `After Clinton accused him, he warned`
        return None

    def _owner_ahead(self, token: Token, gender: str | None, addressed: frozenset[int]) -> Resolution | None:
        """`As her campaign sent out letters, Mrs. Lind said …`: a `his`/`her` owning the subject of a clause that
        opens the sentence is the main clause's subject after it, as a subject pronoun there would be (no
        condition: `If her party loses, …` is about someone else as often as not)."""
        own = token.head.head
        if own.dep_ != "advcl" or not token.head.i < own.i < own.head.i or own.left_edge.i != self._clause_opening(own):
            return None
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children(own)):
            return None
        return self._ahead(own.head, token, "person", gender, addressed)

    def _opening_subject(self, root: Token, token: Token) -> Token | None:
        """`Ruiz, later alleging that Lind …, said he would …`: a main verb the parser left without a subject has for
        subject the name that opens its sentence, set off by a comma, when the pronoun comes after that name."""
        doc = root.doc
        opening = self._clause_opening(root)
        if self.entity_at[opening] == -1:
            return None
        start, end = self._mention_bounds(opening)
        if start != opening or end >= min(root.i, token.i) or doc[end].text != ",":
            return None
        return doc[end - 1]

    def _opening_name(self, own: Token, token: Token, gender: str | None, addressed: frozenset[int]) -> Resolution | None:
        """`Ruiz, though he praised the plan, voted against it`: a clause set off by commas right after the name that
        opens the sentence is about that name, however the parser attached the clause."""
        mark = own.left_edge
        doc = token.doc
        if mark.dep_ != "mark" or mark.i < 2 or mark.i > token.i or doc[mark.i - 1].text != ",":
            return None
        name = doc[mark.i - 2]
        index = self.entity_at[name.i]
        if index == -1 or self.owner[name.i] != -1 or index in addressed:
            return None
        start, end = self._mention_bounds(name.i)
        if any(not (start <= doc[j].head.i < end) for j in range(self._clause_opening(name), start)):
            return None  # the name, with its title (`Sen. Ruiz`), is the sentence's first words
        found, agrees = self._subject_of(name, gender)
        return found if agrees and found is not None and found.named else None

    def _event_owner(self, own: Token, token: Token, gender: str | None, addressed: frozenset[int]) -> Resolution | None:
        """`The senator mocked Governor Avery's press conference on Monday, when he refused to admit …`: a `when` clause
        set off by a comma after the object, an event a named person owns, tells of that event, so `he` is its owner
        (of the pronoun's gender), not the subject who talks about it."""
        doc = token.doc
        opening = own.left_edge
        if own.dep_ not in ("advcl", "relcl") or opening.lower_ != "when" or opening.head.i != own.i or opening.i < 1 or doc[opening.i - 1].text != ",":
            return None
        event, node = None, own.head  # the clause hangs on the verb, on the event, or on its date (`on Monday, when`)
        for _ in range(_EVENT_CLIMB):
            if node.lemma_.lower() in event_nouns() or node.pos_ in ("VERB", "AUX") or node.head is node:
                break
            node = node.head
        if node.pos_ in ("VERB", "AUX"):
            node = next((c for c in children(node) if c.dep_ == "dobj" and c.i < opening.i), node)
        event = node if node.i < opening.i and node.lemma_.lower() in event_nouns() else None
        if event is None:
            return None
        owner = next((c for c in children(event) if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ == "PRON" or self.owner[owner.i] != -1:
            return None
        found, agrees = self._subject_of(owner, gender)
        return found if agrees and found is not None and found.named and found.entity not in addressed else None

    def _clause_opening(self, clause: Token) -> int:
        """Where the sentence holding `clause` starts its words, passing over a quotation mark or a conjunction."""
        i = sentence_start(clause.doc, clause.i, limit=self.window)
        while i < clause.i and (clause.doc[i].is_punct or clause.doc[i].is_space or clause.doc[i].pos_ == "CCONJ"):
            i += 1
        return i

    def _ahead(self, main: Token, token: Token, wanted: str, gender: str | None, addressed: frozenset[int]) -> Resolution | None:
        """The main clause's subject after a clause that opens the sentence: a name for `he`, a name or the
        people the article describes (`As they …, Clinton supporters think`) for `they`."""
        subject = next((c for c in children(main) if c.dep_ in SUBJECTS and c.i > token.i), None)
        return self._named_subject(subject, wanted, gender, addressed)

    def _named_subject(self, subject: Token | None, wanted: str, gender: str | None,
                       addressed: frozenset[int]) -> Resolution | None:
        """Who a clause's subject stands for as a pronoun's antecedent: for `they` whatever plural it names, for
        he/she only someone named, who can be that pronoun and is not the one addressed; never a pronoun subject or
        a possessive modifier."""
        if subject is None or subject.pos_ == "PRON" or self.owner[subject.i] != -1:
            return None
        if wanted == "plural":
            return self._antecedent(subject, "plural", None)
        found, agrees = self._subject_of(subject, gender)
        if not agrees or found is None or not found.named or found.entity in addressed:
            return None
        return found

    def _subject_of(self, subject: Token, gender: str | None) -> tuple[Resolution | None, bool]:
        """Who a clause's subject is, and whether it can be the pronoun at all (a person of no other gender)."""
        if subject.lower_ == "which":
            return None, False  # `a statement by Ali Haidar, which, as she put it, …`: a thing, climb on
        if subject.lower_ in _RELATIVE and subject.head.dep_ in ("relcl", "acl") and subject.head.head.i < subject.i:
            subject = subject.head.head  # `the former governor, who …`: the noun the clause describes
        if subject.pos_ == "PRON":
            stated = pronoun_agreement().get(subject.lower_)
            if stated not in ("female", "male") or (gender and stated != gender):
                return None, False
            found = self.pronoun(subject, stated)
            return (found if found.named else None), True
        found = self._antecedent(subject, "person", gender, pronoun=True)
        if found is None:
            return None, False
        return found, True
