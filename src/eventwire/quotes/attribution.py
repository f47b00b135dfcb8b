"""Speakers and reported speech read off the dependency parse.

A direct quote's speaker is the subject of the speech verb nearest to it in
its own sentence (or the sentence that follows it at once): "“...,” said X",
"X wrote: “...”", "he said".  Indirect speech is a speech verb's clausal
complement ("X said (that) ...", "..., officials said") or the clause around
"according to X".  Verbs such as "continued" or "laughed" report speech
only in a bare frame beside a quote ("“...,” Graham continued.").  A colon
before a quote gives it to the clause's subject ("Kasich resisted: “...”"), or
to the name before it ("Carl Bialik: “...”"), also from the end of the
paragraph before; a verb of saying with no words of its own gives it the
quoted sentence that follows ("X said in a statement. “...”").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from eventwire.config import active
from eventwire.coref.words import speech_verbs
from eventwire.parse import Parse, Token
from eventwire.quotes.claims import Attribution, Claim
from eventwire.quotes.lexicon import content_verbs, frame_verbs
from eventwire.quotes.marks import Paragraph, QuotedRanges, Segment
from eventwire.quotes.mention import mention_of

_ACTIVE = frozenset({"nsubj"})  # the passive subject of a speech verb is its hearer ("he was told")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RELATIVES = frozenset({"who", "which", "that"})
_TRIM = " \t\r\n,;:\"“”«»„'‘’"


def is_speech_verb(tok: Token, lemmas: frozenset[str] | None = None) -> bool:
    return tok.pos == "VERB" and tok.lemma.lower() in (speech_verbs().lemmas if lemmas is None else lemmas)


#: what a speech verb's complement may be when the content-verb table says nothing more
_SPEECH_COMPLEMENTS = frozenset({"clause", "inf"})


def complement_kinds(tok: Token) -> frozenset[str]:
    """The complements of a verb that carry content attributed to its subject (none: not a cue)."""
    if tok.pos != "VERB":
        return frozenset()
    lemma = tok.lemma.lower()
    kinds = content_verbs().get(lemma, frozenset())
    return kinds | _SPEECH_COMPLEMENTS if lemma in speech_verbs().lemmas else kinds


def _according_object(parse: Parse, tok: Token) -> Token | None:
    """The X of "according to X"."""
    if tok.lower != "according":
        return None
    for to in parse.children(tok.i):
        if to.lower == "to":
            return next((o for o in parse.children(to.i) if o.dep == "pobj"), None)
    return None


def _subject(
    parse: Parse, verb: Token, quoted: QuotedRanges, deps: frozenset[str] = _ACTIVE, depth: int = 0
) -> tuple[Token, bool] | None:
    """Who speaks, and whether that is borrowed from another clause: the verb's subject, the agent
    of a passive ("was announced by X"), the quoted one of "quoted X as saying", or the subject of
    the clause a participle hangs from ("X said ..., adding ...")."""
    own = _own_subject(parse, verb, quoted, deps)
    if own is not None:
        return own, depth > 0
    governor = _clause_governor(parse, verb)
    if governor is None or depth >= active().quotes.max_clause_climb:
        return None
    if verb.dep == "pcomp":
        quoted_one = next((c for c in parse.children(governor.i) if c.dep == "dobj"), None)
        if quoted_one is not None and not quoted.contains(quoted_one.start):
            return quoted_one, True
    return _subject(parse, governor, quoted, _SUBJECTS, depth + 1)


def _own_subject(parse: Parse, verb: Token, quoted: QuotedRanges, deps: frozenset[str]) -> Token | None:
    for child in parse.children(verb.i):
        if quoted.contains(child.start):
            continue
        if child.dep in deps and _governors_object(parse, verb, child):
            continue  # "tweeted her reasoning saying": the parser took the object for the subject
        if child.dep in deps:
            if child.lower in _RELATIVES and verb.dep == "relcl":  # "Smith, who told reporters ..."
                return parse.tokens[verb.head]
            return child
        if child.dep == "agent":
            agent = next((t for t in parse.children(child.i) if t.dep == "pobj"), None)
            if agent is not None:
                return agent
    return None


def _governors_object(parse: Parse, verb: Token, subject: Token) -> bool:
    """'The governor tweeted her reasoning saying, "..."': a participle's subject between it and the
    verb it hangs on, which has no object of its own, is that verb's object: the participle shares
    the verb's subject."""
    if verb.tag != "VBG" or verb.dep != "advcl" or verb.head == verb.i:
        return False
    governor = parse.tokens[verb.head]
    between = governor.i < subject.i < verb.i
    apart = any(t.pos == "PUNCT" for t in parse.tokens[governor.i : subject.i])  # "He left, his aide saying"
    bare = governor.pos == "VERB" and not any(k.dep == "dobj" for k in parse.children(governor.i))
    return between and bare and not apart


def _clause_governor(parse: Parse, verb: Token) -> Token | None:
    """The verb whose subject a subjectless one shares: "X said ..., adding ...", "quoted as saying"."""
    if verb.dep in {"conj", "xcomp", "advcl"} and verb.head != verb.i:
        return parse.tokens[verb.head]
    if verb.dep == "pcomp" and verb.head != verb.i:
        prep = parse.tokens[verb.head]
        return parse.tokens[prep.head] if prep.head != prep.i else None
    return None


def _attribution(
    parse: Parse,
    tok: Token,
    quoted: QuotedRanges,
    lemmas: frozenset[str] | None = None,
    content: bool = False,
) -> Attribution | None:
    """The attribution a token opens, if it is a speech verb (of ``lemmas``) or "according to X";
    with ``content``, also a verb of belief, intention or stance ("believes", "called for")."""
    if quoted.contains(tok.start):
        return None
    source = _according_object(parse, tok)
    if source is not None:
        return Attribution("according to", mention_of(parse, source))
    if (
        not is_speech_verb(tok, lemmas)
        and not (content and complement_kinds(tok))
        and not _puts_it(parse, tok)
    ):
        return None
    found = _subject(parse, tok, quoted)
    if found is None:
        return None
    subject, shared = found
    return Attribution(tok.text, mention_of(parse, subject), shared)


def announced_attribution(
    text: str, parse: Parse, seg: Segment, para: Paragraph, quoted: QuotedRanges
) -> Attribution | None:
    """A quote that opens the sentence after one headed by a verb of saying, in its paragraph, with
    no quote of its own ("Sam Lau said in a statement. “There are no ballots to recount.”", "She
    denied the charge. “I never met him.”"), when nothing else names its speaker: that speaker's
    words."""
    first = _sentence_near(parse, seg.start)
    if first is None or first == 0 or parse.sents[first].start_char < seg.outer_start - 2:
        return None
    if not _whole_sentence(text, seg):  # '"Make America Great Again" resonated with him': a title
        return None
    before = parse.sents[first - 1]
    if before.start_char < para.start:
        return None
    words = parse.sentence_tokens(first - 1)
    if any(quoted.contains(t.start) for t in words):
        return None
    verb = next((t for t in words if t.dep == "ROOT"), None)
    if verb is None or not is_speech_verb(verb):
        return None
    return _attribution(parse, verb, quoted)


def _whole_sentence(text: str, seg: Segment) -> bool:
    """The quote ends a sentence: its last word mark, or the one right after its closing mark."""
    last = text[seg.start : seg.end].rstrip()[-1:]
    return last in ".?!" or text[seg.outer_end : seg.outer_end + 1] in (".", "?", "!")


def _puts_it(parse: Parse, verb: Token) -> bool:
    """'As X put it', 'X put it bluntly', 'X put it this way': "put it" with no place and no particle
    is a verb of saying ("put it on the table", "put it off" are not)."""
    if verb.pos != "VERB" or verb.lemma.lower() != "put":
        return False
    kids = list(parse.children(verb.i))
    it = any(k.dep == "dobj" and k.lower == "it" for k in kids)
    return it and not any(k.dep in ("prep", "prt", "dative") for k in kids)


# -- direct quotes ---------------------------------------------------------------------------------


def direct_attribution(
    parse: Parse, seg: Segment, para: Paragraph, quoted: QuotedRanges
) -> Attribution | None:
    """The speaker and cue of a quoted passage, from the sentences around it."""
    context = list(_context_tokens(parse, seg, para))
    governors = _governors(parse, seg, context)
    lemmas = speech_verbs().lemmas | frame_verbs() if _bare_frame(context, quoted) else None
    best: tuple[tuple[int, bool, int], Attribution] | None = None
    for tok in context:
        # "Phillips called it "the beginning of a new Republican era"": a quote a verb of naming
        # takes as what it calls something is its subject's words
        naming = tok.i in governors and "predicate" in complement_kinds(tok)
        found = _attribution(parse, tok, quoted, lemmas, content=naming)
        if found is None:
            continue
        distance = min(abs(tok.start - seg.outer_end), abs(seg.outer_start - tok.end))
        rank = (0 if tok.i in governors else 1, found.shared, distance)
        if best is None or rank < best[0]:
            best = (rank, found)
    return best[1] if best else None


#: entity types of names that are no speaker before a colon ("in Berlin in 1987: ...")
_NO_SPEAKERS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})


def colon_attribution(text: str, parse: Parse, seg: Segment) -> Attribution | None:
    """A quote that a name and a colon open ("Carl Bialik: “One of the biggest lessons ...”",
    "Clinton: "Our goal is ..."", "doesn't surprise Republican pollster Daron Shaw: “...”"):
    the name's words, when no verb of saying nearer names a speaker."""
    last = _before_colon(text, parse, seg)
    if last is None or last.pos != "PROPN" or last.ent_type in _NO_SPEAKERS:
        return None
    return Attribution(":", mention_of(parse, last))


#: personal pronouns that may name a speaker
_PERSONS = frozenset({"i", "we", "he", "she", "they"})


def colon_clause_attribution(
    text: str, parse: Parse, seg: Segment, para: Paragraph, paragraph_before: bool = False
) -> Attribution | None:
    """A quote that a colon opens after someone's clause ("Kasich resisted: “...”", "he contrasted
    Trump with Clinton: “...”"): its subject's words, a verb of saying or of a line said in turn its
    cue ("Wallnau continues: “...”").  With ``paragraph_before``, a colon that ends the paragraph
    before the quote's ("17-year-old Jared Potts echoed:", then the quote), which
    ``direct_attribution`` does not see; else one in the quote's paragraph, where a verb of saying
    is left to ``direct_attribution``.  A subject that names no one (a poll, "it") gives none."""
    last = _before_colon(text, parse, seg)
    if last is None or (last.end <= para.start) != paragraph_before:
        return None
    colon = last.end
    # the outermost verb before the colon: "Another said he hoped that Trump wins:" is said
    chain = [last, *parse.ancestors(last.i)]
    verb = next((t for t in reversed(chain) if t.pos in ("VERB", "AUX") and t.start < colon), None)
    if verb is None or (is_speech_verb(verb) and not paragraph_before):
        return None
    # a verb joined to another shares its subject ("Perez attacked Trump and contrasted ...")
    subject = _nsubj(parse, verb, colon) or _nsubj(parse, parse.first_conjunct(verb.i), colon)
    if subject is None or not _names_someone(subject):
        return None
    cue = verb.text if is_speech_verb(verb, speech_verbs().lemmas | frame_verbs()) else ":"
    return Attribution(cue, mention_of(parse, subject))


def _nsubj(parse: Parse, verb: Token, before: int) -> Token | None:
    """The verb's subject, before ``before`` (the colon)."""
    return next((k for k in parse.children(verb.i) if k.dep == "nsubj" and k.start < before), None)


#: entity types of a name that is no one's, even as a subject
_NO_ONE = frozenset({"DATE", "TIME", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})


def _names_someone(tok: Token) -> bool:
    """A personal pronoun, or a name ("Kasich", "Russia": a state speaks through its officials)."""
    if tok.pos == "PRON":
        return tok.lower in _PERSONS
    return tok.ent_type == "PERSON" or (tok.pos == "PROPN" and tok.ent_type not in _NO_ONE)


def _before_colon(text: str, parse: Parse, seg: Segment) -> Token | None:
    """The word before a colon that the quote follows at once, in its paragraph or at the end of
    the paragraph before ("Wallnau continues:", then the quote on a line of its own)."""
    k = seg.outer_start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k < 2 or text[k - 1] != ":":
        return None
    return parse.token_at_char(k - 2)


def _bare_frame(context: list[Token], quoted: QuotedRanges) -> bool:
    narrated = [t for t in context if t.pos != "PUNCT" and not quoted.contains(t.start)]
    return len(narrated) <= active().quotes.max_frame_words


def _governors(parse: Parse, seg: Segment, context: list[Token]) -> set[int]:
    """Tokens that govern some token of the quoted passage."""
    out: set[int] = set()
    for tok in context:
        if seg.start <= tok.start < seg.end:
            out.update(a.i for a in parse.ancestors(tok.i))
    return out


def _context_tokens(parse: Parse, seg: Segment, para: Paragraph) -> Iterator[Token]:
    for k in _context_sentences(parse, seg, para):
        for tok in parse.sentence_tokens(k):
            if para.start <= tok.start < para.end:
                yield tok


def _context_sentences(parse: Parse, seg: Segment, para: Paragraph) -> list[int]:
    first = _sentence_near(parse, seg.start)
    last = _sentence_near(parse, max(seg.start, seg.end - 1))
    if first is None or last is None:
        return []
    found = list(range(first, last + 1))
    after = last + 1
    if after < len(parse.sents) and _runs_on(parse, seg, after):
        found.append(after)  # "“...” | he said." split into two sentences
    before = first - 1
    if (
        before >= 0
        and _ends_with_colon(parse, before)
        and parse.sents[first].start_char >= seg.outer_start - 2
    ):
        found.insert(0, before)  # "He said: | “...”"
    return found


def _runs_on(parse: Parse, seg: Segment, k: int) -> bool:
    """The sentence starts right after the quote, with no full stop between them."""
    gap = [
        t for t in parse.tokens[parse.sents[k - 1].start : parse.sents[k].start] if t.start >= seg.outer_end
    ]
    near = parse.sents[k].start_char - seg.outer_end <= 2
    return near and not any(t.text in {".", "!", "?"} for t in gap)


def _ends_with_colon(parse: Parse, k: int) -> bool:
    tokens = parse.sentence_tokens(k)
    return bool(tokens) and tokens[-1].text in {":", ","}


def _sentence_near(parse: Parse, pos: int) -> int | None:
    k = parse.sentence_at_char(pos)
    if k is not None:
        return k
    return next((j for j, s in enumerate(parse.sents) if s.start_char >= pos), None)


# -- indirect speech -------------------------------------------------------------------------------


def indirect_claims(text: str, parse: Parse, quoted: QuotedRanges, paras: list[Paragraph]) -> list[Claim]:
    """Reported speech: "X said (that) ...", "..., X said", "according to X, ..."."""
    claims: list[Claim] = []
    para_starts = [p.start for p in paras]
    for tok in parse.tokens:
        attribution = _attribution(parse, tok, quoted, content=True)
        if attribution is None:
            continue
        para = paras[max(0, bisect_right(para_starts, tok.start) - 1)]
        words = [t for t in _reported_words(parse, tok) if para.start <= t.start < para.end]
        if not words:
            continue
        span = _trimmed(text, words[0].start, words[-1].end)
        if span is not None and quoted.covering(*span) is None and _long_enough(words):
            claims.append(Claim(span[0], span[1], False, attribution))
    return claims


def _reported_words(parse: Parse, tok: Token) -> list[Token]:
    if tok.lower == "according":
        phrase = {t.i for t in parse.subtree(tok.i)}
        sentence = parse.sentence_tokens(tok.sent)
        return _strip_edges([t for t in sentence if t.i not in phrase])
    kinds = complement_kinds(tok)
    clause = next((c for c in parse.children(tok.i) if c.dep == "ccomp"), None)
    if clause is not None and "clause" in kinds:
        return _strip_edges(parse.subtree(clause.i))
    if tok.dep == "parataxis" and tok.head != tok.i and is_speech_verb(tok):
        return _parenthetical(parse, tok)
    parts = _complements(parse, tok, kinds)
    if not parts:
        return []
    inside = [t.i for part in parts for t in parse.subtree(part.i)]
    return _strip_edges(parse.tokens[min(inside) : max(inside) + 1])


def _parenthetical(parse: Parse, verb: Token) -> list[Token]:
    """ "Climate change, Mr. Obama often says, is the greatest threat": the clause around the frame."""
    frame = {t.i for t in parse.subtree(verb.i)}
    return _strip_edges([t for t in parse.subtree(verb.head) if t.i not in frame])


def _complements(parse: Parse, verb: Token, kinds: frozenset[str]) -> list[Token]:
    """The verb's complements (after it) of the kinds that carry its content: "plans [to run]",
    "proposed [new tariffs]", "called for [an inquiry]", "called [the senator a nasty guy]"."""
    after = [c for c in parse.children(verb.i) if c.i > verb.i]
    named = any(c.dep == "oprd" for c in after)
    out: list[Token] = []
    for c in after:
        if c.dep == "prep" and c.lower in kinds:
            out += [o for o in parse.children(c.i) if o.dep in {"pobj", "pcomp"}]
        elif _carries(parse, c, kinds, named):
            out.append(c)
    return out


def _carries(parse: Parse, c: Token, kinds: frozenset[str], named: bool) -> bool:
    if c.dep == "xcomp":
        return "inf" in kinds and any(a.lower == "to" for a in parse.children(c.i))
    if c.dep == "dobj":
        return "object" in kinds or ("predicate" in kinds and _names(parse, c, named))
    return c.dep == "oprd" and "predicate" in kinds


def _names(parse: Parse, obj: Token, named: bool) -> bool:
    """An object with what it is called beside it: "called [the senator] [a nasty guy]"."""
    return named or any(c.dep in {"appos", "oprd"} for c in parse.children(obj.i))


def _strip_edges(tokens: list[Token]) -> list[Token]:
    """Without the complementiser ("that") and punctuation at either end."""
    while tokens and (tokens[0].pos == "PUNCT" or (tokens[0].dep == "mark" and tokens[0].lower == "that")):
        tokens = tokens[1:]
    while tokens and tokens[-1].pos == "PUNCT":
        tokens = tokens[:-1]
    return tokens


def _long_enough(words: list[Token]) -> bool:
    return sum(1 for t in words if t.pos != "PUNCT") >= active().quotes.min_reported_words


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return (start, end) if start < end else None
