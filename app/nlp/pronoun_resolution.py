"""Pronoun antecedents: the subject of the clause holding the pronoun where the parse gives one
(`clause_antecedent`), else the most recent agreeing subject or speaker before a pronoun.

Number and gender agree as the text states them; a name inside a quotation or a dateline is never an antecedent, a
possessive modifier only next to the pronoun (its own sentence, or the one before when the pronoun opens a sentence)
and only when no subject nor pronoun of the same person stands before it there, and a member of a pair is one only for
`they` (but a name paired only with `the others` is one person). The subject of the sentence beats the subject of a
clause it reports, one whose gender the text states beats one whose gender it does not, a speaker counts where the
article quoted them, and a person just named in full beats an older subject. A `his`/`her` owning a subject carries
the chain like a subject pronoun; a name modifying a common noun (`the Lind phone bank`) is no antecedent of a subject
pronoun; whom a narrated clause reported by `, he said` is about is not who said it; a described person (`the mayor`)
must agree in the gender the text states for them; a plural noun naming its examples (`critics, like A and B,`) is
those named for `they`. For `it`, an organisation named in the pronoun's own sentence beats a subject of an older one,
and for `they`, people described there or in the sentence before; a document the sentence before took as its object is
what `It says` opening the next sentence quotes. `They` opening a sentence after two sentences whose subjects are two
different people is those two. A subject the entity table names is a name even when the tagger read it as a verb
(`In fact, Rading emerged as …`). A person the sentence compares with (`Like Lind, their days …`) is no antecedent. A `she` opening the
sentence after one whose main subject is `he` (or the reverse) is the person that sentence names (`He was joined by
Ana Ruiz. She said`). The person a cleft puts in focus (`it was Ruiz who …`) is that sentence's subject.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .antecedent_agreement import AntecedentAgreement
from .clause_antecedent import ClauseAntecedent
from .lexicon import title_words, word_list
from .name_lists import named_examples
from .people_words import document_nouns, gender_words, pronoun_agreement
from .resolution import PLURAL_TAGS, answering_verbs, asking_verbs, interviewer_roles, SUBJECTS, cleft_focus, Resolution, definite, embedded_clause, organisation_nouns, possessive
from .token_columns import column
from .tokens import children, is_cue, sentence_start

_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_OWNING_PRONOUNS = frozenset({"his", "her"})
_NARRATORS = frozenset({"i", "we"})  # the reporter asking (`I asked Walter …`)
_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
_MAX_CHAIN = 12  # pronouns followed back through earlier pronouns, at most
_MAY_REFER = frozenset({"PRON", "PROPN", "NOUN"})  # the tags of the tokens a pronoun's search reads
_MISTAGGED = ("VERB", "ADJ", "ADV", "ADP", "NUM", "X")  # tags an unfamiliar surname may get (`_mistagged_name`)
_LEFT_OUT = frozenset({"advcl", "npadvmod", "dep"})  # how the parse may hang a sentence-opening subject it lost (`_subject_left_out`)


def aged(token: Token) -> bool:
    """`the 43-year-old`, `The 29-year-old`: a person described by age alone, its head the adjective `old`."""
    doc = token.doc
    return token.lower_ == "old" and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("year", "month")


def _speaks_through_document(pronoun: Token) -> bool:
    """`she said in the statement`, `he wrote in a letter`: the pronoun's verb speaks in a document."""
    return any(prep.dep_ == "prep" and prep.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in document_nouns() for g in children(prep))
               for prep in children(pronoun.head))


def _verb_above(token: Token, most: int = 4) -> Token | None:
    """The verb a speaker's mention hangs on within a few heads (`Rep. Lorna Whitsett, D-Calif., asked`, whose parse
    may make the party tag the subject), or None."""
    while most and token.pos_ != "VERB" and token.head.i != token.i:
        token, most = token.head, most - 1
    return token if token.pos_ == "VERB" else None


def _passive_agent(token: Token) -> bool:
    """`Merrill, asked by a reporter whether …, said …. She said`: the `by` of a passive names who acted on the
    sentence's subject; quoted for the question, it is still no subject the next pronoun continues."""
    if token.dep_ in ("det", "amod", "compound", "poss") and token.head.i > token.i:
        token = token.head  # a speaker's mention is where its words start (`a reporter`)
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _apposed_to(token: Token) -> Token:
    """The noun an apposition describes, through an apposition of an apposition (`The other man, his cousin Tom
    Avery, 40,`), at most a few steps."""
    for _ in range(3):
        if token.dep_ != "appos" or token.head is token:
            break
        token = token.head
    return token


class PronounResolution(ClauseAntecedent, AntecedentAgreement):
    """Mixed into `identity.Resolver`, whose per-article indexes (`entity_at`, `owner`, `spoken`) it reads."""

    _heard: dict[int, Resolution] = {}  # `spoken` by mention position; each Resolver assigns its own before adding
    _heard_count = 0  # how many entries of `spoken` are in `_heard`

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
        """`She appeared to imply … “…,” she said`: an earlier subject pronoun of the same person, or one owning the
        subject (`His team …`), is who it was."""
        if pronoun_agreement().get(candidate.lower_) != agreement or candidate.i in self._active:
            return None
        subject = candidate
        if candidate.lower_ in _OWNING_PRONOUNS and candidate.dep_ == "poss":
            subject = candidate.head  # `His team is stepping up … He hasn't`: the owner of the subject is the topic
        elif candidate.lower_ not in _SUBJECT_PRONOUNS:
            return None
        if subject.dep_ not in SUBJECTS or embedded_clause(subject):
            return None
        found = self.pronoun(candidate, agreement)
        return found if found.named else None

    def _pronoun(self, token: Token, agreement: str) -> Resolution:
        wanted = "plural" if agreement == "plural" else "thing" if agreement == "thing" else "person"
        gender = agreement if agreement in ("female", "male") else None
        best: tuple[int, Resolution] | None = None
        fallback: tuple[int, Resolution] | None = None
        deferred: tuple[int, Resolution] | None = None  # `the senator`: most likely someone the article named
        owner_named: tuple[int, Resolution] | None = None  # a person owning a noun just before the pronoun
        doc, owner = self.doc, self.owner
        addressed = self._addressees(token) | self._other_ages(token)
        if wanted == "plural":
            pair = self._two_introduced(token)
            if pair is not None:
                return pair
        coordinated = self.coordinated_owner(token, gender)
        if coordinated is not None:  # `Andrea Kowalski and her husband`
            return replace(coordinated, via="pronoun", gender=coordinated.gender or gender)
        governing = self.clause_antecedent(token, wanted, gender, addressed)
        if governing is not None and governing.entity not in addressed:
            return replace(governing, via="pronoun", gender=governing.gender or gender)
        asked = self._asked_before(token, gender, addressed) if wanted == "person" else None
        if asked is None and wanted == "person":
            asked = self._asked_just_before(token, gender, addressed)
        if asked is not None:  # `When we asked Sallis about the votes, she said`: the one asked answers
            return replace(asked, via="pronoun", gender=asked.gender or gender)
        joined = self._joined_by(token, gender, addressed) if gender else None
        if joined is not None:
            return replace(joined, via="pronoun", gender=joined.gender or gender)
        asker = self._asker(token)
        spoken_at = self._spoken_at()
        reported = self._reported_about(token)
        low = floor = max(0, token.i - self.window)
        i = token.i - 1
        tags = column(doc, "pos_")
        while i >= low:
            tag = tags[i]
            if (tag not in _MAY_REFER and i not in spoken_at and (tag not in _MISTAGGED or self.entity_at[i] == -1)
                    and not (tag == "ADJ" and aged(doc[i]))):
                i -= 1  # no pronoun, noun or name, nor a speaker, a mistagged name or `the 43-year-old`: passed over below as well
                continue
            if asker[0] <= i < asker[1]:
                i -= 1  # `“So he was wrong?” the reporter pressed. “No,” she replied`: not the one who asked
                continue
            candidate = doc[i]
            if i in spoken_at and owner[i] == -1 and best is None and not _passive_agent(doc[i]):
                heard = spoken_at[i]
                if heard.entity not in addressed and self._agrees(heard, wanted, gender):
                    best = (i, heard)
                    if (not gender or self._stated(heard)) and not embedded_clause(doc[i]):
                        break
                    low = max(low, self._search_floor(token.i, i))
                elif wanted == "person" and self.unnamed_speaker_before(token, i, heard, gender):
                    best = (i, heard)  # `One juror, a woman who asked not to be named, said …. “…,” she said`
                    break
            if owner_named is not None and best is None and owner[i] == -1 and candidate.pos_ == "PRON" and pronoun_agreement().get(candidate.lower_) == agreement:
                owner_named, low = None, floor  # `Angered by his loss, inspired by Lind's plan, he …`: not Lind
            if owner[i] == -1 and candidate.pos_ == "PRON" and gender:
                chained = self._chained(candidate, agreement)
                if chained is not None and chained.entity in addressed:
                    chained = None
                if chained is not None and (best is None or embedded_clause(doc[best[0]]) or not self._stated(best[1])):
                    best = (i, chained)  # it beats a subject of a reported clause or one of unstated gender
                    break
            if owner[i] != -1 or candidate.is_space or i in reported or (candidate.pos_ not in ("PROPN", "NOUN") and not self._mistagged_name(candidate) and not aged(candidate)):
                i -= 1
                continue
            if owner_named is None and best is None and wanted == "person" and possessive(doc, i) and self._own_sentence_owner(token, i):
                owned = self._antecedent(candidate, wanted, gender, pronoun=True)
                if owned is not None and owned.entity not in addressed:
                    owner_named = (i, owned)  # `Since Clinton's op-ed, she has tacked left`, unless a subject stands before
                    low = max(low, sentence_start(doc, i, limit=self.window))
            if (possessive(doc, i) and not self._contracted(i)) or (self.entity_at[i] != -1 and i + 1 < len(doc) and self.entity_at[i + 1] == self.entity_at[i]):
                i -= 1  # only the last token of a name speaks for it
                continue
            if token.dep_ != "poss" and self._name_modifier(candidate):
                i -= 1  # `the Clinton phone bank`: whose bank it is, not who `she` is (`his endorsers` may yet be `Sanders supporters`)
                continue
            if self._dateline(i):
                i -= 1
                continue
            if best is not None and best[0] != i and _apposed_to(doc[best[0]]).i == i:
                i -= 1  # `The other man, his cousin Tom Avery,`: the noun its apposition already named
                continue
            found = self._heard_in(candidate, spoken_at, wanted, gender) or self._antecedent(candidate, wanted, gender, pronoun=token.pos_ == "PRON")
            if found is None and wanted == "person" and candidate.dep_ in SUBJECTS and _speaks_through_document(token):
                found = self._documents_author(candidate, gender)  # `A statement from Bridget Kavanagh was read …. “…,” she said in it`
            named_document = found is None and wanted == "thing" and self._document_just_named(candidate, token)
            if named_document:
                found = self.document(candidate) or self.description(candidate)
            if found is not None and found.entity is not None and found.entity in addressed:
                found = None  # `“…,” he told Hannity`: whoever he is, he is not Hannity
            if found is not None and not found.named and wanted == "person" and definite(candidate):
                deferred = deferred or (i, found)
                found = None
            if found is not None and wanted == "person" and candidate.dep_ in SUBJECTS:
                found = self._asked(candidate, gender, addressed) or found
            if found is not None:
                subject = (named_document or candidate.dep_ in SUBJECTS
                           or (candidate.dep_ == "appos" and _apposed_to(candidate).dep_ in SUBJECTS)
                           or cleft_focus(candidate) or self._verb_read_as_noun(candidate)
                           or self._root_before_aside(candidate) or self._subject_left_out(candidate))
                embedded = subject and embedded_clause(candidate)
                if subject and best is None:
                    best = (i, found)
                    if (not gender or self._stated(found)) and not embedded:
                        break
                    # `Christie said Rubio isn't ready. "…," he said`: the main clause's subject, or one whose
                    # gender the text states, may stand earlier in the same sentence
                    low = max(low, self._search_floor(token.i, i))
                elif subject and best is not None and ((self._stated(found) and not self._stated(best[1]) and self._gender_of(found) in (None, gender))
                                                       or (embedded_clause(doc[best[0]]) and not embedded)):
                    # a gender stated against the pronoun's (kept only as the last speaker's benefit of the doubt) beats no one
                    best = (i, found)
                    if not embedded:  # a reported clause's subject may yet lose to an earlier main subject
                        break
                elif fallback is None and not self._compared(candidate):
                    fallback = (i, found)
            i -= 1
        if best is None and owner_named is not None:
            best = owner_named
        if best is not None and fallback is not None and wanted == "person" and token.pos_ == "PRON" and self._owner_of_apposed(best[0], fallback[0]):
            best = fallback  # `a response from Brenner's campaign manager, Teresa Valdez. “…,” she said`: not Brenner
        if best is not None and fallback is not None and wanted == "person" and self._recent_person(fallback, best, token.i):
            best = fallback
        if best is not None and fallback is not None and wanted == "plural" and fallback[1].kind == "group" and best[0] < self._previous_sentence(token.i) <= fallback[0]:
            best = fallback  # `The board's rates angered the farmers, though they …`: people just named, not an older group
        if best is not None and fallback is not None and wanted == "thing" and best[0] < sentence_start(doc, token.i, limit=self.window) <= fallback[0]:
            best = fallback  # `Flyers from the union appeared after it said`: the body its own sentence names
        speaker = self._last_speaker(token.i, wanted, gender, addressed, asker[0])
        chosen = best
        if speaker is not None and chosen is None and fallback is not None and fallback[0] > speaker[0] and fallback[0] >= self._previous_sentence(token.i):
            chosen = fallback  # no subject in the window names anyone, but the sentence before names a person after the last quoted one
        elif speaker is not None and chosen is None:
            chosen = speaker  # the subject of the preceding sentences first, then whoever was quoted last
        elif speaker is not None and wanted == "thing" and speaker[0] >= self._previous_sentence(token.i):
            chosen = speaker  # `…, according to the SITE group. It said …`: the organisation quoted just before
        if chosen is None:
            chosen = fallback or deferred
        if chosen is not None and wanted == "person" and chosen[0] >= self._previous_sentence(token.i) and (asking := _verb_above(doc[chosen[0]])) is not None:
            answering = self._asked_by(asking, gender, addressed)  # `X asked the director whether …. “No,” he replied`: the one asked
            chosen = (chosen[0], answering) if answering is not None else chosen
        if chosen is None and gender:
            anyone = self._pronoun(token, "person")  # no one agrees: the gender the table inferred may be wrong
            if anyone.named and token.pos_ == "PRON" and self._other_gender_said(anyone, gender):
                anyone = Resolution(token.text, "unknown", "pronoun", named=False)  # `she` is not a man whose `he` the article
                # wrote (`the actor`, `the chairman` may yet be a woman the article named)
            return replace(anyone, gender=gender) if anyone.named else Resolution(token.text, "unknown", "pronoun", named=False, gender=gender)
        if chosen is None:
            return Resolution(token.text, "unknown", "pronoun", named=False, gender=gender)
        found = chosen[1]
        return replace(found, via="pronoun", gender=found.gender or gender)

    def _other_gender_said(self, found: Resolution, gender: str) -> bool:
        """Whether the article itself says the person is of the other gender: a `he` of theirs quoted (`“…,” he said`
        for Tommy), a courtesy title or a gendered kin word; not the table's pronoun votes alone, which a `he` of an
        unnamed man nearby may have cast (`One juror, a man who … he feared …` beside Judge Ellen Park)."""
        if found.entity is None:
            return False
        learned = self.learned_gender.get(found.entity)
        stated = self.entities[found.entity].gender
        worded = stated is not None and (self._courtesy_title(found.entity) or self._kin_of_someone(found.entity))
        return learned not in (None, gender) or (worded and str(stated) != gender)

    def _document_just_named(self, candidate: Token, pronoun: Token) -> bool:
        """`Ruiz cited a report issued by the tenants' union. It says …`: a document the sentence before took as its
        object is what a pronoun opening the next sentence with a verb of saying stands for."""
        if candidate.dep_ != "dobj" or candidate.tag_ in PLURAL_TAGS or candidate.lemma_.lower() not in document_nouns():
            return False
        if pronoun.dep_ not in SUBJECTS or not is_cue(pronoun.head):
            return False
        return sentence_start(self.doc, pronoun.i, limit=self.window) == pronoun.i and self._previous_sentence(pronoun.i) <= candidate.i

    def _previous_sentence(self, i: int) -> int:
        """Where the sentence before the one holding token i starts."""
        start = sentence_start(self.doc, i, limit=self.window)
        return sentence_start(self.doc, start - 1, limit=self.window) if start > 0 else 0

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
        in_pair = in_pair or (wanted == "plural" and index != -1 and len(self._conjuncts(token)) > 1)  # a list the parser broke
        if wanted == "plural":
            if in_pair and token.dep_ != "conj":
                return self.group(self._conjuncts(head))
            if index != -1:
                entity = self.entities[index]
                return self.of_entity(index, "name") if entity.plural or entity.kind in ("organization", "group") else None
            if token.tag_ in PLURAL_TAGS and token.pos_ == "NOUN" and token.lemma_.lower() not in document_nouns() and self.owned_thing(token) is None:
                return self._named_examples(token) or self.description(token)  # `they` speak: people, not `the results`
            if token.pos_ == "NOUN" and token.dep_ in SUBJECTS and token.lemma_.lower() in organisation_nouns() and not embedded_clause(token):
                return self.description(token)  # `Murphy's campaign is tying the bill to Rubio. They say`: a body is `they`
            return None
        if in_pair and not self._with_others(token):
            return None  # a member of a pair is `they`, not `he`
        if index != -1:
            entity = self.entities[index]
            if wanted == "thing":
                return self.of_entity(index, "name") if entity.kind == "organization" else None
            lone = entity.kind == "unknown" and " " not in entity.name and not (token.dep_ in SUBJECTS and is_cue(token.head))
            # `Rivka, who was honored …`: whatever kind the table gave the name, the text speaks of a person
            someone = entity.kind in ("person", "unknown") or (gender and entity.kind == "organization" and self._written_as_someone(index))
            if not someone or entity.plural or lone or index in self.filed_from:
                return None  # a lone unlabelled word (`Twitter`) is no one's antecedent, nor the dateline's place
            stated = str(entity.gender) if entity.gender else self.learned_gender.get(index)
            if gender and stated and stated != gender and not (pronoun and self._quoted_last(index, token.i)):
                return None  # the last person quoted keeps the benefit of the doubt: the table's votes may be wrong
            return self.of_entity(index, "name")
        if (token.pos_ != "NOUN" and not aged(token)) or token.tag_ in PLURAL_TAGS or token.dep_ not in SUBJECTS:
            return None  # an unnamed antecedent must have been the subject (`a stronger nominee` as attribute is not)
        lemma = token.lemma_.lower()
        if wanted == "thing":
            if lemma in document_nouns():
                return self.document(token) or self.description(token)  # `it reads` after `the email`: its sender
            return self.description(token) if lemma in organisation_nouns() else None
        if not aged(token) and ((lemma not in title_words() and lemma not in gender_words()) or self.owned_thing(token) is not None):
            return None  # `his head` is no one; `The 43-year-old has had …` is a person, whoever the article gave that age
        stated = gender_words().get(lemma)
        if gender and stated and stated != gender:
            return None
        found = self.description(token)
        if found.kind != "person" or (gender and self._gender_of(found) not in (None, gender)):
            return None  # `the president … Clinton, though she praised`: the president the article described is a man
        return found

    def _two_introduced(self, token: Token) -> Resolution | None:
        """`Ana Ruiz is a member of the board. Her friend Tom Avery runs the clinic. They say …`: `they` opening a
        sentence after two sentences whose subjects are two different people is those two."""
        doc = self.doc
        if token.lower_ != "they" or token.dep_ not in SUBJECTS or sentence_start(doc, token.i, limit=self.window) != token.i:
            return None
        previous = self._previous_sentence(token.i)
        first = self._sentence_subject(self._previous_sentence(previous)) if previous > 0 else None
        second = self._sentence_subject(previous)
        if first is None or second is None or self.entity_at[first.i] == self.entity_at[second.i]:
            return None
        return self.group([first, second])

    def _joined_by(self, token: Token, gender: str, addressed: frozenset[int]) -> Resolution | None:
        """`He was joined on the call by Ana Ruiz, a nurse. She said …`: a `she` opening the sentence after one whose
        main subject is `he` is the person of no other gender that sentence names last, not whoever `he` is."""
        doc = self.doc
        if token.dep_ not in SUBJECTS or sentence_start(doc, token.i, limit=self.window) != token.i:
            return None
        previous = self._previous_sentence(token.i)
        root = doc[previous]
        for _ in range(_MAX_CHAIN):
            if root.head is root:
                break
            root = root.head
        subject = next((c for c in children(root) if c.dep_ in SUBJECTS), None)
        stated = pronoun_agreement().get(subject.lower_) if subject is not None and subject.pos_ == "PRON" else None
        if stated not in ("female", "male") or stated == gender or self.owner[subject.i] != -1:
            return None
        for i in range(token.i - 1, max(subject.i, token.i - self.window), -1):
            if self.owner[i] != -1 or self.entity_at[i] == -1 or possessive(doc, i) or (i + 1 < len(doc) and self.entity_at[i + 1] == self.entity_at[i]):
                continue
            found = self._antecedent(doc[i], "person", gender, pronoun=True)
            if found is not None and found.named and found.entity not in addressed:
                return found
        return None

    def _sentence_subject(self, start: int) -> Token | None:
        """The named person the main verb of the sentence starting at `start` has for subject, if any."""
        root = self.doc[start]
        for _ in range(_MAX_CHAIN):
            if root.head is root:
                break
            root = root.head
        subject = next((c for c in children(root) if c.dep_ in SUBJECTS), None)
        if subject is None or self.owner[subject.i] != -1 or possessive(self.doc, subject.i) or subject.dep_ == "conj":
            return None
        subject = self._named_apposition(subject) or subject  # `His friend Tom Avery runs …`
        index = self.entity_at[subject.i]
        if index == -1 or self.entities[index].kind != "person" or any(c.dep_ == "conj" for c in children(subject)):
            return None
        return subject

    def _with_others(self, token: Token) -> bool:
        """`for Ruiz and the others whose names are floated`: a name joined only to a plural common noun is the one
        person of the pair, whom `he` or `she` may stand for."""
        others = [c for c in children(token) if c.dep_ == "conj"]
        return token.dep_ != "conj" and len(others) == 1 and others[0].pos_ == "NOUN" and others[0].tag_ in PLURAL_TAGS and self.entity_at[others[0].i] == -1

    def _named_examples(self, noun: Token) -> Resolution | None:
        """`Critics of the plan, like Senators Ana Ruiz and Tom Avery, see …. They wrote`: the named people or bodies
        a plural noun gives as its examples are who `they` are, when it names two or more."""
        named = named_examples(noun, lambda i: self.entity_at[i] != -1 or self.doc[i].pos_ == "PROPN")
        return self.group(named) if len(named) > 1 and self.entity_at[named[0].i] != -1 else None

    def _asked(self, subject: Token, gender: str | None, addressed: frozenset[int]) -> Resolution | None:
        """`Hewitt asked Trump about … “…,” he said`: the person asked answers, so he stands in for the asker (so does
        the named holder of a title asked: `asked the director whether …`)."""
        return self._asked_by(subject.head, gender, addressed)

    def _asked_by(self, verb: Token, gender: str | None, addressed: frozenset[int]) -> Resolution | None:
        if verb.lemma_.lower() not in asking_verbs() or verb.pos_ != "VERB":
            return None
        for child in children(verb):
            if child.dep_ in ("dobj", "dative") and self.owner[child.i] == -1 and self.entity_at[child.i] not in addressed:
                found = self._antecedent(child, "person", gender, pronoun=True) or self._asked_holder(child, gender)
                if found is not None and found.named:
                    return found
        return None

    def _asked_before(self, token: Token, gender: str | None, addressed: frozenset[int]) -> Resolution | None:
        """A subject pronoun of a reporting verb whose own sentence first puts a question to someone in a clause of
        that verb (`When we asked Sallis about the votes, she said …`, `Asked by Ortiz …` is no object): the person
        asked is the one who answers, whoever was quoted before."""
        verb = token.head
        if token.dep_ not in SUBJECTS or not is_cue(verb):
            return None
        for clause in children(verb):
            if clause.dep_ == "advcl" and clause.i < token.i and sentence_start(self.doc, token.i, limit=self.window) <= clause.i:
                found = self._asked_by(clause, gender, addressed)
                if found is not None and (not gender or self._gender_of(found) in (None, gender)):
                    return found
        return None

    def _asked_just_before(self, token: Token, gender: str | None, addressed: frozenset[int]) -> Resolution | None:
        """`Several analysts pressed Mr. Le Bouthillier on whether …. “…,” he replied.`: a subject pronoun of a verb of
        answering is the person the sentence just before put the question to with its main verb, whoever was quoted
        before (gender agreeing). So is a subject pronoun opening the sentence after the reporter's own question (`I
        asked Walter what he thought his father would make of the letters. He took a long time to answer`): not
        whoever the question speaks of."""
        verb = token.head
        answering = verb.lemma_.lower() in answering_verbs() and is_cue(verb)
        if token.dep_ not in SUBJECTS or not (answering or sentence_start(self.doc, token.i, limit=self.window) == token.i):
            return None
        start = self._previous_narration(token.i)
        root = self.doc[start]
        for _ in range(_MAX_CHAIN):
            if root.head is root:
                break
            root = root.head
        if not start <= root.i < token.i:
            return None
        if not answering and not any(c.dep_ == "nsubj" and c.lower_ in _NARRATORS and self.owner[c.i] == -1 for c in children(root)):
            return None
        found = self._asked_by(root, gender, addressed)
        return found if found is not None and (not gender or self._gender_of(found) in (None, gender)) else None

    def _documents_author(self, document: Token, gender: str | None) -> Resolution | None:
        """The named person a document subject is from (`A statement from Bridget Kavanagh was read to the court`):
        who speaks through it is the antecedent of a pronoun that speaks `in` a document (`she said in the
        statement`; not `she added` after `Sistani's statement, as Romanowski described it, …`), gender agreeing."""
        if document.lemma_.lower() not in document_nouns():
            return None
        found = self.document(document)
        if found is None or not found.named or found.kind != "person" or (gender and self._gender_of(found) not in (None, gender)):
            return None
        return found

    def _asked_holder(self, asked: Token, gender: str | None) -> Resolution | None:
        """`Whitsett asked the director whether he had considered resigning. “No, ma'am,” he replied.`: the object
        asked may be a title the article gave a named person (`Director Raymond Okonkwo`), who answers."""
        if asked.pos_ != "NOUN" or asked.tag_ in PLURAL_TAGS or not definite(asked) or asked.lemma_.lower() not in title_words():
            return None
        found = self.description(asked)
        if found.kind != "person" or (gender and self._gender_of(found) not in (None, gender)):
            return None
        return found

    def _addressees(self, token: Token) -> frozenset[int]:
        """The entities a subject pronoun's own reporting verb is addressed to (`he told Hannity`, `she said to
        Ruiz`): a subject is never the object of its own verb, so they are no antecedent of it."""
        verb = token.head
        if token.dep_ not in SUBJECTS or not is_cue(verb):
            return frozenset()
        objects = [c for c in children(verb) if c.dep_ in ("dobj", "dative")]
        objects += [g for c in children(verb) if c.dep_ == "prep" and c.lower_ == "to" for g in children(c) if g.dep_ == "pobj"]
        objects += self._reported_subjects(token)
        return frozenset(self.entity_at[o.i] for o in objects if self.entity_at[o.i] != -1 and self.owner[o.i] == -1)

    def _reported_about(self, token: Token) -> frozenset[int]:
        """`One firefighter was treated for heat exhaustion, he said`: the subject of the clause the pronoun's own
        verb reports, named or not, is no antecedent of it (named ones are left out as addressees already)."""
        if token.dep_ not in SUBJECTS or not is_cue(token.head):
            return frozenset()
        return frozenset(s.i for s in self._reported_subjects(token))

    def _reported_subjects(self, token: Token) -> list[Token]:
        """`Also, Ruiz is no conservative, he said`, `and Lind, she said, exposes him`: whom the reported clause before
        the pronoun is about is not who reports it."""
        verb = token.head
        reported = [c for c in children(verb) if c.dep_ in ("ccomp", "parataxis") and c.i < token.i
                    and (self._narrated_up_to(c, token) or self._quote_goes_on(c, token))]
        subjects = []
        doc = token.doc
        set_off = token.i > 0 and doc[token.i - 1].text == "," and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","
        if verb.dep_ in ("parataxis", "advcl") and verb.head.i > token.i and set_off:
            reported.append(verb.head)  # the reporting verb set inside the clause it reports
            if token.i >= 2 and self.entity_at[token.i - 2] != -1:
                subjects.append(doc[token.i - 2])  # its subject, however the parser attached it
        return subjects + [s for clause in reported for s in children(clause) if s.dep_ in SUBJECTS and s.i < token.i]

    def _asker(self, token: Token) -> tuple[int, int]:
        """The mention of whoever asked the question just quoted, when the pronoun's verb answers it (`she replied`) or
        the one who asked is a host, a moderator or an anchor: no antecedent of the pronoun. (-1, -1) when there is none."""
        if token.dep_ not in SUBJECTS or not is_cue(token.head) or not self.spoken:
            return -1, -1
        at, asker = next(((at, found) for at, found in reversed(self.spoken) if at < token.i), (-1, None))
        if at not in self.questions:
            return -1, -1
        # `Chang asked whether that left room for a deal. “Not much,” he said`: a host or moderator asks, whatever the verb
        interviewer = asker.role is not None and asker.role.split()[-1].lower() in interviewer_roles()
        answering = interviewer or token.head.lemma_.lower() in answering_verbs() or self._asked_one_like(at, self.questions[at], token)
        return (at, self.questions[at]) if answering else (-1, -1)

    def _asked_one_like(self, start: int, end: int, token: Token) -> bool:
        """`The moderator, Ana Ruiz of WKRN, asked him whether he would repeal it. “In a heartbeat,” he said`: the
        asker's verb puts the question to someone written as a pronoun like this one (`him` for `he`), who answers. Not
        when the asker's mention holds an owner (`Bennett's son asked her`): the one asked may be that owner, whom
        leaving out the whole mention would hide."""
        agreement = pronoun_agreement().get(token.lower_)
        if any(self.doc[i].dep_ == "poss" for i in range(start, end)):
            return False
        for i in range(start, end):
            subject = self.doc[i]
            if subject.dep_ in SUBJECTS and subject.head.lemma_.lower() in asking_verbs():
                return agreement in ("female", "male") and any(
                    c.dep_ in ("dobj", "dative") and c.pos_ == "PRON" and pronoun_agreement().get(c.lower_) == agreement for c in children(subject.head))
        return False

    def _last_speaker(self, position: int, wanted: str, gender: str | None, addressed: frozenset[int] = frozenset(), asker: int = -1) -> tuple[int, Resolution] | None:
        for at, found in reversed(self.spoken):
            if at >= position or found.entity in addressed or at == asker:
                continue
            if wanted == "plural" and found.kind in ("group", "organization"):
                return at, found
            if wanted == "thing" and found.kind in ("organization", "document"):
                return at, found
            if wanted == "person" and found.kind == "person" and not (gender and found.gender and found.gender != gender):
                return at, found
        return None

    def _search_floor(self, pronoun: int, found: int) -> int:
        """How far back a subject that is not yet decisive lets the search go on."""
        start = sentence_start(self.doc, found, limit=self.window)
        subject = self.doc[found].head if self.doc[found].dep_ == "appos" else self.doc[found]
        clause = subject.head
        reported = clause.dep_ in ("ccomp", "xcomp") and clause.head.i == self.doc[pronoun].head.i
        if embedded_clause(self.doc[found]) and not reported and sentence_start(self.doc, pronoun, limit=self.window) == start:
            return self._previous_narration(pronoun)
        return start

    def _previous_narration(self, i: int) -> int:
        """Where the sentence before token i's starts, passing over sentences that are all quotation (`“…,” she said.
        “But …” Asked about …, she replied`), up to the search window."""
        start = sentence_start(self.doc, i, limit=self.window)
        floor = max(0, i - self.window)
        while start > floor:
            previous = sentence_start(self.doc, start - 1, limit=self.window)
            if any(self.owner[j] == -1 and not self.doc[j].is_punct and not self.doc[j].is_space for j in range(previous, start)):
                return previous
            start = previous
        return start

    def _spoken_at(self) -> dict[int, Resolution]:
        """Where each speaker resolved so far is mentioned: `“…,” the Republican candidate said. “…,” he went on`
        is the candidate the article quoted there, more recent than any name before."""
        if self._heard_count != len(self.spoken):
            if self._heard_count == 0:
                self._heard = {}  # this Resolver's own, never the class default
            self._heard.update(self.spoken[self._heard_count:])  # only the speakers resolved since the last call
            self._heard_count = len(self.spoken)
        return self._heard

    def _dateline(self, i: int) -> bool:
        """`LOS ANGELES — Actress …`: a place in capitals opening a paragraph is where the story was filed."""
        doc = self.doc
        start = self._mention_bounds(i)[0]
        opens = start == 0 or (doc[start - 1].is_space and "\n" in doc[start - 1].text)
        end = i + 1
        return opens and doc[i].is_upper and end < len(doc) and doc[end].text in _DATELINE_DASHES

    def _own_sentence_owner(self, pronoun: Token, i: int) -> bool:
        """A person's name as the owner of a noun (`Clinton's op-ed`), its last token, in the pronoun's own sentence or,
        for a pronoun opening its sentence, the one before (`It was under Mr. Ban's watch that … He has championed`);
        so too when every subject before a `he`/`she` in its own sentence is plural (`Avery's place in the race is
        harder. Union leaders distrust him because he …`)."""
        index = self.entity_at[i]
        if index == -1 or self.entities[index].kind != "person" or (i + 1 < len(self.doc) and self.entity_at[i + 1] == index):
            return False
        start = sentence_start(self.doc, pronoun.i, limit=self.window)
        # `“I told him, 'Far,'” she said`: after the quotation that opens its sentence, the pronoun opens the narration
        opens = all(self.owner[k] != -1 or self.doc[k].is_punct or self.doc[k].is_space for k in range(start, pronoun.i))
        opens = opens or self._only_plural_subjects(pronoun, start)
        return (self._previous_sentence(pronoun.i) if opens else start) <= i

    def _only_plural_subjects(self, pronoun: Token, start: int) -> bool:
        """Whether a `he`/`she` has before it in its own sentence (narration only) a subject, and only plural ones:
        no one there it can be."""
        if pronoun_agreement().get(pronoun.lower_) not in ("female", "male") or pronoun.dep_ not in SUBJECTS:
            return False
        subjects = [t for t in self.doc[start:pronoun.i] if t.dep_ in SUBJECTS and self.owner[t.i] == -1]
        return bool(subjects) and all(t.tag_ in PLURAL_TAGS or pronoun_agreement().get(t.lower_) == "plural" for t in subjects)

    def _recent_person(self, recent: tuple[int, Resolution], subject: tuple[int, Resolution], pronoun: int) -> bool:
        """`Yet it has also defined Betsy Ebeling's life. “…,” she said`: a person named in full, whose gender the text
        states, in the sentence just before the pronoun is more salient than a subject of an older sentence."""
        previous = self._previous_sentence(pronoun)
        found = recent[1]
        if not (subject[0] < previous <= recent[0]) or found.entity is None:
            return False
        entity = self.entities[found.entity]
        if entity.kind != "person" or " " not in entity.name:
            return False
        return self._stated(found) or self._introduced_here(recent[0], subject[0], pronoun)

    def _introduced_here(self, recent: int, subject: int, pronoun: int) -> bool:
        """`The remarks drew a response from Brenner's campaign manager, Teresa Valdez. “…,” she said`: a person the
        pronoun's own paragraph introduces, named in full beside a description, is who the paragraph goes on
        quoting, rather than a subject of an earlier paragraph (the search window bounds the tokens read)."""
        token = self.doc[recent]
        if self.doc[pronoun].pos_ != "PRON" or token.dep_ != "appos" or token.head.pos_ != "NOUN" or token.head.i > token.i:
            return False  # a pronoun's, not an epithet's (`The senator said` stays with the subject it continues)
        return self._paragraph_break(subject, recent) and not self._paragraph_break(recent, pronoun)

    def _owner_of_apposed(self, owner: int, name: int) -> bool:
        """Whether the token at `owner` owns the description that the name at `name` is set beside."""
        token, owning = self.doc[name], self.doc[owner]
        return token.dep_ == "appos" and owning.dep_ == "poss" and owning.head.i == token.head.i

    def _paragraph_break(self, start: int, end: int) -> bool:
        """Whether a paragraph break stands between the tokens at `start` and `end` (the Doc's breaks, read once)."""
        return self.paragraph_of(start) != self.paragraph_of(end)

    def _heard_in(self, candidate: Token, spoken_at: dict[int, Resolution], wanted: str, gender: str | None) -> Resolution | None:
        """`The Wisconsin Republican did give Trump credit …, but he suggested`: a noun inside the mention of a speaker
        already resolved is who that speaker was resolved to (Paul Ryan), not whatever its words alone would name."""
        if wanted != "person":
            return None
        index = self.entity_at[candidate.i]
        start = max(candidate.left_edge.i, candidate.i - self.max_tokens)
        for j in range(candidate.i, start - 1, -1):
            heard = spoken_at.get(j)
            if heard is not None and index in (-1, self.entity_at[j]):  # the mention is this name, not one set beside it
                return heard if heard.named and self._agrees(heard, wanted, gender) else None
        return None

    def _narrated_up_to(self, clause: Token, token: Token) -> bool:
        """Whether the clause, reporting no speech of its own, runs outside any quotation up to the comma before
        `token`: `Ruiz is no conservative, he said`, not `Ruiz seemed to agree: “…,” he said`."""
        end = clause.right_edge.i
        if is_cue(clause) or token.i == 0 or token.doc[token.i - 1].text != "," or not token.i - 2 <= end < token.i:
            return False  # `Ruiz acknowledged …, he said`: Ruiz reports it, the pronoun stands for him
        return all(self.owner[j] == -1 for j in range(clause.left_edge.i, token.i))

    def _quote_goes_on(self, clause: Token, token: Token) -> bool:
        """`Ruiz “wrecked the budget,” he said`: a quotation opening right after the subject of the clause the pronoun's
        verb reports, the subject standing outside it, is the rest of that clause (the narrator's words about the
        subject), and only its closing comma and mark stand between it and the pronoun."""
        doc = token.doc
        subject = next((c for c in children(clause) if c.dep_ in SUBJECTS and c.i < clause.i), None)
        if subject is None or subject.pos_ == "PRON" or is_cue(clause) or self.owner[clause.i] == -1:
            return False
        opening, end = subject.right_edge.i + 1, clause.right_edge.i
        if opening >= clause.i or not doc[opening].is_quote or self.owner[opening + 1] == -1:
            return False
        between = [doc[j].text for j in range(end + 1, token.i)]
        return (all(self.owner[j] == -1 for j in range(clause.left_edge.i, opening)) and "," in between
                and all(doc[j].is_punct for j in range(end + 1, token.i)))

    def _name_modifier(self, token: Token) -> bool:
        """A name written as a modifier of a common noun (`the Sanders campaign`, `a Trump voter`), which like a
        possessive modifier names what the noun belongs to, not someone the text goes on to call `he` or `she`."""
        index = self.entity_at[token.i]
        head = token.head
        return index != -1 and token.dep_ == "compound" and head.pos_ == "NOUN" and head.i > token.i and self.entity_at[head.i] != index and (
            not self._verb_read_as_noun(token))

    def _verb_read_as_noun(self, token: Token) -> bool:
        """`Rosa Delgado shrugs at all of it.`: the tagger may read the verb right after a name that opens its
        sentence as a plural noun the name modifies; the name is then the sentence's subject."""
        head = token.head
        index = self.entity_at[token.i]
        return (index != -1 and token.dep_ == "compound" and head.i == token.i + 1 and head.dep_ == "ROOT" and head.tag_ == "NNS"
                and self.entity_at[head.i] == -1 and self.entities[index].kind == "person" and token.left_edge.i == head.sent.start
                and not any(c.dep_ in ("det", "nsubj") for c in children(head)))

    def _root_before_aside(self, token: Token) -> bool:
        """`Prewitt, a three-term Republican, opened by casting Carraway as …`: the parser may make a name opening its
        sentence the root, and the sentence's verb a clause of the aside set off by commas after it; the name is then
        the sentence's subject (not the object the verb goes on to name)."""
        index = self.entity_at[token.i]
        if index == -1 or token.dep_ != "ROOT" or self.entities[index].kind != "person" or token.left_edge.i != token.sent.start:
            return False
        aside = next((c for c in children(token) if c.dep_ == "appos" and c.i > token.i), None)
        return aside is not None and any(
            c.dep_ == "acl" and c.pos_ == "VERB" and c.i > aside.i and self.doc[c.i - 1].text == "," and not any(g.dep_ in SUBJECTS for g in children(c))
            for c in children(aside))

    def _subject_left_out(self, token: Token) -> bool:
        """`Trump, speaking later at a rally in Charleston, did not mention Ryan …`: the parser may hang a name that
        opens its sentence, set off by an aside, as a clause of the main verb and leave that verb with no subject; the
        name is the sentence's subject all the same (not the object named after it)."""
        head = token.head
        return (token.pos_ == "PROPN" and token.dep_ in _LEFT_OUT and self.entity_at[token.i] != -1 and head.pos_ in ("VERB", "AUX")
                and head.i > token.i and token.left_edge.i == sentence_start(self.doc, token.i, limit=self.window)
                and not any(c.dep_ in SUBJECTS for c in children(head)))

    def _contracted(self, i: int) -> bool:
        """`Christie's been making the case`: an `'s` before a participle is `has`, and the name is a subject."""
        doc = self.doc
        j = i + 1
        return j + 1 < len(doc) and doc[j].lower_ in ("'s", "’s") and doc[j + 1].tag_ in ("VBN", "VBG") and doc[j + 1].dep_ not in ("amod", "compound")

    def _mistagged_name(self, token: Token) -> bool:
        """`In fact, Ebeling emerged as …`: the tagger may read an unfamiliar surname as a verb; a subject the entity
        table names is a name whatever its tag."""
        return token.dep_ in SUBJECTS and self.entity_at[token.i] != -1 and token.pos_ in _MISTAGGED

    def _compared(self, token: Token) -> bool:
        """`Like Allen, their days begin at dawn`: a person the sentence compares its subject with is not whom it
        goes on to talk about (data/comparison_prepositions.txt)."""
        head = _apposed_to(token)
        return head.dep_ == "pobj" and head.head.lower_ in word_list("comparison_prepositions.txt")
