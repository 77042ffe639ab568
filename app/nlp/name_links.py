"""How the mentions of one name find their entry in the entity table: a lone word standing for an organisation
(`Pew` for `Pew Research`), a shortened full name (`Wasserman Schultz`), a surname shared by a coordination
(`Khizr and Ghazala Khan`) or by several people (`Bill` and `Hillary Clinton`: the one an honorific agrees with,
the one named nearest)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from nicknames import NickNamer
from spacy.tokens import Doc

from .lexicon import ORGANISATION_NOUNS, legal_name, reporting_verbs, title_words, word_list
from .namesake_ages import OWNER_GENDERS
from .name_runs import NAME_SUFFIXES, NameRun, fold, is_organisation_head, is_title, surname_of, text_of, words_of
from .people_words import gender_words
from .table_entry import Entry

_LABEL_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_BEARERS = 20  # full names read after a bare surname in its sentence: a bound on a sentence-long list of names
_FEMALE_HONORIFICS = frozenset({"ms", "mrs", "miss"})  # which of them the article gives a woman tells her from a namesake
_WINDOW = 50  # full names read before a bare surname to choose among namesakes
_MAX_SHARED_END = 50  # longer organisation names ending in one word read for a shortened one, at most
_TOLD_APART = 2  # full names of a namesake never called by the surname alone that show the writer tells it apart


def stands_for(doc: Doc, at: int, organisation: Entry) -> bool:
    """A lone word opening one organisation's name is that organisation (`Fox` for `Fox News`, `Pew` for `Pew
    Research`), unless the word is a person or place of its own (`Washington` beside `The Washington Post`) or a stop
    word. The callers have already given the word to any person the article names with it; so a word tagged PERSON
    opening a two-word name ending in a noun for a body (`Carleton University`, `Borealis Airlines`) is that organisation,
    and so is a proper noun tagged NORP there (`Borealis pilots`), unless the body is a party."""
    token = doc[at]
    if token.ent_type_ == "PERSON" and len(organisation.words) == 2 and _names_a_body(organisation.words[-1]) and not token.is_stop:
        return True  # `Carleton said` (tagged PERSON) after `Carleton University`, where no one is called Carleton
    if (token.ent_type_ == "NORP" and token.pos_ == "PROPN" and len(organisation.words) == 2 and _names_a_body(organisation.words[-1])
            and organisation.words[-1].lower() not in _PARTY_WORDS and not token.is_stop and not any(c.dep_ == "det" for c in token.children)):
        return True  # `Borealis pilots` (tagged NORP) after `Borealis Airlines`: the airline's, not a people's
    if token.is_stop or token.ent_type_ not in ("ORG", ""):  # `Trump` tagged PERSON is not `Trump Tower`
        return False
    return not any(doc[start].ent_type_ in ("GPE", "LOC", "NORP") for start, end in organisation.mentions if end - start > 1 or organisation.words == [doc[start].text])


_PARTY_WORDS = frozenset({"party", "parties"})  # `Republican Party`: `a Republican` is one of its members, not the party


def _names_a_body(word: str) -> bool:
    """`University`, `Airlines`, `Foods`: a word that says its name is an organisation's."""
    lower = word.lower()
    nouns = ORGANISATION_NOUNS | word_list("organisation_nouns.txt")
    return is_organisation_head(word) or lower in nouns or (lower.endswith("s") and lower[:-1] in nouns)


def called_by_surname(doc: Doc, entry: Entry, least: int = 2) -> bool:
    """`Sean Hannity … Hannity asked … Hannity said`: a two-word name the article shortens to its last word, with
    no article before it, is a person's (an organisation is `the Post`, not `Post`), whatever the NER tagged; so is
    one shortened so once to the subject of a reporting verb (`Amanda Renteria … Renteria told reporters`): an
    organisation is not called by the last word of its name alone (`Fargo said`, `Research said`). A three-word
    name of capitalised words only, a middle name or a second given name in it (`Maria Elena Duarte … Duarte
    said`), is read the same way: the NER often tags such a name ORG, and no organisation's name of three plain
    words (no `of`, no head noun like `Group`) is shortened to its last word."""
    if len(entry.words) not in (2, 3) or is_organisation_head(entry.words[-1]) or not entry.words[0][:1].isupper():
        return False
    if len(entry.words) == 3 and not _three_plain_names(doc, entry):
        return False
    last = fold(entry.words[-1])
    bare = [start for start, end in entry.mentions
            if end - start == 1 and fold(doc[start].text) == last and (start == 0 or doc[start - 1].lower_ not in ("the", "a", "an"))]
    return len(bare) >= least or any(doc[start].dep_ == "nsubj" and doc[start].head.lemma_.lower() in reporting_verbs() for start in bare)


def _three_plain_names(doc: Doc, entry: Entry) -> bool:
    """Three words each written like a name (`Maria Elena Duarte`), not an acronym (`House Majority PAC`), the
    mentions opened by no place (`New Hampshire Democratic`) and holding no party adjective (`Carolina Republican`)."""
    if not all(word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha() for word in entry.words):
        return False
    labels = {token.ent_type_ for start, end in entry.mentions for token in doc[start:end]}
    return not labels & {"NORP", "GPE", "LOC"}


def with_shared_surnames(doc: Doc, runs: list[NameRun]) -> list[tuple[NameRun, list[str]]]:
    """Each run with its words; a first name coordinated with a full name shares its surname (`Khizr and Ghazala
    Khan`, `Bill and Hillary Clinton`): `Khizr` is read as `Khizr Khan`. Not a word the article also uses alone or
    as a surname, which is a name of its own (`Obama and Hillary Clinton`)."""
    named = [(run, words_of(doc, run.start, run.end)) for run in runs]
    alone = Counter(fold(words[0]) for _, words in named if len(words) == 1)
    surnames = {surname_of(words) for _, words in named if len(words) > 1}
    for index in range(len(named) - 1):
        (run, words), (following, following_words) = named[index], named[index + 1]
        if (len(words) == 1 and alone[fold(words[0])] == 1 and fold(words[0]) not in surnames and len(following_words) >= 2 and following.kind == "person" and run.kind in ("person", "unknown")
                and following.start == run.end + 1 and doc[run.end].lower_ == "and" and doc[run.start].ent_type_ in ("PERSON", "")
                and not is_title(doc[run.start])):
            named[index] = (run, [words[0], following_words[-1]])
    return named


def without_surname_pairs(doc: Doc, runs: list[NameRun]) -> list[NameRun]:
    """`Johnson-Weld rallies`, `the Clinton-Kaine ticket`: two surnames joined by a hyphen, each the surname of a
    different person the article names in full (`Gary Johnson`, `William Weld`), are the pair, not a third person
    whose surname is `Weld` (which would take every later `Weld`)."""
    full = [words_of(doc, run.start, run.end) for run in runs if run.kind == "person" and run.end - run.start > 1]
    surnames = {surname_of(words) for words in full if "-" not in words}
    kept = []
    for run in runs:
        words = words_of(doc, run.start, run.end)
        if len(words) == 3 and words[1] == "-" and fold(words[0]) in surnames and fold(words[2]) in surnames and fold(words[0]) != fold(words[2]):
            continue
        kept.append(run)
    return kept


def name_text(doc: Doc, run: NameRun, words: list[str]) -> str:
    """The name as written, or the first name and the shared surname of a coordination (`Khizr Khan`)."""
    return label_case(doc, run, text_of(doc, run.start, run.end) if run.end - run.start == len(words) else " ".join(words))


def label_case(doc: Doc, run: NameRun, text: str) -> str:
    """`WALLACE: Let's begin.`: a transcript's speaker label, in capitals at the start of a line before a colon, is
    the name in the case the article would write it (`Wallace`); any other name stays as written (`NATO`)."""
    if not text.isupper() or run.end >= len(doc) or doc[run.end].text != ":":
        return text
    before = run.start - 1
    if before >= 0 and doc[before].is_quote:
        before -= 1
    if before >= 0 and "\n" not in doc[before].text_with_ws:
        return text
    return _LABEL_WORD.sub(lambda word: word.group(0)[0] + word.group(0)[1:].lower(), text)


def _first_word_is_a_name(doc: Doc, entry: Entry, loose: bytearray, common: frozenset[str], given: frozenset[str] = frozenset()) -> bool:
    """`Debbie` in `Debbie Wasserman Schultz` (left outside the PERSON span) is a name, and so is a given name of
    the list the NER ran into an organisation (`Welsh Conservative MS Gwion` tagged ORG); `Florida` is not, nor is a
    word the tagger takes for a name in a headline or quotation (`Crooked Hillary Clinton`), nor a word the article
    also writes in lower case (`Rival Hillary Clinton` where it writes `rival`)."""
    return any(((doc[start].ent_type_ == "PERSON" and not loose[start]) or _untagged_first_name(doc, start, loose) or _apposed_to_a_role(doc, start, end, loose)
                or (not loose[start] and fold(doc[start].text) in given) or _after_a_title(doc, start, end, loose))
               and doc[start].lower_ not in common for start, end in entry.mentions)


def _apposed_to_a_role(doc: Doc, start: int, end: int, loose: bytearray) -> bool:
    """`Its president and chief executive, Sylvie Ouellet-Brassard,` (the whole name tagged ORG): a proper noun
    opening a name set in apposition to a role word is a given name."""
    last = doc[end - 1]
    return (doc[start].pos_ == "PROPN" and not loose[start] and last.dep_ == "appos" and last.head.i < start
            and last.head.lemma_.lower() in title_words())


def _after_a_title(doc: Doc, start: int, end: int, loose: bytearray) -> bool:
    """`Defence lawyer Chantelle Bear-Rider`, `RCMP Supt. Yves Thibodeau-Ng` (tagged ORG): a proper noun opening a
    name of two words or more written right after a title word is a given name."""
    return (start > 0 and end - start > 1 and doc[start].pos_ == "PROPN" and not loose[start]
            and doc[start - 1].lower_.rstrip(".") in title_words())


def _untagged_first_name(doc: Doc, start: int, loose: bytearray) -> bool:
    """An untagged proper noun opening a name in running text (no headline, quotation or `the` before it)."""
    token = doc[start]
    return (token.ent_type_ == "" and token.pos_ == "PROPN" and not is_title(token) and not loose[start]
            and (start == 0 or doc[start - 1].lower_ not in ("the", "a", "an")))


def merge_partial_names(doc: Doc, people: dict[tuple[str, str], Entry], by_surname: dict[str, list[tuple[int, Entry]]], loose: bytearray,
                         common: frozenset[str], given: frozenset[str] = frozenset()) -> None:
    """`Wasserman Schultz` is `Debbie Wasserman Schultz`, `Mr Parry-Hughes` is `Gwion Parry-Hughes`: a shorter full
    name ending a longer one of the same surname is that person, when only one longer name fits."""
    for surname, bearers in by_surname.items():
        entries = list({id(entry): entry for _, entry in bearers}.values())
        if len(entries) < 2 or len(entries) > 20:
            continue
        for short in entries:
            longer = [e for e in entries if len(e.words) > len(short.words) and [w.lower() for w in e.words[-len(short.words):]] == [w.lower() for w in short.words] and _first_word_is_a_name(doc, e, loose, common, given)]
            if len(longer) == 1:
                target = longer[0]
                target.mentions.extend(short.mentions)
                short.mentions.clear()
                by_surname[surname] = [(at, target if entry is short else entry) for at, entry in by_surname[surname]]
                for key, entry in list(people.items()):
                    if entry is short:
                        people[key] = target


def merge_name_beginnings(people: dict[tuple[str, str], Entry], by_surname: dict[str, list[tuple[int, Entry]]], loose: bytearray,
                          alone: frozenset[str]) -> None:
    """`Mohd Rizal` is `Mohd Rizal Abu Bakar`, `Nurul Huda` is `Nurul Huda Kamaruddin`, `Wan Hassan` is `Wan Hassan
    Wan Ahmad`: Malaysian and Singaporean news return to a Malay name by its given names, which begin the full name.
    A name of two words or more that begins exactly one longer name of the article's running text is that person;
    not a name that only a suffix lengthens (`Donald Trump` and `Donald Trump Jr.` are two people), nor a headline's
    run of capitalised words (`Ted Cruz Apologizes`), nor a name whose last word the article writes alone
    (`alone`: `Rubio said` makes `Marco Rubio` a given name and a surname, which a Malay name does not have)."""
    entries = list({id(entry): entry for entry in people.values() if entry.mentions}.values())
    starts: dict[str, list[Entry]] = {}
    for entry in entries:
        starts.setdefault(fold(entry.words[0]), []).append(entry)
    joined: dict[int, Entry] = {}
    for short in entries:
        if len(short.words) < 2 or fold(short.words[-1]) in alone:
            continue
        folded = [fold(word) for word in short.words]
        longer = [e for e in starts.get(folded[0], ()) if len(e.words) > len(short.words) and [fold(w) for w in e.words[: len(folded)]] == folded
                  and not all(w.lower() in NAME_SUFFIXES for w in e.words[len(folded) :]) and all(not loose[start] for start, _ in e.mentions)]
        if len(longer) != 1 or id(longer[0]) in joined:
            continue
        target = longer[0]
        target.mentions.extend(short.mentions)
        short.mentions.clear()
        joined[id(short)] = target
    if joined:  # one pass over the people and the surnames, not one per merge
        for key, e in people.items():
            people[key] = joined.get(id(e), e)
        for surname, bearers in by_surname.items():
            by_surname[surname] = [(at, joined.get(id(e), e)) for at, e in bearers]


def nearest_bearer(bearers: list[tuple[int, Entry]], run: NameRun, title: str | None, titles_of: dict[int, set[str]], margin: int,
                   sentence_of: list[int], several: bool, called_by_surname_alone: Counter, honorific_calls: Counter, in_running_text: set[int],
                   loose: bytearray, positions: list[int], breaks: list[int] | None = None, doc: Doc | None = None) -> Entry | None:
    """A bare `Clinton` among several Clintons. After an honorific or a title, the namesake it fits
    (`namesake_it_fits`). A bare surname: not one its own sentence names in full after it (`Clinton declared of
    Hillary Clinton`); the one named in the same or the previous sentence, else the one named most often so far; before any of them is named in full, the one the article already calls by the bare surname
    (`Mr. Obama`, resolved first by its honorific), or the first named after."""
    wanted = gender_words().get(run.honorific or "")
    if not several:
        sole = bearers[0][1]  # `Mrs. Clinton` in an article that names only `Mr. Bill Clinton` in full is someone else
        return None if wanted and sole.gender(margin) not in (None, wanted) else sole
    if wanted or title:
        return namesake_it_fits(bearers, wanted, title, titles_of, margin, honorific_calls, in_running_text, run.honorific)
    index = bisect_left(positions, run.start)  # `positions`: where each of `bearers` stands, read once per surname
    later = _named_later_in_the_sentence(bearers, index, run, sentence_of, loose)
    if later and any(id(entry) not in later and id(entry) in in_running_text for _, entry in bearers[max(0, index - _WINDOW) : index + _SENTENCE_BEARERS]):
        return _nearest_other(bearers, index, run, sentence_of, later, in_running_text)
    if index > 0 and sentence_of[run.start] - sentence_of[bearers[index - 1][0]] <= 1:
        return _unless_told_apart(bearers, index, bearers[index - 1][1], called_by_surname_alone, in_running_text, doc)
    if index > 0 and breaks is not None and _next_paragraph(bearers[index - 1][0], run.start, breaks):
        return bearers[index - 1][1]
    window = bearers[max(0, index - _WINDOW) : index] or bearers
    named = list({id(entry): entry for _, entry in window}.values())
    if index == 0:  # `President Obama` before the full names: the Obama the article already calls `Mr. Obama`
        return max(named, key=lambda entry: called_by_surname_alone[id(entry)])
    most = max(named, key=lambda entry: len(entry.mentions))  # the one the article has named most so far
    return _unless_told_apart(bearers, index, most, called_by_surname_alone, in_running_text, doc)


def _unless_told_apart(bearers: list[tuple[int, Entry]], index: int, chosen: Entry, called_by_surname_alone: Counter,
                       in_running_text: set[int], doc: Doc | None) -> Entry:
    """`Donald Trump … Eric Trump said … Eric Trump's comments came after … "…," Trump tweeted`: a namesake the
    article has written in full every time so far (twice or more) and never by the surname alone is one the writer
    tells apart by the given name, so a bare surname is the namesake the article named first in running text, whom
    the surname alone stands for; `chosen` otherwise, and when its last full name was a clause's subject (`Hillary
    Clinton rebuffed a heckler. "…," Clinton told her`: the writer goes on about the one just made the subject)."""
    if doc is None or called_by_surname_alone[id(chosen)]:
        return chosen
    written = [at for at, entry in bearers[:index] if entry is chosen]
    if len(written) < _TOLD_APART or _named_as_subject(doc, written[-1], chosen):
        return chosen
    first = next((k for k, (_, entry) in enumerate(bearers[:index]) if id(entry) in in_running_text), None)
    return bearers[first][1] if first is not None else chosen


def _named_as_subject(doc: Doc, at: int, entry: Entry) -> bool:
    end = next((end for start, end in entry.mentions if start == at), at + 1)
    return any(token.dep_ in ("nsubj", "nsubjpass") for token in doc[at:end])


def _next_paragraph(named: int, at: int, breaks: list[int]) -> bool:
    """`Brennan's father, Dennis Brennan, testified …` ending one paragraph, `"…," the elder Brennan told the court`
    the next: a namesake named in full in the same paragraph or the one just before is the one `the elder` or `the
    younger` calls (the caller passes `breaks` only then), whatever sentences the parser cut that paragraph into (a
    paragraph's quotation often splits it). A bare surname alone keeps the namesake named most often."""
    return bisect_left(breaks, at) - bisect_right(breaks, named) <= 1


def _named_later_in_the_sentence(bearers: list[tuple[int, Entry]], index: int, run: NameRun, sentence_of: list[int], loose: bytearray) -> set[int]:
    """`Clinton declared of Hillary Clinton`: the namesakes whose full name the bare surname's sentence writes after
    it, in the article's own words (not a quotation's: `Trump called him a "hater of Donald Trump"`); the writer
    names one in full to tell it from the other."""
    later: set[int] = set()
    k = index
    while k < min(len(bearers), index + _SENTENCE_BEARERS) and sentence_of[bearers[k][0]] == sentence_of[run.start]:
        if not loose[bearers[k][0]]:
            later.add(id(bearers[k][1]))
        k += 1
    return later


def _nearest_other(bearers: list[tuple[int, Entry]], index: int, run: NameRun, sentence_of: list[int], later: set[int],
                   in_running_text: set[int]) -> Entry:
    """The namesake the bare surname is when the others are named in full after it: the one named nearest around it
    in running text."""
    nearby = [(abs(sentence_of[at] - sentence_of[run.start]), k >= index, abs(k - index), entry) for k, (at, entry) in
              enumerate(bearers[max(0, index - _WINDOW) : index + _SENTENCE_BEARERS], start=max(0, index - _WINDOW))
              if id(entry) not in later and id(entry) in in_running_text]
    return min(nearby, key=lambda item: item[:3])[3]


def namesake_it_fits(bearers: list[tuple[int, Entry]], wanted: str | None, title: str | None, titles_of: dict[int, set[str]], margin: int,
                     honorific_calls: Counter, in_running_text: set[int], honorific: str | None = None) -> Entry:
    """`Mr. Trump` where the article names Donald J. Trump and his brother Freddy Trump: no namesake the text
    states to be of the other gender (an honorific, a gendered role word; pronouns are no statement here), then the
    one the article gives the same title (`President Obama`), then the one the article has already called by
    the surname with an honorific, then the one it named first in running text (not a headline's `Hears About Obama`). Nearness decides nothing: a
    brother is named beside the candidate all along."""
    named = list({id(entry): entry for _, entry in bearers}.values())  # in order of the first full name
    if wanted:
        fitting = [entry for entry in named if entry.gender(margin) in (None, wanted) and _owner_gender(named, entry) in (None, wanted)]
        named = fitting or named
    if title:
        titled = [entry for entry in named if title in titles_of.get(id(entry), ())]
        named = titled or named
    if honorific:
        named = _not_called_otherwise(named, honorific.rstrip("."), honorific_calls) or named
    return max(named, key=lambda entry: (honorific_calls[id(entry)], id(entry) in in_running_text))  # ties: the one named first


def _owner_gender(named: list[Entry], entry: Entry) -> str | None:
    """`Bridget Kavanagh … her son, Eamon Kavanagh`: of two namesakes, a relation the other is given with a gendered
    owner (`her son`) is a relation to this one, so the owner's pronoun states this one's gender (`Mr Kavanagh` is
    then the son). None when there are more than two namesakes or no such relation."""
    if len(named) != 2:
        return None
    other = named[1] if named[0] is entry else named[0]
    for role in other.roles:
        words = role.lower().split()
        if len(words) == 2 and words[0] in OWNER_GENDERS and words[1] in word_list("kinship_roles.txt"):
            return OWNER_GENDERS[words[0]]
    return None


def _not_called_otherwise(named: list[Entry], honorific: str, honorific_calls: Counter) -> list[Entry]:
    """`Ms Marsden` for the student all along, then `Mrs Marsden` after her mother is named: a woman the article
    already calls by another honorific of her gender (`Ms`, not `Mrs`) is not the one this honorific calls, unless it
    also called her by this one."""
    return [entry for entry in named
            if honorific_calls[(id(entry), honorific)] or not any(honorific_calls[(id(entry), other)] for other in _FEMALE_HONORIFICS - {honorific})]


def merge_shortened_organisations(doc: Doc, entries: list[Entry], by_alias: dict[str, Entry]) -> None:
    """`the Security Council` is the `United Nations Security Council` the article named, `the Daily News` the
    `New York Daily News`: an organisation's name of two words or more that ends exactly one longer organisation
    name (or several that differ only by an acronym: `U.N. Security Council`, `NY Daily News`) joins the fullest."""
    organisations = [entry for entry in entries if entry.kind == "organization" and entry.mentions]
    by_last: dict[str, list[Entry]] = {}
    for entry in organisations:
        by_last.setdefault(fold(entry.words[-1]), []).append(entry)
    joined: dict[int, Entry] = {}
    for short in organisations:
        bucket = by_last.get(fold(short.words[-1]), [])
        if len(short.words) < 2 or not short.words[0][:1].isupper() or not short.mentions or len(bucket) > 50:
            continue
        if not is_organisation_head(short.words[-1]) and any(doc[start].ent_type_ != "ORG" for start, _ in short.mentions):
            continue  # `Puerto Rico` is a place, not the end of `Trump International Golf Club Puerto Rico`
        tail = [fold(word) for word in short.words]
        longer = [entry for entry in bucket if entry is not short and entry.mentions and len(entry.words) > len(tail)
                  and [fold(word) for word in entry.words[-len(tail):]] == tail]
        if not longer or len(longer) > 4 or len({_leading_key(entry.words[: -len(tail)]) for entry in longer}) != 1:
            continue
        target = max(longer, key=lambda entry: len(entry.words))  # `New York Daily News` over `NY Daily News`
        for other in [short, *(entry for entry in longer if entry is not target)]:
            target.mentions.extend(other.mentions)
            other.mentions.clear()
            target.aliases.update(other.aliases)
            joined[id(other)] = target
    _join_openings(organisations, joined)
    _join_dropped_middles(organisations, joined)
    _join_legal_names(organisations, entries, joined)
    if joined:
        for alias, entry in list(by_alias.items()):
            by_alias[alias] = joined.get(id(entry), entry)


def _join_openings(organisations: list[Entry], joined: dict[int, Entry]) -> None:
    """`the National Academies report` is the `National Academies of Sciences, Engineering and Medicine` the article
    named: an organisation's name of two words or more that is exactly the words before `of` in one longer
    organisation name (and in no other) joins it."""
    by_opening: dict[tuple[str, ...], list[Entry]] = {}
    for entry in organisations:
        if entry.mentions and "of" in entry.words[2:]:
            by_opening.setdefault(tuple(fold(word) for word in entry.words[: entry.words.index("of", 2)]), []).append(entry)
    for short in organisations:
        longer = by_opening.get(tuple(fold(word) for word in short.words), []) if len(short.words) >= 2 and short.mentions else []
        if len(longer) == 1 and longer[0] is not short:
            _join_into(short, joined.get(id(longer[0]), longer[0]), joined)


def _join_dropped_middles(organisations: list[Entry], joined: dict[int, Entry]) -> None:
    """`the Holocaust Museum` is the `Holocaust Memorial Museum` the article named first, `the Wildlife Fund` the
    `National Wildlife Conservation Fund`: an organisation's name of two words or more, written only after a longer
    organisation name that ends with the same word and holds all of its words in order (the writer drops words
    inside it), joins it when exactly one longer name fits."""
    by_end: dict[str, list[Entry]] = {}
    for entry in organisations:
        if len(entry.words) >= 3 and entry.mentions:
            by_end.setdefault(fold(entry.words[-1]), []).append(entry)
    for short in organisations:
        if len(short.words) < 2 or not short.mentions or id(short) in joined:
            continue
        folded = [fold(word) for word in short.words]
        bucket = by_end.get(folded[-1], ())
        if len(bucket) > _MAX_SHARED_END:
            continue  # a list of bodies of one kind (`… Council`), not a name written again
        first = min(start for start, _ in short.mentions)
        longer = [entry for entry in bucket if len(entry.words) > len(folded) and entry is not short
                  and _in_order(folded, [fold(word) for word in entry.words]) and min(start for start, _ in entry.mentions) < first]
        if len(longer) == 1:
            _join_into(short, joined.get(id(longer[0]), longer[0]), joined)


def _in_order(words: list[str], longer: list[str]) -> bool:
    """Whether `words` stand in `longer` in the same order, others between them."""
    rest = iter(longer)
    return all(word in rest for word in words)


def _join_into(short: Entry, target: Entry, joined: dict[int, Entry]) -> None:
    target.mentions.extend(short.mentions)
    short.mentions.clear()
    target.aliases.update(short.aliases)
    joined[id(short)] = target


def _join_legal_names(organisations: list[Entry], entries: list[Entry], joined: dict[int, Entry]) -> None:
    """`Hollister Foods` is the `Hollister Foods Inc.` the article named: a company's legal name without the word
    that closes it (`Inc.`, `Corp.`, `LLC`) joins it, when one legal name fits, whatever kind the NER gave the
    short name (`Brindle Mills` may be tagged a person)."""
    by_stem: dict[tuple[str, ...], list[Entry]] = {}
    for entry in organisations:
        if entry.mentions and legal_name(entry.words):
            by_stem.setdefault(tuple(fold(word) for word in entry.words[:-1]), []).append(entry)
    for short in entries:
        longer = by_stem.get(tuple(fold(word) for word in short.words), []) if short.mentions else []
        if len(longer) == 1 and longer[0] is not short:
            _join_into(short, joined.get(id(longer[0]), longer[0]), joined)


def _leading_key(words: list[str]) -> str:
    """`United Nations` and `U.N.` (or `UN`) lead the same name."""
    joined = "".join(ch for ch in "".join(words) if ch.isalnum())
    if len(words) == 1:
        return joined.lower() if joined.isupper() else fold(words[0])
    return "".join(word[0] for word in words if word[:1].isupper()).lower()


@lru_cache(maxsize=1)
def nicknamer() -> NickNamer:
    """The nickname list, read once per process (the entity table loads it with the pipeline)."""
    return NickNamer()


@lru_cache(maxsize=65536)
def _related(first: str, other: str) -> bool:
    """`Sandra` and `Sandy`, `Hillary` and `Hilary`: one is a nickname or spelling of the other in the nickname list."""
    a, b = fold(first), fold(other)
    return a != b and (b in nicknamer().nicknames_of(a) or a in nicknamer().nicknames_of(b))


def merge_nicknames(people: dict[tuple[str, str], Entry], by_surname: dict[str, list[tuple[int, Entry]]], loose: bytearray) -> None:
    """`Sandy Paradis` in a caption is the `Sandra Paradis` of the text: two full names of one surname whose first
    names are a name and its nickname are one person. The name is the form the article writes in its own running
    text (`Chuck Grassley`, not the `Charles Grassley` of a quotation), else the longer first name. Namesakes whose
    first names are unrelated (`Bill` and `Hillary Clinton`) stay apart."""
    joined: dict[int, Entry] = {}
    for surname, bearers in by_surname.items():
        entries = list({id(entry): entry for _, entry in bearers}.values())
        if len(entries) < 2 or len(entries) > 20:
            continue
        rest: dict[tuple[str, ...], list[Entry]] = {}  # only names alike but for the first word can be one person
        for entry in entries:
            if len(entry.words) > 1:
                rest.setdefault(tuple(entry.words[1:]), []).append(entry)
        for entry in entries:
            alike = rest.get(tuple(entry.words[1:]), ()) if len(entry.words) > 1 else ()
            others = [e for e in alike if e is not entry and e.mentions and _related(e.words[0], entry.words[0])]
            if len(others) != 1 or not entry.mentions:
                continue
            pair = sorted((entry, others[0]), key=lambda e: (any(not loose[start] for start, _ in e.mentions), len(e.words[0])), reverse=True)
            target, merged = pair
            target.mentions.extend(merged.mentions)
            merged.mentions.clear()
            by_surname[surname] = [(at, target if e is merged else e) for at, e in by_surname[surname]]
            joined[id(merged)] = target
    if joined:  # one pass over the people, not one per merge
        for key, e in people.items():
            while id(e) in joined:
                e = joined[id(e)]
            people[key] = e


def _deletions(word: str) -> set[str]:
    return {word} | {word[:k] + word[k + 1 :] for k in range(len(word))}


class MisspeltSurnames:
    """`Sharption` and `Bryne` are the article's own misspellings of `Al Sharpton` and `Gary Byrne`: a lone name
    that is no surname of the article but one letter off exactly one surname (one letter changed, added, dropped
    or two swapped) of at least `least` letters is that surname. Found through an index of each surname with one
    letter deleted, so each look-up costs the length of the word, not the number of names."""

    def __init__(self, surnames: Iterable[str], least: int = 5) -> None:
        self.least = least
        self.index: dict[str, set[str]] = {}
        for surname in surnames:
            if len(surname) >= least and surname.isalpha():
                for variant in _deletions(surname):
                    self.index.setdefault(variant, set()).add(surname)

    def of(self, word: str) -> str | None:
        if len(word) < self.least or not word.isalpha():
            return None
        found = {surname for variant in _deletions(word) for surname in self.index.get(variant, ())}
        found = {surname for surname in found if word not in (surname, surname + "s", surname + "es")}  # `the Trumps`
        return next(iter(found)) if len(found) == 1 else None


def _spelling_key(words: list[str]) -> str:
    """`Democracy Corps` and `Democracy Corp`, `TheBlaze` and `The Blaze`: the letters of a name without spaces, a
    final `s` or an article glued to the name's first word."""
    first = words[0]
    if len(first) > 3 and first.startswith("The") and first[3].isupper():
        words = [first[3:], *words[1:]]
    key = "".join(ch for ch in "".join(fold(word) for word in words) if ch.isalnum())
    return key[:-1] if key.endswith("s") else key


def merge_spelling_variants(entries: list[Entry], least: int = 5) -> None:
    """An organisation the article spells two ways (`Democracy Corps` … `Democracy Corp found`, `TheBlaze` …
    `The Blaze reported`) is one organisation, named as the article writes it most often (first, on a tie). Only
    organisations, with a word of their own unknown to the table; never a person or a group (`Republicans`)."""
    variants: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry.kind in ("organization", "unknown") and entry.mentions:
            key = _spelling_key(entry.words)
            if len(key) >= least:
                variants.setdefault(key, []).append(entry)
    for spellings in variants.values():
        if len(spellings) < 2 or not any(entry.kind == "organization" for entry in spellings):
            continue
        target = max(spellings, key=lambda entry: (len(entry.mentions), -min(entry.mentions)[0]))
        target.kind = "organization"
        for other in spellings:
            if other is not target:
                target.mentions.extend(other.mentions)
                target.aliases.update(other.aliases)
                target.roles.extend(other.roles)
                target.descriptions.extend(other.descriptions)
                other.mentions.clear()
        target.mentions.sort()
