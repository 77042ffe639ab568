"""Decides who each speaker is: the one owner of the speaker's name, kind, gender, members, role and entity.

Every speaker mention the earlier components found (a name, a surname, a pronoun, a description, a document,
a coordination of names) is resolved against the article's entity table (`entities`), or kept as the
description the article writes when it names nobody (`named=False`):
- a name or surname is the table entry it belongs to (`Clinton` → the Clinton named nearest);
- a pronoun is the most recent agreeing subject or speaker before it — number and gender as the text states
  them, never a name inside a quotation or a possessive modifier, and a member of a pair only for `they`;
- a definite description is the entity the article described that way (`the rookie goalkeeper` → Mara Lind,
  `the 61-year-old` → Pete Varga), else the description itself with its owner named (`her campaign` →
  `Hillary Clinton's campaign`);
- a document speaks for whoever stands behind it (`a Bloomberg poll` → Bloomberg, `Trump's tweet` → Donald
  Trump), else for itself;
- several named people are one group (`Ann Ortiz and Bill Crane`, with both as members).
Every step reads a bounded window of tokens, so the cost is linear in the article's length.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from .candidates import QuoteCandidate
from .contract import ExtractedEntity
from .entities import repair_mojibake
from .extensions import ENTITIES, QUOTES
from .lexicon import ORGANISATION_NOUNS, REPORTING_NOUNS, title_words
from .people_words import document_nouns, gender_words, pronoun_agreement
from .roles import is_role
from .tokens import children, is_cue, lefts, quote_owner_by_token, rights, sentence_start

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DEFINITE = frozenset("the this that these those".split())
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–", "--", '"', "“", "”"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_POLL_WORDS = frozenset("poll survey result results data datum finding findings polling figures".split())
_INDEFINITE = frozenset({"a", "an", "one"})
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_MAX_CHAIN = 12  # pronouns followed back through earlier pronouns, at most
_FIRST_PERSON = frozenset({"i", "me", "my"})
_AUTHOR = "the author"  # NAMES.md: an unnamed columnist's `I`
_OWNER_PREPOSITIONS = ("by", "from", "of", "in")  # in order of preference: `a report by X`, `an editorial in Y`


@dataclass(slots=True)
class Resolution:
    name: str
    kind: str  # person | organization | group | document | unknown
    via: str  # name | pronoun | description | document | group | unnamed
    entity: int | None = None
    members: tuple[str, ...] = ()
    named: bool = True
    gender: str | None = None
    role: str | None = None


@Language.factory(
    "quotewise_identity",
    requires=["doc._.quotewise_quotes", "doc._.quotewise_entities", "token.dep", "token.pos"],
    assigns=["doc._.quotewise_quotes"],
    default_config={"antecedent_window": 150, "description_max_tokens": 20},
)
def make_identity(nlp: Language, name: str, antecedent_window: int, description_max_tokens: int) -> "Identity":
    return Identity(antecedent_window, description_max_tokens)


class Identity:
    def __init__(self, antecedent_window: int = 150, description_max_tokens: int = 20) -> None:
        self.antecedent_window = antecedent_window
        self.description_max_tokens = description_max_tokens

    def __call__(self, doc: Doc) -> Doc:
        quotes: list[QuoteCandidate] = doc._.get(QUOTES) or []
        resolver = Resolver(doc, doc._.get(ENTITIES) or [], quotes, self.antecedent_window, self.description_max_tokens)
        for quote in quotes:
            if quote.speaker is not None and quote.inherited_from is None:
                target = quote.referent or quote.speaker
                resolver.clause_speaker = quote.speaker[0] if quote.referent else -1
                _apply(quote, resolver.resolve(target[0], target[1]))
                resolver.spoke(quote)
        for quote in quotes:
            source = quote.inherited_from
            while source is not None and source.inherited_from is not None:
                source = source.inherited_from
            if source is not None:
                _copy_speaker(quote, source)
        return doc


def _apply(quote: QuoteCandidate, found: Resolution) -> None:
    quote.speaker_name, quote.speaker_kind = repair_mojibake(found.name), found.kind
    quote.speaker_via = found.via
    quote.speaker_entity, quote.speaker_members, quote.speaker_named = found.entity, found.members, found.named
    quote.speaker_gender, quote.role = found.gender, found.role


def _copy_speaker(quote: QuoteCandidate, source: QuoteCandidate) -> None:
    quote.speaker_name, quote.speaker_kind, quote.speaker_via = source.speaker_name, source.speaker_kind, source.speaker_via
    quote.speaker_entity, quote.speaker_members, quote.speaker_named = source.speaker_entity, source.speaker_members, source.speaker_named
    quote.speaker_gender, quote.role = source.speaker_gender, source.role


class Resolver:
    def __init__(self, doc: Doc, entities: list[ExtractedEntity], quotes: list[QuoteCandidate], window: int, max_tokens: int) -> None:
        self.doc, self.entities, self.window, self.max_tokens = doc, entities, window, max_tokens
        self.owner = quote_owner_by_token(doc, quotes)
        self.entity_at = [-1] * len(doc)
        self.first_token: list[int] = []
        self.mention_starts: list[list[int]] = []
        for index, entity in enumerate(entities):
            starts = []
            for mention in entity.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                starts.append(span.start)
                for i in range(span.start, span.end):
                    self.entity_at[i] = index
            self.mention_starts.append(starts)
        self.spoken: list[tuple[int, Resolution]] = []  # (mention position, who) of each quote resolved so far
        self._by_token: dict[int, Resolution] = {}
        self._description_index: dict[str, set[int]] | None = None
        self._active: set[int] = set()
        self._pronouns: dict[int, Resolution] = {}
        self._leaders: dict[str | None, list[int]] | None = None
        self._indefinites: dict[str, list[int]] | None = None
        self.learned_gender: dict[int, str] = {}
        self._documents: dict[str, list[int]] | None = None
        self.clause_speaker = -1  # the relative pronoun (`who said`) whose antecedent is being resolved

    def spoke(self, quote: QuoteCandidate) -> None:
        if quote.speaker is not None and quote.speaker_name and quote.speaker_name != _AUTHOR and (quote.speaker_named or quote.speaker_via != "pronoun"):
            found = Resolution(quote.speaker_name or "", quote.speaker_kind, quote.speaker_via, quote.speaker_entity,
                               quote.speaker_members, quote.speaker_named, quote.speaker_gender, quote.role)
            self.spoken.append((quote.speaker[0], found))

    # --- one mention ---------------------------------------------------------------------------------------
    def resolve(self, start: int, end: int) -> Resolution:
        doc = self.doc
        span = doc[start:end]
        head = span.root
        if head.i in self._by_token:
            return self._by_token[head.i]
        found = self._resolve_head(head, start, end)
        self._by_token[head.i] = found
        stated = pronoun_agreement().get(head.lower_)
        if found.via == "pronoun" and found.entity is not None and stated in ("female", "male"):
            self.learned_gender.setdefault(found.entity, stated)  # `she said` tells us about whoever she is
        return found

    def _resolve_head(self, head: Token, start: int, end: int) -> Resolution:
        agreement = pronoun_agreement().get(head.lower_)
        if head.lower_ in _FIRST_PERSON and head.pos_ == "PRON" and self.owner[head.i] == -1:
            return Resolution(_AUTHOR, "person", "unnamed", named=False)  # the narrative's own `I` is its writer
        if head.pos_ == "PRON" and agreement is not None:
            return self.pronoun(head, agreement)
        named = self._named_apposition(head) or (self._apposed_name_within(start, end) if self.entity_at[head.i] == -1 else None)
        if named is not None:  # `the bakery's owners, Ivo Brandt and Lisa Moreau, said`
            head = named
        elif head.pos_ == "NOUN" and head.dep_ == "appos" and self.entity_at[head.head.i] != -1 and self.owner[head.head.i] == -1:
            return self.of_entity(self.entity_at[head.head.i], "name")  # `Tom Rath, a veteran GOP leader who said`
        conjuncts = self._conjuncts(head)
        if len(conjuncts) > 1:
            return self.group(conjuncts)
        named = self._entity_of(head, start, end)
        if named is not None and head.ent_type_ == "NORP" and _definite(head) and head.tag_ not in _PLURAL_TAGS:
            epithet = self.pronoun(head, "person")  # `the Arizona Republican said`: a person the article named
            if epithet.named and epithet.kind == "person":
                return replace(epithet, via="description", members=(), named=True)
        if named is not None and self.entities[named].plural and head.i > head.left_edge.i:
            return self.description(head)  # `many Republicans`: the group as the article writes it
        if named is not None and (head.lower_ in title_words() or head.lemma_.lower() in title_words()):
            described = self._described_entity(head)  # `the Prime Minister said`
            named = described if described is not None else named
        if named is not None:
            return self.of_entity(named, "name")
        if (head.lemma_.lower() in document_nouns() or head.lemma_.lower() in REPORTING_NOUNS) and head.pos_ in ("NOUN", "PROPN"):
            behind = self.behind_document(head)
            if behind is None and (_definite(head) or head.lemma_.lower() in _POLL_WORDS):
                behind = self._earlier_document(head)  # `the poll` after `a Rasmussen Reports poll`
            if behind is not None:
                return behind
        return self.description(head, as_speaker=True)

    def _named_apposition(self, head: Token) -> Token | None:
        if head.pos_ != "NOUN":
            return None
        return next((c for c in children(head) if c.dep_ == "appos" and self.entity_at[c.i] != -1 and self.owner[c.i] == -1), None)

    def _apposed_name_within(self, start: int, end: int) -> Token | None:
        """`his best friend at Lehigh, Bruce Turry`: the name set beside the description inside the mention."""
        for i in range(start, min(end, start + self.max_tokens)):
            token = self.doc[i]
            index = self.entity_at[i]
            if token.dep_ == "appos" and index != -1 and self.entities[index].kind == "person" and self.owner[i] == -1:
                return token
        return None

    def _entity_of(self, head: Token, start: int, end: int) -> int | None:
        if self.entity_at[head.i] != -1:
            return self.entity_at[head.i]
        if head.pos_ == "PROPN":  # a name token the table did not catch (`Sen. X`): any name in the mention
            for i in range(start, end):
                if self.entity_at[i] != -1 and not _possessive(self.doc, i):
                    return self.entity_at[i]
        return None

    def of_entity(self, index: int, via: str) -> Resolution:
        entity = self.entities[index]
        role = entity.roles[0] if entity.roles and is_role(entity.roles[0]) and entity.kind == "person" else None
        return Resolution(entity.name, str(entity.kind), via, index, (), True,
                          str(entity.gender) if entity.gender else None, role)

    # --- coordinations ---------------------------------------------------------------------------------------
    def _conjuncts(self, head: Token) -> list[Token]:
        if head.pos_ not in ("PROPN", "NOUN") and head.lower_ not in pronoun_agreement():
            return [head]
        found = [head]
        stack = [head]
        while stack and len(found) < 8:
            node = stack.pop()
            for child in children(node):
                if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON") and self.owner[child.i] == -1:
                    found.append(child)
                    stack.append(child)
        return sorted(found, key=lambda token: token.i)

    def group(self, conjuncts: list[Token]) -> Resolution:
        parts: list[Resolution] = []
        for token in conjuncts:
            named = self.entity_at[token.i]
            if named != -1:
                parts.append(self.of_entity(named, "name"))
            elif token.pos_ == "PRON" and token.lower_ in pronoun_agreement():
                parts.append(self.pronoun(token, pronoun_agreement()[token.lower_]))
            else:
                parts.append(self.description(token, stop_at_conj=True))
        names = list(dict.fromkeys(part.name for part in parts if part.name))
        members = tuple(part.name for part in parts if part.named and part.kind == "person")
        return Resolution(" and ".join(names), "group", "group", None, tuple(dict.fromkeys(members)), any(p.named for p in parts))

    # --- pronouns -------------------------------------------------------------------------------------------
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
        if candidate.dep_ not in _SUBJECTS or _embedded_clause(candidate) or candidate.i in self._active:
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
        low = max(0, token.i - self.window)
        i = token.i - 1
        while i >= low:
            candidate = doc[i]
            if owner[i] == -1 and candidate.pos_ == "PRON" and gender:
                chained = self._chained(candidate, agreement)
                if chained is not None and (best is None or _embedded_clause(doc[best[0]]) or not self._stated(best[1])):
                    best = (i, chained)  # it beats a subject of a reported clause or one of unstated gender
                    break
            if owner[i] != -1 or candidate.is_space or candidate.pos_ not in ("PROPN", "NOUN"):
                i -= 1
                continue
            if _possessive(doc, i) or (self.entity_at[i] != -1 and i + 1 < len(doc) and self.entity_at[i + 1] == self.entity_at[i]):
                i -= 1  # only the last token of a name speaks for it
                continue
            found = self._antecedent(candidate, wanted, gender)
            if found is not None and not found.named and wanted == "person" and _definite(candidate):
                deferred = deferred or (i, found)
                found = None
            if found is not None:
                subject = candidate.dep_ in _SUBJECTS or (candidate.dep_ == "appos" and candidate.head.dep_ in _SUBJECTS)
                embedded = subject and _embedded_clause(candidate)
                if subject and best is None:
                    best = (i, found)
                    if (not gender or self._stated(found)) and not embedded:
                        break
                    # `Christie said Rubio isn't ready. "…," he said`: the main clause's subject, or one whose
                    # gender the text states, may stand earlier in the same sentence
                    low = max(low, sentence_start(doc, i, limit=self.window))
                elif subject and best is not None and ((self._stated(found) and not self._stated(best[1])) or (_embedded_clause(doc[best[0]]) and not embedded)):
                    best = (i, found)
                    break
                elif fallback is None:
                    fallback = (i, found)
            i -= 1
        speaker = self._last_speaker(token.i, wanted, gender)
        chosen = best
        if speaker is not None and chosen is None:
            chosen = speaker  # the subject of the preceding sentences first, then whoever was quoted last
        if chosen is None:
            chosen = fallback or deferred
        if chosen is None:
            return Resolution(token.text, "unknown", "pronoun", named=False, gender=gender)
        found = chosen[1]
        return replace(found, via="pronoun", gender=found.gender or gender)

    def _stated(self, found: Resolution) -> bool:
        return found.entity is not None and (self.entities[found.entity].gender is not None or found.entity in self.learned_gender)

    def _antecedent(self, token: Token, wanted: str, gender: str | None) -> Resolution | None:
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
            if token.tag_ in _PLURAL_TAGS and token.pos_ == "NOUN" and token.lemma_.lower() not in document_nouns():
                return self.description(token)  # `they` speak: people, not `the results`
            return None
        if in_pair:
            return None  # a member of a pair is `they`, not `he`
        if index != -1:
            entity = self.entities[index]
            if wanted == "thing":
                return self.of_entity(index, "name") if entity.kind == "organization" else None
            lone = entity.kind == "unknown" and " " not in entity.name and not (token.dep_ in _SUBJECTS and is_cue(token.head))
            if entity.kind not in ("person", "unknown") or entity.plural or lone:
                return None  # a lone unlabelled word (`Twitter`) is no one's antecedent
            stated = str(entity.gender) if entity.gender else self.learned_gender.get(index)
            if gender and stated and stated != gender:
                return None
            return self.of_entity(index, "name")
        if token.pos_ != "NOUN" or token.tag_ in _PLURAL_TAGS or token.dep_ not in _SUBJECTS:
            return None  # an unnamed antecedent must have been the subject (`a stronger nominee` as attribute is not)
        lemma = token.lemma_.lower()
        if wanted == "thing":
            return self.description(token) if lemma in ORGANISATION_NOUNS or lemma in document_nouns() else None
        if lemma not in title_words() and lemma not in gender_words():
            return None
        stated = gender_words().get(lemma)
        if gender and stated and stated != gender:
            return None
        found = self.description(token)
        return found if found.kind == "person" else None

    def _last_speaker(self, position: int, wanted: str, gender: str | None) -> tuple[int, Resolution] | None:
        for at, found in reversed(self.spoken):
            if at >= position:
                continue
            if wanted == "plural" and found.kind in ("group", "organization"):
                return at, found
            if wanted == "thing" and found.kind in ("organization", "document"):
                return at, found
            if wanted == "person" and found.kind == "person" and not (gender and found.gender and found.gender != gender):
                return at, found
        return None

    # --- documents and descriptions -----------------------------------------------------------------------
    def behind_document(self, head: Token) -> Resolution | None:
        """`Trump's tweet`, `a Bloomberg poll`, `a statement from the ministry`: whoever stands behind it."""
        for child in children(head):
            if child.dep_ == "poss":
                return self._owner(child)
        names = [child for child in lefts(head) if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN"]
        if names:  # `a Reuters/Ipsos poll`, `a New York Times/CBS News poll`: the pollster as written
            start = min(child.left_edge.i for child in names)
            if any(self.entity_at[i] != -1 for i in range(start, head.i)) or self._proper_run(start, head.i):
                text = "".join(t.text_with_ws for t in self.doc[start : head.i]).strip()
                single = {self.entity_at[i] for i in range(start, head.i)}
                if len(single) == 1 and -1 not in single:
                    return self.of_entity(single.pop(), "document")
                return Resolution(text, "organization", "document")
        inner = next((c for c in lefts(head) if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in document_nouns()), None)
        if inner is not None and inner.i - inner.left_edge.i < self.max_tokens:
            behind = self.behind_document(inner)  # `CNN exit poll data`: whoever stands behind the poll
            if behind is not None:
                return behind
        owners: dict[str, Token] = {}  # `a paper from the Brookings Institution`, `a poll released Friday by Latino Decisions`
        for i in range(head.i + 1, min(head.right_edge.i + 1, head.i + self.max_tokens)):
            token = self.doc[i]
            if token.dep_ == "pobj" and token.head.lower_ in _OWNER_PREPOSITIONS and self.owner[i] == -1:
                if self.entity_at[i] != -1 or token.lemma_.lower() in ORGANISATION_NOUNS or self._proper_run(i, i + 1):
                    owners.setdefault(token.head.lower_, token)
        for preposition in _OWNER_PREPOSITIONS:
            pobj = owners.get(preposition)
            if pobj is not None and pobj.i - pobj.left_edge.i < self.max_tokens:
                found = self.resolve(pobj.left_edge.i, pobj.i + 1)
                return replace(found, via="document")
        return None

    def _proper_run(self, start: int, end: int) -> bool:
        """Capitalised proper nouns the entity table did not keep (`comScore`, `RealClearPolitics`), no dates."""
        tokens = [t for t in self.doc[start:end] if not t.is_punct]
        return bool(tokens) and all((t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON")) and t.ent_type_ not in ("DATE", "TIME", "GPE")
                                    and any(ch.isupper() for ch in t.text) for t in tokens)

    def _earlier_document(self, head: Token) -> Resolution | None:
        if self._documents is None:
            self._documents = {}
            for token in self.doc:
                if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in document_nouns() and self.owner[token.i] == -1:
                    owners = [c for c in children(token) if c.dep_ in ("poss", "compound")]
                    owners += [g for c in children(token) if c.dep_ == "prep" and c.lower_ in ("by", "from") for g in children(c) if g.dep_ == "pobj"]
                    if any(self.entity_at[c.i] != -1 or self._proper_run(c.i, c.i + 1) for c in owners):
                        lemma = token.lemma_.lower()
                        for key in dict.fromkeys((lemma, _document_family(lemma))):
                            self._documents.setdefault(key, []).append(token.i)
        lemma = head.lemma_.lower()
        for key in (lemma, _document_family(lemma)):  # the same word first: `the poll` is the last poll
            positions = self._documents.get(key, [])
            before = bisect_left(positions, head.i)
            if before:
                return self.behind_document(self.doc[positions[before - 1]])
        return None

    def _owner(self, token: Token) -> Resolution:
        agreement = pronoun_agreement().get(token.lower_)
        if token.pos_ == "PRON" and agreement is not None:
            found = self.pronoun(token, agreement)
        elif self.entity_at[token.i] != -1:
            found = self.of_entity(self.entity_at[token.i], "name")
        else:
            found = self.description(token)
        return replace(found, via="document")

    def description(self, head: Token, stop_at_conj: bool = False, as_speaker: bool = False) -> Resolution:
        earlier = self._earlier_speaker(head)
        if earlier is not None:  # an organisation quoted just before beats one merely described
            return replace(earlier, via="description")
        described = self._described_entity(head)
        if described is not None:
            return self.of_entity(described, "description")
        text = self._description_text(head, stop_at_conj)
        lemma = head.lemma_.lower()
        if head.tag_ in _PLURAL_TAGS or (head.pos_ == "NOUN" and lemma != head.lower_ and head.lower_.endswith("s")):
            kind = "group"
        elif lemma in ORGANISATION_NOUNS:
            kind = "organization"
        elif lemma in document_nouns():
            kind = "document"
        elif lemma in title_words() or lemma in gender_words() or head.ent_type_ == "PERSON":
            kind = "person"
        else:
            kind = "unknown"
        gender = gender_words().get(lemma)
        if as_speaker and kind == "organization" and _definite(head) and self._bare(head):
            nearest = self._nearest_organisation(head.i)  # `the agency said`: the organisation the text is about
            if nearest is not None:
                return self.of_entity(nearest, "description")
        if as_speaker and kind == "person" and _definite(head):
            introduced = self._introduced_unnamed(head)
            if introduced is not None:  # `the official` after `a Mexican official who was not authorized to speak`
                found = self.description(introduced)
                return Resolution(found.name, kind, "unnamed", None, (), False, gender)
            epithet = self.pronoun(head, gender or "person")  # `the candidate said`: most likely someone the article named
            if epithet.named:
                return replace(epithet, via="description", named=True)
            prominent = self._prominent_person(head.i, gender)
            if prominent is not None:  # `the GOP front-runner said`: the person the article is about
                return self.of_entity(prominent, "description")
        return Resolution(text or head.text, kind, "unnamed", None, (), False, gender if kind == "person" else None)

    def _introduced_unnamed(self, head: Token) -> Token | None:
        """The last indefinite `a/an/one … <same noun>` before a definite description, outside quotations and not
        set beside a name (those are the described entity): the unnamed referent as the article introduced it."""
        if self._indefinites is None:
            self._indefinites = {}
            for token in self.doc:
                if token.pos_ == "NOUN" and token.tag_ not in _PLURAL_TAGS and self.owner[token.i] == -1 and token.dep_ != "appos" and any(
                        c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in children(token)):
                    self._indefinites.setdefault(token.lemma_.lower(), []).append(token.i)
        positions = self._indefinites.get(head.lemma_.lower(), [])
        before = bisect_left(positions, head.i)
        return self.doc[positions[before - 1]] if before else None

    def _prominent_person(self, position: int, gender: str | None) -> int | None:
        """The person named most often before `position` (agreeing with a stated gender); one pass per article."""
        if self._leaders is None:
            self._leaders = {None: [-1] * len(self.doc), "female": [-1] * len(self.doc), "male": [-1] * len(self.doc)}
            starts: dict[int, list[int]] = {}
            for index, positions in enumerate(self.mention_starts):
                if self.entities[index].kind == "person":
                    for at in positions:
                        starts.setdefault(at, []).append(index)
            counts = [0] * len(self.entities)
            best = {None: -1, "female": -1, "male": -1}
            for i in range(len(self.doc)):
                for index in starts.get(i, ()):
                    counts[index] += 1
                    stated = str(self.entities[index].gender) if self.entities[index].gender else None
                    for wanted in best:
                        if (wanted is None or stated in (None, wanted)) and (best[wanted] == -1 or counts[index] > counts[best[wanted]]):
                            best[wanted] = index
                for wanted, leaders in self._leaders.items():
                    leaders[i] = best[wanted]
        found = self._leaders.get(gender, self._leaders[None])[position]
        return found if found != -1 else None

    def _bare(self, head: Token) -> bool:
        """`the agency`, `the new group`: a description that names no one itself (`the Clinton campaign` does)."""
        return all(t.pos_ in ("DET", "ADJ") and t.ent_type_ == "" for t in self.doc[head.left_edge.i : head.i]) and not any(
            c.dep_ == "prep" for c in rights(head))

    def _nearest_organisation(self, position: int) -> int | None:
        """The last organisation named outside quotations within the window before `position`."""
        for i in range(position - 1, max(-1, position - self.window), -1):
            index = self.entity_at[i]
            if index != -1 and self.owner[i] == -1 and self.entities[index].kind == "organization" and self.doc[i].ent_type_ != "NORP":
                return index
        return None

    def _described_entity(self, head: Token) -> int | None:
        """`the rookie goalkeeper` after `Mara Lind, a rookie goalkeeper`: a definite description the article
        attached to one entity (its head word ends or opens the description); the most recently mentioned one."""
        lemma = head.lemma_.lower()
        titled = lemma in title_words() or head.lower_ in title_words()
        if head.pos_ not in ("NOUN", "ADJ", "NUM") and not (head.pos_ == "PROPN" and titled):
            return None
        if not _definite(head):
            return self._introduced_as(head)
        words = [t.lower_ for t in self.doc[head.left_edge.i : head.i + 1] if t.lower_ not in _DEFINITE and not t.is_punct]
        if not words or len(words) > self.max_tokens:
            return None
        phrase, word = " ".join(_plain_words(" ".join(words))), head.lower_
        wanted = "organization" if lemma in ORGANISATION_NOUNS else "person" if titled or lemma in gender_words() else None
        best: tuple[int, int] | None = None
        chosen = None
        for index in self._described_by(word) | self._described_by(lemma):
            entity = self.entities[index]
            if wanted and str(entity.kind) != wanted:
                continue
            score = 0
            for text in entity.roles:
                lowered = _plain_words(text)
                if not lowered:
                    continue
                if " ".join(lowered).startswith(phrase) or " ".join(lowered).endswith(phrase):
                    score = max(score, 2)
                elif lowered[-1] in (word, lemma) or lowered[0] in (word, lemma):
                    score = max(score, 1)
            if not score and entity.kind == "organization" and lemma in entity.name.lower().split():
                score = 1  # `the agency` after `the Environmental Protection Agency`
            starts = self.mention_starts[index]
            before = bisect_left(starts, head.i)
            if not score or not before:
                continue
            rank = (score, starts[before - 1])
            if best is None or rank > best:
                best, chosen = rank, index
        return chosen

    def _introduced_as(self, head: Token) -> int | None:
        """`a spokeswoman for Hillary Clinton said` after `Jennifer Palmieri, a spokeswoman for Hillary Clinton`:
        an indefinite description is someone the article named only when it repeats a whole role of theirs."""
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(head)):
            return None
        end = min(head.right_edge.i + 1, head.i + self.max_tokens)
        words = _plain_words(" ".join(t.lower_ for t in self.doc[head.left_edge.i : end] if not t.is_punct and t.lower_ not in ("a", "an")))
        if len(words) < 3:
            return None
        phrase = " ".join(words)
        found = {index for index in self._described_by(head.lower_) if any(" ".join(_plain_words(role)) == phrase for role in self.entities[index].roles)}
        return found.pop() if len(found) == 1 else None

    def _earlier_speaker(self, head: Token) -> Resolution | None:
        """`the bank said` after `Kenya's central bank held …, saying`: an organisation already quoted."""
        lemma = head.lemma_.lower()
        if lemma not in ORGANISATION_NOUNS or not _definite(head):
            return None
        for at, found in reversed(self.spoken):
            if at < head.i and found.kind == "organization" and head.lower_ in found.name.lower().split() and found.name.lower() != head.lower_:
                return found
        return None

    def _described_by(self, word: str) -> set[int]:
        """Entities whose descriptions (or, for organisations, names) contain `word`; indexed once per article."""
        if self._description_index is None:
            index: dict[str, set[int]] = {}
            for position, entity in enumerate(self.entities):
                texts = list(entity.roles) + ([entity.name] if entity.kind == "organization" else [])
                for text in texts:
                    for each in _plain_words(text):
                        index.setdefault(each, set()).add(position)
            self._description_index = index
        return self._description_index.get(word, set())

    def _description_text(self, head: Token, stop_at_conj: bool) -> str:
        """The description as written, from its first modifier to the first break after the head, owners named:
        `his surrogates` → `Donald Trump's surrogates`."""
        doc = self.doc
        start = head.left_edge.i
        if head.i - start >= self.max_tokens:
            start = head.i
        end = head.i + 1
        limit = min(head.right_edge.i + 1, head.i + self.max_tokens)
        for child in rights(head):  # `managers who think they know better`, when `who` is the speaker, is `managers`
            speaks_inside = child.dep_ == "relcl" and child.left_edge.i <= self.clause_speaker <= child.right_edge.i
            if child.dep_ in ("appos", "npadvmod") or speaks_inside:
                limit = min(limit, child.left_edge.i)
            elif child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in children(child)):
                limit = min(limit, child.left_edge.i)  # `the Sanders campaign on Monday`
        while end < limit and doc[end].text not in _CLAUSE_BREAKS and self.owner[end] == -1 and not (stop_at_conj and doc[end].dep_ == "cc"):
            end += 1
        while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
            end -= 1
        parts: list[tuple[int, str]] = []  # (token index, text) so an owner's own titles can be dropped
        i = start
        while i < end:
            token = doc[i]
            if token.dep_ == "poss" and token.pos_ == "PRON" and token.lower_ in pronoun_agreement():
                owner = self.pronoun(token, pronoun_agreement()[token.lower_])
                parts.append((i, f"{owner.name}'s " if owner.named else token.text_with_ws))
            elif self.entity_at[token.i] != -1 and _possessive(doc, token.i):
                index = self.entity_at[token.i]
                name_end = i
                while name_end + 1 < end and self.entity_at[name_end + 1] == index:
                    name_end += 1
                own = doc[name_end].left_edge.i  # `Presidential candidate Marco Rubio's`, `Mr. Trump's`: the owner's name only
                parts = [(at, text) for at, text in parts if at < own]
                parts.append((i, self.entities[index].name + doc[name_end].whitespace_))
                i = name_end
            else:
                parts.append((i, token.text_with_ws))
            i += 1
        parts_text = "".join(text for _, text in parts)
        return parts_text.strip()


def _document_family(lemma: str) -> str:
    """`the results`, `the data` and `the survey` speak for the poll an article reported before them."""
    return "poll" if lemma in _POLL_WORDS else lemma


def _embedded_clause(subject: Token) -> bool:
    """A subject of a reported or subordinate clause (`said Rubio isn't ready`), not of the sentence itself
    (an apposition, `Trump, a political outsider,`, stands where its noun stands)."""
    if subject.dep_ == "appos":
        subject = subject.head
    return subject.head.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp")


def _definite(token: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ in _DEFINITE for child in children(token))


def _possessive(doc: Doc, i: int) -> bool:
    """A name or pronoun that modifies a noun as its owner (`Clinton's campaign`, `her deputy`)."""
    token = doc[i]
    if token.dep_ == "poss":
        return True
    j = i + 1
    while j < len(doc) and j - i < 6 and doc[j].pos_ == "PROPN" and doc[j].ent_iob_ == "I":
        j += 1
    return j < len(doc) and (doc[j].tag_ == "POS" or (doc[j].dep_ == "case" and doc[j].text in ("'", "’", "'s", "’s")))


def _plain_words(text: str) -> list[str]:
    """Lower-case words with hyphens as spaces, so `the 61-year-old` meets `61-year-old` however it was split."""
    return text.lower().replace("-", " ").split()
