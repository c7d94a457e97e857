"""The GUI's language: Qt translators for CaseDesk's own strings and for Qt's standard buttons and dialogs.

Source strings are Chinese (``self.tr("保存")``); ``resources/translations/casedesk_en.ts`` holds the English
translation and ``casedesk_en.qm`` its compiled form, loaded with a QTranslator when the ``language`` setting is
``en``. In Chinese, Qt's own ``qtbase_zh_CN.qm`` makes OK/Cancel/Yes/No Chinese as well. Letters and reports
are official documents and are always Chinese: they are rendered from service data, never through Qt.

Two things a plain QTranslator gets wrong in PySide6 are handled by ``CaseDeskTranslator``:

- ``self.tr()`` looks a string up under the *runtime* class name, while lupdate files it under the class that
  wrote the call; a string written in a base class (ListPage, _Section ...) and shown by a subclass would stay
  Chinese. On a miss the translator retries under the context lupdate filed the source text in.
- calls lupdate cannot attribute (``page.tr(...)``, ``tr = self.tr``) get the same retry.

Strings lupdate cannot see at all (enum labels, organization.LABELS, ledger names, backup reasons, literal
arguments of small ``_tr`` helpers) are written by ``--update`` into ``i18n_runtime.py`` as QT_TRANSLATE_NOOP
calls, which lupdate then reads like any other source.

Build (README "界面语言 / English"): ``python -m casedesk.ui.i18n --update`` regenerates ``i18n_runtime.py``,
runs ``pyside6-lupdate`` over casedesk/ into both .ts files (translations already made are kept) and
``pyside6-lrelease`` into the .qm; ``--check`` exits non-zero when a message has no English yet.
"""
from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casedesk import paths

if TYPE_CHECKING:  # start-up loads this module; ReportLab (under the fonts) loads with the first document
    from casedesk.documents.fonts import ChosenFont, FontSet
    from casedesk.services.stats_periods import Period

LANGUAGES = ("zh_CN", "en")
DEFAULT = "zh_CN"
VOCABULARY_CONTEXT = "Vocabulary"  # enum labels (codes stored, labels shown)
ORG_CONTEXT = "OrgLabels"
LEDGER_CONTEXT = "Ledgers"
BACKUP_CONTEXT = "Backups"
DEADLINE_CONTEXT = "Deadlines"  # the statutory deadlines' names (domain.deadlines)
MESSAGES_CONTEXT = "Messages"  # message templates from below the UI (domain.messages; shown by ui.messages.text)
# Where message templates are written, and what marks them (see _message_templates).
MESSAGE_PACKAGES = ("casedesk/domain", "casedesk/db", "casedesk/services", "casedesk/cli", "casedesk/documents")
MESSAGE_MAKERS = {"Translatable", "Message", "fail"}  # + every class built on Translatable
LABEL_PARAMETERS = {"field", "field_name", "label", "what", "message"}  # a helper's field name or message argument
# Modules whose helper ``_tr("literal")`` translates under a fixed context that lupdate cannot follow.
HELPER_MODULES = {
    "casedesk/ui/stale_dialog.py": "StaleDialog",
    "casedesk/ui/safety_dialogs.py": "SafetyDialogs",
    "casedesk/ui/duplicates_page.py": "DuplicatesPage",
    "casedesk/ui/pages/settings.py": "SettingsPage",
}
HELPER_NAMES = {"_tr", "_translated"}

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return paths.resource_path("translations")


def ts_file(language: str) -> Path:
    return translations_dir() / f"casedesk_{language}.ts"


def qm_file(language: str) -> Path:
    return translations_dir() / f"casedesk_{language}.qm"


@cache
def _context_of_source() -> dict[str, str]:
    """Source text -> the context lupdate filed it under (the first one), from the shipped English .ts.

    Messages (words inside sentences, lower-cased) are the last resort, so a GUI label never reads like one."""
    out: dict[str, str] = {}
    path = ts_file("en")
    if not path.exists():
        return out
    contexts = list(ET.parse(path).getroot().iter("context"))
    for context in sorted(contexts, key=lambda c: c.findtext("name") == MESSAGES_CONTEXT):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.setdefault(message.findtext("source") or "", name)
    return out


class CaseDeskTranslator(QTranslator):
    """The compiled English catalogue, retried under the filing context when the caller's context misses."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        filed = _context_of_source().get(source)
        if filed is not None and filed != context:
            return super().translate(filed, source, disambiguation, n) or None
        return None  # a null string: Qt then asks the next translator or keeps the source (an empty one would blank it)


def normalized(language: object) -> str:
    text = str(language or "")
    return text if text in LANGUAGES else DEFAULT


def install(language: str) -> str:
    """Make ``language`` the application's language (replacing the previous translators); returns it.

    A missing .qm leaves the Chinese source text, which is still a working program.
    Without a QCoreApplication (the command line) the catalogue is still loaded: ``ui.messages.text`` and the
    other helpers here read it directly.
    """
    app = QCoreApplication.instance()
    language = normalized(language)
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        ours = CaseDeskTranslator(app)
        if ours.load(str(qm_file("en"))):
            _installed.append(ours)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        qt_own = QTranslator(app)
        if app is not None and qt_own.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    for translator in _installed if app is not None else ():
        app.installTranslator(translator)
    return language


def saved_language(db: object) -> str:
    """``CASEDESK_LANG`` when set, else the ``language`` setting of the open database (Chinese when unreadable:
    a first start, a damaged file)."""
    from casedesk.services import office_settings

    if (asked := office_settings.env_language()) is not None:
        return asked
    try:
        with db.reading() as session:  # type: ignore[attr-defined]
            return office_settings.language(session)
    except Exception:  # noqa: BLE001 - the language must never stop the program from starting
        return DEFAULT


def startup_language() -> str:
    """The language before a database is open: ``CASEDESK_LANG`` when set, else Chinese."""
    from casedesk.services import office_settings

    return office_settings.env_language() or DEFAULT


def apply_saved(db: object) -> str:
    """Install the language saved in ``db``; returns it."""
    return install(saved_language(db))


def current() -> str:
    """The language installed now."""
    return "en" if catalogue() is not None else DEFAULT


def catalogue() -> CaseDeskTranslator | None:
    """The English catalogue when English is installed (None in Chinese)."""
    return next((t for t in _installed if isinstance(t, CaseDeskTranslator)), None)


# Words the lists show for yes/no columns (services.listing), translated like the enum labels.
LIST_WORDS = (QT_TRANSLATE_NOOP("Vocabulary", "个人"), QT_TRANSLATE_NOOP("Vocabulary", "集体"),
              QT_TRANSLATE_NOOP("Vocabulary", "有"), QT_TRANSLATE_NOOP("Vocabulary", "无"))


def vocabulary_labels() -> frozenset[str]:
    """Every text a list cell may show that is a word of the program rather than data (enum labels ...)."""
    from casedesk.domain import enums

    return frozenset({m.label for cls in enums.LabeledEnum.__subclasses__() for m in cls} | set(LIST_WORDS))


def deadline_label(label: str) -> str:
    """A statutory deadline's name (domain.deadlines: 仲裁时效届满 ...) in the user's language."""
    return QCoreApplication.translate(DEADLINE_CONTEXT, label)


def article(text: str) -> str:
    """An article reference as the user reads it: 第48、50条 stays Chinese in Chinese, is "Art. 48, 50" in English."""
    if current() != "en":
        return text
    return re.sub(r"第(.+?)条", lambda m: "Art. " + m.group(1).replace("、", ", "), text)


def vocabulary(label: str) -> str:
    """An enum label (渠道, 阶段, 行业 ...) in the user's language."""
    return QCoreApplication.translate(VOCABULARY_CONTEXT, label)


def ledger_label(label: str) -> str:
    """A ledger kind's name (咨询台账 ...) in the user's language."""
    return QCoreApplication.translate(LEDGER_CONTEXT, label)


def period_label(period: Period) -> str:
    """A statistics period as the user reads it: 2026年11月 in Chinese, November 2026 in English."""
    if current() != "en":
        return period.label
    start, end = period.start, period.end
    if period.kind == "year":
        return str(start.year)
    if period.kind == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if period.kind == "month":
        return QLocale().toString(start, "MMMM yyyy")
    return f"{start.isoformat()} – {end.isoformat()}"


FONT_ROLES = {
    "body": QT_TRANSLATE_NOOP("Fonts", "正文（仿宋）"),
    "title": QT_TRANSLATE_NOOP("Fonts", "标题（小标宋）"),
    "heading": QT_TRANSLATE_NOOP("Fonts", "小标题（黑体）"),
    "song": QT_TRANSLATE_NOOP("Fonts", "页码（宋体）"),
}


def font_report(fonts: FontSet) -> list[str]:
    """The letter font chain (which font each role got, from where, embedded or not) in the user's language."""
    def line(f: ChosenFont) -> str:
        where = f.path or QCoreApplication.translate("Fonts", "ReportLab 内置字体")
        embed = (QCoreApplication.translate("Fonts", "嵌入PDF") if f.embedded
                 else QCoreApplication.translate("Fonts", "未嵌入，阅读电脑须有中文字体"))
        role = QCoreApplication.translate("Fonts", FONT_ROLES[f.role])
        return QCoreApplication.translate("Fonts", "{0}：{1}（{2}，{3}）").format(role, f.description, where, embed)

    from casedesk.ui.messages import text  # (ui.messages builds on this module)

    return [line(f) for f in (fonts.body, fonts.title, fonts.heading, fonts.song)] + [text(w) for w in fonts.warnings]


# ---- building the catalogue (developer tool; needs only the Qt tools PySide6 ships) ----

def _runtime_strings(root: Path) -> list[tuple[str, str]]:
    """(context, text) of strings shown through a context but never written as a literal tr() call."""
    from casedesk.domain import enums
    from casedesk.services import backup, ledgers, organization, report

    found: list[tuple[str, str]] = []
    for cls in enums.LabeledEnum.__subclasses__():
        found += [(VOCABULARY_CONTEXT, m.label) for m in cls]
    found += [(ORG_CONTEXT, text) for text in organization.LABELS.values()]
    found += [(LEDGER_CONTEXT, kind.label) for kind in ledgers.kinds().values()]
    found += [(BACKUP_CONTEXT, text) for text in backup.REASON_LABELS.values()]
    found += [(report.CONTEXT, text) for text in report.DEFINITIONS]
    deadlines = ast.parse((root / "casedesk" / "domain" / "deadlines.py").read_text(encoding="utf-8"))
    for node in ast.walk(deadlines):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Deadline"
                and len(node.args) > 1 and isinstance(node.args[1], ast.Constant)):
            found.append((DEADLINE_CONTEXT, node.args[1].value))
    found += [(MESSAGES_CONTEXT, text) for text in _message_templates(root)]
    found += [(MESSAGES_CONTEXT, cls.vocabulary_name()) for cls in enums.LabeledEnum.__subclasses__()]
    for relative, context in HELPER_MODULES.items():
        tree = ast.parse((root / relative).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in HELPER_NAMES
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append((context, node.args[0].value))
    return list(dict.fromkeys(found))


def _is_chinese(node: ast.AST) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)
            and bool(re.search(r"[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]", node.value)))


def _constants(node: ast.AST | None) -> list[str]:
    """The Chinese string literal(s) an argument can be: itself, or either branch of ``a if cond else b``."""
    if isinstance(node, ast.IfExp):
        return _constants(node.body) + _constants(node.orelse)
    return [node.value] if node is not None and _is_chinese(node) else []  # type: ignore[attr-defined]


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _message_templates(root: Path) -> list[str]:
    """Every message template below the UI (domain.messages): the first Chinese literal argument of ``Message``,
    ``RowReader.fail``, ``super().__init__`` and every exception class built on ``Translatable``; and the Chinese
    field names and messages given to a helper's ``field``/``label``/``what``/``message`` parameter or kept in a
    ``*_FIELDS``/``*_LABELS`` table, which messages insert as values."""
    trees = [ast.parse(path.read_text(encoding="utf-8")) for package in MESSAGE_PACKAGES
             for path in sorted((root / package).rglob("*.py"))]
    bases = {node.name: {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
             for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    makers = set(MESSAGE_MAKERS)
    while grown := {name for name, of in bases.items() if of & makers} - makers - {"Joined"}:
        makers |= grown  # Joined is built on Message but holds finished parts, not a template
    label_at: dict[str, set[int | str]] = {}  # helper name -> positions and keywords of its label parameters
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                names = [a.arg for a in node.args.posonlyargs + node.args.args]
                names = names[1:] if names[:1] in (["self"], ["cls"]) else names  # a method's call does not pass it
                label_at.setdefault(node.name, set()).update(
                    {i for i, n in enumerate(names) if n in LABEL_PARAMETERS}
                    | {n for n in names + [a.arg for a in node.args.kwonlyargs] if n in LABEL_PARAMETERS})
    found: list[str] = []
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = _called(node)
                if name in makers or name == "__init__":  # super().__init__(template) in an exception class
                    found += next((c for c in map(_constants, node.args) if c), [])
                places = label_at.get(name, set())
                found += [t for i, a in enumerate(node.args) if i in places for t in _constants(a)]
                found += [t for k in node.keywords if k.arg in LABEL_PARAMETERS or k.arg in places
                          for t in _constants(k.value)]
            elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
                  and any(isinstance(t, ast.Name) and t.id.endswith(("_FIELDS", "_LABELS")) for t in node.targets)):
                found += [t for v in node.value.values for t in _constants(v)]
    return list(dict.fromkeys(found))


def write_runtime_module(root: Path) -> Path:
    target = root / "casedesk" / "ui" / "i18n_runtime.py"
    lines = [
        '"""Generated by ``python -m casedesk.ui.i18n --update``: strings shown through a translation context that',
        'lupdate cannot find as literal tr() calls (enum labels, field labels, helper arguments). Do not edit."""',
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "STRINGS = (",
    ]
    for context, text in _runtime_strings(root):
        lines.append(f"    QT_TRANSLATE_NOOP({_quoted(context)}, {_quoted(text)}),")
    lines.append(")")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    raise SystemExit(f"{name} not found: it ships with PySide6 (pip install PySide6-Essentials)")


def update(root: Path) -> None:
    write_runtime_module(root)
    sources = sorted(str(p.relative_to(root)) for p in (root / "casedesk").rglob("*.py"))
    out = root / "resources" / "translations"
    for language in LANGUAGES:
        subprocess.run([_tool("pyside6-lupdate"), "-locations", "relative", "-no-obsolete", *sources,
                        "-source-language", "zh_CN", "-target-language", language,
                        "-ts", str(out / f"casedesk_{language}.ts")], cwd=root, check=True)
    subprocess.run([_tool("pyside6-lrelease"), str(out / "casedesk_en.ts"), "-qm", str(out / "casedesk_en.qm")],
                   cwd=root, check=True)


def unfinished(path: Path) -> list[tuple[str, str]]:
    """(context, source) of messages in ``path`` that have no finished translation."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
                out.append((context.findtext("name") or "", message.findtext("source") or ""))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m casedesk.ui.i18n", description="build CaseDesk's translations")
    parser.add_argument("--update", action="store_true", help="regenerate i18n_runtime.py, the .ts files and the .qm")
    parser.add_argument("--check", action="store_true", help="list English messages still untranslated")
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parents[2]
    if args.update:
        update(root)
    missing = unfinished(root / "resources" / "translations" / "casedesk_en.ts")
    for context, source in missing:
        print(f"{context}\t{source!r}")
    print(f"{len(missing)} untranslated", file=sys.stderr)
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
