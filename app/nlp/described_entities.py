"""Which entity of the article's table a description stands for, when the article tied that description to one:
`the rookie goalkeeper` after `Mara Lind, a rookie goalkeeper`, `a spokeswoman for Hillary Clinton` repeating a
whole role the article gave, `the judge` when one person holds that title, and a description the article writes
first and names just after (`the organizer of a pro-Trump rally … said Tim Selaty`)."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from .lexicon import PORTFOLIO_LINKS, honorifics, title_words, word_list
from .name_runs import is_organisation_head, is_title
from .people_words import gender_words
from .resolution import DEFINITE, PLURAL_TAGS, SUBJECTS, anonymous_titles, cleft_focus, definite, organisation_nouns, role_terms
from .roles import portfolio_end
from .token_ranges import paragraph_breaks
from .tokens import children, has_indefinite_article, is_cue

_RANKS = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant", "acting", "former", "ex"})  # a role below or after the title
_WHERE_FROM = frozenset({"NORP", "GPE", "LOC"})  # `a senior Ukrainian official`: where someone is from ties them to no one named
_LEDE_PARAGRAPHS = 2  # paragraphs after the headline where the article names whom the headline describes
_LOCAL_SENTENCES = 2  # sentences before a bare description searched for the person it goes on describing
_FORMER = frozenset({"former", "ex", "onetime", "retired", "late"})
_BELOW = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant"})  # a rank below the title it is set before
_APPOSED = frozenset({"appos", "npadvmod", "relcl"})  # how the parser hangs a name set between commas after a description


class DescribedEntities:
    """Mixed into `identity.Resolver` through `DescriptionResolution`; reads its `doc`, `entities`, `entity_at`,
    `owner`, `mention_starts`, `window` and `max_tokens`, and keeps the per-article `_description_index`."""

    def _named_just_after(self, head: Token) -> int | None:
        """A definite description that says who someone is by what they hold (`The deputy head of China's delegation
        to the forum`, `the organizer of a pro-Trump rally`) and the one person the article first names, as the one
        speaking, in the next sentence (`… said Tim Selaty`): the article describing first and naming next. A lede
        may describe by a capitalised office alone (`The Foreign Secretary has warned …`, `The Taoiseach has said …`)."""
        lede_office = head.pos_ == "PROPN" and head.lower_ in title_words() and definite(head) and self.paragraph_of(head.i) == 0
        if not (lede_office or any(c.dep_ in ("prep", "poss") for c in children(head))) or head.tag_ in PLURAL_TAGS:
            return None
        sentence = head.sent
        if sentence.end >= len(self.doc):
            return None
        following = self.doc[sentence.end].sent
        if following.start - sentence.end > 2:  # only paragraph breaks between them
            return None
        speaking = {self.entity_at[i] for i in range(following.start, following.end)
                    if self.entity_at[i] != -1 and self.owner[i] == -1 and (_subject_of_cue(self.doc[i]) or _titled_subject(self.doc[i]))}
        newcomers = [index for index in speaking if self.entities[index].kind == "person" and min(self.mention_starts[index], default=-1) >= following.start]
        return newcomers[0] if len(newcomers) == 1 else None

    def _apposed_person(self, head: Token) -> int | None:
        """`The editor I was meeting, Paula Brandt, stopped …`, `The other man, his brother Ivan Dunne, 59, said`:
        a description the article names between commas right after it is the person it names, though the parser
        hung the name on the description's clause (`npadvmod`) or on a relation noun set beside it (`his brother`)."""
        doc = self.doc
        for i in range(head.i + 1, min(head.right_edge.i + 1, head.i + self.max_tokens)):
            if not self._person_at(i) or (i + 1 < len(doc) and self.entity_at[i + 1] == self.entity_at[i]):
                continue  # only the name's last word, where the parser hangs it
            name = doc[i]
            first = i
            while first > 0 and self.entity_at[first - 1] == self.entity_at[i]:
                first -= 1
            top = name
            while top.head.i != head.i and top.dep_ in _APPOSED and top.head.i != top.i:
                top = top.head
            if top.head.i != head.i or top.dep_ not in _APPOSED:
                continue
            opened = doc[first - 1].text == "," or (name.dep_ == "appos" and name.head.left_edge.i > 0 and doc[name.head.left_edge.i - 1].text == ",")
            closed = i + 1 == len(doc) or doc[i + 1].text in (",", ")", "—", "–")
            if opened and closed:
                return self.entity_at[i]
        return None

    def _lede_holder(self, head: Token) -> int | None:
        """`DNC chair dismisses …` in a headline, `Democratic National Committee Chair Debbie Wasserman Schultz` in
        the lede: the one person the opening paragraphs first name with a title ending in the headline's title (one
        written without a determiner, as headlines write them, and not one unnamed sources go by)."""
        word = (role_terms(head.lower_) or [head.lower_])[-1]
        if (word not in title_words() and head.lemma_.lower() not in title_words()) or word in anonymous_titles():
            return None  # `an aide said` is an unnamed source, whoever the lede names an aide
        holders = {index for index in self._described_by(word) if self.entities[index].kind == "person"
                   and self.paragraph_of(min(self.mention_starts[index], default=len(self.doc))) <= _LEDE_PARAGRAPHS
                   and any(self._role_ends_with(role, [word]) for role in self.entities[index].roles)}
        return holders.pop() if len(holders) == 1 else None

    def headline_noun(self, head: Token, named: int) -> bool:
        """`Newspaper Says …`: a common noun for an organisation that only the headline's title case capitalised
        (written nowhere else as a name, with no determiner) is a description to resolve, not an organisation's name."""
        entity = self.entities[named]
        if self.work_by(head) is not None:
            return True  # `"The Harbor Years," by Ana Ruiz`: a title in quotation marks, not who it names
        return (entity.kind in ("organization", "unknown") and entity.name.lower() == head.lower_ and head.lower_ in organisation_nouns()
                and len(self.mention_starts[named]) == 1 and self.paragraph_of(head.i) == 0
                and not any(c.dep_ in ("det", "poss", "compound") for c in children(head)))

    def work_by(self, head: Token) -> int | None:
        """`"The Harbor Years: A Family Saga," by Ana Ruiz, tells …`: a title written in quotation marks and followed
        by `by` and a named person is that person's work, and speaks for its author (whoever its title names)."""
        doc = self.doc
        opening = next((i for i in range(head.i - 1, max(-1, head.i - self.max_tokens), -1) if doc[i].is_quote), None)
        closing = next((i for i in range(head.i + 1, min(len(doc), head.i + self.max_tokens)) if doc[i].is_quote), None)
        if opening is None or closing is None or any("\n" in t.text for t in doc[opening:closing]):
            return None
        by = closing + 1 + (closing + 1 < len(doc) and doc[closing + 1].text == ",")
        if doc[closing - 1].text == "," and by < len(doc) and doc[by].lower_ != "by":
            by = closing + 1
        if by + 1 >= len(doc) or doc[by].lower_ != "by" or not self._person_at(by + 1):
            return None
        return self.entity_at[by + 1]

    def _lede_organisation(self, head: Token) -> int | None:
        """`Newspaper says …` in a headline over `a Baton Rouge newspaper called on … The Advocate had chided …`: a
        headline's organisation noun, written without a determiner, is the one organisation the opening paragraphs
        make the subject of a sentence (outside quotations); several such, or none, leave it unnamed."""
        breaks = paragraph_breaks(self.doc)
        end = breaks[_LEDE_PARAGRAPHS] if len(breaks) > _LEDE_PARAGRAPHS else len(self.doc)
        start = breaks[0] if breaks else len(self.doc)
        found = {self.entity_at[i] for i in range(start, min(end, start + self.window))
                 if self.entity_at[i] != -1 and self.owner[i] == -1 and self.doc[i].dep_ in SUBJECTS
                 and self.doc[i].ent_type_ not in ("PERSON", "GPE", "LOC") and self.entities[self.entity_at[i]].kind in ("organization", "unknown")
                 and not self.entities[self.entity_at[i]].plural}  # `Republicans` are a group, not the headline's one body
        return found.pop() if len(found) == 1 else None

    def _subject_named_next(self, head: Token) -> int | None:
        """`A Clinton ally suggested …` then `Virginia Gov. Terry McAuliffe tried to walk back his comments`: an
        indefinite description tied to someone named (`Clinton`), as its sentence's subject, is the one person the
        article first names as the subject of the next sentence with a role of their own, not one reporting anew
        (`… said John Ruiz, a neighbor` is someone else) nor one the sentence happens to mention (`Driver John Ruiz
        was taken to hospital`)."""
        sentence = head.sent
        if head.dep_ not in SUBJECTS or sentence.end >= len(self.doc):
            return None
        if not any(self.entity_at[t.i] != -1 and t.ent_type_ not in _WHERE_FROM for t in head.subtree if t.i != head.i and t.i - head.i < self.max_tokens):
            return None  # `an aide said` names no one it is tied to: an unnamed source, whoever is named next (so is
            # `a senior Ukrainian energy official`, whose nationality ties them to nobody)
        following = self.doc[sentence.end].sent
        if following.start - sentence.end > 2:
            return None
        found = {self.entity_at[t.i] for t in following if t.dep_ == "nsubj" and self._person_at(t.i) and not is_cue(t.head)
                 and min(self.mention_starts[self.entity_at[t.i]], default=-1) >= following.start}
        if len(found) != 1:
            return None
        newcomer = found.pop()
        stated, gender = gender_words().get(head.lemma_.lower()), self.entities[newcomer].gender
        if not self.entities[newcomer].roles or (stated and gender and str(gender) != stated):
            return None  # introduced by a role of their own, and not `a spokeswoman` for a man
        return newcomer

    def _lede_subject_named_next(self, head: Token) -> int | None:
        """`A grandmother who was wrongly told she owed £14,000 says …` then `Margaret Ellery, from Stockport, …`: a
        human-interest lede reports someone by an indefinite description and opens the next paragraph with their
        name, the first time the article writes it, as its subject, introduced between commas (`, from Stockport,`,
        `, 67,`). `A witness said … John Ruiz drove the truck` in one paragraph is someone else, and so is the next
        paragraph's resident after `A senior official, who spoke on condition of anonymity, said`."""
        sentence = head.sent
        if head.dep_ not in SUBJECTS or self.paragraph_of(head.i) > 1 or sentence.end >= len(self.doc):
            return None
        if _kept_anonymous(head):
            return None
        following = self.doc[sentence.end].sent
        first = following.start
        while first < min(following.end - 1, following.start + _TITLE_WORDS) and self.entity_at[first] == -1 and self.doc[first].text[:1].isupper() and is_title(self.doc[first]):
            first += 1  # `Sir Gerald Thorne, who sat in the Court of Appeal, …`, `Lord Thorne of Alnmouth, …`: the title opens the name
        if following.start - sentence.end > 2 or not self._person_at(first):
            return None
        if self.paragraph_of(following.start) == self.paragraph_of(head.i):
            return None
        newcomer = self.entity_at[first]
        name = first
        while name + 1 < following.end and self.entity_at[name + 1] == newcomer:
            name += 1
        subject = self.doc[name]
        if subject.dep_ != "nsubj" or min(self.mention_starts[newcomer], default=-1) < following.start:
            return None
        after = name + 1
        if first > following.start and self.doc[first - 1].lower_ in _PEERS and after < following.end and self.doc[after].lower_ == "of":
            after += 1  # `Lord Thorne of Alnmouth, …`: a peer's territorial title after the name
            while after < following.end and self.doc[after].text[:1].isupper():
                after += 1
        if after >= following.end or self.doc[after].text != ",":
            return None
        stated, gender = gender_words().get(head.lemma_.lower()), self.entities[newcomer].gender
        return None if stated and gender and str(gender) != stated else newcomer

    def _named_next(self, head: Token) -> int | None:
        """The one person the article first names within the window after an unnamed description, with a role of
        the same head noun whose capitalised words the description also writes (`Jupiter police spokesman` for
        `a spokesman for the Jupiter Police Department`): the article describing first and naming next."""
        word = (role_terms(head.lower_) or [head.lower_])[-1]
        written = {t.lower_ for t in head.subtree}
        found = set()
        for index in self._described_by(word):
            starts = self.mention_starts[index]
            if self.entities[index].kind != "person" or not starts or not head.i < starts[0] < head.i + self.window:
                continue
            for role in self.entities[index].roles:
                terms = role_terms(role)
                proper = {w.lower() for w in role.split() if w[:1].isupper() and w.lower() not in DEFINITE}
                if terms and terms[-1] == word and proper and proper <= written:
                    found.add(index)
                elif terms in ([word], ["the", word]) and self.paragraph_of(starts[0]) == self.paragraph_of(head.i) and not _kept_anonymous(head):
                    found.add(index)  # `A spokesperson for the alliance said …` then `The spokesperson, Megan Thornquist, did not …`
        return found.pop() if len(found) == 1 else None

    def _described_entity(self, head: Token) -> int | None:
        """`the rookie goalkeeper` after `Mara Lind, a rookie goalkeeper`: a definite description the article
        attached to one entity (its head word ends or opens the description); the most recently mentioned one."""
        lemma = head.lemma_.lower()
        titled = lemma in title_words() or head.lower_ in title_words()
        if head.pos_ not in ("NOUN", "ADJ", "NUM") and not (head.pos_ == "PROPN" and titled):
            return None
        owners = [c for c in children(head) if c.dep_ == "poss"]  # `his chief aide`, `the prime minister's spokesman`
        if owners and all(o.pos_ == "NOUN" and o.lemma_.lower() not in title_words() for o in owners):
            whole = self._whole_role_holder(head)
            if whole is not None:
                return whole
        if not definite(head) and not owners:
            return self._introduced_as(head)
        start = max([head.left_edge.i] + [owner.right_edge.i + 1 for owner in owners])
        end = head.i + 1
        if owners:  # `her chief of staff`: the whole role, up to the first break
            while end < min(head.right_edge.i + 1, head.i + self.max_tokens) and not self.doc[end].is_punct and self.owner[end] == -1:
                end += 1
        elif titled and (portfolio := portfolio_end(head)) is not None:
            end = portfolio + 1  # `the Minister for Health` is not the article's Minister for Housing
        words = [t.lower_ for t in self.doc[start:end] if t.lower_ not in DEFINITE and not t.is_punct and t.tag_ != "POS"]
        if not words or len(words) > self.max_tokens or (owners and len(words) < 2):
            return None  # `her friend` is anyone's friend; `his chief aide` is a role the article gave
        phrase = " ".join(role_terms(" ".join(words)))
        numbers = {term for term in phrase.split() if term.isdigit()}  # `the 19-year-old`
        wanted = "organization" if lemma in organisation_nouns() else "person" if titled or lemma in gender_words() else None
        word, lemma = (role_terms(head.lower_) or [head.lower_])[-1], (role_terms(lemma) or [lemma])[-1]
        best: tuple[int, int] | None = None
        chosen = None
        proper = {term for t in self.doc[start : head.i] if t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE") for term in role_terms(t.lower_)}
        for index in self._described_by(word) | self._described_by(lemma):
            entity = self.entities[index]
            if wanted and str(entity.kind) != wanted:
                continue
            known = {term for text in (*entity.roles, entity.name) for term in role_terms(text)}
            if not proper <= known:
                continue  # `the Vermont senator` is not the senator the article never tied to Vermont
            score = 0
            for text in entity.roles:
                lowered = role_terms(text)
                if not lowered or (lowered[0] in _FORMER and not phrase.startswith(lowered[0])):
                    continue  # `the governor` is not `former Florida Gov. Jeb Bush`
                if text.split()[-1].lower() in honorifics():
                    continue  # `partner at Mr.`: a role cut at the person's own name (`a partner at Mr. Birdthistle's firm`)
                if phrase.split()[0] in _FORMER and phrase.split()[0] not in lowered:
                    continue  # nor is `the former president` the sitting `President Obama`
                if _BELOW & set(lowered[:-1]) and not _BELOW & set(phrase.split()):
                    continue  # nor `the U.S. attorney` an `Assistant U.S. Attorney`, a rank below the title
                if _other_portfolio(lowered, phrase.split()):
                    continue  # nor `the Minister for Health` the `Minister for Housing`
                if numbers and not numbers & set(lowered):
                    continue  # nor is `the 19-year-old` the `20-year-old` (or the `old Moncton Coliseum`): the role states its number
                if " ".join(lowered).startswith(phrase) or " ".join(lowered).endswith(phrase):
                    score = max(score, 2)
                elif lowered[-1] in (word, lemma) or lowered[0] in (word, lemma):
                    score = max(score, 1)
            if not score and entity.kind == "organization" and names_its_kind(entity.name, lemma):
                score = 1  # `the agency` after `the Environmental Protection Agency`
            starts = self.mention_starts[index]
            before = bisect_left(starts, head.i)
            if not score or not before or (owners and score < 2):
                continue  # an owned description (`his aide`) must repeat a whole role, not only its head word
            rank = (score, starts[before - 1])
            if best is None or rank > best:
                best, chosen = rank, index
        return chosen

    def _whole_role_holder(self, head: Token) -> int | None:
        """`The bill's author said` after `state Rep. Dale Pruett, R-Tyler, the bill's author`: a description owned by
        a thing (`the bill's`, `the agency's`), not a person, says whose role it is; the one person the article gave
        that whole role, named before it, is who it stands for."""
        end = head.i + 1
        while end < min(head.right_edge.i + 1, head.i + self.max_tokens) and not self.doc[end].is_punct and self.owner[end] == -1:
            end += 1
        phrase = _unopened(role_terms(self.doc[head.left_edge.i : end].text))
        if len(phrase) < 2:
            return None
        word = (role_terms(head.lower_) or [head.lower_])[-1]
        found = {index for index in self._described_by(word) if self.entities[index].kind == "person"
                 and bisect_left(self.mention_starts[index], head.i) > 0
                 and any(_unopened(role_terms(role)) == phrase for role in self.entities[index].roles)}
        return found.pop() if len(found) == 1 else None

    def _introduced_as(self, head: Token) -> int | None:
        """`a spokeswoman for Hillary Clinton said` after `Jennifer Palmieri, a spokeswoman for Hillary Clinton`:
        an indefinite description is someone the article named only when it repeats a whole role of theirs."""
        if not has_indefinite_article(head):
            return None
        sole = self._sole_holder(head)
        if sole is not None:
            return sole
        end = min(head.right_edge.i + 1, head.i + self.max_tokens)
        words = role_terms(" ".join(t.lower_ for t in self.doc[head.left_edge.i : end] if not t.is_punct and t.lower_ not in ("a", "an")))
        if len(words) < 3:
            return None
        phrase = " ".join(words)
        found = {index for index in self._described_by((role_terms(head.lower_) or [head.lower_])[-1]) if any(" ".join(role_terms(role)) == phrase for role in self.entities[index].roles)}
        return found.pop() if len(found) == 1 else None

    def _sole_holder(self, head: Token, whole: bool = False) -> int | None:
        """`A New York judge rejected …` in an article whose only judge is `Judge Frank Nervo`, named later: an
        indefinite title is the one person the article gives that title, unless unnamed sources go by it (`an aide`).
        With `whole`, a definite one (`the judge`, `The Minister for Housing`: a portfolio's `for`/`of` phrase right
        after the title is part of it) likewise, when a role of theirs ends with the description. Either way the
        article names them before it or within the window after it (`an architect who said he was stiffed` is not the
        campaign's `architect` named pages later)."""
        word = (role_terms(head.lower_) or [head.lower_])[-1]
        if head.lemma_.lower() not in title_words() or word in anonymous_titles() or head.lemma_.lower() in anonymous_titles():
            return None
        words = [word]
        if whole:
            prepositions = [c for c in children(head) if c.dep_ == "prep"]  # `The Minister for Housing has said` in a lede
            end = portfolio_end(head) if prepositions else head.i
            if any(c.dep_ in ("poss", "relcl", "acl", "appos", "conj") for c in children(head)) or end is None:
                return None
            words = role_terms(" ".join(t.lower_ for t in self.doc[head.left_edge.i : end + 1] if t.lower_ not in DEFINITE and not t.is_punct))
        holders = {index for index in self._described_by(word) if self.entities[index].kind == "person"
                   and any(self._role_ends_with(role, words) for role in self.entities[index].roles)}
        if len(holders) != 1:
            return None
        holder = holders.pop()
        if min(self.mention_starts[holder], default=len(self.doc)) >= head.i + self.window:
            return None  # a title names someone the article is about to name, not someone named pages later
        return holder

    @staticmethod
    def _role_ends_with(role: str, words: list[str]) -> bool:
        """`Democratic presidential nominee` ends with `presidential nominee`; `Democratic vice presidential
        nominee` does not end with `Democratic presidential nominee`, and `lieutenant governor` is no `governor`."""
        terms = role_terms(role)
        return len(terms) >= len(words) and terms[len(terms) - len(words):] == words and not _RANKS & set(terms[: len(terms) - len(words)])

    def _may_hold(self, index: int, head: Token) -> bool:
        """Whether this person may hold the title `head`: not when they hold a rank below it (`Assistant U.S.
        Attorney`), nor when the title is an office of a place (`the U.S. attorney`) or owns an office (`The mayor's
        office said`) and the titles the article gave them are others (`her chief of staff`, `Councilmember`)."""
        if self._holds_rank_below(index, head):
            return False
        placed = any(t.pos_ == "PROPN" or t.ent_type_ == "GPE" for t in head.subtree if t.i < head.i)
        office = head.dep_ == "poss" and head.head.lemma_.lower() == "office"
        return not ((placed or office) and self._contradicts_role(index, head))

    def _holds_rank_below(self, index: int, head: Token) -> bool:
        """`the U.S. attorney` and `Assistant U.S. Attorney Kevin Sandoval`: every role of this person's that ends
        with the description's title sets a rank below it (`assistant`, `deputy`, `vice`), which the description
        does not write. A bare title (`the coroner said` after `Deputy State Coroner Magistrate Helen Kovac`) names
        no office of its own to be below."""
        word = (role_terms(head.lemma_.lower()) or [head.lemma_.lower()])[-1]
        before = [t for t in head.subtree if t.i < head.i]
        if _BELOW & {t.lower_ for t in before} or all(t.dep_ == "det" for t in before):
            return False
        ending = [terms for terms in map(role_terms, self.entities[index].roles) if terms and terms[-1] == word]
        return bool(ending) and all(_BELOW & set(terms[:-1]) for terms in ending)

    def _contradicts_role(self, index: int, head: Token) -> bool:
        """`the Republican presidential candidate` is not `Mayor Bill de Blasio`: a description headed by a title
        contradicts a person the article gave titles, none of them that one."""
        word = (role_terms(head.lemma_.lower()) or [head.lemma_.lower()])[-1]
        if word not in title_words() or word in honorifics():
            return False
        titled = [terms for terms in map(role_terms, self.entities[index].roles) if any(t in title_words() and t not in honorifics() for t in terms)]
        return bool(titled) and not any(word in terms for terms in titled)

    def _holds_other_portfolio(self, index: int, head: Token) -> bool:
        """`the Minister for Health` is not `Tom Reid, the Minister for Housing`: the description gives its title a
        portfolio, and a role of this person gives the same title another."""
        end = portfolio_end(head)
        if end is None:
            return False
        description = role_terms(" ".join(t.lower_ for t in self.doc[head.i : end + 1]))
        return any(_other_portfolio(role_terms(role), description) for role in self.entities[index].roles)

    def _paragraph_person(self, head: Token) -> int | None:
        """`Comedian George Lopez stopped by … Lopez's show was cancelled. The star noted …`: the named person who
        is the subject of one of the two sentences before, in the same paragraph or, for a description opening its
        paragraph, the last sentence of the one before (outside quotations), when the description's own sentence
        names no one before it, the paragraph writes its noun for no one else first (`an aide … The aide said` is
        the aide), no other person named there holds that title (`Clinton … her advantage over Sanders. The
        senator`) and none of that person's titles contradicts it."""
        lemma = head.lemma_.lower()
        word = (role_terms(lemma) or [lemma])[-1]
        sentence = head.sent
        if any(self._person_at(i) for i in range(sentence.start, head.i)):
            return None  # `The prospect of Trump's speech … because of the businessman's rhetoric`: its own sentence says
        for step in range(_LOCAL_SENTENCES):
            start = sentence.start
            if start == 0 or (step and "\n" in self.doc[start - 1].text_with_ws):
                return None  # only the last sentence of the paragraph before counts
            sentence = self.doc[start - 1].sent
            if any(t.lemma_.lower() == lemma and self.entity_at[t.i] == -1 and self.owner[t.i] == -1 for t in sentence):
                return None
            named = {self.entity_at[t.i] for t in sentence if self._person_at(t.i)}
            subjects = {self.entity_at[t.i] for t in sentence if (t.dep_ in SUBJECTS or cleft_focus(t)) and self._person_at(t.i)}
            if len(subjects) > 1 or any(word in role_terms(role) for other in named - subjects for role in self.entities[other].roles):
                return None
            if subjects:
                local = subjects.pop()
                return None if self._contradicts_role(local, head) else local
        return None

    def _introduced_just_before(self, head: Token) -> int | None:
        """`… some of his supporters saw a culprit in Alison Lundergan Grimes. The secretary of state and 2014
        candidate for U.S. Senate, a longtime supporter of Clinton, even went on CNN`: a definite title opening its
        sentence right after a sentence of the same paragraph that ends by naming a person for the first time is
        that newcomer, whom the article goes on to say who they are, not the older subject of the passage; unless
        a title the article already gave the newcomer contradicts it."""
        lemma = head.lemma_.lower()
        if head.tag_ in PLURAL_TAGS or not definite(head) or head.pos_ != "NOUN" or lemma not in title_words():
            return None
        if any(c.dep_ in ("poss", "relcl", "acl") for c in children(head)) or head.dep_ not in SUBJECTS:
            return None  # `the senator's aide`, `the official who …`: another person, or one the clause describes
        start = head.sent.start
        if head.left_edge.i != start or start == 0 or "\n" in self.doc[start - 1].text_with_ws:
            return None
        last = start - 1
        while last > 0 and (self.doc[last].is_punct or self.doc[last].is_space):
            last -= 1
        index = self.entity_at[last]
        if not self._person_at(last) or self.doc[last].sent.start != self.doc[start - 1].sent.start:
            return None
        first, _ = self._mention_bounds(last)
        if min(self.mention_starts[index], default=first) < first:
            return None  # named before: the sentence only mentions someone the article already introduced
        return None if self._contradicts_role(index, head) else index

    def _described_by(self, word: str) -> set[int]:
        """Entities whose descriptions (or, for organisations, names) contain `word`; indexed once per article."""
        if self._description_index is None:
            index: dict[str, set[int]] = {}
            for position, entity in enumerate(self.entities):
                texts = list(entity.roles) + ([entity.name] if entity.kind == "organization" else [])
                for text in texts:
                    for each in role_terms(text):
                        index.setdefault(each, set()).add(position)
            self._description_index = index
        return self._description_index.get(word, set())


def names_its_kind(name: str, noun: str) -> bool:
    """`the agency` is the `Environmental Protection Agency`, `the police` the `Jupiter Police Department`: the noun
    ends the name or only one body's head follows it; `the state government` is not the `Local Government Service
    Board`, where the noun modifies a name with heads of other kinds after it (`Service`, `Board`)."""
    words = name.lower().split()
    if noun not in words:
        return False
    rest = name.split()[words.index(noun) + 1 :]
    return sum(1 for word in rest if is_organisation_head(word)) <= 1


_ANONYMOUS = frozenset({"anonymity", "anonymously"})
_TITLE_WORDS = 3  # title words that may open a name (`Det Supt`, `Sir`, `Lord`)
_PEERS = frozenset({"lord", "baroness", "lady", "viscount", "earl"})


def _other_portfolio(role: list[str], description: list[str]) -> bool:
    """Both give the same title a portfolio (`minister for health`, `minister for housing`), and not the same one."""
    title = next((k for k in range(len(description) - 1) if description[k + 1] in PORTFOLIO_LINKS), None)
    if title is None or description[title] not in role:
        return False
    held = role.index(description[title])
    return held + 1 < len(role) and role[held + 1] in PORTFOLIO_LINKS and role[held:] != description[title:]


def _unopened(terms: list[str]) -> list[str]:
    """A role's words without the article before them: `the bill's author` and `a bill's author` are one role."""
    return terms[1:] if terms and terms[0] in ("the", "a", "an") else terms


def _kept_anonymous(head: Token) -> bool:
    """A description the article says hides a name on purpose (`who spoke on condition of anonymity`, `who was not
    authorized to discuss it`): whoever it names next is someone else."""
    return any(
        token.lower_ in _ANONYMOUS
        or (token.lemma_.lower() in word_list("permission_words.txt") and any(c.dep_ == "neg" for c in children(token)))
        for token in head.subtree
    )


def _subject_of_cue(token: Token) -> bool:
    return token.dep_ == "nsubj" and is_cue(token.head)


def _titled_subject(token: Token) -> bool:
    """`Secretary for Security Edwin Yeung Kin-pong said`: the parse made the title with its portfolio the subject and
    joined the name to it; the name is who speaks."""
    return token.dep_ == "conj" and token.head.lower_ in title_words() and _subject_of_cue(token.head)
