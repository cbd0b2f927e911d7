"""The attribution rules: small pure functions from a quotation's context to a decision.

Each rule looks at one :class:`~quoteattr.context.Context` (and the decisions made so
far for earlier quotations) and returns a :class:`Decision` naming the mention the
quotation rests on, or None to pass. :data:`DEFAULT_RULES` is the default order, most
precise first; the first rule that decides wins, and its name is stamped on the quote.
Pass your own tuple to :func:`quoteattr.extract` (``rules=``) to reorder or drop rules.

>>> [r.__name__ for r in DEFAULT_RULES][:3]
['cue_after', 'attribution_clause', 'cue_before']

Notes: the precision-ordered sieve design is that of CoreNLP's quote attribution
(Muzny et al., EACL 2017); the rules themselves are ours.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from itertools import chain, islice

import attrs
import regex

from . import lexicon
from .context import Context
from .cues import opens_cue, speech_cues
from .mentions import Mention, is_object, names_in, read_mention, starts_sentence
from .patterns import (
    ACCORDING_TO,
    APPOSITIVE_OPENER,
    BETWEEN_WORDS,
    DASH_SOURCE,
    HOLD,
    MENTION_AFTER_QUOTE,
    MENTION_AFTER_VERB,
    MENTION_AFTER_VERB_LEAD_IN,
    MENTION_BEFORE_VERB,
    MENTION_BEFORE_VERB_PLAIN,
    MENTION_BREAK,
    QUANTITY,
    QUANTITY_PRONOUNS,
    RELAYED_BY,
    SUBJECT,
    SUBJECT_PHRASE,
    SUBJECT_PLAIN,
    SURVEY_PARTICIPLES,
    UPPER,
    VOCATIVE,
    VOCATIVE_INSIDE,
    VOCATIVE_OPENING,
    WORD,
)
from .records import Span
from .sentences import ends_sentence
from .speakers import Cast

__all__ = [
    "DEFAULT_RULES",
    "Decision",
    "Rule",
    "according_to",
    "addressee",
    "attribution_clause",
    "colon_intro",
    "continues_previous",
    "conversation",
    "cue_after",
    "cue_before",
    "named_in_reply",
    "narration_before",
    "only_name_in_paragraph",
    "paragraph_subject",
    "previous_sentence",
    "reply_to_named",
    "reports_a_reply",
    "same_paragraph",
    "sentence_subject",
    "turn_party",
    "vocative",
]


@attrs.frozen
class Decision:
    """What a rule decided: the ``mention`` a quotation rests on, its ``cue``, the ``rule``.

    ``speaker`` is the mention resolved to a name; the pipeline fills it in after each
    decision, so later rules can compare speakers.

    >>> from quoteattr.mentions import read_mention
    >>> Decision(read_mention("Smith", 0, 5), None, "cue_after").mention.core
    'Smith'
    """

    mention: Mention
    cue: Span | None
    rule: str
    speaker: str | None = None


#: A rule: the context of one quotation and the decisions made so far (one per earlier
#: quotation, None where no rule decided), to a decision or None.
Rule = Callable[[Context, Sequence["Decision | None"]], "Decision | None"]


def cue_after(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """A speaker and speech verb right after the quotation, or a dash and a name that
    sign it (``"…" ― Carlos Ruiz``).

    >>> from quoteattr import extract
    >>> q = extract('"We will win," said Sen. John McCain, R-Ariz.')[0]
    >>> q.mention.text, q.cue.text, q.rule
    ('Sen. John McCain', 'said', 'cue_after')
    >>> extract('"We will win," Trump told reporters.')[0].speaker
    'Trump'
    """
    decision = _cue_after(ctx)
    return _relayed(ctx, decision) if decision is not None else None


def _relayed(ctx: Context, decision: Decision) -> Decision:
    """In news, the source that relays a cue: ``according to X`` (or ``, reports X``)
    after the cue in the quotation's sentence (``"…," Walker said, according to a
    transcript of the interview.``), or ``according to X`` opening it (``According to
    the paper, Walker said "…"``). The writer did not hear the speech; the source is
    who reports it.

    >>> from quoteattr import extract
    >>> q = extract('"We will win," Walker said, according to the local paper.')[0]
    >>> q.mention.text, q.rule
    ('the local paper', 'cue_after')

    Notes: PolNeAR's attribution relations give a nested report to its outer source,
    here the one the writer cites with ``according to``.
    """
    if ctx.style != "news":
        return decision
    text = ctx.text
    opening = (
        _RELAYED_OPENING.match(text, ctx.before[0], ctx.before[1], HOLD)
        if text.find("According", ctx.before[0], ctx.before[1]) != -1  # each match has it
        else None
    )
    if opening is not None and opening.end() <= decision.mention.span.start:
        m = ACCORDING_TO.match(text, opening.end(), decision.mention.span.start, HOLD)
        if m is None or not text.startswith(",", m.end("mention")):
            m = None
    else:
        m = None
    start = max(decision.cue.end, decision.mention.span.end)
    stretches = [ctx.after]
    if start < ctx.after[0]:
        # A cue before the quotation: after it, or after a quotation that does not end
        # the sentence (``"….” Clinton plans to go, according to an aide`` is another).
        ended = ctx.quote.content.text.rstrip().rstrip("'’\"”").endswith((".", "!", "?"))
        stretches = [(start, ctx.before[1])] + ([] if ended else [ctx.after])
    for a, b in stretches if m is None else ():
        a = max(a, start)
        m = RELAYED_BY.search(text, a, b, HOLD) if _may_relay(text, a, b) else None
        gap = text[a : m.start()].rstrip() if m is not None else ""
        if m is not None and (not gap or gap.endswith(",")):
            break  # right after the cue, or after a comma: ``said Monday, according to``
        m = None
    if m is None:
        return decision
    mention = read_mention(text, m.start("mention"), m.end("mention"), source=True)
    if mention is None:
        return decision
    words = text[m.start() : m.start("mention")].rstrip()
    return Decision(mention, Span(m.start(), m.start() + len(words), words), decision.rule)


#: Where a sentence's opening ``According to`` may stand: after spaces only.
_RELAYED_OPENING = regex.compile(r"\s*+(?=According\s)")


def _may_relay(text: str, start: int, end: int) -> bool:
    """False when ``text[start:end]`` holds no match of ``RELAYED_BY``: neither
    ``according`` (in any case: no letter of ``ccord`` has a case partner outside
    ASCII, so its lower case shows it) nor a ``report`` with a comma and at most three
    spaces or tabs before it (as the pattern's look-behind wants: ``said, reports``,
    not ``told reporters``).

    >>> _may_relay("said, according to aides", 0, 24), _may_relay("said on Monday", 0, 14)
    (True, False)
    >>> _may_relay("said, reports the Sun", 0, 21), _may_relay("told reporters", 0, 14)
    (True, False)
    """
    if "ccord" in text[start:end].lower():
        return True
    i = text.find("report", start, end)
    while i != -1:
        if text[max(0, i - 4) : i].rstrip(" \t").endswith(","):
            return True
        i = text.find("report", i + 1, end)
    return False


def _cue_after(ctx: Context) -> Decision | None:
    """:func:`cue_after` before :func:`_relayed` is asked."""
    if ctx.quote.kind == "term":
        return None
    start, end = ctx.after
    # Its words' last mark, past a nested quotation's close (``… 'my husband,'"``).
    content = ctx.quote.content.text.rstrip().rstrip("'’\"”")
    if ctx.text[start:end].rstrip().endswith(":") and not content.endswith(","):
        # A lead-in to the next quotation: ``"…." He added: "…"``; but a quotation
        # whose sentence goes on (``"…," said Skelly, explaining that:``) has its cue.
        return None
    dash = _dash_source(ctx.text, start, ctx.tail[1])
    if dash is not None and ctx.quote.kind == "direct":
        # ``"…" ― Carlos Ruiz``: a list of quotations, each signed with a dash.
        mention = read_mention(ctx.text, *dash.span("mention"), source=True)
        if mention is not None:
            where = dash.start() + len(dash.group()) - len(dash.group().lstrip(" \t"))
            return Decision(mention, Span(where, where + 1, ctx.text[where]), "cue_after")
    if ctx.quote.kind == "partial" and not (
        content.endswith((",", "?", "!", "—", "-")) or ctx.text[start:end].lstrip()[:1] == ","
    ):
        return None  # a fragment's sentence goes on; a later verb is not its cue
    text = ctx.text
    sentence_end = end
    ended = content.endswith((".", "!", "?", "…")) and text[start:end].lstrip()[:1].isupper()
    end = min(max(end, start + 160), ctx.tail[1])
    if text.find(",", start, ctx.after[1]) == -1 and _no_source_opening(text, start, end):
        # ``"…," and Gov. Lee told reporters``: no cue below can be this quotation's
        # (each wants a cue or speaker right after it, or a comma before a later cue).
        return None
    cues = _cues(ctx, start, end)
    if ended and ctx.style == "news" and _led_in(ctx):
        return None  # ``Erdogan said, "…." He added, …``: its cue is before it
    if ended:
        # The quotation ended its sentence: only a short cue sentence of its own
        # (``"…." Trump said.``) reports it, not the next sentence's verb.
        cues = [c for c in cues if _cue_sentence(text, c[1], sentence_end)]
    if cues and not text[start : cues[0][0]].strip(_GAP):
        # Verb first: ``"…," said Sen. John McCain``.
        decision = _after_verb(ctx, cues[0], MENTION_AFTER_VERB, "cue_after")
        if decision is not None:
            return decision
    for cue in cues:
        # Speaker first: ``"…," Trump said``.
        m = MENTION_AFTER_QUOTE.fullmatch(text, start, cue[0], HOLD)
        if m is None:
            continue
        mention = read_mention(text, m.start("mention"), m.end("mention"), source=True)
        if mention is not None:
            return Decision(mention, _span(text, cue), "cue_after")
    if ctx.style == "news" and cues and not ended:
        # ``"…," federal prosecutors wrote``: a bare plural role right after it.
        pos = start + len(text[start : cues[0][0]]) - len(text[start : cues[0][0]].lstrip(_GAP))
        plural = _plural_role_before(text, pos, cues[0][0])
        if (
            plural is not None and plural.span.start == pos
            and _STOP_WORDS.isdisjoint(plural.core.split())  # not ``and voters cheer``
        ):
            return Decision(plural, _span(text, cues[0]), "cue_after")
    for cue in cues:
        # Later in the sentence, after a comma: ``"…," in contrast to 2012, said X``.
        if cue[0] < ctx.after[1] and text[start : cue[0]].rstrip().endswith(","):
            decision = _after_verb(ctx, cue, MENTION_AFTER_VERB, "cue_after")
            if decision is not None:
                return decision
    if ctx.style == "news" and cues and not ended:
        mention = _source_phrase(text, start, cues[0][0])
        if mention is not None:
            return Decision(mention, _span(text, cues[0]), "cue_after")
    return None


_GAP = " \t\r\n,—–-"


def _dash_source(text: str, start: int, end: int) -> regex.Match[str] | None:
    """``DASH_SOURCE.match(text, start, end)``, spared unless a dash follows the spaces
    and tabs at ``start`` (every match opens so).

    >>> _dash_source('"Go." ― Ann Lee', 5, 15).group("mention"), _dash_source('"Go." Ann', 5, 9)
    ('Ann Lee', None)
    """
    i = start
    while i < end and text[i] in " \t":
        i += 1
    return DASH_SOURCE.match(text, start, end, HOLD) if i < end and text[i] in "—–―" else None


def _no_source_opening(text: str, start: int, end: int) -> bool:
    """True when the narration ``text[start:end]`` after a quotation opens (past spaces,
    commas and dashes) with a word of :data:`_NO_SOURCE_WORDS` and a space:
    ``"…," and Gov. Lee told``. No cue opens there, and no speaker either: a mention
    read right after a quotation (``MENTION_AFTER_QUOTE``) opens with no such word, nor
    does a bare plural role or a source phrase (their first word is no stop word).

    >>> _no_source_opening('"Go," and Lee said', 5, 18), _no_source_opening('"Go," Lee said', 5, 14)
    (True, False)

    Notes: from the shape of the patterns and :func:`_source_phrase`,
    :func:`_plural_role_before`: they open with a name, a pronoun, a determiner, a
    share or a word that is not one of these.
    """
    i = start
    while i < end and text[i] in _GAP:
        i += 1
    space = text.find(" ", i, end)
    return space != -1 and text[i:space] in _NO_SOURCE_WORDS


def _source_phrase(text: str, start: int, verb: int) -> Mention | None:
    """The speaker of a news cue after a quotation when the words between are one long
    noun phrase the mention patterns do not take (``"…," Jeffrey Lewis of the James
    Martin Center for Nonproliferation Studies wrote``): a name and what qualifies it
    (an appositive, a prepositional phrase), or a description whose head is a role.

    >>> text = '"No," Ann Lee of the Center for Policy Studies wrote.'
    >>> _source_phrase(text, 5, text.index("wrote")).span.text
    'Ann Lee'
    >>> text = '"No," the Ohio senator and party leader said.'
    >>> _source_phrase(text, 5, text.index("said")).span.text
    'the Ohio senator'
    >>> text = '"No," Lee seized upon the point, saying.'
    >>> _source_phrase(text, 5, text.index("saying")) is None
    True

    Notes: wire style puts the source, however long its title or affiliation, between
    a quotation ending in a comma and the verb of saying (AP Stylebook, "said").
    """
    lo = start
    while lo < verb and text[lo] in _GAP:
        lo += 1
    phrase = text[lo:verb]
    if (
        not phrase[-1:].isspace()
        or _NOT_SOURCE_PHRASE.search(phrase, None, None, HOLD)
        or _NAMING_OR_PARTICIPLE.match(text, verb, None, HOLD)
    ):
        return None
    words = phrase.split()
    if not words or len(words) > _SOURCE_PHRASE_WORDS:
        return None
    first = words[0].lower()
    if first in _STOP_WORDS:
        return None
    if first in _PHRASE_DETERMINERS:
        cut = _DESCRIPTION_END.search(phrase, None, None, HOLD)
        end = lo + (cut.start() if cut else len(phrase.rstrip()))
        head = text[lo:end].split()[-1].lower()
        if head not in lexicon.ROLE_NOUNS:
            return None
        return read_mention(text, lo, end, source=True)
    name = next(names_in(text, lo, verb), None)
    if name is None:
        return None
    before = text[lo : name.span.start].split()
    if len(before) > 4 or any(w.lower() in _NOT_BEFORE_NAME for w in before):
        return None
    rest = text[name.span.end : verb]
    return name if not rest.strip() or _QUALIFIER.match(rest, None, None, HOLD) else None


#: Longest noun phrase read by :func:`_source_phrase`, in words.
_SOURCE_PHRASE_WORDS = 18
#: Marks that a noun phrase between a quotation and its verb does not hold.
_NOT_SOURCE_PHRASE = regex.compile(r"""[;:!?"“”\n]|\p{Ll}{3}\.\s""")
_PHRASE_DETERMINERS = frozenset("the a an".split())
#: Verbs after which such a phrase is no speaker: a participle (``, repeating``) and
#: the verbs of naming, which after a noun phrase most often qualify it (``a group
#: called``).
_NAMING_OR_PARTICIPLE = regex.compile(
    r"\p{L}++(?<=ing)(?!\p{L})|(?:called|named|dubbed|termed|labell?ed)(?!\p{L})",
    regex.IGNORECASE,
)
#: Where a description read by :func:`_source_phrase` ends: an appositive, a
#: prepositional phrase, a second noun phrase joined by ``and``, a relative clause.
_DESCRIPTION_END = regex.compile(
    r",\s++(?:a|an|the|who|which)\s|\s(?:of|for|in|at|with|and|from|on|who)\s"
)
#: Words that, before a name, make it no noun phrase's head (``moment and deleted a
#: Clinton email``).
_NOT_BEFORE_NAME = frozenset(
    "and or but a an the his her their its to that which who whom when while where if "
    "because as though although".split()
)
#: What may follow the name in the phrase: an appositive, a prepositional phrase, a
#: second name, a party label or a relative clause.
_QUALIFIER = regex.compile(r",|\s*+\(|\s++(?:of|for|at|from|with|in|and|who)\s")


def _ends_sentence(ctx: Context) -> bool:
    """True when the quotation ends its sentence: ``"….`` and a capital after it."""
    start, end = ctx.after
    content = ctx.quote.content.text.rstrip().rstrip("'’\"”")
    return content.endswith((".", "!", "?", "…")) and ctx.text[start:end].lstrip()[:1].isupper()


def _led_in(ctx: Context) -> bool:
    """True when the quotation's sentence opens with a speech verb and a comma or colon
    right before it: ``Erdogan said, "…"``."""
    start, end = ctx.before
    lead = ctx.text[start:end].rstrip()
    return lead.endswith((",", ":")) and bool(_cues(ctx, start, end))


def _cue_sentence(text: str, verb_end: int, sentence_end: int) -> bool:
    """True when the words after a speech verb only frame the speech before it: few
    (``Trump said.``) or an adjunct (``said at a summit Thursday``, ``said in a
    statement``), not a clause reporting other speech (``said the vote was rigged``).

    >>> _cue_sentence("X said at a rally on Monday in Ohio.", 6, 36)
    True
    >>> _cue_sentence("X said the vote in Ohio was rigged.", 6, 35)
    False

    Notes: wire style puts time, place and medium after the verb of a cue
    (AP Stylebook, "said"); a new claim after it is reported speech of its own.
    """
    words = text[verb_end:sentence_end].split()
    if len(words) <= 4:
        return True
    first = words[0].lower().strip(",")
    return first in _ADJUNCT_OPENERS or words[0].startswith(",")


#: Words that open an adjunct after a cue's verb (time, place, medium, manner).
_ADJUNCT_OPENERS = frozenset(
    "at in on during after before while when of to from with by via through "
    "yesterday today tonight monday tuesday wednesday thursday friday saturday sunday "
    "last this earlier later recently".split()
)


def _span(text: str, where: tuple[int, int]) -> Span:
    return Span(where[0], where[1], text[where[0] : where[1]])


def _cues(ctx: Context, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """:func:`~quoteattr.cues.speech_cues` of ``text[start:end]``, read once per stretch
    of the text (the rules of one quotation, and of its neighbours, look at the same
    narration). Kept as a tuple: the garbage collector stops tracking a tuple of
    numbers, and a long text keeps one of these for each stretch read."""
    key = ("cues", start, end)
    found: tuple[tuple[int, int], ...] | None = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = tuple(speech_cues(ctx.text, start, end))
    return found


#: Speech verbs whose next words are their object, never an inverted speaker:
#: ``told reporters``, ``called the plan``, ``thanked the crowd``.
_NO_INVERSION = frozenset(
    "tell tells told telling call calls called calling thank thanks thanked thanking "
    "accuse accuses accused accusing praise praises praised praising blame blames blamed "
    "blaming remind reminds reminded reminding assure assures assured assuring inform "
    "informs informed informing characterize characterizes characterized characterizing "
    "describe describes described describing".split()
)


def _after_verb(
    ctx: Context, cue: tuple[int, int], pattern: regex.Pattern[str], rule: str, end: int = -1
) -> Decision | None:
    """The mention right after the verb ``cue``, read with ``pattern`` up to ``end``;
    none after a participle (``, citing an instance``: its object, not its speaker)."""
    verb = ctx.text[cue[0] : cue[1]].lower()
    if verb in _NO_INVERSION or verb.endswith("ing"):
        return None
    if ctx.text[cue[0]].isupper() and not starts_sentence(ctx.text, cue[0]):
        return None  # ``Clinton Said Of Wall Street``: a title-case verb after its subject
    if end < 0:
        end = ctx.tail[1]
    m = pattern.fullmatch(ctx.text, cue[1], end, HOLD) if pattern is MENTION_AFTER_VERB_LEAD_IN \
        else pattern.match(ctx.text, cue[1], end, HOLD)
    if m is None:
        return None
    mention = read_mention(ctx.text, m.start("mention"), m.end("mention"), source=True)
    return None if mention is None else Decision(mention, _span(ctx.text, cue), rule)


def attribution_clause(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """A reporting clause set off by a comma in the quotation's sentence attributes the
    whole sentence, fragments included.

    >>> from quoteattr import extract
    >>> extract('Obama "felt a duty" to act, Axelrod said.')[0].speaker
    'Axelrod'
    >>> extract('The paradox, says Carl Anthony, is that she was "powerful."')[0].speaker
    'Carl Anthony'
    >>> extract('She saw "a duty" to act, and the crowd left.')[0].rule == "attribution_clause"
    False

    Notes: PolNeAR-style attribution relations, where one source and cue govern every
    quoted fragment of the content they introduce.
    """
    decision = _attribution_clause(ctx) or _same_clause(ctx, decided)
    return _relayed(ctx, decision) if decision is not None else None


def _same_clause(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """In news, the reporting clause of an earlier quotation in the same sentence also
    governs a later fragment there: ``These sources, the lawyers said, "…" that Cruz
    meets the "natural born" test`` (the lawyers', not Cruz's).

    >>> from quoteattr import extract
    >>> text = 'The facts, the lawyers said, "all agree" that Lee meets the "natural" test.'
    >>> [q.speaker for q in extract(text, style="news")]
    ['the lawyers', 'the lawyers']

    Notes: PolNeAR-style attribution relations, where one source and cue govern every
    quoted fragment of the content they introduce (as :func:`attribution_clause`).
    """
    if ctx.style != "news" or ctx.quote.kind != "partial" or ctx.index == 0:
        return None
    i = ctx.index - 1
    earlier = decided[i]
    if earlier is None or earlier.rule != "attribution_clause" or _opens_own_sentence(ctx, i):
        return None
    return attrs.evolve(earlier, rule="attribution_clause")


def _attribution_clause(ctx: Context) -> Decision | None:
    """:func:`attribution_clause` before :func:`_relayed` is asked."""
    if ctx.quote.kind == "term" or (ctx.style == "fiction" and ctx.quote.kind == "direct"):
        return None  # fiction's speeches have their cues beside them; see cue_after
    text = ctx.text
    stretches = [*ctx.sentence_rest(), ctx.before]
    if ctx.style == "news" and _ends_sentence(ctx) and (
        ctx.quote.kind == "partial" or _led_in(ctx)
    ):
        # ``Labott tweeted, "…." This, CNN claimed, is``; ``as "a great heart." (That
        # said, she noted, …)``: the next sentence's clause is not about it.
        stretches = [ctx.before]
    for start, end in stretches:
        # A stretch right after a quotation that ends with a comma opens a clause too.
        opener = start - 1 if start >= 2 and text[start - 2] == "," else -1
        if text.find(",", start, end) == -1 and (
            opener == -1 or _no_source_opening(text, start, end)
        ):
            continue  # no comma sets a clause off, or none after ``," and``: no cue read
        for cue in _cues(ctx, start, end):
            comma = max(text.rfind(",", start, cue[0]), opener)
            if comma == -1:
                continue
            if not text[comma + 1 : cue[0]].strip():
                # Verb first: ``, said Prof. Paul Beck.`` / ``, says Carl Anthony,``
                verb = text[cue[0] : cue[1]].lower()
                if verb in _NO_INVERSION or verb.endswith("ing"):
                    continue  # ``, citing an instance``: an object, not a speaker
                m = MENTION_AFTER_VERB.match(text, cue[1], end, HOLD)
                # ``, said the director, Jo Lee, on Monday.``: a time or place after it.
                words = 3 if m is not None and _ADJUNCT.match(text, m.end(), end, HOLD) else 0
            elif not _clause_ends(text, cue[1], end, 3, ctx.quote.kind == "partial"):
                # Speaker first, the match ending at the verb: the clause must close
                # right after the verb (asked first: it is the cheaper test).
                continue
            else:
                # Speaker first: ``, Axelrod said.`` / ``, he said, because``
                m = MENTION_AFTER_QUOTE.fullmatch(text, comma + 1, cue[0], HOLD)
                words = 3
            if m is None:
                continue
            last = max(m.end(), cue[1])
            # A fragment's clause may close on a colon that leads in the speech it goes on
            # to quote (``this "verbal vomit" can be helpful, she says: "…"``).
            if not _clause_ends(text, last, end, words, ctx.quote.kind == "partial"):
                continue
            mention = read_mention(text, m.start("mention"), m.end("mention"), source=True)
            if mention is not None:
                return Decision(mention, _span(text, cue), "attribution_clause")
    return None


#: A time or place adjunct opening: ``on Monday``, ``in a statement``, ``last week``.
_ADJUNCT = regex.compile(r"[\s,]*+(?:on|in|at|last|this|earlier|later|during)\s")


def _clause_ends(text: str, pos: int, end: int, words: int, colon: bool = False) -> bool:
    """True when at most ``words`` words lead from ``pos`` to a comma, semicolon or full
    stop (the reporting clause closes), not to a quotation or on into the sentence; with
    ``colon``, a colon closes it too (``can be helpful, she says: "…"``).

    >>> _clause_ends('x, she says: "No"', 11, 17, 3, colon=True)
    True
    >>> _clause_ends('x, she says: "No"', 11, 17, 3)
    False
    """
    rest = text[pos:end]
    marks = ",;.:" if colon else ",;."
    stops = [i for i in map(rest.find, marks) if i != -1]
    if not stops:
        return False
    return len(rest[: min(stops)].split()) <= words


def cue_before(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """A speaker and speech verb before the quotation in its sentence (the nearest; in
    fiction, one after the sentence's last semicolon).

    >>> from quoteattr import extract
    >>> q = extract('Trump said: "We will win."')[0]
    >>> q.speaker, q.cue.text, q.rule
    ('Trump', 'said', 'cue_before')
    >>> extract('He acknowledged for the first time, "I was wrong."')[0].mention.text
    'He'
    """
    decision = _cue_before(ctx)
    return _relayed(ctx, decision) if decision is not None else None


def _cue_before(ctx: Context) -> Decision | None:
    """:func:`cue_before` before :func:`_relayed` is asked."""
    if ctx.quote.kind == "term":
        return None
    start, end = ctx.before
    if start >= end:
        return None
    text = ctx.text
    lead = text[start:end].rstrip()
    if ctx.style == "news" and lead.endswith(":") and _DASH_NAME.search(
        text, start, start + len(lead) - 1
    , HOLD):
        return None  # ``Pollsters agree - Carl Bialik:``: signed, read by colon_intro
    cues = all_cues = _cues(ctx, start, end)
    if cues and lead.endswith((",", ":")):
        # Verb first, closing the lead-in: ``Said Mr. Jones: "…"`` (the pattern ends
        # with the comma or colon: a lead-in without one is spared the match).
        decision = _after_verb(ctx, cues[-1], MENTION_AFTER_VERB_LEAD_IN, "cue_before", end)
        if decision is not None and decision.mention.kind != "description":
            return decision  # "added a caveat:" has an object after its verb, not a speaker
    if ctx.quote.kind == "partial" and ctx.style == "news":
        relative = _naming_agent(ctx) or _relative_speaker(ctx)
        if relative is not None:
            return attrs.evolve(relative, rule="cue_before")  # ``what Cole called "…"``
    if ctx.quote.kind == "partial" and len(cues) > 1:
        # A full quotation belongs to the cue nearest it; a fragment run into reported
        # speech belongs to the main clause's speaker, the first. (Where the main clause
        # opens only chooses among cues: one cue, or none, is kept whatever it is.)
        main = _after_intro(text, start, end)
        # In news, a clause joined to the sentence (``…, and he speculated that``,
        # ``; he has denied``) is a main clause of its own: its verb is the cue.
        joints = _CLAUSE_JOINT.finditer(text, main, end, False, HOLD) if ctx.style == "news" else ()
        for joint in joints:
            if any(c[0] >= joint.end() for c in cues):
                main = joint.end()
        relative = _relative_holder(ctx) if ctx.style == "news" else None
        if relative is not None and any(c[0] >= relative.span.end for c in cues):
            main = max(main, relative.span.start)  # ``Johnson, who told a paper that "…"``
        cues = [c for c in cues if c[0] >= main][::-1] or cues[::-1]
    # In fiction the cue is a verb after the last semicolon: an earlier clause's verb
    # (``Mrs. Ray begged her to stay; but Ann, rising, said``) is another's.
    lower = text.rfind(";", start, cues[-1][0]) if cues and ctx.style == "fiction" else -1
    for cue in list(reversed(cues))[:_CUES_TRIED]:
        if cue[1] <= lower:
            break
        agent = _passive_agent(text, start, cue)
        if agent is not None:
            return Decision(agent, _span(text, cue), "cue_before")
        m = _mention_before_verb(text, start, cue[0])
        mention = None
        if ctx.style == "news" and (contracted := _contracted_pronoun(text, start, cue[0])):
            m = contracted  # ``He’s claiming``: read as ``He`` and ``is``
        if m is not None:
            mention = read_mention(text, m.start("mention"), m.end("mention"), source=True)
            if mention is None and ctx.style == "news":
                # ``In a Bloomberg interview Trump declared``: the name that modifies a
                # noun is none; the words after it may hold one.
                first = text.find(" ", m.start("mention"), m.end("mention"))
                later = _mention_before_verb(text, first, cue[0]) if first != -1 else None
                if later is not None:
                    mention = read_mention(
                        text, later.start("mention"), later.end("mention"), source=True
                    )
                    if mention is not None and _token_before(text, mention.span.start).islower():
                        m = later
                    else:
                        mention = None  # the rest of a name: ``the State Department``
            if mention is not None and is_object(text, mention) and not _after_as(
                text, mention.span.start, text[cue[0] : cue[1]]
            ):
                # "speaking to Fox News said", "in a low voice said": the words before
                # the verb end a phrase; the sentence's subject is the speaker.
                mention = _first_subject(ctx, start, mention.span.start)
            elif mention is not None and _document_object(text, mention, cue):
                # "she released a statement saying": the one who released it speaks.
                mention = _first_subject(ctx, start, mention.span.start) or mention
        elif text[start : cue[0]].rstrip().endswith(",") and text[cue[1] - 3 : cue[1]] == "ing":
            # A participle after a comma (``Trump went after Bush, calling him "…"``)
            # reports the main clause's subject.
            mention = _first_subject(ctx, start, cue[0])
        if mention is not None:
            if ctx.style == "news":
                mention, cue = _outer_report(ctx, all_cues, start, mention, cue)
            return Decision(mention, _span(text, cue), "cue_before")
    if cues and ctx.quote.kind == "direct":
        # ``Warren endorsed Clinton, saying, "…"``: the verb's subject opens the sentence,
        # in fiction its last clause (``Lydia was bid to hold her tongue; but Mr.
        # Collins laid aside his book, and said, "…"``).
        subject = None
        if ctx.style == "fiction":
            clause = _last_clause(text, start, cues[-1][0])
            who = _PARENTHETICAL_WHO.search(text, max(clause, cues[-1][0] - 80), cues[-1][0], HOLD)
            if who is not None:
                # "met Maria, who, breathless with agitation, cried out": the relative's.
                subject = read_mention(text, who.start("who"), who.end("who"))
            else:
                # The last clause with a subject of its own: ``Lady Catherine declined
                # any; and then, rising up, said`` is hers.
                end = cues[-1][0]
                while clause > start and subject is None:
                    subject = _first_subject(ctx, clause, end)
                    end = clause
                    clause = _last_clause(text, start, _clause_break_before(text, start, clause))
        subject = subject or _first_subject(ctx, start, cues[-1][0])
        if subject is not None:
            return Decision(subject, _span(text, cues[-1]), "cue_before")
    return None


#: A personal pronoun contracted with its auxiliary right before a speech verb:
#: ``He’s claiming``, ``They’ve said`` (the pronoun is the mention).
_CONTRACTED_PRONOUN = regex.compile(
    r"(?<![\p{L}'’])(?P<mention>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)['’](?:s|re|ve|d)\s++"
    rf"(?:(?:{'|'.join(BETWEEN_WORDS)}|\p{{Ll}}++(?<=ly))\s++){{0,2}}+\Z"
)


def _contracted_pronoun(text: str, start: int, verb: int) -> regex.Match[str] | None:
    """:data:`_CONTRACTED_PRONOUN` searched in the 40 characters before ``verb`` (not
    before ``start``); spared when they hold no apostrophe, which every match has.

    >>> _contracted_pronoun("Then he’s claiming", 0, 10).group("mention")
    'he'
    >>> _contracted_pronoun("Then he is claiming", 0, 11) is None
    True
    """
    near = max(start, verb - 40)
    if text.find("'", near, verb) == -1 and text.find("’", near, verb) == -1:
        return None
    return _CONTRACTED_PRONOUN.search(text, near, verb, HOLD)


#: A relative ``who`` set off before a speech verb by one parenthetical phrase:
#: ``Maria, who, breathless with agitation, cried``.
_PARENTHETICAL_WHO = regex.compile(
    r"\p{L},\s++(?P<who>who),\s++[^,;:.!?\"“”]{1,60},\s++(?:\p{L}++ly\s++)?\Z"
)


def _passive_agent(text: str, start: int, cue: tuple[int, int]) -> Mention | None:
    """The agent of a passive speech verb, who speaks: ``Sanders was asked by host Bill
    Maher, "…"`` is Maher's question.

    >>> text = 'Lee was asked by host Ann Cole, "Why now?"'
    >>> _passive_agent(text, 0, (8, 13)).span.text
    'Ann Cole'
    >>> _passive_agent('Lee asked Ann Cole, "Why now?"', 0, (4, 9)) is None
    True

    Notes: the by-phrase of a passive names its agent (Quirk et al., *A Comprehensive
    Grammar of the English Language*, 3.63); the subject is the one spoken to.
    """
    for word in text[start : cue[0]].rsplit(None, 2)[-2:]:
        if word.endswith(_PASSIVE_WORDS):
            break
    else:
        return None  # no form of ``be`` in the last two words: no search of the whole lead
    if not _PASSIVE_BEFORE.search(text, start, cue[0], HOLD):
        return None
    by = _BY.match(text, cue[1], None, HOLD)
    if by is None:
        return None
    m = MENTION_AFTER_VERB.match(text, by.end() - 1, None, HOLD)
    if m is None:
        return None
    return read_mention(text, m.start("mention"), m.end("mention"), source=True)


#: The forms of ``be`` that make a passive.
_PASSIVE_WORDS = ("was", "were", "is", "are", "been", "being")
#: A form of ``be`` (and a manner adverb) right before a verb: a passive.
_PASSIVE_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:{'|'.join(_PASSIVE_WORDS)})\s++(?:\p{{L}}++(?<=ly)\s++)?\Z"
)
#: ``by`` and a space, right after the verb.
_BY = regex.compile(r"\s++by\s")


_CLAUSE_BREAK = regex.compile(r"[;:]\s*+(?:but\s++|and\s++)?|,\s*+but\s++|\s--?\s*+")


def _last_clause(text: str, start: int, end: int) -> int:
    """Where the last clause of ``text[start:end]`` opens: after its last semicolon,
    colon, dash or ``, but`` (``start`` when it has none).

    >>> text = "Lydia was bid to hold her tongue; but Mr. Collins rose, and said"
    >>> text[_last_clause(text, 0, len(text)):]
    'Mr. Collins rose, and said'
    >>> _last_clause("He took the hint, and said", 0, 26)
    0
    """
    found = start
    for m in _CLAUSE_BREAK.finditer(text, start, end, False, HOLD):
        found = m.end()
    return found


def _clause_break_before(text: str, start: int, clause: int) -> int:
    """Where the clause break that opens the clause at ``clause`` begins (``start`` when
    none is found): the clause before it ends there.

    >>> text = "Ann sat; but Tom rose"
    >>> _clause_break_before(text, 0, text.index("Tom"))
    7
    """
    found = start
    for m in _CLAUSE_BREAK.finditer(text, max(start, clause - 12), clause, False, HOLD):
        if m.end() == clause:
            found = m.start()
    return found


def _token_before(text: str, pos: int) -> str:
    """The whitespace-separated token that ends last before ``pos`` (``""`` if none):
    what ``text[:pos].split()[-1]`` gives, read back from ``pos`` only.

    >>> _token_before("In a Bloomberg interview Trump", 25)
    'interview'
    >>> _token_before("   ", 3)
    ''
    """
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _outer_report(
    ctx: Context, cues: Sequence[tuple[int, int]], start: int, mention: Mention,
    cue: tuple[int, int],
) -> tuple[Mention, tuple[int, int]]:
    """The source of a report that ``mention`` and its ``cue`` are nested in: the
    speaker of a verb of saying whose clause a pronoun ``mention`` opens (``The senator
    said he rarely asks``, ``sources say that he told``) or whose object it is (``who
    told Congress when asked``), else ``mention`` and ``cue``. A person named in the
    clause keeps the words (``Lee said Hale asked, "…"`` is Hale's).

    Notes: PolNeAR's attribution relations give a nested report to its outer source.
    """
    text = ctx.text
    for _ in range(3):
        outer = None
        for c in cues:
            if c[1] >= mention.span.start:
                continue  # no verb after the mention reports it (the gap below has a space)
            gap = _REPORTED.fullmatch(text, c[1], mention.span.start, HOLD)
            verb = text[c[0] : c[1]].lower().split()[0]
            if gap is None or not (gap.group(1) or verb in _SAYING):
                continue
            if mention.kind == "pronoun" or (verb in _TELLING and not gap.group(1)):
                outer = c  # ``he``, most often the one who tells it; ``told Congress``
        if outer is None:
            break
        m = _mention_before_verb(text, start, outer[0])
        found = None if m is None else read_mention(
            text, m.start("mention"), m.end("mention"), source=True
        )
        if found is None:
            found = _plural_role_before(text, start, outer[0])
        if found is None or is_object(text, found):
            break
        mention, cue = found, outer
    return mention, cue


def _plural_role_before(text: str, start: int, verb: int) -> Mention | None:
    """A bare plural role of up to three words opening a clause right before the verb
    at ``verb`` (words like ``have`` between): ``Law enforcement sources have said``,
    ``, prosecutors say``.

    >>> _plural_role_before("If so, prosecutors say", 0, 19).span.text
    'prosecutors'

    Notes: news names a source by a bare plural role as often as by a determiner
    (``officials said``); the role nouns are ``data/role_nouns.txt``.
    """
    m = _PLURAL_ROLE_BEFORE.search(text, start, verb, HOLD)
    if m is None or m.group("role").lower() not in lexicon.ROLE_NOUNS:
        return None
    return Mention(_span(text, m.span("mention")), "description", m.group("mention").lower())


#: A bare plural role ending right before a verb, opening its clause (after a comma,
#: ``that``, or at the start of the stretch): ``Law enforcement sources have``.
_PLURAL_ROLE_BEFORE = regex.compile(
    rf"""(?:\G|(?<=[,;]\s)|(?<=\bthat\s))
    (?P<mention>(?:\p{{L}}[\p{{L}}\-]*+\s++){{0,2}}(?P<role>\p{{Ll}}++)(?<=s))
    \s++(?:(?:{'|'.join(BETWEEN_WORDS)})\s++)?+\Z""",
    regex.VERBOSE,
)


#: What lies between a verb of saying and the subject of the clause it reports.
_REPORTED = regex.compile(r"\s++(that\s++)?")
#: Verbs of telling, whose object is spoken to: ``told Congress``.
_TELLING = frozenset("tell tells told".split())
#: Verbs of saying that report a clause without ``that``: ``said he would``.
_SAYING = frozenset(
    "say says said saying tell tells told add adds added note notes noted argue argues "
    "argued claim claims claimed insist insists insisted write writes wrote".split()
)


def _document_object(text: str, mention: Mention, cue: tuple[int, int]) -> bool:
    """True for a document named as the object of a verb before a participle cue:
    ``a statement`` in ``she released a statement saying "…"``.

    >>> m = Mention(Span(13, 24, "a statement"), "description", "a statement")
    >>> _document_object("she released a statement saying", m, (25, 31))
    True
    """
    if mention.kind != "description" or not text[cue[0] : cue[1]].endswith("ing"):
        return False
    if mention.core.split()[-1] not in _DOCUMENT_NOUNS:
        return False
    before = text[max(0, mention.span.start - 40) : mention.span.start].rstrip()
    word = before[before.rfind(" ") + 1 :] if before else ""
    return word.isalpha() and word.islower() and word not in _STOP_WORDS


#: Documents that speak for whoever issues them.
_DOCUMENT_NOUNS = frozenset(
    "statement statements email emails letter letters tweet tweets post memo release "
    "message note".split()
)
#: Words before a document that make it no object of a verb.
_STOP_WORDS = frozenset("in on of to from by with at for and or but as".split())
#: Conjunctions and prepositions that open neither a cue nor a mention: the stop words
#: (``as`` may open a speaker: ``"…," as Cruz said``) that open no cue (``in a
#: statement``). The mention patterns stop before each (``patterns._STOP``).
_NO_SOURCE_WORDS = frozenset(w for w in _STOP_WORDS - {"as"} if not opens_cue(w))


def _after_as(text: str, pos: int, verb: str = "") -> bool:
    """True when the mention at ``pos`` is the subject of a clause despite the word
    before it: ``As Michael Dell said``, or ``with Donald Trump tweeting`` (``with``
    before a participle's subject).

    >>> _after_as("As Al Day said", 3), _after_as("to Al Day", 3)
    (True, False)
    >>> _after_as("with Al Day tweeting", 5, "tweeting"), _after_as("with Al Day said", 5, "said")
    (True, False)
    """
    before = text[max(0, pos - 6) : pos].rstrip().lower()
    for word in ("as", "with") if verb.endswith("ing") else ("as",):
        if before.endswith(word) and (
            len(before) == len(word) or not before[-len(word) - 1].isalpha()
        ):
            return True
    return False


#: Where a second clause joins a sentence: ``, and``, ``, but``, ``;``, or a comma and a
#: subordinator or relative (``, while``, ``, although``, ``, in which``).
_CLAUSE_JOINT = regex.compile(
    r"(?:,\s+(?:and|but|yet|when|while|whereas|although|though|whom|(?:in\s+)?which)|;)\s+"
)

#: How many speech verbs of a sentence cue_before tries (a run of "said said said …"
#: must not cost a search each).
_CUES_TRIED = 4

#: How far before its verb a mention (with an appositive) may begin, in characters.
_MENTION_REACH = 160

#: Characters that no match of MENTION_BEFORE_VERB holds (its appositive stops at
#: them; no name, pronoun or description has them).
_NEVER_IN_MENTION = ';:"“”'

#: Lower-case endings of the words a pronoun mention can end: he (she, the), it, we, they.
_PRONOUN_ENDS = ("he", "it", "we", "they")
#: The same, and the comma that closes an appositive.
_MENTION_ENDS = (",", *_PRONOUN_ENDS)
#: Runs of characters that are not space, found from the end back (the same runs as
#: :data:`~quoteattr.patterns.NON_SPACE` finds, the last first).
_WORDS_BACKWARD = regex.compile(r"(?r)\S++")


def _mention_before_verb(text: str, start: int, verb: int) -> regex.Match[str] | None:
    """``MENTION_BEFORE_VERB.search`` from ``start`` (at most :data:`_MENTION_REACH`
    back) to the speech verb at ``verb``, the same match, found faster: the search
    starts after the last character no match holds, and is spared where no mention can
    end before the verb (:func:`_closes_no_mention`, :func:`_mention_may_end`).

    >>> text = 'Asked: "Why?" Trump said'
    >>> _mention_before_verb(text, 0, 20).group("mention")
    'Trump'
    """
    if _closes_no_mention(text, verb):
        return None
    reach = max(start, verb - _MENTION_REACH)
    near = text[reach:verb]
    for ch in _NEVER_IN_MENTION:  # a match runs up to the verb: it starts after them
        if ch in near:  # (most often none is: a look at the slice costs less)
            reach = max(reach, text.rfind(ch, reach, verb) + 1)
    if not _mention_may_end(text, reach, verb):
        return None
    floor = _mention_floor(text, reach, verb)
    if _has_apostrophe(text, floor, verb):
        return MENTION_BEFORE_VERB.search(text, floor, verb, HOLD)
    return MENTION_BEFORE_VERB_PLAIN.search(text, floor, verb, HOLD)


def _has_apostrophe(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds an apostrophe (``'`` or ``’``): only there
    can a possessive name (``Ryan's spokeswoman``) open a mention, so elsewhere the
    patterns without one (``MENTION_BEFORE_VERB_PLAIN``, ``SUBJECT_PLAIN``) find the
    same matches, faster.

    >>> _has_apostrophe("Ryan's aide said", 0, 11), _has_apostrophe("Ryan's aide said", 5, 11)
    (True, False)
    """
    return text.find("'", start, end) != -1 or text.find("’", start, end) != -1


def _mention_floor(text: str, start: int, verb: int) -> int:
    """The first position of ``text[start:verb]`` where a match of
    :data:`MENTION_BEFORE_VERB` ending at ``verb`` may begin: no match begins before it,
    so a search from there finds the same match as one from ``start``, trying fewer
    places.

    >>> text = "Asked about the vote in the fall, Jones later said"
    >>> text[_mention_floor(text, 0, 46):46]
    ' Jones later '
    >>> text = "Back home, Ann Lee, a nurse, said"
    >>> text[_mention_floor(text, 0, 29):29]
    ' Ann Lee, a nurse, '

    Notes: from the shape of the pattern. A match is a mention, then spaces and words
    like ``later`` (lower-case letters). The mention is a name, pronoun, description or
    share of people, none holding a :data:`~quoteattr.patterns.MENTION_BREAK`, and may
    end with a part set off by commas that holds any: a name (``, Ann Lee,``) or an
    appositive of up to four parts, each opening as
    :data:`~quoteattr.patterns.APPOSITIVE_OPENER` says. So a match begins after the
    last break, or, when the text may end with such a part, after the last break
    before the earliest comma the part can open at.
    """
    last = MENTION_BREAK.search(text, start, verb, HOLD)
    if last is None:
        return start
    opens = _set_off_opening(text, start, verb)
    if opens is None:
        return last.end()
    last = MENTION_BREAK.search(text, start, opens, HOLD)
    return start if last is None else last.end()


def _set_off_opening(text: str, start: int, verb: int) -> int | None:
    """The earliest comma in ``text[start:verb]`` at which a part of a mention set off
    by commas (a name, or an appositive of up to four parts) may open, when the text
    may end with one (a comma, then spaces and lower-case words); else None.

    >>> text = "Ann Lee, a nurse, 52, has said"
    >>> _set_off_opening(text, 0, 26), _set_off_opening("Ann Lee, who said", 0, 13)
    (7, None)
    """
    close = text.rfind(",", start, verb)
    if close == -1 or not _LOWER_TAIL.fullmatch(text, close + 1, verb, HOLD):
        return None
    commas: list[int] = []
    comma = close
    while len(commas) < 4 and (comma := text.rfind(",", start, comma)) != -1:
        commas.append(comma)
    opens = None
    if commas and _name_between(text, commas[0] + 1, close):
        opens = commas[0]  # ``, Ann Lee,``
    if (
        len(commas) > 1
        and _NAME_SUFFIX.match(text, commas[0] + 1, None, HOLD)
        and _name_between(text, commas[1] + 1, close)
    ):
        opens = commas[1]  # ``, Ann Lee, Jr.,``
    for comma in commas:  # the parts of an appositive, each after the one before it
        if not APPOSITIVE_OPENER.match(text, comma + 1, None, HOLD):
            break
        opens = comma if opens is None else min(opens, comma)
    return opens


def _name_between(text: str, start: int, end: int) -> bool:
    """False when ``text[start:end]`` cannot be a name: it has a word that opens with
    no capital or bracket and is no name particle (``de``).

    >>> _name_between("Ann de Lee (D-Va.)", 0, 18), _name_between("Ann was here", 0, 12)
    (True, False)
    """
    words = text[start:end].split()
    return bool(words) and all(
        UPPER.match(w, None, None, HOLD) is not None or w[0] == "(" or w in lexicon.NAME_PARTICLES
        for w in words
    )


#: Spaces and lower-case words to the end: what may follow a mention's closing comma.
_LOWER_TAIL = regex.compile(r"\s[\s\p{Ll}]*+")
#: The spaces and suffix after a name's comma: ``, R-Ariz.``, ``, Jr.``.
_NAME_SUFFIX = regex.compile(r"\s++(?:[RDI]-|Jr\.|Sr\.|II)")


def _mention_may_end(text: str, start: int, end: int) -> bool:
    """False when no match of :data:`MENTION_BEFORE_VERB` can end at ``end`` in
    ``text[start:end]``, told from the last few words alone; True when one might.

    The pattern's match ends with a space and up to three of
    :data:`~quoteattr.patterns.BETWEEN_WORDS` (``has``, ``later``); what comes before
    them ends a name (a word holding a capital), a pronoun, a role noun, a relative
    ``who`` or an appositive (a comma). A text where no such word stands there is spared the search,
    which tries every position of its ``start:end`` and costs far more.

    >>> _mention_may_end("and then she sat ", 0, 17), _mention_may_end("Smith also ", 0, 11)
    (False, True)
    """
    words = _WORDS_BACKWARD.finditer(text, start, end, False, HOLD)  # the last first, read as asked
    last = next(words, None)
    if last is None or last.end() == end:
        return False  # the pattern wants a space right before its end
    for m in chain((last,), islice(words, 3)):
        word = m.group()
        if (
            word.endswith(_MENTION_ENDS)
            or UPPER.search(word, None, None, HOLD) is not None
            or word in lexicon.ROLE_NOUNS
            or word == "who"  # a relative after a comma: ``Beck, who has said``
            or word in _QUANTITY_ENDS  # ``Most said``, ``those surveyed said``
        ):
            return True
        if word not in BETWEEN_WORDS and not word.endswith("ly"):
            break
    # Else only a share of people may end there: ``31% of voters said``.
    near = text[max(start, end - 60) : end]
    return "%" in near or any(map(str.isdigit, near))


#: Words a quantity mention can end with (see ``patterns._QUANTITY``).
_QUANTITY_ENDS = frozenset((*QUANTITY_PRONOUNS, *SURVEY_PARTICIPLES, "percent"))


def _closes_no_mention(text: str, end: int) -> bool:
    """True when no mention can end right before ``end`` (a speech verb): the text there
    is not a space, or the word before it ends with a full stop that is no name suffix
    (``A. said``, ``today. said``). Searching :data:`MENTION_BEFORE_VERB` there would
    fail anyway, after trying a name from every word of the window.

    >>> _closes_no_mention("A. B. said", 6), _closes_no_mention("Al Lee Jr. said", 11)
    (True, False)
    >>> _closes_no_mention("Al Lee said", 7), _closes_no_mention("Al Lee, 52, said", 12)
    (False, False)

    Notes: from the shape of the pattern: a mention ends in a letter, a suffix
    (``Jr.``, ``R-Ariz.``) or an appositive's comma, followed by a space.
    """
    window = text[max(0, end - 40) : end]
    if not window[-1:].isspace():
        return True
    words = window.rsplit(None, 1)  # the last word, and what is before it
    if not words or (len(words) == 1 and end > 40):
        return False  # a word longer than the window: let the pattern decide
    last = words[-1]
    return last.endswith(".") and last not in ("Jr.", "Sr.") and "-" not in last


def according_to(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """``according to X`` in the quotation's sentence.

    >>> from quoteattr import extract
    >>> extract('The deal is "dead," according to a senior official.')[0].mention.text
    'a senior official'
    """
    if ctx.quote.kind == "term":
        return None
    for start, end in (ctx.after, ctx.before):
        if "ccord" not in ctx.text[start:end].lower():
            continue  # no ``according`` in any case (see _may_relay): no match
        m = ACCORDING_TO.search(ctx.text, start, end, HOLD)
        if m:
            mention = read_mention(ctx.text, m.start("mention"), m.end("mention"))
            if mention is not None:
                words = ctx.text[m.start() : m.start("mention")].rstrip()
                cue = Span(m.start(), m.start() + len(words), words)
                return Decision(mention, cue, "according_to")
    return None


def colon_intro(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """A lead-in ending with a colon that names someone: ``And from Chairwoman Rosenworcel:``.

    >>> from quoteattr import extract
    >>> extract('And from Chairwoman Jane Rosen:\\n\\n"We must act now."')[0].speaker
    'Jane Rosen'
    """
    if ctx.quote.kind == "term":
        return None
    text = ctx.text
    if ctx.opens_paragraph:
        if ctx.paragraph_index == 0:
            return None
        end = ctx.paragraph[0]
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = max(0, end - 200)
    else:
        start, end = ctx.before
        while end > start and text[end - 1].isspace():
            end -= 1
    if end <= start or text[end - 1] != ":":
        return None
    line_start = max(text.rfind("\n", start, end - 1) + 1, start)
    colon = Span(end - 1, end, ":")
    # The speaker of a speech verb in the lead-in (``Trump told the crowd in Ohio:``),
    # else the last name in it (``And from Chairwoman Rosenworcel:``), else its
    # subject (``He then listed the qualities he wants:``).
    signed = _DASH_NAME.search(text, line_start, end - 1, HOLD) if ctx.style == "news" else None
    if signed is not None:
        # ``Pollsters agree - Carl Bialik:``: a heading, a dash and the author's name.
        mention = read_mention(text, *signed.span("mention"))
        if mention is not None and mention.kind == "name":
            return Decision(mention, colon, "colon_intro")
    decision = _speaker_of_verb(ctx, line_start, end - 1, "colon_intro")
    if ctx.style == "fiction":
        return _fiction_colon(ctx, decision, line_start, end - 1, colon)
    if decision is not None:
        return decision
    source = _FROM_SOURCE.search(text, line_start, end - 1, HOLD) if ctx.style == "news" else None
    if source is not None:
        # ``More from Jones:``, ``From the report:``: the source the words are taken from.
        mention = read_mention(text, *source.span("mention"))
        if mention is not None:
            return Decision(mention, colon, "colon_intro")
    names = list(names_in(text, line_start, end - 1))
    subject = _first_subject(ctx, line_start, end - 1)
    if (
        names and ctx.style == "news" and subject is not None
        and subject.span.end <= names[-1].span.start
        and _verb_follows(text, subject.span.end)
    ):
        # ``Perez hammered Trump and contrasted him with Clinton:``: the clause's
        # subject, not the last person named (an object).
        return Decision(subject, colon, "colon_intro")
    if names:
        return Decision(names[-1], colon, "colon_intro")
    if subject is not None and subject.kind == "pronoun":
        return Decision(subject, colon, "colon_intro")
    return None


def _fiction_colon(
    ctx: Context, decision: Decision | None, start: int, end: int, colon: Span
) -> Decision | None:
    """:func:`colon_intro` in fiction, where a lead-in is a stretch of narration
    (``Father Christopher screwed up his eyes, thought a minute and said:``): the
    speaker of its speech verb when that is a person, else the first subject of the last
    clause of its last sentence (``Ann, in a hurry, waved and said:``; ``Tom sat; but
    Ann rose and said:``), else the last name in it that is not an object or a
    possessive (``… the cake given him by the Jewess, and asked:``); failing those, as
    in news.

    >>> from quoteattr import extract
    >>> text = 'Tom came.\\n\\nAnn Lee frowned, thought a minute and said:\\n\\n"No."'
    >>> extract(text, style="fiction")[0].speaker
    'Ann Lee'
    >>> text = 'Tom came.\\n\\nAnn Lee took the cake from Mr. Ray, and asked:\\n\\n"No?"'
    >>> extract(text, style="fiction")[0].speaker
    'Ann Lee'
    >>> text = 'Tom came.\\n\\nAnn Lee looked up and asked Tom Ray softly:\\n\\n"No?"'
    >>> extract(text, style="fiction")[0].speaker
    'Ann Lee'

    Notes: a novel's narration runs on before the colon; the words after its verbs
    ("a minute", "his shoulders", "from Mr. Ray") are no one who speaks.
    """
    if decision is not None and (
        decision.mention.kind != "description" or decision.mention.gender in ("m", "f")
    ):
        return decision
    text = ctx.text
    spans = ctx.sentences(start, end)
    opening = spans[-1][0] if spans else start
    clause = _last_clause(text, opening, end)
    subject = (clause > opening and _first_subject(ctx, clause, end)) or _first_subject(
        ctx, opening, end
    )
    if subject is not None and (subject.kind != "description" or subject.gender in ("m", "f")):
        return Decision(subject, colon, "colon_intro")
    names = [m for m in names_in(text, start, end) if not is_object(text, m)]
    if names:
        return Decision(names[-1], colon, "colon_intro")
    if decision is not None:
        return decision
    names = list(names_in(text, start, end))
    if names:
        return Decision(names[-1], colon, "colon_intro")
    subject = _first_subject(ctx, start, end)
    if subject is not None and subject.kind == "pronoun":
        return Decision(subject, colon, "colon_intro")
    return None


#: A dash and a name closing a lead-in: ``Pollsters agree - Carl Bialik``.
_DASH_NAME = regex.compile(
    r"\s[-—–]\s++(?P<mention>\p{Lu}[\p{L}.’'\-]*+(?:\s++\p{Lu}[\p{L}.’'\-]*+){0,3})\s*+\Z"
)

#: ``from X`` closing a lead-in: ``More from Jones``, ``From the report``.
_FROM_SOURCE = regex.compile(
    r"(?<![\p{L}])[Ff]rom\s++(?P<mention>(?:the|an?)\s++[\p{L}’'\-]++(?:\s++[\p{L}’'\-]++){0,2}"
    r"|\p{Lu}[\p{L}.’'\-]*+(?:\s++\p{Lu}[\p{L}.’'\-]*+){0,3})\s*+\Z"
)


def _speaker_of_verb(ctx: Context, start: int, end: int, rule: str) -> Decision | None:
    """The speaker of the last speech verb in ``text[start:end]`` that has one, written
    before it (``Trump told the crowd``) or after it (``, said Ann Lee, an aide``)."""
    text = ctx.text
    for cue in _cues(ctx, start, end)[::-1][:_CUES_TRIED]:
        m = _mention_before_verb(text, start, cue[0])
        if m is not None:
            mention = read_mention(text, m.start("mention"), m.end("mention"), source=True)
            if mention is not None and not is_object(text, mention):
                return Decision(mention, _span(text, cue), rule)
        if text[start : cue[0]].rstrip().endswith(","):
            decision = _after_verb(ctx, cue, MENTION_AFTER_VERB, rule, end)
            if decision is not None:
                return decision
    return None


def previous_sentence(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """In news, a quotation with no cue of its own, opening a sentence, belongs to the
    speaker of the sentence before it, in its paragraph or closing the paragraph before:
    ``Ann Lee praised the plan. "It will work."``

    >>> from quoteattr import extract
    >>> text = 'Gov. Ann Lee praised the plan on Monday. "It will work."'
    >>> q = extract(text)[0]
    >>> q.speaker, q.cue.text, q.rule
    ('Ann Lee', 'praised', 'previous_sentence')

    Notes: the news convention of paraphrase then quotation (a reporter's "said X" or
    "X argued" sentence before the words themselves), as in the Gender Gap Tracker's
    paragraph-level attribution.
    """
    if ctx.style != "news" or ctx.quote.kind != "direct":
        return None
    text = ctx.text
    if _cues(ctx, *ctx.after):
        return None  # a cue of its own after it, which cue_after could not read
    start, end = ctx.lead
    if not text[start:end].strip():
        if not ctx.opens_paragraph or ctx.paragraph_index == 0:
            return None
        # The quotation opens its paragraph: the narration closing the paragraph
        # before, if no quotation stands between.
        end = ctx.paragraph[0]
        start = max(end - 600, ctx.quotes[ctx.index - 1].end if ctx.index else 0)
        while end > start and text[end - 1].isspace():
            end -= 1
    if start >= end or not ends_sentence(text, start, end):
        return None
    spans = ctx.sentences(start, end)
    if not spans:
        return None
    sentence = spans[-1]
    decision = _speaker_of_verb(ctx, *sentence, "previous_sentence")
    if decision is None:
        # ``Bolton distanced himself by saying he would help.``: a speech verb with no
        # speaker beside it reports its sentence's subject.
        cues = _cues(ctx, *sentence)
        subject = _first_subject(ctx, *sentence) if cues else None
        if subject is not None:
            decision = Decision(subject, _span(text, cues[-1]), "previous_sentence")
    before = _previous_speech(ctx)
    if decision is not None and before is not None and before < len(decided):
        earlier = decided[before]
        if earlier is not None and earlier.cue == decision.cue:
            return None  # the cue of the quotation before: the speech goes on (a later rule)
    return decision


def same_paragraph(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """A quotation that goes on a speech begun earlier in its paragraph: ``"…," she said. "…"``.

    >>> from quoteattr import extract
    >>> [q.rule for q in extract('"We won," she said. "It was close."')]
    ['cue_after', 'same_paragraph']
    """
    if ctx.quote.kind == "term":
        return None
    i = _previous_speech(ctx)
    if i is None or ctx.quotes[i].start < ctx.paragraph[0]:
        return None
    earlier = decided[i]
    if earlier is None:
        return None
    lead_start, lead_end = ctx.quotes[i].end, ctx.quote.start
    if not lead_start <= earlier.mention.span.start < lead_end:
        # The cue is not between the two parts: nobody else may be named between them.
        if any(True for _ in names_in(ctx.text, lead_start, lead_end)):
            return None
        if ctx.style == "news" and _opens_own_sentence(ctx, i):
            if _first_subject(ctx, *ctx.before) is not None:
                return None  # ``"…," she said. Her husband cut in: "…"``: a subject of its own
            if ctx.quote.kind == "direct" and previous_sentence(ctx, decided) is not None:
                return None  # ``"…," Ann said. Then he promised to stay. "…"``: his
    elif (
        ctx.style == "news"
        and ctx.quote.kind == "partial"
        and _opens_own_sentence(ctx, i)
        and getattr(_first_subject(ctx, *ctx.before), "kind", None) == "pronoun"
    ):
        # ``"…," she says. She wants them "to admit it."``: its own subject, written
        # beside it (a name there may be spoken of: ``Biden "kind of misspoke."``).
        return None
    return attrs.evolve(earlier, rule="same_paragraph")


def _opens_own_sentence(ctx: Context, i: int) -> bool:
    """True when the quotation's sentence begins after the earlier quotation ``i``
    (that one ended a sentence, or a sentence ended in the narration between)."""
    earlier = ctx.quotes[i]
    if earlier.content.text.rstrip().rstrip("'’\"”").endswith((".", "!", "?")):
        return True
    return bool(ctx.text[earlier.end : ctx.before[0]].strip())


def _previous_speech(ctx: Context) -> int | None:
    """The index of the latest earlier quotation that is not a term (a title or scare
    quote between two parts of a speech does not interrupt it)."""
    for i in range(ctx.index - 1, max(-1, ctx.index - 6), -1):
        if ctx.quotes[i].kind != "term":
            return i
    return None


def continues_previous(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """In news, a paragraph that opens with a quotation and names nobody goes on the
    previous speech.

    >>> from quoteattr import extract
    >>> text = '"We won," Smith said.\\n\\n"It was close."'
    >>> [q.rule for q in extract(text)]
    ['cue_after', 'continues_previous']
    """
    if ctx.style != "news" or ctx.quote.kind == "term" or ctx.index == 0:
        return None
    if not ctx.opens_paragraph:
        return None
    i = _previous_speech(ctx)
    if i is None or decided[i] is None:
        return None
    earlier, prev = decided[i], ctx.quotes[i]
    # The previous quotation must be in the paragraph just before, or this one's own.
    gap = ctx.text[prev.end : ctx.quote.start]
    if gap.count("\n\n") > 1 or len(gap) > 400:
        return None
    if any(True for _ in names_in(ctx.text, ctx.quote.end, ctx.paragraph[1])):
        return None
    if _asks(prev.content.text):
        return None  # ``"…angry?" Clinton asked.\n\n"Nooooo!"``: the answer is another's
    return attrs.evolve(earlier, rule="continues_previous")


def _asks(words: str) -> bool:
    """True when quoted ``words`` end in a question: what answers it, in the next
    paragraph with no cue, is someone else's (the crowd's, the interviewee's).

    >>> _asks("Or do we make promises we can't keep?"), _asks("We won,")
    (True, False)

    Notes: a question and its answer are two turns of an exchange, as in CoreNLP's
    conversation sieve (Muzny et al., EACL 2017), which alternates speakers.
    """
    return words.rstrip(" \t\n,.'’\"”").endswith("?")


def sentence_subject(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """A quoted fragment inside the writer's sentence belongs to the person it opens with;
    in news, failing a person, to the noun phrase its clause opens with (``The deal``).

    >>> from quoteattr import extract
    >>> extract('Clinton called for more "flexibility" in Iraq.')[0].mention.text
    'Clinton'
    """
    if ctx.quote.kind != "partial":
        return None
    late = _subject_after_intro(ctx) if ctx.style == "news" else None
    if late is not None:
        return Decision(late, None, "sentence_subject")
    opening = _sentence_opening(ctx)
    subject = claim = _claim_holder(ctx)
    if subject is None and opening is not None:
        # The sentence began before an earlier fragment of it: ``Cruz says his "friend"
        # Rubio ran "an optimistic campaign."`` is Cruz's.
        subject = _first_subject(ctx, *opening)
    if subject is None:
        subject = _first_subject(ctx, *ctx.before)
    if ctx.style == "news" and subject is not None and claim is None:
        # A person inside a clause that a speech verb reports (``The ad concludes that
        # Trump is too "…"``): the noun phrase before the verb is the source.
        subject = _reporter(ctx, (opening or ctx.before)[0], subject) or subject
        # A later clause with a pronoun subject of its own (``Cruz is the only one to
        # pledge it, and he has long used that fact … for not campaigning "…"``).
        subject = _joined_subject(ctx, subject) or subject
    if subject is None and ctx.style == "news":
        # No person: the noun phrase the clause opens with is its source (``The deal
        # promotes the "excellent location"``, ``Most say they are "very worried"``).
        subject = _opening_phrase(ctx.text, *ctx.before)
        if subject is not None and _no_source_phrase(ctx.text, subject):
            subject = None
    if subject is not None and ctx.style == "news":
        subject = _relative_holder(ctx) or subject
        which = _relative_which(ctx)
        if which is not None:
            return Decision(which[0], None, "sentence_subject", speaker=which[1])
    return None if subject is None else Decision(subject, None, "sentence_subject")


def _relative_speaker(ctx: Context) -> Decision | None:
    """The subject of an object relative whose speech verb runs unbroken into the
    fragment: ``an FBI investigation`` in ``her email use, which an FBI investigation
    said was "extremely careless"``, ``former employees`` in ``what former employees
    have called a "fraudulent scheme"``. The words are the relative clause's subject's,
    not the main clause's.

    >>> from quoteattr import extract
    >>> text = 'The school is what former students have called a "fraudulent scheme."'
    >>> extract(text)[0].mention.text
    'former students'

    Notes: PolNeAR gives a fragment to the source of the cue that introduces it, here
    the relative clause's own.
    """
    found = _unbroken_to_quote(ctx, _OBJECT_RELATIVE, "wh")
    if found is None:
        return None
    text = ctx.text
    cues = _cues(ctx, found.end(), ctx.before[1])
    if not cues or len(text[cues[0][1] : ctx.before[1]].split()) > _RELATIVE_REACH:
        return None
    words = text[found.end() : cues[0][0]].split()
    while words and (words[-1] in BETWEEN_WORDS or words[-1].endswith("ly")):
        words.pop()  # ``have called``, ``repeatedly called``
    if not 0 < len(words) <= _RELATIVE_SUBJECT_WORDS:
        return None
    end = text.index(words[-1], found.end()) + len(words[-1])
    mention = read_mention(text, found.end(), end, source=True)
    if mention is None or QUANTITY.fullmatch(mention.span.text, None, None, HOLD):
        return None  # ``what some call the "… loophole"``: a name in use, not a source
    return Decision(mention, _span(text, cues[0]), "")


def _naming_agent(ctx: Context) -> Decision | None:
    """The agent of a passive verb of naming right before the fragment, in the
    by-phrase right after it: ``has been called "strategic ambiguity" by Ann Cole``,
    ``often labeled as a "witch hunt" by Democrats``.

    >>> from quoteattr import extract
    >>> text = 'The plan has been called "a sham" by Ann Cole, a critic.'
    >>> extract(text)[0].mention.text
    'Ann Cole'

    Notes: the by-phrase of a passive names its agent (Quirk et al., *A Comprehensive
    Grammar of the English Language*, 3.63), as in :func:`_passive_agent`.
    """
    text = ctx.text
    by = (
        _BY_AFTER.match(text, ctx.after[0], ctx.after[1], HOLD)
        if text.find("by", ctx.after[0], ctx.after[1]) != -1  # as every match has
        else None
    )
    if by is None:
        return None
    cues = _cues(ctx, max(ctx.before[0], ctx.before[1] - 40), ctx.before[1])
    if not cues or not _NAMING_GAP.fullmatch(text, cues[-1][1], ctx.before[1], HOLD):
        return None  # ``called "…"``, ``labeled as a "…"``: the verb names the words
    m = MENTION_AFTER_VERB.match(text, by.end() - 1, ctx.after[1], HOLD)
    if m is None:
        return None
    mention = read_mention(text, m.start("mention"), m.end("mention"), source=True)
    return None if mention is None else Decision(mention, _span(text, cues[-1]), "")


#: What may stand between a verb of naming and the words it names: ``as a``.
_NAMING_GAP = regex.compile(r"(?:\s++as)?+(?:\s++(?:an?|the))?+[\s\p{Pi}\p{Ps}\"]*+")
#: ``by`` right after a quotation (a comma may come first), and the space after it.
_BY_AFTER = regex.compile(r",?\s++by\s")


#: An object relative pronoun and the space after it: ``what``, ``which``, ``whom``.
_OBJECT_RELATIVE = regex.compile(r"(?<![\p{L}'’])(?:what|which|whom)\s++(?=\S)")
#: The most words between a relative clause's speech verb and the fragment.
_RELATIVE_REACH = 4
#: The most words of a relative clause's subject (``the state attorney general``).
_RELATIVE_SUBJECT_WORDS = 5


def _relative_which(ctx: Context) -> tuple[Mention, str] | None:
    """A relative ``which`` after a name, whose clause runs unbroken into the fragment,
    and that name: ``Greenpeace which charged that the deal risked "corporate greed"``
    (the ``which`` is the source, the body it names the speaker).

    Notes: PolNeAR marks the relative pronoun as the source of the words in its clause.
    """
    found = _unbroken_to_quote(ctx, _RELATIVE_WHICH, "which")
    if found is None:
        return None
    if not _cues(ctx, found.end(), ctx.before[1]):
        return None  # ``the Stonewall Inn, which Obama declared``: no speech of its own
    name = found.group("name")
    span = Span(found.start("which"), found.end("which"), "which")
    return Mention(span, "description", "which"), name


#: A relative ``which`` after a name (``the Chicago Police Department which``).
_RELATIVE_WHICH = regex.compile(
    r"(?<![\p{L}])(?:the\s++)?(?P<name>\p{Lu}[\p{L}.&’'\-]*+(?:\s++\p{Lu}[\p{L}.&’'\-]*+){0,4}),?"
    r"\s++(?P<which>which)\s++(?=\p{Ll})"
)


def _joined_subject(ctx: Context, subject: Mention) -> Mention | None:
    """The pronoun subject of the last clause joined after ``subject`` before the
    fragment (``, and he``, ``; she``, ``, but they``, ``as he``), if any."""
    text = ctx.text
    found = None
    for m in _PRONOUN_CLAUSE.finditer(text, subject.span.end, ctx.quote.start, False, HOLD):
        found = m
    if found is None:
        return None
    return read_mention(text, found.start("pronoun"), found.end("pronoun"))


#: A clause joined with a pronoun subject: ``, and he``, ``; she``, `` as they``.
_PRONOUN_CLAUSE = regex.compile(
    r"(?:,\s++(?:and|but|yet|while|whereas|although|though|as|if|when)"
    r"|;|\s(?:and|but|as|while|when))\s++(?P<pronoun>he|she|they)(?![\p{L}'’])"
)


def _reporter(ctx: Context, start: int, subject: Mention) -> Mention | None:
    """The noun phrase opening ``text[start:]`` when it is the subject of a speech verb
    that reports the clause ``subject`` stands in: ``The radioman`` in ``The radioman
    pointed out that Trump was "…"``. None when a person speaks there (``after Trump
    told the Post he was``), the verb is set off by commas (``The paradox, says Carl
    Anthony, is``) or a new clause joins before the subject (``…, and though X is``).
    """
    text = ctx.text
    for cue in _cues(ctx, start, subject.span.start)[:1]:
        inverted = not text[cue[1] : subject.span.start].strip()
        if inverted and text[start : cue[0]].rstrip().endswith(","):
            return None  # ``, says Carl Anthony,``: the verb's own speaker, inverted
        if _CLAUSE_JOINT.search(text, cue[1], subject.span.start, HOLD) is not None:
            return None
        if _mention_before_verb(text, start, cue[0]) is not None:
            return None
        return _opening_phrase(text, start, cue[0])
    return None


def _opening_phrase(text: str, start: int, end: int) -> Mention | None:
    """The noun phrase that opens the clause in ``text[start:end]`` (after an
    introductory phrase), as a description: a determiner and the word after it (``The
    deal``, ``Most say``), or a group (``Republicans blasted``).

    >>> _opening_phrase("In May, the deal promotes", 0, 25).span.text
    'the deal'
    """
    start = _after_intro(text, start, end)
    while start < end and text[start].isspace():
        start += 1
    m = SUBJECT_PHRASE.match(text, start, end, HOLD)
    if m is not None:
        return Mention(_span(text, m.span("mention")), "description", m.group("mention").lower())
    # ``Republicans blasted the "poison pill" measures``: a group opens it.
    word_end = start
    while word_end < end and text[word_end].isalpha():
        word_end += 1
    word = text[start:word_end]
    if word[:1].isupper() and word.lower() in lexicon.GROUPS:
        return Mention(_span(text, (start, word_end)), "description", word.lower())
    # ``Nuclear proliferation experts have …``, ``Leaders of the group said``: a bare
    # plural role, up to three words.
    m = _BARE_PLURAL_ROLE.match(text, start, end, HOLD)
    if m is not None and m.group("role").lower() in lexicon.ROLE_NOUNS:
        return Mention(_span(text, m.span()), "description", m.group().lower())
    return None


def _no_source_phrase(text: str, phrase: Mention) -> bool:
    """True when the opening ``phrase`` is no noun phrase that could say anything: its
    second word is a verb or comparative (``That could``, ``This isn't``, ``The less``),
    or a form of *be* follows it (``The deal is actually a "pre-agreement"``: the writer
    says what the deal is, in words the writer puts in quotation marks).

    >>> text = 'The deal is actually a "pre-agreement".'
    >>> _no_source_phrase(text, _opening_phrase(text, 0, 23))
    True
    >>> text = 'The deal promotes the "excellent location".'
    >>> _no_source_phrase(text, _opening_phrase(text, 0, 22))
    False

    Notes: a copula's complement describes its subject rather than reporting it
    (Quirk et al., *A Comprehensive Grammar of the English Language*, on subject
    complements); the word list is ours.
    """
    words = phrase.span.text.replace("’", "'").split()
    if len(words) > 1 and words[-1].lower() in lexicon.NOT_HEADS:
        return True
    m = _NEXT_WORD.match(text, phrase.span.end, None, HOLD)
    return m is not None and m.group(1).replace("’", "'").lower() in lexicon.NOT_HEADS


#: The word right after a position, past spaces.
_NEXT_WORD = regex.compile(r"\s++([\p{L}’']++)")


#: Up to three words opening a clause with a capital, the last a plural noun.
_BARE_PLURAL_ROLE = regex.compile(
    r"\p{Lu}[\p{L}\-]*+(?:\s++\p{Ll}[\p{L}\-]*+){0,2}?(?<=(?P<role>\p{L}++))(?<=s)(?!\p{L})"
)


def _relative_holder(ctx: Context) -> Mention | None:
    """The relative ``who`` whose clause runs unbroken into the fragment: ``Beck, who
    has described Trump as "a sociopath"`` (the clause's subject, standing for Beck).

    >>> from quoteattr import extract
    >>> q = extract('Glenn Beck, who in the past described Trump as "a sociopath," spoke.')[0]
    >>> q.mention.text, q.speaker
    ('who', 'Glenn Beck')

    Notes: PolNeAR marks the relative pronoun as the source of the words in its clause.
    """
    found = _unbroken_to_quote(ctx, _RELATIVE_WHO, "who")
    if found is None:
        return None
    return read_mention(ctx.text, found.start("who"), found.end("who"))


def _unbroken_to_quote(
    ctx: Context, pattern: regex.Pattern[str], needle: str
) -> regex.Match[str] | None:
    """The last match of ``pattern`` in the narration before the quotation, if no
    comma, colon, semicolon, bracket or dash stands between it and the quotation.
    ``needle`` is a string every match holds: narration without it is not searched.

    >>> from quoteattr.quotes import find_quotes
    >>> from quoteattr.context import contexts
    >>> text = 'Beck, who called it "a sham," left.'
    >>> ctx = next(contexts(text, list(find_quotes(text)), [(0, len(text))]))
    >>> _unbroken_to_quote(ctx, _RELATIVE_WHO, "who").group("who")
    'who'
    """
    text = ctx.text
    start, end = ctx.before
    if text.find(needle, start, end) == -1:
        return None
    found = None
    for m in pattern.finditer(text, start, end, False, HOLD):
        found = m
    if found is None or any(ch in _CLAUSE_BREAKS for ch in text[found.end() : end]):
        return None
    return found


#: A relative ``who`` after a comma, and what closes its clause.
_RELATIVE_WHO = regex.compile(r"(?:,|\s[—–-]++)\s++(?P<who>who)\s")
_CLAUSE_BREAKS = frozenset(",;:()—–")


def _claim_holder(ctx: Context) -> Mention | None:
    """The person whose claim, promise or remark introduces the fragment: ``Trump`` in
    ``seized on Trump's claim that there were "thousands of shootings"``.

    In news a possessive pronoun holds them too: ``his`` in ``his promise to be "…"``.

    Notes: a possessive before a noun of speech (``data/speech_nouns.txt``) names the
    source of the words it introduces, as in PolNeAR's attribution relations.
    """
    text = ctx.text
    start, end = ctx.before
    found = None
    holders: list[Mention] = [
        m for m in names_in(text, start, end) if m.span.text.endswith(("'s", "’s", "s'", "s’"))
    ]
    if ctx.style == "news":
        # ``his warning that``, ``her remark that``: a possessive pronoun holds it too.
        for m in _POSSESSIVE.finditer(text, start, end, False, HOLD):
            mention = read_mention(text, m.start(), m.end())
            if mention is not None:
                holders.append(mention)
        holders.sort(key=lambda h: h.span.start)
    for mention in holders:
        words = text[mention.span.end : end].split()[:3]
        if any(w.strip(",.;:").lower() in lexicon.SPEECH_NOUNS for w in words):
            found = mention
    if found is not None and speech_cues(text, start, found.span.start):
        return None  # ``41 percent say Trump's comments are "…"``: the verb's subject speaks
    return found


#: A possessive pronoun of a person, a whole word.
_POSSESSIVE = regex.compile(r"(?<![\p{L}'’])(?:[Hh]is|[Hh]er|[Tt]heir)(?![\p{L}'’])")


def _sentence_opening(ctx: Context) -> tuple[int, int] | None:
    """Where the quotation's sentence opens, when it opens before an earlier quoted
    fragment of the same sentence: the narration from its start to that fragment."""
    text = ctx.text
    start = ctx.before[0]
    k = ctx.index - 1
    found = None
    while k >= 0 and ctx.quotes[k].start >= ctx.paragraph[0] and ctx.quotes[k].kind != "direct":
        q = ctx.quotes[k]
        if text[q.end : start].strip() or q.content.text.rstrip().endswith((".", "!", "?")):
            break  # the sentence opens after that fragment, or the fragment ended one
        lead_start = ctx.quotes[k - 1].end if k > 0 else ctx.paragraph[0]
        lead_start = max(lead_start, ctx.paragraph[0])
        if lead_start >= q.start or ends_sentence(text, lead_start, q.start):
            break
        spans = ctx.sentences(lead_start, q.start)
        if not spans:
            break
        start = spans[-1][0]
        found = (start, q.start)
        k -= 1
    return found


#: Words that open an introductory phrase set off by a comma (``In May, …``,
#: ``With the vote lost, …``); the sentence's subject comes after that comma.
_INTRO_WORDS = frozenset(
    "in at on with without after before during since until while when whenever as "
    "although though because if unless despite amid among following like unlike "
    "for from by over under through throughout".split()
)


def _after_intro(text: str, start: int, end: int) -> int:
    """Where the main clause begins: after an introductory phrase and its comma.

    >>> text = "With the vote lost, Cross said it"
    >>> text[_after_intro(text, 0, len(text)):]
    ' Cross said it'
    """
    i = start
    while i < end and not text[i].isalpha():
        i += 1
    j = i
    while j < end and text[j].isalpha():
        j += 1
    if text[i:j].lower() not in _INTRO_WORDS:
        return start
    comma = text.find(",", j, end)
    return start if comma == -1 else comma + 1


def _subject_after_intro(ctx: Context) -> Mention | None:
    """The subject of the main clause after an introductory phrase that holds the
    fragment: ``she`` in ``After saying her foot was "so swollen," she was …``. The
    phrase's understood subject is the main clause's.

    >>> from quoteattr import extract
    >>> text = 'After calling the plan "a sham," Ann Cole left the room.'
    >>> extract(text, style="news")[0].speaker
    'Ann Cole'

    Notes: an introductory participle clause takes the subject of the main clause as
    its own (Quirk et al., *A Comprehensive Grammar of the English Language*, 15.58);
    as in :func:`_after_participle_opener` for fiction.
    """
    text = ctx.text
    start, end = ctx.before
    if _after_intro(text, start, end) != start or "," in text[start:end]:
        return None  # no opening phrase, or it closed before the fragment
    first = _INTRO_OPENER.match(text, start, end, HOLD)
    word = first.group("word").lower() if first is not None else ""
    if first is None or not (
        (word.endswith("ing") and word not in _INTRO_WORDS and word not in _NOT_PARTICIPLES)
        or (word in _INTRO_WORDS and first.group("next").endswith("ing"))
    ):
        return None  # ``As they contemplate "…",``: a clause with a subject of its own
    # The comma closing the phrase: the fragment's own (``"a sham," Ann Cole left``), or
    # the first after it (``"…," though, Allen did``, ``"…" to be president, Clinton``).
    commas = [ctx.after[0] - 1] if ctx.quote.content.text.rstrip().endswith(",") else []
    commas.append(text.find(",", ctx.after[0], ctx.after[1]))
    for comma in commas:
        if comma < 0 or any(ch in text[ctx.after[0] : max(comma, ctx.after[0])] for ch in ";:()—–"):
            return None
        subject = _first_subject(ctx, comma + 1, ctx.after[1])
        if subject is not None and not text[comma + 1 : subject.span.start].strip():
            return subject  # the main clause opens with its subject
    return None


#: The first word of a sentence, for an opening phrase: ``After``, ``Conceding``.
_INTRO_OPENER = regex.compile(r"[\s\p{P}]*+(?P<word>\p{Lu}\p{Ll}++)\s++(?P<next>\p{L}++)")


_PARTICIPLE_OPENER = regex.compile(r"[\s\p{P}]*+(\p{Lu}\p{Ll}{2,}ing)\b")
#: An opening -ing word and the lower-case word after it: ``Reprising one``, not a
#: verb (``Manning backed``: see :data:`_NOT_VERBS`).
_PARTICIPLE_PHRASE = regex.compile(r"[\s\p{P}]*+\p{Lu}\p{Ll}{2,}ing\s++(?P<next>\p{Ll}++)")

#: Words in -ing that open a sentence as its subject, not a participle phrase.
_NOT_PARTICIPLES = frozenset(
    "nothing something anything everything king morning evening spring thing wedding "
    "darling sterling".split()
)


def _after_participle_opener(ctx: Context, start: int, end: int) -> int:
    """In fiction, where the main clause begins after an opening participle phrase and
    its comma (``Observing his second daughter employed in trimming a hat, he …``),
    unless the -ing word is a name the narration knows.

    >>> from quoteattr import extract
    >>> text = ('Tom sat by the fire.\\n\\nObserving his second daughter at work, he '
    ...         'addressed her with, "I hope you like it, Lizzy."')
    >>> extract(text, style="fiction")[0].speaker
    'Tom'
    """
    m = _PARTICIPLE_OPENER.match(ctx.text, start, end, HOLD)
    if m is None or m.group(1).lower() in _NOT_PARTICIPLES:
        return start
    if ctx.cast is not None and ctx.cast.knows(m.group(1)):
        return start
    comma = ctx.text.find(",", m.end(), min(end, m.end() + 150))
    return start if comma == -1 else comma + 1


#: Lower-case words after a capitalised sentence opener that show it is no subject.
_NOT_VERBS = frozenset("to of that his her their its the a an this these those".split())


#: Space and the lower-case word after it (matched right after a name).
_SPACE_LOWER_WORD = regex.compile(r"\s++(\p{Ll}++)")


def _verb_follows(text: str, pos: int) -> bool:
    """True when a lower-case word that is no preposition follows ``pos``: ``Warren
    endorsed`` (a subject and its verb), not ``Preceded at`` (a participle opening)."""
    m = _SPACE_LOWER_WORD.match(text[pos : pos + 40], None, None, HOLD)
    return m is not None and m.group(1) not in _INTRO_WORDS and m.group(1) not in _NOT_VERBS


def _first_subject(ctx: Context, start: int, end: int) -> Mention | None:
    """The first mention in ``text[start:end]`` that is not an object or a possessive,
    nor a lone capitalised word opening its sentence that the cast does not know
    (``Preceded by the sheriff, …``); read once per stretch of the text."""
    key = ("subject", start, end)
    if key not in ctx.memo:
        ctx.memo[key] = _read_first_subject(ctx, start, end)
    found: Mention | None = ctx.memo[key]
    return found


def _read_first_subject(ctx: Context, start: int, end: int) -> Mention | None:
    text = ctx.text
    start = _after_intro(text, start, end)
    if ctx.style == "fiction":
        start = _after_participle_opener(ctx, start, end)
    elif (opener := _PARTICIPLE_PHRASE.match(text, start, end, HOLD)) is not None and (
        opener.group("next").lower() in _NOT_VERBS or opener.group("next").lower() == "one"
    ):
        # In news an -ing word opening the sentence before a word that is no verb opens a
        # participle phrase, whatever the cast holds (``Reprising one of her lines,``).
        comma = text.find(",", opener.end(), min(end, opener.end() + 150))
        start = start if comma == -1 else comma + 1
    subject = SUBJECT if _has_apostrophe(text, start, end) else SUBJECT_PLAIN
    for m in subject.finditer(text, start, end, False, HOLD):
        mention = read_mention(text, m.start("mention"), m.end("mention"))
        if mention is None or is_object(text, mention):
            continue
        if mention.kind == "pronoun" and mention.gender not in ("m", "f", "p"):
            continue  # "it was late" is about no speaker
        if ctx.style == "news" and _quantity_in_phrase(text, mention):
            continue  # "Trump's most famously false claim", "took him most of a day"
        if mention.kind == "name" and " " not in mention.core and ctx.cast is not None:
            if (
                starts_sentence(text, mention.span.start)
                and not ctx.cast.knows(mention.core)
                and (
                    not _verb_follows(text, mention.span.end)
                    or mention.core.endswith(("ing", "ed"))
                )
            ):
                continue  # "Acknowledging that …", "Conceding the point …"
        return mention
    return None


def _quantity_in_phrase(text: str, mention: Mention) -> bool:
    """True when ``mention`` is a quantity word (``most``, ``some``) inside a noun
    phrase or after an object, not a group of people: after a possessive or a
    determiner (``Trump's most famously false claim``), or after an object pronoun
    (``It took him most of a day``).

    >>> from quoteattr.mentions import read_mention
    >>> text = "It took him most of a day."
    >>> _quantity_in_phrase(text, read_mention(text, 12, 16))
    True
    >>> text = "Voters were worried; most said so."
    >>> _quantity_in_phrase(text, read_mention(text, 21, 25))
    False

    Notes: a quantifier after a determiner or possessive modifies the noun after it
    (Quirk et al., *A Comprehensive Grammar of the English Language*, on determiners),
    so it names no one.
    """
    if mention.core not in QUANTITY_PRONOUNS:
        return False
    m = _WORD_BEFORE.search(text, max(0, mention.span.start - 40), mention.span.start, HOLD)
    return m is not None and m.group(1).lower() in _QUANTITY_HOLDERS


#: The word or possessive ending right before a position, past spaces.
_WORD_BEFORE = regex.compile(r"((?:[’']s)|[\p{L}]++)\s++$")
#: Words after which a quantity word is part of a phrase or an object: possessives,
#: determiners, object pronouns.
_QUANTITY_HOLDERS = frozenset(
    "'s ’s the a an his her its their our my your him them us me".split()
)


def only_name_in_paragraph(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """The one person named in the paragraph of a direct quotation, outside quotations.

    >>> from quoteattr import extract
    >>> extract('Mayor Jane Doe spoke at noon. "Taxes will fall."')[0].speaker
    'Jane Doe'
    """
    if ctx.quote.kind != "direct":
        return None
    pstart, pend = ctx.paragraph
    found: dict[str, Mention] = {}
    if ctx.cast is not None:
        # The cast holds every name outside quotations, in order: read the paragraph's.
        lo = bisect.bisect_left(ctx.cast.starts, pstart)
        hi = bisect.bisect_left(ctx.cast.starts, pend)
        for n in ctx.cast.mentions[lo:hi]:
            found.setdefault(n.core, n)
            if len(found) > 1:
                return None
    else:
        pos = pstart
        i = ctx.index
        while i > 0 and ctx.quotes[i - 1].end > pstart:
            i -= 1
        while i < len(ctx.quotes) and ctx.quotes[i].start < pend:
            q = ctx.quotes[i]
            for n in names_in(ctx.text, pos, max(pos, q.start)):
                found.setdefault(n.core, n)
            pos, i = max(pos, q.end), i + 1
        for n in names_in(ctx.text, pos, pend):
            found.setdefault(n.core, n)
    if len(found) != 1:
        return None
    only = next(iter(found.values()))
    if _addressed_by(ctx, only):
        return None  # "Jane sat by the fire. "Oh, Jane, …"": Jane is spoken to
    return Decision(only, None, "only_name_in_paragraph")


def vocative(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """In fiction, a quotation that answers the one it names (``"Oh, Jane, …"`` after
    Jane spoke) is said by the other party: whom Jane's turn named, if it opens its
    paragraph and any part of that turn names someone else (:func:`_turn_vocative`),
    else the latest earlier speaker who is not Jane.

    >>> from quoteattr import extract
    >>> text = '"Come here," said Jane.\\n\\n"I will not," said Tom.\\n\\n"Oh, Tom, do!"'
    >>> q = extract(text, style="fiction")[-1]
    >>> q.speaker, q.rule
    ('Jane', 'vocative')
    >>> text = text.replace('not," said Tom.', 'not, Ann," said Tom.')
    >>> extract(text, style="fiction")[-1].speaker
    'Ann'

    Notes: CoreNLP's vocative sieve (Muzny et al. 2017) makes the same inference; a
    turn that names whom it speaks to is answered by them, who may have been silent.
    """
    if ctx.style != "fiction" or ctx.quote.kind != "direct":
        return None
    spoken_to = addressee(ctx)
    if spoken_to is None:
        return None
    last = decided[ctx.index - 1] if ctx.index else None
    if last is None or not last.speaker or not _same(last.speaker, spoken_to):
        return None  # only a reply to the one it names is settled by the name
    if ctx.opens_paragraph and ctx.cast is not None:
        m = _turn_vocative(ctx, decided)
        if m is not None:
            name = ctx.cast.canonical(m.core, m.span.start, m.gender, m.title)
            if not _same(name, spoken_to):
                return Decision(m, None, "vocative", speaker=name)
    for i in range(ctx.index - 2, max(-1, ctx.index - 8), -1):
        earlier = decided[i]
        if earlier is not None and earlier.speaker and not _same(earlier.speaker, spoken_to):
            return attrs.evolve(earlier, rule="vocative", cue=None)
    return None


def _vocative_mention(ctx: Context, index: int | None = None) -> Mention | None:
    """The name the quotation speaks to (or quotation ``index`` of the text), if it
    names one (``"Oh, Jane, …"``); read once per quotation of a text (several rules
    ask)."""
    here = ctx.index if index is None else index
    content = ctx.quotes[here].content
    key = ("vocative", content.start, content.end)
    if key in ctx.memo:
        found: Mention | None = ctx.memo[key]
        return found
    addressee = None
    pos = content.start
    while (m := _vocative_search(ctx.text, pos, content.end)) is not None:
        addressee = read_mention(ctx.text, m.start("mention"), m.end("mention"))
        if addressee is not None and addressee.kind != "name":
            addressee = None
        if addressee is not None and addressee.span.text.endswith(("'s", "’s")):
            addressee = None  # "Varlamov's," answers whose: no one spoken to
        if addressee is not None and _spoken_of(ctx.text, content.start, addressee):
            addressee, pos = None, m.end("mention")
            continue
        if addressee is not None and m.group("open") is not None and _echoed(
            ctx, addressee, here
        ):
            addressee, pos = None, m.end("mention")
            continue
        known = addressee is not None and _known_person(ctx.cast, addressee)
        if m.group("open") is None or known:
            break
        # "Yes, …", "Oh, Jane, …": a word opening the speech that the narration never
        # names is no one spoken to; a name may follow it.
        addressee, pos = None, m.end("mention")
    ctx.memo[key] = addressee
    return addressee


def _echoed(ctx: Context, mention: Mention, index: int | None = None) -> bool:
    """True when the name opening the quotation (or quotation ``index``), asked back
    (``"Baedeker?"``, ``"Mr. Beebe?" said his mother``), is a word of the quotation just
    before it: an echo of what was said, not a call to whom it names.

    >>> from quoteattr.quotes import find_quotes
    >>> from quoteattr.context import contexts
    >>> def echoed(text):
    ...     ctx = list(contexts(text, list(find_quotes(text)), [(0, len(text))]))[1]
    ...     return _echoed(ctx, read_mention(text, 13, 17))
    >>> echoed('"Ask Jock." "Jock? Why?"'), echoed('"Ask Anne." "Jock? Why?"')
    (True, False)

    Notes: in dialogue a speaker often repeats a word of the last speech as a question
    (an echo question; Quirk et al. 1985); a name so repeated is spoken of.
    """
    text = ctx.text
    after = _SPACES.match(text, mention.span.end, None, HOLD)
    at = after.end() if after is not None else mention.span.end
    here = ctx.index if index is None else index
    if text[at : at + 1] != "?" or here == 0:
        return False
    word = mention.core.split()[-1].lower()
    before = ctx.quotes[here - 1].content
    words = WORD.finditer(text, before.start, before.end, False, HOLD)
    return any(w.group().lower() == word for w in words)


#: Spaces or tabs.
_SPACES = regex.compile(r"[ \t]*+")


_APPOSED = regex.compile(
    r"(?<![\p{L}])(?:[Mm]y|[Hh]is|[Hh]er|[Yy]our|[Oo]ur|[Tt]heir)\s++(\p{Ll}++)\s*+,\s*+\Z"
)

#: Nouns for a person that a name may stand in apposition to: "my sister, Olga".
_APPOSED_NOUNS = frozenset(
    "mother father wife husband sister brother daughter son aunt uncle cousin niece "
    "nephew friend master mistress servant maid patroness patron neighbour neighbor "
    "grandmother grandfather".split()
)


def _spoken_of(text: str, start: int, mention: Mention) -> bool:
    """True when a name the vocative pattern found in a speech (from ``start``) is
    spoken of, not to: after a preposition (``"From Mr. Collins!"``) or in apposition
    to a possessed noun (``"…, his aunt, Lady Catherine de Bourgh, does not …"``).

    >>> text = '"He is the son of my sister, Olga Ivanovna," he said.'
    >>> _spoken_of(text, 1, read_mention(text, 29, 42))
    True
    >>> text = '"I know, Olga Ivanovna, that he is."'
    >>> _spoken_of(text, 1, read_mention(text, 9, 22))
    False
    """
    at = mention.span.start
    word = _LAST_WORD.search(text[max(start, at - 30) : at], None, None, HOLD)
    if word is not None and word.group(1).lower() in _SPOKEN_OF_WORDS:
        return True
    apposed = _APPOSED.search(text, max(start, at - 40), at, HOLD)
    return apposed is not None and apposed.group(1) in _APPOSED_NOUNS


#: The last word of a stretch, with what follows it that is not a word character.
_LAST_WORD = regex.compile(r"(\p{L}++)\W*+\Z")

#: Words before a name that make it spoken of: "From Mr. Collins!", "of Jane".
_SPOKEN_OF_WORDS = frozenset("from of to with by about for than like".split())


def _vocative_search(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """``VOCATIVE.search(text, pos, end)``, found with less work: a match at ``pos``
    (where its ``\\G`` holds), else the first match of :data:`VOCATIVE_INSIDE` at a place
    where :data:`VOCATIVE_OPENING` says one can begin (tried in order; far fewer than
    the places a search would try).

    >>> text = '"Yes, Jane, do."'
    >>> m = _vocative_search(text, 1, 15)
    >>> m.group("mention"), m.group("open") is None
    ('Yes', False)
    >>> _vocative_search(text, 4, 15).group("mention")
    'Jane'
    """
    m = VOCATIVE.match(text, pos, end, HOLD)
    if m is not None or pos >= end:
        return m
    opening = VOCATIVE_OPENING.search(text, pos + 1, end, HOLD)
    while opening is not None:  # each place a match can begin, in order: the first wins
        found: regex.Match[str] | None = VOCATIVE_INSIDE.match(text, opening.start(), end, HOLD)
        if found is not None:
            return found
        opening = VOCATIVE_OPENING.search(text, opening.start() + 1, end, HOLD)
    return None


def _known_person(cast: Cast | None, mention: Mention) -> bool:
    """True when ``mention`` bears a title or is a person the narration names too.

    >>> from quoteattr.speakers import build_cast
    >>> cast = build_cast("Then Jane sat down.", [])
    >>> _known_person(cast, read_mention("Jane", 0, 4))
    True
    >>> _known_person(cast, read_mention("Paris", 0, 5))
    False

    Notes: a speech's first word is capitalised whatever it is; only the narration
    tells a name from an interjection (``"Yes, …"``, ``"Well, …"``).
    """
    if mention.title:
        return True
    return cast is not None and cast.knows(mention.core)


def addressee(ctx: Context, index: int | None = None) -> str | None:
    """The canonical name of whom the quotation (or quotation ``index`` of the text)
    speaks to, if it names them.

    >>> from quoteattr.quotes import find_quotes
    >>> from quoteattr.context import contexts
    >>> from quoteattr.speakers import build_cast
    >>> text = '"Oh, Jane, look!"'
    >>> quotes = list(find_quotes(text))
    >>> addressee(next(contexts(text, quotes, [(0, 16)], "fiction", build_cast(text, quotes))))
    'Jane'
    """
    m = _vocative_mention(ctx, index)
    if m is None or ctx.cast is None:
        return None
    key = ("addressee", m.span.start, m.span.end)
    if key not in ctx.memo:
        ctx.memo[key] = ctx.cast.canonical(m.core, m.span.start, m.gender, m.title)
    name: str = ctx.memo[key]
    return name


#: The most narration (characters) after a turn's last speech for it to count as a turn.
TURN_TAIL = 60


def turn_party(ctx: Context, decided: Sequence[Decision | None]) -> str | None:
    """In fiction, whose turn it is by alternation: the speaker of the paragraph two
    back, when the paragraph just before held the speech of someone else.

    >>> from quoteattr import extract
    >>> from quoteattr.context import contexts
    >>> from quoteattr.quotes import find_quotes, paragraphs
    >>> from quoteattr.speakers import build_cast
    >>> text = '"Come," said Jane.\\n\\n"No," said Tom.\\n\\n"Do," she said.'
    >>> found, paras = list(find_quotes(text)), list(paragraphs(text))
    >>> ctxs = list(contexts(text, found, paras, "fiction", build_cast(text, found, paras)))
    >>> done = [q.speaker for q in extract(text, style="fiction")]
    >>> decided = [Decision(None, None, "x", speaker=s) for s in done]  # type: ignore
    >>> turn_party(ctxs[2], decided[:2]), turn_party(ctxs[1], decided[:1])
    ('Jane', None)

    Notes: turn-taking as evidence for a pronoun, after the conversation sieve of
    Muzny et al. (2017): in a two-party exchange "said she" is the party whose turn it is.
    """
    if ctx.style != "fiction" or not ctx.opens_paragraph:
        return None
    where, pi = ctx.quote_paragraphs, ctx.paragraph_index
    k = ctx.index - 1
    last = two_back = None
    while k >= 0 and where[k] >= pi - 2:
        d = decided[k] if k < len(decided) else None
        if d is not None and d.speaker and ctx.quotes[k].kind != "term":
            if where[k] == pi - 1:
                last = d.speaker
            elif where[k] == pi - 2:
                two_back = d.speaker
        k -= 1
    if last is None or two_back is None or _same(last, two_back):
        return None
    # The turn before ends in its speech or a short cue, not in a stretch of narration
    # that may bring someone else in.
    j = ctx.index - 1
    while j >= 0 and ctx.quotes[j].kind == "term":
        j -= 1
    if j < 0 or len(ctx.text[ctx.quotes[j].end : ctx.paragraph[0]].strip()) > TURN_TAIL:
        return None
    return two_back


def _same(a: str, b: str) -> bool:
    """True when two speaker names share their words one way or the other."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def reply_to_named(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """In fiction, a quotation right after one that named whom it spoke to
    (``"…, Mr. Darcy!"``) is that person's reply, when it opens its paragraph.

    >>> from quoteattr import extract
    >>> text = '"What a fine library, Mr. Darcy!" said Jane.\\n\\n"It is very old."'
    >>> q = extract(text, style="fiction")[-1]
    >>> q.speaker, q.rule
    ('Mr. Darcy', 'reply_to_named')

    Notes: the other half of CoreNLP's vocative sieve (Muzny et al. 2017).
    """
    if ctx.style != "fiction" or ctx.quote.kind != "direct" or ctx.index == 0:
        return None
    if not ctx.opens_paragraph or ctx.cast is None:
        return None
    m = _turn_vocative(ctx, decided)
    if m is None:
        return None
    last = decided[ctx.index - 1]
    spoken_to = ctx.cast.canonical(m.core, m.span.start, m.gender, m.title)
    if last is not None and last.speaker and _same(last.speaker, spoken_to):
        return None
    return Decision(m, None, "reply_to_named", speaker=spoken_to)


def _turn_vocative(ctx: Context, decided: Sequence[Decision | None]) -> Mention | None:
    """The name the turn just before (the quotations of the paragraph before, when the
    last of them is the previous quotation) speaks to: any part of it may name them
    (``"…, Mr. Darcy," said she, "and …"``); the first part that does, of those said by
    the speaker of its last."""
    prev = ctx.index - 1
    where = ctx.quote_paragraphs
    if prev < 0 or where[prev] != ctx.paragraph_index - 1:
        return None
    first = prev
    while first > 0 and where[first - 1] == where[prev]:
        first -= 1
    last = decided[prev]
    for k in range(first, prev + 1):
        if ctx.quotes[k].kind == "term":
            continue
        other = decided[k]
        if k != prev and (other is None or last is None or other.speaker != last.speaker):
            continue  # another speaker in that paragraph, or one not known to be the same
        m = _vocative_mention(ctx, k)
        if m is not None:
            return m
    return None


def paragraph_subject(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """In fiction, a quotation beside a sentence about someone (an action beat) is
    theirs: ``Jane smiled. "…"`` or ``"…" She turned away.``

    >>> from quoteattr import extract
    >>> extract('Jane Eyre smiled at the window. "It is late."', style="fiction")[0].speaker
    'Jane Eyre'

    Notes: CoreNLP's paragraph sieves take the one or the last mention of a paragraph;
    we take the first subject of the narration beside the quotation.
    """
    if ctx.quote.kind != "direct" or ctx.style != "fiction":
        return None
    pstart = ctx.paragraph[0]
    lead_start, lead_end = ctx.lead
    if lead_start >= pstart and lead_end > lead_start:
        subject = (
            _possessor_opening(ctx, *ctx.before) or _first_subject(ctx, *ctx.before)
            or _possessor_opening(ctx, lead_start, lead_end)
            or _first_subject(ctx, lead_start, lead_end)
        )
        if subject is not None and not _addressed_by(ctx, subject):
            return Decision(subject, None, "paragraph_subject")
    subject = _possessor_opening(ctx, *ctx.after) or _first_subject(ctx, *ctx.after)
    if subject is not None and not _addressed_by(ctx, subject):
        return Decision(subject, None, "paragraph_subject")
    return None


def narration_before(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """In fiction, a paragraph that opens with a quotation, after a paragraph of
    narration alone, is the speech of whom that narration's last sentence is about,
    unless that sentence tells of a reply reported or withheld (:func:`reports_a_reply`).

    >>> from quoteattr import extract
    >>> text = 'The rain stopped.\\n\\nTom looked up from the map.\\n\\n"We must go."'
    >>> q = extract(text, style="fiction")[-1]
    >>> q.speaker, q.rule
    ('Tom', 'narration_before')

    Notes: CoreNLP's paragraph sieves read mentions beside a quotation; a novel often
    puts the speaker's action in the paragraph just before the speech.
    """
    if ctx.style != "fiction" or ctx.quote.kind != "direct" or not ctx.opens_paragraph:
        return None
    last = _narration_last_sentence(ctx)
    if last is None:
        return None
    subject = _possessor_opening(ctx, *last) or _first_subject(ctx, *last)
    if subject is None or _addressed_by(ctx, subject):
        return None
    if reports_a_reply(ctx.text, subject.span.end, last[1]):
        return None  # "He made no answer.": the speech after it is another's
    if subject.kind == "description" or subject.gender == "p":
        return None  # "His voice broke", "They turned": no one person
    return Decision(subject, None, "narration_before")


def _possessor_opening(ctx: Context, start: int, end: int) -> Mention | None:
    """The person named in the possessive that opens the sentence ``text[start:end]``
    (``Mrs. Lee's eyes turned to Ann.``): whose face, voice or mind the sentence tells
    of, the one in focus.

    >>> from quoteattr import extract
    >>> text = '"Hello," said Ann.\\n\\nMrs. Lee’s eyes turned to Ann.\\n\\n"You came."'
    >>> extract(text, style="fiction")[-1].speaker
    'Mrs. Lee'

    Notes: centering (Grosz, Joshi & Weinstein 1995) ranks the possessor of a subject
    with the subject; fiction writes a character's beat as ``Her voice broke.``
    """
    cast = ctx.cast
    if cast is None:
        return None
    text = ctx.text
    while start < end and not text[start].isalnum():
        start += 1
    k = bisect.bisect_left(cast.starts, start)
    if k == len(cast.starts) or cast.starts[k] != start:
        return None
    m = cast.mentions[k]
    if not m.span.text.endswith(("'s", "’s")):
        return None
    return m


def _narration_last_sentence(ctx: Context) -> tuple[int, int] | None:
    """The last sentence of the paragraph just before the quotation's paragraph (read
    back at most :data:`_NARRATION_REACH` characters), when that paragraph holds no
    quotation: narration alone."""
    text = ctx.text
    end = ctx.paragraph[0]
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    start = text.rfind("\n\n", max(0, end - _NARRATION_REACH), end)
    start = max(0, end - _NARRATION_REACH) if start == -1 else start + 2
    if ctx.index and ctx.quotes[ctx.index - 1].end > start:
        return None  # a quotation in that paragraph: an exchange, not narration
    spans = ctx.sentences(start, end)
    return spans[-1] if spans else None


#: How far before a description its newcomer (``an old woman``) is looked for.
_NEWCOMER_REACH = 3000


def newcomer_subject(ctx: Context, pronoun: Mention) -> Mention | None:
    """In fiction, the description a ``he``/``she`` cue of a quotation opening its
    paragraph stands for: the subject of the last sentence of the narration paragraph
    just before, when it is a definite description of the pronoun's gender that came in
    as a newcomer (``a lean old woman`` … ``The old woman yawned.``; within
    :data:`_NEWCOMER_REACH` characters before it), not a title (``The Princess``).
    The pipeline keeps that description as written for the speaker: no name stands
    for a newcomer.

    >>> from quoteattr import extract
    >>> text = ('Ann Lee sat by the fire.\\n\\nAn old woman came in. The old woman yawned.'
    ...         '\\n\\n"It is late," she said.')
    >>> q = extract(text, style="fiction")[-1]
    >>> q.speaker, q.mention.text
    ('The old woman', 'The old woman')

    Notes: centering theory (Grosz, Joshi & Weinstein 1995): the subject of the
    sentence before is the preferred antecedent of a subject pronoun; a newcomer
    the story has not named is no one the name search can find.
    """
    if ctx.style != "fiction" or pronoun.kind != "pronoun" or pronoun.gender not in ("m", "f"):
        return None
    if not ctx.opens_paragraph:
        return None
    last = _narration_last_sentence(ctx)
    if last is None:
        return None
    subject = _first_subject(ctx, *last)
    if subject is None or subject.kind != "description" or subject.gender != pronoun.gender:
        return None
    words = subject.core.split()
    if words[0] != "the" or words[-1] in lexicon.TITLES:
        return None
    text, noun = ctx.text, words[-1]
    pos = subject.span.start
    while (at := text.rfind(noun, max(0, subject.span.start - _NEWCOMER_REACH), pos)) != -1:
        pos = at
        if text[at + len(noun) : at + len(noun) + 1].isalpha():
            continue  # "man" in "manager"
        if _NEWCOMER_LEAD.search(text, max(0, at - 60), at, HOLD) is not None:
            return subject
    return None


#: What comes before the noun of an indefinite description of a person, with up to four
#: words between (``a lean hunchbacked old woman``): a newcomer to the story.
_NEWCOMER_LEAD = regex.compile(r"(?<![\p{L}])(?:[Aa]n?|[Oo]ne)\s++(?:[\p{L}\-]++,?\s++){0,4}\Z")


def reports_a_reply(text: str, start: int, end: int) -> bool:
    """True when the narration ``text[start:end]`` (what follows a subject) tells of an
    answer given in reported speech or withheld (``data/reported_replies.txt``).

    >>> reports_a_reply("He made no answer.", 2, 18), reports_a_reply("He rose.", 2, 8)
    (True, False)

    Notes: in a novel's dialogue a line of narration often takes a turn ("She replied
    in the affirmative."); the next speech is then the other party's, not the subject's.
    """
    return any(
        m.group().lower() in lexicon.REPORTED_REPLIES
        for m in WORD.finditer(text, start, end, False, HOLD)
    )


#: How far back the narration before a quotation is read, in characters.
_NARRATION_REACH = 600


def _addressed_by(ctx: Context, mention: Mention) -> bool:
    """True when the quotation speaks to the person ``mention`` names."""
    if mention.kind != "name":
        return False
    spoken_to = _vocative_mention(ctx)
    return spoken_to is not None and _same(spoken_to.core, mention.core)


def conversation(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """In fiction, a paragraph of quotation alone, in a run of them, answers the previous
    one: its speaker is the one two paragraphs back, or else the other party of the
    conversation: the person the previous turn's narration names
    (:func:`_other_in_turn`), else the latest earlier speaker of the gender its
    pronouns give that party (:func:`_other_gender_in_turn`), unless the narration has
    named someone of that gender as a subject since that one spoke (a newcomer to the
    scene: the newer one then), else the subject of that gender named last before. A
    description left as written ("her sister", resolved to no one) is not carried on.

    >>> from quoteattr import extract
    >>> text = '"Come," said Jane.\\n\\n"No," said Tom.\\n\\n"Please!"\\n\\n"Never!"'
    >>> [q.speaker for q in extract(text, style="fiction")]
    ['Jane', 'Tom', 'Jane', 'Tom']
    >>> text = ('"Good day," said Tom Ray.\\n\\n"Good day," said Ann Lee.\\n\\nLater Mr. '
    ...         'Hale came in.\\n\\n"How fine it is," said Ann Lee, at his coat.\\n\\n"It is old."')
    >>> extract(text, style="fiction")[-1].speaker
    'Mr. Hale'

    Notes: the conversation sieve of CoreNLP's quote attribution (Muzny et al. 2017).
    """
    if ctx.style != "fiction" or ctx.quote.kind == "term" or not ctx.opens_paragraph:
        return None
    where = ctx.quote_paragraphs
    pi = ctx.paragraph_index
    prev = ctx.index - 1
    spoken_to = addressee(ctx)
    if prev < 0 or where[prev] != pi - 1:
        # Narration came before: no exchange behind, but one may open here; or a line
        # that tells of a reply withheld ("He made no answer.") took the other's turn.
        again = _after_silent_turn(ctx, decided, spoken_to)
        return again or _two_ahead(ctx, decided, spoken_to)
    last = decided[prev]
    j = prev
    while j >= 0 and where[j] == pi - 1:
        j -= 1
    two_back = decided[j] if j >= 0 and where[j] == pi - 2 else None

    def _fits(d: Decision | None) -> bool:
        # Not the one who spoke last, and not the one spoken to.
        if d is None or not d.speaker:
            return False
        if d.mention.kind == "description" and not d.speaker[:1].isupper():
            return False  # "her sister" left as written: nothing sure to carry on
        if last is not None and last.speaker and _same(last.speaker, d.speaker):
            return False
        return spoken_to is None or not _same(spoken_to, d.speaker)

    if _fits(two_back):
        return attrs.evolve(two_back, rule="conversation", cue=None)
    answered = named_in_reply(ctx, decided)
    if answered is not None:
        return attrs.evolve(answered, rule="conversation")
    three_back = decided[j] if j >= 0 and where[j] == pi - 3 else None
    if (three_back is not None and last is not None and three_back.speaker
            and last.speaker and _same(three_back.speaker, last.speaker)):
        # "He made no answer." two paragraphs back was a turn, the one unanswered
        # spoke on: now he answers.
        first = ctx.quotes[j + 1].start  # the turn between, opening its paragraph
        opening = ctx.text.rfind("\n\n", max(0, first - 4), first)
        silent = _silent_turn(ctx, opening + 2) if opening != -1 else None
        if silent is not None and not _addressed_by(ctx, silent):
            return Decision(silent, None, "conversation")
    if last is not None and last.speaker:
        other = _other_in_turn(ctx, j + 1, last.speaker, spoken_to)
        if other is not None:
            return Decision(other, None, "conversation")
        want = _other_gender_in_turn(ctx, j + 1, prev, last.speaker)
        him = None
        if want and ctx.cast is not None:
            him = ctx.cast.person_before(ctx.paragraph[0], want, reach=_NARRATION_REACH * 3,
                                         strict=True, exclude=spoken_to, subject=True)
            if him is not None and _same(ctx.cast.canonical(
                    him.core, him.span.start, him.gender, him.title), last.speaker):
                him = None
        for i in range(prev - 1, max(-1, prev - 10), -1):
            d = decided[i]
            if _fits(d) and not (
                want and ctx.cast.gender_of_name(d.speaker) not in (None, want)  # type: ignore[union-attr]
            ):
                if him is not None and him.span.start > ctx.quotes[i].end:
                    break  # named in the narration since that one spoke: the newer one
                return attrs.evolve(d, rule="conversation", cue=None)
        if him is not None:
            return Decision(him, None, "conversation")
    return _two_ahead(ctx, decided, spoken_to)


def named_in_reply(ctx: Context, decided: Sequence[Decision | None]) -> Decision | None:
    """In fiction, a speech opening its paragraph is by whom the turn just after it
    calls by name: the first speech of the next paragraph (``"Who found you out?"`` /
    ``"Charlotte, my dear, you know."``), unless that one spoke the turn just before, or
    this speech calls them by name itself.

    >>> from quoteattr import extract
    >>> text = 'Tom Hale came in.\\n\\nThe rain fell.\\n\\n"Is it late?"\\n\\n"Not yet, Tom."'
    >>> q = extract(text, style="fiction")[0]
    >>> q.speaker, q.rule
    ('Tom Hale', 'named_in_reply')

    Notes: CoreNLP's vocative sieve (Muzny et al. 2017) gives the speech before a
    vocative to the one it names: a reply calls its speaker's partner by name.
    """
    if ctx.style != "fiction" or ctx.quote.kind != "direct" or not ctx.opens_paragraph:
        return None
    quotes, where, pi = ctx.quotes, ctx.quote_paragraphs, ctx.paragraph_index
    k = ctx.index + 1
    while k < len(quotes) and where[k] == pi:
        k += 1
    if ctx.cast is None or k == len(quotes) or where[k] != pi + 1 or quotes[k].kind == "term":
        return None
    m = _vocative_mention(ctx, k)
    if m is None:
        return None
    name = ctx.cast.canonical(m.core, m.span.start, m.gender, m.title)
    spoken_to = addressee(ctx)
    if spoken_to is not None and _same(spoken_to, name):
        return None  # "Tom, is it late?" / "Not yet, Tom.": no one calls themselves
    last = decided[ctx.index - 1] if ctx.index else None
    if (last is not None and last.speaker and where[ctx.index - 1] == pi - 1
            and _same(last.speaker, name)):
        return None  # the one who spoke last is answered, not speaking again
    return Decision(m, None, "named_in_reply", speaker=name)


def _other_gender_in_turn(ctx: Context, first: int, prev: int, last: str) -> str | None:
    """The gender (``"m"`` or ``"f"``) of the pronouns the narration of the turn before
    (quotations ``first`` to ``prev``) uses for someone of the other gender than
    ``last``, who spoke it: ``she seized the chance of his silence``; None when it uses
    none, or ``last``'s gender is not known. The reply is then by someone of that gender.

    >>> from quoteattr import extract
    >>> text = ('"Come," said Tom.\\n\\n"Well," said Ann.\\n\\n"Go," said Kate.\\n\\n'
    ...         '"Yes," said Kate, and took his hand.\\n\\n"I cannot."')
    >>> extract(text, style="fiction")[-1].speaker
    'Tom'

    Notes: a turn's narration often tells of the one it is spoken to by a pronoun
    alone; its gender rules out earlier speakers (centering, Grosz et al. 1995).
    """
    cast = ctx.cast
    if cast is None:
        return None
    mine = cast.gender_of_name(last)
    if mine not in ("m", "f"):
        return None
    other = "f" if mine == "m" else "m"
    text = ctx.text
    at = ctx.quotes[first].start
    opening = text.rfind("\n\n", max(0, at - _NARRATION_REACH), at)
    pos = opening + 2 if opening != -1 else max(0, at - _NARRATION_REACH)
    for k in range(first, prev + 2):
        end = ctx.quotes[k].start if k <= prev else ctx.paragraph[0]
        for m in _GENDER_WORD.finditer(text, pos, end, False, HOLD):
            if m.group(other) is not None:
                return other
        if k <= prev:
            pos = ctx.quotes[k].end
    return None


#: A pronoun of a man (``he``, ``his``, ``him``) or of a woman (``she``, ``her``).
_GENDER_WORD = regex.compile(
    r"(?<![\p{L}'’])(?:(?P<m>[Hh](?:e|is|im|imself))|(?P<f>[Ss]he|[Hh]ers?|[Hh]erself))"
    r"(?![\p{L}'’])"
)


def _other_in_turn(
    ctx: Context, first: int, last: str, spoken_to: str | None
) -> Mention | None:
    """The person other than ``last`` (who spoke the turn before) and ``spoken_to`` whom
    the narration of the turn before names (the first of them not after a preposition,
    when it names several): the one that turn was spoken to or about, who answers it.
    ``first`` is the index of that paragraph's first quotation.

    >>> from quoteattr import extract
    >>> text = 'Jane sat.\\n\\nShe wanted Mr. Hale to speak. "Why?" said Jane.\\n\\n"I cannot."'
    >>> [q.speaker for q in extract(text, style="fiction")]
    ['Jane', 'Mr. Hale']

    Notes: in the narration of a turn a novel names whom the speaker turns to; the
    conversation sieve of Muzny et al. (2017) looks only at the speakers of earlier turns.
    """
    cast = ctx.cast
    if cast is None:
        return None
    text = ctx.text
    at = ctx.quotes[first].start
    opening = text.rfind("\n\n", max(0, at - _NARRATION_REACH), at)
    start = opening + 2 if opening != -1 else max(0, at - _NARRATION_REACH)
    lo = bisect.bisect_left(cast.starts, start)
    hi = bisect.bisect_left(cast.starts, ctx.paragraph[0])
    found: Mention | None = None
    name = None
    first_subject = None
    for k, m in enumerate(cast.mentions[lo:hi], lo):
        full = cast.canonical(m.core, m.span.start, m.gender, m.title)
        if _same(full, last) or (spoken_to is not None and _same(full, spoken_to)):
            continue
        if first_subject is None and not cast.after_preposition(k):
            first_subject = m
        if name is not None and not _same(full, name):
            name = ""  # two others or more: the first one not an object
        elif name is None:
            found, name = m, full
    return found if name else first_subject


def _silent_turn(ctx: Context, paragraph_start: int) -> Mention | None:
    """The subject of the paragraph of narration just before ``paragraph_start``, when
    its last sentence tells of a reply given in reported speech or withheld (``He made
    no answer.``, :func:`reports_a_reply`): a turn of the dialogue taken without words."""
    text = ctx.text
    end = paragraph_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n\n", max(0, end - _NARRATION_REACH), end)
    if start == -1:
        return None
    spans = ctx.sentences(start + 2, end)
    if not spans:
        return None
    subject = _first_subject(ctx, *spans[-1])
    if subject is None or subject.kind == "description" or subject.gender == "p":
        return None
    if not reports_a_reply(text, subject.span.end, spans[-1][1]):
        return None
    return subject


def _after_silent_turn(
    ctx: Context, decided: Sequence[Decision | None], spoken_to: str | None
) -> Decision | None:
    """The speaker of the speech two paragraphs back, when the one paragraph between
    tells of a reply withheld (:func:`_silent_turn`): whom no one answered speaks on."""
    where, pi, prev = ctx.quote_paragraphs, ctx.paragraph_index, ctx.index - 1
    while prev >= 0 and ctx.quotes[prev].kind == "term":
        prev -= 1
    if prev < 0 or where[prev] != pi - 2 or ctx.quotes[prev].end > ctx.paragraph[0]:
        return None
    last = decided[prev]
    if last is None or not last.speaker:
        return None
    if last.mention.kind == "description" and not last.speaker[:1].isupper():
        return None
    if spoken_to is not None and _same(spoken_to, last.speaker):
        return None
    if _silent_turn(ctx, ctx.paragraph[0]) is None:
        return None
    return attrs.evolve(last, rule="conversation", cue=None)


def _two_ahead(
    ctx: Context, decided: Sequence[Decision | None], spoken_to: str | None
) -> Decision | None:
    """The speaker two paragraphs ahead in an unbroken exchange, once later quotations
    are decided (a second pass: ``decided`` then covers the whole text)."""
    quotes, where, pi = ctx.quotes, ctx.quote_paragraphs, ctx.paragraph_index
    if len(decided) < len(quotes):
        return None  # first pass: nothing ahead is decided yet
    k = ctx.index + 1
    while k < len(quotes) and where[k] == pi:
        k += 1
    if k >= len(quotes) or where[k] != pi + 1:
        return None
    nxt = decided[k]
    while k < len(quotes) and where[k] == pi + 1:
        k += 1
    if k >= len(quotes) or where[k] != pi + 2:
        return None
    ahead = decided[k]
    if ahead is None or not ahead.speaker:
        return None

    if nxt is not None and nxt.speaker and _same(nxt.speaker, ahead.speaker):
        return None
    if spoken_to is not None and _same(spoken_to, ahead.speaker):
        return None
    return attrs.evolve(ahead, rule="conversation", cue=None)


#: The default order of the rules, most precise first.
DEFAULT_RULES: tuple[Rule, ...] = (
    cue_after,
    attribution_clause,
    cue_before,
    according_to,
    colon_intro,
    same_paragraph,
    vocative,
    reply_to_named,
    sentence_subject,
    previous_sentence,
    only_name_in_paragraph,
    paragraph_subject,
    continues_previous,
    conversation,
    narration_before,
    named_in_reply,
)
