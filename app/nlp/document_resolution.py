"""Documents as sources: a poll, statement, tweet or report speaks for whoever the article says stands behind it.

`Trump's tweet` → Donald Trump, `a Bloomberg poll` → Bloomberg, `a statement from the ministry` → the ministry,
`the poll` → the pollster of the last poll the article attributed (or, in a lede, of the one it names next), in
the fullest form the article writes; the document itself only when the article names nobody behind it, and a
platform (`a YouTube video`) or a title in quotation marks is never who stands behind it.
Any possessed thing speaks for its owner the same way (`Axelrod's memoir`, `his eyes` → the owner), unless the noun
names a person, group or organisation (`his colleague`, `Trump's backers`), and no pronoun stands for such a thing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from .lexicon import REPORTING_NOUNS, read_rows, read_words, title_words, word_list
from .people_words import document_nouns, gender_words, pronoun_agreement
from .resolution import (PLURAL_TAGS, POLL_WORDS, Resolution, anonymous_titles, definite, government_nouns, organisation_name_words,
                         organisation_nouns, person_nouns, role_words, surname_organisations)
from .token_ranges import paragraph_breaks, tokens_tagged
from .tokens import children, is_cue, lefts

_OWNER_PREPOSITIONS = ("by", "from", "of", "in")  # in order of preference: `a report by X`, `an editorial in Y`
_PLACE_PREPOSITIONS = frozenset({"of", "in"})  # they also name where or whom a document is about
_CARRIERS = frozenset({"in", "via", "through"})  # `said in a statement`: the speaker of the verb is behind it
_CONTAINING = frozenset({"on", "in"})  # `a message on the website`: a document held in another
_POSSESSIVE_END = re.compile(r"\s*['’]s?$")
_MAX_EARLIER = 6  # earlier (or, in a lede, later) documents of the same family looked at for one nobody is named behind
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # where an adjective-tagged word stands as a noun
_LEDE_PARAGRAPHS = 3  # headline and opening paragraphs, which name a document before the article says whose it is


@lru_cache(maxsize=None)
def document_families() -> dict[str, str]:
    """Document word → its family (`release` → `statement`, `spot` → `ad`): `the statement` after `a news release`."""
    return {word: family for word, family in read_rows("document_families.tsv")}


@lru_cache(maxsize=None)
def document_verbs() -> frozenset[str]:
    """Verbs whose subject stands behind the document they take (`the party released a statement`)."""
    return read_words("document_verbs.txt")


@lru_cache(maxsize=None)
def someone_nouns() -> frozenset[str]:
    """Every noun the data files know to name a person, a group or an organisation: owned, it is still someone."""
    return (title_words() | person_nouns() | read_words("people_nouns.txt") | read_words("relation_nouns.txt") | organisation_nouns()
            | government_nouns() | anonymous_titles() | surname_organisations() | frozenset(role_words()) | frozenset(gender_words()))


@lru_cache(maxsize=None)
def agent_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(endings of nouns naming someone by what they do, endings that never do): data/agent_endings.txt."""
    lines = read_words("agent_endings.txt")
    return tuple(line for line in lines if not line.startswith("-")), tuple(line[1:] for line in lines if line.startswith("-"))


@lru_cache(maxsize=None)
def body_words() -> frozenset[str]:
    """Parts of the body, a thing when a person owns them even where a title list holds the word (`his head`)."""
    return read_words("body_words.txt")


def names_someone(token: Token) -> bool:
    """Whether a common noun names a person, a group or an organisation (`colleague`, `backers`, `campaign`), by the
    word lists or by an agent noun's ending (`successor`, `jihadist`), rather than a thing (`memoir`, `rhetoric`)."""
    lemma, word = token.lemma_.lower(), token.lower_
    if lemma in someone_nouns() or word in someone_nouns():
        return True
    endings, never = agent_endings()
    return any(form.endswith(endings) and not form.endswith(never) for form in (lemma, word))


@lru_cache(maxsize=None)
def staff_nouns() -> frozenset[str]:
    """Nouns for the people who write an organisation's documents (`the editors of The Advocate`): data/staff_nouns.txt."""
    return read_words("staff_nouns.txt")


@lru_cache(maxsize=None)
def obtaining_verbs() -> frozenset[str]:
    """Verbs of getting hold of a document someone else made (`obtained by`): data/obtaining_verbs.txt."""
    return read_words("obtaining_verbs.txt")


@lru_cache(maxsize=None)
def platforms() -> frozenset[str]:
    """Platforms that carry what others post (`a YouTube video`): data/platforms.txt."""
    return read_words("platforms.txt")


_PLURAL_DOCUMENTS = frozenset({"figures"})  # a document only in the plural (`a key figure` is someone)


def is_document(token: Token) -> bool:
    """A document noun, also where the tagger took it for an adjective standing as a noun (`according to the
    Real Clear Politics average`), and `figures` written with a name only (`Census Bureau figures show`)."""
    lemma = token.lemma_.lower()
    nominal = token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and token.dep_ in _NOMINAL_DEPS)
    return nominal and (lemma in document_nouns() or lemma in document_families() or _plural_document(token))


def _plural_document(token: Token) -> bool:
    """`Census Bureau figures show`: figures written with a name only (not `some GOP figures`, `the party's top
    figures`, who are people)."""
    return token.lower_ in _PLURAL_DOCUMENTS and all(c.dep_ == "compound" for c in token.children if c.i < token.i) and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


class DocumentResolution:
    """Mixed into `identity.Resolver`, whose per-article indexes (`entity_at`, `owner`) it reads."""

    def owned_thing(self, head: Token) -> Token | None:
        """The owner that speaks through `Axelrod's memoir`, `his eyes`, `the businessman's rhetoric`: a possessed
        noun that names no person, group or organisation (`his colleague`, `Trump's backers`, `her campaign` do, and
        keep their owner only as a modifier); `None` when the noun is someone or is owned by no one."""
        if head.pos_ != "NOUN" or self.entity_at[head.i] != -1:
            return None
        owner = next((c for c in children(head) if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None)
        if owner is None:
            return None
        lemma = head.lemma_.lower()
        thing = lemma in document_nouns() or lemma in REPORTING_NOUNS or (lemma in body_words() and self._person_owner(owner))
        return owner if thing or not names_someone(head) else None

    def _person_owner(self, owner: Token) -> bool:
        """`his`, `my`, `Berman's`, `her lawyer's`: an owner the text shows to be a person, whose `head` is a part of
        the body (`the agency's head` is its leader)."""
        if pronoun_agreement().get(owner.lower_) in ("female", "male", "person"):
            return True
        index = self.entity_at[owner.i]
        if index != -1:
            return self.entities[index].kind == "person"
        lemma = owner.lemma_.lower()
        return owner.ent_type_ == "PERSON" or (owner.pos_ == "NOUN" and lemma not in organisation_nouns() and (
            lemma in title_words() or lemma in person_nouns() or lemma in gender_words()))

    def behind_document(self, head: Token) -> Resolution | None:
        """`Trump's tweet`, `a Bloomberg poll`, `a statement from the ministry`: whoever stands behind it."""
        for child in children(head):
            if child.dep_ == "poss" and child.ent_type_ not in ("DATE", "TIME"):  # not `last week's poll`
                found = self._owner(child)
                if not found.named and child.pos_ == "PRON":  # `its Amazon summary`, `its` unresolved: Amazon's
                    return self._written_before(head) or found
                return found
        written = self._written_before(head)
        if written is not None:  # `a Reuters/Ipsos poll`, `a New York Times/CBS News poll`: the pollster as written
            return written
        inner = next((c for c in lefts(head) if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in document_nouns()), None)
        if inner is not None and inner.i - inner.left_edge.i < self.max_tokens:
            behind = self.behind_document(inner)  # `CNN exit poll data`: whoever stands behind the poll
            if behind is not None:
                return behind
        owners: dict[str, Token] = {}  # `a paper from the Brookings Institution`, `a poll released Friday by Latino Decisions`
        for i in range(head.i + 1, min(head.right_edge.i + 1, head.i + self.max_tokens)):
            token = self.doc[i]
            if token.dep_ == "pobj" and token.head.lower_ in _OWNER_PREPOSITIONS and self.owner[i] == -1:
                if token.head.lower_ in _PLACE_PREPOSITIONS and not self._publisher(token):
                    continue  # `a poll of Iowa voters`, `a poll in a three-way contest`: a place or a topic, not its owner
                got = token.head.head
                if token.head.lower_ == "by" and got.pos_ == "VERB" and got.lemma_.lower() in obtaining_verbs():
                    continue  # `a letter obtained by The Associated Press`: who got hold of it, not who wrote it
                someone = token.head.lower_ == "by" and names_someone(token)  # `a document provided by Nunberg's lawyer`
                apposed = any(c.dep_ == "appos" and self.entity_at[c.i] != -1 for c in children(token))  # `a memo from its policy director, Aaron Feld`
                if self.entity_at[i] != -1 or self._publisher(token) or token.lemma_.lower() in organisation_nouns() or self._proper_run(i, i + 1) or someone or apposed:
                    owners.setdefault(token.head.lower_, token)
        for preposition in _OWNER_PREPOSITIONS:
            pobj = owners.get(preposition)
            if pobj is not None and pobj.i - pobj.left_edge.i < self.max_tokens:
                if pobj.pos_ == "NOUN" and self.entity_at[pobj.i] == -1 and pobj.lemma_.lower() not in organisation_nouns():
                    found = self.description(pobj, as_speaker=True)  # `a New Hampshire paper`, not the state it names
                else:
                    found = self.resolve(pobj.left_edge.i, pobj.i + 1)
                return replace(found, via="document")
        return None

    def _written_before(self, head: Token) -> Resolution | None:
        """Who the names written before a document noun say stands behind it, in the fullest form the article writes."""
        written = self._pollster_written(head)
        if written is None:
            return None
        start, end = written
        text = "".join(t.text_with_ws for t in self.doc[start:end]).strip()
        fuller = self._fuller_pollster(text)
        single = {self.entity_at[i] for i in range(start, end)}
        if len(single) == 1 and -1 not in single:
            found = self.of_entity(single.pop(), "document")
            fuller = self._fuller_pollster(found.name)
            return replace(found, name=fuller, kind="organization", gender=None, role=None) if fuller else found
        return Resolution(fuller or text, "organization", "document")

    def _pollster_written(self, head: Token) -> tuple[int, int] | None:
        """The tokens naming who stands before a document noun (`a Reuters/Ipsos opinion poll` → `Reuters/Ipsos`)."""
        kinds = [child for child in lefts(head) if child.dep_ == "compound" and child.pos_ == "NOUN" and child.is_lower]
        names = [child for node in (head, *kinds) for child in lefts(node)  # `a Cabinet press release`: the name on `press`
                 if child.dep_ in ("compound", "nmod") and (child.pos_ == "PROPN" or _camel_case(child))]
        if not names:
            return None
        start = min(child.left_edge.i for child in names)
        end = head.i
        while end > start + 1 and self.doc[end - 1].is_lower:
            end -= 1  # `a Reuters/Ipsos opinion poll`, `a CNN national poll`: the pollster, not the kind of poll
        if self.doc[start - 1 if start else 0].is_quote or self.doc[end - 1].is_quote:
            return None  # `the “No Comparison” ad`: the document's title, not who made it
        words = " ".join(t.lower_ for t in self.doc[start:end] if not t.is_punct)
        if words in platforms() or all(t.lower_ in platforms() for t in self.doc[start:end] if not t.is_punct):
            return None  # `a YouTube video`: the platform carries it, whoever posted it speaks
        headline = _title_case(self.doc, head.i)  # `A New Poll Shows …`: capitals name no one there
        if any(self.entity_at[i] != -1 for i in range(start, end)) or (self._proper_run(start, end) and not headline):
            return start, end
        return None

    def _fuller_pollster(self, text: str, partners: bool = False) -> str | None:
        """The fullest form the article writes before a document noun of a pollster written shorter (`the Rasmussen
        poll` after `the latest Rasmussen Reports poll`): the one that opens with it, word for word (with `partners`,
        also joined to a partner: `the poll` of an article on `a new Associated Press-GfK poll` is theirs together,
        though it last named an `Associated Press survey`)."""
        if self._pollsters is None:
            self._pollsters = set()
            for positions in self._document_index().values():
                for at in positions:
                    written = self._pollster_written(self.doc[at])
                    if written is not None and written[1] - written[0] < self.max_tokens:
                        self._pollsters.add("".join(t.text_with_ws for t in self.doc[written[0] : written[1]]).strip())
        prefix = text.lower()
        joins = (" ", "-", "/") if partners else (" ",)
        longer = [form for form in self._pollsters if form.lower().startswith(prefix) and form[len(prefix) : len(prefix) + 1] in joins]
        return max(longer, key=len) if longer else None

    def _publisher(self, token: Token) -> bool:
        """`an editorial in The Advocate`, `a report of the agency`: an organisation, not a place, a people or a topic."""
        index = self.entity_at[token.i]
        if index != -1:
            return self.entities[index].kind == "organization" and token.ent_type_ not in ("GPE", "LOC", "NORP")
        lemma = token.lemma_.lower()  # `a report in a New Hampshire paper`: a noun that names an outlet by its kind
        return (lemma in organisation_nouns() or lemma in organisation_name_words()) and lemma not in government_nouns()

    def _proper_run(self, start: int, end: int) -> bool:
        """Capitalised proper nouns the entity table did not keep (`comScore`, `RealClearPolitics`), no dates."""
        tokens = [t for t in self.doc[start:end] if not t.is_punct]
        return bool(tokens) and all((t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON") or _camel_case(t)) and t.ent_type_ not in ("DATE", "TIME", "GPE")
                                    and any(ch.isupper() for ch in t.text) for t in tokens)

    def document(self, head: Token) -> Resolution | None:
        """Whoever stands behind the document or possessed thing `head`: its owner, named beside it, its producer
        in the clause, or, for `the statement` that names nobody, whoever stood behind the last document of its
        family (in a lede, the next one)."""
        owner = self.owned_thing(head)
        if owner is not None and not is_document(head) and head.lemma_.lower() not in REPORTING_NOUNS:
            owning = self._speaking_owner(owner)  # `his eyes`, `the businessman's rhetoric`: whoever owns them
            return owning if owning is not None or owner.pos_ != "PRON" else self._written_before(head)  # `its Amazon summary`: Amazon's
        behind = self.behind_document(head) or self._producer(head) or self._container(head)
        if behind is None and (definite(head) or (head.lemma_.lower() in POLL_WORDS and not _bare_plural(head))):
            earlier = self._earlier_document(head)  # `the poll` after `a Rasmussen Reports poll`, not `exit polls show`
            behind = earlier[1] if earlier is not None else None
            if earlier is not None and head.lemma_.lower() not in POLL_WORDS and earlier[0] < head.i - self.window and not self._subject_just_before(head, behind):
                # `The company confirmed …` is nearer than a statement pages back, unless the sentence before is
                # about that statement's author
                behind = self._last_announcer(head.i) or behind
            partnered = self._fuller_pollster(behind.name, partners=True) if behind is not None and behind.kind == "organization" else None
            behind = replace(behind, name=partnered) if partnered else behind
        if behind is None and (definite(head) or head.lemma_.lower() in POLL_WORDS):
            behind = self._later_document(head)  # `a new poll` in the lede, `a Harbor Research poll` below
        if behind is None and definite(head) and head.lemma_.lower() not in word_list("charging_documents.txt"):
            behind = self._last_announcer(head.i)  # `the release said` after `the state party announced`; an indictment
            # is not the word of whoever the article quoted last
        return behind

    def _container(self, head: Token) -> Resolution | None:
        """`a welcome message on the website`, `a footnote in the report`: a document inside another speaks for
        whoever stands behind the one that holds it."""
        for child in children(head):
            if child.dep_ == "prep" and child.lower_ in _CONTAINING and child.i > head.i and self.owner[child.i] == -1:
                held_in = next((g for g in children(child) if g.dep_ == "pobj" and is_document(g)), None)
                if held_in is not None and held_in.lemma_.lower() not in POLL_WORDS:
                    return self.document(held_in)
        return None

    def _subject_just_before(self, head: Token, author: Resolution) -> bool:
        """`Judge Ortiz seemed unconvinced. … the order said`: the sentence before makes the author of the earlier
        document its subject, so the article is still about them, however far back it named the document."""
        start = head.sent.start
        if author.entity is None or start == 0:
            return False
        return any(t.dep_ in ("nsubj", "nsubjpass") and self.owner[t.i] == -1 and self.entity_at[t.i] == author.entity for t in self.doc[start - 1].sent)

    def _speaking_owner(self, owner: Token) -> Resolution | None:
        """The owner of a possessed thing resolved as a speaker mention of its own (`the businessman's` → the
        businessman the article named); `None` when it stays an unresolved pronoun (`its`, `whose`), so the thing
        is kept as written with what is known of its owner."""
        agreement = pronoun_agreement().get(owner.lower_)
        if owner.lower_ == "whose":
            found = self.relative_owner(owner)
        elif owner.pos_ == "PRON" and agreement is not None:
            found = self.pronoun(owner, agreement)
        elif owner.i - owner.left_edge.i < self.max_tokens:
            found = self.resolve(owner.left_edge.i, owner.i + 1)
        else:
            return None
        if found is None or not (found.named or found.kind in ("person", "organization", "group")):
            return None
        if not found.named:  # `the union's grievance` → `the union`, as a description of its own
            found = replace(found, name=_POSSESSIVE_END.sub("", found.name))
        return replace(found, via="document")

    def _last_announcer(self, position: int) -> Resolution | None:
        """The last named person or organisation that announced, said or released something outside quotations
        within the window before `position` (or `the company` the article named, `The company confirmed …`): who
        `the statement` nobody is named behind most likely came from."""
        for i in range(position - 1, max(-1, position - self.window), -1):
            token = self.doc[i]
            if token.dep_ != "nsubj" or self.owner[i] != -1 or not (is_cue(token.head) or token.head.lemma_.lower() in document_verbs()):
                continue
            index = self.entity_at[i]
            if index != -1 and self.entities[index].kind in ("person", "organization"):
                return self.of_entity(index, "document")
            if index == -1 and token.pos_ == "NOUN" and token.lemma_.lower() in organisation_nouns() and definite(token):
                found = self.resolve(token.left_edge.i, token.i + 1)  # `The company confirmed …` after it was named
                taken = found.kind == "group" and found.via == "description"  # `the groups say` after `Nine groups` were quoted
                return replace(found, via="document") if (found.named and found.kind == "organization") or taken else None
        return None

    def _producer(self, token: Token) -> Resolution | None:
        """`the party released a statement`, `Fox News said in a statement`, `an email was sent from X`."""
        verb = token.head
        subject = None
        if token.dep_ == "dobj" and verb.lemma_.lower() in document_verbs():
            subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        elif token.dep_ == "pobj" and verb.lower_ in _CARRIERS and is_cue(verb.head):
            subject = next((c for c in children(verb.head) if c.dep_ == "nsubj"), None)
        elif token.dep_ == "nsubjpass" and verb.lemma_.lower() in document_verbs():
            subject = next((g for c in children(verb) if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "from")
                            for g in children(c) if g.dep_ == "pobj"), None)
        elif token.dep_ == "pobj" and verb.lower_ in _CARRIERS and verb.dep_ == "prep":
            subject = _acting_subject(verb.head)  # `Ms. Sato's campaign seized on the survey in a fundraising email`
            if subject is not None and not any(self.entity_at[t.i] != -1 for t in (subject, *children(subject)) if t.dep_ in ("poss", subject.dep_)):
                subject = None  # someone the article names, or a body it names as the owner: not `the largest lead either candidate has held in a survey`
        if subject is None:  # `a fact sheet lawmakers released Monday`: the subject of the clause that issued it
            subject = next((g for c in children(token) if c.dep_ == "relcl" and c.lemma_.lower() in document_verbs()
                            for g in children(c) if g.dep_ == "nsubj" and g.i > token.i), None)
        if subject is not None and subject.lower_ == "who" and subject.head.dep_ == "relcl" and self.owner[subject.i] == -1:
            named = self._relative_named(subject.head.head)
            if named is not None:  # `Dennis Oyelaran, now the party's chairman, who wrote in a memo …`: his memo
                return self.of_entity(named, "document")
        if subject is None or self.owner[subject.i] != -1 or is_document(subject) or subject.lower_ in ("it", "which", "that"):
            return None
        found = self.resolve(subject.i, subject.i + 1) if subject.pos_ == "PRON" else self.resolve(subject.left_edge.i, subject.i + 1)
        return replace(found, via="document") if found.named or found.kind in ("person", "organization", "group") else None

    def _document_index(self) -> dict[str, list[int]]:
        """Where the article mentions documents outside quotations, by family; indexed once per article."""
        if self._documents is None:
            self._documents = {}
            for token in tokens_tagged(self.doc, ("NOUN", "PROPN", "ADJ")):  # the tags `is_document` takes
                if is_document(token) and self.owner[token.i] == -1:
                    self._documents.setdefault(_document_family(token.lemma_.lower()), []).append(token.i)
        return self._documents

    def _document_positions(self, head: Token) -> list[int]:
        return self._document_index().get(_document_family(head.lemma_.lower()), [])

    def _later_document(self, head: Token) -> Resolution | None:
        """`according to a new poll` in a headline or lede, before the article names it (`a Harbor Research poll
        found` in the next paragraph): the first later document of its family with someone named behind it."""
        if self.paragraph_of(head.i) >= _LEDE_PARAGRAPHS:
            return None
        positions = self._document_positions(head)
        after = bisect_right(positions, head.i)
        for at in positions[after : after + _MAX_EARLIER]:
            if at - head.i > self.window:
                break
            behind = self.behind_document(self.doc[at])
            if behind is not None:
                return behind
        return None

    def paragraph_of(self, i: int) -> int:
        """How many paragraph breaks stand before token i (0 for the headline or first paragraph)."""
        if self._paragraph_breaks is None:
            self._paragraph_breaks = paragraph_breaks(self.doc)
        return bisect_left(self._paragraph_breaks, i)

    def _earlier_document(self, head: Token) -> tuple[int, Resolution] | None:
        """The last earlier document of the same family with someone behind it (where it stands, who)."""
        positions = self._document_positions(head)
        before = bisect_left(positions, head.i)
        for at in reversed(positions[max(0, before - _MAX_EARLIER) : before]):
            earlier = self.doc[at]
            behind = self.behind_document(earlier) or self._producer(earlier)
            if behind is not None:
                return at, behind
        return None

    def _owner(self, token: Token) -> Resolution:
        agreement = pronoun_agreement().get(token.lower_)
        relative = self.relative_owner(token) if token.lower_ == "whose" else None
        if relative is not None:
            found = relative  # `Scott, whose plan …`
        elif token.pos_ == "PRON" and agreement is not None and (ahead := self._subject_ahead(token, agreement)) is not None:
            found = self.of_entity(ahead, "name")  # `In his ruling, Judge Ortiz wrote`: the subject that follows
        elif token.pos_ == "PRON" and agreement is not None:
            antecedent = self._relative_subject(token)
            found = self._owner_token(antecedent) if antecedent is not None else self.pronoun(token, agreement)
        else:
            found = self._owner_token(token)
        return replace(found, via="document")

    def _subject_ahead(self, token: Token, agreement: str) -> int | None:
        """`In his order, Curiel noted …`: a possessive pronoun owning a document in a phrase that opens its clause,
        before the clause's subject, looks ahead to that subject (a named person or organisation agreeing with it)."""
        document, preposition = token.head, token.head.head
        verb = preposition.head
        if document.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.i > token.i or verb.i < document.i:
            return None
        subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i > document.i), None)
        if subject is None or self.owner[subject.i] != -1 or self.entity_at[subject.i] == -1:
            return None
        opening = all(t.dep_ in ("cc", "advmod", "punct") for t in self.doc[token.sent.start : preposition.i])
        if not opening or not any(t.text == "," for t in self.doc[document.right_edge.i + 1 : subject.left_edge.i]):
            return None  # only a phrase opening the sentence, set off by its comma
        entity = self.entities[self.entity_at[subject.i]]
        wanted = ("person",) if agreement in ("female", "male", "person") else ("organization",) if agreement == "thing" else ()
        if str(entity.kind) not in wanted or (entity.gender and agreement in ("female", "male") and str(entity.gender) != agreement):
            return None
        return self.entity_at[subject.i]

    def _owner_token(self, token: Token) -> Resolution:
        """A noun that owns a document: its table entry, else the description, and for people described by the
        organisation they work for (`the editors of The Advocate`), that organisation: an outlet's editorial is the
        outlet's."""
        if self.entity_at[token.i] != -1:
            return self.of_entity(self.entity_at[token.i], "name")
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in organisation_nouns() and self._bare(token):
            kind_named = self._nearest_organisation(token.i, places=False, noun=lemma, kind_named_only=True)
            if kind_named is not None:  # `the newspaper's editorial` after `The Advocate`: the paper its name says it is
                return self.of_entity(kind_named, "name")
        if token.pos_ == "NOUN" and lemma in staff_nouns():
            for child in children(token):
                if child.dep_ == "prep" and child.lower_ in ("of", "at"):
                    pobj = next((g for g in children(child) if g.dep_ == "pobj"), None)
                    if pobj is not None and self.entity_at[pobj.i] != -1 and self._publisher(pobj):
                        return self.of_entity(self.entity_at[pobj.i], "name")
        return self.description(token)

    def _relative_named(self, antecedent: Token) -> int | None:
        """The table entry a `who` clause's antecedent names, through the description set beside the name (`Dennis
        Oyelaran, now the party's chairman, who …`), a few appositions up at most."""
        for _ in range(3):
            if self.entity_at[antecedent.i] != -1:
                return self.entity_at[antecedent.i]
            if antecedent.dep_ != "appos" or antecedent.head is antecedent:
                return None
            antecedent = antecedent.head
        return None

    def _relative_subject(self, token: Token) -> Token | None:
        """`the editors of The Advocate, who aimed their editorial at Clinton`: a possessive pronoun in a relative
        clause whose subject is `who`/`which`/`that` stands for the clause's antecedent."""
        verb = token.head.head
        if verb.dep_ != "relcl" or verb.head is verb:
            return None
        subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in ("who", "which", "that") or subject.i > token.i:
            return None
        antecedent = verb.head
        wanted = pronoun_agreement().get(token.lower_)
        plural = antecedent.tag_ in PLURAL_TAGS or (self.entity_at[antecedent.i] != -1 and self.entities[self.entity_at[antecedent.i]].kind != "person")
        return antecedent if antecedent.pos_ in ("NOUN", "PROPN") and (wanted in ("plural", "thing")) == plural else None


def _bare_plural(head: Token) -> bool:
    """`polls show`, `exit polls told`: documents in general, no determiner, not one the article reported before."""
    return head.tag_ in PLURAL_TAGS and not any(c.dep_ in ("det", "poss", "nummod") for c in children(head))


def _document_family(lemma: str) -> str:
    """`the results`, `the data` and `the survey` speak for the poll an article reported before them."""
    return document_families().get(lemma, lemma)


def _camel_case(token: Token) -> bool:
    """`RealClearPolitics`, `comScore`, `YouGov`: a capital inside the word marks a name the tagger took for a noun."""
    return any(ch.isupper() for ch in token.text[1:]) and any(ch.islower() for ch in token.text)


def _title_case(doc, i: int, words: int = 12) -> bool:
    """Whether the words around token i are written in title case, as a headline is (`A New Poll Shows Trump Ahead`)."""
    start = i
    while start > 0 and not doc[start].is_sent_start and i - start < words:
        start -= 1
    alphabetic = [t for t in doc[start : start + words] if t.is_alpha and len(t) > 3]
    return len(alphabetic) >= 3 and sum(t.text[0].isupper() for t in alphabetic) / len(alphabetic) >= 0.8


def _acting_subject(verb: Token) -> Token | None:
    """Who acts through a document the verb's `in`/`through` phrase names (`Ms. Sato's campaign seized on the survey in
    a fundraising email`): the verb's own active subject, or, where the parser made the subject the sentence's root
    and the verb a clause of it (`Ms. Sato's campaign, which has trailed …, seized on …`), that root noun."""
    if verb.pos_ != "VERB":
        return None
    subject = next((c for c in children(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        subject = verb.head
    return subject
