"""The catalogue of law articles a notice cites as its legal basis (法律依据).

The articles ship in ``resources/laws/*.json`` (one file per law: its name,
the version cited, and for each article its number, a short gist and the
violation types it usually supports). An admin may add local regulations,
reword a gist or hide an article; those edits are kept in the database
(setting ``law_catalogue.custom``) so every desk of a shared server sees the
same catalogue and an upgrade of the shipped files never loses them.

An article is identified by its citation, 《law》article (for example
《中华人民共和国劳动合同法》第三十条): readable in a ledger, stable across
releases, and still printable when an article later leaves the catalogue.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sqlalchemy.orm import Session

from casedesk import paths
from casedesk.domain.enums import ViolationType
from casedesk.domain.validators import ValidationError
from casedesk.services import settings
from casedesk.services.actor import Actor, PermissionDenied, require_write

SETTING_KEY = "law_catalogue.custom"
MAX_GIST = 500
_CITATION_RE = re.compile(r"^《(?P<law>[^《》]{2,60})》(?P<article>第[一二三四五六七八九十百千零〇两\d]+条(?:之[一二三四五六七八九十]+)?(?:第[一二三四五六七八九十\d]+[款项])*)$")


@dataclass(frozen=True)
class Article:
    law: str
    article: str
    gist: str
    violations: tuple[str, ...] = ()
    custom: bool = False  # added or reworded by an admin

    @property
    def key(self) -> str:
        return citation(self.law, self.article)


@dataclass(frozen=True)
class LawFile:
    law: str
    version: str
    articles: tuple[Article, ...] = field(default_factory=tuple)


def citation(law: str, article: str) -> str:
    return f"《{law}》{article}"


def parse_citation(text: str) -> tuple[str, str]:
    """(law, article) from 《law》第N条; a ValidationError naming the expected form otherwise."""
    t = "".join(text.split()).replace("<", "《").replace(">", "》")
    m = _CITATION_RE.match(t)
    if not m:
        raise ValidationError("法律依据“{text}”格式不正确（应为《法律名称》第N条，如《中华人民共和国劳动合同法》第三十条）", text=text.strip())
    return m["law"], m["article"]


@lru_cache(maxsize=1)
def shipped() -> tuple[LawFile, ...]:
    """The catalogue as shipped in resources/laws/ (read once per process)."""
    files = []
    for path in sorted(Path(paths.resource_path("laws")).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        articles = tuple(
            Article(data["law"], a["article"], a["gist"], tuple(a.get("violations", ()))) for a in data["articles"]
        )
        files.append(LawFile(data["law"], data.get("version", ""), articles))
    return tuple(files)


def _custom(session: Session) -> list[dict]:
    return list(settings.get(session, SETTING_KEY) or [])


def catalogue(session: Session) -> list[Article]:
    """Every visible article: shipped ones as the admin left them, then the admin's own additions."""
    overrides = {citation(e["law"], e["article"]): e for e in _custom(session)}
    out: list[Article] = []
    seen: set[str] = set()
    for law_file in shipped():
        for art in law_file.articles:
            seen.add(art.key)
            entry = overrides.get(art.key)
            if entry is None:
                out.append(art)
            elif not entry.get("hidden"):
                out.append(Article(art.law, art.article, entry["gist"], tuple(entry.get("violations", ())), custom=True))
    for key, entry in overrides.items():
        if key not in seen and not entry.get("hidden"):
            out.append(Article(entry["law"], entry["article"], entry["gist"], tuple(entry.get("violations", ())), custom=True))
    return out


def lookup(session: Session) -> dict[str, Article]:
    return {a.key: a for a in catalogue(session)}


def suggest(session: Session, violations: Iterable[str]) -> list[Article]:
    """Articles tagged with any of the given violation types (codes), in catalogue order."""
    wanted = set(violations)
    return [a for a in catalogue(session) if wanted & set(a.violations)]


def normalize_keys(values: Iterable[str]) -> list[str]:
    """Citations as stored on a notice: checked, de-duplicated, in the order given."""
    out: list[str] = []
    for value in values:
        if not value or not value.strip():
            continue
        key = citation(*parse_citation(value))
        if key not in out:
            out.append(key)
    return out


def _violation_codes(values: Iterable[str]) -> list[str]:
    codes = []
    for v in values:
        try:
            codes.append(ViolationType.from_label(v).value)
        except ValueError:
            raise ValidationError("违法类型“{v}”无法识别", v=v) from None
    return codes


def save_article(
    session: Session, actor: Actor, law: str, article: str, gist: str, violations: Iterable[str] = ()
) -> Article:
    """Add an article (e.g. a provincial regulation) or reword a shipped one's gist. Admins only."""
    _require_admin(actor)
    law_name, art = parse_citation(citation(law.strip().strip("《》"), article.strip()))
    text = gist.strip()
    if not text:
        raise ValidationError("条文要点不能为空")
    if len(text) > MAX_GIST:
        raise ValidationError("条文要点过长（{n} 字，最多 {max} 字）", n=len(text), max=MAX_GIST)
    entries = [e for e in _custom(session) if citation(e["law"], e["article"]) != citation(law_name, art)]
    entries.append({"law": law_name, "article": art, "gist": text, "violations": _violation_codes(violations)})
    settings.put(session, actor, SETTING_KEY, entries)
    return Article(law_name, art, text, tuple(entries[-1]["violations"]), custom=True)


def hide_article(session: Session, actor: Actor, key: str) -> None:
    """Take an article out of the picker; notices that already cite it still print it."""
    _require_admin(actor)
    law_name, art = parse_citation(key)
    current = lookup(session).get(citation(law_name, art))
    if current is None:
        raise ValidationError("目录中没有 {key}", key=key)
    entries = [e for e in _custom(session) if citation(e["law"], e["article"]) != current.key]
    entries.append({"law": law_name, "article": art, "gist": current.gist, "violations": list(current.violations), "hidden": True})
    settings.put(session, actor, SETTING_KEY, entries)


def restore_shipped(session: Session, actor: Actor, key: str) -> None:
    """Drop the admin's edit of one article (shows the shipped wording again, or removes an addition)."""
    _require_admin(actor)
    law_name, art = parse_citation(key)
    entries = [e for e in _custom(session) if citation(e["law"], e["article"]) != citation(law_name, art)]
    settings.put(session, actor, SETTING_KEY, entries)


def _require_admin(actor: Actor) -> None:
    require_write(actor)
    if actor.role != "admin":
        raise PermissionDenied("只有管理员可以修改法律条文目录")


def law_names(session: Session) -> list[str]:
    names: list[str] = []
    for a in catalogue(session):
        if a.law not in names:
            names.append(a.law)
    return names
