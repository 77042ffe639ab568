"""Pronoun antecedents: the most recent agreeing subject or speaker before a pronoun.

Number and gender agree as the text states them; a name inside a quotation or a possessive modifier is never an
antecedent, and a member of a pair is one only for `they`. The subject of the sentence beats the subject of a
clause it reports, and one whose gender the text states beats one whose gender it does not.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .lexicon import title_words
from .people_words import document_nouns, gender_words, pronoun_agreement
from .resolution import PLURAL_TAGS, asking_verbs, SUBJECTS, Resolution, definite, embedded_clause, organisation_nouns, possessive
from .tokens import children, is_cue, sentence_start

_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_MAX_CHAIN = 12  # pronouns followed back through earlier pronouns, at most


class PronounResolution:
    """Mixed into `identity.Resolver`, whose per-article indexes (`entity_at`, `owner`, `spoken`) it reads."""

    def pronoun(self, token: Token, agreement: str) -> Resolution:
        if token.i in self._pronouns:
            return self._pronouns[token.i]
        if token.i in self._active or len(self._active) > _MAX_CHAIN:  # `the aide to her boss` inside the search for `her` itself
            return Resolution(token.text, "unknown", "pronoun", named=False)
        self._active.add(token.i)
        try:
            found = self._pronouns[token.i] = self._pronoun(token, agreement)
            return found
        finally:
            self._active.discard(token.i)

    def _chained(self, candidate: Token, agreement: str) -> Resolution | None:
        """`She appeared to imply … “…,” she said`: an earlier subject pronoun of the same person is who it was."""
        if candidate.lower_ not in _SUBJECT_PRONOUNS or pronoun_agreement().get(candidate.lower_) != agreement:
            return None
        if candidate.dep_ not in SUBJECTS or embedded_clause(candidate) or candidate.i in self._active:
            return None
        found = self.pronoun(candidate, agreement)
        return found if found.named else None

    def _pronoun(self, token: Token, agreement: str) -> Resolution:
        wanted = "plural" if agreement == "plural" else "thing" if agreement == "thing" else "person"
        gender = agreement if agreement in ("female", "male") else None
        best: tuple[int, Resolution] | None = None
        fallback: tuple[int, Resolution] | None = None
        deferred: tuple[int, Resolution] | None = None  # `the senator`: most likely someone the article named
        doc, owner = self.doc, self.owner
        addressed = self._addressees(token)
        low = max(0, token.i - self.window)
        i = token.i - 1
        while i >= low:
            candidate = doc[i]
            if owner[i] == -1 and candidate.pos_ == "PRON" and gender:
                chained = self._chained(candidate, agreement)
                if chained is not None and chained.entity in addressed:
                    chained = None
                if chained is not None and (best is None or embedded_clause(doc[best[0]]) or not self._stated(best[1])):
                    best = (i, chained)  # it beats a subject of a reported clause or one of unstated gender
                    break
            if owner[i] != -1 or candidate.is_space or candidate.pos_ not in ("PROPN", "NOUN"):
                i -= 1
                continue
            if possessive(doc, i) or (self.entity_at[i] != -1 and i + 1 < len(doc) and self.entity_at[i + 1] == self.entity_at[i]):
                i -= 1  # only the last token of a name speaks for it
                continue
            found = self._antecedent(candidate, wanted, gender, pronoun=token.pos_ == "PRON")
            if found is not None and found.entity is not None and found.entity in addressed:
                found = None  # `“…,” he told Hannity`: whoever he is, he is not Hannity
            if found is not None and not found.named and wanted == "person" and definite(candidate):
                deferred = deferred or (i, found)
                found = None
            if found is not None and wanted == "person" and candidate.dep_ in SUBJECTS:
                found = self._asked(candidate, gender, addressed) or found
            if found is not None:
                subject = candidate.dep_ in SUBJECTS or (candidate.dep_ == "appos" and candidate.head.dep_ in SUBJECTS)
                embedded = subject and embedded_clause(candidate)
                if subject and best is None:
                    best = (i, found)
                    if (not gender or self._stated(found)) and not embedded:
                        break
                    # `Christie said Rubio isn't ready. "…," he said`: the main clause's subject, or one whose
                    # gender the text states, may stand earlier in the same sentence
                    low = max(low, sentence_start(doc, i, limit=self.window))
                elif subject and best is not None and ((self._stated(found) and not self._stated(best[1])) or (embedded_clause(doc[best[0]]) and not embedded)):
                    best = (i, found)
                    break
                elif fallback is None:
                    fallback = (i, found)
            i -= 1
        speaker = self._last_speaker(token.i, wanted, gender, addressed)
        chosen = best
        if speaker is not None and chosen is None and fallback is not None and fallback[0] > speaker[0] and fallback[0] >= self._previous_sentence(token.i):
            chosen = fallback  # no subject in the window names anyone, but the sentence before names a person after the last quoted one
        elif speaker is not None and chosen is None:
            chosen = speaker  # the subject of the preceding sentences first, then whoever was quoted last
        elif speaker is not None and wanted == "thing" and speaker[0] >= self._previous_sentence(token.i):
            chosen = speaker  # `…, according to the SITE group. It said …`: the organisation quoted just before
        if chosen is None:
            chosen = fallback or deferred
        if chosen is None and gender:
            anyone = self._pronoun(token, "person")  # no one agrees: the gender the table inferred may be wrong
            return replace(anyone, gender=gender) if anyone.named else Resolution(token.text, "unknown", "pronoun", named=False, gender=gender)
        if chosen is None:
            return Resolution(token.text, "unknown", "pronoun", named=False, gender=gender)
        found = chosen[1]
        return replace(found, via="pronoun", gender=found.gender or gender)

    def _quoted_last(self, index: int, position: int) -> bool:
        """The person quoted last, whose gender the table inferred from pronoun votes alone (no honorific or gendered
        role word states it): `“…,” said David Wasserman … if she did not win …, he said` is still Wasserman."""
        last = next((found for at, found in reversed(self.spoken) if at <= position), None)
        if last is None or last.entity != index or index in self.learned_gender:
            return False
        entity = self.entities[index]
        return not any(word in gender_words() for text in (*entity.roles, *entity.aliases) for word in text.lower().split())

    def _previous_sentence(self, i: int) -> int:
        """Where the sentence before the one holding token i starts."""
        start = sentence_start(self.doc, i, limit=self.window)
        return sentence_start(self.doc, start - 1, limit=self.window) if start > 0 else 0

    def _stated(self, found: Resolution) -> bool:
        return found.entity is not None and (self.entities[found.entity].gender is not None or found.entity in self.learned_gender)

    def _antecedent(self, token: Token, wanted: str, gender: str | None, pronoun: bool = False) -> Resolution | None:
        index = self.entity_at[token.i]
        if index == -1 and token.dep_ == "appos" and self.entity_at[token.head.i] != -1:
            index = self.entity_at[token.head.i]  # `Maria Lopez, a nurse`: the nurse is Lopez
        if index == -1:
            named = self._named_apposition(token)
            if named is not None and len(self._conjuncts(named)) > 1:
                return self.group(self._conjuncts(named)) if wanted == "plural" else None  # `the owners, A and B`
            if named is not None:
                index = self.entity_at[named.i]  # `Her deputy, Marco Ruiz`
        head = token.head if token.dep_ == "conj" else token
        in_pair = token.dep_ == "conj" or any(child.dep_ == "conj" for child in children(token))
        if wanted == "plural":
            if in_pair and token.dep_ != "conj":
                return self.group(self._conjuncts(head))
            if index != -1:
                entity = self.entities[index]
                return self.of_entity(index, "name") if entity.plural or entity.kind in ("organization", "group") else None
            if token.tag_ in PLURAL_TAGS and token.pos_ == "NOUN" and token.lemma_.lower() not in document_nouns() and self.owned_thing(token) is None:
                return self.description(token)  # `they` speak: people, not `the results`
            return None
        if in_pair:
            return None  # a member of a pair is `they`, not `he`
        if index != -1:
            entity = self.entities[index]
            if wanted == "thing":
                return self.of_entity(index, "name") if entity.kind == "organization" else None
            lone = entity.kind == "unknown" and " " not in entity.name and not (token.dep_ in SUBJECTS and is_cue(token.head))
            if entity.kind not in ("person", "unknown") or entity.plural or lone:
                return None  # a lone unlabelled word (`Twitter`) is no one's antecedent
            stated = str(entity.gender) if entity.gender else self.learned_gender.get(index)
            if gender and stated and stated != gender and not (pronoun and self._quoted_last(index, token.i)):
                return None  # the last person quoted keeps the benefit of the doubt: the table's votes may be wrong
            return self.of_entity(index, "name")
        if token.pos_ != "NOUN" or token.tag_ in PLURAL_TAGS or token.dep_ not in SUBJECTS:
            return None  # an unnamed antecedent must have been the subject (`a stronger nominee` as attribute is not)
        lemma = token.lemma_.lower()
        if wanted == "thing":
            if lemma in document_nouns():
                return self.document(token) or self.description(token)  # `it reads` after `the email`: its sender
            return self.description(token) if lemma in organisation_nouns() else None
        if (lemma not in title_words() and lemma not in gender_words()) or self.owned_thing(token) is not None:
            return None  # `his head` is no one
        stated = gender_words().get(lemma)
        if gender and stated and stated != gender:
            return None
        found = self.description(token)
        return found if found.kind == "person" else None

    def _asked(self, subject: Token, gender: str | None, addressed: frozenset[int]) -> Resolution | None:
        """`Hewitt asked Trump about … “…,” he said`: the person asked answers, so he stands in for the asker."""
        verb = subject.head
        if verb.lemma_.lower() not in asking_verbs() or verb.pos_ != "VERB":
            return None
        for child in children(verb):
            if child.dep_ in ("dobj", "dative") and self.owner[child.i] == -1 and self.entity_at[child.i] not in addressed:
                found = self._antecedent(child, "person", gender, pronoun=True)
                if found is not None and found.named:
                    return found
        return None

    def _addressees(self, token: Token) -> frozenset[int]:
        """The entities a subject pronoun's own reporting verb is addressed to (`he told Hannity`, `she said to
        Ruiz`): a subject is never the object of its own verb, so they are no antecedent of it."""
        verb = token.head
        if token.dep_ not in SUBJECTS or not is_cue(verb):
            return frozenset()
        objects = [c for c in children(verb) if c.dep_ in ("dobj", "dative")]
        objects += [g for c in children(verb) if c.dep_ == "prep" and c.lower_ == "to" for g in children(c) if g.dep_ == "pobj"]
        return frozenset(self.entity_at[o.i] for o in objects if self.entity_at[o.i] != -1 and self.owner[o.i] == -1)

    def _last_speaker(self, position: int, wanted: str, gender: str | None, addressed: frozenset[int] = frozenset()) -> tuple[int, Resolution] | None:
        for at, found in reversed(self.spoken):
            if at >= position or found.entity in addressed:
                continue
            if wanted == "plural" and found.kind in ("group", "organization"):
                return at, found
            if wanted == "thing" and found.kind in ("organization", "document"):
                return at, found
            if wanted == "person" and found.kind == "person" and not (gender and found.gender and found.gender != gender):
                return at, found
        return None
