"""Fonts for official letters: the chain of DESIGN.md, and a report of what was chosen.

ReportLab embeds only TrueType-outline fonts (TTF, or TTC with a subfont
index); CFF fonts such as Noto CJK are refused, and some fonts forbid
embedding. Each role of a letter (body 仿宋, title and 发文机关标志 小标宋,
headings 黑体, page numbers 宋体) therefore tries, in order: the font set in
Settings, known Windows fonts, known Linux fonts, and last ReportLab's
built-in CID font STSong-Light, which always works but is not embedded (the
reader must supply the glyphs). What was chosen, and why a candidate was
skipped, is reported so the UI and the CLI can warn.
"""
from __future__ import annotations

import os
import sys
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

from casedesk.domain.messages import Message

BUILTIN = "STSong-Light"
ROLE_LABELS = {"body": "正文（仿宋）", "title": "标题（小标宋）", "heading": "小标题（黑体）", "song": "页码（宋体）"}

# (file name, subfont index, description) in order of preference per role.
_CANDIDATES: dict[str, tuple[tuple[str, int, str], ...]] = {
    "body": (
        ("simfang.ttf", 0, "仿宋"),
        ("FZFSJW.TTF", 0, "方正仿宋简体"),
        ("simsun.ttc", 0, "宋体"),
        ("uming.ttc", 0, "AR PL UMing CN"),
        ("ukai.ttc", 0, "AR PL UKai CN"),
        ("wqy-zenhei.ttc", 0, "文泉驿正黑"),
        ("wqy-microhei.ttc", 0, "文泉驿微米黑"),
    ),
    "title": (
        ("FZXBSJW.TTF", 0, "方正小标宋简体"),
        ("方正小标宋简体.ttf", 0, "方正小标宋简体"),
        ("simhei.ttf", 0, "黑体"),
        ("simsun.ttc", 0, "宋体"),
        ("uming.ttc", 0, "AR PL UMing CN"),
        ("wqy-microhei.ttc", 0, "文泉驿微米黑"),
        ("wqy-zenhei.ttc", 0, "文泉驿正黑"),
    ),
    "heading": (
        ("simhei.ttf", 0, "黑体"),
        ("FZHTJW.TTF", 0, "方正黑体简体"),
        ("wqy-microhei.ttc", 0, "文泉驿微米黑"),
        ("wqy-zenhei.ttc", 0, "文泉驿正黑"),
        ("simsun.ttc", 0, "宋体"),
        ("uming.ttc", 0, "AR PL UMing CN"),
    ),
    "song": (
        ("simsun.ttc", 0, "宋体"),
        ("uming.ttc", 0, "AR PL UMing CN"),
        ("simfang.ttf", 0, "仿宋"),
        ("wqy-microhei.ttc", 0, "文泉驿微米黑"),
    ),
}


def font_dirs() -> list[Path]:
    """Where fonts are installed on this computer."""
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path.home() / "Library" / "Fonts", Path("/System/Library/Fonts")]
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts",
                 Path.home() / ".local" / "share" / "fonts"]
    return [d for d in dirs if d.is_dir()]


@lru_cache(maxsize=1)
def _installed() -> dict[str, Path]:
    """File name (lower case) -> path of every font file in the font folders (scanned once)."""
    found: dict[str, Path] = {}
    for base in font_dirs():
        for path in base.rglob("*"):
            if path.suffix.lower() in (".ttf", ".ttc", ".otf") and path.name.lower() not in found:
                found[path.name.lower()] = path
    return found


@dataclass(frozen=True)
class ChosenFont:
    """The font a role ended up with: ReportLab's registered name and how it got there."""

    role: str
    name: str  # registered ReportLab font name
    description: str
    path: str  # "" for the built-in CID font
    source: str  # "settings", "system" or "builtin"
    embedded: bool
    skipped: tuple[str, ...] = ()  # why earlier candidates were not used

    def describe(self) -> Message:
        where = self.path or Message("ReportLab 内置字体")
        embed = Message("嵌入PDF") if self.embedded else Message("未嵌入，阅读电脑须有中文字体")
        return Message("{role}：{font}（{where}，{embed}）", role=ROLE_LABELS[self.role], font=self.description,
                       where=where, embed=embed)


@dataclass(frozen=True)
class FontSet:
    body: ChosenFont
    title: ChosenFont
    heading: ChosenFont
    song: ChosenFont
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def all_embedded(self) -> bool:
        return all(f.embedded for f in (self.body, self.title, self.heading, self.song))

    def report(self) -> list[str]:
        return [f.describe() for f in (self.body, self.title, self.heading, self.song)] + list(self.warnings)


def parse_setting(value: str) -> tuple[str, int]:
    """A Settings font entry: "path" or "path#subfont" (TTC collections hold several faces)."""
    text = value.strip()
    if "#" in text:
        path, _, index = text.rpartition("#")
        if index.isdigit():
            return path, int(index)
    return text, 0


@lru_cache(maxsize=64)
def _register(path: str, subfont: int) -> tuple[str, str]:
    """Register a TrueType font once per process; (name, face name) or raises with the reason."""
    name = f"CD-{Path(path).stem}-{subfont}-{zlib.crc32(path.encode()) & 0xFFFF:04x}"
    if name not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(name, path, subfontIndex=subfont)
        pdfmetrics.registerFont(font)
    face = pdfmetrics.getFont(name).face
    family = getattr(face, "familyName", b"") or face.name
    return name, family.decode("utf-8", "replace") if isinstance(family, bytes) else str(family)


def _reason(exc: Exception) -> str:
    text = str(exc)
    if "postscript outlines" in text.lower():
        return Message("CFF/OpenType 轮廓，ReportLab 不能嵌入")
    if "embed" in text.lower():
        return Message("字体许可不允许嵌入")
    return text.splitlines()[0] if text else exc.__class__.__name__


@lru_cache(maxsize=1)
def _builtin() -> str:
    if BUILTIN not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(BUILTIN))
    return BUILTIN


def resolve_role(role: str, setting: str = "") -> ChosenFont:
    skipped: list[str] = []
    if setting.strip():
        path, index = parse_setting(setting)
        if not Path(path).is_file():
            skipped.append(Message("设置中的字体文件不存在：{path}", path=path))
        else:
            try:
                name, family = _register(str(Path(path).resolve()), index)
                return ChosenFont(role, name, family, str(path), "settings", True, tuple(skipped))
            except Exception as exc:  # noqa: BLE001 - any font error means "try the next one"
                skipped.append(Message("{path}：{reason}", path=path, reason=_reason(exc)))
    installed = _installed()
    for filename, index, description in _CANDIDATES[role]:
        path = installed.get(filename.lower())
        if path is None:
            continue
        try:
            name, family = _register(str(path), index)
        except Exception as exc:  # noqa: BLE001
            skipped.append(Message("{path}：{reason}", path=path, reason=_reason(exc)))
            continue
        return ChosenFont(role, name, family or description, str(path), "system", True, tuple(skipped))
    return ChosenFont(role, _builtin(), "华文宋体 STSong-Light", "", "builtin", False, tuple(skipped))


def resolve(body: str = "", title: str = "", heading: str = "") -> FontSet:
    """The fonts of a letter; arguments are the Settings entries (empty = use the chain)."""
    chosen = {
        "body": resolve_role("body", body),
        "title": resolve_role("title", title),
        "heading": resolve_role("heading", heading),
        "song": resolve_role("song"),
    }
    warnings = []
    for font in chosen.values():
        warnings += [Message("{role}：已跳过 {skipped}", role=ROLE_LABELS[font.role], skipped=s) for s in font.skipped]
        if not font.embedded:
            warnings.append(Message("{role}未找到可嵌入的 TrueType 中文字体，PDF 不携带字体，换电脑打开可能显示异常",
                                    role=ROLE_LABELS[font.role]))
    return FontSet(**chosen, warnings=tuple(warnings))
