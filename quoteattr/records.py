"""The records quoteattr returns: frozen, typed, with half-open offsets into the input.

Every record converts to plain JSON-ready data with ``to_dict()`` and back with
``from_dict()``:

>>> q = Quote.from_dict(Quote(0, 5, '"Hi!"', Span(1, 4, "Hi!")).to_dict())
>>> q.content.text
'Hi!'
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["KINDS", "Quote", "Span"]

#: The kinds of quotation :func:`quoteattr.extract` reports.
#:
#: * ``"direct"``: a quotation that stands as speech of its own (``"We won," she said.``);
#: * ``"partial"``: a quoted fragment inside the writer's own sentence
#:   (``He called the plan "a disgrace" on Monday.``);
#: * ``"term"``: a scare quote, title or nickname (``the film "Jaws"``), never given a
#:   speaker.
KINDS: tuple[str, ...] = ("direct", "partial", "term")


@attrs.frozen
class Span:
    """A stretch of the input: ``text[start:end]``, half-open, in code points.

    >>> s = Span(4, 9, "Trump")
    >>> s.to_dict()
    {'start': 4, 'end': 9, 'text': 'Trump'}
    >>> Span.from_dict(s.to_dict()) == s
    True
    """

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (see the class example)."""
        return {"start": self.start, "end": self.end, "text": self.text}

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as ``Span(start, end, text)`` (see :meth:`Quote.__reduce__`).

        >>> import pickle
        >>> pickle.loads(pickle.dumps(Span(4, 9, "Trump")))
        Span(start=4, end=9, text='Trump')
        """
        return (Span, (self.start, self.end, self.text))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        """Build a span from :meth:`to_dict` output (see the class example)."""
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


def _span_or_none(data: dict[str, Any] | None) -> Span | None:
    return None if data is None else Span.from_dict(data)


@attrs.frozen
class Quote:
    """A quotation found in the text, with who said it when that could be decided.

    ``start``/``end`` cover the quotation with its marks (``text`` is that slice);
    ``content`` is the words inside the marks. ``speaker`` is the canonical name of the
    person quoted, ``mention`` the words near the quote the attribution rests on
    (a name, "he", "the official"), ``cue`` the speech verb or colon, and ``rule`` the
    name of the rule that decided. ``nested`` holds quotations inside this one.

    >>> q = Quote(0, 9, '"We won,"', Span(1, 8, "We won,"))
    >>> q.kind, q.speaker, q.nested
    ('direct', None, ())
    >>> Quote.from_dict(q.to_dict()) == q
    True
    """

    start: int
    end: int
    text: str
    content: Span
    kind: str = "direct"
    speaker: str | None = None
    mention: Span | None = None
    cue: Span | None = None
    rule: str | None = None
    nested: tuple[Quote, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data; nested quotations become a list of dicts."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "content": self.content.to_dict(),
            "kind": self.kind,
            "speaker": self.speaker,
            "mention": None if self.mention is None else self.mention.to_dict(),
            "cue": None if self.cue is None else self.cue.to_dict(),
            "rule": self.rule,
            "nested": [q.to_dict() for q in self.nested],
        }

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as ``Quote(*fields)``: unpickling calls the class once with the
        fields, where attrs' own state methods would set each field by name, several
        times slower on the many quotations that worker processes send back
        (:func:`quoteattr.extract_many` with ``jobs``).

        >>> import pickle
        >>> q = Quote(0, 9, '"We won,"', Span(1, 8, "We won,"), speaker="Ann Lee")
        >>> pickle.loads(pickle.dumps(q)) == q
        True
        """
        return (Quote, (self.start, self.end, self.text, self.content, self.kind,
                        self.speaker, self.mention, self.cue, self.rule, self.nested))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        """Build a quote from :meth:`to_dict` output (see the class example)."""
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            content=Span.from_dict(data["content"]),
            kind=str(data.get("kind", "direct")),
            speaker=data.get("speaker"),
            mention=_span_or_none(data.get("mention")),
            cue=_span_or_none(data.get("cue")),
            rule=data.get("rule"),
            nested=tuple(cls.from_dict(n) for n in data.get("nested", ())),
        )


# A quotation made field by field through its slots' own descriptors: the same record
# as ``Quote(start, end, text, content, kind)``, at about half the cost of the generated
# ``__init__`` (which looks each field's name up through ``object.__setattr__``). The
# finding stage makes one for every pair of marks, so a text of nothing but marks
# (``""""…``) spends much of its time here.
_new = object.__new__


def _field_setters(cls: type) -> tuple[Any, ...]:
    """The setters of the slots of an attrs record ``cls``'s fields, in field order: a
    record filled through them is the one its ``__init__`` makes, made faster.

    >>> set_start, set_end, set_text = _field_setters(Span)
    >>> span = _new(Span); set_start(span, 0); set_end(span, 2); set_text(span, "Hi")
    >>> span == Span(0, 2, "Hi")
    True
    """
    return tuple(cls.__dict__[a.name].__set__ for a in attrs.fields(cls))


_set_span_start, _set_span_end, _set_span_text = _field_setters(Span)


def _span(start: int, end: int, text: str) -> Span:
    """``Span(start, end, text)``, made faster.

    >>> _span(1, 3, "Hi") == Span(1, 3, "Hi")
    True
    """
    span = _new(Span)
    _set_span_start(span, start)
    _set_span_end(span, end)
    _set_span_text(span, text)
    return span


_SET = _field_setters(Quote)
(_set_start, _set_end, _set_text, _set_content, _set_kind,
 _set_speaker, _set_mention, _set_cue, _set_rule, _set_nested) = _SET


def _quote(
    start: int, end: int, text: str, content: Span, kind: str, nested: tuple[Quote, ...] = ()
) -> Quote:
    """``Quote(start, end, text, content, kind, nested=nested)``, made faster.

    >>> args = (0, 4, '"Hi"', Span(1, 3, "Hi"), "term")
    >>> _quote(*args) == Quote(*args)
    True
    """
    q = _new(Quote)
    _set_start(q, start)
    _set_end(q, end)
    _set_text(q, text)
    _set_content(q, content)
    _set_kind(q, kind)
    _set_speaker(q, None)
    _set_mention(q, None)
    _set_cue(q, None)
    _set_rule(q, None)
    _set_nested(q, nested)
    return q
