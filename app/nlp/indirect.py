"""Proposes indirect quotes: what reporting verbs and nouns say was said, without quotation marks.

Content is the clausal complement of a reporting verb (`told journalists that …`), or the object or infinitive
for verbs that the annotated training news shows take their content that way (`reiterated the need …`,
`vowed to …`, `accused Trump of lying`), the clause carrying `according to`, a reporting noun's that-clause
(`X's claim that …`, or voiced by a verb: `made the point that …`) and headline attributions (`Trump: …`). Quoted
fragments inside such a clause make it one mixed quote.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from .candidates import QuoteCandidate
from .headline_attributions import find_headline_attributions
from .extensions import QUOTES
from .lexicon import DOCUMENT_NOUNS, PUBLISHED_NOUNS, REPORTING_NOUNS, cue_patterns, word_list
from .poll_standings import poll_standing
from .resolution import asking_verbs
from .token_ranges import span_text, token_offsets, tokens_between
from .tokens import children, cue_extent, cue_lemma, is_cue, may_report, quote_owner_by_token


@Language.factory(
    "quotewise_indirect_quotes",
    requires=["doc._.quotewise_quotes", "token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.quotewise_quotes"],
    default_config={"according_reach": 60},
)
def make_indirect_quotes(nlp: Language, name: str, according_reach: int) -> "IndirectQuotes":
    return IndirectQuotes(according_reach)


class IndirectQuotes:
    def __init__(self, according_reach: int = 60) -> None:
        self.according_reach = according_reach  # tokens either side of `according to` its content may reach

    def __call__(self, doc: Doc) -> Doc:
        quotes: list[QuoteCandidate] = doc._.get(QUOTES) or []
        owner = quote_owner_by_token(doc, quotes, only_kept=True)  # dropped titles read as narration
        found = find_indirect_quotes(doc, owner, quotes, self.according_reach) + find_headline_attributions(doc, owner, quotes)
        quotes.extend(outermost(found))
        quotes.sort(key=lambda quote: quote.start)
        doc._.set(QUOTES, quotes)
        return doc


def outermost(found: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """An attribution reported inside another one's content (`told … that the administration would seek …`)
    belongs to that content, not to the article's list of quotes."""
    found.sort(key=lambda quote: (quote.start, -quote.end))
    kept: list[QuoteCandidate] = []
    reach = -1
    for quote in found:
        if quote.end <= reach:
            continue
        kept.append(quote)
        reach = max(reach, quote.end)
    return kept


def find_indirect_quotes(doc: Doc, owner: list[int], quotes: list[QuoteCandidate], according_reach: int = 60) -> list[QuoteCandidate]:
    found: list[QuoteCandidate] = []
    quotation_cues = {quote.cue[0] for quote in quotes if quote.keep and quote.marked and quote.cue is not None}
    for i in may_report(doc):
        if owner[i] != -1:
            continue  # before the Token is made: most quoted words are no cue of an indirect quote
        token = doc[i]
        if token.pos_ == "NOUN" and token.lemma_.lower() in _reporting_or_voiced_nouns():
            candidate = _voiced_complement(doc, token, owner, quotes) or _noun_complement(doc, token, owner, quotes)
            if candidate is not None:
                found.append(candidate)
            continue
        if not is_cue(token):
            continue
        if token.lower_ == "according":
            candidate = _according_to(doc, token, owner, according_reach, quotes, quotation_cues)
        else:
            candidate = _clausal_complement(doc, token, owner, quotes)
        if candidate is not None:
            found.append(candidate)
    return _without_relayed(doc, found)


@lru_cache(maxsize=1)
def _reporting_or_voiced_nouns() -> frozenset[str]:
    return REPORTING_NOUNS | word_list("voiced_nouns.txt")


def _without_relayed(doc: Doc, found: list[QuoteCandidate]) -> list[QuoteCandidate]:
    """`X said …, according to the Post`: X's words reach the article through the Post, so the attribution
    whose cue lies inside the `according to` content is part of that content, not a quote of its own."""
    relayed = [(quote.start, quote.end) for quote in found if quote.attribution == "according"]
    if not relayed:
        return found
    relayed.sort()
    starts = [start for start, _ in relayed]
    kept = []
    for quote in found:
        cue_start = doc[quote.cue[0]].idx
        i = bisect.bisect_right(starts, cue_start) - 1
        if quote.attribution != "according" and i >= 0 and cue_start < relayed[i][1]:
            continue
        kept.append(quote)
    return kept


_SPEECH_VERBS = frozenset("say tell write add argue claim insist note warn explain predict suggest".split())


def _clausal_complement(doc: Doc, verb: Token, owner: list[int], quotes: list[QuoteCandidate]) -> QuoteCandidate | None:
    relations = cue_patterns().get(cue_lemma(verb), frozenset())
    if _finds_itself(verb) or _adds_a_count(verb) or _dismisses_a_case(verb) or _leave_to_speak(verb):
        return None
    speech = verb.lemma_.lower() in _SPEECH_VERBS
    # `…, the BBC reported.`, `…, the survey found.`: these report the sentence before them as `said` does
    trailing = speech or verb.lemma_.lower() in word_list("trailing_report_verbs.txt") or _announced_last(verb)
    if trailing and verb.dep_ in ("parataxis", "advcl", "conj") and verb.head.i < verb.i and _has_subject(verb) and not _subordinate(verb):
        # `Shoukair was kind, a Cairo airport official told AP.`: the parse hangs the cue under the content.
        start, end = verb.head.left_edge.i, verb.left_edge.i
        if doc[end].is_punct and any(child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > verb.i for child in children(verb)):
            end += 1  # `…, an official said, speaking on …`: with a participle after it the cue takes the comma before it
        own_content = any(child.dep_ == "ccomp" and child.i > verb.i for child in children(verb))
        if end - start >= 4 and doc[end - 1].is_punct and verb.head.dep_ not in ("ccomp", "xcomp") and not own_content:
            candidate = _content_candidate(doc, verb, start, end, owner, quotes)
            if candidate is not None:
                return candidate
    if speech and verb.dep_ == "parataxis" and (verb.head.i > verb.i or _clause_goes_on(verb, owner)) and _has_subject(verb):
        candidate = _around_parenthetical(doc, verb, owner, quotes)
        if candidate is not None:
            return candidate
    standing = poll_standing(verb)
    if standing is not None:  # `A Quinnipiac poll found Ms. Sato ahead 49 percent to 43 percent`
        return _content_candidate(doc, verb, standing[0], standing[1], owner, quotes)
    if "dobj_of" in relations:
        return _object_and_charge(doc, verb, owner, quotes)
    if "dobj_named" in relations:
        named = _object_and_quoted_name(doc, verb, owner, quotes)
        if named is not None:
            return named
    # `he and Brafman had said the same thing`, `26% say they are conservative`: a verb whose content follows it,
    # as its own object or clause, reports no clause before it
    own_object = any(
        (child.dep_ == "ccomp" or (child.dep_ == "dobj" and child.pos_ == "NOUN" and verb.lemma_.lower() == "say"))
        and child.i > verb.i and not any(t.is_punct for t in tokens_between(doc, verb.i + 1, child.left_edge.i))
        for child in children(verb)
    )
    for child in children(verb):
        if child.i < verb.i and not (child.dep_ == "ccomp" and trailing and not own_object):
            continue
        start, end = child.left_edge.i, child.right_edge.i + 1
        if child.i < verb.i:
            later = _after_an_earlier_report(doc, child, verb) if child.dep_ == "ccomp" else None
            if later is not None:  # `A, the Post reported, while B, the Globe reported`: the Globe reports B only
                return _content_candidate(doc, verb, later[0], later[1], owner, quotes)
            rest = _extraposed_clause(doc, verb)
            if rest is not None:
                return _split_content(doc, verb, (start, end), rest, owner, quotes)
        told = _addressee_then_clause(verb, child) if child.dep_ == "dobj" else None
        if told is not None:  # `told the inquest he had found …`: the addressee, then the content
            last = max([told.right_edge.i] + [c.right_edge.i for c in children(verb) if c.i > verb.i and c.dep_ != "punct"])
            return _content_candidate(doc, verb, told.left_edge.i, _through_trailing_attachments(doc, verb, last + 1), owner, quotes)
        if _question_read_as_condition(verb, child):  # `asked by Ana Ruiz if he would run`: the question, parsed as a condition
            return _content_candidate(doc, verb, start, _through_trailing_attachments(doc, verb, end), owner, quotes)
        if child.dep_ == "dobj" and child.pos_ != "PRON" and _misparsed_clause(verb, end - start):
            end = max(end, max(c.right_edge.i for c in children(verb) if c.i > verb.i) + 1)  # `says [that-less clause]` misparsed as an object
        elif child.dep_ not in relations:
            continue
        elif child.dep_ == "ccomp" and _small_clause(child):
            continue  # `found Ms Marsden unresponsive`, `find him guilty`: a state found, not words reported
        elif child.dep_ == "ccomp":
            start = _subject_read_as_preposition(verb, child, start)
        elif child.dep_ == "dobj" and (child.pos_ == "PRON" or end - start < 2 or child.lower_ == "way"):
            continue  # `talked his way into a job`: a way taken, not words said
        elif child.dep_ == "dobj":
            relative = _reporting_relative(child)
            if relative is not None and _relays_a_person(verb, relative):
                return None
            if relative is not None:
                end = min(end, _before(doc, relative, child.i))
        elif child.dep_ == "xcomp":
            start = _object_before(verb, child, start)  # `called on the government to act`, `urged him to go`
        cut = _before_a_second_report(doc, child, end)
        end = cut if cut < end else _through_trailing_attachments(doc, verb, end)
        return _content_candidate(doc, verb, start, end, owner, quotes)
    for child in children(verb):  # `called for a special prosecutor`
        if child.dep_ == "prep" and child.i > verb.i and f"prep:{child.lower_}" in relations:
            objects = [grandchild for grandchild in children(child) if grandchild.dep_ in ("pobj", "pcomp")]
            if objects:
                return _content_candidate(doc, verb, objects[0].left_edge.i, objects[0].right_edge.i + 1, owner, quotes)
    for child in children(verb):  # `said in a statement that …`: the clause hangs off the document noun
        if child.dep_ == "prep" and child.i > verb.i:
            for pobj in children(child):
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in DOCUMENT_NOUNS | {"interview", "speech"}:
                    for clause in children(pobj):
                        if clause.dep_ in ("acl", "relcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in children(clause)):
                            return _content_candidate(doc, verb, clause.left_edge.i, clause.right_edge.i + 1, owner, quotes)
                        inner = _under_participle(clause)
                        if inner is not None:  # `wrote in a sentencing memo filed Tuesday that …`
                            return _content_candidate(doc, verb, inner.left_edge.i, inner.right_edge.i + 1, owner, quotes)
    clause = _said_somewhere(verb) or _after_counsels_part(verb) or _after_quoted_title(verb)
    if clause is not None:
        return _content_candidate(doc, verb, clause.left_edge.i, _second_complement_end(verb, clause), owner, quotes)
    return None


def _question_read_as_condition(verb: Token, clause: Token) -> bool:
    """`Asked by a reporter if she would run, Ruiz said …`: after the participle of a verb of asking with its asker
    (`by …`), `if` opens the question asked (as `whether` does), though the parse hangs it as a condition (advcl), not
    the verb's clausal complement. Only there: after `the paper asked him if` or `sent a reporter to ask voters if` the
    asker is one the speaker finder often misses, and `she was asked if` names none (PolNeAR leaves its source
    blank), so in train-named a new quote there lowered precision more than it added right ones."""
    return (clause.dep_ == "advcl" and clause.i > verb.i and verb.tag_ == "VBN" and verb.lemma_.lower() in asking_verbs()
            and any(c.dep_ == "agent" for c in children(verb)) and any(c.dep_ == "mark" and c.lower_ == "if" for c in children(clause)))


def _second_complement_end(verb: Token, clause: Token) -> int:
    """`told reporters on a call that the FTC was “not against deals,” but that it would act …`: a second `that`
    clause joined to the reporting verb after the first one is reported too, so the content runs to its end."""
    end = clause.right_edge.i + 1
    for child in children(verb):
        if child.dep_ == "conj" and child.i > end and any(c.dep_ == "mark" and c.lower_ == "that" for c in children(child)) \
                and any(c.dep_ == "cc" and end <= c.i < child.left_edge.i + 1 for c in children(verb)):
            return child.right_edge.i + 1
    return end


def _after_counsels_part(verb: Token) -> Token | None:
    """`Det Sgt … told Shane Costelloe SC, prosecuting, that the thefts came to light …`: the parse hangs the `that`
    clause on the participle that says which side counsel argues (data/court_participles.txt), set off by commas
    after the verb's object; the clause is what the verb reports."""
    for child in children(verb):
        if child.dep_ == "advcl" and child.i > verb.i and child.lower_ in word_list("court_participles.txt"):
            for clause in children(child):
                if clause.dep_ == "ccomp" and clause.i > child.i and any(c.dep_ == "mark" and c.lower_ == "that" for c in children(clause)):
                    return clause
    return None


_TITLE_TOKENS = 12  # how long a programme's or a book's name in quotation marks may be
_OPENING_MARKS = frozenset({"“", '"', "‘"})
_CLOSING_MARKS = frozenset({"”", '"', "’"})


def _after_quoted_title(verb: Token) -> Token | None:
    """`said on NBC's “Meet the Press” that she would not …`: the parse reads the programme's name in quotation marks
    as a clause of the verb (`Meet` a verb) and hangs the `that` clause on it; the clause right after the closing
    mark is what the verb reports."""
    doc = verb.doc
    for child in children(verb):
        if child.i <= verb.i or child.dep_ not in ("advcl", "dobj", "xcomp", "ccomp", "npadvmod"):
            continue
        opening = next((j for j in range(child.i - 1, max(verb.i, child.i - _TITLE_TOKENS), -1) if doc[j].text in _OPENING_MARKS), None)
        if opening is None:
            continue
        for clause in children(child):
            that = clause.left_edge
            if (clause.dep_ == "ccomp" and that.lower_ == "that" and that.dep_ == "mark" and that.i - opening <= _TITLE_TOKENS
                    and doc[that.i - 1].text in _CLOSING_MARKS):
                return clause
    return None


def _under_participle(clause: Token) -> Token | None:
    """`wrote in a sentencing memo filed Tuesday that …`, `said in a statement released Monday that …`: a participle
    dates the document, and the parse may hang the `that` clause on the participle; the clause is what was written."""
    if clause.dep_ != "acl" or clause.tag_ != "VBN":
        return None
    return next((c for c in children(clause) if c.dep_ == "ccomp" and c.i > clause.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(c))), None)


_DISCUSSING = frozenset("discuss speak comment talk say disclose describe".split())  # what leave is given for


_ROUGHLY = frozenset({"about", "around"})


def _subject_read_as_preposition(verb: Token, clause: Token, start: int) -> int:
    """`said about one in every 1,000 children … develops swelling`: a clause with no subject after `about` and a
    number, which the parse hung on the verb as `said about …`; the number is the clause's subject."""
    if _has_subject(clause):
        return start
    prep = next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ in _ROUGHLY and verb.i < c.i < clause.i), None)
    if prep is None or prep.i != verb.i + 1 or not any(c.dep_ == "pobj" and c.like_num for c in children(prep)):
        return start
    return prep.i


def _small_clause(clause: Token) -> bool:
    """A verdict or a state with its own subject and no verb (`him guilty`, `Ms Marsden unresponsive`): what someone
    was found to be (data/found_states.txt), not words reported (`found the drug effective` is a finding)."""
    return clause.pos_ == "ADJ" and clause.lower_ in word_list("found_states.txt") and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(clause)) and not any(
        c.dep_ in ("cop", "aux", "auxpass") for c in children(clause))


def _leave_to_speak(verb: Token) -> bool:
    """`who was not authorized to discuss the damage publicly`, `speaking on the condition of anonymity to discuss the
    schedule`: an infinitive of speech someone may or may not give (data/permission_words.txt), or the reason an
    anonymous source speaks, reports nothing."""
    if verb.lemma_.lower() not in _DISCUSSING or verb.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
        return False
    head = verb.head
    if head.lemma_.lower() in word_list("permission_words.txt"):
        return True
    return head.i < verb.i and any(t.lower_ == "anonymity" for t in head.subtree if head.i < t.i < verb.i)


_REFLEXIVES = frozenset("myself yourself himself herself itself ourselves yourselves themselves oneself".split())


def _finds_itself(verb: Token) -> bool:
    """`found themselves targeted by challengers`, `finds itself playing host`: a verb of `reflexive_frames.txt`
    with the subject's own reflexive as its object, or as its clause's subject, tells where someone ended up, not
    what anyone found or said."""
    if verb.lemma_.lower() not in word_list("reflexive_frames.txt"):
        return False
    for child in children(verb):
        if child.i > verb.i and (child.lower_ in _REFLEXIVES or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _REFLEXIVES for c in children(child))):
            return True
    return False


def _extraposed_clause(doc: Doc, verb: Token) -> Token | None:
    """`There is a risk, some Democrats said, that the plan would fail`: a `that` clause set off by a comma after a
    cue whose content opened the sentence finishes that content."""
    for child in children(verb):
        if child.dep_ == "ccomp" and child.i > verb.i:
            that = doc[child.left_edge.i]
            if that.lower_ == "that" and that.dep_ == "mark" and doc[that.i - 1].text == "," and that.i - 1 > verb.i:
                return child
    return None


def _split_content(
    doc: Doc, verb: Token, before: tuple[int, int], rest: Token, owner: list[int], quotes: list[QuoteCandidate],
) -> QuoteCandidate | None:
    """One content in two pieces, either side of its cue: the opening clause and the extraposed rest."""
    opening = _content_candidate(doc, verb, before[0], before[1], owner, quotes)
    ending = _content_candidate(doc, verb, rest.left_edge.i, rest.right_edge.i + 1, owner, quotes)
    if opening is None or ending is None:
        return opening or ending
    opening.pieces = opening.pieces + ending.pieces
    opening.kind = "mixed" if "mixed" in (opening.kind, ending.kind) else opening.kind
    return opening


_SUBORDINATORS = frozenset("after before when whenever because since although though if unless until once".split())


def _announced_last(verb: Token) -> bool:
    """`…, Premier Ana Ruiz announced Thursday.`, `…, the union has announced.`: `announce` closing the sentence it
    reports, with nothing after it but when, reports all of it as `said` does; elsewhere (`announced a plan`,
    `announced that …`, `as the company announced job cuts`) it is left to its own object or clause."""
    if verb.lemma_.lower() != "announce" or verb.tag_ not in ("VBD", "VBN", "VBZ"):
        return False
    after = [child for child in children(verb) if child.i > verb.i]
    return all(child.is_punct or _when(child) or _where_published(child) for child in after) and bool(after)


def _when(token: Token) -> bool:
    return token.dep_ == "npadvmod" and token.ent_type_ in ("DATE", "TIME")


def _where_published(prep: Token) -> bool:
    """`announced in a news release Tuesday`, `in a blog post on Monday`: what it was published in is no object of
    the announcement. (`announced on Tuesday` would read the same, but in train-named its one sentence then goes to
    a speaker named wrong for another reason, `NBC` taken for `NBC News`, so a date phrase is left out.)"""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "via", "through"):
        return False
    objects = [child for child in children(prep) if child.dep_ == "pobj"]
    return len(objects) == 1 and objects[0].lemma_.lower() in PUBLISHED_NOUNS and all(
        _when(child) or child.dep_ in ("det", "compound", "amod", "poss", "case") or _dated(child) for child in children(objects[0]))


def _dated(prep: Token) -> bool:
    return prep.dep_ == "prep" and all(child.ent_type_ in ("DATE", "TIME") for child in children(prep) if child.dep_ == "pobj")


def _subordinate(verb: Token) -> bool:
    """`64 percent call him competent, after 55 percent said so`: a clause opened by `after`, `because`, `when` … is
    an adverbial of the sentence before it, not the attribution of that sentence."""
    return any(child.dep_ == "mark" and child.lower_ in _SUBORDINATORS for child in children(verb))


def _object_and_charge(doc: Doc, verb: Token, owner: list[int], quotes: list[QuoteCandidate]) -> QuoteCandidate | None:
    """`accused Trump of using divisive rhetoric`: the content is whom the charge is laid on and the charge; without
    its `of` phrase (`accused the audience, which …`, cut by the parse) the verb reports nothing whole."""
    target = next((child for child in children(verb) if child.dep_ == "dobj" and child.i > verb.i), None)
    if target is None:
        return None
    charge = next((child for child in children(verb) if child.dep_ == "prep" and child.lower_ == "of" and child.i > target.i), None)
    if charge is None:
        charge = next((child for child in children(target) if child.dep_ == "prep" and child.lower_ == "of"), None)
    if charge is None:
        return None
    start, end = target.left_edge.i, _through_trailing_attachments(doc, verb, charge.right_edge.i + 1)  # `… of exploitation for announcing …`
    second = next((i for i in range(charge.i + 1, end) if _second_report(doc[i])), None)
    if second is not None:  # `accuses Sanders of a smear while Sanders suggests …`: the second report is Sanders's own
        end = _before_a_second_report(doc, doc[second].head, end) if doc[second].head.i >= start else end
    return _content_candidate(doc, verb, start, end, owner, quotes)


_NAMED_PRONOUNS = frozenset("it him her them himself herself itself themselves".split())  # `described himself as "…"`


def _object_and_quoted_name(doc: Doc, verb: Token, owner: list[int], quotes: list[QuoteCandidate]) -> QuoteCandidate | None:
    """`called the plan "a disaster"`, `described the deal as "a betrayal"`: the content is what is named and the
    quoted name it is given, one mixed quote however few words stand outside the marks; an unquoted name (`called
    the meeting a success`) is left to the verb's other patterns."""
    if verb.dep_ in ("acl", "xcomp"):
        return None  # `his remarks calling …`, `wanted reporters to describe it as …`: not the speaker's own naming
    target = next((child for child in children(verb) if child.dep_ == "dobj" and child.i > verb.i), None)
    if target is None or target.pos_ == "PRON" and target.lower_ not in _NAMED_PRONOUNS:
        return None
    named = [child for child in children(verb) if child.dep_ == "oprd" and child.i > target.i]
    named += [child for child in children(target) if child.dep_ == "appos" and child.i > target.i]
    named += [prep for prep in children(verb) if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > target.i and prep.right_edge.i > prep.i]
    if len(named) != 1:
        return None
    start, end = target.left_edge.i, named[0].right_edge.i + 1
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1]) + 1  # a closing mark may follow the name
    if owner[start] != -1 or not any(first < quote.start and quote.end <= last for quote in quotes):
        return None  # a quoted short name is often set aside as a scare quote: it counts here all the same
    candidate = _content_candidate(doc, verb, start, end, owner, quotes, own_words_needed=1)
    if candidate is not None:
        candidate.kind = "mixed"
    return candidate


def _around_parenthetical(doc: Doc, verb: Token, owner: list[int], quotes: list[QuoteCandidate]) -> QuoteCandidate | None:
    """`Instead, she said, her boss told her …`: a reporting clause set off by commas inside the sentence it reports.
    Everything reported in that sentence (here what the boss told) is nested in her words, so she is the source."""
    clause = verb.head
    if clause.tag_ == "VBG" and not any(child.dep_ in ("aux", "auxpass") for child in children(clause)):
        return None  # `…," Farrugia said, her voice breaking.`: a participle with no auxiliary tells how she said it
    own_start, own_end = verb.left_edge.i, verb.right_edge.i + 1
    if doc[own_start].text != "," and (own_start == 0 or doc[own_start - 1].text != ","):
        return None
    if doc[own_end - 1].text != "," and (own_end >= len(doc) or doc[own_end].text != ","):
        return None
    before = [i for i in range(clause.left_edge.i, own_start) if not doc[i].is_punct]
    subject_before = any(child.dep_ in ("nsubj", "nsubjpass", "csubj") and child.i < own_start for child in children(clause))
    if not (subject_before and before) or any(owner[i] != -1 for i in before):
        # `Instead,` `Without the money,` lead into the sentence; they are not reported words
        return _content_candidate(doc, verb, own_end, clause.right_edge.i + 1, owner, quotes)
    # `The plan, the mayor said, would fail`: the reported clause runs on both sides of its cue; not into a second
    # report joined to it (`…, and the judge noted that …`), whose speaker is its own subject
    end = _before_a_second_report(doc, clause, clause.right_edge.i + 1)
    candidate = _content_candidate(doc, verb, before[0], end, owner, quotes)
    if candidate is None:
        return None
    lead = doc[before[0] : before[-1] + 1]
    tail_start = next((i for i in range(own_end, end) if not doc[i].is_punct), own_end)
    candidate.pieces = [(lead.start_char, lead.end_char), (doc[tail_start].idx, candidate.end)]
    return candidate


def _clause_goes_on(verb: Token, owner: list[int]) -> bool:
    """`The contract requires 60 days' notice, not 90, she said, and the company will pay …`: a reporting clause set
    off by commas after the verb of the clause it reports, which goes on after it (its conjunct), stands inside it.
    Only one person's (a plural `they say` set in a clause is as often hearsay as a group's words) and only around
    the article's own words (with a quotation in it, the quotation is attributed on its own)."""
    doc, own_end, clause = verb.doc, verb.right_edge.i + 1, verb.head
    subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we"):
        return False
    if any(owner[i] != -1 for i in range(clause.left_edge.i, clause.right_edge.i + 1)):
        return False
    return own_end < len(doc) and doc[own_end - 1].text == "," and any(
        child.dep_ == "conj" and child.i > own_end for child in children(clause))


_SAY_VERBS = frozenset("say add claim insist argue warn predict suggest explain note".split())


def _reporting_relative(noun: Token) -> Token | None:
    """`praised Franklin Graham, who has vowed not to buy …`: what the object's relative clause reports is
    said by the object, so the praise's content stops before it (and is dropped if nothing is left)."""
    return next((c for c in children(noun) if c.i > noun.i and c.dep_ == "relcl" and is_cue(c)), None)


def _relays_a_person(verb: Token, clause: Token) -> bool:
    """`echoing commentators who have suggested …`, `citing experts who say …`: a verb of `relaying_verbs.txt`
    passes on what the person of its object's `who` clause reports, and has no content of its own (`praised
    Franklin Graham, who has vowed …` praises the man himself)."""
    return verb.lemma_.lower() in word_list("relaying_verbs.txt") and any(
        child.dep_ == "nsubj" and child.lower_ == "who" for child in children(clause)
    )


def _addressee_then_clause(verb: Token, noun: Token) -> Token | None:
    """`PC Parry told the inquest he had found six teenagers …`: after a verb of telling (data/addressing_verbs.txt)
    the parse can read a that-less clause as a relative clause on the addressee (`the inquest`, `the hearing`). A
    relative clause right after the noun whose own subject is no relative pronoun (`he`, `the boy`) and which lacks
    nothing (its verb has its object, complement or passive: a true relative clause leaves a gap the noun fills, `told
    the story he had heard`) is the clause told; `told the man who had found …` and `told the court that …` are left
    as they are."""
    if verb.lemma_.lower() not in word_list("addressing_verbs.txt") or noun.i < verb.i:
        return None
    for clause in children(noun):
        if clause.dep_ == "relcl" and clause.left_edge.i == noun.i + 1 and not any(c.dep_ == "mark" for c in children(clause)):
            subject = next((c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.i < clause.i and subject.tag_ not in ("WP", "WDT", "WP$") and subject.lower_ != "that" \
                    and _complete_clause(clause):
                return clause
    return None


_COMPLETING = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "auxpass", "dative"})


def _complete_clause(clause: Token) -> bool:
    return any(child.dep_ in _COMPLETING for child in children(clause))


def _before(doc: Doc, clause: Token, floor: int) -> int:
    """Where the words before `clause` end, commas after `floor` left out."""
    stop = clause.left_edge.i
    while stop > floor + 1 and doc[stop - 1].is_punct:
        stop -= 1
    return stop


def _misparsed_clause(verb: Token, object_length: int) -> bool:
    """`says the mails were personal` parsed as an object: `say`-verbs rarely take a real noun object."""
    if any(child.dep_ == "ccomp" for child in children(verb)):
        return False
    lemma = verb.lemma_.lower()
    if _adds_to_something(verb):
        return False
    return lemma in _SAY_VERBS or (lemma in _SPEECH_VERBS and object_length >= 5)


def _adds_to_something(verb: Token) -> bool:
    """`could add another job title to his resume`, `deficits would add up to $1.5 trillion`: adding a thing to
    another, or adding up, is arithmetic, not the `added that …` of speech."""
    if verb.lemma_.lower() != "add":
        return False
    doc = verb.doc
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "up":
        return True
    for child in children(verb):
        if child.dep_ == "dobj" and any(grandchild.lower_ == "to" and grandchild.dep_ == "prep" for grandchild in children(child)):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and child.i > verb.i:
            return True
    return False


def _said_somewhere(verb: Token) -> Token | None:
    """`said outside the courthouse that the league had nearly folded`: a place between `said` and its `that` clause,
    on which the parse then hangs the clause as a relative one. `that` opening a clause with a subject of its own,
    right after the place a saying verb names, opens what was said."""
    if verb.lemma_.lower() not in _SAY_VERBS and verb.lemma_.lower() != "tell":  # `told analysts on a call that …`
        return None
    places = [(place, 0) for place in children(verb) if place.dep_ == "prep" and place.i > verb.i]
    while places:
        place, depth = places.pop(0)
        for pobj in children(place):
            for clause in children(pobj) if pobj.dep_ == "pobj" else ():
                that = clause.left_edge
                if clause.dep_ in ("relcl", "acl") and that.lower_ == "that" and that.i == _place_end(pobj, clause) \
                        and that.dep_ in ("mark", "dobj") and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in children(clause)):
                    return clause
                if clause.dep_ == "prep" and depth < _PLACE_DEPTH:
                    places.append((clause, depth + 1))  # `said at a press conference after the Cabinet meeting that …`
    return None


_PLACE_DEPTH = 2  # places named inside places between `said` and its `that`


def _place_end(pobj: Token, clause: Token) -> int:
    """Where the place a `that` clause hangs on ends: right after its noun, or after the prepositions the noun
    holds before the clause (`told analysts on a call in July that the bank had …`, hung on `call`)."""
    end = pobj.i + 1
    for child in children(pobj):
        if child.dep_ == "prep" and end == child.i < clause.i:
            end = child.right_edge.i + 1
    return end


def _dismisses_a_case(verb: Token) -> bool:
    """`asked a federal judge to dismiss the charges`, `lower courts dismiss cases alleging …`: a case dismissed is
    a proceeding ended, not words answered (data/court_dismissals.txt)."""
    return verb.lemma_.lower() == "dismiss" and any(
        child.dep_ == "dobj" and child.lemma_.lower() in word_list("court_dismissals.txt") for child in children(verb))


def _adds_a_count(verb: Token) -> bool:
    """`Jalen Whitaker scored 31 points, Marcus Bell added 18`, `added two goals`: a count added to a score reports
    nothing, whatever clause stands before it."""
    return verb.lemma_.lower() == "add" and any(
        child.dep_ == "dobj" and child.i > verb.i and (child.pos_ == "NUM" or any(c.dep_ == "nummod" for c in children(child)))
        for child in children(verb))


def _through_trailing_attachments(doc: Doc, verb: Token, end: int) -> int:
    """`said he would be honored to serve should the opportunity arise`: the parser often hangs the end of the
    reported clause on the reporting verb; take it along unless punctuation sets it apart, or unless it is a
    report of its own (`Four in 10 said X, while nine in 10 said Y`)."""
    verb_end = verb.right_edge.i + 1
    glued = next((child for child in children(verb) if child.left_edge.i == end and child.dep_ == "conj"), None)
    if verb_end > end and glued is not None and is_cue(glued) and not _set_apart(glued):
        return glued.right_edge.i + 1  # `that she was pleased Ms. Hart had said that …`: one clause, misparsed
    if verb_end <= end or any(doc[i].text in (",", ";", ":", "(", "—", "–") or doc[i].is_quote for i in range(end, verb_end)):
        return end
    if any(doc[i].head.i == verb.i and _second_report(doc[i]) for i in range(end, verb_end)):
        return end
    return verb_end


_CONTRASTING = frozenset(("while", "whereas"))


def _after_an_earlier_report(doc: Doc, clause: Token, verb: Token) -> tuple[int, int] | None:
    """The words a trailing report (`…, the Globe reported`) gives when the parse made a whole report of someone
    else's its content (`In Denver, marchers sang, the Post reported, while in Boston …, the Globe reported`): those
    between that report's verb (its comma and `while` left out) and this one's subject. None when the clause is no
    report with a subject of its own and its own content before it, or nothing is left between."""
    if not is_cue(clause) or not _has_subject(clause) or not any(c.dep_ == "ccomp" and c.i < clause.i for c in children(clause)):
        return None
    subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None or subject.i < clause.i:
        return None
    start, end = clause.i + 1, subject.left_edge.i
    while start < end and (doc[start].is_punct or doc[start].dep_ in ("cc", "mark") or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end - start >= 3 else None


def _second_report(token: Token) -> bool:
    """A report joined to another as its equal (`and one in four said`, `while nine in 10 said`), not one the
    first reports on (`removed the mayor after he suggested …`)."""
    marks = {child.lower_ for child in children(token) if child.dep_ == "mark"}
    joined = (token.dep_ == "conj" and not marks and _set_apart(token)) or (token.dep_ == "advcl" and marks & _CONTRASTING)
    # `agreed that … but that it would add …`: a second complement of the first report, whose `add` is arithmetic
    if joined and token.lemma_.lower() in _SPEECH_VERBS - {"add"} and is_cue(token) and _has_subject(token):
        return True
    return bool(joined) and token.dep_ == "advcl" and _has_subject(token) and _reports_by_participle(token)


def _reports_by_participle(clause: Token) -> bool:
    """`while her rival has soared in the polls by saying that …`, `while the mayor hit back, saying …`: a
    contrasting clause whose subject reports through a participle of speech is that subject's own report."""
    for child in children(clause):
        if child.dep_ == "prep" and child.lower_ == "by":
            participles = [c for c in children(child) if c.dep_ == "pcomp"]
        elif child.dep_ == "advcl" and child.i > clause.i:
            participles = [child]
        else:
            continue
        if any(p.tag_ == "VBG" and p.lemma_.lower() in _SPEECH_VERBS and not _has_subject(p) for p in participles):
            return True
    return False


def _set_apart(token: Token) -> bool:
    """A conjunct report follows `and`, `but` or a comma; right after a word (`was pleased Ms. Hart had said
    that …`) the parser has made a conjunct of a clause the first report contains."""
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return before is not None and (before.dep_ == "cc" or before.is_punct)


def _before_a_second_report(doc: Doc, clause: Token, end: int) -> int:
    """`One in three said the party does not care and one in four said it was hostile`: the parser often joins
    the second report to the first one's content; its speaker is its own subject, so the content stops before it."""
    for joined in children(clause):
        if joined.i > clause.i and _second_report(joined):
            stop = joined.left_edge.i
            while stop > clause.i + 1 and (doc[stop - 1].is_punct or doc[stop - 1].dep_ in ("cc", "mark")):
                stop -= 1
            return min(end, stop)
    return end


def _noun_complement(doc: Doc, noun: Token, owner: list[int], quotes: list[QuoteCandidate]) -> QuoteCandidate | None:
    """`Trump's claim that the vote was rigged`: a reporting noun, its owner and its that-clause."""
    if not any(child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN", "PRON") for child in children(noun)):
        return None
    for child in children(noun):
        if child.dep_ in ("acl", "ccomp", "relcl") and child.i > noun.i:
            if any(c.dep_ == "mark" and c.lower_ == "that" for c in children(child)):
                return _content_candidate(doc, noun, child.left_edge.i, child.right_edge.i + 1, owner, quotes)
    return None


def _voiced_complement(doc: Doc, noun: Token, owner: list[int], quotes: list[QuoteCandidate]) -> QuoteCandidate | None:
    """`made the point that …`, `voiced concern that …`: a reporting noun no one owns, the object of a verb of
    voicing, says what that verb's subject says; the verb is the cue, so its subject (climbing as ever) speaks."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in word_list("voicing_verbs.txt") or verb.i > noun.i:
        return None
    if any(child.dep_ == "poss" for child in children(noun)) or noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "that":
        return None
    if _under_an_expletive(verb):
        return None  # `it becomes harder to make the case that …`: nobody in the sentence makes it
    for clause in children(noun):
        if clause.dep_ in ("acl", "ccomp", "relcl") and clause.left_edge.i == noun.i + 1 and _complement_clause(clause, doc[noun.i + 1]):
            return _content_candidate(doc, verb, clause.left_edge.i, clause.right_edge.i + 1, owner, quotes)
    return None


def _under_an_expletive(verb: Token, reach: int = 3) -> bool:
    """An `it` subject on the verb or a few heads above it: the frame of an expletive, not a speaker."""
    node = verb
    for _ in range(reach):
        if any(child.dep_ == "nsubj" and child.lower_ == "it" for child in children(node)):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _complement_clause(clause: Token, that: Token) -> bool:
    """`the point that the company failed` (`that` marks it), or the same clause with `that` misread as its
    subject beside its real one; not `the point that he made`, a relative clause."""
    if that.dep_ == "mark" and that.head.i == clause.i:
        return True
    subjects = [child for child in children(clause) if child.dep_ in ("nsubj", "nsubjpass")]
    return that.dep_ == "nsubj" and that.head.i == clause.i and len(subjects) >= 2


def _object_before(verb: Token, clause: Token, start: int) -> int:
    for child in children(verb):
        if verb.i < child.i < clause.i:
            if child.dep_ == "dobj":
                return min(start, child.left_edge.i)
            if child.dep_ == "prep" and child.lower_ == "on":
                objects = [grandchild for grandchild in children(child) if grandchild.dep_ == "pobj"]
                if objects:
                    return min(start, objects[0].left_edge.i)
    return start


def _has_subject(verb: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in children(verb))


_ANONYMITY = re.compile(r"^(?:not )?to be (?:named|identified|quoted)|^anonymity"
                        r"|^(?:that )?(?:only )?(?:his|her|their|my|our) (?:full |real |last |first |family |given )?names? (?:not )?be "
                        r"(?:used|published|given|printed|withheld|disclosed)", re.IGNORECASE)  # `asked that her full name not be used`


def _past_cue_date(doc: Doc, verb: Token, start: int, end: int) -> int:
    """`Freeland said Tuesday the deficit would shrink`, `said last week the plan was dead`: a date right after the cue
    that the parse hung on the reported clause is when it was said, not part of what was said."""
    if start != verb.i + 1:
        return start
    i = start
    while i < end and doc[i].ent_type_ == "DATE":
        i += 1
    if i == start or i >= end - 2 or doc[i - 1].dep_ != "npadvmod" or doc[i].is_punct:
        return start
    return i


def _content_candidate(
    doc: Doc, verb: Token, start: int, end: int, owner: list[int], quotes: list[QuoteCandidate], own_words_needed: int = 3,
) -> QuoteCandidate | None:
    if _ANONYMITY.match(span_text(doc, start, min(start + 9, len(doc)))):
        return None  # `asked not to be named` explains the source, it reports nothing
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and owner[end - 1] == -1:
        end -= 1
    start = _past_cue_date(doc, verb, start, end)
    inner = {owner[i] for i in range(start, end) if owner[i] != -1}
    first_word = next((i for i in range(start, end) if not doc[i].is_punct), start)
    if owner[first_word] != -1:
        return None  # the clause opens with the quotation: a direct quote, attributed on its own
    own_words = sum(1 for i in range(start, end) if owner[i] == -1 and not doc[i].is_punct)
    if end - start < 3 or (inner and own_words < own_words_needed):
        return None  # the complement is a direct quote, attributed on its own
    for i in inner:  # a quoted fragment ending the clause takes its final punctuation along
        quote_end = quotes[i].end
        while end < len(doc) and doc[end - 1].idx + len(doc[end - 1]) < quote_end and owner[end] == i:
            end += 1
    starts, ends = token_offsets(doc)  # the clause's characters (start < end <= len(doc) here) without a Span
    start_char, end_char = starts[start], ends[end - 1]
    if any(quotes[i].start < start_char or quotes[i].end > end_char for i in inner):
        return None  # a quote straddles the clause: leave it to the quote's own attribution
    for i in inner:
        quotes[i].keep = False  # quoted fragments inside a reported clause: one mixed quote
    # a closing mark after the last fragment stays outside, like every quotation mark
    return QuoteCandidate(
        pieces=[(start_char, end_char)], kind="mixed" if inner else "indirect", marked=False,
        cue=cue_extent(verb), attribution="indirect",
    )


def _according_to(
    doc: Doc, according: Token, owner: list[int], reach: int, quotes: list[QuoteCandidate], quotation_cues: set[int],
) -> QuoteCandidate | None:
    """The clause `according to X` hangs on, without X; read from the subtrees' edges (the parse is projective)
    within `reach` tokens, so that a giant unpunctuated sentence does not cost its whole length per cue."""
    clause = according.head
    if clause.i == according.i:
        return None
    if clause.i < according.i and clause.i in quotation_cues:
        # `“…,” Ames said, according to a transcript`: the clause before `according to` is a quotation's reporting
        # clause, no words of its own; the quotation is relayed whole (speakers._relayed_by). Before it (`According
        # to the post, Ames said “…”`) the whole sentence is relayed.
        return None
    relative = _relative_just_before(doc, according)
    if relative is not None:
        candidate = _content_candidate(doc, according, relative.left_edge.i, relative.right_edge.i + 1, owner, quotes)
        if candidate is not None:
            candidate.attribution = "according"
        return candidate
    if clause.dep_ == "ccomp" and clause.head.i < according.i and is_cue(clause.head) and _has_subject(clause.head):
        clause = clause.head  # `Kasich said he would have fired him, according to press reports`: the reports relay all of it
    first, last = max(clause.left_edge.i, according.i - reach), min(clause.right_edge.i + 1, according.i + reach)
    own_start, own_end = according.left_edge.i, according.right_edge.i + 1
    tokens = [i for i in range(first, last) if not own_start <= i < own_end and owner[i] == -1]
    if len(tokens) < 3:
        return None
    pieces: list[tuple[int, int]] = []
    run: list[int] = []
    for i in tokens + [None]:
        if run and (i is None or i != run[-1] + 1):
            while run and (doc[run[-1]].is_punct or doc[run[-1]].is_space):
                run.pop()
            while run and (doc[run[0]].is_punct or doc[run[0]].is_space):
                run.pop(0)
            if run:
                pieces.append((doc[run[0]].idx, doc[run[-1]].idx + len(doc[run[-1]])))
            run = []
        if i is not None:
            run.append(i)
    if not pieces:
        return None
    return QuoteCandidate(pieces=pieces, kind="indirect", marked=False, cue=cue_extent(according), attribution="according")


_RELATIVE_CLIMB = 8


def _relative_just_before(doc: Doc, according: Token) -> Token | None:
    """`says it's proof, … delegates, which stood at 263, according to the AP`: `according to` right after a
    relative clause set off by commas vouches for that clause alone, whatever the parser hung it on, and the
    sentence's own report keeps its speaker. The clause is found by climbing from the word before the comma."""
    if according.i < 3 or doc[according.i - 1].text != ",":
        return None
    node = doc[according.i - 2]
    for _ in range(_RELATIVE_CLIMB):
        opener = doc[node.left_edge.i]
        # `…, which the company disputes`: a relative on the whole clause is often parsed as an adverbial
        if node.dep_ == "relcl" or (node.dep_ == "advcl" and opener.head.i == node.i):
            set_off = node.left_edge.i > 0 and doc[node.left_edge.i - 1].text == ","
            if node.right_edge.i == according.i - 2 and set_off and opener.lower_ in _WH_RELATIVES:
                return node
            return None
        if node.head.i == node.i or node.head.i >= according.i:
            return None
        node = node.head
    return None


_WH_RELATIVES = frozenset(("which", "who", "whose", "whom"))
