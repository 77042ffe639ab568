"""Where a name begins and ends when the run of capitalised words carries more than one name, or a word that
describes the name: `Alphabet and Facebook` are two companies, `DJ Beverly Bond` and `Actress Amandla Stenberg`
are `Beverly Bond` and `Amandla Stenberg` with a role before them. Both are decided against the names the article
writes on their own elsewhere, so `Department of Health and Human Services` or `Debbie Wasserman Schultz` stay
whole: nobody writes `Human Services` alone, and `Debbie` is a first name, not a role.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .lexicon import ORGANISATION_NOUNS, PORTFOLIO_JOINS, PORTFOLIO_LINKS, title_words, word_list
from .name_runs import NameRun, clean_run, fold, is_organisation_head, is_title, name_particle, particle_surname, romanised_given_name
from .tokens import token_texts

_MAX_ROLE_WORDS = 2
_PORTFOLIO_REACH = 10  # tokens back from a run to the title and `for` of the portfolio it ends
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_YEAR = re.compile(r"(?:19|20)\d\d")  # `the Council 2024 budget`: a year, not a unit's number


def folded_words(doc: Doc) -> list[str | None]:
    """Each token's folded text (None for white space), read once so that comparing runs costs no token objects."""
    return [None if text.isspace() else fold(text) for text in token_texts(doc)]


def _words(folded: list[str | None], start: int, end: int) -> tuple[str, ...]:
    return tuple(word for word in folded[start:end] if word is not None)


def split_coordinations(doc: Doc, runs: list[NameRun], loose: bytearray, folded: list[str | None]) -> list[NameRun]:
    """A run joining two names by `and` (the NER's `Alphabet and Facebook`) becomes the two names, when the
    article writes one of them on its own."""
    written = {_words(folded, run.start, run.end) for run in runs}
    split: list[NameRun] = []
    for run in runs:
        at = next((k for k in range(run.start + 1, run.end - 1) if folded[k] == "and"), None)
        if at is None or not doc[at + 1].text[:1].isupper():
            split.append(run)
            continue
        if _words(folded, run.start, at) not in written and _words(folded, at + 1, run.end) not in written:
            split.append(run)
            continue
        parts = [clean_run(doc, run.start, at, loose), clean_run(doc, at + 1, run.end, loose)]
        split.extend(part for part in parts if part is not None)
    return split


def joined_list_names(doc: Doc, runs: list[NameRun]) -> list[NameRun]:
    """`Immigration, Refugees and Citizenship Canada`, `Innovation, Science and Economic Development Canada`: an
    organisation's name whose first words are a written list of single capitalised words, which the NER tagged as
    nothing or as one organisation with the rest, joined by commas and `and` to the name it did tag, is one name
    (companies or people listed before a name are tagged names of their own and stay apart; two words joined by
    `and` alone, `Fisheries and Oceans Canada`, are left to the NER unless the parse reads them as one phrase:
    `_one_phrase`)."""
    merged: dict[int, NameRun] = {}
    for run in runs:
        if run.kind != "organization" or run.end - run.start < 2 or run.start < 2:
            continue
        if doc[run.start - 1].lower_ == "and":
            last, listed = run.start - 2, 0  # `Immigration, Refugees and [Citizenship Canada]`
        elif doc[run.start - 1].text == "," and doc[run.start + 1].lower_ == "and" and _listed_word(doc[run.start]):
            last, listed = run.start - 2, 1  # `Immigration, [Refugees and Citizenship Canada]`
        else:
            continue
        first, k = None, last
        while k >= 0 and _listed_word(doc[k]):
            first, listed = k, listed + 1
            if k < 2 or doc[k - 1].text != ",":
                break
            k -= 2
        if first is None or (listed < 2 and not _one_phrase(doc, first, run)) or (first > 0 and doc[first - 1].text[:1].isupper()):
            continue
        if doc[first].ent_type_ and not all(doc[i].ent_iob_ == "I" for i in range(first + 1, run.end)):
            continue  # a listed word the NER tagged is one name with the rest, or a name of its own
        merged[run.start] = NameRun(first, run.end, "organization", None, first)
    if not merged:
        return runs
    inside = {i for new in merged.values() for i in range(new.start, new.end)}
    return [merged.get(run.start, run) for run in runs if run.start not in inside or run.start in merged]


_FRENCH_PARTICLES = frozenset({"de", "du", "des", "la", "le", "les", "l'", "l’", "d'", "d’", "et"})
_FRENCH_LINKS = frozenset({"de", "du", "des"})  # the word after an institution's capitalised head
_MAX_FRENCH_WORDS = 8


def french_institution_names(doc: Doc, runs: list[NameRun]) -> list[NameRun]:
    """`Centre de services scolaire de Laval`, `Société de transport de Montréal`, `Commission de la construction du
    Québec`: a French institution's name written in English news runs from its capitalised head through `de`,
    `du` or `des` and lower-case words to the capitalised name that ends it, one organisation (the NER cuts it into
    pieces, one of them often a person). A person's name with particles only (`Marie-Ève de la Chevrotière`) has no
    lower-case word in it and is left as it was."""
    found: list[NameRun] = []
    texts, n = token_texts(doc), len(doc)
    i = 0
    # only a token before `de`, `du` or `des` can open such a name: those are found in the token texts, and the
    # tokens between are skipped without a Token object each
    for at in [k - 1 for k, text in enumerate(texts) if text in _FRENCH_LINKS and 1 <= k < n - 2]:
        if at < i:
            continue  # inside a name found before
        i = at
        head = doc[i]
        if not (head.text[:1].isupper() and head.is_alpha):
            continue
        j, words = i + 1, 0
        while j < len(doc) and j - i <= _MAX_FRENCH_WORDS and (doc[j].text in _FRENCH_PARTICLES or (doc[j].is_lower and doc[j].is_alpha)):
            words += doc[j].text not in _FRENCH_PARTICLES
            j += 1
        if words == 0 or j >= len(doc) or not doc[j].text[:1].isupper() or doc[j - 1].text not in _FRENCH_PARTICLES:
            continue
        end = j + 1
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].is_sent_start:
            end += 1
        found.append(NameRun(i, end, "organization", None, i))
        i = end
    if not found:
        return runs
    covered = {k for run in found for k in range(run.start, run.end)}
    kept = [run for run in runs if not any(k in covered for k in range(run.start, run.end))]
    return sorted(kept + found, key=lambda run: run.start)


def _one_phrase(doc: Doc, first: int, run: NameRun) -> bool:
    """`Immigration and Customs Enforcement` where the NER tagged only `Customs Enforcement`: a single word joined by
    `and` that the parse hangs on the name's head, the name's first word its conjunct, is one noun phrase with it
    (a name of its own before `and`, `Apple and Google Cloud`, is the subject or object, not a modifier)."""
    word, after = doc[first], doc[run.start]
    return (word.dep_ in ("nmod", "compound") and run.start < word.head.i < run.end and after.dep_ == "conj" and after.head.i == first
            and not word.ent_type_)


def _listed_word(token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and token.ent_type_ in ("", "ORG") and token.pos_ in ("NOUN", "PROPN")


def _describes(word: str, common: frozenset[str]) -> bool:
    """A word that says what a person is rather than naming them: a title or person noun (`Actress`,
    `Celebrities`), a word the article writes in lower case, or a short capitals abbreviation (`DJ`, `CEO`)."""
    lower = word.lower()
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1] if lower.endswith("s") else lower
    if {lower, singular} & (title_words() | word_list("person_nouns.txt")) or lower in common:
        return True
    return word.isalpha() and word.isupper() and len(word) <= 3


def cut_roles_before_names(doc: Doc, runs: list[NameRun], common: frozenset[str], folded: list[str | None]) -> list[NameRun]:
    """A run that is a full name the article writes elsewhere, with one or two describing words before it, is
    cut to that name; the words before stay as the run's prefix, which the entity table keeps as a description.
    A photo credit's source before a slash (`Facebook/Ana Ruiz`) is cut off too, but describes nothing."""
    full_names = {_words(folded, run.start, run.end) for run in runs if run.kind == "person" and run.end - run.start > 1}
    full_names.discard(())
    cut: list[NameRun] = []
    for run in runs:
        at = [i for i in range(run.start, run.end) if folded[i] is not None]
        slash = next((k + 1 for k, i in enumerate(at[:-2]) if folded[i] == "/"), None)  # a photo credit: `Facebook/Ana Ruiz`
        for k in [*range(1, min(_MAX_ROLE_WORDS, len(at) - 2) + 1), *([slash] if slash else [])]:
            credited = k == slash
            if tuple(folded[i] for i in at[k:]) in full_names and (credited or all(_describes(doc[i].text, common) for i in at[:k])):
                run = NameRun(at[k], run.end, "person", run.honorific, at[k] if credited else run.prefix)
                break
        cut.append(run)
    return cut


def local_council_names(doc: Doc, runs: list[NameRun]) -> list[NameRun]:
    """`Birmingham city council`, `Kent county council`: British news writes a council's name with its tier in lower
    case; the place and the lower-case words through `council` are one organisation (the name run stops at the place,
    which then spoke for the council). The tiers are data/council_tiers.txt."""
    tiers = word_list("council_tiers.txt")
    found: list[NameRun] = []
    for run in runs:
        j = run.end
        while j < len(doc) and j - run.end < 3 and doc[j].lower_ in tiers and doc[j].is_lower:
            j += 1
        if run.kind in ("place", "organization", "unknown") and j > run.end and j < len(doc) and doc[j].text == "council":
            found.append(NameRun(run.start, j + 1, "organization", run.honorific, run.prefix))
        else:
            found.append(run)
    return found


def numbered_unit_names(doc: Doc, runs: list[NameRun]) -> list[NameRun]:
    """`AFSCME District Council 33`, `Teamsters Local 727`: a union's local or a body's numbered unit ends with its
    number, which the NER leaves out (or reads as a date); an organisation's run ending with such a word
    (data/numbered_units.txt) goes on through the whole number right after it."""
    units = word_list("numbered_units.txt")
    found: list[NameRun] = []
    for run in runs:
        end = run.end
        if (run.kind == "organization" and end < len(doc) and doc[end - 1].lower_ in units and doc[end - 1].text[:1].isupper()
                and doc[end].text.isdigit() and not _YEAR.fullmatch(doc[end].text)):
            found.append(NameRun(run.start, end + 1, run.kind, run.honorific, run.prefix))
        else:
            found.append(run)
    return found


def cut_portfolios(doc: Doc, runs: list[NameRun], given_names: frozenset[str], titled: frozenset[str] = frozenset(),
                   common: frozenset[str] = frozenset()) -> list[NameRun]:
    """`Minister for Health Mark Butler`, `Union Minister for Jal Shakti K. Shivashankar Reddy`, `Minister for
    Sustainability and the Environment Koh Wee Seng`: after a title and `for` or `of`, the capitalised words of the
    portfolio run into the name; the name begins at the first initial or given name (the nickname list's) that
    leaves a surname after it, or at a word the article writes alone after an honorific (`titled`: `Dr Koh`, a
    surname written first), else at the word before an Irish surname's particle (`Minister for Housing Ruairí Mac
    Cárthaigh`, a given name the list lacks; `Mac` is no given name there), else at the first word after the
    portfolio's that the article never writes in lower case (`common`: `Commissioner for Climate Action Wiebke
    Sørensen` in an article that writes `climate` and `action`). The words before stay the run's prefix, which the
    entity table keeps as the role."""
    cut: list[NameRun] = []
    named = given_names | titled if titled else given_names  # once per article, not per run
    for run in runs:
        if _portfolio_alone(doc, run, common, named):
            continue
        portfolio = _portfolio_start(doc, run)
        if portfolio == run.start and fold(doc[run.start].text) in named:
            portfolio = None  # the run is the name itself (`… and the Environment, Grace Lim`)
        if portfolio is not None:
            texts = token_texts(doc)
            k = next((k for k in range(portfolio + 1, run.end - 1)
                      if _INITIALS.fullmatch(texts[k]) or (doc[k].is_title and fold(texts[k]) in named and not particle_surname(texts[k : k + 2]))), None)
            if k is None:  # `Minister for Housing Ruairí Mac Cárthaigh`, `… and Water Management Sanne van der Meer`: a given
                # name the list lacks, before a particle's surname or the lower-case particles inside a name
                k = next((j - 1 for j in range(portfolio + 2, run.end - 1) if particle_surname(texts[j : j + 2]) or name_particle(doc[j])), None)
            if k is None and run.end - 4 > portfolio and romanised_given_name(texts[run.end - 4 : run.end]):
                k = run.end - 4  # `Minister of Transportation and Communications Lin Chia-hung`: a family name before a romanised given name
            if k is None and common:
                k = _after_common_words(doc, portfolio, run.end, common)
            later = after_portfolio_word(doc, portfolio, run.end)
            if later is not None and (k is None or later > k):  # `Minister for Emergency Services Kylie Rourke`: a given
                k = later  # name no list knows, in an article that writes `emergency` in lower case (not `Services Kylie`)
            if k is not None:
                run = NameRun(k, run.end, "person", run.honorific, min(run.prefix, run.start))
        cut.append(run)
    return cut


def after_portfolio_word(doc: Doc, start: int, end: int) -> int | None:
    """Where a name run into a portfolio's words (`start` to `end`) begins: after the portfolio's last word
    (data/portfolio_words.txt: `Emergency Services Kylie Rourke`), when a given name and a surname are left; else None."""
    k = next((j + 1 for j in range(end - 3, start - 1, -1) if doc[j].lower_ in word_list("portfolio_words.txt")), None)
    if k is None or any(is_title(t) or is_organisation_head(t.text) or t.lower_ in ORGANISATION_NOUNS for t in doc[k:end]):
        return None  # `a spokesperson for Arts Council England`, `the Water Resources Department`: a body's name
    return k


def _portfolio_alone(doc: Doc, run: NameRun, common: frozenset[str], named: frozenset[str] = frozenset()) -> bool:
    """`the Minister for Health said`, `the Minister for Trade and Industry told the Dáil`: the capitalised words after
    a title and its `for`/`of` are its portfolio and name no one, when the NER finds no person or place among them
    and each is a word the article also writes in lower case (`trade`, `industry`) or joins them, or the portfolio
    is one word the NER took for no organisation. (`Chief Executive of Skyway Airlines` is a body's name; a name after
    the portfolio, `Minister for Health Mark Butler`, is cut out by cut_portfolios; `the Mayor of London` a place.)"""
    if run.start < 2 or doc[run.start - 1].lower_ not in PORTFOLIO_LINKS or not is_title(doc[run.start - 2]):
        return False
    if any(doc[k].ent_type_ in ("PERSON", "GPE", "LOC", "NORP") or is_organisation_head(doc[k].text) for k in range(run.start, run.end)):
        return False
    if run.end - run.start == 1 and doc[run.start].ent_type_ != "ORG":
        return True
    if _office_portfolio(doc, run, named):
        return True
    return all(doc[k].lower_ in common or doc[k].lower_ in PORTFOLIO_JOINS for k in range(run.start, run.end))


def _office_portfolio(doc: Doc, run: NameRun, named: frozenset[str]) -> bool:
    """`the Minister for Housing and Planning said`, `Britain's Secretary of State for Science`: after a definite
    office that takes a portfolio (data/portfolio_offices.txt), capitalised words holding no given name (`named`:
    given names and the surnames the article writes after an honorific) nor name particle are the portfolio, even
    when the article never writes them in lower case. (`Minister for Health Mark Butler` has no determiner and a
    given name.)"""
    if run.start < 3 or doc[run.start - 2].lower_ not in word_list("portfolio_offices.txt"):
        return False
    if doc[run.start - 3].lower_ != "the" and doc[run.start - 3].tag_ != "POS":
        return False
    return not any(fold(doc[k].text) in named or name_particle(doc[k]) for k in range(run.start, run.end))


def _after_common_words(doc: Doc, portfolio: int, end: int, common: frozenset[str]) -> int | None:
    """The first word of a name after a portfolio whose every word the article also writes in lower case (`Trade`,
    `Health and Food Safety`), leaving a given name and a surname at least; None when there is no such word."""
    j = portfolio
    while j < end - 2 and (doc[j].lower_ in common or doc[j].lower_ in PORTFOLIO_JOINS):
        j += 1
    if j == portfolio or not doc[j].is_title or doc[j].lower_ in common:
        return None
    last = doc[end - 1]
    if any(not token.text[:1].isupper() for token in doc[j:end]) or last.lower_ in ORGANISATION_NOUNS or is_organisation_head(last.text):
        return None  # `director of the Federal Bureau of Investigation`, `for the House Armed Services Committee`: a body
    return j


def titled_words(runs: list[NameRun], folded: list[str | None]) -> frozenset[str]:
    """The words the article writes alone after an honorific (`Dr Koh`, `Mr Arain`): surnames, whichever end of the
    full name they stand at."""
    return frozenset(folded[run.start] for run in runs if run.honorific and run.end - run.start == 1 and folded[run.start])


def cut_bodies_before_names(doc: Doc, runs: list[NameRun], titled: frozenset[str]) -> list[NameRun]:
    """`opposition leader in the Sindh Assembly Mian Tariq Mehmood Arain said`: a body's name (an entity of the NER)
    run into a person's, which ends in a surname the article writes alone after an honorific (`Mr Arain`); the
    name begins after the body's (where the NER's entity ends, or after the body's last head word when the NER ran
    both into one), which stays the run's prefix."""
    cut: list[NameRun] = []
    for run in runs:
        if run.end - run.start > 2 and fold(doc[run.end - 1].text) in titled and doc[run.start].ent_type_ in _BODY_LABELS:
            k = run.start
            while k < run.end and doc[k].ent_type_ == doc[run.start].ent_type_ and (k == run.start or doc[k].ent_iob_ == "I"):
                k += 1
            if k == run.end:  # the NER ran both into one entity: the body's name ends at its last head word (`Assembly`)
                k = next((j + 1 for j in range(run.end - 3, run.start - 1, -1) if is_organisation_head(doc[j].text) or doc[j].lower_ in _BODY_HEADS), run.end)
            if run.start < k <= run.end - 2:
                run = NameRun(k, run.end, "person", run.honorific, min(run.prefix, run.start))
        cut.append(run)
    return cut


_BODY_LABELS = frozenset({"ORG", "GPE", "FAC", "NORP"})
_BODY_HEADS = ORGANISATION_NOUNS | {"assembly"}  # `Punjab Assembly`, `Sindh Assembly`, `National Assembly`


def _portfolio_start(doc: Doc, run: NameRun) -> int | None:
    """Where the portfolio's words begin: right after `Minister for` before the run, or inside a run that opens with
    the titles and `for` (`Minister for Housing Clare Dempsey` opening a sentence), or at the run when the portfolio
    has words of its own before it (`Minister of State for Sustainability and the Environment Koh Wee Seng`, the run
    `Environment Koh Wee Seng` after `and the`)."""
    if run.end - run.start > 2 and run.start > 1 and doc[run.start - 1].lower_ in PORTFOLIO_LINKS and is_title(doc[run.start - 2]):
        return run.start
    link = next((j for j in range(run.start + 1, min(run.end - 3, run.start + 4)) if doc[j].lower_ in PORTFOLIO_LINKS), None)
    if link is not None and all(is_title(doc[i]) for i in range(run.start, link)):
        return link + 1
    if run.end - run.start > 2 and run.start > 2 and doc[run.start - 1].is_title and doc[run.start - 2].lower_ in PORTFOLIO_LINKS and is_title(doc[run.start - 3]):
        return run.start  # `Minister for Further | Education Clare Dempsey`: the runs left the portfolio's first word out
    if run.end - run.start > 2 and run.start > 0 and doc[run.start - 1].lower_ in PORTFOLIO_JOINS:
        j = run.start - 1
        while j > max(1, run.start - _PORTFOLIO_REACH) and (doc[j].lower_ in PORTFOLIO_JOINS or doc[j].text[:1].isupper()):
            j -= 1
            if doc[j].lower_ in PORTFOLIO_LINKS and is_title(doc[j - 1]):
                return run.start
    return None


