"""Messages for people that can be said in the user's language.

The rules below the UI speak Chinese, and ``str()`` of every message stays the Chinese text (logs, the audit
trail and tests read it). A ``Message`` also keeps the Chinese *template* and its values, so the GUI and the CLI
can look the template up in the English catalogue (``casedesk.ui.messages.text``) and fill in the same values.
``python -m casedesk.ui.i18n --update`` collects the templates from the source: the first Chinese string argument
of every ``Message(...)`` call and of every exception class built on ``Translatable``.

Templates use ``str.format`` fields named for what they hold (``"身份证号应为18位，实际为{n}位"``); a value may
itself be a Message or an exception carrying one, and is then translated too; ``Joined`` lists labels or problems.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class Message(str):
    """The Chinese text of a message, remembering the template and values it was made from."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Message:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = values
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # pickled with its template, not as a plain str
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict[str, Any]) -> Message:
    return Message(template, **values)


class Joined(Message):
    """Several messages or labels in a row (``；`` between problems, ``、`` between labels), each translated alone."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts: Iterable[str], separator: str = "；") -> Joined:
        items = tuple(parts)
        made = str.__new__(cls, separator.join(items))
        made.template, made.values, made.parts, made.separator = str(made), {}, items, separator
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.parts, self.separator))


class Translatable(Exception):
    """An exception whose message is a ``Message``: ``SomeError("{name}已存在", name=name)``."""

    def __init__(self, template: str = "", /, **values: Any) -> None:
        super().__init__(template if isinstance(template, Message) and not values else Message(str(template), **values))

    @property
    def message(self) -> Message:
        return self.args[0]  # type: ignore[no-any-return]


def message_of(error: BaseException | str) -> str:
    """What a person should read for ``error``: its Message when it carries one (so it can be translated later)."""
    if isinstance(error, str):
        return error
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, Message) else str(error)
