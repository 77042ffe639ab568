"""What the article says an entity is: its roles (with a title word, reported as the speaker's `role`) and its
descriptions (any noun phrase attached to it, used to resolve `the rookie goalkeeper said` to the name).

Roles come from a title before the name (`Secretary of State Antony Blinken`, also in photo captions), from
apposition on either side (`Abdul Amir Thuaiban, an adviser to …`, `the State Department Spokesman, Matthew
Miller`), from a copula (`Miller is the spokesman`) and from `as` (`Mehta, as head of the union, said`). The
entity table gathers them over every mention, so later bare mentions (`Miller`) carry the role too. Once speakers are
resolved, a person the article calls by a capitalised office (`Sir Keir Starmer … the Prime Minister said`) holds it.
Every subtree read here is bounded by `max_tokens`, so a 10,000-name list costs linear time.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .lexicon import PORTFOLIO_JOINS, PORTFOLIO_LINKS, PORTFOLIO_WORDS, honorifics, title_abbreviations, title_words, word_list
from .name_runs import given_name_after_title, is_post_nominal, occupation_word, party_letter
from .token_ranges import tokens_between
from .tokens import children, has_indefinite_article, joins_names, phrase_dash, word_hyphen

if TYPE_CHECKING:
    from .candidates import QuoteCandidate

_ROLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
_AGE_ROLE = re.compile(r"(\d{1,3})-year-old")


def age_role(age: str) -> str:
    """`Dawit Tesfay, 27,`: the role an age set after a name is recorded as (`27-year-old`)."""
    return f"{age}-year-old"


def stated_age(role: str) -> int | None:
    """The age in a role `age_role` wrote (`27-year-old` → 27); None for any other role or description."""
    matched = _AGE_ROLE.fullmatch(role)
    return None if matched is None else int(matched.group(1))
_ROLE_LINKS = frozenset({"of", "to", "for", "-", "&", "at"})
_NAME_DETERMINERS = frozenset({"all"})  # `All Blacks`, `All Whites`, `All Saints`: the first word of a capitalised name
_TIME_ADVERBS = frozenset({"now", "currently"})  # `Piri Marangai, now a Sky Sport commentator,`: the role is the commentator
_DETERMINERS = frozenset("the a an another his her its their my our your".split())  # `Another analyst, Rachel Okonkwo,`  # `My neighbor, Dale Rutkowski,` in a quotation: the owner is the quoted speaker
_OWNERS = frozenset("his her their".split())  # owners a relation keeps (`Her daughter`)
_OWNED_POS = frozenset({"PRON", "DET", "PROPN", "NOUN", "ADJ", "PART"})  # `the cyclist's younger sister`


def _name_start(doc: Doc, start: int, end: int) -> int:
    i = start
    while i < end - 1:
        token = doc[i]
        lower = token.lower_  # read once: each read decodes the string anew
        if not (lower in title_words() or lower in honorifics() or token.text[:1].islower()) or given_name_after_title(doc, i):
            break  # `president Dean Carmody`: `Dean` is his given name
        i += 1
    return i


def _bounded(token: Token, max_tokens: int) -> bool:
    return token.right_edge.i - token.left_edge.i < max_tokens


def _titles(word: str) -> bool:
    """A title word that says what someone does. A courtesy title is none before a name (`Professor Nicola Ranger`),
    but is one written in lower case (`a professor of international relations`)."""
    lower = word.lower()
    if word.islower() and lower in word_list("lower_case_titles.txt"):
        return True  # `Senior advocate`, `Conservative peer`: a title only in lower case (`The Advocate` is a newspaper)
    if word.islower() and occupation_word(word):
        return True  # `a pulmonologist at …`, `an oceanographer` (data/occupation_endings.txt)
    if word[:1].isupper() and lower in word_list("capitalised_titles.txt"):
        return True  # `Elder Rose Spence`: capitalised before a name (`the elder Brennan` compares, `an elder` is kin)
    return lower in title_words() and (lower not in honorifics() or word.islower())


def _is_owned_relation(text: str) -> bool:
    """Whether a role as written is an owned relation (`Her daughter`, `the cyclist's sister`: _owned_relation)."""
    words = re.split(r"[\s-]+", text)
    return len(words) > 1 and words[-1].lower() in word_list("kinship_roles.txt") and bool(words[0].lower() in _OWNERS or re.search(r"\w['’]s ", text))


def is_role(text: str) -> bool:
    words = re.split(r"[\s-]+", text)  # `co-leader`, `vice-chair`
    if _is_owned_relation(text):
        return True
    if len(words) == 1 and text.lower() in word_list("court_participles.txt"):
        return True  # `Prosecuting` (_court_side)
    return any(_titles(word) for word in words) and not all(word.lower() in honorifics() for word in words)  # not `professor sir`


def statements_of_mention(doc: Doc, start: int, end: int, max_tokens: int = 40, quoted: bool = False) -> tuple[list[str], list[str]]:
    """The roles (with a title word) and the descriptions (lower-case noun phrases, roles or not: `a rookie
    goalkeeper`, the modifiers before the name as in `Dallas coach`, an age as in `Varga, 61,`) the article attaches
    to this mention, from one walk over the nodes around it. Of the words before the name only the part that is the
    name's own title counts (`a spokeswoman for Trump` is the spokeswoman's role and states her gender, not
    Trump's). A copula inside a quotation (`quoted`) is what the speaker thinks of the person, no role."""
    roles: list[str] = []
    nouns: list[Token] = []
    own = _title_before(doc, _name_start(doc, start, end))
    if own:  # `a pollster for Mr. Trump`: the words before the name are the pollster's role, none of Trump's
        roles.append(own)
    as_role = _role_after_as(doc, end)
    if as_role:
        roles.append(as_role)
    side = _court_side(doc, start, end)
    if side:
        roles.append(side)
    root = doc[start] if end - start == 1 else doc[start:end].root  # a Span costs more than the one token
    if root.head.i == end and is_post_nominal(root.head):
        root = root.head  # `the shadow health secretary, Edward Argyle MP`: the letters head the apposition
    appositions = [child for child in children(root) if child.dep_ == "appos" and child.i >= end]
    for place in [child for child in children(root) if child.dep_ in ("appos", "conj") and child.i >= end and party_letter(doc, child.left_edge.i)]:
        # `Dale Pruett, R-Tyler, the bill's author`: the parse hangs the role on the member's party and home town
        appositions += [child for child in children(place) if child.dep_ == "appos" and child.i > place.i]
    for child in appositions:
        if child.pos_ == "NOUN":
            nouns.append(child)
        if _before_a_hyphen(doc, child):
            continue  # `vice` of `the committee vice-chair`, which the parse split into three appositions: `chair` reads it
        if _bounded(child, max_tokens):
            _add_role(doc, roles, _hyphen_joined(doc, child, end) + [t for t in child.subtree if not _in_clause(t, child)])
    subject = root.head if root.dep_ == "appos" and root.head.dep_ == "nsubj" and root.head.i < start else root  # `His twin, Euan Doig, is …`
    if subject.dep_ == "nsubj" and subject.head.lemma_ == "be" and not quoted:  # `Miller is the State Department spokesman.`
        for attr in children(subject.head):  # (inside a quotation, `"Harriet is the best verse speaker …"` is praise)
            if attr.dep_ == "attr" and attr.i >= end and attr.pos_ == "NOUN":
                nouns.append(attr)
                if _bounded(attr, max_tokens):
                    _add_role(doc, roles, [t for t in attr.subtree if not _in_clause(t, attr)])
    if root.dep_ == "appos" and root.head.i < start and root.head.pos_ in ("NOUN", "PROPN"):
        head = _apposed_subject(root.head)
        if head.pos_ == "NOUN":
            nouns.append(head)
        if start - head.left_edge.i < max_tokens:
            described = len(roles)
            _add_role(doc, roles, [t for t in tokens_between(doc, head.left_edge.i, start) if not _in_clause(t, head)])
            name_start = _name_start(doc, start, end)
            after_comma = name_start > 1 and doc[name_start - 2].text == ","  # `spokesperson, Senator Brent Haddow` (not `rivals - Sen. Ted Cruz`)
            if own and after_comma and len(roles) > described and own.lower() in word_list("courtesy_titles.txt") and _titles(head.text):
                roles.remove(own)  # `The Coalition's environment spokesperson, Senator Brent Haddow,`: the office described before is
                # the role (an office: not `Clinton's chief Democratic rival, Sen. Bernie Sanders`, who stays `Sen.`)
    return roles, _descriptions(doc, start, end, nouns, max_tokens)


def _hyphen_joined(doc: Doc, child: Token, end: int) -> list[Token]:
    """`co-chair of …`, `vice-chair of …` set after a name: the parse may hang `co` and `-` beside `chair` instead of
    under it; the words joined to the title by a hyphen written without spaces are part of it."""
    first = child.left_edge.i
    while first - 2 >= end and word_hyphen(doc[first - 1]):
        first -= 2
    if first < child.left_edge.i and doc[first].dep_ == child.dep_ and doc[first].head.i == child.head.i:
        first = max(end, doc[first].left_edge.i)  # `the committee vice-chair`, parsed `the committee vice`, `-`, `chair`
    return list(doc[first : child.left_edge.i])


def _before_a_hyphen(doc: Doc, child: Token) -> bool:
    """An apposition that is only the first half of a hyphenated word (`vice` in `vice-chair`, the parse's own noun)."""
    after = child.right_edge.i + 1
    return after + 1 < len(doc) and word_hyphen(doc[after]) and doc[after + 1].head.i == child.head.i and doc[after + 1].dep_ == child.dep_


def _add_role(doc: Doc, roles: list[str], tokens: list[Token]) -> None:
    role = _role_text(doc, tokens)
    if role:
        roles.append(role)


def _role_after_as(doc: Doc, end: int) -> str | None:
    """`Rahul Mehta, as head of the union, said …`"""
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    if i >= len(doc) - 1 or doc[i].lower_ != "as":
        return None
    stop = i + 1
    while stop < min(len(doc), i + 14) and not doc[stop].is_punct and doc[stop].pos_ not in ("VERB", "AUX"):
        stop += 1
    return _role_text(doc, list(doc[i + 1 : stop]))


def _court_side(doc: Doc, start: int, end: int) -> str | None:
    """`Prosecuting, Rebecca Ashdown said …`, `Mark Ellery, defending, said …`: a British court report names counsel
    by the side they argue, a participle set off by commas (data/court_participles.txt); it is the role as written."""
    sides = word_list("court_participles.txt")
    first = start
    while first > 0 and doc[first - 1].lower_ in honorifics():
        first -= 1  # `Prosecuting, Ms Ashdown said`
    if first >= 2 and doc[first - 1].text == "," and doc[first - 2].lower_ in sides and (first == 2 or doc[first - 3].is_punct or doc[first - 2].is_sent_start):
        return doc[first - 2].text
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in sides and doc[end + 2].text in (",", ")"):
        return doc[end + 1].text
    return None


def _in_clause(token: Token, top: Token) -> bool:
    """Relative clauses and further appositions are not part of the role, but for the state or province set after a
    place (`an obstetrician in Hays, Kan.`, `a farmer near Brandon, Manitoba`)."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "advcl") or (node.dep_ == "acl" and not _office_participle(node)) or (
                node.dep_ == "appos" and not _state_of_place(node) and not _bracketed(node) and not _joined_by_o(node)):
            return True
        node = node.head
    return False


def _office_participle(node: Token) -> bool:
    """`Counsel assisting the coroner, Lauren Betts SC,`, `the detective leading the investigation`: a short
    participle right after a title word with one definite object, a common noun, says which post it is, part of the
    role (a longer clause is not)."""
    head = node.head
    objects = [c for c in children(node)]
    return (node.tag_ == "VBG" and node.i == head.i + 1 and node.right_edge.i - node.i <= _OFFICE_PARTICIPLE_WORDS
            and (head.lower_ in title_words() or head.lemma_.lower() in title_words())
            and len(objects) == 1 and objects[0].dep_ == "dobj" and objects[0].pos_ == "NOUN" and any(c.lower_ == "the" for c in children(objects[0])))
    # (`an Iranian journalist visiting Nice on vacation` is a clause about her, no post)


_OFFICE_PARTICIPLE_WORDS = 4  # `assisting the coroner`, `leading the homicide investigation`


def _joined_by_o(node: Token) -> bool:
    """`chair of Te Rūnanga o Ngāti Hinekura`: te reo's `o` (of) between capitalised words joins one body's name, which
    the parse split into an apposition on the `o`; the words after it are still the role's."""
    doc, head = node.doc, node.head
    return head.lower_ == "o" and head.i > 0 and doc[head.i - 1].text[:1].isupper() and node.left_edge.i == head.i + 1 and node.text[:1].isupper()


def _closes(tokens: list[Token]) -> bool:
    """The last token closes a bracket the role opened (`… Protection Agency (EPA)`)."""
    return tokens[-1].text == ")" and any(t.text == "(" for t in tokens[:-1])


def _bracketed(node: Token) -> bool:
    """`Member of Parliament (MP) for Kade`: letters in brackets are the title's own short form."""
    doc = node.doc
    return 0 < node.left_edge.i and node.right_edge.i + 1 < len(doc) and doc[node.left_edge.i - 1].text == "(" and doc[node.right_edge.i + 1].text == ")"


def _state_of_place(node: Token) -> bool:
    """`Hays, Kan.`: one capitalised word set after a place, itself a place or an abbreviation."""
    head = node.head
    return (node.left_edge.i == node.right_edge.i == head.i + 2 and node.doc[head.i + 1].text == "," and node.pos_ == "PROPN"
            and head.ent_type_ == "GPE" and (node.ent_type_ == "GPE" or node.text.endswith(".")))


def _title_before(doc: Doc, name_start: int) -> str | None:
    """The part of the words written before a name that is a title OF that name (`_own_title`)."""
    i = name_start - 1
    while i >= 0:
        token = doc[i]
        if "\n" in token.text_with_ws and i != name_start - 1:
            break
        if phrase_dash(token) and not joins_names(token):
            break  # `JERUSALEM - Israeli Prime Minister`, `GOP rivals - Sen.`: a spaced hyphen is a dash, not `vice-chair`
        if token.pos_ in _ROLE_POS or token.lower_ in _ROLE_LINKS or (token.text.endswith(".") and (token.pos_ == "PROPN" or token.lower_ in title_words())):
            i -= 1
            continue
        if token.tag_ in ("VBG", "VBN") and token.text[:1].isupper() and i + 1 < name_start and doc[i + 1].lower_ in title_words():
            i -= 1  # `Acting Secretary`, `Managing director`, `Retired general`: a participle opening the title
            continue
        if token.lower_ in _NAME_DETERMINERS and token.is_title and i + 1 < name_start and doc[i + 1].pos_ == "PROPN" and doc[i + 1].is_title:
            i -= 1  # `All Blacks coach Rhys Tamatea`: a team's name that opens with a capitalised determiner
            continue
        if token.pos_ == "ADV" and token.is_title and not token.is_sent_start and i + 1 < name_start and doc[i + 1].text[:1].isupper():
            i -= 1  # `Nee Soon GRC MP`: a word of a place's name the tagger reads as an adverb (`Soon`)
            continue
        if i + 1 < name_start and (step := _inside_title(doc, i, name_start)):
            i -= step
            continue
        break
    if i >= 0 and doc[i].lower_ in _OWNERS and i + 1 < name_start and doc[name_start - 1].lower_ in word_list("kinship_roles.txt"):
        i -= 1  # `her husband Tom Greer`: the relation keeps its owner
    tokens = _after_untitled_words(tokens_between(doc, i + 1, name_start))
    return _role_text(doc, _own_title(tokens))


_NOT_PLACE_NUMBERS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})
# entity labels a capitalised word of an office may carry: none, an organisation's, or a work's (the NER reads the
# capitalised words right after a closing quotation mark as a title: `…," Health, Labour and Welfare Minister`)
_OFFICE_WORD_ENTS = frozenset({"", "ORG", "WORK_OF_ART"})


def _inside_title(doc: Doc, i: int, name_start: int) -> int:
    """Words inside a title before a name that are no noun: the number of a ward or district after its capitalised
    name (`Ward 33 councillor`, `District 4 supervisor`; not a date's `May 5`), an `and` between two titles
    (`Co-founder and chief executive`, `President and CEO`) or inside a capitalised office, portfolio or body
    (`Minister for Further and Higher Education`, `Trade and Industry Secretary`, `Fire and Medical Department
    Battalion Chief`; not `Ohio and Sen.` nor `He and House …`), a party's initials in brackets after its name
    (`Kuomintang (KMT) Legislator`), and the bracket closing a party's initials written as one word (`JD(S) MLA`). How many tokens back the title goes on; 0 when it ends here."""
    token = doc[i]
    if token.like_num and i > 0 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() and not {token.ent_type_, doc[i - 1].ent_type_} & _NOT_PLACE_NUMBERS:
        return 2  # the number and the name before it, which the tagger may read as a verb (`Ward`)
    if token.lower_ == "and" and i > 0 and doc[i - 1].lower_ in title_words() and any(_titles(t.text) for t in doc[i + 1 : name_start]):
        return 1  # a title on both sides (not `presidential candidate and proud progressive`)
    if token.lower_ == "and" and i > 0 and i + 1 < name_start and all(
            t.is_title and t.ent_type_ in _OFFICE_WORD_ENTS and t.pos_ not in ("PRON", "DET") and not t.text.endswith(".") for t in (doc[i - 1], doc[i + 1])):
        return 1  # inside a capitalised office, portfolio or body (see above)
    if token.text == "," and i > 0 and _listed_portfolio(doc, i, name_start):
        return 2  # `Land, Infrastructure and Transport Minister`: the first of a capitalised portfolio's listed words
    if token.text == "–" and joins_names(token):
        return 1  # `Fogo Island–Cape Freels MHA`, `Métis Nation–Saskatchewan vice-president`: one name
    if token.text == ")" and i > 2 and doc[i - 2].text == "(" and doc[i - 1].text.isupper() and doc[i - 3].text[:1].isupper() and not doc[i - 3].text.isupper():
        return i - _party_name_resume(doc, i - 3)  # `Kuomintang (KMT) Legislator`, `National People's Power (NPP) MP`: a
        # party's initials in brackets after its name (not a dateline's `LONDON (AP)`)
    return int(token.text == ")" and i > 0 and "(" in doc[i - 1].text and not doc[i - 1].whitespace_ and doc[i - 1].text[:1].isupper())


def _party_name_resume(doc: Doc, last: int) -> int:
    """Where the walk back over a title goes on inside a party's name ending at `last`: the word before an owner's
    `'s` in it (`National People's Power`, where the walk would stop at the `'s`), else `last` itself."""
    resume = k = last
    while k > 0 and last - k < _PARTY_WORDS and (doc[k].text[:1].isupper() or doc[k].tag_ == "POS"):
        if doc[k].tag_ == "POS":
            resume = k - 1
        k -= 1
    return resume


_PARTY_WORDS = 6  # words of a party's name before its bracketed initials that are read for an owner's `'s`


def _listed_portfolio(doc: Doc, comma: int, name_start: int) -> bool:
    """A comma between two capitalised words of a portfolio written as a list closed by `and` before the title
    (`Land, Infrastructure and Transport Minister`, `Health, Labour and Welfare Minister`); not a place, a date or
    a name set before the title (`In Seoul, Transport Minister`, `On Tuesday, Trade and Industry Minister`)."""
    before, after = doc[comma - 1], doc[comma + 1]
    if comma >= 2 and doc[comma - 2].pos_ == "ADP":
        return False  # `In Seoul,`: the object of a preposition set before the sentence
    return (before.is_alpha and before.is_title and before.pos_ in ("PROPN", "NOUN") and before.ent_type_ in _OFFICE_WORD_ENTS
            and after.is_title and after.ent_type_ in _OFFICE_WORD_ENTS and any(doc[k].lower_ == "and" for k in range(comma + 2, name_start))
            and doc[comma + 1 : name_start].text.count(",") == 0)


def _after_untitled_words(tokens: list[Token]) -> list[Token]:
    """`in an email to County Administrator Joyce Pettibone`, `a letter to Attorney General …`: lower-case words
    before the last preposition with no title among them (the thing sent, not a post) are no part of the name's title."""
    link = max((k for k, t in enumerate(tokens) if t.lower_ in _ROLE_LINKS and t.lower_ not in ("-", "&")), default=-1)  # not `Harlow & Finch Chief Executive`
    if link <= 0 or any(_titles(t.text) or t.lower_ in honorifics() or not t.text.islower() for t in tokens[:link]):
        return tokens  # `Central Bank of Kenya Governor`: capitalised words before `of` are a name, not a thing sent
    return tokens[link + 1 :]


def _own_title(tokens: list[Token]) -> list[Token]:
    """The part of the words before a name that is a title OF that name. A name right after a preposition is its
    object (`a spokeswoman for Trump`, `the chairman of Clinton's campaign`, `a spokeswoman for Mr. Trump`): the
    role is someone else's. After `of`/`for`, a title of its own (`a daughter of former President Bill Clinton`)
    is the name's title and what stands before the preposition is not; `Secretary of State` and `Minister for
    Finance` (an office written in capitals before the preposition) stay one title."""
    content = [t for t in tokens if t.lower_ not in honorifics()]
    if content and content[-1].lower_ in _ROLE_LINKS and content[-1].lower_ != "-":
        return []
    for position in range(len(tokens) - 1, -1, -1):
        if tokens[position].lower_ in _ROLE_LINKS and tokens[position].lower_ != "-":
            before = [t for t in tokens[:position] if t.lower_ not in _DETERMINERS and t.lower_ not in _ROLE_LINKS]
            if before and all(t.text[:1].isupper() for t in before):
                return tokens  # `Minister for Finance`, `Minister of State for Housing`: one office, capitalised
            after = [t for t in tokens[position + 1 :] if t.lower_ not in honorifics()]
            opening = [t for t in after[:2] if t.lower_ in title_words()]
            if opening and (after[0].lower_ in title_words() or after[0].pos_ == "ADJ"):
                return tokens[position + 1 :]
            break
    return tokens


def _owned_relation(tokens: list[Token]) -> str | None:
    """`Her daughter, Sue Pell,`, `Sue Pell, her daughter,`, `the cyclist's sister, Hannah Osei,`: a noun naming a
    person by a relation to someone (data/kinship_roles.txt) is a role when someone owns it, and the owner stays in
    it (`Her daughter`, not `daughter`; `a daughter, Ruth,` gives none)."""
    words = list(tokens)
    while words and (words[0].is_punct or words[0].lower_ in ("the", "a", "an")):
        words.pop(0)
    while words and words[-1].is_punct:
        words.pop()
    if len(words) < 2 or words[-1].lower_ not in word_list("kinship_roles.txt"):
        return None
    if not (words[0].lower_ in _OWNERS or any(t.tag_ == "POS" for t in words[:-1])):
        return None
    if any(t.lower_ in _ROLE_LINKS or t.pos_ not in _OWNED_POS for t in words[:-1]):
        return None  # not `then the girlfriend of Freddy's best friend`: the owner and its relation only
    text = "".join(t.text_with_ws for t in words).strip()
    return text if len(text) <= 120 else None


def _apposed_subject(head: Token) -> Token:
    """`The president of Inuit Tapiriit Kanatami, Jeela Arnakaq, said`, `a spokesperson for the minister, Julien
    Marchand-Lévesque, said`: a name the parse set beside the object of `of`/`for` closing a subject that is a title
    (the name then stands between the subject and its verb) is the subject's apposition: the whole subject is the
    role, not the object (`minister`)."""
    top = head
    for _ in range(4):  # `The president of the Native Women's Association of Canada, Irene Sappier,`: through the name's own `of`
        prep = top.head
        if top.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
            return head
        top = prep.head
        if top.pos_ == "NOUN":
            break
    if top.pos_ != "NOUN" or top.dep_ not in ("nsubj", "nsubjpass") or top.head.i <= head.right_edge.i or not _titles(top.text):
        return head
    return top


def _role_text(doc: Doc, tokens: list[Token]) -> str | None:
    tokens = [t for t in tokens if not t.is_space]
    dash = next((k for k, t in enumerate(tokens) if k > 0 and phrase_dash(t) and not joins_names(t)), None)
    if dash is not None:  # `a former Cruz adviser — and Colorado's Kendal Unruh —`: the parse ran the apposition on
        tokens = tokens[:dash]
    owned = _owned_relation(tokens)
    if owned:
        return owned
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in _DETERMINERS or tokens[0].lower_ in _ROLE_LINKS
                      or (tokens[0].lower_ in _TIME_ADVERBS and len(tokens) > 1)):
        tokens.pop(0)
    while tokens and ((tokens[-1].is_punct and not _closes(tokens)) or tokens[-1].lower_ in _ROLE_LINKS or tokens[-1].lower_ in _DETERMINERS):
        tokens.pop()
    while len(tokens) > 1 and (tokens[-1].lower_ in honorifics() or tokens[-1].lower_ in _COUNCILLOR_ABBREVIATIONS) and not tokens[-1].text.islower() and tokens[-2].lower_ not in _ROLE_LINKS:
        tokens.pop()  # `Chief executive Dr` before `Dale Bramley`: the courtesy title is the name's (`a pollster for Mr.` is another's); so is `Cllr` after `Conservative group leader`
    while len(tokens) > 2 and tokens[-1].lower_ in word_list("courtesy_titles.txt") and not tokens[-1].text.islower() and _titles(tokens[-2].text):
        tokens.pop()  # `Education Minister Senator`, `Palace Press Officer Atty.`: the office is the role, the courtesy title the name's
    while tokens and tokens[-1].is_punct and not _closes(tokens):
        tokens.pop()  # `Chief Nyamandi (Mr` before `Tendai Gumbo`: the bracket the courtesy title stood in
    if not tokens or not any(_titles(t.text) for t in tokens):
        return None
    if all(t.lower_ in honorifics() for t in tokens):
        return None
    text = "".join(t.text_with_ws for t in tokens).strip()
    return text if len(text) <= 120 else None


_COUNCILLOR_ABBREVIATIONS = frozenset({"cllr", "cllr.", "coun."})  # written before a councillor's name as `Dr` is
_BODY_POST = re.compile(r"^(?:[Tt]he )?[a-z]+['’]s \w")  # `The committee's ranking member`: a post a body (a common noun) owns


def best_role(roles: list[str]) -> str | None:
    """The role that contains the most other statements of it, then the most repeated, then the first."""
    if not roles:
        return None
    counts = Counter(roles)
    lowered = {role: role.lower() for role in counts}
    body_posts = any(_BODY_POST.search(role) and is_role(role) for role in counts)  # `the committee's chairman`, not `a member of the
    # Freedom Caucus`, nor `the mayor's rivals` (no post)

    def support(role: str) -> tuple[bool, bool, int, int, int]:
        covered = sum(n for other, n in counts.items() if lowered[other] in lowered[role])
        stated = lowered[role] not in _COUNCILLOR_ABBREVIATIONS and not (role in title_abbreviations() and body_posts)  # `Cllr Joanne Hales, the
        # leader of …`; `The committee's chairman, Rep. Hal Benning,`: a body's post says more than the abbreviated rank
        own = not _is_owned_relation(role)  # `Donald Trump, his little brother,` is still `presidential candidate`
        return stated, own, covered, counts[role], -roles.index(role)

    return max(counts, key=support)


_AGE_NOUNS = frozenset("year-old year old".split())


def _descriptions(doc: Doc, start: int, end: int, nouns: list[Token], max_tokens: int) -> list[str]:
    found: list[str] = []
    for noun in nouns:
        if _bounded(noun, max_tokens):
            words = [t.lower_ for t in tokens_between(doc, noun.left_edge.i, noun.i + 1) if not t.is_punct and t.lower_ not in _DETERMINERS]
            if words:
                found.append(" ".join(words))
    i = start - 1
    while i >= 0 and start - i <= 4 and doc[i].pos_ in ("NOUN", "ADJ", "PROPN") and doc[i].dep_ in ("compound", "amod", "nmod"):
        i -= 1
    if i + 1 < start:
        found.append(" ".join(t.lower_ for t in tokens_between(doc, i + 1, start)))
    after = end + 1 if end < len(doc) and doc[end].text == "," else None
    if after is not None and after < len(doc) and doc[after].like_num and after + 1 < len(doc) and doc[after + 1].text in (",", ")"):
        found.append(age_role(doc[after].text))
    return found


def bare_title(token: Token) -> bool:
    """A title with no determiner of its own (`Vice President` in `Fox News Vice President and Managing Editor
    Ana Ruiz`): coordinated with a name, it is one more title of that person, not a second speaker."""
    return (token.lemma_.lower() in title_words() or token.lower_ in title_words()) and not any(
        child.dep_ in ("det", "poss") for child in children(token))


def continues_apposition(token: Token) -> bool:
    """`Ana Ruiz, a professor at the college, and a co-editor of the book`: an indefinite description
    coordinated after a name's apposition describes that name further; so does a party or nationality epithet
    (`…, and a Democrat who chaired the panel`, see indefinite_epithet)."""
    return (token.pos_ == "NOUN" or indefinite_epithet(token)) and has_indefinite_article(token)


def indefinite_epithet(token: Token) -> bool:
    """`a Democrat`, `an Australian`: one member of a party or nation, written with `a`/`an`; coordinated after a
    named person's apposition it is more of that person's description, not the party as a second speaker."""
    return token.ent_type_ == "NORP" and token.tag_ == "NNP" and has_indefinite_article(token)


def _role_of_description(doc: Doc, start: int, end: int) -> str | None:
    """The title of a definite description headed by a capitalised title word, an office as British and
    Commonwealth news write one (`the Prime Minister`, `the Taoiseach`, `Scotland's First Minister`); neither an
    epithet in lower case (`the New York billionaire`, `the candidate`) nor an indefinite one (`a spokesman`). A
    capitalised portfolio after the title is part of it (`The Minister for Housing`)."""
    tokens = [t for t in doc[start:end] if not t.is_space]
    link = next((k for k, t in enumerate(tokens) if t.lower_ in PORTFOLIO_LINKS and k > 0 and t.head.i == tokens[k - 1].i), None)
    if link is not None and portfolio_end(tokens[link - 1]) == tokens[-1].i:
        tokens, portfolio = tokens[:link], tokens[link:]  # the mention holds the portfolio: `The Minister for Housing`
    else:
        portfolio = []
    if not tokens or not (tokens[-1].lower_ in title_words() or tokens[-1].lemma_.lower() in title_words()):
        return None
    if not tokens[-1].text[:1].isupper() or tokens[-1].is_sent_start:
        return None
    after = doc[end] if end < len(doc) and not portfolio else None  # `The Minister for Housing has said`: the mention ends at the title
    if after is not None and after.lower_ in PORTFOLIO_LINKS and after.head.i == tokens[-1].i and (last := portfolio_end(tokens[-1])) is not None:
        portfolio = [t for t in doc[end : last + 1] if not t.is_space]
    tokens += portfolio
    owner_ends = max((k for k, t in enumerate(tokens) if t.tag_ == "POS"), default=-1)  # `Scotland's`: whose title, not the title
    if "the" not in (tokens[0].lower_, doc[start - 1].lower_ if start > 0 else "") and owner_ends < 0:  # the mention may leave `the` out
        return None
    return _role_text(doc, tokens[owner_ends + 1 :])


def portfolio_end(title: Token) -> int | None:
    """The last token of the one capitalised portfolio a title takes right after it through `for`/`of` (`Minister for
    Housing`, `Secretary of State for Health`, `Minister for Further and Higher Education`), or None when there is
    none: another preposition or several, nothing after the link, longer than `PORTFOLIO_WORDS`, or lower-case words
    (`the minister for a day`). The one decision of where a portfolio after a title ends (roles and
    described_entities)."""
    prepositions = [c for c in children(title) if c.dep_ == "prep"]
    if len(prepositions) != 1:
        return None
    link = prepositions[0]
    last = link.right_edge.i
    if link.lower_ not in PORTFOLIO_LINKS or link.i != title.i + 1 or last == link.i or last - link.i > PORTFOLIO_WORDS:
        return None
    return last if all(t.text[:1].isupper() or t.lower_ in PORTFOLIO_JOINS for t in title.doc[link.i + 1 : last + 1]) else None


def give_described_roles(doc: Doc, quotes: list["QuoteCandidate"]) -> None:
    """A person the article names once and then calls by a title (`Sir Keir Starmer … "…," the Prime Minister said`)
    holds that title as a role: each quote of that person without a role gets it."""
    called: dict[int, list[str]] = {}
    for quote in quotes:
        found = quote.resolved
        if found is not None and quote.speaker is not None and found.via == "description" and found.kind == "person" and found.entity is not None:
            role = _role_of_description(doc, *quote.speaker)
            if role:
                called.setdefault(found.entity, []).append(role)
    for quote in quotes:
        found = quote.resolved
        if found is not None and found.role is None and found.entity in called:
            quote.resolved = replace(found, role=best_role(called[found.entity]))
