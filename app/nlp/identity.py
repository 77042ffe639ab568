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
Every step reads a bounded window of tokens, so the cost is linear in the article's length. The steps live in
`pronoun_resolution`, `description_resolution` and `document_resolution`; `resolution` holds what they share.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .candidates import QuoteCandidate
from .contract import ExtractedEntity
from .entities import repair_mojibake
from .extensions import ENTITIES, QUOTES, doc_text
from .families import family, people_by_surname
from .description_resolution import DescriptionResolution
from .document_resolution import DocumentResolution, is_document
from .lexicon import REPORTING_NOUNS, read_words, title_words
from .people_words import gender_words, pronoun_agreement
from .one_of_documents import OneOfDocuments
from .pronoun_resolution import PronounResolution
from .relations import Relations
from .resolution import AUTHOR, asking_verbs, PLURAL_TAGS, Resolution, definite, organisation_nouns, person_nouns, possessive
from .roles import bare_title, continues_apposition, give_described_roles, indefinite_epithet, is_role
from .mention_extent import mention_extent, mention_head, one_referent, shared_phrase, written_list
from .name_runs import headline_tokens, is_post_nominal, words_before
from .name_lists import listed_people, named_after_its_body, named_examples, names_set_beside, subjects_before
from .paragraphs import credited_dateline, dashed_dateline
from .token_ranges import paragraph_breaks, token_range
from .tokens import children, parenthesis_closes_between, quote_owner_by_token
from .quote_marks import doc_transcript_turns
from .transcript_turns import label_names
from .turn_taking import alternate_turns

_FIRST_PERSON = frozenset({"i", "me", "my"})
_FIRST_PLURAL = frozenset({"we", "us"})
_NAMING_VERBS = frozenset({"call", "name", "dub"})
_RUN_BACK = 3  # capitalised words a mention may have lost before it to the NER


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")  # a name written in Chinese, Japanese or Korean script


@lru_cache(maxsize=None)
def news_outlets() -> frozenset[str]:
    """News outlets and fact-checkers that write of themselves as `we`: data/news_outlets.txt."""
    return read_words("news_outlets.txt")


@lru_cache(maxsize=None)
def preposition_nouns() -> frozenset[str]:
    """Nouns of a preposition written as a phrase (`in the wake of`): data/preposition_nouns.txt."""
    return read_words("preposition_nouns.txt")


_MAX_CLIMB = 4  # heads climbed from a relative clause's antecedent to the person it describes
_BYLINE_PARAGRAPHS = 3  # opening paragraphs where a byline may stand


@Language.factory(
    "quotewise_identity",
    requires=["doc._.quotewise_quotes", "doc._.quotewise_entities", "token.dep", "token.pos"],
    assigns=["doc._.quotewise_quotes"],
    default_config={"antecedent_window": 150, "description_max_tokens": 30},
)
def make_identity(nlp: Language, name: str, antecedent_window: int, description_max_tokens: int) -> "Identity":
    return Identity(antecedent_window, description_max_tokens)


class Identity:
    def __init__(self, antecedent_window: int = 150, description_max_tokens: int = 30) -> None:
        self.antecedent_window = antecedent_window
        self.description_max_tokens = description_max_tokens

    def __call__(self, doc: Doc) -> Doc:
        quotes: list[QuoteCandidate] = doc._.get(QUOTES) or []
        resolver = Resolver(doc, doc._.get(ENTITIES) or [], quotes, self.antecedent_window, self.description_max_tokens)
        for quote in quotes:
            if quote.speaker is not None and quote.inherited_from is None:
                resolver.speaker_cue = quote.cue[0] if quote.cue is not None else -1
                if quote.referent is not None:
                    resolver.clause_speaker = quote.speaker[0]
                    found = resolver.relative_antecedent(quote.referent[0], quote.referent[1], doc[quote.speaker[0]])
                else:
                    resolver.clause_speaker = -1
                    found = resolver.resolve(quote.speaker[0], quote.speaker[1])
                quote.resolved = replace(found, name=repair_mojibake(found.name))
                resolver.spoke(quote)
        _name_transcript_labels(doc, quotes)
        give_described_roles(doc, quotes)  # `Sir Keir Starmer … the Prime Minister said`: his role
        alternate_turns(doc, quotes)  # `“…?” she asked.` `“…”` `“…”`: the one asked, then the asker
        for quote in quotes:
            source = quote.inherited_from
            while source is not None and source.inherited_from is not None:
                source = source.inherited_from
            if source is not None:
                quote.resolved = source.resolved
        return doc


_APPOSITION_GAP = 4  # tokens after a noun read for a colon before its apposition (`Poll:`)


def _asks(doc: Doc, quote: QuoteCandidate) -> bool:
    """A quotation that is a question (`“So he was wrong?”`), or a question reported (`Chang asked whether …`)."""
    if not quote.marked:
        return quote.cue is not None and doc[quote.cue[0]].lemma_.lower() in asking_verbs()
    return doc_text(doc)[quote.pieces[-1][0] : quote.pieces[-1][1]].rstrip(" \"'”’").endswith("?")


def _name_transcript_labels(doc: Doc, quotes: list[QuoteCandidate]) -> None:
    """A transcript's turn is a person's: `FAROOQ:`, which the article names nowhere in ordinary case, is the
    fullest label of the transcript in title case (`LEILA FAROOQ, HOST:` → Leila Farooq), and the role a label
    gives after its comma (`HOST`) is that speaker's in every turn."""
    text = doc_text(doc)
    turns = doc_transcript_turns(doc)  # found once, by the quote spans component
    labels = {label[0]: text[label[0] : label[1]] for _, _, label, _ in turns}
    if not labels:
        return
    names = label_names(list(labels.values()))
    roles = {names[text[label[0] : label[1]]]: text[label[1] : colon].lstrip(", ").strip() for _, _, label, colon in turns if colon > label[1]}
    for quote in quotes:
        label = labels.get(doc[quote.speaker[0]].idx) if quote.speaker is not None and quote.resolved is not None else None
        if label is None:
            continue
        name = names[label] if quote.resolved.name.isupper() else quote.resolved.name
        role = quote.resolved.role or roles.get(names[label]) or None
        quote.resolved = replace(quote.resolved, name=name, kind="person", role=role)


class Resolver(PronounResolution, DocumentResolution, DescriptionResolution, Relations, OneOfDocuments):
    """One article's resolution state: where each entity is mentioned, who was quoted so far, and the
    per-article indexes the pronoun, document and description steps build once and share."""

    def __init__(self, doc: Doc, entities: list[ExtractedEntity], quotes: list[QuoteCandidate], window: int, max_tokens: int) -> None:
        self.doc, self.entities, self.window, self.max_tokens = doc, entities, window, max_tokens
        self.owner = quote_owner_by_token(doc, quotes)
        self.reported = [piece for quote in quotes if quote.keep and not quote.marked for piece in quote.pieces]  # what others reported, in characters
        self.entity_at = [-1] * len(doc)
        self.first_token: list[int] = []
        self.mention_starts: list[list[int]] = []
        for index, entity in enumerate(entities):
            starts = []
            for mention in entity.mentions:
                tokens = token_range(doc, mention.start, mention.end)
                if tokens is None:
                    continue
                starts.append(tokens[0])
                for i in range(*tokens):
                    self.entity_at[i] = index
            self.mention_starts.append(starts)
        self.filed_from: set[int] = set()  # the entries a dateline names (`MONCTON, N.B. —`): places, whatever kind the table gave
        for start in [0] + [i + 1 for i in paragraph_breaks(doc)]:
            self.filed_from.update(self.entity_at[i] for i in range(start, dashed_dateline(doc, start)) if self.entity_at[i] != -1)
            for i in range(start, credited_dateline(doc, start) if start < len(doc) else start):
                self.entity_at[i] = -1  # `LONDON (Reuters) -`: the filing place and the agency's byline speak for nobody
        self.spoken: list[tuple[int, Resolution]] = []  # (mention position, who) of each quote resolved so far
        self.questions: dict[int, int] = {}  # mention start -> end of each speaker whose quote asks a question
        self._by_token: dict[tuple[int, int, int], Resolution] = {}  # by (mention head, speaker_cue, clause_speaker)
        self._description_index: dict[str, set[int]] | None = None
        self._active: set[int] = set()
        self._pronouns: dict[int, Resolution] = {}
        self._leaders: dict[str | None, list[int]] | None = None
        self._indefinites: dict[str, list[int]] | None = None
        self.learned_gender: dict[int, str] = {}
        self._surname_bodies: set[tuple[str, str]] | None = None  # (`sanders`, `campaign`) for each `the Sanders campaign`
        self._documents: dict[str, list[int]] | None = None  # document positions by family
        self._document_order: list[int] | None = None  # document positions in order (`one_of_documents`)
        self._paragraph_breaks: list[int] | None = None  # token positions of paragraph breaks
        self._owners_resolving: set[int] = set()  # owner nouns whose description is being resolved (no recursion)
        self._pollsters: set[str] | None = None  # who each document noun is written with (`Rasmussen Reports`)
        self._paired: dict[frozenset[int], tuple[int, ...]] | None = None  # coordinations of named entities, in order
        self._listed: dict[int, list[Token]] = {}  # the written list of named people each token stands in
        self._by_surname: dict[str, list[int]] | None = None  # the people the article names, by surname
        self._by_last_word: dict[str, set[int]] | None = None  # every entity by its name's last word, lower case
        self._writer: int | None = None  # the entity a byline or author's note names; -1 when none
        self._writing_outlet: int | None = None  # the one outlet the article names, whose narration says `we`; -1 when none
        self._headline: bytearray | None = None  # 1 for the tokens of headlines and captions
        self.clause_speaker = -1  # the relative pronoun (`who said`) whose antecedent is being resolved
        self.speaker_cue = -1  # the cue of the quote whose speaker is being resolved (a description ends before it)

    def spoke(self, quote: QuoteCandidate) -> None:
        found = quote.resolved
        if quote.speaker is not None and found is not None and found.name and found.name != AUTHOR and (found.named or found.via != "pronoun"):
            self.spoken.append((quote.speaker[0], found))
            if _asks(self.doc, quote):
                self.questions[quote.speaker[0]] = quote.speaker[1]

    def relative_antecedent(self, start: int, end: int, relative: Token) -> Resolution:
        """What `who said` stands for. `who` is a person: after `Ana Ruiz, the director at Acme Weekly, who said`
        the parser may hang the clause on `Acme Weekly`; the person set beside it is the antecedent."""
        past = self._past_preposition_noun(start, end)
        if isinstance(past, Resolution):
            return past
        start, end = past
        found = self.resolve(start, end)
        if relative.lower_ != "who" or (found.kind in ("person", "group") and (found.named or not self._apposed_to_person(start, end))):
            return found  # but `Wes Pruett, a fellow Republican who has said`: Pruett, not the description set beside him
        token = self.doc[start:end].root
        for _ in range(_MAX_CLIMB):
            described = token.lemma_.lower() in title_words() or token.lemma_.lower() in person_nouns()
            if token.dep_ == "appos" and (self._person_at(token.head.i) or (described and self.entity_at[token.head.i] != -1)):
                return self.of_entity(self.entity_at[token.head.i], "name")  # `X, the editor at Y, who`: X is a person
            if token.head is token:
                break
            token = token.head
            if self._person_at(token.i):
                return self.of_entity(self.entity_at[token.i], "name")
        return found

    def _apposed_to_person(self, start: int, end: int) -> bool:
        token = self.doc[start:end].root
        return token.dep_ == "appos" and self._person_at(token.head.i)

    def _past_preposition_noun(self, start: int, end: int) -> tuple[int, int] | Resolution:
        """`in the wake of polls by Harbor University that showed …`: the parser may hang the clause on `wake`, a noun
        that only makes a preposition of `in the wake of`; what the clause describes is the noun after `of`. The
        parse hangs that noun's own `by` on `wake` too: a document's `by` names whoever stands behind it."""
        token = self.doc[start] if end - start == 1 else self.doc[start:end].root
        if token.dep_ != "pobj" or token.lemma_.lower() not in preposition_nouns():
            return start, end
        of = next((c for c in children(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
        described = next((c for c in children(of) if c.dep_ == "pobj"), None) if of is not None else None
        if described is None:
            return start, end
        by = next((c for c in children(token) if c.dep_ == "prep" and c.lower_ == "by" and c.i > described.i), None)
        agent = next((c for c in children(by) if c.dep_ == "pobj"), None) if by is not None else None
        if agent is not None and is_document(described) and described.right_edge.i < by.i:
            return replace(self.resolve(*mention_extent(agent)), via="document")
        return mention_extent(described)

    def _person_at(self, i: int) -> bool:
        return self.entity_at[i] != -1 and self.entities[self.entity_at[i]].kind == "person" and self.owner[i] == -1

    # --- one mention ---------------------------------------------------------------------------------------
    def resolve(self, start: int, end: int) -> Resolution:
        head = mention_head(self.doc, start, end)
        key = (head.i, self.speaker_cue, self.clause_speaker)  # a description ends before its own quote's cue, so a
        if key in self._by_token:  # head shared by two quotes (`Ortiz, who said …, and Lind said`) is resolved for each
            return self._by_token[key]
        found = self._resolve_head(head, start, end)
        self._by_token[key] = found
        stated = pronoun_agreement().get(head.lower_)
        if found.via == "pronoun" and found.entity is not None and stated in ("female", "male"):
            self.learned_gender.setdefault(found.entity, stated)  # `she said` tells us about whoever she is
        return found

    def narrator(self) -> Resolution:
        """The narrative's own `I` (and the owner its `my` names): its writer, named if a byline or bio names them."""
        author = self._author()
        return self.of_entity(author, "name") if author is not None else Resolution(AUTHOR, "person", "unnamed", named=False)

    def _resolve_head(self, head: Token, start: int, end: int) -> Resolution:
        agreement = pronoun_agreement().get(head.lower_)
        if head.lower_ in _FIRST_PERSON and head.pos_ == "PRON" and self.owner[head.i] == -1:
            return self.narrator()
        if head.lower_ in _FIRST_PLURAL and head.pos_ == "PRON" and self.owner[head.i] == -1 and (outlet := self._outlet()) is not None:
            described = head.head.head if head.head.dep_ == "relcl" and head.head.head.i < head.i else None
            if described is not None and described.pos_ in ("NOUN", "PROPN"):
                return self._resolve_head(described, described.left_edge.i, described.i + 1)  # `Experts we spoke to said`
            return replace(self.of_entity(outlet, "name"), kind="organization")  # a fact-check's own `We found …`
        if head.pos_ == "PRON" and agreement is not None:
            conjuncts = self._conjuncts(head)  # `She and Jack Goldsmith said`: both speak
            return self.group(conjuncts) if len(conjuncts) > 1 else self.pronoun(head, agreement)
        document = self.one_of_documents(head)
        if document is not None:  # `“…,” one begins` after `his letters`: their writer
            return document
        one = self._one_described(head)
        if one is not None and self.entity_at[one.i] != -1:
            return self.of_entity(self.entity_at[one.i], "name")  # `One of them, Ana Ruiz, said`
        if one is not None:
            return self.description(one, as_speaker=True)  # `One of them, a Democratic donor in Scottsdale, said`
        relatives = family(head, self._surnames())
        if relatives is not None:  # `The Ebelings said`: the people of that surname the article names
            names = tuple(self.entities[index].name for index in relatives)
            return Resolution(" and ".join(names), "group", "group", None, names, True)
        named = self._named_apposition(head) or (self._apposed_name_within(start, end) if self.entity_at[head.i] == -1 else None)
        named = named or names_set_beside(head, self._person_span) or self._called_by_name(head) or self.name_given(head)
        named = named or named_after_its_body(head, self._person_span)  # `The Chairman of X, Alhaji Y, said`
        if named is not None:  # `the bakery's owners, Ivo Brandt and Lisa Moreau, said`
            head = named
        elif (head.pos_ == "NOUN" and head.dep_ == "appos" and self.entity_at[head.head.i] != -1 and self.owner[head.head.i] == -1
              and not self._person_set_beside_a_body(head)):
            return self.of_entity(self.entity_at[head.head.i], "name")  # `Tom Rath, a veteran GOP leader who said`
        conjuncts = self._one_name_described(self._conjuncts(head))
        if len(conjuncts) > 1 and self.entity_at[head.i] != -1:
            start, end = self._mention_bounds(head.i)  # `the Bureau of Alcohol, Tobacco and Firearms`: one name, parsed as a list
            conjuncts = [head] if all(start <= token.i < end for token in conjuncts) else conjuncts
        single = one_referent(conjuncts) if len(conjuncts) > 1 else None
        if len(conjuncts) > 1 and single is None:
            return self.group(conjuncts)
        head = single or conjuncts[0]
        titled = self._titled_in_body(head, start, end)
        if titled is not None:  # `Former Clinton Pollster Says …` over `former Bill Clinton pollster Douglas Schoen`
            return self.of_entity(titled, "description")
        named = self._entity_of(head, start, end)
        if named is None and start == head.i and end == head.i + 1:
            named = self._written_in_capitals(head)  # `OKONKWO: "…"` over the article's `Okonkwo`
        if named is not None and self._member_for_a_place(head, start, end, named):
            epithet = self.pronoun(head, "person")  # `the Dublin Bay North TD said`: the member named before, not the place
            if epithet.named and epithet.kind == "person":
                return replace(epithet, via="description", members=(), named=True)
        if named is not None and (self.one_of_many(head, named) or self.headline_noun(head, named)):
            return self.description(head, as_speaker=True)  # `another New Hampshire Republican said`
        if named is not None and head.ent_type_ == "NORP" and definite(head) and head.tag_ not in PLURAL_TAGS:
            epithet = self.pronoun(head, "person")  # `the Arizona Republican said`: a person the article named
            if epithet.named and epithet.kind == "person":
                return replace(epithet, via="description", members=(), named=True)
        if named is not None and self.entities[named].plural and head.i > head.left_edge.i:
            return self.description(head)  # `many Republicans`: the group as the article writes it
        if named is not None and (head.lower_ in title_words() or head.lemma_.lower() in title_words()):
            described = self._described_entity(head)  # `the Prime Minister said`
            described = described if described is not None else self._named_just_after(head)  # `The Home Secretary has said …` in a lede
            named = described if described is not None else named
        if named is not None:
            return self.of_entity(named, "name")
        if is_document(head) or (head.lemma_.lower() in REPORTING_NOUNS and head.pos_ in ("NOUN", "PROPN")) or self.owned_thing(head) is not None:
            behind = self.document(head)
            if behind is not None:
                return behind
        examples = named_examples(head, self._named_outside_quotes) if self.entity_at[head.i] == -1 and self.owner[head.i] == -1 else []
        if examples:  # `civil rights groups like the ACLU and the NAACP said`
            return self.group(examples) if len(examples) > 1 else self.of_entity(self.entity_at[examples[0].i], "name")
        return self.with_included(head, self.description(head, as_speaker=True))

    def _member_for_a_place(self, head: Token, start: int, end: int, named: int) -> bool:
        """`the Leeds West MP`, `the Dublin Bay North TD`, `the Arran MSP`: a member's letters (data/post_nominals.txt)
        closing a mention whose capitalised words follow `the` describe the member for that place, a person, though
        the table took the place for a name (a person's name is written without `the`, at least once)."""
        if not is_post_nominal(self.doc[end - 1]) or end - start < 2:
            return False
        start += self.doc[start].lower_ == "the"
        written = [self._after_the(s, e) or (e - s == 1 and is_post_nominal(self.doc[s])) for s, e in self._mentions_of(named)]
        return all(written) and self._after_the(start, end)

    def _after_the(self, start: int, end: int) -> bool:
        first = start
        while first > 0 and self.doc[first - 1].text[:1].isupper() and self.doc[first - 1].is_alpha and first > start - _RUN_BACK:
            first -= 1  # `Dublin` the NER left out of `Dublin Bay North TD`
        return first > 0 and self.doc[first - 1].lower_ == "the" and all(t.text[:1].isupper() or t.text == "-" for t in self.doc[first:end])

    def _mentions_of(self, index: int) -> list[tuple[int, int]]:
        return [self._mention_bounds(at) for at in self.mention_starts[index]]

    def _named_outside_quotes(self, i: int) -> bool:
        return self.entity_at[i] != -1 and self.owner[i] == -1 and not self.entities[self.entity_at[i]].plural

    def _written_in_capitals(self, head: Token) -> int | None:
        """`OKONKWO: "I am the best thing …"`: a headline's speaker in capitals, a word the entity table does not hold,
        is the one entity whose name ends in that word as the article writes it (`Okonkwo said`)."""
        text = head.text
        if not (text.isupper() and text.isalpha() and len(text) > 2):
            return None
        if self._by_last_word is None:
            self._by_last_word = {}
            for index, entity in enumerate(self.entities):
                if entity.name.split() and str(entity.kind) in ("person", "organization"):
                    self._by_last_word.setdefault(entity.name.split()[-1].lower(), set()).add(index)
        found = self._by_last_word.get(text.lower(), set())
        return next(iter(found)) if len(found) == 1 else None

    def _surnames(self) -> dict[str, list[int]]:
        if self._by_surname is None:
            self._by_surname = people_by_surname(self.entities)
        return self._by_surname

    def _outlet(self) -> int | None:
        """The one news outlet or fact-checker (data/news_outlets.txt) the article names, whose narration's `we` it
        is; None when it names none or several. One pass over the entity table per article."""
        if self._writing_outlet is None:
            outlets = news_outlets()
            found = {index for index, entity in enumerate(self.entities)  # whatever kind the NER gave the name
                     if any(outlet in entity.name.lower() for outlet in outlets)}
            self._writing_outlet = found.pop() if len(found) == 1 else -1
        return self._writing_outlet if self._writing_outlet != -1 else None

    def _author(self) -> int | None:
        """The person a byline (`By Ana Ruiz`) in the first paragraphs, or an author's note closing the article
        (`Ana Ruiz is a playwright …`, `From THE BOOK by Ana Ruiz.`), names as its writer; one pass per article."""
        if self._writer is not None:
            return self._writer if self._writer != -1 else None
        self._writer = -1
        doc = self.doc
        starts = [0] + [i + 1 for i in paragraph_breaks(doc) if i + 1 < len(doc)]
        for start in starts[:_BYLINE_PARAGRAPHS] + starts[-1:]:
            first = doc[start]
            if first.lower_ == "by" and self._person_at(start + 1):
                self._writer = self.entity_at[start + 1]
            elif self._person_at(start) and start == starts[-1]:
                end = self._mention_bounds(start)[1]
                if end < len(doc) and doc[end].lemma_ == "be":
                    self._writer = self.entity_at[start]
            elif first.lower_ == "from" and start == starts[-1]:
                named = next((t.i + 1 for t in doc[start : start + _BYLINE_PARAGRAPHS * 10] if t.lower_ == "by" and t.i + 1 < len(doc) and self._person_at(t.i + 1)), None)
                if named is not None:
                    self._writer = self.entity_at[named]
            if self._writer != -1:
                break
        return self._writer if self._writer != -1 else None

    def _one_described(self, head: Token) -> Token | None:
        """`One of them, a Republican senator who …, told me`: the one of a group set beside its own description (or
        name) is who that description says, not `One of them`."""
        if head.lower_ != "one" or head.pos_ not in ("NUM", "PRON", "NOUN"):
            return None
        return next((c for c in children(head) if c.dep_ == "appos" and c.i > head.i and c.pos_ in ("NOUN", "PROPN") and self.owner[c.i] == -1), None)

    def _named_apposition(self, head: Token) -> Token | None:
        """`the bakery's owner, Ivo Brandt, said`: the name set beside the description; also beside a party or
        nationality word standing as one person (`The committee's ranking Democrat, Sen. Ruth Abernathy, said`) or a
        capitalised office the tagger read as a name (`The Senedd Member for Carmarthen East and Dinefwr, Plaid Cymru's
        Angharad Llwyd MS, said`)."""
        epithet = head.ent_type_ == "NORP" and head.tag_ == "NNP"
        office = head.pos_ == "PROPN" and head.lower_ in title_words() and definite(head)  # `The Senedd Member for …, … MS,`
        if head.pos_ != "NOUN" and not epithet and not office:
            return None
        apposed = (self._before_letters(c) for c in [*children(head), *self._in_its_capacity(head)] if c.dep_ == "appos")
        return next((c for c in apposed if self.entity_at[c.i] != -1 and self.owner[c.i] == -1
                     and (not epithet or self.entities[self.entity_at[c.i]].kind == "person") and not self._colon_between(head, c)), None)

    def _colon_between(self, head: Token, apposed: Token) -> bool:
        """`Poll: Ruiz Beats Lind …`: what follows a colon says what the noun before it says or found, it does not
        name that noun (a comma, a dash or a bracket sets off an apposition); only the words next to the noun are read."""
        return any(self.doc[k].text == ":" for k in range(head.i + 1, min(apposed.left_edge.i, head.i + _APPOSITION_GAP)))

    @staticmethod
    def _in_its_capacity(head: Token) -> list[Token]:
        """`Mr Pell's predecessor as shadow justice secretary, Kwame Ashby-Lyle, said`: the parse sets the name beside
        the capacity the description's `as` gives (the same person), not beside the description's noun."""
        return [grandchild for child in children(head) if child.dep_ == "prep" and child.lower_ == "as" and child.i > head.i
                for capacity in children(child) if capacity.dep_ == "pobj" for grandchild in children(capacity)]

    def _before_letters(self, token: Token) -> Token:
        """`Plaid Cymru's health spokesperson, Siân Elis MS, said`: the parse makes the member's letters after the
        name the apposition; the name before them is the one set beside the description."""
        if token.i > 0 and is_post_nominal(token) and self.entity_at[token.i] == -1 and self.entity_at[token.i - 1] != -1:
            return self.doc[token.i - 1]
        return token

    def _called_by_name(self, head: Token) -> Token | None:
        """`a group called Friends of the Harbour`, `a farmer named Ana Ruiz`: the name the description gives its
        referent is who it is."""
        if head.pos_ != "NOUN":
            return None
        for clause in children(head):
            if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in _NAMING_VERBS:
                name = next((c for c in children(clause) if c.dep_ in ("oprd", "attr", "dobj") and self.entity_at[c.i] != -1 and self.owner[c.i] == -1), None)
                if name is None or name.left_edge.i != clause.i + 1:
                    return None
                relative = {t.i for c in self.doc[clause.i : clause.right_edge.i + 1] if c.dep_ == "relcl" for t in c.subtree}
                after = self.doc[self._mention_bounds(name.i)[1] : clause.right_edge.i + 1]
                return name if all(t.is_punct or t.i in relative for t in after) else None  # not `a lawmaker called Trump "the orange prince"`
        return None

    def _apposed_name_within(self, start: int, end: int) -> Token | None:
        """`his best friend at Lehigh, Bruce Turry`: the name set beside the description inside the mention; not a
        word set beside a place, which is the place's province or state (`farms near Leamington, Ont., say`, `Ont`
        tagged a person), but a full name set off by commas there is the person the description ends on (`A
        volunteer in Ames, Jordan Keel, said`, which the parse hangs on the place)."""
        for i in range(start, min(end, start + self.max_tokens)):
            token = self.doc[i]
            index = self.entity_at[i]
            if (token.dep_ == "appos" and index != -1 and self.entities[index].kind == "person" and self.owner[i] == -1
                    and (token.head.ent_type_ != "GPE" or self._full_name_set_off(token.i))):
                return token
        return None

    def _full_name_set_off(self, i: int) -> bool:
        """The named person at `i` written with more than one word, a comma on each side (`, Jordan Keel,`)."""
        start, end = self._mention_bounds(i)
        return end - start > 1 and start > 0 and end < len(self.doc) and self.doc[start - 1].text == "," and self.doc[end].text == ","

    def _person_set_beside_a_body(self, noun: Token) -> bool:
        """`In an email to the Star, a spokesperson for the minister said`: a person's title the parse hung on an
        organisation's name as its apposition describes no organisation; it is a speaker of its own."""
        lemma = noun.lemma_.lower()
        return self.entities[self.entity_at[noun.head.i]].kind == "organization" and (lemma in title_words() or lemma in gender_words())

    def _one_name_described(self, conjuncts: list[Token]) -> list[Token]:
        """One named person coordinated only with bare titles before the name or with descriptions continuing
        its apposition is that person alone (`Vice President and Managing Editor Ana Ruiz`)."""
        named = [token for token in conjuncts if self.entity_at[token.i] != -1 and not indefinite_epithet(token)]
        if len(conjuncts) < 2 or len(named) != 1 or self.entities[self.entity_at[named[0].i]].kind != "person":
            return conjuncts
        before, after = [t for t in conjuncts if t.i < named[0].i], [t for t in conjuncts if t.i > named[0].i]
        apposed = [child.i for child in children(named[0]) if child.dep_ == "appos"]
        if all(bare_title(t) for t in before) and all(apposed and (continues_apposition(t) or self._shares_determiner(t, apposed[0])) for t in after):
            return named
        return conjuncts

    def _shares_determiner(self, token: Token, apposition: int) -> bool:
        """`Trump, the party's frontrunner and current polling leader in the state`: a singular common noun with no
        determiner of its own, coordinated after the name's apposition, shares the apposition's `the`."""
        return (token.pos_ == "NOUN" and token.tag_ == "NN" and token.i > apposition and self.entity_at[token.i] == -1
                and not any(child.dep_ in ("det", "poss") for child in children(token)))

    def _entity_of(self, head: Token, start: int, end: int) -> int | None:
        if self.entity_at[head.i] != -1:
            return self.entity_at[head.i]
        if head.i > 1 and self.doc[head.i - 1].text == "(" and self.entity_at[head.i - 2] != -1 and _CJK.fullmatch(head.text):
            return self.entity_at[head.i - 2]  # `Lee Wen-chi (李文琪)`: the name in Chinese characters, read as the phrase's head
        if head.pos_ == "PROPN":  # a name token the table did not catch (`Sen. X`): any name in the mention
            for i in range(start, end):
                if self.entity_at[i] != -1 and not possessive(self.doc, i):
                    return self.entity_at[i]
        return None

    def _titled_in_body(self, head: Token, start: int, end: int) -> int | None:
        """The one person the article names right after the headline's title, written with every word the headline
        gives it: `Former Clinton Pollster Says …` is the `former Bill Clinton pollster Douglas Schoen` of the text."""
        if self._headline is None:
            self._headline = headline_tokens(self.doc)
        if not self._headline[head.i] or self.entity_at[head.i] != -1 or head.is_lower:
            return None
        words = {t.lower_ for t in self.doc[start:end] if t.is_alpha and t.lower_ not in ("the", "a", "an")}
        found = set()
        for index, starts in enumerate(self.mention_starts):
            if self.entities[index].kind != "person":
                continue
            for at in starts:
                if at > 0 and not self._headline[at] and self.doc[at - 1].lower_ == head.lower_:
                    if words <= words_before(self.doc, at):
                        found.add(index)
        return found.pop() if len(found) == 1 else None

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
                if (child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON") and self.owner[child.i] == -1
                        and not head.i < self.speaker_cue < child.i  # `a group of rabbis called for …, and the league`: past its cue
                        and not parenthesis_closes_between(self.doc, node.i, child.i)):  # `(…, wrote Ann Ortiz), and the vote`
                    found.append(child)
                    stack.append(child)
        found += [token for token in subjects_before(head) if self.owner[token.i] == -1]
        if head.i not in self._listed:
            self._listed[head.i] = listed_people(head, self._person_span) if self.entity_at[head.i] != -1 else [head]
        listed = self._listed[head.i]
        found += [token for token in listed if all(self.entity_at[token.i] != self.entity_at[other.i] for other in found)]
        return sorted(found, key=lambda token: token.i)

    def _person_span(self, i: int) -> tuple[int, int] | None:
        """The named person's tokens at `i` (outside quotations), for reading a written list of names."""
        index = self.entity_at[i]
        if index == -1 or self.entities[index].kind != "person" or self.owner[i] != -1:
            return None
        return self._mention_bounds(i)

    def _mention_bounds(self, i: int) -> tuple[int, int]:
        """The run of tokens around `i` that belong to its entry of the table (`i` alone outside any entry)."""
        index = self.entity_at[i]
        start, end = i, i + 1
        if index == -1:
            return start, end
        while start > 0 and self.entity_at[start - 1] == index:
            start -= 1
        while end < len(self.doc) and self.entity_at[end] == index:
            end += 1
        return start, end

    def _written_with_the(self, token: Token, index: int) -> bool:
        """`the State Department and the Department of Homeland Security`: an organisation joined to others keeps
        the article the text gives it (here, or where the article first names it), as the group is written."""
        entity = self.entities[index]
        if entity.kind != "organization" or entity.name.lower().startswith("the "):
            return False
        start = self._mention_bounds(token.i)[0]
        first = min(self.mention_starts[index], default=start)
        return any(at > 0 and self.doc[at - 1].lower_ == "the" for at in (start, first))

    def _owned_by_earlier_conjunct(self, token: Token, parts: list[Resolution]) -> None:
        """`Trump and his attorneys`: `his` is the person the coordination named before it, when the gender
        agrees, not whoever was named last before the coordination."""
        for child in children(token):
            stated = pronoun_agreement().get(child.lower_)
            if child.dep_ != "poss" or child.pos_ != "PRON" or stated not in ("female", "male") or child.i in self._pronouns:
                continue
            earlier = [part for part in parts if part.named and part.kind == "person" and part.gender in (None, stated)]
            if earlier:
                self._pronouns[child.i] = earlier[-1]

    def _conjunct_apposition(self, conjunct: Token) -> int | None:
        """The one person named in apposition, set off by a comma, inside a conjunct's own description (`France's
        secretary of state for the elderly, Ana Ruiz,`), however deep the parser hung the apposition (or the name
        as the description's last words), never inside a later conjunct."""
        last = conjunct.right_edge.i
        while last > conjunct.i and (self.doc[last].is_punct or self.doc[last].is_space):
            last -= 1
        found = set()
        for token in [t for t in conjunct.subtree if t.dep_ == "appos"] + [self.doc[last]]:
            index = self.entity_at[token.i]
            if index == -1 or self.owner[token.i] != -1 or self.entities[index].kind != "person" or not self._within(token, conjunct):
                continue
            start = self._mention_bounds(token.i)[0]
            if start - 1 > conjunct.i and self.doc[start - 1].text == ",":
                found.add(index)
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _within(token: Token, conjunct: Token) -> bool:
        """Whether `token` hangs from `conjunct` through no later conjunct (`A and B`: B's words are not A's)."""
        step = token
        while step.i != conjunct.i and step.dep_ != "conj" and step.head.i != step.i:
            step = step.head
        return step.i == conjunct.i and token.i != conjunct.i

    def group(self, conjuncts: list[Token]) -> Resolution:
        parts: list[Resolution] = []
        for token in conjuncts:
            named = self.entity_at[token.i]
            if named != -1 and self.entities[named].plural and any(c.i < token.i and c.dep_ in ("amod", "nummod", "quantmod", "poss") for c in children(token)):
                parts.append(self.description(token, stop_at_conj=True))  # `she and other Democrats on the stage`
            elif named != -1:
                part = self.of_entity(named, "name")
                parts.append(replace(part, name=f"the {part.name}") if self._written_with_the(token, named) else part)
            elif token.pos_ == "PRON" and token.lower_ in pronoun_agreement():
                parts.append(self.pronoun(token, pronoun_agreement()[token.lower_]))
            elif (apposed := self._conjunct_apposition(token)) is not None:
                parts.append(self.of_entity(apposed, "name"))  # `the company and France's minister for the elderly, Ana Ruiz,`
            elif definite(token) and self._bare(token) and token.lemma_.lower() in organisation_nouns():
                parts.append(self.description(token, stop_at_conj=True, as_speaker=True))  # `The company and …`: the one the text is about
            else:
                self._owned_by_earlier_conjunct(token, parts)
                parts.append(self.description(token, stop_at_conj=True))
        names = list(dict.fromkeys(part.name for part in parts if part.name))
        written = written_list(conjuncts[0], names) if not any(p.named for p in parts) and len(names) == len(parts) else None
        if written is not None:
            return Resolution(written, "group", "group", None, (), False)
        members = tuple(part.name for part in parts if part.named and part.kind == "person")
        phrase = shared_phrase(conjuncts[0], conjuncts[-1]) if not parts[-1].named else ""
        return Resolution(" ".join([" and ".join(names), phrase]).strip(), "group", "group", None, tuple(dict.fromkeys(members)), any(p.named for p in parts))
