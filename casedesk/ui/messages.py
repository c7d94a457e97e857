"""Messages from below the UI (validation errors, refusals, import reports) in the user's language.

Domain rules and services raise and report in Chinese, but what they say is a ``domain.messages.Message``: a
Chinese template and its values. ``text`` looks the template up in the English catalogue (context ``Messages``,
collected by ``python -m casedesk.ui.i18n --update``) when English is installed, and fills in the values, each
translated too when it is a message or a word of the program (a field name, an enum label). The GUI and the CLI
show every message from a service through ``text``; without a translation the Chinese text is shown as it is.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from casedesk.domain.messages import Joined, Message, message_of
from casedesk.ui import i18n

# How a list of labels or problems is written in English.
ENGLISH_SEPARATORS = {"；": "; ", "、": ", ", "，": ", "}


def text(what: BaseException | str) -> str:
    """What a person reads for an exception or a message, in the language installed now."""
    catalogue = i18n.catalogue()
    message = message_of(what) if isinstance(what, BaseException) else what
    if catalogue is None:
        return str(message)
    return _say(message, catalogue)


def about_field(field: str, what: BaseException | str) -> str:
    """A message about one field the form names itself ("受理日期：…" / "Intake date: …")."""
    return QCoreApplication.translate("Messages", "{0}：{1}").format(field, text(what))


def _say(message: str, catalogue: i18n.CaseDeskTranslator) -> str:
    if isinstance(message, Joined):
        separator = ENGLISH_SEPARATORS.get(message.separator, message.separator)
        return separator.join(_say(part, catalogue) for part in message.parts)
    if not isinstance(message, Message):
        return (catalogue.translate(i18n.MESSAGES_CONTEXT, message) or message) if message else message
    template = catalogue.translate(i18n.MESSAGES_CONTEXT, message.template) or message.template
    if not message.values:
        return template
    try:
        return template.format(**{key: _value(value, catalogue) for key, value in message.values.items()})
    except (KeyError, IndexError, ValueError):  # a translation whose fields do not match: the Chinese is still right
        return str(message)


def _value(value: Any, catalogue: i18n.CaseDeskTranslator) -> Any:
    if isinstance(value, BaseException):
        return _say(message_of(value), catalogue)
    if isinstance(value, str):
        return _say(value, catalogue)  # a message, or a field name / label the catalogue knows; data stays as it is
    return value
