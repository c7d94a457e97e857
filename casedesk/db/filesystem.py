"""Where the data file lies: a network share needs care (SQLite's WAL does not work over SMB/NFS).

SQLite's write-ahead log keeps its index in shared memory, which processes on
different computers cannot share; on a network share WAL corrupts files. A
file on a share is therefore opened with the classic rollback journal, and
the app tells the user that a shared office dataset belongs on a PostgreSQL
server instead.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb", "ncpfs", "afs", "9p", "sshfs", "fuse.sshfs", "davfs",
    "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "fuse.rclone", "lustre", "gpfs", "beegfs",
})


def _unescape_mount_path(text: str) -> str:
    # /proc/mounts escapes blanks and backslashes as octal (\040 for a space).
    return text.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def mount_type(path: Path, mounts: str) -> str:
    """The file system type of the longest mount point containing ``path``, read from /proc/mounts text."""
    target = str(path)
    best, best_type = "", ""
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape_mount_path(parts[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, parts[2]
    return best_type


def _windows_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):
        return True  # \\server\share\...
    import ctypes

    drive = os.path.splitdrive(text)[0]
    if not drive:
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE


def network_share(path: Path) -> str | None:
    """A short description of the share ("cifs", "network drive") when ``path`` is on one, else None."""
    resolved = path.resolve()
    if sys.platform == "win32":
        return "网络驱动器" if _windows_remote(resolved) else None
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None  # macOS and others: no cheap way to tell; WAL stays on
    kind = mount_type(resolved if resolved.exists() else resolved.parent, mounts)
    return kind if kind in NETWORK_TYPES else None
