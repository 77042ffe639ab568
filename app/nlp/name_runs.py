"""Name runs: every capitalised proper-name run in the article, with titles, honorifics and headline verbs cut off.

Names are found as runs of capitalised proper-noun tokens, not by trusting one NER label: the small model tags
`Donald Trump` as ORG in one sentence and nothing in a headline, but the words are capitalised proper nouns each
time. A title inside the run (`Florida Gov. Jeb Bush`, `Grand Chief Tala Ross`) and a headline's verb (`Obama
Says`) are not part of the name; the words before the name that describe it (`Wisconsin Republican`) are kept
apart as the run's prefix. Letters after a name (`Edward Argyle MP`, `Helena Kennedy KC`) are cut off too, and a name
runs on through its lower-case particles (`Ursula von der Leyen`), a particle written onto the surname (`Yvonne
d'Entremont`) and a plural's apostrophe inside an organisation's name (`Ontario English Catholic Teachers'
Association`). A rank with a full stop (`Const. Harjit Sandhu`), an opening person noun (`Neighbour Priya Ramdial`)
or a hyphenated surname after a given name (`Shabana Mahmood-Clarke`) makes the run a person's, whatever the NER said.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from .extensions import doc_text
from .lexicon import ORGANISATION_NOUNS, given_name_abbreviations, honorific_pairs, honorifics, name_openers, read_words, title_words, word_list
from .mojibake import repair_mojibake
from .people_words import gender_words, reporting_forms
from .resolution import organisation_name_words
from .token_ranges import span_text, tokens_between
from .tokens import children, sentence_start, token_texts

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
_NOT_NAME_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_BODY_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})  # names whose words may be a reporting verb's forms (`Rasmussen Reports`, `United States`)
_CONNECTORS = frozenset("of for and the & de del la von van al bin el da di dos der ibn".split())
_AUXILIARIES = frozenset("be is are was were been will would can could may might must should shall has have had do does did".split())
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
_POLL_WORDS = frozenset({"poll", "survey"})
_MINOR_WORDS = frozenset("a an the of on in to for and or at by with from as is are was be".split())
_NOT_NAME_POS = frozenset({"DET", "CCONJ", "SCONJ", "ADV", "PRON", "ADP", "VERB", "AUX", "PART", "NUM"})
_POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
_ORGANISATION_LINKS = frozenset({"of", "on", "for", "to"})
_OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
_CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")  # `F.B.I.`, `N.A.A.C.P.`: one token, no letter run of its own


@lru_cache(maxsize=None)
def organisation_heads() -> frozenset[str]:
    """Nouns heading an organisation's name (`Commission`, `Committee`), singular, lower case."""
    return read_words("organisation_heads.txt")


@lru_cache(maxsize=None)
def collective_openers() -> frozenset[str]:
    return read_words("collective_openers.txt")


def is_collective(words: list[str]) -> bool:
    """`Team Clinton`: a name opened by a word naming a collective is an organisation's, though it ends in a surname."""
    return len(words) > 1 and words[0].lower() in collective_openers()


def is_organisation_head(word: str) -> bool:
    lower = word.lower()
    return lower in organisation_heads() or (lower.endswith("s") and lower[:-1] in organisation_heads())

@dataclass(frozen=True, slots=True)
class NameRun:
    start: int  # token offsets of the name itself, titles and honorifics outside
    end: int
    kind: str  # person | organization | place | group | unknown
    honorific: str | None  # `Mrs.` right before the name
    prefix: int  # where the run began: words between `prefix` and `start` describe the name (`Wisconsin Republican`)


def particle_surname(words: list[str] | tuple[str, ...]) -> bool:
    """`Ó Briain`, `Ní Mhurchú`: two words, the first a particle that opens an Irish or Scottish Gaelic surname
    (data/surname_particles.txt), are a surname alone, with no given name."""
    return len(words) == 2 and fold(words[0]) in _surname_particles()


@lru_cache(maxsize=1)
def _surname_particles() -> frozenset[str]:
    return frozenset(fold(word) for word in read_words("surname_particles.txt"))


def surname_of(words: list[str]) -> str:
    kept = [word for word in words if word.lower() not in NAME_SUFFIXES] or words
    if romanised_given_name(kept):
        return fold(kept[-4])  # `Kwon Tae-sik`, `Karen Ip Wing-sze`: the family name stands before a romanised given name
    return fold(kept[-1])


def romanised_given_name(words: list[str] | tuple[str, ...]) -> bool:
    """`Tae-sik`, `Chi-hang`, `Wing-sze`: the name ends in a romanised Chinese or Korean given name, its syllables
    joined by a hyphen, the second in lower case, with a word before it, the family name (written first)."""
    return len(words) >= 4 and words[-2] == "-" and words[-1].isalpha() and words[-1].islower() and words[-3][:1].isupper() and words[-4][:1].isupper()


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case with one apostrophe and no accents: `O’Neill` and `O'Neill`, `Peña` and `Pena` are the same name."""
    plain = word.lower().replace("’", "'").replace("‘", "'")
    if plain.isascii():
        return plain
    return "".join(ch for ch in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(ch))


_DASH_BEFORE_NAME = re.compile(r"-+(?=[A-Z][a-z])")


def split_dashes_before_names(prefix_search: Callable[[str], re.Match | None]) -> Callable[[str], re.Match | None]:
    """A tokenizer's prefix search that also splits the dash of a list item or an em-dash typed as hyphens from the
    capitalised word it is glued to (`-Matthew Yglesias thinks`, `--The`), which the stock rules keep as one token
    that is then no name."""
    stock = getattr(prefix_search, "__self__", None)
    if isinstance(stock, re.Pattern) and prefix_search == stock.search:  # one regex: no Python call per word
        return re.compile(f"^(?:{_DASH_BEFORE_NAME.pattern})|{stock.pattern}", stock.flags).search

    def search(text: str) -> re.Match | None:
        return _DASH_BEFORE_NAME.match(text) or prefix_search(text)
    return search


_COLON_BEFORE_QUOTE = re.compile(r"""(?<=[^\W\d_]):(?=["“])|(?<=:)["“](?=\w)""")


def split_colons_before_quotes(infix_finditer: Callable[[str], Iterator[re.Match]]) -> Callable[[str], list[re.Match]]:
    """A tokenizer's infix search that also splits a transcript's speaker from the quotation glued to it
    (`Hillary Rodham Clinton:"We learned`), which the stock rules keep as one token that ends no name.

    A stock search (a compiled regex's `finditer`) becomes one regex, the stock infixes tried first at each
    position: the tokenizer calls it on every word its cache lacks (~180 per article), and a Python function
    there cost ~0.2 ms per article. It finds what the merge below finds, since the colon's matches are one
    character long and the merge keeps the stock match of two starting at one place (tests/nlp/test_perf11w_tokenizer.py)."""
    stock = getattr(infix_finditer, "__self__", None)
    if isinstance(stock, re.Pattern) and infix_finditer == stock.finditer:
        return re.compile(f"{stock.pattern}|{_COLON_BEFORE_QUOTE.pattern}", stock.flags).finditer

    def finditer(text: str) -> list[re.Match]:
        extra = list(_COLON_BEFORE_QUOTE.finditer(text))
        found = list(infix_finditer(text))
        if not extra:
            return found
        merged: list[re.Match] = []
        for match in sorted(found + extra, key=lambda m: (m.start(), -m.end())):
            if not merged or match.start() >= merged[-1].end():
                merged.append(match)
        return merged
    return finditer


def _misencoded_name_word(text: str) -> bool:
    return not text.isascii() and text[:1].isupper() and _misencoded(text)


def _is_name_word(token: Token) -> bool:
    text, label = token.text, token.ent_type_  # read once: each read decodes the string anew
    if _misencoded_name_word(text):
        return True  # `SarukhÃ¡n`, a name read through the wrong encoding, which the tagger takes for a number
    if label in _NOT_NAME_LABELS:
        return False  # `Tuesday`, `September`
    capitalised = text[:1].isupper() or _ELIDED_PARTICLE.match(text) is not None
    return capitalised and (token.pos_ == "PROPN" or label in _NAME_LABELS)


_ELIDED_PARTICLE = re.compile(r"[dl][’'][A-ZÀ-Ý]")  # `Yvonne d'Entremont`, `Marie l'Heureux`: the particle written onto the surname


@lru_cache(maxsize=4096)
def _misencoded(word: str) -> bool:
    composed = unicodedata.normalize("NFC", word)  # the text may carry `Ã` as `A` and a combining tilde
    return ("Ã" in composed or "Â" in composed) and repair_mojibake(composed) != composed


_DOUBLE_BARRELLED = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ’']+(?:-[A-ZÀ-Ý][a-zà-ÿ’']+)? [A-ZÀ-Ý][a-zà-ÿ’']+-(?:[A-ZÀ-Ý]|[DO][’'][A-ZÀ-Ý])[a-zà-ÿ’']+")


def _double_barrelled(doc: Doc, start: int, end: int) -> bool:
    """`Shabana Mahmood-Clarke`, `Marc-André Lévesque-Giroux`: a given name and a hyphenated surname, a person's
    name however the tagger labelled it (a company's hyphenated name stands alone: `Rolls-Royce`), except as the
    object of a preposition, where an agency's name stands (`a reporter for Agence France-Presse`), or after `the`
    when the NER tags it a body (`the Chicago Sun-Times`, `the Newark Star-Ledger`): no one's name takes an article."""
    text = span_text(doc, start, end)
    return (_DOUBLE_BARRELLED.fullmatch(text) is not None and not is_organisation_head(text.rsplit("-", 1)[1])
            and doc[start].lower_ not in title_words() and doc[end - 1].dep_ != "pobj" and not _body_with_article(doc, start, end))


def _body_with_article(doc: Doc, start: int, end: int) -> bool:
    """`the Chicago Sun-Times`: `the` right before a name the NER tags an organisation."""
    return start > 0 and doc[start - 1].lower_ == "the" and all(doc[k].ent_type_ == "ORG" for k in range(start, end))


def _plural_possessive_inside(doc: Doc, j: int) -> bool:
    """`Ontario English Catholic Teachers' Association`, `Workers' Party`: a plural's bare apostrophe inside an
    organisation's name, which the name's head word closes; not the possessive `'s` of a name."""
    mark = j if doc[j].text in ("'", "’") else j - 1
    return (0 < mark < len(doc) - 1 and doc[mark].text in ("'", "’")
            and doc[mark - 1].text.endswith("s") and doc[mark - 1].text[:1].isupper() and not doc[mark - 1].whitespace_
            and is_organisation_head(doc[mark + 1].text) and doc[mark + 1].text[:1].isupper())


def _possessive_inside_organisation(doc: Doc, j: int) -> bool:
    """`St Columba’s Hospice`, `The Wexmoor Town Supporters' Trust`, `Court of King's Bench`: a possessive the NER
    keeps inside one organisation's name, a capitalised word of that name on both sides of it (not `Trump's campaign`,
    nor `Canada's Supreme Court`, which the NER tags as two names), and no common noun right after the name (the
    NER's `Unifor’s Quebec` in `Unifor’s Quebec director` is a union and the place of a role)."""
    mark = j if doc[j].tag_ == "POS" else j - 1
    if not 0 < mark < len(doc) - 1 or doc[mark].tag_ != "POS":
        return False
    inside = all(doc[k].ent_type_ == "ORG" and doc[k].ent_iob_ == "I" for k in (mark, mark + 1)) and doc[mark - 1].ent_type_ == "ORG"
    if not (inside and doc[mark - 1].text[:1].isupper() and doc[mark + 1].text[:1].isupper() and doc[mark + 1].is_alpha):
        return False
    end = mark + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end >= len(doc) or doc[end].pos_ != "NOUN" or doc[end].text[:1].isupper() or _says_its_kind(doc, end)  # not `Unifor’s Quebec director`


def _says_its_kind(doc: Doc, noun: int) -> bool:
    """`the People's Daily newspaper`: a common noun after the name that only says what kind of body the name's last
    word already says it is (data/organisation_name_words.tsv), not a role within it."""
    return doc[noun - 1].lower_ in organisation_name_words().get(doc[noun].lemma_.lower(), frozenset())


def _apostrophe_in_name(doc: Doc, j: int) -> bool:
    """`Dr Achieng' Otieno`, `Wanjiku' Mwangi`: an apostrophe written onto a given name (East African spellings), which
    the tokenizer splits off as a possessive. English writes a bare possessive apostrophe only after an `s` (`the
    Williams' lawyer`, `Jones' campaign`), so after any other letter, with the NER reading the words on both sides
    as a person, it is part of the name."""
    mark = j if doc[j].text in ("'", "’") else j - 1
    if not 0 < mark < len(doc) - 1 or doc[mark].text not in ("'", "’"):
        return False
    before, after = doc[mark - 1], doc[mark + 1]
    return (not before.whitespace_ and before.is_alpha and before.text[:1].isupper() and before.text[-1].lower() not in "sxz"
            and after.is_alpha and after.text[:1].isupper() and before.ent_type_ == after.ent_type_ == "PERSON")


def _continues(doc: Doc, j: int) -> bool:
    previous, token = doc[j - 1], doc[j]
    if "\n" not in previous.text_with_ws and (_plural_possessive_inside(doc, j) or _possessive_inside_organisation(doc, j) or _apostrophe_in_name(doc, j)):
        return True
    if "\n" in previous.text_with_ws or previous.tag_ == "POS" or token.tag_ == "POS" or token.lower_ in _POSSESSIVE_ENDINGS:
        return False
    if token.is_space and "\n" not in token.text and j + 1 < len(doc) and _is_name_word(doc[j + 1]) and _is_name_word(previous):
        return True  # `Newt\xa0Gingrich`: a web page's non-breaking space, a token of its own, inside a name
    if token.text == "-" and not previous.whitespace_ and not token.whitespace_ and j + 1 < len(doc) and _name_part(doc[j + 1]):
        return True  # `Park Min-ho`, `al-Sistani`; not `Oscar-winner`, which describes the name after it
    if previous.text == "-" and not previous.whitespace_ and _name_part(token):
        return True
    if token.lower_ in _CONNECTORS and token.ent_iob_ == "I" and j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        return True  # `Federal Bureau of Investigation`; not the `of` the NER ends `Ana Ruiz of` with before `Oakland`
    if (token.lower_ in ("and", "&") and token.ent_iob_ == "I" and j + 1 < len(doc) and doc[j + 1].ent_iob_ == "B"
            and doc[j + 1].ent_type_ in ("ORG", "FAC") and doc[j + 1].text[:1].isupper()):
        return True  # `The Israel Nature and Parks Authority`: the NER ran one entity through `and` and began another
    if token.lower_ == "and" and _coordinated_modifier(doc, j):
        return True  # `North Wales Fire and Rescue Service`: the NER began the organisation at `Rescue`
    if name_particle(token) and (previous.text[:1].isupper() or name_particle(previous)):
        return _particles_to_name(doc, j)  # `Ursula von der Leyen`, though the NER ends the person at `der`
    if token.text == "/" and not previous.whitespace_ and not token.whitespace_ and j + 1 < len(doc) and _is_name_word(doc[j + 1]):
        if doc[j + 1].ent_type_ == "PERSON" and previous.ent_type_ != "PERSON":
            return False  # a photo credit's source and person: `Facebook/Ana Ruiz`
        return _is_name_word(previous)  # a joint poll or venture: `CNN/ORC`, `USA TODAY/Suffolk University`
    if previous.text == "/" and not previous.whitespace_:
        return _is_name_word(token)
    if token.lower_ in reporting_forms():  # `Obama Says …`, but `Rasmussen Reports` inside an organisation's name
        if token.ent_iob_ == "I" and token.ent_type_ in _BODY_LABELS and previous.ent_type_ == token.ent_type_ and token.text[:1].isupper():
            return True  # `United States` (a GPE) is no `United` that `states`
        return _names_a_noun(doc, j)  # `the latest Rasmussen Reports poll`
    if token.is_digit and len(token.text) <= 3 and token.ent_iob_ == "I" and token.ent_type_ == "ORG" == previous.ent_type_ and previous.text[:1].isupper():
        return True  # a station's channel: `ABC 7`, `Fox 5`
    if token.lower_ in _AUXILIARIES and token.pos_ == "AUX":
        return False  # a headline's verb tagged as part of a name: `Will Twitter Be Next?`
    return _is_name_word(token)


def _coordinated_modifier(doc: Doc, j: int, reach: int = 3) -> bool:
    """`North Wales Fire and Rescue Service`, `Health and Safety Executive`: an untagged capitalised word before `and`
    that modifies an organisation's head noun a few capitalised words after it, the word after `and` its conjunct,
    is inside that one name; not two bodies (`Ford and General Motors said`: `Ford` modifies no head after it)."""
    previous, n = doc[j - 1], len(doc)
    if j + 1 >= n or previous.ent_type_ or not previous.text[:1].isupper() or not previous.is_alpha:
        return False
    after, head = doc[j + 1], previous.head
    if after.dep_ != "conj" or after.head.i != previous.i or not j + 1 < head.i <= j + 1 + reach:
        return False
    words = doc[j + 1 : head.i + 1]
    return all(t.is_alpha and t.text[:1].isupper() and t.ent_type_ not in ("PERSON", "GPE", "DATE") for t in words) and is_organisation_head(head.text)


def name_particle(token: Token) -> bool:
    """A lower-case word inside a person's name (`van`, `der`, `bin`: data/name_particles.txt)."""
    text = token.text  # read once: each read decodes the string anew
    return text.islower() and text in word_list("name_particles.txt")


def _particles_to_name(doc: Doc, j: int, most: int = 2) -> bool:
    """The lower-case particles from `j` (one or two, `von der`) lead to a capitalised word of the name on the
    same line: `Katharina van den Berg`, `Marie-Ève de la Fontaine` (not `Ana Ruiz de` at a line's end)."""
    k = j
    while k < len(doc) and k - j < most and name_particle(doc[k]) and "\n" not in doc[k].text_with_ws:
        k += 1
    return k < len(doc) and k > j and _is_name_word(doc[k]) and doc[k].lower_ not in reporting_forms()


def _headline_verb_or_link(token: Token) -> bool:
    """In a headline every word is capitalised and the NER runs names on into the words after them (`Obama
    Administration To Expand Program`, `Suspect Named By Police`): a verb, `to` or a preposition other than a
    name's own links ends the name there."""
    return token.text[:1].isupper() and (token.pos_ in ("VERB", "PART") or (token.pos_ == "ADP" and token.lower_ not in _CONNECTORS))


def _names_a_noun(doc: Doc, j: int) -> bool:
    """A capitalised reporting form modifying the common noun after it is a word of a name, not the name's verb:
    `Rasmussen Reports poll` (but `Obama Says Trump`)."""
    token = doc[j]
    return (token.text[:1].isupper() and token.pos_ == "PROPN" and token.dep_ == "compound" and j + 1 < len(doc)
            and doc[j + 1].is_lower and doc[j + 1].pos_ == "NOUN" and token.head.i == j + 1 and "\n" not in token.text_with_ws)


def _title_before_person(doc: Doc, k: int) -> bool:
    """`Advocate Salma Akter`: a word that titles only a person's name right after it (data/titles_before_names.txt),
    not `The Advocate`, the newspaper. The name after it may be untagged (`Kaumātua Te Rangi Whakarongo, 82,`) when
    no determiner stands before the title."""
    if not (doc[k].text[:1].isupper() and doc[k].lower_ in word_list("titles_before_names.txt")):
        return False
    untagged = doc[k + 1].ent_type_ == "" and doc[k + 1].pos_ == "PROPN" and doc[k + 1].is_title and (k == 0 or doc[k - 1].pos_ != "DET")
    return doc[k + 1].ent_type_ == "PERSON" or untagged


def _opens_organisation_entity(doc: Doc, i: int) -> bool:
    """The word opens the NER's entity, or follows only its `the`: `General Electric`, `The Executive Yuan` (Taiwan's
    cabinet, which lost `Executive` as a title and became a person surnamed `Yuan`)."""
    token = doc[i]
    return token.ent_iob_ == "B" or (token.ent_iob_ == "I" and i > 0 and doc[i - 1].ent_iob_ == "B" and doc[i - 1].lower_ == "the")


def _opens_organisation_name(doc: Doc, i: int) -> bool:
    """A capitalised function word that the NER reads as the first word of an organisation (`Our Principles PAC`)."""
    token = doc[i]
    return (token.ent_iob_ == "B" and token.ent_type_ == "ORG" and token.text[:1].isupper() and token.lower_ not in ("the", "a", "an")
            and not token.is_sent_start and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I")


_ELIDED_NAME = re.compile(r"[DdLlO][’'][A-ZÀ-Ý][a-zà-ÿ]+")  # `D'Amours`, `d'Entremont`, `O'Neil`


def _name_part(token: Token) -> bool:
    """A word after a hyphen inside a name: capitalised or a proper noun (`Abu-Laban`, `Min-ho`), not a common word;
    or a surname with its elided particle (`Bouchard-D'Amours`, `Roy-O'Neil`); or the second syllable of a romanised
    Chinese or Korean given name that the NER keeps inside the person's name, though the tagger reads it as a common
    noun (`Kwon Tae-sik`, `Gary Lau Chi-hang`): cut there, the name lost its given name and `Kwon said` became `Kwon
    Tae`."""
    if _ELIDED_NAME.fullmatch(token.text):
        return True
    text = token.text  # read once: each read decodes the string anew
    return token.is_alpha and (text[:1].isupper() or token.pos_ == "PROPN" or (token.ent_iob_ == "I" and token.ent_type_ == "PERSON")
                               or _syllable_heading_name(token))


_NOT_SYLLABLE_POS = frozenset({"VERB", "ADJ", "ADP", "ADV"})


def _syllable_heading_name(token: Token) -> bool:
    """`Simon Kwan Hoi-man said`: the second syllable of a romanised given name that the NER leaves outside the
    person (`man` is an English word), where the parse makes it the head the name's words hang on; not the word of a
    modifier (`the Trump-era rules`, `a Pelosi-led House`), which modifies the noun after it."""
    i = token.i
    if i < 2 or not token.text.islower() or len(token.text) > 5 or token.pos_ in _NOT_SYLLABLE_POS or token.dep_ in ("compound", "amod", "nmod"):
        return False
    mark, syllable = token.doc[i - 1], token.doc[i - 2]
    return (mark.text == "-" and not mark.whitespace_ and not syllable.whitespace_ and syllable.ent_type_ == "PERSON"
            and syllable.text[:1].isupper() and syllable.head.i == i)


def _linked_words(doc: Doc, j: int) -> int:
    """How many tokens from `j` continue a name across a lower-case link: an organisation's head noun and its
    complement (`Commission on Presidential Debates`, `Committee for a Responsible Federal Budget`), or a quoted
    nickname between the names (`Robert C. "Bobby" Scott`), an office named after its holder (`Attorney's Office`). 0 when
    the name ends at `j`."""
    previous, n = doc[j - 1], len(doc)
    if "\n" in previous.text_with_ws:
        return 0
    token = doc[j]
    if token.lower_ in _ORGANISATION_LINKS and previous.text[:1].isupper() and _headed(doc, j):
        k = j + 2 if j + 2 < n and doc[j + 1].lower_ in ("a", "an", "the") else j + 1
        if k >= n or "\n" in doc[k - 1].text_with_ws:
            return 0
        if _ordinal(doc[k]) and k + 1 < n and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha:
            return k + 2 - j  # `Court of Appeals for the Sixth Circuit`, `for the 3rd Circuit`
        capitalised = doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].ent_type_ not in _NOT_NAME_LABELS
        return k + 1 - j if capitalised else 0
    if token.lower_ in ("a", "an", "the") and previous.lower_ in _ORGANISATION_LINKS and j >= 2 and _headed(doc, j - 1):
        through_link = _linked_words(doc, j - 1)  # the article after the link, when `Committee for` came through the NER span
        return through_link - 1 if through_link > 1 else 0  # never a step back: the run would loop on `FOR A` for ever
    if token.text == "," and previous.text[:1].isupper():
        return _listed_fields(doc, j) or _listed_before_head(doc, j)
    if (token.tag_ == "POS" and previous.text[:1].isupper() and previous.lower_ in title_words() and j + 1 < n
            and doc[j + 1].text[:1].isupper() and is_organisation_head(doc[j + 1].text)):
        return 2  # `the Pima County Attorney's Office`, `the Sheriff's Department`: an office named after its holder
    if (token.text in _OPENING_QUOTES and j + 3 < n and previous.text[:1].isupper() and doc[j + 1].is_alpha
            and doc[j + 1].text[:1].isupper() and doc[j + 2].text in _CLOSING_QUOTES and _is_name_word(doc[j + 3])
            and not token.whitespace_ and not doc[j + 1].whitespace_):
        return 3
    return 0


def _listed_fields(doc: Doc, j: int, most: int = 6) -> int:
    """`National Academies of Sciences, Engineering and Medicine`, `Bureau of Alcohol, Tobacco, Firearms and
    Explosives`: an organisation's `of` complement that lists several fields goes on past the comma at `j` to the
    field after `and`. Only single capitalised words the parser joins to the complement, none a person, place or
    date, nor another organisation before the last (`University of Michigan, Stanford and Harvard` are three)."""
    of = next((k for k in (j - 2, j - 3) if k > 0 and doc[k].lower_ == "of"), None)
    if of is None or not (_headed(doc, of) or doc[of].ent_type_ == "ORG") or any(not t.text[:1].isupper() for t in doc[of + 1 : j]):
        return 0
    k, n = j, len(doc)
    for _ in range(most):  # k stands at `,` or `and`
        if "\n" in doc[k - 1].text_with_ws or "\n" in doc[k].text_with_ws:
            return 0
        joined = doc[k].lower_ == "and" or (doc[k].text == "," and k + 1 < n and doc[k + 1].lower_ == "and")
        field = k + (2 if doc[k].text == "," and joined else 1)
        if field >= n or not _field(doc[field], last=joined):
            return 0
        if joined:
            return field + 1 - j
        k = field + 1
        if k >= n or doc[k].text != "," and doc[k].lower_ != "and":
            return 0
    return 0


_NOT_LISTED = frozenset({"PERSON", "GPE", "LOC", "DATE", "TIME"})


def _listed_before_head(doc: Doc, j: int, most: int = 8) -> int:
    """`Kenya Medical Practitioners, Pharmacists and Dentists Union`, `Nurses, Midwives and Health Visitors
    Association`: a body's name that lists its members (plurals) before its head noun goes on past the comma at `j`,
    through `and`, to the first organisation head after it. Only capitalised words (no person, place or date), commas
    and one `and` stand between, and each listed member before `and` is a plural; a list of people, places or
    companies (`Ana Ruiz, Bill Crane and …`, `Google, Microsoft and Amazon Web Services`) is none."""
    if doc[j - 1].ent_type_ in _NOT_LISTED or not _plural_member(doc[j - 1]):
        return 0
    seen_and = False
    for k in range(j + 1, min(j + 1 + most, len(doc))):
        token = doc[k]
        if "\n" in doc[k - 1].text_with_ws:
            return 0
        if token.lower_ == "and" and not seen_and:
            seen_and = True
            continue
        if token.text == "," and not seen_and:
            continue
        if not (token.is_alpha and token.text[:1].isupper()) or token.ent_type_ in _NOT_LISTED or (not seen_and and not _plural_member(token)):
            return 0
        if seen_and and doc[k - 1].lower_ != "and" and is_organisation_head(token.text):
            return k + 1 - j
    return 0


def _plural_member(token: Token) -> bool:
    """`Pharmacists`, `Midwives`: a plural naming the members a body lists, not a company's name (`Microsoft`)."""
    return token.tag_ in ("NNPS", "NNS") or (len(token.text) > 3 and token.text.endswith("s") and not token.text.endswith("ss"))


def _field(token: Token, last: bool) -> bool:
    return (token.is_alpha and token.text[:1].isupper() and token.dep_ == "conj"
            and (token.ent_type_ == "" or (token.ent_type_ == "ORG" and (last or token.ent_iob_ == "I"))))


def _headed(doc: Doc, j: int, reach: int = 4) -> bool:
    """A capitalised organisation head noun among the few words before the link at `j` (`Court of Appeals for`)."""
    for k in range(j - 1, max(-1, j - 1 - reach), -1):
        if "\n" in doc[k].text_with_ws and k != j - 1:
            return False
        if doc[k].text[:1].isupper() and is_organisation_head(doc[k].text):
            return True
    return False


def _ordinal(token: Token) -> bool:
    return token.ent_type_ == "ORDINAL" or bool(re.fullmatch(r"\d+(st|nd|rd|th)", token.lower_))


def nickname_in(words: list[str]) -> str | None:
    """`Bobby` in the words of `Robert C. "Bobby" Scott`."""
    for k in range(1, len(words) - 2):
        if words[k] in _OPENING_QUOTES and words[k + 2] in _CLOSING_QUOTES:
            return words[k + 1]
    return None


def _person_noun(token: Token) -> bool:
    """A capitalised noun saying what a person is (`Celebrities`, `Star`), which the NER leaves outside the name."""
    lower = token.lower_
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1] if lower.endswith("s") else lower
    return (token.ent_type_ == "" or token.pos_ == "NOUN") and bool({lower, singular} & word_list("person_nouns.txt"))


def _plural_inside_organisation(doc: Doc, title: int, start: int, end: int) -> bool:
    """A plural title word (`Nurses`, `Veterans`) inside one NER organisation that runs on to the run's end, after a
    word of that organisation's name which is no title (`National`): a word of the name, not a person's title."""
    token = doc[title]
    if token.tag_ not in ("NNS", "NNPS") or token.lower_ in title_words() or token.ent_iob_ != "I" or token.ent_type_ != "ORG":
        return False
    opening = title - 1
    while opening > start and doc[opening].ent_iob_ == "I":
        opening -= 1
    return (doc[opening].ent_type_ == "ORG" and not is_title(doc[opening])
            and all(t.ent_iob_ == "I" and t.ent_type_ == "ORG" for t in doc[title + 1 : end]))


def _person_title(token: Token) -> bool:
    """`Cllr`, `Det`, `Taoiseach`: a title that opens no organisation's name."""
    return token.lower_ in word_list("person_titles.txt")


def given_name_after_title(doc: Doc, k: int) -> bool:
    """`Municipal Association of Victoria president Dean Carmody`: a capitalised word that could be a title (`Dean`,
    `Major`) opening the run right after a title written in lower case is the given name that title is set before;
    titles in lower case are not stacked on capitalised ones."""
    if not (k > 0 and doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PERSON" and doc[k].lower_ not in honorifics()
            and not _person_title(doc[k])):  # `peer Lord Hennessy`, `councillor Cllr …`
        return False
    if doc[k - 1].is_lower and doc[k - 1].lower_ in title_words():
        return True
    return doc[k - 1].text == "," and _apposed_to_role(doc, k)


def _apposed_to_role(doc: Doc, k: int) -> bool:
    """`The chairman of the Arizona Republican Party, Dean Shumway, said`: a name set between commas after the role
    it holds already has its title; a first word that could be one (`Dean`) is its given name."""
    last = k + 1
    if last >= len(doc) or doc[last].ent_iob_ != "I" or (last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I"):
        return False  # a given name and a surname only: `Dean Martha Ruiz` is a dean
    root = doc[last]
    if root.dep_ != "appos":
        return False
    node = root.head  # the role, or the body after its `of` that the parse hung the name on
    for _ in range(_ROLE_CLIMB):
        if node.pos_ == "NOUN" and node.lemma_.lower() in title_words() and node.i < k:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_ROLE_CLIMB = 3  # `The chairman of the Arizona Republican Party, Dean Shumway`: from `Party` through `of` to `chairman`


def _gendered_honorific(token: Token) -> bool:
    """`Ms`, `Mr.`, `Mrs` written in title case: an honorific of a gender calls a person, even where the NER ran it
    into an organisation with the surname (`Ms Petrakis said`); `MS Society` (capitals) is no honorific."""
    text = token.text
    return text[:1].isupper() and text[1:].rstrip(".").islower() and token.lower_ in honorifics() and token.lower_ in gender_words()


def is_title(token: Token) -> bool:
    lower = token.lower_
    if token.text in given_name_abbreviations():
        return False  # `Jose Ma. Ledesma III`: a given name written short
    if lower in title_words() or lower in honorifics() or token.lemma_.lower() in title_words() or (lower.endswith("s") and lower[:-1] in title_words()):
        return True
    if token.i > 0 and token.text[:1].isupper() and (token.doc[token.i - 1].lower_, lower) in honorific_pairs():
        return True  # `Tan Sri Lim Kok Wah`: `Sri` after `Tan`, never `Sri Srinivasan`
    if occupation_word(token.text.lower()) and token.text[1:].islower():
        return True  # `Hydrologist Marie-Hélène de La Roche`: a profession opening the sentence, capitalised
    text = token.text
    return len(text) > 2 and text.endswith(".") and text[:-1].isalpha() and len(text) <= 5  # `Adm.`, `Sgt.`


def occupation_word(lower: str) -> bool:
    """`pulmonologist`, `oceanographer`, `hydrologist`: a word of at least eight letters with an ending that names a
    profession (data/occupation_endings.txt), the long tail no title list can hold."""
    return len(lower) >= 8 and lower.endswith(_occupation_endings())


@lru_cache(maxsize=1)
def _occupation_endings() -> tuple[str, ...]:
    return tuple(sorted(word_list("occupation_endings.txt")))


def loose_tokens(doc: Doc, owner: list[int]) -> bytearray:
    """1 for tokens of a headline or caption, or inside a quotation, where words are as loose as in a headline
    (`Crooked Hillary Clinton`) and a capitalised word is no evidence of a name."""
    loose = headline_tokens(doc)
    for i in [i for i, quote in enumerate(owner) if quote != -1]:
        loose[i] = 1
    return loose


def name_runs(doc: Doc, loose: bytearray) -> list[NameRun]:
    """Every capitalised proper-name run in one pass, with titles, honorifics and headline verbs cut off."""
    runs: list[NameRun] = []
    i, n = 0, len(doc)
    texts = token_texts(doc)
    while i < n:
        if not (texts[i][:1].isupper() or _ELIDED_NAME.fullmatch(texts[i])) or not _is_name_word(doc[i]) or (doc[i].lower_ in reporting_forms() and doc[i].ent_type_ != "PERSON") or (loose[i] and _headline_verb_or_link(doc[i])):
            i += 1
            continue
        j = i + 1
        while j < n:
            if loose[j] and _headline_verb_or_link(doc[j]):
                break
            step = 1 if _continues(doc, j) else _linked_words(doc, j)
            if not step:
                break
            j += step
        run = clean_run(doc, i, j, loose)
        if run is not None:
            runs.append(run)
        i = j
    return runs


def headline_tokens(doc: Doc, max_words: int = 25) -> bytearray:
    """1 for tokens of a short line whose words are mostly capitalised (a headline or caption), where every word
    looks like a name (`More Offensive Things Donald Trump Said`)."""
    cached = doc.user_data.get(_HEADLINES)
    if cached is not None and cached[0] == (len(doc), max_words):
        return bytearray(cached[1])  # a copy: callers add flags of their own
    flags = bytearray(len(doc))
    position = 0
    for line in doc_text(doc).split("\n"):
        start, position = position, position + len(line) + 1
        words = [word for word in line.split() if word[:1].isalpha() and word.lower() not in _MINOR_WORDS]
        if 3 <= len(words) <= max_words and sum(1 for word in words if word[:1].isupper()) >= 0.8 * len(words):
            span = doc.char_span(start, start + len(line), alignment_mode="expand")
            if span is not None:
                flags[span.start : span.end] = b"\x01" * len(span)
    doc.user_data[_HEADLINES] = ((len(doc), max_words), bytes(flags))
    return flags


_HEADLINES = "quotewise_headline_tokens"  # doc.user_data: ((token count, max_words), the flags of headline_tokens)


def is_post_nominal(token: Token) -> bool:
    """`MP`, `KC`, `OBE`, `PhD` after a name: letters for an office or an honour, written with a capital inside."""
    text = token.text
    return len(text) > 1 and text[:1].isupper() and any(ch.isupper() for ch in text[1:]) and text.lower() in word_list("post_nominals.txt")


_PATRONYMICS = frozenset({"bin", "bint", "binti"})  # `son of`, `daughter of` inside an Arabic or Malay name
_ROYAL_NAMES = frozenset({"nana"})  # a Ghanaian chief's title before a stool name, and a given name of the royal-born


def clean_run(doc: Doc, start: int, end: int, headline: bytearray) -> NameRun | None:
    prefix = start
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in _CONNECTORS):
        end -= 1
    lettered = False  # letters after a name are only ever a person's
    while end - start > 2 and is_post_nominal(doc[end - 1]):
        end, lettered = end - 1, True  # `Edward Argyle MP`, `Helena Kennedy KC`: the letters after the name are no part of it (but `Labour MP` stays)
    honorific = doc[start - 1].lower_ if start > 0 and doc[start - 1].lower_ in honorifics() else None
    last_title = max((k for k in range(start, end - 1) if (is_title(doc[k]) or _title_before_person(doc, k)) and not (k == start and given_name_after_title(doc, k))), default=None)
    if last_title is not None and last_title > start and doc[last_title].lower_ in _ROYAL_NAMES and is_title(doc[last_title - 1]) and doc[last_title - 1].lower_ not in honorifics():
        last_title -= 1  # `President Nana Akufo-Addo`: after an office, `Nana` is part of the name, not a chief's title
    titled = False
    if last_title is not None and _opens_organisation_entity(doc, last_title) and doc[last_title].ent_type_ == "ORG" == doc[end - 1].ent_type_:
        if doc[last_title].pos_ != "NOUN" and not doc[last_title].lower_.endswith(("man", "woman", "person")) and not _person_title(doc[last_title]) \
                and not _gendered_honorific(doc[last_title]):
            last_title = None  # `General Electric`, `Senate Majority PAC`: the title word opens an organisation's name (not `Spokeswoman Ana Ruiz`)
    if last_title is not None and doc[last_title + 1].tag_ == "POS" and doc[end - 1].ent_type_ == "ORG":
        last_title = None  # `the IDF Spokesperson’s Unit`: the title owns the body named after it, no one's title
    if last_title is not None and _plural_inside_organisation(doc, last_title, start, end):
        last_title = None  # `National Nurses United for Patient Protection`: a plural never titles one person's name
    if last_title is not None and all(is_title(t) and t.ent_type_ == "ORG" for t in doc[last_title:end]) and doc[start].ent_type_ == "ORG":
        last_title = None  # `National Association of Criminal Defense Lawyers`: only titles after it, all one organisation's name
    if last_title is not None and doc[end - 1].lower_ not in ORGANISATION_NOUNS and not is_organisation_head(doc[end - 1].text):
        if doc[last_title].lower_ in honorifics():
            honorific = doc[last_title].lower_
        start, titled = last_title + 1, True  # `Florida Gov. Jeb Bush`, `Grand Chief Tala Ross`
    if end - start > 3 and doc[start].lower_ in word_list("lineage_titles.txt") and any(doc[k].lower_ in _PATRONYMICS for k in range(start + 2, end - 1)):
        start, titled = start + 1, True  # `Sheikha Latifa bint Hamad Al Thani`: a royal's title (but `Sheikha Al Marzouqi` is her name)
    while start < end - 1 and (doc[start].pos_ in _NOT_NAME_POS or doc[start].text[:1].islower() or (doc[start].is_stop and doc[start].ent_type_ != "PERSON")):
        if _opens_organisation_name(doc, start) or _misencoded_name_word(doc[start].text):
            break  # `Our Principles PAC`, `One America News Network`; `TomÃ¡s Ruiz`, a given name misread, tagged a verb
        start += 1  # `Neither Cruz`, `Texas-based Matt Mackowiak`
    if start > 1 and end - start > 2 and doc[start - 1].lower_ == "of" and doc[start + 1].ent_type_ == "PERSON" and (
            is_title(doc[start - 2]) or (doc[start].ent_type_ != "PERSON" and doc[start + 2].ent_iob_ == "I")):
        start += 1  # `Chief of Staff Denis McDonough`, `Secretary of State Hillary Clinton`: `Staff` ends the title, not begins the name
    person = next((k for k in range(start, end) if doc[k].ent_type_ == "PERSON"), None)
    described = any(t.text[:1].islower() or t.text == "-" for t in tokens_between(doc, start, person)) if person is not None else False
    described = described or (person is not None and all(_person_noun(t) for t in tokens_between(doc, start, person)))  # `Celebrities Julianne Moore`
    described = described or (person is not None and person - start >= 2 and _person_noun(doc[person - 1])
                              and person + 1 < end and doc[person + 1].ent_type_ == "PERSON")  # `Senate Intelligence Ranking Democrat Dianne Feinstein`
    if person is None and end - start == 3 and _person_noun(doc[start]) and doc[start].is_sent_start and all(not doc[k].ent_type_ for k in range(start, end)):
        start, titled = start + 1, True  # `Neighbour Priya Ramdial, 44, said`: a person noun opening the sentence before a name the NER missed
    while person == start and end - start > 2 and _person_noun(doc[start]) and doc[start + 1].ent_type_ == "PERSON":
        start = person = start + 1  # `Celebrity Ana Ruiz`, the noun tagged as the name's first word
    if person is not None and person > start and (doc[start].ent_type_ not in ("", "PERSON") or headline[start] or described):
        person_end = person
        while person_end < end and doc[person_end].ent_type_ == "PERSON":
            person_end += 1
        k = person - 1
        while k > start and name_particle(doc[k]):
            k -= 1
        if k < person - 1 and doc[k].text[:1].isupper() and not is_title(doc[k]):
            person = k  # `Rajesh s/o Palaniappan`, `Rajesh` tagged a product: the particles join the word before them
        elif person_end - person == 1 and doc[person - 1].ent_type_ == "" and not is_title(doc[person - 1]):
            person -= 1  # `Ana` left outside the entity `Petrova`
        start = person  # `Republican Donald Trump`, `Offensive Things Donald Trump`, `Filmmaker Jack Marino`
    while start < end - 1 and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].is_space):
        start += 1  # `Sen.\xa0Sanders`: the space after a title cut off
    if end - start > 1 and doc[end - 1].lower_ in _POLL_WORDS:
        end -= 1  # `Morning Consult Poll` is Morning Consult's poll (but `The Washington Post` is a name)
    if start >= end or not any(t.is_alpha or _DOTTED_ACRONYM.fullmatch(t.text) or _ELIDED_NAME.fullmatch(t.text) for t in tokens_between(doc, start, end)):
        return None  # punctuation alone; but `the F.B.I.` is a name though none of its tokens is all letters
    if end - start == 1 and is_title(doc[start]) and doc[start].ent_type_ != "PERSON":
        return None  # `President` alone is a role, not a name (`King said` after `Pete King` is)
    if end - start == 1 and is_post_nominal(doc[start]) and doc[start].lower_ in title_words():
        return None  # `the MLA for Iqaluit-Manirajak`: a member's letters alone are an office, not a name
    if end - start == 1 and party_letter(doc, start):
        return None  # the `D` of `Sen. Ann Ortiz, D-N.M.,`: a party, written as one letter
    if end - start > 2 and party_letter(doc, start):
        start += 2  # `R-Tyler` tagged as one name: the party's letter and hyphen before a member's home town
    tokens = tokens_between(doc, start, end)
    labels = {t.ent_type_ for t in tokens}
    root = doc[end - 1]
    titled = titled or (root.dep_ == "appos" and root.head.lemma_.lower() in title_words())  # `the minister, Ana Petrova`
    titled = titled or (start > 0 and doc[start - 1].text.islower() and doc[start - 1].lower_ in title_words() and end - start <= 3
                        and labels != {"NORP"})  # `host Sean Hannity`; not `a fellow Republican`, a party or nation alone
    titled = titled or (start > 0 and doc[start - 1].text.endswith(".") and doc[start - 1].lower_ in title_words() and end - start <= 3)  # `Const. Harjit Sandhu` tagged ORG
    titled = titled or (labels <= {""} and any(child.dep_ == "appos" and child.i >= end and child.pos_ == "NOUN" and child.lemma_.lower() in title_words()
                                               for child in children(root)))  # `Ana Kovac, a professor of economics`, a name the NER left untagged
    if start > 1 and party_letter(doc, start - 2):
        kind = "place"  # the `N.M.` of `D-N.M.`: a member's state, however the NER tagged it or a role after it reads
    elif is_collective([t.text for t in tokens]) and not honorific:
        kind = "organization"  # `Team Clinton`, whatever the NER tagged
    elif ("PERSON" in labels or honorific or titled or lettered or _double_barrelled(doc, start, end) or _nicknamed(doc, start, end)
          or (end - start > 2 and doc[start].text in name_openers())):  # `Md Shafiqul Islam` tagged ORG
        kind = "person"
    elif labels & {"ORG"}:
        kind = "organization"
    elif labels & _PLACE_LABELS:
        kind = "place"
    elif "NORP" in labels:
        kind = "group" if doc[end - 1].text.endswith("s") else "place"
    else:
        kind = "unknown"
    return NameRun(start, end, kind, honorific, prefix)


_PARTY_LETTERS = frozenset({"D", "R", "I"})


def _nicknamed(doc: Doc, start: int, end: int) -> bool:
    """`Rodolfo "Dolfo" Santiago` (`Rodolfo` tagged a place): a word in quote marks between the words of a name is
    a person's nickname, as Philippine news writes it."""
    return end - start >= 4 and any(doc[k].is_quote and doc[k + 2].is_quote and doc[k + 1].is_title for k in range(start + 1, end - 3))


def party_letter(doc: Doc, i: int) -> bool:
    """`D` in `D-N.M.`, `R` in `R-Texas`: a party's letter joined by a hyphen, with no space, to a capitalised state."""
    return (doc[i].text in _PARTY_LETTERS and i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
            and not doc[i + 1].whitespace_ and doc[i + 2].text[:1].isupper())


def words_of(doc: Doc, start: int, end: int) -> list[str]:
    return [text for text in token_texts(doc)[start:end] if not text.isspace()]


def text_of(doc: Doc, start: int, end: int) -> str:
    """The tokens' texts with their spaces, stripped: the Doc's text from the first token to the last."""
    if 0 <= start < end <= len(doc):
        return span_text(doc, start, end).strip()
    return "".join(t.text_with_ws for t in tokens_between(doc, start, end)).strip()


def common_words(doc: Doc) -> frozenset[str]:
    """Words the article itself writes in lower case (`rival`, `crooked`): capitalised at a sentence's start or in a
    headline they are still common words, not first names."""
    return frozenset(text.lower() for text in set(token_texts(doc)) if text.islower() and text.isalpha())  # each word once


def cut_to_known_names(doc: Doc, runs: list[NameRun], loose: bytearray, common: frozenset[str] = frozenset()) -> list[NameRun]:
    """In a headline, a caption, a quotation or at a sentence's start every word is capitalised, so a run there can
    carry words that are no part of the name (`Rival Hillary Clinton Slams`, `Gold Star Mom Corners Obama`,
    `Absent Sanders`). When the run ends in a person's name the article writes in running text — a full name or
    the surname of one (when the words before it are not tagged as a person's, or are words the article also writes
    in lower case) — the run is cut to that name."""
    tokens_of = [[token for token in tokens_between(doc, run.start, run.end) if not token.is_space] for run in runs]
    words_of_run = [tuple(fold(token.text) for token in tokens) for tokens in tokens_of]
    plain = [index for index, run in enumerate(runs) if not loose[run.start] and not doc[run.start].is_sent_start]
    written = {words_of_run[index] for index in plain}
    written_kinds = {words_of_run[index]: runs[index].kind for index in plain}
    full_names = {words_of_run[index] for index in plain if runs[index].kind == "person" and len(words_of_run[index]) > 1
                  and not particle_surname(words_of_run[index])}  # `Mr Ó Briain` gives no full name to cut `Colm Ó Briain` to
    surnames = {name[-1] for name in full_names}
    cut: list[NameRun] = []
    for run, run_tokens, words in zip(runs, tokens_of, words_of_run):
        kinds = ("person", "unknown", "organization") if loose[run.start] else ("person", "unknown")  # a headline tagged ORG
        loosely_written = len(words) > 1 and (loose[run.start] or doc[run.start].is_sent_start) and words not in written
        if loosely_written and run.kind in kinds and words[-1] in surnames:
            tokens = [token.i for token in run_tokens]
            k = next((k for k in range(1, len(words)) if words[k:] in full_names), len(words) - 1)
            whole_name = len(words) - k > 1 and loose[run.start]  # `Crooked Hillary Clinton` in a quotation
            relative = words[k:] not in full_names and _relative_named(doc, run, tokens[:k], loose)
            if not relative and not _given_before_particle(words, k, loose[run.start], common) and (whole_name or not any(doc[i].ent_type_ == "PERSON" and doc[i].lower_ not in common for i in tokens[:k])):  # `Sandra Paradis` is no `Sandy Paradis`
                run = NameRun(tokens[k], run.end, "person", run.honorific, tokens[k])
        elif loosely_written:
            run = _cut_common_opening(doc, run, [token.i for token in run_tokens], words, written_kinds, common, loose)
        cut.append(run)
    return cut


def _given_before_particle(words: tuple[str, ...], k: int, loosely: bool, common: frozenset[str]) -> bool:
    """`Sheikha Al Marzouqi, a mother of three, said` opening a sentence, then `Ms Al Marzouqi said`: a surname that
    opens with a particle (`Al`, `van`, `de`: data/name_particles.txt) stands alone after its honorific, so the one
    capitalised word before it in running text is the given name (titles are cut before this), unless the article
    writes that word in lower case; in a headline or a quotation every word is capitalised and the run is cut."""
    return not loosely and k == 1 and words[1] in word_list("name_particles.txt") and words[0] not in common


def _relative_named(doc: Doc, run: NameRun, opening: list[int], loose: bytearray) -> bool:
    """`Callum Doig plays for Hearts. His twin, Euan Doig, …`: a given name the parser reads as a proper noun
    compounded with the surname, opening a sentence of running text, names another bearer of the surname (a
    relative), not a word before `Doig`; in a headline or quotation every word is capitalised and the run is cut."""
    return (not loose[run.start] and len(opening) == 1 and doc[opening[0]].pos_ == "PROPN" and doc[opening[0]].dep_ == "compound"
            and doc[opening[0]].head.i == run.end - 1 and doc[opening[0]].text.isalpha() and not doc[opening[0]].text.isupper())


def _cut_common_opening(doc: Doc, run: NameRun, tokens: list[int], words: tuple[str, ...], written_kinds: dict[tuple[str, ...], str],
                        common: frozenset[str], loose: bytearray) -> NameRun:
    """`Say Mexico demanded`, `"Poor Mexico, so far from God"`: capitalised words opening a sentence that the article
    also writes in lower case (or, opening a quotation or headline, words the NER leaves outside the place or
    organisation it tags), before a name the article writes on its own in running text, are no part of that name.
    Never a person's first name (`Bill Clinton` in an article that writes `the bill`) nor a brand in capitals (`POLITICO Florida`)."""
    if any(doc[i].ent_type_ == "PERSON" for i in tokens):
        return run
    k = 0
    while k < len(words) - 1 and not doc[tokens[k]].text.isupper() and (words[k] in common or (loose[run.start] and doc[tokens[k]].ent_type_ == "")):
        k += 1
    if k and words[k:] in written_kinds and (all(words[j] in common for j in range(k)) or all(doc[i].ent_type_ not in ("", "PERSON") for i in tokens[k:])):
        return NameRun(tokens[k], run.end, written_kinds[words[k:]], run.honorific, tokens[k])
    return run


TITLE_REACH = 8  # tokens before a name in which a headline's title for that person must stand, every word of it


def words_before(doc: Doc, at: int, reach: int = TITLE_REACH) -> set[str]:
    """The lower-case words of the few tokens before `at` in its sentence (`former Bill Clinton pollster` before
    `Douglas Schoen`): where a headline's title for that person must find all its words."""
    return {t.lower_ for t in tokens_between(doc, sentence_start(doc, at, reach), at)}  # no Span for `.sent`


def cut_lineage_titles(doc: Doc, runs: list[NameRun]) -> list[NameRun]:
    """`Sheikha Latifa said` after `Sheikha Latifa bint Hamad Al Thani`: once the article writes a title that is also
    a given name (data/lineage_titles.txt) before a patronymic name, which clean_run cuts off, the same title before
    that name's given name elsewhere is the title too. One pass over the runs."""
    lineage = word_list("lineage_titles.txt")
    given = {fold(doc[run.start].text) for run in runs if run.prefix < run.start and doc[run.start - 1].lower_ in lineage}
    if not given:
        return runs
    return [NameRun(run.start + 1, run.end, run.kind, run.honorific, run.prefix) if run.end - run.start > 1 and doc[run.start].lower_ in lineage
            and fold(doc[run.start + 1].text) in given else run for run in runs]


def drop_headline_titles(doc: Doc, runs: list[NameRun], loose: bytearray) -> list[NameRun]:
    """`Former Clinton Pollster Says …`, `Lagos Nights Star Says …`: a headline's run ending in the lower-case word
    the text writes right before a person's name, with every word of the run among the few before that name
    (`former Bill Clinton pollster Douglas Schoen`), is the title the headline gives that person, not a name."""
    titles: dict[str, list[set[str]]] = {}  # `pollster` -> the words written before each name it titles
    for run in runs:
        if run.kind == "person" and run.start > 0 and not loose[run.start] and doc[run.start - 1].is_lower and doc[run.start - 1].is_alpha:
            titles.setdefault(doc[run.start - 1].text, []).append(words_before(doc, run.start))
    if not titles:
        return runs
    kept = []
    for run in runs:
        last = doc[run.end - 1]
        befores = titles.get(last.lower_, ()) if loose[run.start] and last.ent_type_ != "PERSON" and not last.text.isupper() else ()
        if befores:  # the run's words are read only for a run that may be such a title
            words = {t.lower_ for t in tokens_between(doc, run.start, run.end) if t.is_alpha}
            if any(words <= before for before in befores):
                continue
        kept.append(run)
    return kept


def people_inside_names(doc: Doc, runs: list[NameRun]) -> list[NameRun]:
    """The runs plus a person's full name written only inside a longer name: `The Rachel Maddow Show`, `the Bill
    Clinton Foundation` give `Rachel Maddow` when the article also writes `Maddow` as a person."""
    surnames = {fold(doc[run.end - 1].text) for run in runs if run.kind == "person"}
    found: list[NameRun] = []
    for run in runs:
        if run.kind == "person" or run.end - run.start < 3:
            continue
        for k in range(run.start + 1, run.end - 1):
            first = doc[k - 1]
            if (fold(doc[k].text) in surnames and first.is_alpha and first.text[:1].isupper() and not first.is_stop
                    and not is_title(first) and not is_organisation_head(first.text)):
                found.append(NameRun(k - 1, k + 1, "person", None, k - 1))
                break
    return sorted(runs + found, key=lambda run: run.start) if found else runs
