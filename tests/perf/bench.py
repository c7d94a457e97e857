"""What every benchmark shares: the datasets (made once per seed and kept), timing, and the one results table.

Each figure is the median of several runs (wall clock, warm caches) and is
printed beside a plain baseline measured in the same run: the same question
asked of plain ``sqlite3`` or drawn with plain ReportLab, or a bare PySide6
window. ``pytest -m perf`` prints all figures as one table at the end and,
when it ran more than one scale, how each figure grows with the data.

Datasets come from ``casedesk demo-data --scale S --seed N`` (a subprocess,
timed: that is the "generate the province dataset" figure) and are cached in
``$CASEDESK_PERF_CACHE`` (default ``~/.cache/casedesk-perf``) under a name
that holds the scale, the seed and a digest of the generator's source, so a
change to the generator makes a fresh file; a newer schema upgrades the
cached one. A sign-in account is added for the GUI benchmarks.
"""
from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

SCALES = ("district", "city", "province")
SEED = int(os.environ.get("CASEDESK_PERF_SEED", "1"))
LOGIN, PASSWORD = "bench", "Bench-2026-perf"
REPO = Path(__file__).resolve().parents[2]


def cache_dir() -> Path:
    path = Path(os.environ.get("CASEDESK_PERF_CACHE") or Path.home() / ".cache" / "casedesk-perf")
    path.mkdir(parents=True, exist_ok=True)
    return path


def wanted_scales() -> tuple[str, ...]:
    """``CASEDESK_PERF_SCALES=district,city`` runs fewer (default: all three)."""
    chosen = os.environ.get("CASEDESK_PERF_SCALES", ",".join(SCALES))
    return tuple(s for s in SCALES if s in {x.strip() for x in chosen.split(",")})


# --- timing ------------------------------------------------------------------------------------------


def median_seconds(fn: Callable[[], object], runs: int = 7, warmup: int = 1) -> float:
    """Median wall time of ``runs`` calls after ``warmup`` untimed ones (caches warm, as in daily use)."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# --- results -----------------------------------------------------------------------------------------


@dataclass
class Figure:
    """One line of the table: an action at a scale, its median, its baseline and its targets."""

    action: str
    scale: str
    seconds: float
    baseline: float | None = None
    baseline_name: str = ""
    target: float | None = None  # seconds; None: no absolute target
    max_ratio: float | None = None  # the ratio to the baseline must not exceed this
    unit: str = "s"  # "s" or "MB" (then the numbers are megabytes)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.baseline if self.baseline else None

    @property
    def ok(self) -> bool:
        within = self.target is None or self.seconds <= self.target
        ratio = self.ratio
        return within and (self.max_ratio is None or ratio is None or ratio <= self.max_ratio)


@dataclass
class Results:
    figures: list[Figure] = field(default_factory=list)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        return figure

    def table(self) -> str:
        """The one table: action, scale, median, baseline, ratio, target, and whether both are met."""
        head = f"{'action':<58} {'scale':<9} {'median':>10} {'baseline':>10} {'ratio':>6} {'target':>16}  ok"
        lines = [head, "-" * len(head)]
        for f in self.figures:
            target = _target_text(f)
            ratio = f"{f.ratio:.2f}" if f.ratio is not None else ""
            base = _amount(f.baseline, f.unit) if f.baseline is not None else ""
            lines.append(f"{f.action:<58} {f.scale:<9} {_amount(f.seconds, f.unit):>10} {base:>10} {ratio:>6} {target:>16}  "
                         f"{'yes' if f.ok else 'NO'}")
            if f.baseline_name:
                lines.append(f"{'':<4}baseline: {f.baseline_name}{'; ' + f.note if f.note else ''}")
            elif f.note:
                lines.append(f"{'':<4}{f.note}")
        return "\n".join(lines)

    def growth(self) -> str:
        """Each action's median at each scale that ran, and the factor from the smallest to the largest."""
        scales = [s for s in SCALES if any(f.scale == s for f in self.figures)]
        if len(scales) < 2:
            return ""
        by_action: dict[str, dict[str, Figure]] = {}
        for f in self.figures:
            by_action.setdefault(f.action, {})[f.scale] = f
        head = f"{'action':<58} " + " ".join(f"{s:>10}" for s in scales) + f" {'growth':>8}"
        lines = [head, "-" * len(head)]
        for action, per in by_action.items():
            if len(per) < 2:
                continue
            cells = " ".join(f"{_amount(per[s].seconds, per[s].unit) if s in per else '':>10}" for s in scales)
            first, last = per[next(s for s in scales if s in per)], per[[s for s in scales if s in per][-1]]
            factor = f"{last.seconds / first.seconds:.1f}x" if first.seconds else ""
            lines.append(f"{action:<58} {cells} {factor:>8}")
        return "\n".join(lines)

    def save(self, path: Path) -> None:
        data = {"machine": machine(), "figures": [asdict(f) | {"ratio": f.ratio, "ok": f.ok} for f in self.figures]}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _amount(value: float, unit: str) -> str:
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value * 1000:.1f} ms" if value < 10 else f"{value:.1f} s"


def _target_text(f: Figure) -> str:
    parts = []
    if f.target is not None:
        parts.append(f"<{_amount(f.target, f.unit)}")
    if f.max_ratio is not None:
        parts.append(f"<={f.max_ratio:g}x")
    return " ".join(parts)


RESULTS = Results()


def machine() -> str:
    """The machine the figures were measured on, for the README."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    import sqlite3

    return (f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")


# --- datasets ----------------------------------------------------------------------------------------


def _fingerprint() -> str:
    """The generator's source: a change to it makes the cached files stale (a newer schema only upgrades them)."""
    digest = hashlib.sha256()
    for name in ("demo_data.py", "demo_vocab.py"):
        digest.update((REPO / "casedesk" / "services" / name).read_bytes())
    return digest.hexdigest()[:10]


def _upgrade(path: Path) -> None:
    """Bring a cached file to the current schema (no backup: the cache can always be made again)."""
    from casedesk.db import migrate
    from casedesk.db.database import open_database

    db = open_database(path, migrate=False)
    try:
        migrate.upgrade_to_head(db, backup_first=False)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()


@dataclass(frozen=True)
class Dataset:
    scale: str
    path: Path
    generate_seconds: float  # how long `casedesk demo-data` took when the file was made
    generated_now: bool


def dataset(scale: str) -> Dataset:
    """The cached demo file for ``scale`` (made now, timed, if missing or stale)."""
    path = cache_dir() / f"{scale}-seed{SEED}-{_fingerprint()}.sqlite3"
    sidecar = path.with_suffix(".json")
    regenerate = os.environ.get("CASEDESK_PERF_REGENERATE", "") in ("1", scale)
    if path.exists() and sidecar.exists() and not regenerate:
        _upgrade(path)
        return Dataset(scale, path, json.loads(sidecar.read_text())["generate_seconds"], False)
    work = path.with_name(path.stem + ".making.sqlite3")
    for stale in (work, work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm")):
        stale.unlink(missing_ok=True)
    env = {**os.environ, "CASEDESK_HOME": str(cache_dir() / "home")}
    # The file is created and migrated first, so the figure is the generation alone.
    subprocess.run([sys.executable, "-m", "casedesk", "--db", str(work), "init"], check=True, env=env, capture_output=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "casedesk", "--db", str(work), "demo-data", "--scale", scale, "--seed", str(SEED)],
                   check=True, env=env, capture_output=True)
    seconds = time.perf_counter() - start
    _add_sign_in(work)
    shutil.move(work, path)
    for suffix in ("-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    sidecar.write_text(json.dumps({"generate_seconds": seconds, "machine": machine()}), encoding="utf-8")
    for old in cache_dir().glob(f"{scale}-seed{SEED}-*.sqlite3"):
        if old != path:
            old.unlink()
            old.with_suffix(".json").unlink(missing_ok=True)
    return Dataset(scale, path, seconds, True)


def _add_sign_in(path: Path) -> None:
    """An administrator the GUI benchmarks sign in as; the file is checkpointed so it can be moved alone."""
    from casedesk.db.database import open_database
    from casedesk.services import auth

    db = open_database(path)
    try:
        with db.transaction() as session:
            if auth.needs_first_admin(session):
                auth.create_first_admin(session, LOGIN, "基准测试", PASSWORD)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
