"""Asserted, negated or uncertain: what the words around a trigger say of it.

A trigger is *negated* by a negation on itself or its auxiliaries ("did not
attack", "no attacks", "failed to pass", "has yet to arrest"), or by a party that is no one
("no one was arrested", "arrested nobody", "neither the army nor the police is preventing"),
and *uncertain* when a modal, a verb of intention or demand, a forecast adjective or a
condition governs it ("would withdraw", "plans to attack", "a resumption in attacks is
probable", "if they attack", "is to be sentenced").  Cues are data (``data/cues.tsv``).
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.events.arguments import (
    DOING_VERBS,
    MAKING_REQUESTS,
    NO_ONE,
    REGARDING_VERBS,
    TELLING_VERBS,
    child,
    content_that,
    ranked,
    tells_of,
)
from eventwire.events.lexicon import (
    INSTEAD_OF,
    determined,
    lemma_of,
    match_trigger,
    modality_cues,
    verb_only_cues,
    words_at,
)
from eventwire.model import Modality
from eventwire.parse import Parse, Token

#: how far up the tree a governing cue may sit
MAX_CLIMB = 4
#: links through which a governing word's mood passes down to the trigger
GOVERNED = (
    "xcomp", "ccomp", "pobj", "dobj", "prep", "nsubj", "nsubjpass", "acl", "advcl", "conj", "pcomp", "attr",
)  # fmt: skip
OWN_CUES = ("neg", "aux", "auxpass", "mark", "det", "advmod", "acomp")
#: subordinators of a clause told as fact whatever governs it: "expected to begin after police
#: arrested him", "plans to resign because the court convicted him"
FACTIVE_MARKS = frozenset({"after", "before", "since", "because", "when", "while", "as", "once"})
#: of them, those that give a cause, told as fact in any tense: "cannot release his taxes because he
#: is being audited" (a cause to come has its own cue: "because he will be arrested")
CAUSAL_MARKS = frozenset({"because"})
#: phrasal verbs that are cues themselves (any other particle makes a cue word another verb)
PHRASAL_CUES = {("call", "off"): "negated", ("put", "off"): "uncertain", ("hold", "off"): "negated"}
#: condition markers that turn a stated intent into an ultimatum
ULTIMATUM_MARKS = ("unless",)


@dataclass(frozen=True)
class Cue:
    """What decided an event's modality: the kind of cue and the word that carries it."""

    kind: str  # "negated", "uncertain", "intent" (the source commits itself), "demand" or "claim"
    token: Token

    @property
    def modality(self) -> Modality:
        return "negated" if self.kind == "negated" else "uncertain"


def modality_of(parse: Parse, trigger: Token) -> Modality:
    cue = governing_cue(parse, trigger)
    return cue.modality if cue is not None else "asserted"


def governing_cue(parse: Parse, trigger: Token) -> Cue | None:
    """The nearest cue on the trigger or on a word that governs it, or None when asserted."""
    if trigger.pos == "ADJ" and trigger.dep == "acomp" and trigger.head != trigger.i:
        return governing_cue(parse, parse.tokens[trigger.head])  # "was not critical of": the copula's
    own = (
        _reported_clause(parse, trigger)
        or _imperative(parse, trigger)
        or _nobody(parse, trigger)  # "neither X nor Y would endorse", "nobody to arrest them": no one
        or _voted_departure(parse, trigger)
        or _bare_infinitive_cue(parse, trigger)
        or _for_to_cue(parse, trigger)
        or _topic_gerund(parse, trigger)
        or _question(parse, trigger)
        or _short_of(parse, trigger)
        or _instead_of(parse, trigger)
        or _near_doing(parse, trigger)
        or _argued_over(parse, trigger)
        or _own_cue(parse, trigger)
        or _yet_to(parse, trigger)
        or _degree(parse, trigger)
        or _conjunct_cue(parse, trigger)
    )
    if own is not None:
        return own
    if _answered(parse, trigger):
        return None  # "did not accede to protesters' demands": the demands were made
    if _be_to(parse, trigger):
        # "is to be sentenced in June", "are to meet next week": an arrangement, not yet done
        return Cue("uncertain", parse.tokens[trigger.head])
    if trigger.dep == "csubj" and trigger.tag == "VBG":
        # a gerund as a clause's subject names a kind of act, not one done: "executing him would
        # not bring her back", "killing civilians is a crime"
        return Cue("uncertain", parse.tokens[trigger.head])
    tok = trigger
    for _ in range(MAX_CLIMB):
        if _shares_mood(parse, tok) or _gives_cause(parse, tok):
            # "seeks to retake control and reimpose ...": one cue governs both; "cannot release his
            # taxes because he is being audited": the cause of what is denied is not denied, so the
            # climb passes the head's own cue
            tok = parse.tokens[tok.head]
            continue
        if tok.head == tok.i or tok.dep not in GOVERNED or tok.dep == "conj" or _told_as_past(parse, tok):
            break
        head = parse.tokens[tok.head]
        if _act_given(parse, tok, trigger, head):
            break
        if (
            _before_colon(parse, tok, head)
            or _fact_of(tok, head)
            or _no_trouble(parse, head)
            or _words_offered(tok, head)
            or _ranked_doer(parse, tok, head)
        ):
            # "X responded, attacking the subpoena: "they have failed ..."": what the colon introduces
            # does not govern the clause before it, whatever the parser hung;
            # "ought to respect the fact that he apologized": he did; "had no trouble breaking with
            # his boss in endorsing Ryan": he did endorse him
            break
        cue = (
            _head_cue(parse, head)
            or _capacity_denied(parse, head, tok)
            or _subject_cue(parse, head, tok)
            or _ordered_to(head, tok)
            or _negated_frame(parse, head, tok)
            or _noun_before_infinitive(parse, head, tok)
        )
        if cue is not None and not _denied_of_subject(cue, head, tok):
            return cue
        tok = head
    return None


def _act_given(parse: Parse, tok: Token, trigger: Token, head: Token) -> bool:
    """The climb from the trigger stops at ``tok``: the act was done, whatever governs what is above
    ("could follow last week's bombings", "refused to condemn the attack", "did not retaliate after
    the bombing")."""
    at_trigger = tok.i == trigger.i and (_dated_past(parse, tok) or _presupposed(parse, tok, head))
    return at_trigger or _given_by(parse, tok)


#: prepositions whose object is given as fact whatever the clause they open says ("despite")
CONCESSIVE = frozenset({"despite", "notwithstanding"})
#: prepositions of time whose definite object is given as done ("after the bombing", "since the
#: shooting"); not "before" or "until", whose act may never come
SINCE_ACTS = frozenset({"after", "since", "following", "amid", "during"})
#: prepositions of a topic, whose definite object is given as done ("turmoil over his attacks on a
#: judge", "questions about the bombing"); not "for", whose object may be asked for ("called for his
#: arrest")
TOPIC_ACTS = frozenset({"over", "about"})


def _given_by(parse: Parse, prep: Token) -> bool:
    """'Despite a month of sharpened attacks, he failed to dent her lead', 'did not retaliate after
    the bombing', 'will seek to move past the turmoil over his attacks': the mood of the clause stops
    at a concessive, temporal or topic phrase, whose act was done ("may retaliate after an attack"
    leaves an indefinite one open)."""
    if prep.dep != "prep" or prep.head == prep.i:
        return False
    if prep.lower in CONCESSIVE:
        return True
    governed = child(parse, prep, "pobj")
    return prep.lower in SINCE_ACTS | TOPIC_ACTS and governed is not None and determined(parse, governed)


#: types of verbs that judge an act their object names ("condemned the attack", "praised the deal")
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT"})


def _presupposed(parse: Parse, noun: Token, verb: Token) -> bool:
    """'Refused to condemn the attack', 'is reluctant to call the attack an act of terrorism',
    'hesitant to link the attack to terrorism': a definite act noun that a verb of telling, weighing
    or judging takes as its object is given as done; a cue above that verb governs the telling,
    not the act ("would condemn an attack on Iran" leaves the attack a possibility).  A verb that
    claims the act or denies it keeps its own say ("blamed Iran for the attack")."""
    if noun.pos != "NOUN" or noun.dep != "dobj" or verb.pos != "VERB" or not determined(parse, noun):
        return False
    if modality_cues().get(lemma_of(verb)) == "claim" or lemma_of(verb) == "deny":
        return False  # "attributed the bombing to ETA", "denied the attack": what is claimed or denied
    if any(k.dep == "prt" for k in parse.children(verb.i)):
        return False  # "called off the attack": another verb
    if lemma_of(verb) in TELLING_VERBS | REGARDING_VERBS:
        return True
    judging = match_trigger(parse, verb)
    return judging is not None and judging.plover in JUDGING_TYPES


#: nouns whose "that" clause is given as true, whatever governs the noun ("the fact that he apologized")
FACTS = frozenset({"fact"})
#: nouns of trouble or doubt in doing something: with "no" the act was done with ease ("had no trouble
#: endorsing him", "showed no hesitation in firing them")
TROUBLES = frozenset(
    {"trouble", "difficulty", "problem", "qualm", "hesitation", "hesitancy", "compunction", "scruple"}
)


#: what is given in the offering of it: words ("offered an apology", "offered strident defenses of
#: Lewandowski"); aid, talks, a deal or a resignation offered are proposed, not yet given
OFFERED_WORDS = frozenset(
    {"apology", "defense", "defence", "praise", "thanks", "condolence", "congratulation", "criticism",
     "tribute", "rebuttal", "endorsement", "word"}
)  # fmt: skip


#: adjectives of being able or free to do something: negated, the act is not done (being willing,
#: ready or prepared are intent cues of their own, read before: cues.tsv, intent_denied)
CAPACITIES = frozenset({"able", "allowed", "permitted", "free"})


def _capacity_denied(parse: Parse, adjective: Token, via: Token) -> Cue | None:
    """'He is not able to endorse Trump', 'was not allowed to visit': the copula's negation denies the
    capacity, and the act its infinitive names is not done. A capacity only held or wished for names
    no act done either: "should be able to be sued", "will be free to leave", "is allowed to
    protest" (uncertain); "was able to escape" says it was done."""
    if via.dep != "xcomp" or adjective.dep != "acomp" or lemma_of(adjective) not in CAPACITIES:
        return None
    if adjective.head == adjective.i:
        return None
    copula = parse.tokens[adjective.head]
    negation = child(parse, copula, "neg")
    if negation is not None:
        return Cue("negated", negation)
    if copula.tag in ("VBZ", "VBP") and child(parse, copula, "aux") is None:
        return Cue("uncertain", adjective)
    return _own_cue(parse, copula)


def _ranked_doer(parse: Parse, clause: Token, noun: Token) -> bool:
    """'Sessions is not the only Republican to endorse Trump', 'the first senator to endorse him': an
    act told of someone ranked by it is done, whatever negates the ranking (the parser may hang the
    infinitive on the copula: "is not the only Republican [to endorse]")."""
    if clause.dep not in ("acl", "advcl") or parse.infinitive_to(clause.i) is None:
        return False
    if clause.dep == "advcl" and lemma_of(noun) == "be":
        noun = child(parse, noun, "attr") or noun
    return noun.pos in ("NOUN", "PROPN", "PRON") and ranked(parse, noun)


def _words_offered(noun: Token, verb: Token) -> bool:
    """'Offered strident defenses of Lewandowski': words offered are said, an act done."""
    return (
        noun.dep == "dobj"
        and verb.pos == "VERB"
        and lemma_of(verb) == "offer"
        and lemma_of(noun) in OFFERED_WORDS
    )


def _before_colon(parse: Parse, clause: Token, head: Token) -> bool:
    """The clause comes before a colon and the word it hangs on after it."""
    return head.i > clause.i and any(t.text == ":" for t in parse.tokens[clause.i : head.i])


def _no_trouble(parse: Parse, noun: Token) -> bool:
    """'no trouble', 'no qualms': the negation denies the trouble, not the act it governs."""
    return (
        noun.pos == "NOUN"
        and lemma_of(noun) in TROUBLES
        and any(k.dep == "det" and k.lower == "no" for k in parse.children(noun.i))
    )


def _fact_of(clause: Token, noun: Token) -> bool:
    """The clause is the content of "the fact": told as having happened (a factive noun)."""
    return clause.dep in ("acl", "relcl", "ccomp") and noun.pos == "NOUN" and lemma_of(noun) in FACTS


#: nouns whose "that" clause tells what someone says happened, not that it did
REPORTED = frozenset(
    {"claim", "report", "rumor", "rumour", "speculation", "suggestion", "assertion", "allegation",
     "accusation", "charge", "suspicion", "contention"}
)  # fmt: skip


def _reported_clause(parse: Parse, trigger: Token) -> Cue | None:
    """'Police are investigating claims that the officer beat a prisoner', 'reports that troops
    shelled the village', 'the rumor that the army attacked the town', 'an allegation he assaulted
    his wife': an act in what a claim, a
    report or a rumour says is alleged, not told as done (the guidelines: an unproven allegation is
    uncertain).  The parser may read the "that" as a relative pronoun, or read a clause with no
    "that" as a relative clause; the clause is then still the noun's content when its verb has an
    object of its own."""
    if trigger.dep not in ("acl", "relcl") or trigger.head == trigger.i:
        return None
    noun = parse.tokens[trigger.head]
    if noun.pos != "NOUN" or lemma_of(noun) not in REPORTED:
        return None
    kids = parse.children(trigger.i)
    marked = any(k.dep == "mark" and k.lower == "that" for k in kids)
    # "an allegation he assaulted his wife": no "that", and the verb's object is its own, no gap
    bare = not any(k.tag in ("WDT", "WP", "WP$") or k.lower == "that" for k in kids) and any(
        k.dep == "dobj" for k in kids
    )
    return Cue("claim", noun) if marked or bare or content_that(parse, trigger) is not None else None


def _denied_of_subject(cue: Cue, head: Token, via: Token) -> bool:
    """'The ceasefire prevented a new war', 'the talks failed': a verb that denies its object or its
    clause does not deny its subject, which was there to do so; nor does a negated verb ('the
    investigation did not result in charges': there was an investigation), unless it says whether
    the act took place at all ('the attack never happened', 'the talks did not go ahead')."""
    if cue.kind != "negated" or via.dep not in ("nsubj", "csubj"):
        return False
    negation = cue.token.dep == "neg" and cue.token.head == head.i and lemma_of(head) not in OCCURRING
    return cue.token.i == head.i or negation


#: verbs that say whether an act took place: their negation denies their subject
OCCURRING = frozenset(
    {"happen", "occur", "take", "go", "proceed", "materialize", "materialise", "begin", "start",
     "come", "exist", "resume"}
)  # fmt: skip


def _for_to_cue(parse: Parse, trigger: Token) -> Cue | None:
    """'campaigning for Britain to leave the European Union', 'it is time for the army to withdraw':
    an infinitive with a subject of its own after "for" names an act wished, sought or planned, not
    one done.  Time taken is told as fact ("it took hours for police to arrest him"), and an
    adjective may judge an act done ("it was inappropriate for Ginsburg to criticize Trump")."""
    if trigger.pos != "VERB" or parse.infinitive_to(trigger.i) is None:
        return None
    kids = parse.children(trigger.i)
    mark = next((k for k in kids if k.dep == "mark" and k.lower == "for"), None)
    if mark is None or child(parse, trigger, "nsubj", "nsubjpass") is None:
        return None
    head = parse.tokens[trigger.head]
    adjective = head if head.pos == "ADJ" else child(parse, head, "acomp")
    judged = adjective is not None and not _of_ease(adjective)
    return None if lemma_of(head) == "take" or judged else Cue("uncertain", mark)


#: adjectives of how hard, likely or needed an act is, which say nothing of its being done ("it
#: becomes harder for the Republicans to attack Obama", "it is vital for the army to withdraw");
#: "impossible" denies it (the negations of the cue table)
EASE = frozenset(
    {"hard", "difficult", "easy", "tough", "simple", "possible", "likely", "unlikely",
     "necessary", "important", "essential", "vital", "crucial", "urgent", "imperative", "time"}
)  # fmt: skip


def _of_ease(adjective: Token) -> bool:
    """The adjective tells how hard, likely or needed the act is, or compares ("harder")."""
    return lemma_of(adjective) in EASE or adjective.tag == "JJR"


#: verbs whose gerund is an option weighed or an act imagined, not one done ("discussed imposing
#: sanctions", "joked about shooting him")
WEIGHING = frozenset({"discuss", "debate", "mull", "weigh", "contemplate", "ponder", "float"})
IMAGINING = frozenset({"joke", "fantasize", "fantasise", "dream"})
#: nouns of a stance held on or about an act: the act is a kind of act talked of, not one done ("his
#: position on banning Muslims"; not "in the awkward position of arresting his aide")
STANCES = frozenset({"position", "stance", "view", "opinion", "attitude"})
#: nouns of a platform or question that has an act as its topic, also with "of" ("a campaign
#: platform of deporting illegal aliens", "the question of arresting him"); not a policy, which is
#: carried out ("instituted a policy of confiscating land")
PROGRAMMES = frozenset({"platform", "idea", "issue", "question", "debate", "topic"})
#: texts that provide for acts ("amendments ... for sentencing", "a bill for banning")
TEXTS = frozenset(
    {"amendment", "bill", "law", "legislation", "proposal", "plan", "measure", "provision", "resolution",
     "motion", "draft", "decree", "reform", "code"}
)  # fmt: skip


def _topic_gerund(parse: Parse, trigger: Token) -> Cue | None:
    """'The ministers discussed imposing sanctions on Iran', 'discusses burying guns and shooting
    federal agents', 'joked about shooting him', 'his position on banning Muslims': a gerund with no
    subject of its own, the topic of a verb of weighing or imagining or of a stance or platform
    (STANCES, PROGRAMMES), is an option, a fancy or a view, not an act done."""
    if trigger.tag != "VBG" or child(parse, trigger, "nsubj", "nsubjpass") is not None:
        return None
    first = parse.first_conjunct(trigger.i)
    head = parse.tokens[first.head]
    if first.dep in ("xcomp", "dobj", "ccomp", "advcl") and lemma_of(head) in WEIGHING:
        return Cue("uncertain", head)
    if first.dep != "pcomp" or head.head == head.i:
        return None
    governor = parse.tokens[head.head]
    imagined = head.lower == "about" and lemma_of(governor) in IMAGINING
    noun = lemma_of(governor) if governor.pos == "NOUN" else None
    stance = (noun in STANCES and head.lower in ("on", "about")) or (
        noun in PROGRAMMES and head.lower in ("on", "about", "of")
    )
    # "amendments to the penal code for sentencing up to 30 years", "the law provides for deporting":
    # what a text provides for is its content, not an act done
    provided = head.lower == "for" and (noun in TEXTS or lemma_of(governor) == "provide")
    return Cue("uncertain", governor) if imagined or stance or provided else None


def _negated_frame(parse: Parse, head: Token, via: Token) -> Cue | None:
    """'It is impossible to investigate them', 'it was impossible for police to arrest him', 'has
    done little to fight extremists': the clause of a negating adjective ("impossible", "unable")
    hung on its verb, or of doing little or nothing, is not done."""
    if via.dep not in ("xcomp", "advcl"):
        return None
    for k in parse.children(head.i):
        if k.dep == "acomp" and modality_cues().get(lemma_of(k)) == "negated":
            return Cue("negated", k)
        if k.dep == "dobj" and k.lower in ("little", "nothing") and lemma_of(head) == "do":
            return Cue("negated", k)  # "has done little to fight extremists", "did nothing to stop it"
    return None


def _noun_before_infinitive(parse: Parse, head: Token, via: Token) -> Cue | None:
    """'decried Trump's calls to ban all Muslims', 'applying for permits to march': the parser hangs
    the infinitive on the verb, but it completes the noun of asking, planning or leave just before
    it, and is not (yet) done."""
    to = parse.infinitive_to(via.i) if via.dep in ("xcomp", "advcl") else None
    if to is None:
        return None
    # the object, or a preposition's object ("applying for permits to march"), just before "to"
    nouns = [k for k in parse.children(head.i) if k.dep == "dobj"]
    nouns += [
        g for k in parse.children(head.i) if k.dep == "prep" for g in parse.children(k.i) if g.dep == "pobj"
    ]
    noun = next((k for k in nouns if k.i == to.i - 1), None)
    if (
        noun is None
        or noun.pos != "NOUN"
        or modality_cues().get(lemma_of(noun)) not in ("uncertain", "intent", "demand")
    ):
        return None
    return Cue("uncertain", noun)


#: verbs of command whose infinitive is what is commanded, not yet done ("ordered troops to withdraw");
#: what they take as an object is the act ("ordered the arrest of the mayor")
COMMANDS = frozenset({"order", "command"})


def _ordered_to(head: Token, via: Token) -> Cue | None:
    """'ordered the troops to withdraw', 'were ordered to leave': the order is given, the act not
    yet done."""
    if via.dep == "xcomp" and head.pos == "VERB" and lemma_of(head) in COMMANDS:
        return Cue("uncertain", head)
    return None


#: links that bind a clause's own subject or tense
OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl"})


def _conjunct_cue(parse: Parse, tok: Token) -> Cue | None:
    """A verb joined to another of the same form, with no subject or auxiliary of its own, shares
    the auxiliaries and negation of the first: "would end the emergency and ease sanctions", "would
    have stayed and tortured him", "did not arrest or charge anyone"; and the reading of the first's
    infinitive: "a desire to try, convict and shoot her" is no more done for its second verb."""
    if not _same_clause_conjunct(parse, tok):
        return None
    first = _first_verb(parse, tok)
    return (
        _own_cue(parse, first)
        or _bare_infinitive_cue(parse, first)
        or _neither_alone(parse, first)
        or _conjunct_cue(parse, first)
    )


def _first_verb(parse: Parse, conjunct: Token) -> Token:
    """The verb a conjunct is joined to; for one joined to a predicate adjective, its copula
    ("should be grateful and even agree to help": "be")."""
    first = parse.tokens[conjunct.head]
    if first.pos == "ADJ" and first.dep == "acomp" and first.head != first.i:
        return parse.tokens[first.head]
    return first


def _same_clause_conjunct(parse: Parse, tok: Token) -> bool:
    if tok.dep != "conj" or tok.head == tok.i or tok.pos != "VERB":
        return False
    first = _first_verb(parse, tok)
    if first.pos not in ("VERB", "AUX") or _form(tok) != _form(first):
        return False
    # "want Germany to do more and to broaden deployments": a second "to" is the first's again
    shared_to = parse.infinitive_to(first.i) is not None
    return not any(
        k.dep in OWN_CLAUSE and not (shared_to and k.dep == "aux" and k.lower == "to")
        for k in parse.children(tok.i)
    )


def _form(verb: Token) -> str:
    """A verb's form; a past tense and a past participle are one form: a subjectless "tortured"
    after "would have stayed and" is the tagger's VBD for the participle; so are the base form and
    the plain present, which English spells alike ("should be grateful and even agree", VBP)."""
    return {"VBD": "VBN", "VBP": "VB"}.get(verb.tag, verb.tag)


def _shares_mood(parse: Parse, tok: Token) -> bool:
    """A verb joined to another of the same form, with no subject or auxiliary of its own, is
    governed as its first conjunct is: "accused of crossing state lines and shooting two people",
    "seeks to retake control and reimpose order".  "threatened to attack and then attacked" does not
    share it: the second verb has its own tense."""
    if not _same_clause_conjunct(parse, tok):
        return False
    first = parse.tokens[tok.head]
    return first.dep in GOVERNED and first.dep != "conj"


#: links by which a clause's complement hangs on its verb
COMPLEMENTS = frozenset({"dobj", "attr", "prep", "xcomp", "oprd"})


def _subject_cue(parse: Parse, verb: Token, via: Token) -> Cue | None:
    """A plan or a demand as the subject of the clause that holds the act: "their demands include
    an investigation", "the plan was to arrest him": what they contain is not (yet) done."""
    if via.dep not in COMPLEMENTS or verb.pos not in ("VERB", "AUX"):
        return None
    for k in parse.children(verb.i):
        kind = modality_cues().get(lemma_of(k))
        if k.dep in ("nsubj", "nsubjpass") and k.pos == "NOUN" and kind in ("uncertain", "intent", "demand"):
            return Cue("uncertain", k)
    return None


def _told_as_past(parse: Parse, clause: Token) -> bool:
    """An adverbial clause in the past tense opened by a temporal or causal subordinator ("after
    police arrested him"): the mood of the clause above does not reach it."""
    kids = parse.children(clause.i)
    head = parse.tokens[clause.head]
    if clause.dep == "pcomp" and head.lower in FACTIVE_MARKS:  # "after being arrested, he refused"
        return _past_participle_clause(parse, clause, parse.tokens[head.head])
    if clause.dep != "advcl":
        return False
    past = clause.tag == "VBD" or _perfect_past(parse, clause) or _past_participle_clause(parse, clause, head)
    return past and any(k.dep in ("mark", "advmod") and k.lower in FACTIVE_MARKS for k in kids)


def _gives_cause(parse: Parse, clause: Token) -> bool:
    """A clause giving a cause ("because he is being audited"): what denies or doubts the clause it
    explains does not reach it ("cannot release his taxes because ..."), what frames both does
    ("claims he cannot because ...")."""
    kids = parse.children(clause.i)
    return clause.dep == "advcl" and any(k.dep == "mark" and k.lower in CAUSAL_MARKS for k in kids)


#: modifiers that date an act noun before the time of telling ("the recent attacks", "last week's")
PAST_MODIFIERS = frozenset({"recent", "previous", "earlier", "past", "latest", "last"})


def _dated_past(parse: Parse, noun: Token) -> bool:
    """An act noun its own phrase dates in the past ("last week's bombings", "yesterday's attack",
    "the recent attacks"): what governs it may be uncertain, the act was done.  A weekday's
    possessive may name an act to come ("Friday's planned strike")."""
    if noun.pos != "NOUN":
        return False
    kids = parse.children(noun.i)
    days = [k for k in kids if k.dep == "poss" and k.ent_type in ("DATE", "TIME")]
    past = any(k.lower == "yesterday" or any(g.lower == "last" for g in parse.children(k.i)) for k in days)
    return past or any(k.dep == "amod" and k.lower in PAST_MODIFIERS for k in kids)


def _past_participle_clause(parse: Parse, clause: Token, main: Token) -> bool:
    """A participle clause with no tensed auxiliary ("when asked to leave", "after being arrested")
    under a main verb in the past: it takes the main clause's time."""
    tensed = any(
        k.dep in ("aux", "auxpass") and k.tag in ("VBZ", "VBP", "VBD", "MD") for k in parse.children(clause.i)
    )
    return clause.tag in ("VBN", "VBG") and not tensed and (main.tag == "VBD" or _perfect_past(parse, main))


def _perfect_past(parse: Parse, verb: Token) -> bool:
    """'had arrested', 'had been arrested', 'was arrested' (past auxiliaries), 'has dropped' (the
    present perfect: done), but not 'will have arrested' (a modal ahead)."""
    if verb.tag != "VBN":
        return False
    auxes = [k for k in parse.children(verb.i) if k.dep in ("aux", "auxpass")]
    if any(k.tag == "MD" for k in auxes):
        return False
    return any(k.lower in ("had", "was", "were", "has", "have") for k in auxes)


def _imperative(parse: Parse, trigger: Token) -> Cue | None:
    """'Take a knife and attack the tourists': a command in the bare form with no subject is not
    (yet) done."""
    verb = parse.first_conjunct(trigger.i)
    if trigger.tag != "VB" or verb.tag != "VB" or verb.dep not in ("ROOT", "ccomp"):
        return None
    kids = [k for t in (verb, trigger) for k in parse.children(t.i)]
    if any(k.dep in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for k in kids):
        return None
    return Cue("uncertain", verb)


#: verbs that, with "short of", say an act was not reached ("stopped short of condemning")
SHORT_OF = frozenset({"stop", "fall", "come"})


def _short_of(parse: Parse, trigger: Token) -> Cue | None:
    """'stopped short of endorsing', 'fell short of condemning the attack': not done."""
    if trigger.dep != "pcomp" or trigger.head == trigger.i:
        return None
    of = parse.tokens[trigger.head]
    if of.lower != "of" or of.head == of.i:
        return None
    head = parse.tokens[of.head]
    if head.lower == "short":
        return Cue("negated", head)
    short = next((k for k in parse.children(head.i) if k.lower == "short"), None)
    return Cue("negated", short) if short is not None and lemma_of(head) in SHORT_OF else None


def _instead_of(parse: Parse, trigger: Token) -> Cue | None:
    """'praised them instead of attacking his rivals', 'chose to talk rather than fight', 'as opposed
    to attacking his rivals': the act set against the one done is not done."""
    for words in INSTEAD_OF:
        start = trigger.i - len(words)
        if words_at(parse, start, words):
            return Cue("negated", parse.tokens[start])
    return None


#: subjects of free choice: an act told of them is a condition, not a deed ("anybody who attacks him")
ANY_ONE = frozenset({"anybody", "anyone", "whoever", "whomever"})


def _nobody(parse: Parse, trigger: Token) -> Cue | None:
    """The act's subject or object is no one: "no one was arrested", "neither X nor Y attacked",
    "there is nobody to support them"."""
    kids = [k for k in parse.children(trigger.i) if k.dep in ("nsubj", "nsubjpass", "dobj")]
    if trigger.dep in ("acl", "relcl") and trigger.head != trigger.i:
        kids.append(parse.tokens[trigger.head])  # "nobody to support them": the one who would act
    for k in kids:
        if k.lower in NO_ONE:
            return Cue("negated", k)
        if k.lower in ANY_ONE and k.dep in ("nsubj", "nsubjpass"):
            return Cue("uncertain", k)  # "anybody who attacks him": whoever might, no one in particular
        marker = next(
            (c for c in parse.children(k.i) if c.dep in ("det", "preconj") and c.lower in ("no", "neither")),
            None,
        )
        if marker is not None:
            return Cue("negated", marker)
    return _neither_alone(parse, trigger)


def _neither_alone(parse: Parse, verb: Token) -> Cue | None:
    """'... and neither apologized' ("neither" is the subject: none of the two), 'he neither
    apologized nor resigned': a "neither" the parser hangs on the verb itself negates it."""
    kids = parse.children(verb.i)
    word = next((k for k in kids if k.lower == "neither" and k.dep in ("preconj", "nsubj", "det")), None)
    return Cue("negated", word) if word is not None and word.i < verb.i else None


#: links below which a clause is presupposed, not asked ("did the man who attacked her ...?")
PRESUPPOSED = frozenset({"relcl", "acl"})


def _question(parse: Parse, trigger: Token) -> Cue | None:
    """The act is asked about, not told: its sentence is a question ("Did your team investigate
    ...?", "Will Russia invade?"), and the act is not in a relative clause of it nor asked why."""
    words = parse.sentence_tokens(trigger.sent)  # the question mark may come before a speaker's tag
    mark = next((t for t in words if t.i > trigger.i and t.text == "?"), None)
    if mark is None:
        return None
    chain = [trigger, *parse.ancestors(trigger.i)]
    if any(t.dep in PRESUPPOSED for t in chain) or _asks_why(parse, chain):
        return None
    return Cue("uncertain", mark)


#: question words that take the act they ask about as done ("Why did the inspector general issue the
#: subpoenas?": he did); asked with a modal, the act is open ("Why would Russia invade?")
PRESUPPOSING_QUESTIONS = frozenset({"why"})


def _asks_why(parse: Parse, chain: list[Token]) -> bool:
    """The clause that holds the act is asked about with "why", with no modal: the act is presupposed."""
    for t in chain:
        kids = parse.children(t.i)
        if any(k.dep == "advmod" and k.lower in PRESUPPOSING_QUESTIONS and k.i < t.i for k in kids):
            return not any(k.dep == "aux" and k.tag == "MD" for k in kids)
    return False


def _yet_to(parse: Parse, trigger: Token) -> Cue | None:
    """'has yet to arrest', 'is yet to be charged': not done so far."""
    head = parse.tokens[trigger.head]
    if trigger.dep != "xcomp" or head.lemma.lower() not in ("have", "be"):
        return None
    return next(
        (Cue("negated", k) for k in parse.children(head.i) if k.dep == "advmod" and k.lower == "yet"), None
    )


#: verbs that make, order or perform the act their object names: it takes their mood
PERFORMING = DOING_VERBS | MAKING_REQUESTS | frozenset({"deliver", "pursue", "seek", "renew", "repeat"})
#: nouns of acts done in words, which exist once said: answering one presupposes it
SAID_ACTS = frozenset(
    {"request", "demand", "call", "appeal", "plea", "offer", "proposal", "claim", "accusation",
     "allegation", "complaint", "criticism", "threat", "ultimatum", "invitation", "endorsement",
     "pledge", "promise", "warning", "condemnation"}
)  # fmt: skip


def _answered(parse: Parse, noun: Token) -> bool:
    """'did not accede to protesters' demands', 'will comply with the request of Prime Minister
    Boris Johnson': a definite act done in words that another verb answers or takes as its object
    was made, whatever that verb's mood; a verb that makes or performs the act carries its mood to
    it ("did not make any demands", "will deliver an indictment")."""
    if noun.pos != "NOUN" or noun.head == noun.i or lemma_of(noun) not in SAID_ACTS:
        return False
    head = parse.tokens[noun.head]
    if noun.dep == "pobj" and head.dep == "prep" and head.head != head.i:
        head = parse.tokens[head.head]
    elif noun.dep != "dobj":
        return False
    lemma = lemma_of(head)
    answered = lemma in ANSWERING and lemma_of(noun) in ASKED
    if head.pos != "VERB" or lemma in PERFORMING or (lemma in modality_cues() and not answered):
        return False
    return determined(parse, noun)


#: verbs of turning down what was asked, which are cues of negation for an act they govern ("denied
#: responsibility", "refused to go") but answer a request or an appeal that was made ("the court
#: denied his appeal", "rejected their demands"); an accusation denied stays a denial
ANSWERING = frozenset({"deny", "reject", "refuse", "decline", "dismiss", "rebuff"})
#: what is asked of someone, which turning it down answers
ASKED = frozenset(
    {"request", "demand", "appeal", "call", "plea", "petition", "motion", "application", "bid", "offer",
     "proposal", "invitation", "ultimatum"}
)  # fmt: skip


#: words of degree whose infinitive is an act not done ("too weak to arrest them") or only made
#: possible ("strong enough to attack", "did not go far enough to demand action")
DEGREES = {"too": "negated", "enough": "uncertain"}


def _degree(parse: Parse, trigger: Token) -> Cue | None:
    """The infinitive of "too" or "enough": an act ruled out or within reach, not one done."""
    if trigger.dep != "xcomp" or trigger.head == trigger.i:
        return None
    head = parse.tokens[trigger.head]
    words = [head] + [k for k in parse.children(head.i) if k.dep == "advmod"]
    return next((Cue(DEGREES[w.lower], w) for w in words if w.lower in DEGREES), None)


def _be_to(parse: Parse, trigger: Token) -> bool:
    """The trigger is the infinitive of "be to" ("is to be sentenced")."""
    head = parse.tokens[trigger.head]
    return (
        trigger.dep == "xcomp" and head.lemma.lower() == "be" and parse.infinitive_to(trigger.i) is not None
    )


def _own_cue(parse: Parse, tok: Token) -> Cue | None:
    """Negation or modality marked on the word itself (auxiliaries, negation, markers)."""
    cues = modality_cues()
    found: Cue | None = None
    for k in parse.children(tok.i):
        kind = cues.get(lemma_of(k)) or cues.get(k.lower)
        if kind == "claim" and k.dep in ("advmod", "amod"):
            return Cue("claim", k)  # "allegedly executed", "the alleged attack"
        if kind == "uncertain" and k.dep == "amod" and tok.pos == "NOUN":
            return Cue("uncertain", k)  # "a potential charge", "the planned visit": not (yet) done
        if k.dep not in OWN_CUES:
            continue
        if kind == "negated" and k.dep == "acomp":
            continue  # "talks were unable to reach a deal": "unable" negates its infinitive, not the talks
        if kind == "negated" and not _whether_or_not(parse, k) and not _until(parse, tok):
            return Cue("negated", k)
        if kind in ("uncertain", "intent", "demand") and (k.dep != "advmod" or k.lower in ("if", "unless")):
            found = found if found is not None and found.kind == "uncertain" else Cue(kind, k)
    return found


def intent_denied(parse: Parse, cue: Token) -> bool:
    """An intent its own clause negates: "is not willing to", "does not intend to", "neither Iran
    nor Saudi Arabia is willing to", "no one wants to"."""
    clause = parse.tokens[cue.head] if cue.dep == "acomp" and cue.head != cue.i else cue
    words = [cue, clause] if clause is not cue else [cue]
    if any(k.dep == "neg" for w in words for k in parse.children(w.i)):
        return True
    return _nobody(parse, clause) is not None


def _until(parse: Parse, verb: Token) -> bool:
    """'did not endorse her until July': not before then, and so done then."""
    return any(k.lower == "until" and k.dep in ("prep", "mark") for k in parse.children(verb.i))


#: words whose "to" clause is done: an attempt or a move is made ("an attempt to assassinate")
DONE_INFINITIVE = frozenset({"attempt", "try", "effort", "move", "vote", "bid"})
#: departures that a vote decides but others carry out later ("voted to leave the EU")
DEPARTURES = frozenset({"leave", "quit", "exit", "abandon", "withdraw"})


def _voted_departure(parse: Parse, trigger: Token) -> Cue | None:
    """'Britons voted to leave the EU', 'Britain's vote to leave': a vote decides a departure that is
    still to come (the guidelines: "referendum decision to leave; the leaving itself still future");
    what a body does by its vote ("voted to hold him in contempt") is done by it."""
    to = parse.infinitive_to(trigger.i)
    if to is None or trigger.head == trigger.i or lemma_of(trigger) not in DEPARTURES:
        return None
    return Cue("uncertain", to) if lemma_of(parse.tokens[trigger.head]) == "vote" else None


def _bare_infinitive_cue(parse: Parse, trigger: Token) -> Cue | None:
    """'a measure to censor information', 'the right to strike', a fragment 'to attack others': an
    act named by an infinitive that modifies a noun, or stands alone, is not (yet) done.  An
    attempt is ("an attempt to assassinate"), and so is the act of someone ranked by it ("the first
    woman to be elected"); cue words ("plans to") keep their own reading.
    Infinitives that complete a verb are left to the other rules: there the PLOVER gold codes
    them (restricting those too cost plover_gsr macro-F1 0.703 -> 0.693)."""
    to = parse.infinitive_to(trigger.i)
    if to is None or trigger.pos != "VERB" or trigger.dep not in ("acl", "relcl", "ROOT"):
        return None
    head = parse.tokens[trigger.head]
    if head.i != trigger.i and lemma_of(head) in DONE_INFINITIVE:
        return None
    if head.i != trigger.i and _cue_word(head):
        return _head_cue(parse, head)  # "plans to", "calls to ban Muslims": the cue word's own reading
    if ranked(parse, head if head.i != trigger.i else child(parse, trigger, "nsubj", "nsubjpass")):
        return None  # "the third president to be impeached", "the only senator to vote against": done
    return Cue("uncertain", to)


def _cue_word(word: Token) -> bool:
    """The word is a cue as the part of speech it has here ("plotted" is, "a plot" is not)."""
    return lemma_of(word) in modality_cues() and not _verb_cue_as_noun(word)


def _verb_cue_as_noun(word: Token) -> bool:
    """A word that is a cue only as a verb, here another part of speech ("a plot", "pressure from")."""
    return word.pos != "VERB" and lemma_of(word) in verb_only_cues()


def _whether_or_not(parse: Parse, neg: Token) -> bool:
    """The "not" of "whether or not": no negation, the clause is a question."""
    before = [t.lower for t in parse.tokens[max(0, neg.i - 2) : neg.i]]
    return before == ["whether", "or"]


def _head_cue(parse: Parse, head: Token) -> Cue | None:
    """A governing word that makes what it governs uncertain, intended or negated."""
    kind = modality_cues().get(lemma_of(head))
    particle = next((k.lower for k in parse.children(head.i) if k.dep == "prt"), None)
    if particle is not None:  # a phrasal verb is another verb: "sworn in" takes office
        kind = PHRASAL_CUES.get((lemma_of(head), particle))
    elif lemma_of(head) == "set" and any(k.dep == "xcomp" for k in parse.children(head.i)):
        kind = "uncertain"  # "the assembly is set to open tomorrow"
    elif _obliged(parse, head) or _going_to(parse, head):
        kind = "uncertain"  # "Congress has to approve it", "is going to meet him": not yet done
    elif _hortative(parse, head):
        kind = "uncertain"  # "let's discuss it", "let them protest": proposed, not done
    elif lemma_of(head) == "call" and tells_of(parse, head):
        kind = None  # "called the investigation a witch hunt": naming it, not calling for it
    elif head.pos == "NOUN" and lemma_of(head) in PERSONS_SUSPECTED:
        kind = None  # "suspects in custody", "a suspect in the shooting": the act is not in doubt
    elif _verb_cue_as_noun(head):
        kind = None  # "eased pressure from groups calling for a withdrawal": the groups did call
    if kind == "negated" and head.pos in ("VERB", "ADJ"):  # "were unable to arrest him", "impossible to"
        return Cue("negated", head)
    if kind in ("uncertain", "intent", "demand", "claim") and (
        head.pos in ("VERB", "ADJ", "NOUN") or head.tag == "MD"
    ):
        return Cue(kind, head)
    return _own_cue(parse, head)


#: words of arguing for or against a course: the act argued over is proposed or opposed, not done
ARGUING = frozenset({"argue", "argument", "case", "advocate", "plead"})


def _argued_over(parse: Parse, trigger: Token) -> Cue | None:
    """'Cameron argued against British withdrawal from the EU', 'made the case for intervention':
    an act argued for or against is a course weighed, not one reported as done."""
    if trigger.dep != "pobj" or trigger.head == trigger.i:
        return None
    prep = parse.tokens[trigger.head]
    if prep.lower not in ("for", "against") or prep.head == prep.i:
        return None
    head = parse.tokens[prep.head]
    return Cue("uncertain", head) if lemma_of(head) in ARGUING else None


#: words of nearness to doing a thing: "came closer to endorsing him", "on the verge of quitting"
NEARNESS = frozenset({"close", "near", "verge", "brink", "cusp"})


def _near_doing(parse: Parse, trigger: Token) -> Cue | None:
    """'Appeared closer to offering an endorsement', 'on the verge of endorsing Trump': a gerund
    that one is close to, or on the verge of, is not yet done ("fighting near the border", "close
    to the fighting" say where)."""
    if trigger.tag != "VBG" or trigger.dep != "pcomp" or trigger.head == trigger.i:
        return None
    prep = parse.tokens[trigger.head]
    near = parse.tokens[prep.head]
    if prep.lower in ("to", "of") and prep.head != prep.i and lemma_of(near) in NEARNESS:
        return Cue("uncertain", near)
    return None


#: nouns for persons a cue word also names ("suspect"): they govern an act without doubting it
PERSONS_SUSPECTED = frozenset({"suspect"})


def _hortative(parse: Parse, head: Token) -> bool:
    """'Let' in the bare form with no auxiliary: a proposal or a command ('let's keep fighting',
    'Members of the G7, let's discuss'), unlike 'they let him go' or 'refused to let him go'."""
    if lemma_of(head) != "let" or head.tag != "VB":
        return False
    return not any(k.dep in ("aux", "auxpass") for k in parse.children(head.i))


def _going_to(parse: Parse, head: Token) -> bool:
    """'is going to meet', 'was going to ask': the future of "be going to", a plan or a forecast."""
    if lemma_of(head) != "go" or head.tag != "VBG":
        return False
    kids = parse.children(head.i)
    return any(k.dep == "aux" and lemma_of(k) == "be" for k in kids) and any(
        k.dep == "xcomp" and any(a.dep == "aux" and a.lower == "to" for a in parse.children(k.i))
        for k in kids
    )


def _obliged(parse: Parse, head: Token) -> bool:
    """'has to', 'have to', 'will have to' with an infinitive: an obligation, not an act done ('had
    to evacuate' tells what was done, and stays asserted)."""
    if lemma_of(head) != "have" or head.tag not in ("VB", "VBZ", "VBP"):
        return False
    return any(k.dep == "xcomp" and parse.infinitive_to(k.i) is not None for k in parse.children(head.i))


def is_ultimatum(parse: Parse, cue: Cue) -> bool:
    """'will withdraw its troops unless Chad pays': an intent tied to a condition is a threat (CAMEO 13)."""
    act = parse.tokens[cue.token.head] if cue.token.dep in OWN_CUES else cue.token
    return any(
        k.dep == "advcl" and any(m.dep == "mark" and m.lower in ULTIMATUM_MARKS for m in parse.children(k.i))
        for k in parse.children(act.i)
    )
