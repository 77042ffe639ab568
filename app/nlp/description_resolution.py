"""Descriptions: a definite description is the entity the article described that way, or the description itself.

`the rookie goalkeeper` → Mara Lind (introduced as `Mara Lind, a rookie goalkeeper`), `the agency` → the
organisation the text is about, `the official` → `a Mexican official who …` as the article introduced the
unnamed one, and `her campaign` → `Hillary Clinton's campaign` (owners named).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from .counted_groups import QUANTIFIERS, CountedGroups
from .described_entities import DescribedEntities
from .document_resolution import is_document
from .extensions import doc_text
from .fuller_descriptions import FullerDescriptions
from .lexicon import PORTFOLIO_JOINS, honorifics, read_words, title_words, word_list
from .mention_extent import stranded_object_end
from .namesake_ages import OWNER_GENDERS
from .organisation_descriptions import OrganisationDescriptions
from .people_words import document_nouns, gender_words, pronoun_agreement
from .resolution import (DEFINITE, PLURAL_TAGS, POLL_WORDS, Resolution, anonymous_titles, definite, description_adverbs, government_nouns, number_words,
                         organisation_name_words, organisation_nouns, person_nouns, possessive, role_terms,
                         surname_organisations)
from .roles import portfolio_end
from .token_ranges import tokens_tagged
from .tokens import children, has_indefinite_article, is_cue, phrase_dash, rights

_BASED = frozenset({"based", "headquartered", "listed"})  # `the Seattle-based company`, `the London-listed firm`: where a body is, not who it is
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–", "--", '"', "“", "”"})
_INDEFINITE = frozenset({"a", "an", "one"})
_ACRONYM_KINDS = frozenset({"union", "party", "group", "network", "broadcaster"})  # `the RMT union`: kinds an acronym names itself by
_MAX_CLIMB = 4  # heads climbed from `whose` to the relative clause it opens
_CARRIERS = frozenset({"in", "via", "through"})  # `her lawyers in a court filing`: the document they speak through
_LEDE = 1  # the headline and first paragraph, which may describe someone the article names just after
_OWNED_LOOKBACK = 4  # earlier mentions of `campaign` looked at for whose it is
_SOURCE_TOKENS = 6  # `a senior White House official`: the title within the first words of the source's mention
_PERSON_WORD = 4  # letters of the word for a person ending a compound agent noun (`writer`, not `man`)
_AGENT_PREFIX = 3  # letters before it (`speech-`, `land-`)
_COLLECTIVE = frozenset({"staff", "family", "people"})  # people nouns for several people
_RELATED_WORD = 5  # letters a word needs to relate a description to an unnamed subject before it (`inside`, `insider`)


def _other_relation(role: str, noun: str) -> bool:
    """`his wife` when `son` is asked for: an owned kinship role (data/kinship_roles.txt) of another noun, which of two
    namesakes ties the one to the other already."""
    words = role.lower().split()
    return len(words) == 2 and words[0] in OWNER_GENDERS and words[1] in word_list("kinship_roles.txt") and words[1] != noun


@lru_cache(maxsize=None)
def company_nouns() -> frozenset[str]:
    """`the company`, `the retailer`, `the chipmaker`: nouns business news calls a company by (data/company_nouns.txt)."""
    return read_words("company_nouns.txt")


@lru_cache(maxsize=None)
def place_adverbs() -> frozenset[str]:
    """`here`, `there`: where a described group stood, which ends its description (data/place_adverbs.txt)."""
    return read_words("place_adverbs.txt")


def _place_comma(doc: Doc, at: int, limit: int) -> bool:
    """A comma inside a written place, `Chappaqua, N.Y.`, `farms near Leamington, Ont.` or `the Austin, Texas,
    event`, does not end a description."""
    if doc[at].text != "," or at == 0 or at + 1 >= limit or doc[at - 1].ent_type_ != "GPE":
        return False
    if doc[at + 1].ent_type_ == "GPE" and doc[at + 1].ent_iob_ == "B":
        return True  # the city's comma
    if doc[at + 1].dep_ == "appos" and doc[at + 1].head.i == at - 1 and doc[at + 1].pos_ == "PROPN":
        return True  # the province the NER tagged otherwise: `Leamington, Ont.`, `Hay River, N.W.T.`
    state = doc[at - 1]
    return state.ent_iob_ != "O" and at >= 2 and any(doc[j].text == "," for j in range(state.i - 1, max(state.i - 4, -1), -1)) and doc[at + 1].pos_ == "NOUN"


def _age_descriptor(head: Token) -> bool:
    """`the 28-year-old said`: someone described by age alone is a person, whom a sports or crime story names just
    before without stating the age."""
    return head.lower_ == "old" and any(c.lower_ in ("year", "years") for c in children(head))


def _bare_age(head: Token) -> bool:
    """`the 67-year-old` alone (British news's way back to the person a story is about), whose age the article
    need not have given: `the 67-year-old woman` or `a 67-year-old` is a description of its own."""
    if not _age_descriptor(head) or head.pos_ != "ADJ" or not definite(head):
        return False
    return any(c.lower_ == "year" and any(n.like_num for n in children(c)) for c in children(head)) and not any(
        c.dep_ in ("amod", "compound", "prep", "relcl", "acl", "appos") for c in children(head))


def _after_an_aside(doc: Doc, start: int, head: int) -> int:
    """Where a description starts once an aside the parser hung before its head is left out: the words up to a
    dash standing between spaces (`an old favorite - others`) or up to the comma after a sentence adverb
    (`Moreover, any company`) are not the description's."""
    for j in range(head - 1, start - 1, -1):
        token = doc[j]
        if phrase_dash(token):
            return j + 1
        if token.text == "," and j > start and all(t.pos_ in ("ADV", "CCONJ", "SCONJ") for t in doc[start:j]):
            return j + 1
    return start


def _home_town(doc: Doc, head: Token) -> set[int]:
    """`the Minneapolis company`, `The Plano, Texas, company`: the place written right before a noun for a company
    (not one a place can stand for: `the Texas government` is Texas's) is where the company is, which names no one,
    as `the Seattle-based company` does not."""
    lemma = head.lemma_.lower()
    if lemma not in organisation_nouns() or lemma in government_nouns() or head.i == 0:
        return set()
    place = set()
    j = head.i - 1
    while j > head.left_edge.i and (doc[j].ent_type_ == "GPE" or (doc[j].text == "," and doc[j - 1].ent_type_ == "GPE")):
        place.add(j)
        j -= 1
    if not place or doc[j].ent_type_ == "GPE" or not (doc[j].lower_ in DEFINITE or doc[j].pos_ == "DET"):
        return set()  # only a place between the article and the noun
    return place


def _contains(terms: list[str], part: list[str]) -> bool:
    """Whether `part` stands in `terms` as consecutive words."""
    return any(terms[i : i + len(part)] == part for i in range(len(terms) - len(part) + 1))


def _agent_noun(head: Token) -> bool:
    """A singular common noun for one person that the title lists do not hold: a people noun (`employee`) or a word
    ending in a word for a person (`speechwriter`, `landowner`, `powerbroker`), not a thing (`sector`, `paper`)."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.ent_type_ != "":
        return False
    lemma = head.lemma_.lower()
    if lemma in _person_words():  # `the employee`: one of the people nouns, unless a collective (`staff`) or a source's title
        return lemma not in _COLLECTIVE and lemma not in anonymous_titles()
    return any(lemma[-size:] in _person_words() for size in range(_PERSON_WORD, len(lemma) - _AGENT_PREFIX + 1))


@lru_cache(maxsize=1)
def _person_words() -> frozenset[str]:
    return title_words() | person_nouns() | read_words("people_nouns.txt")


def dated_predicate(verb: Token) -> bool:
    """A clause the parser hung on a noun that is the sentence's own dated predicate, not a modifier: `the
    candidates debated on Tuesday night`. `people briefed on the talks` stays a description."""
    return any(child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in children(child)) for child in children(verb))




class DescriptionResolution(DescribedEntities, FullerDescriptions, CountedGroups, OrganisationDescriptions):
    """Mixed into `identity.Resolver`, whose per-article indexes (`entity_at`, `owner`, `mention_starts`) it reads."""

    def description(self, head: Token, stop_at_conj: bool = False, as_speaker: bool = False) -> Resolution:
        apposed = self._apposed_person(head) if as_speaker and head.pos_ == "NOUN" and head.tag_ not in PLURAL_TAGS else None
        if apposed is not None:  # `The editor I was meeting, Paula Brandt, stopped me to announce`
            return self.of_entity(apposed, "description")
        sibling = self.compared_sibling(head) if as_speaker else None
        if sibling is not None:  # `The older sister` after `sisters Ann Pickett, 68, and Ruth Pickett, 71`
            return self.of_entity(sibling, "description")
        author = self.work_by(head) if as_speaker else None
        if author is not None:  # `"The Harbor Years," by Ana Ruiz`: the author
            return self.of_entity(author, "document")
        tail = self._name_tail(head) if as_speaker else None
        if tail is not None:  # `the sheriff's office said` after `the Hillsborough County Sheriff's Office`
            return self.of_entity(tail, "description")
        counted = self._counted_body_quoted(head)
        if counted is not None:  # `the groups`, or `they` for them, after `Nine unions and rights groups` were quoted
            return counted
        together = None
        if as_speaker and head.tag_ in PLURAL_TAGS:  # `Sara Wells … and Omar Fisk … praised it. "…," the analysts wrote`;
            # `hawks, like Rubio and Bush, say`; `Both parents` after `the parents, Khizr and Ghazala Khan,`
            together = self._subjects_before(head) or self._named_beside_earlier(head)
        if together is not None:
            return replace(together, via="description")
        local = self._local_body(head) if as_speaker else None
        if local is not None:  # `Hillary Clinton plans to …` then `The campaign says …`: her campaign, not the one quoted last
            return Resolution(local, "organization", "unnamed", None, (), False, None)
        introduced = self._organisation_named_next(head) if as_speaker else None
        if introduced is not None:  # `The union representing the state's paramedics said …` then `The Queensland Ambulance Union's …`
            return self.of_entity(introduced, "description")
        earlier = self._earlier_speaker(head)
        if earlier is not None:  # an organisation quoted just before beats one merely described …
            fuller = self._fuller_description(head) if as_speaker and self._modified_only_before(head) else None
            if fuller is None or fuller.i < earlier[0] or self._set_beside_name(fuller) or self._bare(fuller):
                return replace(earlier[1], via="description")
            text = self._description_text(fuller, stop_at_conj)  # … unless the article described this one since
            return Resolution(text, "organization", "unnamed", None, (), False, None)
        undetermined = head.lemma_.lower() == head.lower_ and not any(c.dep_ in ("det", "poss", "nummod") for c in children(head))  # `police said`, not `courts`
        if as_speaker and head.lemma_.lower() in organisation_nouns() and (definite(head) or undetermined) and self._bare(head):
            kind_named = self._nearest_organisation(head.i, places=False, noun=head.lemma_.lower(), kind_named_only=True)
            if kind_named is not None:  # `the newspaper said` after `The Advocate`, whatever roles the table gave others
                return self.of_entity(kind_named, "description")
        if as_speaker and head.lower_ in QUANTIFIERS and not any(True for _ in children(head)):
            elided = self._elided_noun(head)
            if elided is not None:  # `several oppose` after `most Democrats have not signed on`: several Democrats
                return Resolution(elided, "person" if head.lower_ == "another" else "group", "unnamed", None, (), False, None)
        kind_named = self._kind_named_compound(head) if as_speaker else None
        if kind_named is not None:  # `The Times newspaper said`: the newspaper its name says it is
            return self.of_entity(kind_named, "description")
        newcomer = self._introduced_just_before(head) if as_speaker else None
        if newcomer is not None:  # `… saw a culprit in Alison Lundergan Grimes. The secretary of state … went on CNN`
            return self.of_entity(newcomer, "description")
        if as_speaker and self._bare_person(head):
            local = self._paragraph_person(head)
            if local is not None:  # `Chris Christie … In his state, Christie said … The governor claimed`
                return self.of_entity(local, "description")
        described = self._described_entity(head)
        if described is not None:
            return self.of_entity(described, "description")
        if as_speaker and _bare_age(head):
            epithet = self.pronoun(head, "person")
            if epithet.named and epithet.kind == "person":  # `Ana Ruiz, from Leeds, …` then `"…," the 67-year-old said`
                return replace(epithet, via="description")
        surname_form = self._surname_form(head)
        if surname_form is not None:  # `Mr. Sanders's campaign` in an article that writes `the Sanders campaign`
            return Resolution(surname_form, "organization", "unnamed", None, (), False, None)
        text = self._description_text(head, stop_at_conj)
        there = self._organisation_there(head) if as_speaker else None
        if there is not None:  # `executives there` after `Fox News's audience`: `executives at Fox News`
            text = f"{text} at {there}"
        lemma = head.lemma_.lower()
        if head.tag_ in PLURAL_TAGS or (head.pos_ == "NOUN" and lemma != head.lower_ and head.lower_.endswith("s")):
            kind = "group"
        elif lemma in organisation_nouns():
            kind = "organization"
        elif lemma in document_nouns():
            kind = "document"
        elif lemma in title_words() or lemma in gender_words() or lemma in person_nouns() or head.ent_type_ == "PERSON" or _age_descriptor(head):
            kind = "person"
        elif as_speaker and _agent_noun(head):
            kind = "person"  # `the veteran speechwriter said`: a noun for someone by what they do, which no list holds
        else:
            kind = "unknown"
        gender = gender_words().get(lemma)
        if as_speaker and kind == "unknown" and definite(head) and lemma in anonymous_titles():
            introduced = self._introduced_unnamed(head)
            if introduced is not None:  # `the source said` after `A government source, who spoke on condition of anonymity,`
                return Resolution(self.description(introduced).name, "person", "unnamed", None, (), False, None)
        if as_speaker and (kind == "group" or head.lower_ in number_words()):
            named = self._named_coordination(head)
            if named is not None:  # `the two voters said` after `Sandra Paradis and Jim Bennett`
                return replace(named, via="description")
        if as_speaker and kind in ("group", "organization") and self._modified_only_before(head) and lemma not in POLL_WORDS:
            fuller = self._fuller_description(head)  # but `polls show` after `an average of state polls` are other polls
            if fuller is not None and lemma in company_nouns() and self._bare(fuller) and definite(head) and self._bare(head):
                fuller = None  # `The retailer said` after `the retailer would …` in someone's words: no fuller description
            if fuller is not None:  # `police said` after `Charlotte-Mecklenburg police`: the group as first described
                return Resolution(self._description_text(fuller, stop_at_conj), kind, "unnamed", None, (), False, None)
        if as_speaker and kind == "organization" and definite(head) and self._bare(head) and lemma in surname_organisations():
            owned = self._owned_form(head)
            if owned is not None:  # `the campaign` after `Clinton's campaign`, in an article that writes `the Clinton campaign`
                return Resolution(owned, kind, "unnamed", None, (), False, None)
        if as_speaker and kind == "organization" and head.tag_ not in PLURAL_TAGS and self.paragraph_of(head.i) == 0 and undetermined and self._bare(head):
            lede = self._lede_organisation(head)
            if lede is not None:  # `Newspaper says …` over a lede whose subject is `The Advocate`
                return self.of_entity(lede, "description")
        if as_speaker and kind == "organization" and definite(head) and self._bare(head):
            nearest = self._nearest_organisation(min(self._chain_start(head), head.left_edge.i), places=lemma in government_nouns(), noun=lemma)  # `the agency said`: the organisation the text is about
            if lemma in company_nouns() and (nearest is None or not self._legal_name(nearest)):
                company = self._article_company(head.i)  # `the retailer said`, far from any name: the company the article is about
                nearest = nearest if company is None else company
            elif lemma in organisation_name_words() and lemma not in company_nouns() and (nearest is None or not self._says_its_kind(nearest, lemma)):
                body = self._article_body(head.i, lemma)  # `The agency said`, far from `the FTC`: the agency the article is about
                if body is None and nearest is not None and self._legal_name(nearest):
                    body = -1  # `the party` is no company (`Breitbart News LLC`), whatever was named last
                nearest = nearest if body is None else None if body == -1 else body
            if nearest is not None:
                return self.of_entity(nearest, "description")
        relative = next((found for step in (self._owned_and_named, self.converse_relative, self.named_after) if (found := step(head)) is not None),
                        None) if as_speaker and kind == "person" else None
        if relative is not None:  # `Bennett's younger sister` … `where Bennett's sister Gale was crowned`
            return self.of_entity(relative, "description")
        headline_title = head.is_title and not any(c.dep_ in ("det", "nummod") for c in children(head))  # `Former DNC Chairman Says`
        if as_speaker and kind == "person" and (definite(head) or headline_title):
            introduced = self._introduced_unnamed(head)
            if introduced is not None and self._outlived(introduced, head):
                introduced = None
            quoted = self._quoted_unnamed(head)
            if quoted is not None and (introduced is None or introduced.i < quoted[0]):  # `the spokesman` after `Cameron's spokesman said`
                return replace(quoted[1], via="description")
            if introduced is not None and self.paragraph_of(introduced.i) <= _LEDE:
                epithet = self.pronoun(head, gender or "person")
                if epithet.named and epithet.kind == "person" and min(self.mention_starts[epithet.entity], default=-1) > introduced.i:
                    return replace(epithet, via="description")  # `A lawmaker in the Philippines …` in the lede, `Joey Salceda said` next
            if introduced is not None:  # `the official` after `a Mexican official who was not authorized to speak`
                found = self.description(introduced)
                return Resolution(found.name, kind, "unnamed", None, (), False, gender)
            holder = self._sole_holder(head, whole=True)
            if holder is not None:  # `The judge said` before `Judge Richard Berman` is named
                return self.of_entity(holder, "description")
            newcomer = self._named_just_after(head)
            if newcomer is not None and not self._holds_other_office(newcomer, head):
                # `The deputy head of China's delegation said …` then `Rear Admiral Guan Youfei told reporters`
                return self.of_entity(newcomer, "description")
            related = self._related_unnamed_subject(head)
            if related is not None:  # `One operative inside the tower played it down. “…,” the insider said`
                found = self.description(related)
                return Resolution(found.name, kind, "unnamed", None, (), False, gender)
            source = self._source_just_quoted(head)
            if source is not None:  # `A city hall official said … . The aide would not say more`
                return Resolution(source.name, kind, "unnamed", None, (), False, gender)
            epithet = self.pronoun(head, gender or "person")  # `the candidate said`: most likely someone the article named
            office = self._office_nobody_holds(head)
            unnamed_before = not epithet.named and portfolio_end(head) is None  # a lede's `The Minister for Housing has said` is named next
            if office is not None and (unnamed_before or (epithet.entity is not None and self._contradicts_role(epithet.entity, head))):
                # `The First Minister said` after `the Scottish Conservative leader, Douglas Rennick`: the office's holder, unnamed
                return Resolution(text or head.text, kind, "unnamed", None, (), False, gender, role=office)
            if epithet.named and epithet.entity is not None and self._commands(epithet.entity, head):
                other = self._other_person_before(head, epithet.entity)
                if other is not None:  # `Mr. Trump took on Hillary Clinton after the Democratic front-runner had said`
                    return self.of_entity(other, "description")
            if epithet.named and epithet.entity is not None and self._unstated_for(epithet.entity, head) and self._contradicts_role(epithet.entity, head):
                fitting = self._prominent_person(head.i, gender)
                if fitting is not None and fitting != epithet.entity and not self._contradicts_role(fitting, head):
                    return self.of_entity(fitting, "description")  # `the Republican presidential candidate` is not `Mayor Bill de Blasio`
            if epithet.named and epithet.entity is not None and (self._holds_rank_below(epithet.entity, head) or self._holds_other_portfolio(epithet.entity, head)):
                return Resolution(text or head.text, kind, "unnamed", None, (), False, gender)  # `the U.S. attorney` is not
                # `Assistant U.S. Attorney Kevin Sandoval`, who holds a rank below that title; `the Minister for Health`
                # is not the article's Minister for Housing
            if epithet.named:
                return replace(epithet, via="description", named=True)
            prominent = self._prominent_person(head.i, gender)
            if prominent is not None:  # `the GOP front-runner said`: the person the article is about
                return self.of_entity(prominent, "description")
        later = self.named_after(head, "organization") if as_speaker and kind == "organization" else None
        if later is not None:  # `their union says` in a lede, `The FIQ, the province's largest nurses' union,` later
            return self.of_entity(later, "description")
        if as_speaker and kind == "person" and head.tag_ not in PLURAL_TAGS:
            named_next = self._named_next(head)
            if named_next is not None:  # `A spokesman for the Jupiter Police Department said` … `Joseph Beinlich, a Jupiter police spokesman`
                return self.of_entity(named_next, "description")
            owned = any(c.dep_ == "poss" and c.pos_ != "PRON" and not self._person_at(c.i) for c in children(head))  # a body's or a place's
            newcomer = self._named_just_after(head) if owned else None
            if newcomer is not None:  # `The Pentagon's recent top adviser on the military campaign went further` … `said Mick Bednarek`
                return self.of_entity(newcomer, "description")
            headline = self._lede_holder(head) if self.paragraph_of(head.i) == 0 and not any(c.dep_ == "det" for c in children(head)) else None
            if headline is not None:  # `DNC chair dismisses …` over `Democratic National Committee Chair Debbie Wasserman Schultz dismissed …`
                return self.of_entity(headline, "description")
            newcomer = self._subject_named_next(head) if has_indefinite_article(head) else None
            if newcomer is None and has_indefinite_article(head):  # `A grandmother who … says …` then `Margaret Ellery, from Stockport, …`
                newcomer = self._lede_subject_named_next(head)
            if newcomer is not None:  # `A Clinton ally suggested …` then `Virginia Gov. Terry McAuliffe tried to walk back his comments`
                return self.of_entity(newcomer, "description")
        return Resolution(text or head.text, kind, "unnamed", None, (), False, gender if kind == "person" else None)

    def _name_tail(self, head: Token) -> int | None:
        """`the sheriff's office` after `the Hillsborough County Sheriff's Office`, `the attorney's office` after `the
        Pima County Attorney's Office`: a definite organisation noun owned by a common noun, whose words are the last
        words of one organisation named before it, is that organisation, written short."""
        owner = next((c for c in children(head) if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "NOUN" or head.lemma_.lower() not in organisation_nouns() or head.tag_ in PLURAL_TAGS:
            return None
        if not (definite(owner) or definite(head)) or any(c.i > head.i and not c.is_punct for c in children(head)):
            return None
        words = " ".join(t.lower_ for t in self.doc[owner.left_edge.i : head.i + 1] if t.dep_ != "det")
        words = words.replace(" 's", "'s").replace(" ’s", "'s")
        found = {index for index, entity in enumerate(self.entities) if entity.kind == "organization"
                 and entity.name.lower().replace("’", "'").endswith(" " + words) and min(self.mention_starts[index], default=head.i) < head.i}
        return found.pop() if len(found) == 1 else None

    def _owning_body(self, noun: Token) -> str | None:
        """`the paper` in `the paper's editorial board`, `the organization` in `Leaders of the organization`: the
        named organisation a bare definite organisation noun owning a description stands for, as it would as a speaker."""
        lemma = noun.lemma_.lower()
        if noun.tag_ in PLURAL_TAGS or not definite(noun) or not self._bare(noun) or lemma in government_nouns():
            return None  # `the state's 14 districts` are a place's
        if lemma not in organisation_nouns():
            named = self._nearest_organisation(noun.i, places=False, noun=lemma, kind_named_only=True) if lemma in organisation_name_words() else None
            return self.entities[named].name if named is not None else None  # `the paper` after `The Washington Post`
        return self._owner_named(noun, kind="organization")

    def _owned_and_named(self, head: Token) -> int | None:
        """`Bennett's younger sister went to school with …, where Bennett's sister Gale was crowned`: a person's
        relation or aide the article names elsewhere with the same owner and the same noun, a name set beside it
        (`Bennett's sister Gale`, `his sister, Gale,`), is that named person, when the article names only one so."""
        owner = next((c for c in children(head) if c.dep_ == "poss"), None)
        if owner is None or head.tag_ in PLURAL_TAGS:
            return None
        whose = self._owner_entity(owner)
        if whose is None:
            return None
        named = set()
        for at in self._same_noun(head):
            other = self.doc[at]
            if at == head.i or other.tag_ in PLURAL_TAGS:
                continue
            other_owner = next((c for c in children(other) if c.dep_ == "poss"), None)
            if other_owner is None or self._owner_entity(other_owner) != whose:
                continue
            for child in children(other):
                index = self.entity_at[child.i]
                if child.dep_ == "appos" and index != -1 and index != whose and self.entities[index].kind in ("person", "unknown"):
                    named.add(index)
        return named.pop() if len(named) == 1 else self._namesake_kin(head, whose)

    def _namesake_kin(self, head: Token, whose: int) -> int | None:
        """`His son said` where `his` is Walter Pruitt and the article names one other man called Pruitt, Daniel
        Pruitt: a son, daughter, wife, husband, father, mother, brother or sister of a named person (data/
        kinship_roles.txt, of the gender data/gender_words.tsv gives the noun) is the one namesake of that gender."""
        lemma = head.lemma_.lower()
        gender = gender_words().get(lemma)
        if gender not in ("female", "male") or lemma not in word_list("kinship_roles.txt"):
            return None
        bearers = self._surnames().get(self.entities[whose].name.split()[-1].lower(), [])
        if len(bearers) == 2 and any(_other_relation(role, lemma) for role in self.entities[whose].roles):
            return None  # `Omar Haddad and his wife, Leila Haddad` … `Her son said`: the other namesake is her husband
        fitting = [index for index in bearers if index != whose and str(self.entities[index].gender or "") == gender]
        return fitting[0] if len(fitting) == 1 else None

    def _owner_entity(self, owner: Token) -> int | None:
        """The table entry of a person owning a noun, written by name or by a pronoun resolved to them."""
        if owner.pos_ == "PRON":
            agreement = pronoun_agreement().get(owner.lower_)
            found = self.pronoun(owner, agreement) if agreement in ("female", "male") else None
            return found.entity if found is not None and found.named else None
        index = self.entity_at[owner.i]
        return index if index != -1 and self.entities[index].kind == "person" else None

    def _owning_person(self, noun: Token) -> str | None:
        """`the prime minister` in `the prime minister's spokesman`: the named person a definite title owning a
        description stands for, resolved as it would be as a speaker (`Cameron … the prime minister's spokesman said`
        is David Cameron's spokesman)."""
        lemma = noun.lemma_.lower()
        if noun.tag_ in PLURAL_TAGS or not definite(noun) or lemma not in title_words():
            return None
        if any(c.dep_ == "poss" or (c.i > noun.i and c.dep_ != "case") for c in children(noun)):
            return None  # `the party's chairman's aide`, `the minister of …'s`: another owner, or a longer description
        return self._owner_named(noun, kind="person", holding=True)

    def _owner_named(self, noun: Token, *, kind: str, holding: bool = False) -> str | None:
        """The name an owning description resolves to as a speaker, if it is an entity of `kind`; resolving `the
        paper` may write a description that holds it again, so an owner already being resolved is not resolved twice.
        With `holding`, only someone the article gave that title: `the U.S. attorney's office` is no office of a
        defendant or of an Assistant U.S. Attorney."""
        if noun.i in self._owners_resolving:
            return None
        self._owners_resolving.add(noun.i)
        try:
            found = self.description(noun, as_speaker=True)
        finally:
            self._owners_resolving.discard(noun.i)
        if holding and found.entity is not None and not self._may_hold(found.entity, noun):
            return None
        return found.name if found.named and found.entity is not None and found.kind == kind else None

    def _subjects_owner(self, its: Token) -> str | None:
        """`Fox News's reporting tells another story. Its hosts say …`: `its` owning the people who speak, where the
        sentence before is about a thing a named organisation owns, is that organisation."""
        start = its.sent.start
        if start == 0:
            return None
        before = self.doc[start - 1].sent
        root = before.root
        for subject in children(root):
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.pos_ == "NOUN":
                owner = next((c for c in children(subject) if c.dep_ == "poss" and self.entity_at[c.i] != -1), None)
                if owner is not None and self.entities[self.entity_at[owner.i]].kind == "organization":
                    return self.entities[self.entity_at[owner.i]].name
        return None

    def _commands(self, index: int, head: Token) -> bool:
        """A description cannot be the subject of a clause it sits inside: in `Mr. Trump took on Clinton after the
        front-runner had said`, `the front-runner` is not Mr. Trump (who governs the whole sentence)."""
        token = head
        while token.head.i != token.i:
            token = token.head
            if any(c.dep_ == "nsubj" and self.entity_at[c.i] == index and c.i < head.i for c in children(token)):
                return True
        return False

    def _other_person_before(self, head: Token, subject: int) -> int | None:
        """The one other person named before `head` in its sentence, outside quotations."""
        others = {self.entity_at[i] for i in range(head.sent.start, head.i) if self.entity_at[i] not in (-1, subject)
                  and self.owner[i] == -1 and self.entities[self.entity_at[i]].kind == "person"}
        return others.pop() if len(others) == 1 else None

    def _set_beside_name(self, noun: Token) -> bool:
        """`Oregon's Salem newspaper, The Advocate`: a description in apposition with a name describes that name."""
        return any(c.dep_ == "appos" and self.entity_at[c.i] != -1 for c in children(noun)) or (
            noun.dep_ == "appos" and self.entity_at[noun.head.i] != -1)

    def _kind_named_compound(self, head: Token) -> int | None:
        """`The Times newspaper`, `the Gazette paper`: an organisation noun after the one organisation whose name says it
        is that kind of organisation, which is all the noun adds; or after an acronym, whose kind its letters do not
        write (`the RMT union`, `the GMB union`: the union is `RMT`)."""
        kind_words = organisation_name_words().get(head.lemma_.lower())
        if not kind_words or head.tag_ in PLURAL_TAGS:
            return None
        compounds = [c for c in children(head) if c.dep_ == "compound" and c.i < head.i]
        named = {self.entity_at[c.i] for c in compounds}
        if len(named) != 1 or -1 in named:
            return None
        index = named.pop()
        entity = self.entities[index]
        acronym = (len(compounds) == 1 and len(compounds[0].text) > 1 and compounds[0].text.isalpha() and compounds[0].text.isupper()
                   and compounds[0].ent_type_ == "ORG" and head.lemma_.lower() in _ACRONYM_KINDS)  # not `the US company` (a place), `the EU agency` (one of its bodies)
        return index if entity.kind == "organization" and (acronym or kind_words & set(entity.name.lower().split())) else None  # `the RMT union`

    def _owned_form(self, head: Token) -> str | None:
        """`the campaign` after `Clinton's campaign` (among the last few mentions of the noun): that person's
        campaign, in the article's own `the Clinton campaign` if it writes that form, else by the owner's full name."""
        positions = self._same_noun(head)
        before = bisect_left(positions, head.i)
        for i in reversed(positions[max(0, before - _OWNED_LOOKBACK) : before]):
            owner = next((c for c in children(self.doc[i]) if c.dep_ in ("poss", "compound") and self.entity_at[c.i] != -1), None)
            if owner is None:
                continue
            index = self.entity_at[owner.i]
            return self._persons_body(index, head.lower_) if self.entities[index].kind == "person" else None
        return None

    def _persons_body(self, index: int, noun: str) -> str:
        """A person's campaign (`noun`) in the article's own `the Clinton campaign` if it writes that form, else by
        the person's full name (`Hillary Clinton's campaign`)."""
        name = self.entities[index].name
        surname = name.split()[-1]
        return f"the {surname} {noun}" if (surname.lower(), noun) in self._surname_bodies_written() else f"{name}'s {noun}"

    def _local_body(self, head: Token) -> str | None:
        """`the campaign` right after a sentence whose subject is the one person named there: that person's campaign,
        in the article's own `the Clinton campaign` if it writes that form, else by the full name."""
        noun = head.lower_
        if noun not in surname_organisations() or not definite(head) or not self._bare(head) or rights(head):
            return None
        local = self._paragraph_person(head)
        return self._persons_body(local, noun) if local is not None else None

    def _surname_bodies_written(self) -> set[tuple[str, str]]:
        """Every `the <Word> <noun>` the article writes for a noun of a person's body (`the Sanders campaign`); one pass."""
        if self._surname_bodies is None:
            nouns = "|".join(re.escape(word) for word in sorted(surname_organisations()))
            pattern = re.compile(rf"\bthe ([A-Z][\w-]*) ({nouns})\b", re.IGNORECASE)
            self._surname_bodies = {(m.group(1).lower(), m.group(2).lower()) for m in pattern.finditer(doc_text(self.doc))}
        return self._surname_bodies

    def _surname_form(self, head: Token) -> str | None:
        """`the Sanders campaign` for `Mr. Sanders's campaign` or `his campaign` when the article itself writes `the Sanders campaign`:
        the name it gives the body. Articles that never do get the owner's full name (`Hillary Clinton's campaign`)."""
        noun = head.lower_
        if noun not in surname_organisations():
            return None
        pronoun = next((c for c in children(head) if c.dep_ == "poss" and c.pos_ == "PRON" and c.i == head.i - 1), None)
        if pronoun is not None and pronoun_agreement().get(pronoun.lower_) in ("female", "male", "person"):
            found = self.pronoun(pronoun, pronoun_agreement()[pronoun.lower_])  # `her campaign` where `the Clinton campaign` is written
            surname = found.name.split()[-1] if found.named and found.entity is not None else ""
            return f"the {surname} {noun}" if surname and (surname.lower(), noun) in self._surname_bodies_written() else None
        owner = next((c for c in children(head) if c.dep_ == "poss" and self.entity_at[c.i] != -1), None)
        if owner is None or head.i - owner.i > 2 or (owner.i > 0 and self.entity_at[owner.i - 1] == self.entity_at[owner.i]):
            return None  # `Donald Trump's presidential campaign` is fuller than `the Trump campaign`
        if (owner.lower_, noun) not in self._surname_bodies_written():
            return None
        return f"the {owner.text} {noun}"

    def relative_owner(self, whose: Token) -> Resolution | None:
        """`Trump, whose attorneys said`: the named antecedent of the relative clause `whose` opens (an unnamed
        one, `the woman whose son`, is described by that very clause, so it is left as written)."""
        token = whose
        for _ in range(_MAX_CLIMB):
            if token.dep_ == "relcl":
                index = self.entity_at[token.head.i]
                return self.of_entity(index, "name") if index != -1 and token.head is not token else None
            if token.head is token:
                return None
            token = token.head
        return None

    def _quoted_unnamed(self, head: Token) -> tuple[int, Resolution] | None:
        """`the spokesman said` after `Cameron's spokesman said`: an unnamed person quoted before whose description
        ends in this one's noun and holds all its words (position of that mention, who) — the one description of
        that kind naming someone (`David Cameron's spokesman`, not `the prime minister's spokesman`) if the article
        quoted only one, else the last one within the window."""
        words = {t.lower_ for t in head.subtree if not t.is_punct and t.lower_ not in DEFINITE}
        if any(c.dep_ in ("poss", "prep", "relcl", "acl", "appos") for c in children(head)):
            return None  # `the prime minister's spokesman` names its own owner
        matches = []
        for at, found in reversed(self.spoken):
            if at >= head.i:
                continue
            said = found.name.lower().replace("’", "'").split()
            if not found.named and found.kind == "person" and said and said[-1] == head.lower_ and words <= set(said):
                matches.append((at, found))
        naming = [match for match in matches if any(word[:1].isupper() for word in match[1].name.split()[1:])]
        if naming and len({found.name for _, found in naming}) == 1:
            return naming[0]
        return next((match for match in matches if match[0] >= head.i - self.window), None)

    def _related_unnamed_subject(self, head: Token) -> Token | None:
        """`One operative inside the tower tried to play it down. “…,” the insider said`; `A woman at a town hall for
        Gov. Ana Ruiz had a reply. … the Ruiz supporter retorted`: an unnamed person introduced with `a/an/one` as the
        subject of one of the two sentences before the description's own, whose words share one with the description
        (the same word, or one holding the other: `inside`, `insider`), is who the description is, though the
        description's noun is another; the last such subject, outside quotations."""
        doc = self.doc
        words = self._relating_words(head)
        floor = self._previous_sentence(self._previous_sentence(head.i))
        for i in range(head.left_edge.i - 1, max(floor, head.i - self.window) - 1, -1):
            token = doc[i]
            if self.owner[i] != -1 or token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN" or token.tag_ in PLURAL_TAGS:
                continue
            if self.entity_at[i] != -1 or not any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in children(token)):
                continue
            lemma = token.lemma_.lower()
            if lemma not in person_nouns() and lemma not in word_list("people_nouns.txt") and lemma not in title_words() and lemma not in gender_words():
                continue
            theirs = self._relating_words(token)
            if any(w == x or (min(len(w), len(x)) >= _RELATED_WORD and (w.startswith(x) or x.startswith(w))) for w in words for x in theirs):
                return token
        return None

    def _source_just_quoted(self, head: Token) -> Resolution | None:
        """`A city hall official said … . The aide would not say more`: a bare definite title an
        unnamed source goes by (data/anonymous_titles.txt) is the unnamed source with such a title quoted last, within
        the two sentences before (a quotation is often parsed as a sentence of its own), no person named between them,
        though the two titles differ."""
        if head.lemma_.lower() not in anonymous_titles() or not self._bare_person(head):
            return None
        at, found = next(((at, found) for at, found in reversed(self.spoken) if at < head.i), (-1, None))
        if found is None or found.named or found.kind != "person" or at < self._previous_sentence(self._previous_sentence(head.i)):
            return None
        titled = any(t.pos_ == "NOUN" and t.lemma_.lower() in anonymous_titles() for t in self.doc[at : min(at + _SOURCE_TOKENS, head.i)])
        if not titled or any(self._person_at(i) for i in range(at, head.i)):
            return None
        return found

    @staticmethod
    def _relating_words(head: Token) -> set[str]:
        """The words of a description that can tie it to another: a name (`Ruiz`), or a word of at least
        `_RELATED_WORD` letters that is no adjective nor party (`former`, `Republican` say what many people are)."""
        return {t.lower_ for t in head.subtree if t.is_alpha and (t.pos_ == "PROPN" or len(t) >= _RELATED_WORD)
                and t.pos_ != "ADJ" and t.ent_type_ != "NORP"}

    def _introduced_unnamed(self, head: Token) -> Token | None:
        """The last indefinite `a/an/one … <same noun>` before a definite description, outside quotations and not
        set beside a name (those are the described entity): the unnamed referent as the article introduced it."""
        if self._indefinites is None:
            self._indefinites = {}
            for token in tokens_tagged(self.doc, ("NOUN",)):
                if token.tag_ not in PLURAL_TAGS and self.owner[token.i] == -1 and token.dep_ != "appos" and any(
                        c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in children(token)):
                    self._indefinites.setdefault(token.lemma_.lower(), []).append(token.i)
        positions = self._indefinites.get(head.lemma_.lower(), [])
        before = bisect_left(positions, head.i)
        return self.doc[positions[before - 1]] if before else None

    def _outlived(self, introduced: Token, head: Token) -> bool:
        """`The moderators almost forgot to introduce one candidate` in the lede, then pages later `When the moderator
        said Trump had not answered, the candidate said`: an unnamed referent introduced beyond the window no longer
        holds a description whose own sentence has just named a person."""
        return head.i - introduced.i > self.window and any(self._person_at(i) for i in range(head.sent.start, head.i))

    def _unstated_for(self, index: int, head: Token) -> bool:
        """`the Republican presidential candidate` names a party (or place) that none of this person's roles states, and
        the person was last named in an earlier paragraph: a description that repeats nothing the text said of the
        nearest person, across a paragraph break, goes back to the person the article is about. Within its own
        paragraph a differently worded title (`anchor` … `the Colombian journalist`) still names the one just named."""
        proper = {term for t in self.doc[head.left_edge.i : head.i] if t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE")
                  or (t.pos_ == "ADJ" and t.is_title and not t.is_sent_start) for term in role_terms(t.lower_)}  # `the Liberal candidate`
        entity = self.entities[index]
        known = {term for text in (*entity.roles, entity.name) for term in role_terms(text)}
        starts = self.mention_starts[index]
        before = bisect_left(starts, head.i)
        here = before and self.paragraph_of(starts[before - 1]) == self.paragraph_of(head.i)
        return bool(proper - known) and not here

    def _holds_other_office(self, index: int, head: Token) -> bool:
        """`The Minister for Māori Crown Relations said …` then `Local fishing guide Aaron Kerehoma said …`: the person
        named next is not the holder of a sole office no one named holds when the article gives them roles, none of
        them with the office's title word (an honorific is none)."""
        roles = [role for role in self.entities[index].roles if not all(term in honorifics() for term in role_terms(role))]  # not `Mr`
        word = (role_terms(head.lemma_.lower()) or [head.lemma_.lower()])[-1]
        return bool(roles) and not any(word in role_terms(role) for role in roles) and self._office_nobody_holds(head) is not None

    def _office_nobody_holds(self, head: Token) -> str | None:
        """`The First Minister said`, `the Taoiseach told the House`: a capitalised office one person holds at a time
        (data/sole_offices.txt), written with `the` and nothing else, that no person of the article has among their
        roles; the office as written, or None. When the person named last holds other titles (`the Scottish
        Conservative leader`, often the one who challenged the office's holder) it is the holder, unnamed; a person
        named with no title (`Sir Keir Starmer has promised …` then `the Prime Minister said`) is still the one the
        article means."""
        portfolio = portfolio_end(head)  # `The Minister for Māori Crown Relations`: one minister holds a portfolio
        end = head.i if portfolio is None else portfolio
        words = [t for t in self.doc[head.left_edge.i : end + 1]]
        if len(words) < 2 or words[0].lower_ != "the" or not all(t.text[:1].isupper() or t.lower_ in PORTFOLIO_JOINS for t in words[1:]):
            return None
        office = " ".join(t.lower_ for t in words[1:])
        listed = office if portfolio is None else " ".join(t.lower_ for t in self.doc[head.left_edge.i + 1 : head.i + 2])
        if listed not in word_list("sole_offices.txt") or any(c.i > end and c.dep_ not in ("punct", "appos", "acl", "relcl") for c in children(head)):
            return None
        terms = role_terms(office)
        if any(entity.kind == "person" and any(_contains(role_terms(role), terms) for role in entity.roles) for entity in self.entities):
            return None
        return " ".join(t.text for t in words[1:])

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

    def _chain_start(self, head: Token) -> int:
        """`Exxon Mobil … the company's knowledge … the Rockefeller Brothers Fund … the company wrote`: a bare definite
        organisation noun goes on with the one the article wrote the same way just before (within the window, no
        quotation between), so the organisation is looked for before the first of that run."""
        positions = self._same_noun(head)
        start = head.i
        if _home_town(self.doc, head) or any(c.i < head.i and c.lower_ in _BASED for c in children(head)):
            return start  # `The Eindhoven-based company`, `The Plano, Texas, company`: a body placed anew, no run of `the company`
        for at in reversed(positions[: bisect_left(positions, head.i)]):
            earlier = self.doc[at]
            if start - at > self.window or not definite(earlier) or not self._bare(earlier) or earlier.tag_ != head.tag_:
                break
            start = at
        return start

    def _bare_person(self, head: Token) -> bool:
        """`the governor`, `The actress`, `the former president`: one person described by a title or a person noun
        and plain modifiers alone."""
        lemma = head.lemma_.lower()
        return (definite(head) and head.tag_ not in PLURAL_TAGS and head.pos_ == "NOUN" and (self._bare(head) or self._party_modified(head))
                and (lemma in title_words() or lemma in person_nouns() or lemma in gender_words())
                and not any(c.dep_ in ("poss", "relcl", "acl", "appos") for c in children(head)))

    def _party_modified(self, head: Token) -> bool:
        """`the GOP front-runner`, `the Democratic candidate`: a description whose only names are a party's, which
        names no one itself either."""
        before = self.doc[head.left_edge.i : head.i]
        plain_or_party = all(
            (t.pos_ in ("DET", "ADJ", "NOUN") and t.ent_type_ == "") or t.text == "-"
            or role_terms(t.lower_) in (["republican"], ["democrat"])
            for t in before
        )
        return any(t.ent_type_ for t in before) and plain_or_party and not any(c.dep_ == "prep" for c in rights(head))

    def _bare(self, head: Token) -> bool:
        """`the agency`, `the new group`, `the law enforcement agency`: a description that names no one itself (`the
        Clinton campaign` does). Where a body is based names no one either (`the Seattle-based company`)."""
        based = {t.i for c in children(head) if c.i < head.i and c.lower_ in _BASED for t in c.subtree}
        based |= self._market_index(head)
        based |= _home_town(self.doc, head)
        j = min(based, default=head.left_edge.i) - 1
        while based and j >= head.left_edge.i and (self.doc[j].ent_type_ == "GPE" or self.doc[j].text == ","):
            based.add(j)  # `the Austin, Texas-based company`: the city before its state's comma
            j -= 1
        return all((t.pos_ in ("DET", "ADJ", "NOUN") and t.ent_type_ == "") or t.i in based for t in self.doc[head.left_edge.i : head.i]) \
            and not any(c.dep_ == "prep" and not self._trade_goods(head, c) for c in rights(head))

    @staticmethod
    def _trade_goods(head: Token, prep: Token) -> bool:
        """`the Ohio-based maker of aircraft landing gear`: what a company makes or sells, plain common nouns after
        `of`, names no one either (`the maker of Tide` or `the supplier of the city's buses` does)."""
        if prep.lower_ != "of" or head.lemma_.lower() not in organisation_nouns():
            return False
        goods = [t for t in prep.subtree if t.i != prep.i]
        return bool(goods) and all(t.pos_ in ("NOUN", "ADJ") and t.ent_type_ == "" or t.text == "-" for t in goods)

    def _market_index(self, head: Token) -> set[int]:
        """`the FTSE 100 company`, `the S&P 500 firm`: a proper name with its number just before the noun is the index
        or ranking the body is listed in, which names no one."""
        number = self.doc[head.i - 1] if head.i > 0 else head
        if number.dep_ != "nummod" or number.head.i != head.i or not number.like_num:
            return set()
        names = [t for t in self.doc[head.left_edge.i : number.i] if t.dep_ != "det"]
        if not names or not all(t.pos_ == "PROPN" or t.text == "&" for t in names):
            return set()
        return {t.i for t in names} | {number.i}

    def _description_text(self, head: Token, stop_at_conj: bool) -> str:
        """The description as written, from its first modifier to the first break after the head, owners named:
        `his surrogates` → `Donald Trump's surrogates`."""
        doc = self.doc
        start = head.left_edge.i
        if head.i - start >= self.max_tokens:
            start = head.i
        start = _after_an_aside(doc, start, head.i)  # `the occasional cheeseburger - an old favorite - others say`: `others`
        while start < head.i and ((doc[start].dep_ == "advmod" and doc[start].lower_ in description_adverbs()) or doc[start].tag_ in ("WP", "WDT")):
            start += 1  # `even some Republicans` are `some Republicans`; `what a partner … told him` is `a partner …`
        end = head.i + 1
        limit = min(max(head.right_edge.i + 1, stranded_object_end(head) or 0), head.i + self.max_tokens)
        if head.i < self.speaker_cue < limit:  # `a group of rabbis called for a boycott`: the parse made the cue a clause of the
            # speaker's noun; the description ends before the clause holding it (`types who they think is …`: `types`)
            clause = next((c for c in rights(head) if c.left_edge.i <= self.speaker_cue <= c.right_edge.i), None)
            limit = clause.left_edge.i if clause is not None and clause.left_edge.i > head.i else self.speaker_cue
        for child in rights(head):  # `managers who think they know better`, when `who` is the speaker, is `managers`
            speaks_inside = child.dep_ == "relcl" and child.left_edge.i <= self.clause_speaker <= child.right_edge.i
            clause = child.dep_ == "acl" and child.tag_ == "VBG" and is_cue(child)  # `911 calls saying shots had been fired`
            clause = clause or (child.dep_ == "acl" and dated_predicate(child))  # `the candidates debated on Tuesday night`
            if child.dep_ in ("appos", "npadvmod") or speaks_inside or clause:
                limit = min(limit, child.left_edge.i)
            elif child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in children(child)):
                limit = min(limit, child.left_edge.i)  # `the Sanders campaign on Monday`
            elif child.dep_ == "advmod" and child.lower_ in place_adverbs():
                limit = min(limit, child.left_edge.i)  # `Clinton's campaign workers here`
            elif child.dep_ == "prep" and child.lower_ in _CARRIERS and any(g.dep_ == "pobj" and is_document(g) and has_indefinite_article(g) for g in children(child)):
                limit = min(limit, child.left_edge.i)  # `her lawyers in a court filing` wrote in it; `a narrator in the Clinton ad` is part of it
        while end < limit and ((doc[end].text not in _CLAUSE_BREAKS and not phrase_dash(doc[end])) or _place_comma(doc, end, limit)) and self.owner[end] == -1 and not (stop_at_conj and doc[end].dep_ == "cc"):
            end += 1
        while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
            end -= 1
        parts: list[tuple[int, str]] = []  # (token index, text) so an owner's own titles can be dropped
        i = start
        while i < end:
            token = doc[i]
            if token.dep_ == "poss" and token.pos_ == "PRON" and _about_itself(token, head):
                parts.append((i, token.text_with_ws))  # `a senator who would not want his name in this column`: his own
            elif token.dep_ == "poss" and ((token.pos_ == "PRON" and token.lower_ in pronoun_agreement()) or token.lower_ == "whose"):
                owner = (self.relative_owner(token) if token.lower_ == "whose"
                         else self.narrator() if token.lower_ == "my" and self.owner[token.i] == -1  # `My husband says` in a column: the writer's
                         else self.pronoun(token, pronoun_agreement()[token.lower_]))
                body = self._subjects_owner(token) if token.lower_ == "its" and not (owner is not None and owner.named) and head.pos_ == "NOUN" else None
                parts.append((i, f"{body}'s " if body else f"{owner.name}'s " if owner is not None and owner.named else token.text_with_ws))
            elif token.pos_ == "NOUN" and token.dep_ == "poss" and token.head.i == head.i and (person := self._owning_person(token)):
                parts = [(at, text) for at, text in parts if at < token.left_edge.i]  # `the prime minister's spokesman`: the minister by name
                parts.append((i, person + token.whitespace_))  # only the head's owner: `knowledge of the governor's dilemma` stays as written
            elif token.pos_ == "NOUN" and (token.dep_ == "poss" or (token.dep_ == "pobj" and token.head.lower_ == "of")) and (body := self._owning_body(token)):
                own = token.left_edge.i if token.dep_ == "poss" or body.lower().startswith("the ") else token.i
                parts = [(at, text) for at, text in parts if at < own]  # `the paper's editorial board`, `Leaders of the organization`: the body by its name
                parts.append((i, body + token.whitespace_))
            elif self.entity_at[token.i] != -1 and possessive(doc, token.i):
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


def _about_itself(pronoun: Token, head: Token) -> bool:
    """A possessive pronoun inside a `who` clause of the description it stands in (`a Republican senator who would not
    want his name in this column`) is the described person's own, whoever the article named before."""
    if pronoun.lower_ not in ("his", "her", "their"):
        return False
    token = pronoun
    for _ in range(8):
        if token.head is token or token.i == head.i:
            return False
        if token.dep_ == "relcl" and token.head.i == head.i:
            return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in children(token))
        token = token.head
    return False
