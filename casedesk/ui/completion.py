"""Completion as you type for enterprise and caller fields (Chinese substring or pinyin initials).

The matching happens in ``services.parties``; this module only asks it in the
background a moment after the last keystroke (a search over 100,000
enterprises or 500,000 workers must never stall typing) and shows the answer
in a popup. Picking an entry links that record; typing again unlinks it.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from casedesk.services.parties import Suggestion
from casedesk.ui.runner import Runner

DEBOUNCE_MS = 150


class RecordCompleter(QObject):
    """Attach to a QLineEdit: ``picked`` fires with the Suggestion chosen, ``unlinked`` when the text changes after it."""

    picked = Signal(object)  # Suggestion
    unlinked = Signal()

    def __init__(
        self,
        edit: QLineEdit,
        runner: Runner,
        lookup: Callable[[str], list[Suggestion]],
        describe: Callable[[Suggestion], str],
    ) -> None:
        super().__init__(edit)
        self._edit = edit
        self._runner = runner
        self._lookup = lookup
        self._describe = describe
        self._suggestions: list[Suggestion] = []
        self._generation = 0
        self.linked: Suggestion | None = None
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(edit)
        self.completer.activated[QModelIndex].connect(self._on_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._ask)
        edit.textEdited.connect(self._on_edited)

    def _on_edited(self, _text: str) -> None:
        if self.linked is not None:
            self.linked = None
            self.unlinked.emit()
        self._timer.start()

    def _ask(self) -> None:
        typed = self._edit.text().strip()
        self._generation += 1
        generation = self._generation
        if not typed:
            self._show(generation, [])
            return
        self._runner.submit(self, lambda: self._lookup(typed), lambda found: self._show(generation, found))

    def _show(self, generation: int, found: list[Suggestion]) -> None:
        if generation != self._generation:
            return  # an older answer arriving after a newer question
        self._suggestions = found
        self.model.setStringList([self._describe(s) for s in found])
        if found and self._edit.hasFocus():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.row()
        if not 0 <= row < len(self._suggestions):
            return
        suggestion = self._suggestions[row]
        # The popup writes the display text into the field after this signal; put the plain name back after it.
        QTimer.singleShot(0, lambda: self._edit.setText(suggestion.text))
        self.linked = suggestion
        self.picked.emit(suggestion)

    def link(self, suggestion: Suggestion | None) -> None:
        """Show an existing link (a stored record opened in the form) without asking the database."""
        self.linked = suggestion
