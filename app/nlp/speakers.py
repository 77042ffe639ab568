"""Finds who is quoted: the subject of the cue, the name after a dash, or the speaker of the quote before.

Only subjects can be speakers (and the object of `according to`, the agent of `asked by`, the `for` of `for X to
say`), so an addressee such as `told Reuters` is never mistaken for one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .candidates import QuoteCandidate
from .carried_speakers import attribute_from_previous_sentence, attribute_opening_quote, continue_previous_speaker, repeat_pull_quotes
from .cues import document_read_as_noun
from .extensions import QUOTES, doc_text
from .lexicon import DOCUMENT_NOUNS, PUBLISHED_NOUNS, honorifics, title_words, word_list
from .mention_extent import MAX_MENTION_TOKENS, entity_bounds, mention_extent
from .misparsed_subjects import (
    a_thing, animate, clause_before_participle, currency_read_as_verb, joined_to_a_relative, member_before_party_place, mute, name_before_ticker, name_joined_by_ampersand,
    name_left_before_verb, name_read_as_modal,
    object_read_as_subject, participle_before_apposition, person_after_fronted_place, poll_behind, portfolio_holder, pronoun_before_contraction, relative_antecedent, reporter_of_the_clause,
    whose_clause_read_as_content,
    second_clause_subject, stranded_preposition_owner, subject_beside, subject_of_with, titled_person_inside,
)
from .token_columns import forget_columns
from .tokens import (
    NON_AGENTS, SENTENCE_END, SUBJECT_DEPS, children, forget_children, piece_span, quote_owner_by_token, sentence_start,
    subject_of,
)

_CLIMB = ("advcl", "xcomp", "conj", "ccomp", "pcomp", "acl", "relcl", "dep", "parataxis", "acomp")
_RELATIVE_PRONOUNS = frozenset("who which that".split())
_BRACKETED_WORDS = 4  # a party's name in brackets after a person's: `(Yesh Atid)`, `(Hadash-Ta’al)`


@Language.factory(
    "quotewise_speakers",
    requires=["doc._.quotewise_quotes", "token.dep", "doc.ents"],
    assigns=["doc._.quotewise_quotes", "token.dep", "token.head", "token.pos", "token.tag"],
)
def make_speakers(nlp: Language, name: str) -> "Speakers":
    return Speakers()


class Speakers:
    def __call__(self, doc: Doc) -> Doc:
        quotes: list[QuoteCandidate] = doc._.get(QUOTES) or []
        owner = quote_owner_by_token(doc, quotes, only_kept=True)
        for quote in quotes:
            if quote.cue is None or not quote.keep:
                continue
            cue = doc[quote.cue[0]]
            if quote.attribution in ("headline", "colon_name"):
                continue
            if quote.attribution == "dash":
                quote.speaker = _name_after(doc, quote.cue[1])
            else:
                speaker = speaker_of_cue(cue, guess=quote.marked, owner=owner, content=quote.pieces)
                if speaker is not None:
                    speaker = _subject_before_title(speaker, quotes)
                if speaker is not None:
                    speaker = _name_before_brackets(speaker)
                if speaker is not None and (owner[speaker.i] != -1 or _dateline(speaker)):
                    speaker = None  # words inside a quotation never name its speaker: the parse went astray
                if speaker is not None:
                    speaker = name_joined_by_ampersand(name_before_ticker(speaker))
                    _list_names_as_conjuncts(speaker)
                if speaker is not None and speaker.i == cue.i - 1 and document_read_as_noun(cue) is not None:
                    _attach_to_document(speaker, cue)
                quote.speaker = mention_extent(speaker) if speaker is not None else None
                if quote.speaker is None and quote.marked and owner[cue.i] == -1:
                    quote.speaker = adjacent_speaker(doc, quote.cue, owner)
                publisher = _publisher(speaker) if speaker is not None else None
                if publisher is not None and owner[publisher.i] == -1:
                    speaker, quote.speaker = publisher, mention_extent(publisher)
                if quote.marked and owner[cue.i] == -1:
                    relayed = _relayed_by(doc, quote.cue[1], owner)
                    if relayed is not None:
                        quote.speaker = relayed
                if quote.speaker is None and cue.i + 1 < len(doc) and doc[cue.i + 1].pos_ == "PROPN" and not _in_content(quote, doc[cue.i + 1]):
                    quote.speaker = _name_after(doc, cue.i + 1)  # `Continued Stone: “…”`
                quantified = _quantified_antecedent(speaker) if speaker is not None else None
                if speaker is not None and speaker.lower_ in _RELATIVE_PRONOUNS and speaker.head.dep_ == "relcl":
                    quote.referent = mention_extent(_named_antecedent(_first_conjunct(relative_antecedent(speaker))))
                elif quantified is not None:
                    quote.referent = mention_extent(quantified)
                elif speaker is not None and (speaker.pos_ in ("NOUN", "NUM") or _office_as_proper(speaker) or _titled_body(speaker)) and quote.speaker is not None:
                    named = next((c for c in children(speaker) if c.dep_ == "appos" and c.pos_ == "PROPN" and not _bracketed(c) and c.lower_ not in honorifics()), None)
                    if named is not None:  # `said the minister, Jane Doe`: the name is who spoke
                        quote.referent = mention_extent(named)
                        if quote.referent[0] >= quote.speaker[1]:  # `One of the men, Jessie Elkins, said`: all of it
                            quote.speaker = (quote.speaker[0], quote.referent[1])
                reporter = _reported_after(doc, quote, cue, owner)
                if reporter is not None:
                    start, end = mention_extent(reporter)
                    while start < reporter.i and doc[start].is_quote:
                        start += 1  # `behaviors,'' The Post reported`: the closing mark hangs on the name
                    quote.speaker, quote.referent = (start, end), None
        text = doc_text(doc)
        continue_previous_speaker(text, quotes)
        repeat_pull_quotes(text, quotes)
        attribute_from_previous_sentence(doc, quotes)
        attribute_opening_quote(doc, quotes)
        return doc


def _subject_before_title(speaker: Token, quotes: list[QuoteCandidate]) -> Token | None:
    """`Ortiz trashed him on MSNBC’s “Morning Joe,” calling it …`: the parser starts a sentence at a title's mark and
    makes the title the subject of the participle after it. A quotation set aside as nobody's speech (a title, a
    scare quote) names no speaker; the subject of the verb the words before it hang on speaks."""
    doc, at = speaker.doc, speaker.idx
    if speaker.dep_ not in SUBJECT_DEPS:
        return speaker  # `According to Blair's “The Trumps,” …`: the title cited is the source
    start = next((q.start for q in quotes if not q.keep and q.marked and q.cue is None and any(s <= at < e for s, e in q.pieces)), None)
    if start is None:
        return speaker
    i = speaker.i
    while i > 0 and doc[i - 1].idx >= start:
        i -= 1
    i -= 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    node = doc[i] if i >= 0 else None
    for _ in range(MAX_MENTION_TOKENS):
        if node is None or node.pos_ in ("VERB", "AUX"):
            break
        node = node.head if node.head.i != node.i else None
    subject = subject_of(node) if node is not None else None
    return subject if subject is not None and subject.lower_ not in NON_AGENTS else None


def _attach_to_document(document: Token, read: Token) -> None:
    """`the email read`, misread as one noun phrase headed by `read`: the words before the document are its own
    (`the`, `one`), so they are hung on it again and the mention and the identity step see `the email`."""
    doc, i = document.doc, document.i - 1
    if document.pos_ != "NOUN":  # `the editorial read`: the tagger took the document for an adjective too
        document.pos_, document.tag_ = "NOUN", "NN"
        forget_columns(doc)
    while i >= 0 and doc[i].head.i == read.i and doc[i].pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
        doc[i].head = document
        i -= 1
    if i < document.i - 1:
        forget_children(doc)


def _in_content(quote: QuoteCandidate, token: Token) -> bool:
    """`were more likely to say Clinton still has a shot`: a name opening the reported clause is what is said,
    not who says it."""
    return any(start <= token.idx < end for start, end in quote.pieces)


def _list_names_as_conjuncts(speaker: Token) -> None:
    """`wrote Jason Dana, Robyn Dawes and Nathanial Peterson`: the parser often takes a name after a comma in a
    list of names for an apposition to the name before it. A name set beside a name, in a list that goes on with
    `and`, is one more speaker: it is relabelled a conjunct so that the mention and the identity step see the
    whole group."""
    node = speaker
    for _ in range(MAX_MENTION_TOKENS):
        if node.pos_ != "PROPN":
            return
        later = [c for c in children(node) if c.i > node.i and c.dep_ in ("appos", "conj")]
        for child in later:
            in_list = any(c.dep_ in ("conj", "cc") for c in children(child)) or any(c.dep_ == "conj" and c.i > child.i for c in later)
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ in ("PERSON", "ORG", "") and node.ent_type_ == "PERSON" \
                    and child.left_edge.i > 0 and node.doc[child.left_edge.i - 1].text == "," and in_list \
                    and all(t.pos_ == "PROPN" for t in node.doc[child.left_edge.i:child.i + 1]):
                child.dep_ = "conj"
        following = [c for c in children(node) if c.dep_ == "conj" and c.i > node.i]
        if not following:
            return
        node = following[0]


def _first_conjunct(token: Token) -> Token:
    """`Govs. Jeb Ames and Chris Hale, who say …`: the parser hangs the clause on the last name; the relative
    stands for the whole coordination, which its first name brings with it."""
    while token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ == token.pos_:
        token = token.head
    return token


def _named_antecedent(antecedent: Token) -> Token:
    """`Voters for Change, a digital activism outfit that endorsed …`: the relative's antecedent describes the
    name it stands beside, and that name is who speaks."""
    head = antecedent.head
    if antecedent.dep_ != "appos" or head.i > antecedent.i or antecedent.pos_ != "NOUN":
        return antecedent
    named = antecedent.doc[head.left_edge.i : antecedent.left_edge.i]
    return head if any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON") for t in named) else antecedent


def _quantified_antecedent(speaker: Token) -> Token | None:
    """`Senators Ana Ruiz and Ben Cole, both of whom said …`, `the three mayors, each of whom said …`: the
    speakers are the phrase before the comma (the first of its conjuncts, which brings the others with it),
    wherever the parser hung the clause."""
    if not any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in ("whom", "which") for o in children(c)) for c in children(speaker)):
        return None
    doc = speaker.doc
    i = speaker.left_edge.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    if doc[i - 1].text == ")":  # `… and Ben Cole (R-Fla.), all of whom`: the name before the party letters
        i = next((j for j in range(i - 2, max(0, i - 8), -1) if doc[j].text == "("), i)
    antecedent = _first_conjunct(doc[i - 1])
    while antecedent.dep_ in ("compound", "flat") and antecedent.head.i > antecedent.i:
        antecedent = antecedent.head
    return antecedent if antecedent.pos_ in ("PROPN", "NOUN") else None


def _office_as_proper(token: Token) -> bool:
    """`The Health Secretary, Ana Ruiz, said`: a capitalised office the tagger read as a proper noun, naming no one
    itself, is a description like `the minister` and the name beside it is who spoke; also when the NER took the
    lone title word for an organisation (`the Assemblyman for the Asuom Electoral Area, Mr Isaac Tetteh, said`)."""
    doc = token.doc
    lone = token.ent_type_ == "ORG" and token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    return token.pos_ == "PROPN" and (not token.ent_type_ or lone) and token.lower_ in title_words()


def _titled_body(token: Token) -> bool:
    """`The Police Association of NSW president, Kevin Morey, told 2GB`: the parse made the body the subject and hung
    the title after its name on the body's `of`; a lower-case title word right before the comma of a name set beside
    the body says the name is the title's holder, who spoke."""
    doc = token.doc
    named = next((c for c in children(token) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if token.pos_ != "PROPN" or named is None or named.left_edge.i < token.i + 3:
        return False
    title = doc[named.left_edge.i - 2]
    return (doc[named.left_edge.i - 1].text == "," and title.is_lower and title.lower_ in title_words() and title.dep_ == "pobj"
            and token.left_edge.i <= title.i and title.head.head.i == token.i)


def _name_before_brackets(speaker: Token) -> Token:
    """`MK Yael Dahan-Peretz (Yesh Atid), who chairs the committee, said`: the parse made the party in brackets the
    subject and hung the person's name before it on it; the name before the brackets is who speaks."""
    doc, i = speaker.doc, speaker.i
    if speaker.ent_type_ == "PERSON" or i + 1 >= len(doc) or doc[i + 1].text != ")":
        return speaker
    j = i
    while j > i - _BRACKETED_WORDS and (doc[j - 1].pos_ == "PROPN" or (doc[j - 1].text == "-" and not doc[j - 1].whitespace_)):
        j -= 1
    if j < 2 or doc[j - 1].text != "(":
        return speaker
    name = doc[j - 2]
    return name if name.ent_type_ == "PERSON" and name.head.i == i else speaker


def _bracketed(token: Token) -> bool:
    """`The Member of Parliament (MP) for Kade, Hon. Kofi Owusu-Ansah,`: letters in brackets set beside a title are
    its abbreviation (or its body's), never the name of who holds it (nor is `Hon.`, an honorific the parse set apart)."""
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].text == "(" and token.i + 1 < len(doc) and doc[token.i + 1].text == ")"


def _dateline(token: Token) -> bool:
    """`BUENA PARK, Calif. — Rallying workers, Clinton promised …`: the place in capitals opening a wire story's
    first paragraph is where it was filed, not who speaks, however the parse hangs it."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].is_upper and doc[start - 1].is_alpha:
        start -= 1
    if not (token.is_upper and token.is_alpha and len(token) > 1):
        return False
    if start > 0 and "\n" not in doc[start - 1].text_with_ws:
        return False
    end = token.i + 1
    while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
        end += 1
    for i in range(end, min(len(doc), end + _DATELINE_TOKENS)):  # `WASHINGTON —`, `BUENA PARK, Calif. -`, `(AP)`
        if doc[i].text in _DATELINE_MARKS:
            return True
        if doc[i].pos_ in ("VERB", "AUX"):
            return False  # `NATO, the alliance, said …` names a speaker
        if doc[i].ent_type_ == "PERSON":
            return False  # `MK Yosef Abu-Saleh (Hadash), whose …, said`: a title in capitals before a person's name
    return False


_DATELINE_TOKENS = 5
_DATELINE_MARKS = frozenset({"—", "–", "-", "--", "("})


def _publisher(speaker: Token) -> Token | None:
    """`Rubio's campaign sent out a press release saying …`, `Trump released a video that said …`: who publishes
    a document speaks through it, so the subject of the verb whose object the document is becomes the speaker."""
    relative = speaker.lower_ in _THING_RELATIVES and speaker.dep_ in SUBJECT_DEPS and speaker.head.dep_ == "relcl"
    document = relative_antecedent(speaker) if speaker.lower_ in _RELATIVE_PRONOUNS and speaker.dep_ in SUBJECT_DEPS else speaker
    held = document.head.head if document.dep_ == "pobj" and document.head.lower_ == "of" else document
    if held.dep_ != "dobj":  # `ordered the release of documents that showed …`: who had them released
        return None
    if document.lemma_.lower() not in PUBLISHED_NOUNS and not (relative and a_thing(document)):
        return None  # `released data that suggest …`: whatever someone puts out speaks for them
    subject = subject_of(held.head)
    return subject if subject is not None and subject.lower_ not in NON_AGENTS | _RELATIVE_PRONOUNS else None


_RELAY_TOKENS = 15


def _relayed_by(doc: Doc, after_cue: int, owner: list[int]) -> tuple[int, int] | None:
    """`“…,” the judge said, according to the Post.`: the quotation reaches the article through the Post, which
    is then its source (the annotation convention of NAMES.md: the outer attribution names the source)."""
    for i in range(after_cue, min(len(doc) - 1, after_cue + _RELAY_TOKENS)):
        token = doc[i]
        if owner[i] != -1 or token.text in SENTENCE_END or "\n" in token.text:
            return None
        if token.lower_ == "according" and doc[i + 1].lower_ == "to":
            source = speaker_of_cue(token)
            return mention_extent(source) if source is not None and owner[source.i] == -1 else None
    return None


_REPORT_REACH = 8
_REPORTER_TOKENS = 6


def _reported_after(doc: Doc, quote: QuoteCandidate, cue: Token, owner: list[int]) -> Token | None:
    """`The campaign said the rally will go ahead, CNN reported.`: a sentence closing on `, X reported` reaches the
    article through X, which is then its source, whoever speaks inside it (the outer attribution names the source,
    as for `according to`)."""
    span = piece_span(doc, quote.end - 1, quote.end)
    if span is None:
        return None
    for i in range(span.end - 1, min(len(doc) - 1, span.end + _REPORT_REACH)):
        token = doc[i]
        if token.text in SENTENCE_END or "\n" in token.text or owner[i] not in (-1, owner[span.end - 1]):
            return None
        if i <= cue.i or token.lemma_.lower() != "report" or token.tag_ not in ("VBD", "VBZ") or owner[i] != -1:
            continue
        end = i + 1
        while end < len(doc) and doc[end].ent_type_ in ("DATE", "TIME") and end - i <= 3:
            end += 1  # `, the Times reported late Thursday.`
        if end >= len(doc) or doc[end].text not in SENTENCE_END:
            return None
        reporter = subject_of(token)
        if reporter is None or not 0 < i - reporter.left_edge.i <= _REPORTER_TOKENS:
            return None
        comma = reporter.left_edge.i - 1
        while comma > 0 and doc[comma].is_quote:
            comma -= 1  # `… behaviors,'' The Post reported.`
        if doc[comma].text != ",":
            return None
        return reporter if reporter.pos_ in ("PROPN", "NOUN") else None
    return None


_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_THING_RELATIVES = frozenset({"that", "which"})


_PHRASE_INSIDE = frozenset({"DET", "ADJ", "NUM", "PROPN", "NOUN", "PART", "ADV"})
_ADJACENT_TOKENS = 8


def adjacent_speaker(doc: Doc, cue: tuple[int, int], owner: list[int]) -> tuple[int, int] | None:
    """The noun phrase right next to the cue when the parse gives it no usable subject: before it
    (`''…,'' Mr. Obama added`) or after it (`“…,” added a South Carolina Democrat`)."""
    i = cue[0] - 1
    while i >= 0 and doc[i].pos_ == "ADV" and cue[0] - i < 3:
        i -= 1
    if i > 0 and doc[i].text == "," and owner[i - 1] == -1 and doc[i - 1].pos_ == "PROPN":
        i -= 1  # `her adviser, Jake Sullivan, said:`
    if i >= 0 and owner[i] == -1 and not doc[i].is_punct and (doc[i].pos_ in _NOMINAL or _name_after_quote(doc, i)):
        return mention_extent(doc[i])
    if i > 0 and doc[i].text == "," and owner[i - 1] == -1:
        described = _described_before(doc, i - 1, cue[0], owner)
        if described is not None:
            return mention_extent(described)
    start = cue[1]
    while start < len(doc) and doc[start].pos_ == "ADV" and start - cue[1] < 2:
        start += 1
    end = start
    while end < min(len(doc), start + _ADJACENT_TOKENS) and owner[end] == -1 and (doc[end].pos_ in _PHRASE_INSIDE or _someone(doc[end])):
        end += 1
    while end > start and doc[end - 1].pos_ not in ("NOUN", "PROPN") and not _someone(doc[end - 1]):
        end -= 1
    if end == start or doc[start].pos_ == "ADV":
        return None
    return start, end


_INDEFINITE_SPEAKERS = frozenset("another one someone somebody".split())


def _someone(token: Token) -> bool:
    """`“…,” tweeted another.`: an indefinite pronoun after an inverted cue is its speaker."""
    return token.pos_ in ("PRON", "NUM") and token.lower_ in _INDEFINITE_SPEAKERS


def _described_before(doc: Doc, last: int, cue: int, owner: list[int]) -> Token | None:
    """`''…,'' William M. Daley, President Obama's former chief of staff, said`: the name whose description ends
    at the comma before the cue, found by climbing from the description's last word to the top of the phrase
    outside the quotation (the parser hung the name on a word inside it)."""
    token = doc[last]
    while token.head.i != token.i and token.head.i < cue and owner[token.head.i] == -1:
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN") and token.i < last else None


def _name_after_quote(doc: Doc, i: int) -> bool:
    """`“…,” Will wrote.`: a capitalised word between the closing mark and the cue is the speaker's name, even
    when the tagger reads it as another word class (here a modal verb)."""
    return i > 0 and doc[i].is_title and doc[i].is_alpha and (doc[i - 1].is_quote or doc[i - 1].text == ",")


def speaker_of_cue(cue: Token, guess: bool = True, owner: list[int] | None = None, content=()) -> Token | None:
    """The cue's subject, climbing out of participles and clauses; `guess` allows a nearby noun when none.
    A subject inside a quotation (`owner`: the quote of each token) is a misparse and climbing goes on; so is,
    for a subject read off the word order, one inside what the cue reports (`content`: its character ranges)."""
    if cue.lower_ == "according":
        for child in children(cue):
            if child.dep_ == "prep":
                for grandchild in children(child):
                    if grandchild.dep_ == "pobj":
                        return grandchild
        return None
    if cue.pos_ == "NOUN":  # a reporting noun speaks for its owner; `the email read`, misread, is the email
        return next((child for child in children(cue) if child.dep_ == "poss"), None) or document_read_as_noun(cue)
    controller = _object_controller(cue) or _experiencer(cue) or _for_subject(cue) or _passive_agent(cue) or subject_of_with(cue) or whose_clause_read_as_content(cue) or currency_read_as_verb(cue)
    if controller is not None:
        return controller
    node = cue
    for _ in range(4):
        if _infinitive_of_a_thing(node):
            node = _governing_verb(node.head)  # `pointed to a previous case to say …`: the case says nothing
        agent = subject_of(node) or _as_clause_subject(node) or name_read_as_modal(node) or subject_beside(node, owner, content)
        if agent is not None and node is cue and _addressee(cue, agent):
            return None  # `She was told that …`, `Residents were warned that …`: whoever told them is not written
        if agent is not None and owner is not None and owner[agent.i] != -1:
            agent = None
        if agent is not None:
            if agent.lower_ not in NON_AGENTS:
                return (
                    pronoun_before_contraction(agent) or _inverted_speaker(cue, agent) or _speaker_after_aside_cue(cue, agent)
                    or _listed_last(cue, agent)
                    or clause_before_participle(cue, agent) or object_read_as_subject(cue, agent) or poll_behind(cue, agent)
                    or stranded_preposition_owner(node, agent) or member_before_party_place(agent) or participle_before_apposition(agent) or person_after_fronted_place(agent) or titled_person_inside(node, agent) or portfolio_holder(node, agent)
                    or second_clause_subject(node, agent) or joined_to_a_relative(cue, agent)
                    or name_left_before_verb(node, agent) or reporter_of_the_clause(cue, node, agent)
                    or agent
                )
            return _preceding_speaker_noun(cue) if guess else None
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):
            return _sender(node.head) or node.head
        climbs = node.dep_ in _CLIMB or (node.dep_ == "prep" and node.lower_ in word_list("climb_prepositions.txt"))
        if not climbs or node.head.i == node.i or _expletive_frame(node):
            break
        node = node.head
    return _preceding_speaker_noun(cue) if guess else None


def _addressee(cue: Token, subject: Token) -> bool:
    """The subject of a passive verb of telling (`was told`, `were warned`) is who was told, not who told them."""
    return subject.dep_ == "nsubjpass" and subject.head.i == cue.i and cue.lemma_.lower() in word_list("addressing_verbs.txt")


def _passive_agent(cue: Token) -> Token | None:
    """`he said when asked by a reporter if …`: who asks is the agent of the bare participle, not the subject
    of the clause it hangs on."""
    if cue.tag_ != "VBN" or any(c.dep_ in SUBJECT_DEPS for c in children(cue)):
        return None
    for agent in children(cue):
        if agent.dep_ == "agent":
            return next((c for c in children(agent) if c.dep_ == "pobj" and c.pos_ in _NOMINAL), None)
    return None


def _for_subject(cue: Token) -> Token | None:
    """`an opening for Clinton to highlight her record`, `pressure on Clinton to say`: `for`, or `on` after a noun,
    names the subject of the infinitive after it."""
    to = next((c for c in children(cue) if c.dep_ == "aux" and c.lower_ == "to" and c.i == cue.i - 1), None)
    if to is None or to.i < 2 or any(c.dep_ in SUBJECT_DEPS for c in children(cue)):
        return None
    token = cue.doc[to.i - 1]
    for _ in range(3):
        if token.pos_ not in _NOMINAL:
            return None  # `the numbers here, which I am going to read`: a clause comes between
        on_a_noun = token.head.lower_ == "on" and token.head.head.pos_ == "NOUN"  # `the pressure on her to say …`
        if token.dep_ == "pobj" and (token.head.lower_ == "for" or on_a_noun) and token.right_edge.i == to.i - 1:
            return token
        if token.head.i == token.i or token.head.i >= to.i:
            return None
        token = token.head
    return None


def _infinitive_of_a_thing(verb: Token) -> bool:
    """`a previous case to say …`, `a chance to argue …`: an infinitive the parser hung on a noun naming no one is
    the purpose of the verb above that noun, and that verb's subject speaks."""
    return (
        verb.dep_ in ("relcl", "acl") and a_thing(verb.head) and _governing_verb(verb.head) is not None
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 == verb.head.i + 1 for c in children(verb))
        and not any(c.dep_ in SUBJECT_DEPS for c in children(verb))
    )


def _expletive_frame(node: Token) -> bool:
    """`It is worth noting that …`, `it is fair to say …`: the `it` of such a frame stands for nobody."""
    subject = subject_of(node.head) if node.dep_ == "acomp" else None
    return subject is not None and subject.lower_ == "it"


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object (or whose preposition's object) the noun is."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ in ("prep", "dative") else noun.head if noun.dep_ in ("dobj", "dative") else None
    return head if head is not None and head.pos_ in ("VERB", "AUX") else None


def _listed_last(cue: Token, agent: Token) -> Token | None:
    """`His allegiance shifted to, now, Cruz, Wilkin said`: a name joined to the subject by a bare comma right
    before the cue is no list member (a list ends in `and`) but who speaks; the parser took the two for a list."""
    doc = cue.doc
    last = next((c for c in children(agent) if c.dep_ == "conj" and c.i == cue.i - 1 and c.pos_ == "PROPN"), None)
    if last is None or any(doc[i].lower_ in ("and", "or", "nor", "&") for i in range(agent.i, cue.i)):
        return None
    return last


_INVERTING_VERBS = frozenset("say add write note explain recall argue insist".split())


def _inverted_speaker(cue: Token, agent: Token) -> Token | None:
    """`And Trump, said Sunshine, who …, doesn't forgive`: a cue set off by a comma and followed by a name is the
    inverted parenthetical `said X`, whatever subject the parse gave it (only for verbs that take no person as
    object, so `the mayor, told Reuters` keeps its subject)."""
    doc = cue.doc
    if cue.lemma_.lower() not in _INVERTING_VERBS or agent.i > cue.i or cue.i < 1 or doc[cue.i - 1].text != ",":
        return None
    if cue.i + 1 >= len(doc) or doc[cue.i + 1].pos_ != "PROPN" or doc[cue.i + 1].ent_type_ not in ("PERSON", "ORG"):
        return None
    start, end = entity_bounds(doc[cue.i + 1])
    if start != cue.i + 1 or end >= len(doc) or doc[end].text not in (",", "."):
        return None
    return doc[end - 1]


_ASIDE_SPEAKER_TOKENS = 5


def _speaker_after_aside_cue(cue: Token, agent: Token) -> Token | None:
    """`Part of the problem, say engineers like Ann Cole, is …`, `The contrast, said Cole and others, would be …`: an
    inverted `say X` set off by commas inside a clause about a thing; the thing cannot say, the people after the
    cue do."""
    doc = cue.doc
    if cue.lemma_.lower() not in _INVERTING_VERBS or agent.i > cue.i or not mute(agent) or cue.i < 1 or doc[cue.i - 1].text != ",":
        return None
    end = cue.i + 1
    while end < len(doc) and end - cue.i <= _ASIDE_SPEAKER_TOKENS and doc[end].pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
        end += 1
    if end == cue.i + 1 or end >= len(doc) or doc[end].lower_ not in (",", "and", "like"):
        return None
    head = doc[end - 1]
    return head if animate(head) else None


def _sender(noun: Token) -> Token | None:
    """`emailed supporters saying …`, `fired back a response saying …`, `published research showing …`: a
    participle hung on the object of someone's act reports what that someone says through it (the parser
    cannot tell `emailed supporters, saying` from `supporters saying`)."""
    node = noun
    if noun.pos_ != "NOUN" and noun.dep_ != "pobj":
        return None  # `called Smith saying …`: a name as the object is its own speaker
    if node.dep_ == "pobj" and node.head.dep_ in ("prep", "dative"):
        node = node.head.head  # `blasted out an email to supporters stating …`
        if node.dep_ == "dobj":
            node = node.head
        elif node.pos_ not in ("VERB", "AUX"):
            return None
    elif node.dep_ in ("dobj", "dative"):
        node = node.head
    else:
        return None
    if node.pos_ not in ("VERB", "AUX") or node.lemma_.lower() in word_list("receiving_verbs.txt"):
        return None  # `Police received calls saying …`: what was received speaks for whoever sent it
    subject = subject_of(node)
    if subject is None or subject.lower_ in NON_AGENTS | _RELATIVE_PRONOUNS or subject.pos_ not in _NOMINAL:
        return None
    return subject


def _as_clause_subject(verb: Token) -> Token | None:
    """`As Jane Doe, a professor of law, put it, “…”`: the parser often reads the name as the object of `as`."""
    for child in children(verb):
        if child.i < verb.i and child.lower_ == "as" and child.dep_ in ("mark", "prep"):
            return next((c for c in children(child) if c.dep_ == "pobj" and c.pos_ in _NOMINAL), None)
    return None


def _object_controller(cue: Token) -> Token | None:
    """`The loss led Republicans to say …`: the infinitive's speaker is the object of the verb it completes; so
    for a second infinitive joined to it (`prompted Rubio to make a joke and call Trump …`), and for the
    participle after `left` and its object (`the polls left many Republicans wondering …`)."""
    verb = cue
    if cue.dep_ == "conj" and cue.head.dep_ == "xcomp" and cue.head.i < cue.i and not any(c.dep_ in SUBJECT_DEPS for c in children(cue)):
        verb = cue.head
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in word_list("object_control_verbs.txt"):
        controller = next((c for c in children(verb.head) if c.dep_ == "dobj" and c.i < verb.i and c.pos_ in _NOMINAL), None)
        guarded = verb is not cue or verb.head.lemma_.lower() in _LEAVING_VERBS | _REQUIRING_VERBS
        if controller is None or (guarded and not _may_speak(controller)):
            return None  # `left the room to say …`: the one who left speaks
        return controller
    if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "ccomp", "oprd") and cue.head.lemma_.lower() in _LEAVING_VERBS \
            and not any(c.dep_ in SUBJECT_DEPS for c in children(cue)):
        controller = next((c for c in children(cue.head) if c.dep_ == "dobj" and c.right_edge.i == cue.i - 1), None)
        return controller if controller is not None and _may_speak(controller) else None
    return None


def _experiencer(cue: Token) -> Token | None:
    """`The timing of the surge doesn't surprise pollster Dan Shaw: “…”`: after a verb of feeling whose subject is a
    thing (data/experiencer_verbs.txt), the one who feels it, its object, is who goes on to speak."""
    if cue.lemma_.lower() not in word_list("experiencer_verbs.txt"):
        return None
    subject = next((c for c in children(cue) if c.dep_ == "nsubj"), None)
    felt = next((c for c in children(cue) if c.dep_ == "dobj" and c.i > cue.i), None)
    if subject is None or felt is None or not mute(subject) or not animate(felt) or felt.pos_ == "PRON":
        return None
    return felt


_LEAVING_VERBS = frozenset({"leave"})
_REQUIRING_VERBS = frozenset({"require"})
_NOT_SPEAKING_PRONOUNS = frozenset("it this that which what".split())


def _may_speak(noun: Token) -> bool:
    """Someone, people (`some allies`), or a count of people (`62 percent of voters`, `some`, `many`), not a thing
    (`left the room saying`)."""
    if noun.pos_ == "PRON":
        return noun.lower_ not in _NOT_SPEAKING_PRONOUNS
    if animate(noun) or noun.pos_ == "NUM" or noun.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and animate(o) for o in children(c)) for c in children(noun))




def _preceding_speaker_noun(cue: Token) -> Token | None:
    """A participle cue with no usable subject (`after Israel's letter …, while affirming`)."""
    for i in range(cue.i - 1, sentence_start(cue.doc, cue.i, limit=30) - 1, -1):
        token = cue.doc[i]
        if token.lemma_.lower() in DOCUMENT_NOUNS and any(c.dep_ == "poss" for c in children(token)):
            return token
        if token.ent_type_ == "PERSON" and token.dep_ in SUBJECT_DEPS:
            return token
    return None


def _name_after(doc: Doc, i: int) -> tuple[int, int] | None:
    while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
        i += 1
    for j in range(i, min(i + 4, len(doc))):
        if doc[j].ent_iob_ == "B" and doc[j].ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            i, end = entity_bounds(doc[j])
            break
    else:
        end = i
        while end < min(len(doc), i + _NAME_TOKENS) and (doc[end].pos_ == "PROPN" or (doc[end].is_title and doc[end].is_alpha)):
            end += 1
    while end > i and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1  # the tagger may take a closing line break into the name
    return (i, end) if end > i else None


_NAME_TOKENS = 5
