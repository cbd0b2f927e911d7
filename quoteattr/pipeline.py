"""The pipeline: find the quotations of a text, classify them, attribute them."""

from __future__ import annotations

import bisect
import functools
import inspect
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, ParamSpec, TypeVar

import attrs

from .context import STYLES, Context, contexts, guess_style
from .quotes import find_quotes, paragraphs
from .records import Quote
from .rules import (
    DEFAULT_RULES,
    TURN_TAIL,
    Decision,
    Rule,
    addressee,
    newcomer_subject,
    turn_party,
)
from .speakers import FICTION_REACH, NEAR, Characters, build_cast, narrator, resolve

__all__ = ["extract"]

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _explains_arguments(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """``func`` with Python's errors for an unknown keyword or a stray positional argument
    made to say which arguments it does take."""
    params = inspect.signature(func).parameters.values()
    named = {p.name for p in params if p.kind is not inspect.Parameter.POSITIONAL_ONLY}
    options = ", ".join(p.name + "=" for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY)
    name = func.__name__

    @functools.wraps(func)
    def checked(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        for key in kwargs:
            if key not in named:
                raise TypeError(
                    f"{name}() got an unexpected keyword argument {key!r}; "
                    f"its options are {options}"
                )
        if len(args) > 1:
            raise TypeError(
                f"{name}() takes the text as its one positional argument and the options "
                f"({options}) by keyword, but got {len(args)} positional arguments"
            )
        return func(*args, **kwargs)

    return checked


@_explains_arguments
def extract(
    text: str,
    *,
    rules: Sequence[Rule] = DEFAULT_RULES,
    style: str = "auto",
    characters: Mapping[str, Iterable[str]] | Iterable[str] | None = None,
) -> list[Quote]:
    """Find the quotations of ``text`` and who said them, in text order.

    ``rules`` is the ordered sequence of attribution rules to try on each quotation
    (see :mod:`quoteattr.rules`); an empty tuple finds quotations without speakers.
    ``style`` is ``"news"``, ``"fiction"`` or ``"auto"`` (guess from the text; see
    :func:`quoteattr.context.guess_style`): the two differ on who speaks in a paragraph
    that holds only a quotation. ``characters`` is a known cast, ``{name: [aliases]}``
    or a list of names: a speaker who is one of them is given that name.

    >>> text = '"Come here, Lizzy," said Mrs. Bennet.'
    >>> extract(text, characters={"Mrs. Bennet": ["Mrs Bennet"]})[0].speaker
    'Mrs. Bennet'
    >>> extract('"No," said Lizzy.', characters={"Elizabeth Bennet": ["Lizzy"]})[0].speaker
    'Elizabeth Bennet'

    >>> q = extract('"We won," Mayor Jane Doe said.')[0]
    >>> q.text, q.speaker, q.mention.text, q.cue.text, q.rule
    ('"We won,"', 'Jane Doe', 'Mayor Jane Doe', 'said', 'cue_after')
    """
    if not isinstance(text, str):
        hint = (
            " (decode it first, e.g. data.decode('utf-8'))"
            if isinstance(text, (bytes, bytearray))
            else ""
        )
        raise TypeError(f"extract() takes a str, not {type(text).__name__}{hint}")
    rules = _check_rules(rules)
    if style not in ("auto", *STYLES):
        raise ValueError(f"style must be 'auto', 'news' or 'fiction', not {style!r}")
    paras = list(paragraphs(text))
    found = list(find_quotes(text, paras, kinds=True))
    if not found or not rules:
        return found
    known = None if characters is None else Characters.from_mapping(characters)
    if style == "auto":
        style = guess_style(text)
    cast = build_cast(text, found, paras, fiction=style == "fiction")
    # Terms never go to the rules; in news they are not even spoken to, so they need no
    # context (a text of nothing but marks is all terms: ``""""…``).
    wanted = (
        range(len(found))
        if style == "fiction"
        else [i for i, q in enumerate(found) if q.kind != "term"]
    )
    decided: list[Decision | None] = []
    spoken_to: str | None = None  # whom the previous quotation addressed by name
    addressing: dict[int, str | None] = {}  # quotation index -> whom it addresses
    resolved: dict[int, str | None] = {}  # mention start -> speaker, so parts agree
    reach = FICTION_REACH if style == "fiction" else NEAR

    def attribute(ctx: Context, spoken_to: str | None, addressed: str | None) -> Decision | None:
        for rule in rules:
            decision = rule(ctx, decided)
            if decision is None:
                continue
            if not isinstance(decision, Decision):
                raise _bad_decision(rule, decision)
            if decision.speaker is None and style == "fiction":
                # "An old woman came in. … she said": the newcomer, whom no name stands
                # for, kept as written.
                newcomer = newcomer_subject(ctx, decision.mention)
                if newcomer is not None:
                    decision = attrs.evolve(decision, mention=newcomer,
                                            speaker=newcomer.span.text)
            if decision.speaker is None:
                key = decision.mention.span.start
                if key not in resolved:
                    earlier = decided[max(0, ctx.index - 8) : ctx.index]
                    recent = [d.speaker for d in earlier if d and d.speaker]
                    resolved[key] = resolve(
                        cast, decision.mention, recent, spoken_to, addressed,
                        ctx.paragraph[0], reach, style == "fiction",
                        turn_party(ctx, decided),
                    )
                decision = _with_speaker(decision, resolved[key])
            if known is not None and decision.speaker is not None:
                decision = _with_speaker(decision, known.match(decision.speaker))
            return decision
        return None

    turns: dict[int, str | None] = {}  # paragraph index -> whom its speech first names

    memo: dict[Any, Any] = {}  # what the rules read once per text, for both passes
    for ctx in contexts(text, found, paras, style, cast, wanted, memo):
        while len(decided) < ctx.index:  # the terms passed over
            decided.append(None)
            spoken_to = None
        addressed = addressee(ctx) if style == "fiction" else None
        addressing[ctx.index] = addressed
        pi = ctx.paragraph_index
        if style == "fiction":
            spoken_to = previous_turn(turns, pi)
            if spoken_to is not None and _long_tail(ctx):
                spoken_to = None
        decision = None
        if ctx.quote.kind != "term":
            decision = attribute(ctx, spoken_to, addressed or _addressed_later(ctx, style))
        decided.append(decision)
        if turns.get(pi) is None:
            turns[pi] = addressed
        spoken_to = addressed
    decided.extend([None] * (len(found) - len(decided)))
    if style == "fiction":
        # A second pass over the speeches still undecided, the rules now seeing the
        # decisions of later quotations too (an exchange whose cues come later).
        left = [i for i, d in enumerate(decided) if d is None and found[i].kind != "term"]
        for ctx in reversed(list(contexts(text, found, paras, style, cast, left, memo))):
            i = ctx.index
            before = addressing.get(i - 1) if i and found[i - 1].kind != "term" else None
            decided[i] = attribute(ctx, before, addressing.get(i))
        starts = [a for a, _ in paras]
        decided = reanchor(
            decided, [max(0, bisect.bisect_right(starts, q.start) - 1) for q in found]
        )
        decided = _name_the_narrator(decided, addressing, paras, found)
    out = []
    for q, d in zip(found, decided, strict=True):
        if d is None:
            out.append(q)
            continue
        # Quote(...) rather than attrs.evolve: the same record, made without evolve's
        # look at the fields, once for each quotation of the text.
        out.append(Quote(q.start, q.end, q.text, q.content, q.kind, d.speaker,
                         d.mention.span, d.cue, d.rule, q.nested))
    return out


#: The rules whose cue names the speaker outright: the anchors of an exchange.
ANCHORS = frozenset({"cue_after", "cue_before", "attribution_clause", "same_paragraph"})


def reanchor(decided: list[Decision | None], where: Sequence[int]) -> list[Decision | None]:
    """``decided`` with each turn that alternation copied from a cue far back (rule
    ``conversation``) re-read from the nearest turn ahead in the same unbroken run of
    speech paragraphs whose cue names its speaker (:data:`ANCHORS`; by a name, or a
    description resolved to one, :func:`_names_outright`), when that one is nearer and
    an even number of paragraphs away; ``where`` gives each quotation's paragraph.

    >>> from quoteattr.mentions import read_mention
    >>> def turn(name, rule):
    ...     return Decision(read_mention(name, 0, len(name)), None, rule, speaker=name)
    >>> tom, ann = turn("Tom", "cue_after"), turn("Ann", "cue_after")
    >>> copied = attrs.evolve(tom, rule="conversation")
    >>> run = [tom, ann, copied, None, copied, None, ann]
    >>> [d and d.speaker for d in reanchor(run, [0, 1, 2, 3, 4, 5, 6])]
    ['Tom', 'Ann', 'Tom', None, 'Ann', None, 'Ann']
    >>> [d and d.speaker for d in reanchor(run, [0, 1, 2, 3, 4, 6, 7])]
    ['Tom', 'Ann', 'Tom', None, 'Tom', None, 'Ann']

    Notes: the conversation sieve of Muzny et al. (2017) reads an exchange from its
    last cue only; a narration line between two turns of one speaker breaks the
    alternation, which the next cue sets right.
    """
    out = list(decided)
    n = len(decided)
    origin: dict[tuple[int, int], int] = {}  # mention -> the last quotation it cued
    for i, d in enumerate(decided):
        if d is None:
            continue
        key = (d.mention.span.start, d.mention.span.end)
        if d.rule != "conversation":
            origin[key] = i
            continue
        o = origin.get(key)
        behind = where[i] - where[o] if o is not None else n + len(where)
        k = i + 1
        while k < n and where[k] - where[k - 1] <= 1 and where[k] - where[i] < behind:
            a = decided[k]
            if (a is not None and a.rule in ANCHORS and a.speaker
                    and _names_outright(a) and where[k] > where[i]):
                if (where[k] - where[i]) % 2 == 0 and a.speaker != d.speaker:
                    out[i] = attrs.evolve(a, rule="conversation", cue=None)
                break
            k += 1
    return out


def _names_outright(decision: Decision) -> bool:
    """True when a cue's mention names its speaker: a name, or a description resolved
    to one (``said her mother``: Mrs. Bennet), not a pronoun or a bare description.

    >>> from quoteattr.mentions import Mention
    >>> from quoteattr.records import Span
    >>> mother = Mention(Span(0, 10, "her mother"), "description", "her mother", "f")
    >>> _names_outright(Decision(mother, None, "cue_after", speaker="Mrs. Bennet"))
    True
    >>> _names_outright(Decision(mother, None, "cue_after", speaker="her mother"))
    False
    """
    kind = decision.mention.kind
    if kind == "description":
        return bool(decision.speaker) and decision.speaker[:1].isupper()
    return kind == "name"


def _addressed_later(ctx: Context, style: str) -> str | None:
    """Whom the next part of the same speech calls by name, in fiction, when only a
    short cue stands between (``"I was shocked," said she. "Oh, Lizzy, …"``): the
    speaker of this part speaks to them too, and is not them.

    >>> text = 'Jane Ray came in. Ann Lee sat down. "I was shocked," said she. "Oh, Ann, no!"'
    >>> [q.speaker for q in extract(text, style="fiction")]
    ['Jane Ray', 'Jane Ray']

    Notes: CoreNLP's vocative sieve (Muzny et al. 2017) reads the addressee a speech
    names; a speech split by its cue names it in any of its parts.
    """
    k = ctx.index + 1
    quotes = ctx.quotes
    if style != "fiction" or k >= len(quotes) or quotes[k].start >= ctx.paragraph[1]:
        return None
    if quotes[k].kind == "term" or quotes[k].start - ctx.quote.end > TURN_TAIL:
        return None
    return addressee(ctx, k)


def previous_turn(turns: dict[int, str | None], paragraph: int) -> str | None:
    """Whom the speech of the paragraph just before ``paragraph`` spoke to by name, if
    that paragraph held speech: the one a reply there is most likely by.

    >>> previous_turn({3: "Jane"}, 4), previous_turn({3: "Jane"}, 5)
    ('Jane', None)

    Notes: a turn may name its addressee in any of its parts (``"I fear, Mr. Hale,"
    said she, "that …"``); CoreNLP's vocative sieve reads the whole previous turn too.
    """
    return turns.get(paragraph - 1)


def _long_tail(ctx: Context) -> bool:
    """True when more than :data:`~quoteattr.rules.TURN_TAIL` characters of narration
    follow the last speech before the quotation's paragraph: the turn before ends in
    narration (``…," said Mr. Hale; and, as he spoke, he left the room.``), so whom
    that speech called by name is not the one likely to speak next.

    >>> text = ('Ann Lee sat by Kate Ray.\\n\\n"Now, Kate, go," said Tom Hale, and he '
    ...         'left the room, slamming the heavy door behind him.\\n\\n"Well," said she.')
    >>> [q.speaker for q in extract(text, style="fiction")]
    ['Tom Hale', 'Ann Lee']
    >>> short = text.replace(", and he left the room, slamming the heavy door behind him", "")
    >>> [q.speaker for q in extract(short, style="fiction")]
    ['Tom Hale', 'Kate Ray']

    Notes: CoreNLP's vocative sieve (Muzny et al. 2017) reads the addressee of the
    turn just before; narration after it may move the scene on.
    """
    j = ctx.index - 1
    while j >= 0 and ctx.quotes[j].kind == "term":
        j -= 1
    return j >= 0 and len(ctx.text[ctx.quotes[j].end : ctx.paragraph[0]].strip()) > TURN_TAIL


def _with_speaker(decision: Decision, speaker: str | None) -> Decision:
    """``attrs.evolve(decision, speaker=speaker)``, made directly for a plain Decision
    (evolve's look at the fields costs more, and this is done for most quotations)."""
    if type(decision) is not Decision:
        return attrs.evolve(decision, speaker=speaker)  # a custom rule's own subclass
    return Decision(decision.mention, decision.cue, decision.rule, speaker)


def _name_the_narrator(
    decided: list[Decision | None],
    addressing: dict[int, str | None],
    paras: Sequence[tuple[int, int]],
    found: Sequence[Quote],
) -> list[Decision | None]:
    """The decisions with the narration's "I" as speaker given the narrator's name, when
    the others' speeches tell it (see :func:`quoteattr.speakers.narrator`)."""
    first_person = [d is not None and d.speaker == "I" for d in decided]
    if not any(first_person):
        return decided
    starts = [a for a, _ in paras]
    where = [max(0, bisect.bisect_right(starts, q.start) - 1) for q in found]
    addressed = [addressing.get(i) for i in range(len(found))]
    replies = [d.speaker if d is not None and d.rule == "reply_to_named" else None
               for d in decided]
    name = narrator(first_person, addressed, where, replies)
    if name is None:
        return decided
    return [
        attrs.evolve(d, speaker=name) if d is not None and mine else d
        for d, mine in zip(decided, first_person, strict=True)
    ]


def _bad_decision(rule: Rule, decision: object) -> TypeError:
    """The error for a rule that returned something else than a Decision or None."""
    name = getattr(rule, "__name__", repr(rule))
    return TypeError(
        f"rule {name} returned {decision!r:.80} ({type(decision).__name__}); a rule "
        f"returns a quoteattr.rules.Decision or None"
    )


def _check_rules(rules: Sequence[Rule]) -> tuple[Rule, ...]:
    if isinstance(rules, (str, bytes)) or not hasattr(rules, "__iter__"):
        raise TypeError(
            f"rules must be a sequence of rule functions, not {type(rules).__name__}"
        )
    rules = tuple(rules)
    for r in rules:
        if not callable(r):
            raise TypeError(
                f"rules must hold callables such as quoteattr.rules.cue_after, "
                f"got {r!r} ({type(r).__name__})"
            )
    return rules
