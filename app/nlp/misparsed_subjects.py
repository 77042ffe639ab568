"""Who speaks when the parse gives a reporting verb the wrong subject, or none (issue 8, wrong speaker mentions).

Things never speak unless they are documents, and a finite verb always has a subject; where the parse breaks
either fact, the sentence's word order still shows who speaks: the phrase right before the verb, the name before
a description set off by commas, the clause a participle follows, the name a relative pronoun follows.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .lexicon import DOCUMENT_NOUNS, ORGANISATION_NOUNS, PUBLISHED_NOUNS, title_words, word_list
from .mention_extent import entity_bounds, stranded_owner
from .name_runs import fold, is_title, party_letter
from .people_words import gender_words
from .tokens import NON_AGENTS, SUBJECT_DEPS, children, forget_children, subject_of

_FINITE = frozenset({"VBZ", "VBD", "VBP"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_RELATIVES = frozenset("who which that whom".split())
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_PERSONAL = frozenset("i we you he she they".split())
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_PARTITIVE = frozenset({"of", "in"})
_ASIDE_TOKENS = 20
_RELATIVE_ASIDE_TOKENS = 32  # a relative clause set off by commas runs longer than a description
_ASIDE_RELATIVES = frozenset({"who", "whose", "whom", "which", "where"})  # open a relative clause inside an aside
_MARKS = frozenset("\"“”‘’«»—–")


def names_people(lemma: str) -> bool:
    return lemma in ORGANISATION_NOUNS or lemma in word_list("people_nouns.txt") or lemma in title_words() or lemma in gender_words()


def a_thing(noun: Token) -> bool:
    """A common noun naming no person, group or organisation the article names (`data`, `planks`)."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and not names_people(noun.lemma_.lower())


def _document(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in DOCUMENT_NOUNS or lemma in PUBLISHED_NOUNS or lemma in word_list("document_nouns.txt")


def animate(token: Token) -> bool:
    """Someone who can speak: a name, a personal pronoun, or a noun for people or an organisation."""
    if token.ent_type_ in _NAMED or token.pos_ == "PROPN":
        return True
    if token.pos_ == "PRON":
        return token.lower_ in _PERSONAL
    return token.pos_ == "NOUN" and names_people(token.lemma_.lower())


def mute(token: Token) -> bool:
    """A subject that cannot be who speaks: `it`, or a thing that is no document (`It was a potent punch`,
    `Her comments are in response to …`)."""
    if token.pos_ == "PRON":
        return token.lower_ == "it"
    return a_thing(token) and not _document(token)


def name_read_as_modal(verb: Token) -> Token | None:
    """`While Will acknowledges …`, `May said …`: a capitalised `modal` before a finite verb, which no modal can
    precede, is the verb's subject, a name."""
    if verb.tag_ not in _FINITE or subject_of(verb) is not None:
        return None
    for child in children(verb):
        if child.dep_ == "aux" and child.tag_ == "MD" and child.i < verb.i and child.is_title and child.i > 0 \
                and not verb.doc[child.i - 1].is_sent_end:
            return child
    return None


def subject_beside(verb: Token, owner: list[int] | None, content=()) -> Token | None:
    """A finite verb the parse left without a subject (the phrase before it taken for the object of `than`, a
    conjunct, an apposition): the noun phrase right before it is its subject (`than the oil industry says`,
    `Ryan's office announced`, `Jane Doe, a spokeswoman for Ryan, told`, `Mr. Lane, asked about it, had said`)."""
    if verb.tag_ not in _FINITE and not (verb.tag_ == "VBN" and _has_aux_have(verb)):
        return None
    if subject_of(verb) is not None:
        return None
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and (doc[i].pos_ == "ADV" or (doc[i].dep_ == "aux" and doc[i].head.i == verb.i)):
        i -= 1
    i = _before_brackets(doc, i)
    if i < 0 or (owner is not None and owner[i] != -1):
        return None
    found = _name_before_aside(verb, i, owner) if doc[i].text == "," else (_relative_clause_owner(doc[i]) or _noun_before(doc[i]))
    if found is None or any(start <= found.idx < end for start, end in content):
        return None  # `The issue came up after Mr. Lane, asked about it, had said`: not what `said` reports
    return found


def _relative_clause_owner(last: Token) -> Token | None:
    """`a spokeswoman who asked not to be named to discuss the talks said`: the words right before the verb end a
    relative clause, so the verb's subject is whom the clause describes, not the clause's last noun."""
    clause = last
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.right_edge.i != last.i:
        return None
    relative = subject_of(clause)
    if relative is None or relative.lower_ not in _RELATIVES:
        return None
    owner = relative_antecedent(relative)
    return owner if owner.i < relative.i and animate(owner) else None


_BRACKET_TOKENS = 8


def _before_brackets(doc: Doc, i: int) -> int:
    """`Sen. Ann Ortiz (D-Ohio) said`, `the World Health Organization (WHO) said`: the words in brackets right before
    the verb (party letters, an acronym) are set aside, and the phrase before them is the subject."""
    if i < 1 or doc[i].text != ")":
        return i
    for j in range(i - 1, max(0, i - _BRACKET_TOKENS) - 1, -1):
        if doc[j].text == "(":
            return j - 1
        if doc[j].is_sent_start or doc[j].pos_ in ("VERB", "AUX"):
            return i
    return i


def _noun_before(token: Token) -> Token | None:
    if token.pos_ not in _NOMINAL or token.lower_ in _RELATIVES | NON_AGENTS or token.dep_ in SUBJECT_DEPS:
        return None
    if token.ent_type_ in ("DATE", "TIME") or token.tag_ == "POS" or any(mark in token.text for mark in _MARKS):
        return None
    if token.dep_ == "pobj" and _phrase_head(token).i == token.i and (speaker := _apposed_speaker(token)) is not None:
        return speaker  # `In an email to the Star, a spokesperson for the minister said`: `spokesperson` hung on `Star`
    if token.dep_ == "pobj" and token.head.lower_ != "than" and _phrase_head(token).i == token.i:
        return None  # `appeared on Sunday news shows`: a verb right after a preposition's object is a misread noun
    return _phrase_head(token)


def _apposed_speaker(pobj: Token) -> Token | None:
    """The people noun a preposition's object belongs to, when the parse hung that noun as an apposition on the
    phrase before it (`In a statement to CBC News, a spokesperson for the ministry said`)."""
    noun = pobj.head.head if pobj.head.dep_ == "prep" else None
    if noun is None or noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.i > pobj.i or not names_people(noun.lemma_.lower()):
        return None
    return noun


def _has_aux_have(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in _FINITE for c in children(verb))


def _phrase_head(token: Token) -> Token:
    """From the last word of a noun phrase to its head: `the oil industry`, `one in four`, `Paul Ryan's office`."""
    node = token
    while node.head.i != node.i and node.head.i < token.i + 1:
        if node.dep_ in ("compound", "flat", "nmod") and node.head.i > node.i:
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ in _PARTITIVE and node.head.head.pos_ in ("NUM", "PRON") and node.head.head.i < node.i:
            node = node.head.head  # `one in four`, `many of them`
        else:
            break
    return node


def _name_before_aside(verb: Token, comma: int, owner: list[int] | None) -> Token | None:
    """`Jane Doe, a spokeswoman for Ryan, told …`, `Mr. Lane, asked about it, had said …`: the name before a
    description, a participle or a relative clause (`Rohan Mehrotra, who co-founded the company …, said`) set off by
    commas."""
    doc = verb.doc
    opening = next((j for j in range(comma - 1, max(-1, comma - _RELATIVE_ASIDE_TOKENS), -1) if doc[j].text == ","), None)
    aged = 0
    while opening is not None and opening >= 3 and doc[opening - 1].like_num and doc[opening - 2].text == ",":
        opening -= 2  # `Linda Kessinger, 74, a retired nurse …, said`: the age is part of the aside
        aged += 2
    if opening is None or opening < 1 or (owner is not None and any(owner[j] != -1 for j in range(opening - 1, comma))):
        return None
    aside = doc[opening + 1 : comma]
    name = doc[opening - 1]
    people = name.pos_ == "NOUN" and names_people(name.lemma_.lower())  # `A senior official, granted anonymity …, said`
    relative = aside[0].lower_ in ("who", "whose") if len(aside) else False  # `Rohan Mehrotra, who co-founded …, said`
    if not (name.pos_ == "PROPN" or people) or not len(aside):
        return None
    if not relative and (len(aside) - aged > _ASIDE_TOKENS - 2
                         or any(t.tag_ in _FINITE and not _in_relative(aside, t) for t in aside[1:])):
        return None
    if relative and name.pos_ == "PROPN":
        return _phrase_head(name)  # the relative clause describes the name; a misread word in it (`co-founded`) took the verb's subject
    first = aside[0]
    head = _phrase_head(name)
    described = first.tag_ not in _FINITE and any(t.dep_ == "appos" and t.head.i == head.i for t in aside)
    # `Mr. Lane, asked about it, had said`; not a list of clauses sharing one subject (`took …, suggesting …, was …`);
    # the parse may make the noun before the aside the participle's own subject (`official` ← `granted`)
    participle = first.tag_ in ("VBN", "VBG", "VBD") and first.dep_ != "amod" and verb.dep_ != "conj" \
        and not any(c.dep_ in SUBJECT_DEPS and (c.i != head.i or not (people or name.pos_ == "PROPN")) for c in children(first))
    if people and not participle:
        return _apposed_name(aside, head)
    if not (described or participle):
        return None
    return head


def _apposed_name(aside: Span, head: Token) -> Token | None:
    """`In a statement read to the inquest by the coroner's officer, Iestyn's mother, Nia ap Gwilym, said …`: the parse
    hung the people noun on the opening phrase and left the verb no subject; a proper name set off after the noun as
    its apposition (the whole aside) is the person it describes, who speaks."""
    sibling = head.dep_ == "appos"  # `through Police Scotland, Mr Qureshi's widow, Ayesha,`: both hung on the place
    if not any(t.dep_ == "appos" and t.pos_ == "PROPN" and (t.head.i == head.i or (sibling and t.head.i == head.head.i)) for t in aside):
        return None  # the parse may hang a particle (`ap`, `de`) elsewhere; one word of the name is the noun's apposition
    if not (aside[0].pos_ == "PROPN" and aside[-1].pos_ == "PROPN" and all(t.pos_ == "PROPN" or t.is_lower for t in aside)):
        return None
    return aside[-1]


def _in_relative(aside: Span, verb: Token) -> bool:
    """`a retired nurse in Salina whose tax bill has doubled`: a finite verb after a relative word of the aside is the
    relative clause's, which describes the name as the aside does."""
    return any(t.lower_ in _ASIDE_RELATIVES and t.i < verb.i for t in aside[1:])


def name_left_before_verb(verb: Token, agent: Token) -> Token | None:
    """`WASHINGTON — Sen. Jo Hale (R-Iowa) on Wednesday downplayed the governor's attack … and said …`: after a
    dateline the parse may hang the name on the place and make the object the verb's subject; a thing after its
    verb is no subject, and the name ending right before the verb's own words, hung on nothing of the verb's, is."""
    if agent.i < verb.i or not mute(agent) or verb.tag_ not in _FINITE:
        return None
    doc = verb.doc
    i = verb.left_edge.i - 1
    if i < 0:
        return None
    token = doc[i].head if doc[i].text == ")" else doc[i]  # `Jo Hale (R-Iowa)`: the name the party letters follow
    name = _phrase_head(token)
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG") or name.head.i >= verb.i:
        return None
    return name


def whose_clause_read_as_content(cue: Token) -> Token | None:
    """`Huang Tsung-yi (黃宗義), whose son was killed by a drunk driver, said …`: after a name with its bracket (as
    Taiwanese news write the name in Chinese characters), the parse read the `whose` clause as a clause the verb
    reports, before it, and left the verb without a subject; the name before the bracket speaks. (Without a bracket
    the parse is left alone: train-named's `Mr. Slinker, whose latest start-up …, said` is not annotated.)"""
    if any(c.dep_ in SUBJECT_DEPS for c in children(cue)):
        return None
    doc = cue.doc
    for clause in children(cue):
        if clause.dep_ != "ccomp" or clause.i > cue.i:
            continue
        whose = next((t for t in clause.subtree if t.lower_ == "whose" and t.i > 1 and doc[t.i - 1].text == ","), None)
        if whose is None:
            return None
        k = whose.i - 2
        if doc[k].text != ")":
            return None
        k = next((j - 1 for j in range(k - 1, max(k - 6, 0), -1) if doc[j].text == "("), -1)
        return doc[k] if k >= 0 and doc[k].pos_ == "PROPN" and doc[k].ent_type_ == "PERSON" else None
    return None


def currency_read_as_verb(cue: Token) -> Token | None:
    """`Choi Min-ji, 34, who lost a 210 million won deposit …, said`: Korean news writes sums in `won`, which the parse
    reads as the verb `won` of the subject before it, hung on the cue as the clause it reports, leaving the cue no
    subject; that verb's subject (the name) speaks."""
    if any(c.dep_ in SUBJECT_DEPS for c in children(cue)):
        return None
    doc = cue.doc
    for clause in children(cue):
        if clause.dep_ == "ccomp" and clause.i < cue.i and clause.lower_ == "won" and clause.i > 0 and doc[clause.i - 1].like_num:
            return next((c for c in children(clause) if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
    return None


def subject_of_with(cue: Token) -> Token | None:
    """`The talk ended with Maddow asking whether …`: the noun of `with` is the subject of the participle after it."""
    if cue.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in children(cue)) or cue.i < 2:
        return None
    noun = cue.doc[cue.i - 1]
    if noun.pos_ not in ("PROPN", "NOUN", "PRON") or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    return noun if animate(noun) else None


def reporter_of_the_clause(cue: Token, node: Token, agent: Token) -> Token | None:
    """`Ms. Ortiz forecast that the economy would recover and praised …`: the parse joined the second verb to the
    clause the first one reports; a thing cannot praise, so the verb goes on in the voice of the reporter."""
    if cue.dep_ != "conj" or cue.head.i != node.i or node.dep_ != "ccomp" or not mute(agent):
        return None
    reporter = subject_of(node.head)
    return reporter if reporter is not None and reporter.i < node.i and animate(reporter) else None


_CONTRACTIONS = frozenset("’ve 've ’re 're ’d 'd ’ll 'll ’s 's ’m 'm".split())


def pronoun_before_contraction(agent: Token) -> Token | None:
    """`the delegates who’ve already said`: a contraction the tagger took for the subject leaves the pronoun it is
    glued to, which is the subject."""
    if agent.lower_ not in _CONTRACTIONS or agent.i < 1:
        return None
    pronoun = agent.doc[agent.i - 1]
    return pronoun if pronoun.pos_ == "PRON" and pronoun.whitespace_ == "" else None


def clause_before_participle(cue: Token, agent: Token) -> Token | None:
    """`It was a potent punch, as Clinton echoed the criticism, saying …`, `in response to a letter the campaign sent
    on Monday alleging …`: a participle whose subject the parse found in a thing belongs to the clause right before
    it, whose subject speaks."""
    if cue.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in children(cue)) or not mute(agent) or agent.i > cue.i:
        return None
    doc = cue.doc
    i = cue.i - 1
    while i > agent.i and doc[i].is_punct:
        i -= 1
    node = doc[i]
    while node.head.i != node.i and node.head.i < cue.i and node.i > agent.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subject = subject_of(node)
            if subject is not None and subject.i > agent.i and animate(subject):
                return subject
            return None
    return None


def object_read_as_subject(cue: Token, agent: Token) -> Token | None:
    """`they will hold banners proclaiming: …`: a thing right before a participle, which the parse made its subject,
    is the object of the verb above, and who holds, carries or sends it speaks through it."""
    if cue.tag_ != "VBG" or agent.head.i != cue.i or agent.i != cue.i - 1 or not mute(agent) or agent.pos_ != "NOUN":
        return None
    verb = cue.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > agent.i or verb.lemma_.lower() in word_list("receiving_verbs.txt"):
        return None
    subject = subject_of(verb)
    return subject if subject is not None and animate(subject) else None


def stranded_preposition_owner(verb: Token, agent: Token) -> Token | None:
    """`A spokesperson for Health Minister Sylvia Jones said`, `In an email to the Star, a spokesperson for …
    said`: the parse made the name the verb's subject and left `for` without its object; the name is that object,
    and the person the preposition hangs on speaks (as `a spokesman for Mayor Olivia Chow said`, parsed right)."""
    if agent.dep_ != "nsubj" or agent.head.i != verb.i:
        return None
    noun = stranded_owner(agent)
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "appos") or not animate(noun):
        return None
    return noun


def participle_before_apposition(agent: Token) -> Token | None:
    """`Reacting, the state government, in a statement …, said`, `Speaking, the minister said`: a participle alone
    before a comma, opening the sentence (Nigerian and Ghanaian news), which the parse made the verb's subject and
    the speaker its apposition; the apposition speaks."""
    participle = agent.tag_ == "VBG" or (agent.lower_.endswith("ing") and agent.is_alpha and len(agent) > 5)  # tagged `NN` in a long article
    if not participle or _sentence_opening(agent).i != agent.i:
        return None
    apposed = [c for c in children(agent) if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
    # the aside after the apposition may hang on the participle too (`…, through its commissioner, Mr Tunde Ajayi, said`)
    if len(apposed) != 1 or any(c.dep_ not in ("appos", "punct") and c.i < apposed[0].i for c in children(agent)) or agent.nbor(1).text != ",":
        return None
    return apposed[0]


def _sentence_opening(token: Token) -> Token:
    """The first word of the token's sentence, after the blank lines a paragraph break leaves at its start."""
    sentence = token.sent
    return next((t for t in sentence if not t.is_space), sentence[0])


_FRONTED_PLACE = frozenset("in at on near outside inside across along behind beyond".split())


def person_after_fronted_place(agent: Token) -> Token | None:
    """`Outside City Hall, Samir Haddad, who owns a grocery …, said`, `In Orangi Town's Sector 11-1/2, Nasreen Bibi, a
    mother of five, said`: a place set before the sentence's subject with a comma, which the parse made the verb's
    subject and the person its apposition; the person named right after the comma speaks."""
    sentence = agent.sent
    opening = _sentence_opening(agent)
    if opening.lower_ not in _FRONTED_PLACE or agent.ent_type_ == "PERSON":
        return None
    comma = next((t.i for t in sentence if t.text == ","), None)
    if comma is None or not opening.i <= agent.i < comma or comma + 1 >= sentence.end:
        return None
    doc = agent.doc
    name = doc[comma + 1]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head  # `Samir` → `Haddad`
    if name.dep_ in ("appos", "dep") and name.ent_type_ == "PERSON" and doc[comma + 1].ent_iob_ == "B" and opening.i <= name.head.i < comma:
        return name
    return None


def member_before_party_place(agent: Token) -> Token | None:
    """`State Rep. Ana Lucía Cordero, D-San Antonio, said`: a member's party letter and home town set off by commas
    after the name; with a place of two words the parse may make the place the verb's subject and hang the name on
    it. The place only says where the member comes from; the name before the comma speaks."""
    if agent.pos_ != "PROPN":
        return None
    doc = agent.doc
    letter = next((c for c in children(agent) if c.i < agent.i and party_letter(doc, c.i)), None)
    if letter is None or letter.i < 2 or doc[letter.i - 1].text != ",":
        return None
    name = doc[letter.i - 2]
    return _phrase_head(name) if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None


def titled_person_inside(verb: Token, agent: Token) -> Token | None:
    """`Curling Canada's high-performance director, Sean Drummond-Hay, said` (the body's first word read as the
    subject, `director` as its object) and `Court of King's Bench Justice Robert Lavallée told` (`Court` the subject,
    the judge its preposition's object): a name set after a role word, inside the phrase the parse made the
    subject of the verb and before it, is who speaks, not the body the role belongs to (so is the officer named after a
    body's name with `of`: `Municipal Association of Victoria president Dean Carmody says`, or right before the verb
    after a body's name with a comma list: `Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) Kisumu
    branch secretary Dr Achieng' Otieno said`). So is the name a British
    court report sets after the part a barrister plays (`Prosecuting, Rupinder Sahota said`), the participle read
    as the subject and the name as its apposition."""
    if agent.dep_ != "nsubj" or agent.head.i != verb.i or agent.i > verb.i or agent.ent_type_ == "PERSON":
        return None
    doc = agent.doc
    if agent.tag_ == "VBG" or (agent.lower_.endswith("ing") and agent.i + 1 < len(doc) and doc[agent.i + 1].text == ","):
        # `Prosecuting, Rupinder Sahota said` (the participle tagged VBG or NNP): it says in what part the name speaks
        return next((c for c in children(agent) if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i < verb.i), None)
    officer = _officer_before_verb(verb, agent)
    if officer is not None:
        return officer
    for noun in agent.subtree:
        if noun.i >= verb.i:
            break
        if _member_after_riding(agent, noun):
            return noun
        if noun.pos_ != "PROPN" or noun.ent_type_ != "PERSON" or noun.i == agent.i:
            continue
        if noun.dep_ == "appos" and noun.head.pos_ == "NOUN" and noun.head.dep_ in ("dobj", "pobj") and noun.head.lemma_.lower() in title_words():
            return noun  # the role read as an object, the name its apposition
        if _apposed_to_whose_role(agent, noun):
            return noun  # `The county's Executive Committee Member for Health, Ms Grace Akinyi, said`
        titled = any(child.dep_ == "compound" and child.lower_ in title_words() for child in children(noun))
        if noun.dep_ == "pobj" and titled and (agent.lemma_.lower() == "court" or _body_named_before(agent, noun)):
            return noun  # `Court of Appeal Justice …`: a court's name ending in the judge's title
    return None


def _member_after_riding(agent: Token, noun: Token) -> bool:
    """`Fogo Island–Cape Freels MHA Denise Keats, …, said`, `Burin–Grand Bank MHA …`: a riding's name opening a
    member's title (its parts joined by a dash), read as the subject with the titled name as its apposition; the name
    speaks (whether or not the NER tagged it a person)."""
    return (noun.dep_ == "appos" and noun.head.i == agent.i and noun.pos_ == "PROPN" and agent.pos_ == "PROPN"
            and any(t.text == "–" for t in agent.doc[agent.i : noun.i])
            and any(t.lower_ in title_words() for t in agent.doc[noun.left_edge.i : noun.i]))


def _officer_before_verb(verb: Token, agent: Token) -> Token | None:
    """`Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) Kisumu branch secretary Dr Achieng' Otieno
    said`: after a body's name with a comma list, the parse makes the body the subject and hangs the titled name right
    before the verb on the body (an apposition) or on the verb (`npadvmod`); the name, with a title among its own
    words, is who speaks."""
    named = verb.doc[verb.i - 1] if verb.i > agent.i + 1 else None
    if named is None or named.pos_ != "PROPN" or named.ent_type_ != "PERSON" or named.left_edge.i <= agent.i:
        return None
    hung = (named.dep_ == "appos" and named.head.i == agent.i) or (named.dep_ in ("npadvmod", "dep") and named.head.i == verb.i)
    return named if hung and any(t.lower_ in title_words() for t in verb.doc[named.left_edge.i : named.i]) else None


def _apposed_to_whose_role(agent: Token, noun: Token) -> bool:
    """`The county's Executive Committee Member for Health, Ms Grace Akinyi, said`, `A spokeswoman for the ministry,
    Jane Wanjiru, said`: a name set off by commas after a role's `for`/`of` phrase, which the parse hung as an
    apposition on that phrase's object (no person), is the role's holder (not `a spokesman for Senator Ann Ruiz, …`,
    where the object is the person whose spokesman speaks)."""
    holder = noun.head
    return (noun.dep_ == "appos" and holder.dep_ == "pobj" and holder.ent_type_ != "PERSON" and holder.head.dep_ == "prep"
            and holder.head.lower_ in ("for", "of") and holder.head.head.i == agent.i and agent.lemma_.lower() in title_words()
            and noun.left_edge.i > 0 and agent.doc[noun.left_edge.i - 1].text == ",")


def portfolio_holder(verb: Token, agent: Token) -> Token | None:
    """`Minister for Housing Clare Dempsey said`, `Union Minister for Jal Shakti K. Shivashankar Reddy announced`:
    the parse made the title the subject and the name the object of its `for`, with the portfolio's words run into
    the name; the name speaks. The portfolio is told from a title by what stands before the name's first given name
    or initial (`a spokesman for Senator Ann Ruiz` keeps its spokesman: `Senator` is a title)."""
    if agent.dep_ != "nsubj" or agent.head.i != verb.i or agent.i > verb.i or agent.lower_ not in title_words():
        return None
    from .entities import given_names  # the nickname list the entity table loads

    for prep in children(agent):
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
            continue
        name = next((c for c in children(prep) if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.i < verb.i), None)
        if name is None:
            continue
        words = agent.doc[prep.i + 1 : name.i + 1]
        first = next((t for t in words[1:-1] if _INITIALS.fullmatch(t.text) or (t.is_title and fold(t.text) in given_names())), None)
        if first is not None and all(t.pos_ == "PROPN" and not is_title(t) for t in words) and not any(is_title(t) for t in agent.doc[prep.i + 1 : first.i]):
            return name
    return None


def _body_named_before(agent: Token, noun: Token) -> bool:
    """`Municipal Association of Victoria president Dean Carmody says`: the parse hangs the titled name on the `of` of
    a body's name (a proper noun the NER calls no person), which it made the subject; the title belongs to the
    name, and the body is whose officer speaks."""
    return agent.pos_ == "PROPN" and agent.ent_type_ in ("ORG", "") and noun.head.head.i == agent.i and noun.head.lower_ == "of"


_POLLS = frozenset(("poll", "survey"))
_SHARES = frozenset(("percent", "%", "majority", "plurality", "minority", "third", "half", "quarter"))


def poll_behind(cue: Token, agent: Token) -> Token | None:
    """`67 percent of Americans said … in a Post-ABC poll`, `a Reuters poll found by 43-41, the public says …`: what a
    share of respondents says comes from the poll that asked them, which is the source."""
    share = agent.ent_type_ == "PERCENT" or agent.lemma_.lower() in _SHARES or agent.pos_ == "NUM"
    for child in children(cue):
        if child.dep_ in SUBJECT_DEPS and child.i != agent.i and child.lemma_.lower() in _POLLS:
            return child
    if not share:
        return None
    for token in cue.subtree:
        if token.lemma_.lower() in _POLLS and token.dep_ == "pobj" and token.head.lower_ in ("in", "by") and _in_report(token, cue):
            return token
    return None


def _in_report(token: Token, cue: Token) -> bool:
    """The token belongs to the cue's own clause or to the clause it reports, not to a clause of its own hung on it
    (`Six in 10 say …, after half said so in the earlier poll`)."""
    node = token
    while node.i != cue.i:
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "ccomp":
            return False
        node = node.head
    return True


def second_clause_subject(cue: Token, agent: Token) -> Token | None:
    """`a group of rabbis called for a boycott, and the League strongly denounced …`: the parse read two clauses as
    one subject (`group … and League`) whose first conjunct's verb became a participle; the conjunct right before
    the cue is its subject."""
    if agent.i > cue.i:
        return None
    doc = cue.doc
    i = cue.i - 1
    while i > agent.i and doc[i].pos_ == "ADV":
        i -= 1
    joined = next((c for c in children(agent) if c.dep_ == "conj" and c.right_edge.i == i and c.i > agent.i), None)
    if joined is None:
        return None
    verb = next((c for c in children(agent) if c.dep_ in ("acl", "relcl") and agent.i < c.i < joined.i and c.tag_ == "VBD"), None)
    if verb is None or any(c.dep_ in SUBJECT_DEPS for c in children(verb)):
        return None
    return joined


def joined_to_a_relative(cue: Token, agent: Token) -> Token | None:
    """`… the workings of the Bank, which manages the debt - and says it cannot repay it`: a thing cannot say; a verb
    joined by `and` right after a relative clause on someone goes on in that relative clause."""
    if not mute(agent) or agent.i > cue.i:
        return None
    doc = cue.doc
    i = cue.i - 1
    while i > agent.i and (doc[i].is_punct or doc[i].dep_ == "cc" or doc[i].pos_ == "ADV"):
        i -= 1
    if i == cue.i - 1 or not any(doc[j].lower_ in ("and", "but") for j in range(i + 1, cue.i)):
        return None
    node = doc[i]
    while node.head.i != node.i and node.i > agent.i:
        relative = subject_of(node) if node.dep_ == "relcl" else None
        if relative is not None and relative.lower_ in _RELATIVES:  # a clause inside it (`the debt the island amassed`) goes on
            return relative if animate(relative_antecedent(relative)) else None
        node = node.head
    return None


def relative_antecedent(relative: Token) -> Token:
    """What a relative pronoun stands for. The parse hangs `, which ruled …` on whatever noun it likes; a thing
    cannot rule or say, the name right before the comma can (`a decision from the Board of Elections, which
    ruled`). `Jane Doe is among those who say …` is Jane Doe saying it."""
    antecedent = relative.head.head
    among = _one_of_those(antecedent)
    if among is not None:
        return among
    doc = relative.doc
    start = relative.left_edge.i if relative.dep_ != "nsubj" else relative.i
    if start < 2 or doc[start - 1].text != "," or animate(antecedent):
        return antecedent
    before = doc[start - 2]
    if before.ent_type_ not in ("PERSON", "ORG", "NORP") or before.i == antecedent.i:
        return antecedent
    first, last = entity_bounds(before)
    return doc[first:last].root


def _one_of_those(antecedent: Token) -> Token | None:
    if antecedent.lower_ not in ("those", "people", "ones", "others") or antecedent.dep_ != "pobj" or antecedent.head.lower_ not in ("among", "of"):
        return None
    head = antecedent.head.head
    if head.lower_ == "one" and head.dep_ in ("attr", "nsubj"):
        head = head.head
    if head.lemma_.lower() != "be":
        return None
    subject = subject_of(head)
    return subject if subject is not None and subject.lower_ not in _RELATIVES and animate(subject) else None


def name_joined_by_ampersand(agent: Token) -> Token:
    """`Harlow & Finch Chief Executive Denise Okafor said`, `Harlow & Finch Co. said`: `&` joins the words of one
    name (a firm, a law practice, a brand), never two speakers, but the parse reads `Harlow` as the subject and the
    name's last word as a conjunct. The last word is hung in the subject's place and the words before become its
    compounds, so the mention and the identity step see one name (and `Chief Executive` stays its role)."""
    doc = agent.doc
    if agent.pos_ != "PROPN" or not any(c.dep_ == "cc" and c.text == "&" for c in children(agent)):
        return agent
    joined = next((c for c in children(agent) if c.dep_ == "conj" and c.i > agent.i and c.pos_ == "PROPN"), None)
    if joined is None or not all(t.pos_ == "PROPN" or t.text == "&" for t in doc[agent.i : joined.i + 1]):
        return agent
    joined.head, joined.dep_ = joined if agent.head.i == agent.i else agent.head, agent.dep_
    agent.head, agent.dep_ = joined, "compound"
    for token in doc[agent.i + 1 : joined.i]:
        if token.head.i == agent.i or token.head.i == joined.i:
            token.head, token.dep_ = joined, "compound" if token.text != "&" else "cc"
    forget_children(doc)
    return joined


def name_before_ticker(agent: Token) -> Token:
    """`Orbis Motors Inc <ORBS.O> said`: Reuters writes a company's ticker in angle brackets after its name, and the
    parse may take the bracket or the ticker for the subject; the name before the bracket is who speaks."""
    doc = agent.doc
    i = agent.i
    while i > 0 and i > agent.i - 3 and doc[i].text != "<":
        i -= 1
    if doc[i].text != "<" or i == 0 or not any(doc[j].text == ">" for j in range(i + 1, min(len(doc), i + 4))):
        return agent
    name = doc[i - 1]
    return name if name.pos_ == "PROPN" else agent
