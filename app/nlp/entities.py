"""Builds the article's entity table once: every person, organisation and group it names, by its fullest name.

Names come from `name_runs` (capitalised proper-noun runs, not one NER label). Full names are collected first, so a
surname written before the full name (`Okonjo … Ada Okonjo`) still reaches it; then every single-word mention joins
the entity it can only be, or the nearest of those it could be, or starts one of its own. Gender is recorded only as
the text states it — an honorific, a gendered role word, a pronoun with a single possible antecedent
(`stated_gender`) — and never guessed from a first name.
The table lands on the Doc as contract `ExtractedEntity` entries (`doc._.quotewise_entities`), in order of first
mention; `identity` resolves every speaker mention against it.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .called_names import called_names
from .company_staff import owns_company_staff
from .contract import ExtractedEntity, Gender, SpeakerKind, TextSpan
from .extensions import ENTITIES, QUOTES, doc_text
from .lexicon import ORGANISATION_NOUNS, honorifics, legal_name, word_list
from .mojibake import repair_mojibake
from .name_extent import cut_bodies_before_names, cut_portfolios, cut_roles_before_names, folded_words, french_institution_names, local_council_names, joined_list_names, numbered_unit_names, split_coordinations, titled_words
from .namesake_ages import compared, the_one_compared
from .name_links import MisspeltSurnames, called_by_surname, label_case, merge_name_beginnings, merge_nicknames, merge_partial_names, merge_shortened_organisations, merge_spelling_variants, name_text, nearest_bearer, nicknamer, stands_for, with_shared_surnames, without_surname_pairs
from .name_runs import (NAME_SUFFIXES, NameRun, common_words, is_post_nominal, cut_lineage_titles, cut_to_known_names, drop_headline_titles, fold, is_collective, is_organisation_head, is_title,
                        loose_tokens, name_runs, nickname_in, particle_surname, people_inside_names, surname_of, text_of, words_of)
from .people_words import gender_words
from .roles import best_role, stated_age, statements_of_mention
from .stated_gender import Sentences, pronoun_votes
from .table_entry import Entry
from .title_initials import abbreviated_title, held_titles
from .token_ranges import paragraph_breaks, token_offsets, tokens_between
from .tokens import quote_owner_by_token, token_texts

_ACRONYM_SKIP = frozenset("of for and the & on in at".split())


@Language.factory(
    "quotewise_entities",
    requires=["doc._.quotewise_quotes", "doc.ents", "token.pos", "token.dep"],
    assigns=["doc._.quotewise_entities"],
    default_config={"pronoun_window_sentences": 2, "gender_margin": 1, "max_role_tokens": 40},
)
def make_entities(nlp: Language, name: str, pronoun_window_sentences: int, gender_margin: int, max_role_tokens: int) -> "EntityTable":
    return EntityTable(pronoun_window_sentences, gender_margin, max_role_tokens)


class EntityTable:
    def __init__(self, pronoun_window_sentences: int = 2, gender_margin: int = 1, max_role_tokens: int = 40) -> None:
        self.pronoun_window_sentences = pronoun_window_sentences
        self.gender_margin = gender_margin
        self.max_role_tokens = max_role_tokens
        given_names()  # the nickname list read with the pipeline, not during the first article

    def __call__(self, doc: Doc) -> Doc:
        owner = quote_owner_by_token(doc, doc._.get(QUOTES) or [])
        entries = build_entries(doc, owner, self.max_role_tokens, self.pronoun_window_sentences, self.gender_margin)
        doc._.set(ENTITIES, [freeze(doc, entry, self.gender_margin) for entry in entries])
        return doc


def acronym(words: list[str]) -> str:
    letters = [w[0] for w in words if w.lower() not in _ACRONYM_SKIP and w[:1].isupper()]
    return "".join(letters).lower() if len(letters) >= 2 else ""


def _company_initials(words: list[str]) -> list[str]:
    """`GM` for `General Motors Co.`, `CN` for `Canadian National Railway Co.`: a company is called by the initials of
    its name without the corporate suffix, or without the suffix and the trade word before it."""
    if len(words) < 3 or not legal_name(words):
        return []
    return [short for short in (acronym(words[:-1]), acronym(words[:-2])) if short]


def _trade_word(word: str) -> bool:
    """`Foods`, `Technologies`, `Semiconductor`: a capitalised common word saying what a company does, which business
    news drops with the legal suffix after it when it names the company again; not a connective or an initial."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) > 3


def _legal_stems(entries: list[Entry]) -> dict[str, list[Entry]]:
    """The one word a company's legal name is shortened to: `Veltrona` for `Veltrona N.V.`, `Quillfin` for `Quillfin
    Technologies Inc.` (the suffix, and the trade word before it, dropped), `Aldermoor` for `Aldermoor Bank`."""
    stems: dict[str, list[Entry]] = {}
    for entry in entries:
        words = entry.words
        if entry.kind != "organization" or not entry.mentions or len(words) not in (2, 3) or not legal_name(words):
            continue
        if len(words) == 3 and not _trade_word(words[1]):
            continue
        if words[0][:1].isupper() and words[0].isalpha():
            stems.setdefault(fold(words[0]), []).append(entry)
    return stems


_WHERE = frozenset({"in", "near", "from", "across", "throughout", "outside", "around"})


def _located_words(doc: Doc) -> frozenset[str]:
    """Words the article writes as a place something is in (`in Texas`, `near Cheongju`), read once per article: such
    a word is the place, not the company whose legal name opens with it (`Texas Instruments Inc.`), even where the
    NER tags the company's short name a place too (`Veltrona said`, tagged GPE)."""
    return frozenset(fold(t.text) for t in doc if t.dep_ == "pobj" and t.head.lower_ in _WHERE and t.ent_type_ in ("GPE", "LOC"))


def _key(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch == " ").strip()


def build_entries(doc: Doc, owner: list[int] | None = None, max_role_tokens: int = 40, window_sentences: int = 2, margin: int = 1) -> list[Entry]:
    """Full names first (with what the text states about them), then every single-word mention joins the entity
    it can only be, or the nearest of those it could be, or starts one of its own."""
    owner = owner if owner is not None else [-1] * len(doc)
    loose = loose_tokens(doc, owner)
    common = common_words(doc)
    folded = folded_words(doc)
    runs = numbered_unit_names(doc, local_council_names(doc, french_institution_names(doc, joined_list_names(doc, split_coordinations(doc, name_runs(doc, loose), loose, folded)))))
    runs = cut_lineage_titles(doc, runs)  # `Sheikha Latifa` after `Sheikha Latifa bint Hamad Al Thani`
    runs = cut_roles_before_names(doc, cut_to_known_names(doc, runs, loose, common), common, folded)
    titled = titled_words(runs, folded)  # `Dr Koh`, `Mr Arain`: before a person is looked for inside a longer name
    runs = people_inside_names(doc, cut_bodies_before_names(doc, cut_portfolios(doc, runs, given_names(), titled, common), titled))
    runs = without_surname_pairs(doc, drop_headline_titles(doc, runs, loose))
    entries: list[Entry] = []
    people: dict[tuple[str, str], Entry] = {}
    by_surname: dict[str, list[tuple[int, Entry]]] = {}
    by_alias: dict[str, Entry] = {}
    person_surnames = {surname_of(words_of(doc, r.start, r.end)) for r in runs if r.kind == "person"}

    def add(entry: Entry) -> Entry:
        entries.append(entry)
        return entry

    singles: list[NameRun] = []
    keys_ending_at: dict[int, str] = {}  # where each organisation's name ends, for the short name in brackets after it
    prefixes: dict[tuple[int, int], str] = {}
    named_runs = with_shared_surnames(doc, runs)
    named_runs.sort(key=lambda item: nickname_in(item[1]) is None)  # `Robert "Bobby" Scott` before `Bobby Scott`
    for run, words in named_runs:  # full names first, wherever they stand
        if len(words) < 2:
            singles.append(run)
            continue
        is_person = run.kind == "person" or (run.kind in ("unknown", "place", "organization") and surname_of(words) in person_surnames and words[-1].lower() not in ORGANISATION_NOUNS
                                             and not is_collective(words))
        if is_person:
            key = (_first_part(words), surname_of(words))
            entry = people.get(key) or _particle_surname_bearer(words, by_surname.get(key[1], ()))
            if entry is None:
                entry = people[key] = add(Entry(name_text(doc, run, words), "person", words))
            elif len(words) > len(entry.words):
                entry.name, entry.words = name_text(doc, run, words), words
            nickname = nickname_in(words)
            if nickname:  # `Bobby Scott` is the `Robert C. "Bobby" Scott` the article introduced
                people.setdefault((fold(nickname), key[1]), entry)
            entry.mentions.append((run.start, run.end))
            by_surname.setdefault(key[1], []).append((run.start, entry))
            continue
        key = _key(text_of(doc, run.start, run.end))
        entry = by_alias.get(key)
        if entry is None:
            kind = "organization" if run.kind in ("organization", "place", "unknown") else run.kind
            entry = by_alias[key] = add(Entry(text_of(doc, run.start, run.end), kind, words))
            short = acronym(words)
            if short:
                entry.aliases.add(short.upper())
                by_alias.setdefault(short, entry)
            for shorter in _company_initials(words):
                if shorter not in by_alias:
                    entry.aliases.add(shorter.upper())
                    by_alias[shorter] = entry
        entry.mentions.append((run.start, run.end))
        keys_ending_at[run.end] = key
    _own_names_in_brackets(doc, singles, named_runs, people, by_surname)
    merge_partial_names(doc, people, by_surname, loose, common, given_names())
    merge_nicknames(people, by_surname, loose)
    merge_name_beginnings(people, by_surname, loose, frozenset(folded[run.start] for run in runs if run.end - run.start == 1 and folded[run.start]))
    merge_shortened_organisations(doc, entries, by_alias)
    covered = bytearray(len(doc))
    for run in runs:
        covered[run.start : run.end] = b"\x01" * (run.end - run.start)
    middle_words = {fold(word) for entry in entries if entry.kind == "person" for word in entry.words[1:-1]
                    if len(word) > 2 and word[:1].isupper() and not word.endswith(".")}  # `Basáñez` in `Miguel Basáñez Ebergenyi`
    last_words = {fold(entry.words[-1]) for entry in entries if entry.kind != "person" and len(entry.words) == 2 and entry.words[-1].lower() not in ORGANISATION_NOUNS}
    alone_words = last_words | middle_words  # written alone, untagged: `Hannity`, `Basáñez`
    given_words = {fold(entry.words[0]) for entry in people.values() if entry.mentions and len(entry.words) > 1}
    openers = Counter(fold(entry.words[0]) for entry in entries if entry.kind == "organization" and len(entry.words) > 1 and entry.mentions)
    opening = {fold(entry.words[0]): entry for entry in entries if entry.kind == "organization" and len(entry.words) > 1 and entry.mentions
               and openers[fold(entry.words[0])] == 1 and entry.words[0].lower() not in common}
    bracketed = {_key(doc[run.start].text) for run in singles if _bracketed_after(doc, run, keys_ending_at)}
    for i, text in enumerate(token_texts(doc)):  # `Trump` or `Sanders` tagged as a common noun is still the surname the article gave
        if covered[i] or not text[:1].isupper():
            continue
        token, folded_text = doc[i], _folded(text)  # `text` is `token.text`, read once
        if i > 0 and covered[i - 1] and is_post_nominal(token):
            continue  # `Ross Gilchrist MSP`: the letters after a name are not the `SNP MSP` of another sentence
        if token.pos_ not in ("NOUN", "VERB", "ADJ", "PROPN") and (token.is_sent_start or loose[token.i] or folded_text not in by_surname) and not _surname_opening(token, folded_text, by_surname, loose):
            continue  # `From said` after `Al From`: a surname that is also a function word, capitalised mid-sentence
        if (folded_text in by_surname or (folded_text in alone_words and (not token.is_sent_start or token.dep_ == "nsubj"))  # `Hannity` after `Sean Hannity` (tagged ORG)
                or (folded_text in given_words and token.dep_ == "nsubj" and token.pos_ == "NOUN")):  # `Hector says` (tagged a common noun) after `Hector Castillo`
            singles.append(NameRun(token.i, token.i + 1, "unknown", None, token.i))
        elif folded_text in opening and token.pos_ in ("NOUN", "PROPN") and stands_for(doc, token.i, opening[folded_text]):
            singles.append(NameRun(token.i, token.i + 1, "organization", None, token.i))  # `Pew notes` (tagged a common noun) after `Pew Research`
        elif bracketed and _key(text) in bracketed and token.pos_ in ("NOUN", "PROPN"):
            singles.append(NameRun(token.i, token.i + 1, "organization", None, token.i))  # `Caltrans said`, tagged a common noun
    first_full_name = {surname: min(at for at, _ in bearers) for surname, bearers in by_surname.items()}
    singles.sort(key=lambda run: (_waits(doc, run, first_full_name), run.start))
    for entries_of_surname in by_surname.values():
        entries_of_surname.sort(key=lambda item: item[0])
    bearer_positions = {surname: [at for at, _ in bearers] for surname, bearers in by_surname.items()}
    first_names: dict[str, set[int]] = {}
    for entry in people.values():
        surname = surname_of(entry.words)  # `Ip` of `Karen Ip Wing-sze`, not the given name's last syllable
        entry.aliases.add(next((word for word in reversed(entry.words) if fold(word) == surname), entry.words[-1]))
        first_names.setdefault(fold(entry.words[0]), set()).add(id(entry))
    unique_first = {fold(entry.words[0]): entry for entry in people.values() if len(first_names[fold(entry.words[0])]) == 1}
    called = {word: entry for word, entry in called_names(doc, singles, people.values()).items() if word not in first_names}
    other_words: dict[str, set[int]] = {}  # `Acosta` in `Melba Acosta Febo`, `Park` in `Park Min-ho`
    for entry in people.values():
        for word in entry.words[:-1]:
            if len(word) > 2 and word[:1].isupper() and not word.endswith("."):
                other_words.setdefault(fold(word), set()).add(id(entry))
    by_id = {id(entry): entry for entry in people.values()}
    for run in runs:
        if run.prefix < run.start:
            written_before = " ".join(t.lower_ for t in tokens_between(doc, run.prefix, run.start) if not t.is_punct and t.lower_ not in ("the", "a", "an"))
            if written_before:
                prefixes.setdefault((run.start, run.end), written_before)
    for entry in entries:
        _attach_descriptions(doc, entry, entry.mentions, prefixes, max_role_tokens, owner)
    described = {id(entry): len(entry.mentions) for entry in entries}
    shared_surnames = {surname for surname, bearers in by_surname.items() if len({id(entry) for _, entry in bearers}) > 1}
    sentences = Sentences.read(doc)
    sentence_of = sentences.of_token
    titles_of = {id(entry): {title for start, _ in entry.mentions if (title := _title_before(doc, start))} for entry in people.values()}
    org_last_word: dict[str, list[Entry]] = {}
    org_first_word: dict[str, list[Entry]] = {}
    org_heads: dict[str, list[Entry]] = {}  # `Commission` in `Commission on Presidential Debates`
    for entry in entries:
        if entry.kind == "organization":
            if len(entry.words) == 1 or not entry.words[-2].islower() or _formal_country_name(entry.words):  # `ESPN` is not `Inside the World of ESPN`
                org_last_word.setdefault(fold(entry.words[-1]), []).append(entry)  # but `Turkey` is `the Republic of Turkey`
            if len(entry.words) > 1 and entry.name.startswith(entry.words[0] + " "):  # not `Microsoft-LinkedIn`
                org_first_word.setdefault(fold(entry.words[0]), []).append(entry)
            for word in dict.fromkeys(entry.words if len(entry.words) > 1 else ()):
                if word[:1].isupper() and is_organisation_head(word):
                    org_heads.setdefault(fold(word), []).append(entry)
    legal_stems = _legal_stems(entries)
    located = _located_words(doc) if legal_stems else frozenset()  # `in Texas`: a place, though `Texas Instruments Inc.` is named
    in_running_text = {id(entry) for entry in people.values() if any(not loose[start] for start, _ in entry.mentions)}
    misspelt = MisspeltSurnames(by_surname)
    breaks = paragraph_breaks(doc)
    honorific_calls: Counter = Counter()  # `Mr. Trump`, `Mrs. Clinton`: who each honorific call went to
    called_by_surname_alone: Counter = Counter()  # `Obama`, `Mr. Obama`: how often each bearer is called by the surname alone
    compared_calls: dict[str, dict[str, Entry]] = {}  # `the elder Mr. Pruitt`: whom each surname's `elder`/`younger` first went to
    titled: dict[str, list[Entry]] | None = None  # the people each title's initials stand for, read when first needed
    honoured = {_folded(doc[run.start].text) for run in singles if run.honorific in gender_words()} if legal_stems else set()
    for run in singles:
        word = doc[run.start].text
        lower = _folded(word)
        entry = None
        if lower in honoured and run.honorific is None and len(legal_stems.get(lower, ())) == 1 and _title_before(doc, run.start) is None:
            entry = legal_stems[lower][0]  # `Carrowmore said` where the chief executive is always `Mr. Carrowmore`: the company
        elif lower in by_surname and run.kind != "organization" or (lower in by_surname and run.kind == "organization" and lower in person_surnames):
            comparison = compared(doc, run.start) if lower in shared_surnames else None
            entry = _compared_bearer(doc, by_surname[lower], run, margin, comparison, compared_calls.get(lower, {})) if comparison else None
            entry = entry or nearest_bearer(by_surname[lower], run, _title_before(doc, run.start), titles_of, margin, sentence_of, lower in shared_surnames,
                                            called_by_surname_alone, honorific_calls, in_running_text, loose, bearer_positions[lower],
                                            breaks if run.start > 0 and doc[run.start - 1].lower_ in _CONTRASTING else None, doc)
            if entry is None and (other := by_alias.get(_key(word))) is not None and other.kind == "person":
                entry = other  # the second `Mrs. Clinton` joins the first one the full name did not take
            called_by_surname_alone[id(entry)] += 1
            if comparison:
                compared_calls.setdefault(lower, {}).setdefault(comparison, entry)
            if run.honorific in gender_words():
                honorific_calls[id(entry)] += 1  # one `Mr. Trump` settled, the next is the same man
                honorific_calls[(id(entry), run.honorific.rstrip("."))] += 1  # and with which honorific
        elif lower in called:
            entry = called[lower]  # `whom everyone calls Tommy` (the tagger may read it as a place)
        elif _key(word) in by_alias:
            entry = by_alias[_key(word)]
        elif (short := abbreviated_title(doc, run.start, run.end)) and len((titled := titled or held_titles(people.values())).get(short, ())) == 1:
            entry = titled[short][0]  # `the CS said` after `Health Cabinet Secretary Dr Wanjiru Kamau`
        elif (named := _bracketed_after(doc, run, keys_ending_at)) in by_alias:
            entry = by_alias[_key(word)] = by_alias[named]  # `California Department of Transportation (Caltrans)`
        elif lower in unique_first and (run.kind in ("person", "unknown") or _first_name_tagged_org(run, lower, org_first_word, org_last_word)):
            entry = unique_first[lower]
        elif (fitting := _first_name_fitting(run, first_names.get(lower, ()), by_id, margin)) is not None:
            entry = fitting  # `Madam Ng` beside `Mr Ng Wei Ming`: `Ng Siew Lan`, the one woman whose name begins so
        elif len(other_words.get(lower, ())) == 1 and (run.kind in ("person", "unknown") or _first_name_tagged_org(run, lower, org_first_word, org_last_word)):
            entry = by_id[next(iter(other_words[lower]))]  # `Kamrul said` (tagged ORG) after `Md Kamrul Hasan`
        elif len(org_last_word.get(lower, ())) == 1 and lower not in ORGANISATION_NOUNS and run.kind != "group" and not _another_place(org_last_word[lower][0], run):
            entry = org_last_word[lower][0]  # `the Post` after `The Washington Post`
        elif len(legal_stems.get(lower, ())) == 1 and run.kind != "group" and lower not in located:
            entry = legal_stems[lower][0]  # `Veltrona said` after `Veltrona N.V.`, `Quillfin` (tagged PERSON) after `Quillfin Technologies Inc.`
        elif len(org_first_word.get(lower, ())) == 1 and stands_for(doc, run.start, org_first_word[lower][0]):
            entry = org_first_word[lower][0]  # `Fox` in an article that writes `Fox News`, `Pew` for `Pew Research`
        elif len(org_heads.get(lower, ())) == 1 and run.kind != "person":
            entry = org_heads[lower][0]  # `the Commission said` after `the Commission on Presidential Debates`
        elif run.kind != "group" and doc[run.start].ent_type_ in ("PERSON", "ORG", "GPE", "") and (surname := misspelt.of(lower)):
            if len({id(bearer) for _, bearer in by_surname[surname]}) == 1:
                entry = by_surname[surname][0][1]  # `Sharption said` after `Al Sharpton`
        if entry is None:
            kind = "person" if run.honorific in gender_words() else run.kind if run.kind in ("person", "group") else "organization" if run.kind in ("organization", "place") else "unknown"
            entry = by_alias[_key(word)] = add(Entry(label_case(doc, run, word), kind, [word]))
        entry.mentions.append((run.start, run.end))
        if run.honorific and run.honorific in gender_words():
            entry.votes[gender_words()[run.honorific]] += 3
    for entry in entries:
        _attach_descriptions(doc, entry, entry.mentions[described.get(id(entry), 0) :], prefixes, max_role_tokens, owner)
        entry.mentions.sort()
    for index, votes in pronoun_votes(doc, entries, owner, window_sentences, sentences).items():
        for gender, count in votes.items():
            entries[index].pronouns[gender] += count
    merge_spelling_variants(entries)
    entries = [entry for entry in entries if entry.mentions]
    for entry in entries:  # `Sean Hannity` tagged ORG once and PERSON twice is a person
        if (entry.kind in ("organization", "unknown") and len(entry.words) <= 4 and entry.words[-1].lower() not in ORGANISATION_NOUNS and not is_collective(entry.words)
                and not legal_name(entry.words)  # `Veridyne Corp.`, whose short name is tagged PERSON
                and not _party_last(doc, entry)):
            labels = [token.ent_type_ for start, end in entry.mentions for token in tokens_between(doc, start, end)]
            if labels.count("PERSON") > len(labels) - labels.count("PERSON") - labels.count("") or called_by_surname(doc, entry):
                entry.kind = "person"
            elif _opens_with_a_given_name(doc, entry):
                entry.kind = "person"
            elif (kin := _kin_described(entry)) is not None:
                entry.kind = "person"
                entry.votes[gender_words()[kin]] += 3
            elif len(entry.words) > 1 and any(stated_age(text) is not None for text in entry.roles + entry.descriptions):
                entry.kind = "person"  # `Dawit Tesfay, 27, told the BBC`: an age is given for a person only
            elif len(entry.words) > 1 and _whose_relative(doc, entry):
                entry.kind = "person"
    for entry in entries:  # `Harvest Lane's chief executive`: a company, though the NER read a person's name
        if (entry.kind == "person" and len(entry.words) > 1 and not any(entry.votes.values()) and not _opens_with_a_given_name(doc, entry)
                and not any(stated_age(text) is not None for text in entry.roles + entry.descriptions) and owns_company_staff(doc, entry.mentions)):
            entry.kind = "organization"
    entries.sort(key=lambda entry: entry.mentions[0])
    return entries


_SPOKES = ("spokesperson", "spokesman", "spokeswoman")
_GIVEN_NAME_LENGTHS = (2, 3)  # words of a name opening with a given name: `Caleb Whitmore`, `Alison Lundergan Grimes`


_CONTRASTING = frozenset({"elder", "younger"})  # `the elder Brennan`: the writer tells namesakes apart


def _own_names_in_brackets(doc: Doc, singles: list[NameRun], named_runs, people: dict, by_surname: dict) -> None:
    """`Chief Nyamandi (Mr Tendai Gumbo)`: a title's one-word name with its holder's own full name in brackets right
    after it (a traditional chief as Zimbabwean news writes him) is that person, wherever the article writes it."""
    full_at = {run.start: (run, words) for run, words in named_runs if len(words) > 1}
    for single in singles:
        start, end = single.start, single.end
        if end - start != 1 or start == 0 or end + 2 >= len(doc) or doc[end].text != "(" or not is_title(doc[start - 1]):
            continue
        found = full_at.get(end + 1) or full_at.get(end + 2)  # `(Mr Tendai Gumbo)`: an honorific before the name
        if found is None or found[0].end >= len(doc) or doc[found[0].end].text != ")":
            continue
        entry = people.get((_first_part(found[1]), surname_of(found[1])))
        if entry is not None:
            by_surname.setdefault(fold(doc[start].text), []).append((found[0].start, entry))


def _particle_surname_bearer(words: list[str], bearers) -> Entry | None:
    """`Mr Ó Briain` after `Colm Ó Briain`: a Gaelic surname of two words (`name_runs.particle_surname`) is the
    person named before with that whole surname, when one person was."""
    if not particle_surname(words):
        return _capitalised_particle_bearer(words, bearers)
    named = {id(entry): entry for _, entry in bearers if len(entry.words) > 2 and fold(entry.words[-2]) == fold(words[0])}
    return next(iter(named.values())) if len(named) == 1 else None


def _capitalised_particle_bearer(words: list[str], bearers) -> Entry | None:
    """`De Wit said` opening a sentence after `Maarten de Wit`: a surname whose particle (data/name_particles.txt) the
    sentence start capitalises is the surname of the person named before with it, the nearest one before when the
    article names several (`Henk de Wit`, his father, named later)."""
    if len(words) != 2 or not words[0][:1].isupper() or words[0].lower() not in word_list("name_particles.txt"):
        return None
    named = [entry for _, entry in bearers if len(entry.words) > 2 and entry.words[-2] == words[0].lower()]
    return named[-1] if named else None


def _party_last(doc: Doc, entry: Entry) -> bool:
    """`House Republican leaders`, `Senate Democratic leaders`: a name of several words whose last word the NER read as
    a party or a nation (NORP) modifies the people after it; the bare `Republican` that later joins it is no surname,
    so the name is no person's, however often `Republican said` is written."""
    full = [(start, end) for start, end in entry.mentions if end - start > 1]
    return bool(full) and all(doc[end - 1].ent_type_ == "NORP" for _, end in full)


def _whose_relative(doc: Doc, entry: Entry) -> bool:
    """`Brent Yuzicapi, whose 81-year-old mother spent 38 hours in a hallway, says`: a name whose relative clause
    owns a kinship noun (`mother`, `son`: a person noun that states a gender) is a person's (an organisation's
    `whose` owns shares, members or staff)."""
    for _, end in entry.mentions:
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "whose":
            for token in doc[end + 2 : min(end + 9, len(doc))]:  # `whose 81-year-old mother`
                lower = token.lower_
                if lower in gender_words() and lower in word_list("person_nouns.txt"):
                    return True
                if token.pos_ in ("VERB", "AUX") or (token.is_punct and token.text != "-"):
                    break
    return False


def _first_name_tagged_org(run: NameRun, lower: str, org_first_word: dict, org_last_word: dict) -> bool:
    """`"…," Callum said.` after `Callum Doig`, the NER tagging the lone given name ORG: the first name of one
    person of the article is that person, unless an organisation of the article opens or ends with the word."""
    return run.kind == "organization" and lower not in org_first_word and lower not in org_last_word


def _surname_opening(token, folded_text: str, by_surname: dict, loose: bytearray) -> bool:
    """`Ip added that …` after `Karen Ip Wing-sze`: a surname of the article opening a sentence as its subject, which
    the tagger read as a pronoun or a function word; not one that is an English function word (`From`, `Will`)."""
    return token.is_sent_start and token.dep_ in ("nsubj", "nsubjpass") and folded_text in by_surname and not token.is_stop and not loose[token.i]


def _another_place(entry: Entry, run: NameRun) -> bool:
    """`Taipei` after `New Taipei`, `Korea` after `North Korea`: a place written alone is not the place whose name
    adds a qualifier before it (data/place_qualifiers.txt)."""
    return run.kind == "place" and len(entry.words) == 2 and entry.words[0].lower() in word_list("place_qualifiers.txt")


def _first_part(words: list[str]) -> str:
    """The first word of a full name as written, a hyphen after it kept: `Abu-Laban` (of `Salah Abu-Laban`) and
    `Abu Laban` (of `Osman Abu Laban`) are two people's names, though both open with `Abu` and end with `Laban`."""
    return fold(words[0]) + ("-" if len(words) > 2 and words[1] == "-" else "")


def _bracketed_after(doc: Doc, run: NameRun, keys_ending_at: dict[int, str]) -> str | None:
    """The organisation whose name is written right before a lone name in brackets (`the California Department of
    Transportation (Caltrans)`): the short name the article gives it, however its letters compare."""
    if run.start < 2 or run.end >= len(doc) or doc[run.start - 1].text != "(" or doc[run.end].text != ")":
        return None
    return keys_ending_at.get(run.start - 1)


def _formal_country_name(words: list[str]) -> bool:
    """`Republic of Turkey`, `Kingdom of Morocco`: a country's formal name, which its short name (`Turkey`) stands for."""
    return len(words) == 3 and words[1] == "of" and words[0].lower() in word_list("state_forms.txt") and words[2][:1].isupper()


def _title_before(doc: Doc, start: int) -> str | None:
    """The title written right before a name (`President` in `President Obama`); an honorific is no title."""
    if start == 0 or not is_title(doc[start - 1]) or doc[start - 1].lower_ in honorifics():
        return None
    return doc[start - 1].lower_


def _waits(doc: Doc, run: NameRun, first_full_name: dict[str, int]) -> bool:
    """A bare surname written before any full name of it, with no honorific (`President Obama … Mr. Obama … Michelle
    Obama … Barack Obama`), joins its entry last, once `Mr. Obama` has settled which Obama the article calls so."""
    surname = fold(doc[run.start].text)
    return surname in first_full_name and run.start < first_full_name[surname] and run.honorific not in gender_words()


def _attach_descriptions(doc: Doc, entry: Entry, mentions: list[tuple[int, int]], prefixes: dict, max_role_tokens: int, owner: list[int]) -> None:
    for start, end in mentions:
        if start > 0 and doc[start - 1].lower_ in gender_words() and entry.kind == "person" and not is_post_nominal(doc[start - 1]):
            entry.votes[gender_words()[doc[start - 1].lower_]] += 3
        roles, descriptions = statements_of_mention(doc, start, end, max_role_tokens, quoted=owner[start] != -1)
        if entry.kind == "organization":  # `In an email to the Star, a spokesperson for …`: the parse's apposition
            roles = [role for role in roles if not role.lower().startswith(_SPOKES)]
        if (start, end) in prefixes:
            descriptions.append(prefixes[(start, end)])
        entry.roles.extend(roles)
        entry.descriptions.extend(descriptions)
        if entry.kind == "person":
            for text in roles + descriptions:  # an honorific opening the text is counted with the mention; `first lady` is a role
                for position, written in enumerate(text.split()):
                    word = written.lower()
                    if word in gender_words() and (position > 0 or word not in honorifics()) and not _courtesy_title(word) and not _letters(written):
                        entry.votes[gender_words()[word]] += 3


def _letters(written: str) -> bool:
    """`MS` in `Welsh Conservative MS`: a member's letters in capitals (data/post_nominals.txt), not the honorific `Ms`."""
    return written.isupper() and len(written) > 1 and written.lower() in word_list("post_nominals.txt")


def _opens_with_a_given_name(doc: Doc, entry: Entry) -> bool:
    """`Caleb Whitmore Jr. shot a final-round 66`, `a culprit in Alison Lundergan Grimes`: a given name and a surname
    (a middle name or maiden name between them, a suffix after) is a person's name, though the NER tagged it ORG; a company named after its founder writes its kind (`Hollister Foods`) or is
    no given name first (`Morgan Stanley`), and a name written after `the` or opening with a place (`the
    Washington Post`) is no one's."""
    words = [word for word in entry.words if word.lower() not in NAME_SUFFIXES]
    if len(words) not in _GIVEN_NAME_LENGTHS or not all(word.isalpha() and word[:1].isupper() and not word.isupper() for word in words):
        return False
    if is_organisation_head(words[-1]) or fold(words[0]) not in given_names():
        return False
    if all(_employer_of_the_next(doc, end) for start, end in entry.mentions):
        return False  # `Washington Post reporter Ana Ruiz`: the newsroom she works for
    return all((doc[start].ent_type_ in ("ORG", "PERSON", "") or _surname_alone(doc, start, end, words)) and (start == 0 or doc[start - 1].lower_ != "the")
               for start, end in entry.mentions)


def _employer_of_the_next(doc: Doc, end: int) -> bool:
    """A name written straight before a title in lower case and another name (`Washington Post reporter Ana Ruiz`):
    whose the title is, not a person of its own."""
    return end + 1 < len(doc) and doc[end].is_lower and is_title(doc[end]) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_type_ == "PERSON"


def _folded(word: str) -> str:
    """A word folded as a name is (`fold`), read through the right encoding first (`BasÃÂ¡ÃÂ±ez` is `Basáñez`)."""
    return fold(repair_mojibake(word)) if "Ã" in word else fold(word)


def _surname_alone(doc: Doc, start: int, end: int, words: list[str]) -> bool:
    """`a rally with Clinton and Grimes`: the surname written alone, whatever place the NER took it for."""
    return end - start == 1 and doc[start].text == words[-1]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names the nickname list knows (`caleb`, `brianna`) and those it lacks (data/given_names.txt: `dafydd`,
    `grace`), taken once from the shared list, when the pipeline
    loads (EntityTable.__init__); the entity table and the speaker finder read the same set."""
    names = nicknamer()
    return frozenset(names.nickname_lookup) | frozenset(names.canonical_lookup) | word_list("given_names.txt")


def _first_name_fitting(run: NameRun, bearers: set[int], by_id: dict[int, Entry], margin: int) -> Entry | None:
    """A word after a gendered honorific that begins several full names (a surname written first: `Madam Ng` in an
    article naming `Ng Siew Lan` and her son `Mr Ng Wei Ming`): the one bearer of the gender the honorific states."""
    wanted = gender_words().get(run.honorific or "")
    if not wanted or len(bearers) < 2 or run.kind not in ("person", "unknown"):
        return None
    fitting = [by_id[i] for i in bearers if by_id[i].gender(margin) == wanted]
    return fitting[0] if len(fitting) == 1 else None


def _kin_described(entry: Entry) -> str | None:
    """`His daughter, Gloria Jeffries-Holt, said`, `a son, Marcus`: a name set beside a kinship noun (`daughter`,
    `son`, `widow`: a person noun that states a gender) is a person's, though the NER tagged it ORG (it often does a
    hyphenated surname, or one with a lower-case particle: `Iestyn's mother, Nia ap Gwilym,`, where the owned noun is
    kept as a role); the noun is returned for the gender it states."""
    # the role it was given counts for a name with a lower-case particle (`ap`, `van`, `de`), which the NER reads as an
    # organisation's more often than any other person's name
    roles = entry.roles if any(word in word_list("name_particles.txt") for word in entry.words[1:-1]) else []
    for text in entry.descriptions + roles:
        words = text.lower().split()
        if 0 < len(words) <= 2 and words[-1] in gender_words() and words[-1] in word_list("person_nouns.txt"):
            return words[-1]
    return None


def _courtesy_title(word: str) -> bool:
    """`Mr.`, `Mrs`, `Ms.` inside a role always title a name of someone else (`a pollster for Mr. Trump`,
    `senior adviser to Mr.` where the role stops at the name), never the person the role describes."""
    return word in honorifics() and (word.endswith(".") or word + "." in honorifics())


def freeze(doc: Doc, entry: Entry, margin: int) -> ExtractedEntity:
    kind = {"person": SpeakerKind.PERSON, "organization": SpeakerKind.ORGANIZATION, "group": SpeakerKind.GROUP}.get(entry.kind, SpeakerKind.UNKNOWN)
    gender = entry.gender(margin) if entry.kind == "person" else None
    best = best_role(entry.roles)  # the most complete statement of the role goes first
    roles = list(dict.fromkeys(([best] if best else []) + entry.roles)) + [d for d in dict.fromkeys(entry.descriptions) if d not in entry.roles]
    text = doc_text(doc)  # a mention's text cut from the Doc's text: `Span.text` joins its tokens' texts anew
    starts, ends = token_offsets(doc)
    bounds = [(starts[s], ends[e - 1]) for s, e in entry.mentions]
    spans = tuple(TextSpan(text[start:end], start, end) for start, end in bounds)
    aliases = tuple(sorted(alias for alias in entry.aliases if alias != entry.name))
    return ExtractedEntity(
        name=repair_mojibake(entry.name).replace("\u00ad", ""), kind=kind,  # `Doug \u00adAndres` (long_runs)
        aliases=aliases, roles=tuple(roles), gender=Gender(gender) if gender else None,
        plural=entry.kind == "group", mentions=spans,
    )


def _compared_bearer(doc: Doc, bearers: list[tuple[int, Entry]], run: NameRun, margin: int, comparison: str, settled: dict[str, Entry]) -> Entry | None:
    """`the elder Kessler`, `the younger Mr. Castellano`: the namesake of the honorific's gender the comparison means;
    when the article states no ages or kinship to tell, `the younger Mr. Pruitt` after `the elder Mr. Pruitt` went to
    one of two namesakes is the other one (`settled`: whom each comparison of this surname went to first)."""
    wanted = gender_words().get(run.honorific or "")
    before = {id(entry): entry for at, entry in bearers if at < run.start}  # a second reference: `the older Arsenault`
    if len(before) < 2:  # is one of the namesakes named so far (not their father, named later), when two are
        before = {id(entry): entry for _, entry in bearers}
    named = [entry for entry in before.values() if not wanted or entry.gender(margin) in (None, wanted)]
    found = the_one_compared(doc, named, comparison, margin)
    contrasted = settled.get("younger" if comparison == "elder" else "elder")
    if found is None and contrasted is not None and len(named) == 2 and contrasted in named:
        return named[1 - named.index(contrasted)]
    return found
