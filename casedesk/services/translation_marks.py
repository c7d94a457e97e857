"""Qt's translation marker for the layers below ``ui/``, which must not import Qt."""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate scans for
    """Mark a label for translation without importing Qt; the UI translates it at display time."""
    return text
