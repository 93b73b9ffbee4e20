"""Changes to the knowledge folder made by admins: validated, atomic, logged and reversible.

Every change goes through `apply_change`: the new content is tried on a copy of the whole folder
(the same `load_knowledge` that `check` and `/reload` run), and only when the copy is valid is the
real file replaced (temp file in the same folder, fsync, `os.replace`). The log lives in SQLite in
DATA_DIR (`knowledge-history.sqlite3`, WAL) with the previous content of the file, so `undo_last`
can restore it (or remove a file that the change created). Nothing is written when any step fails.

Who changed what is recorded as the admin's Telegram id (or `cli:<login>`), not a hash: admins are
a short list the operator configured, and the log exists to answer "who changed this file".
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import fcntl
import hashlib
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import DEFAULT_ENV_FILE, read_env_file
from bot.config import data_dir as config_data_dir
from bot.knowledge import Knowledge, KnowledgeError, load_knowledge
from bot.messages import text
from bot.yamlsource import MAX_FILE_BYTES, is_editor_leftover

DB_FILENAME = "knowledge-history.sqlite3"
LOCK_FILENAME = "knowledge-write.lock"
# Where a file of each kind lives, relative to the knowledge root.
FOLDERS = {"provisions": "provisions", "articles": "articles", "rules": "rules", "concepts": "concepts"}
GLOSSARY = "glossary.yaml"
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}\.(yaml|md)$")
ACTIONS = ("add-url", "upload", "undo")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS knowledge_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,               -- ISO 8601, UTC
    actor TEXT NOT NULL,            -- "telegram:<user id> @<username>" or "cli:<login>"
    action TEXT NOT NULL,           -- add-url | upload | undo
    root TEXT NOT NULL,             -- the knowledge folder, resolved
    path TEXT NOT NULL,             -- relative to root: "articles/art-x.md"
    url TEXT,                       -- the page an added article came from
    previous BLOB,                  -- content before the change; NULL: the file did not exist
    new_sha256 TEXT,                -- content after the change; NULL: the change removed the file
    undoes INTEGER REFERENCES knowledge_changes(id),
    undone_by INTEGER REFERENCES knowledge_changes(id)
);
CREATE INDEX IF NOT EXISTS knowledge_changes_root ON knowledge_changes (root, id);
"""

# One writer at a time inside this process; the file lock in DATA_DIR covers other processes
# (`python -m bot add` while the bot runs).
_PROCESS_LOCK = threading.Lock()


class Refused(Exception):
    """A change that was not made, and why: a message key of bot.messages plus its values.

    `problems` holds `file:line: message` lines when the knowledge would not validate.
    """

    def __init__(self, code: str, problems: list[str] | None = None, **params: Any) -> None:
        super().__init__(f"{code}: {params}" if params else code)
        self.code = code
        self.problems = problems or []
        self.params = params

    def message(self, lang: str) -> str:
        """The reason in `lang`, as plain text (callers escape it for HTML)."""
        return text(lang, f"adm_{self.code}").format(**self.params)

    def summary(self) -> list[str]:
        """The first problems plus a line counting the rest, as /reload shows them."""
        return KnowledgeError(self.problems).summary() if self.problems else []


@dataclass(frozen=True)
class Change:
    """One row of the change log."""

    id: int
    at: str
    actor: str
    action: str
    path: str
    url: str | None
    created: bool  # the file did not exist before this change
    removed: bool  # the change removed the file (an undo of an added file)
    undoes: int | None
    undone_by: int | None


@dataclass(frozen=True)
class Applied:
    """A change that was made: its log row and the knowledge as now on disk (validated)."""

    change: Change
    knowledge: Knowledge
    path: Path


@dataclass(frozen=True)
class Undone:
    """The result of undo_last: the undo's own row, the change it reverted, the knowledge now."""

    change: Change
    reverted: Change
    knowledge: Knowledge
    path: Path


@dataclass
class _Store:
    """The SQLite change log; opened per operation (admin changes are rare)."""

    folder: Path

    @contextlib.contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        path = self.folder / DB_FILENAME
        conn = sqlite3.connect(path, timeout=10, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.executescript(_SCHEMA)
            # Admins' ids and old file contents: readable by the bot's user only, like bot.sqlite3.
            with contextlib.suppress(OSError):
                os.chmod(path, 0o600)
            yield conn
        finally:
            conn.close()


def resolve_data_dir(folder: Path | None, environ: Mapping[str, str] | None = None) -> Path:
    """`folder` if given, else DATA_DIR as the bot reads it: the environment over ./.env (created
    if missing), so `python -m bot add` logs where the running bot's /batal looks."""
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    if environ is None:
        environ = {**read_env_file(DEFAULT_ENV_FILE), **os.environ}
    return config_data_dir(environ)


@contextlib.contextmanager
def _write_lock(folder: Path) -> Iterator[None]:
    with _PROCESS_LOCK, open(folder / LOCK_FILENAME, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _sha(data: bytes | None) -> str | None:
    return hashlib.sha256(data).hexdigest() if data is not None else None


# --------------------------------------------------------------------------- paths


def target_path(root: Path, rel: str) -> Path:
    """The real path of `rel` ("rules/x.yaml", "glossary.yaml") inside `root`; Refused otherwise.

    Only a known folder and a plain file name are accepted, and no symlink on the way: a path
    outside the knowledge folder can never be written.
    """
    folder, _, name = rel.rpartition("/")
    if not (rel == GLOSSARY or (folder in FOLDERS.values() and NAME_RE.match(name))):
        raise Refused("bad_name", name=rel)
    real_root = root.resolve(strict=True)
    path = real_root / rel
    if folder:
        parent = real_root / folder
        if parent.is_symlink() or (parent.exists() and not parent.is_dir()):
            raise Refused("unsafe_path", file=_display(root, rel))
    if path.is_symlink() or (path.exists() and not stat.S_ISREG(path.lstat().st_mode)):
        raise Refused("unsafe_path", file=_display(root, rel))
    if path.parent.resolve() != (real_root / folder if folder else real_root):
        raise Refused("unsafe_path", file=_display(root, rel))
    return path


def _display(root: Path, rel: str) -> str:
    return f"{_root_name(root)}/{rel}"


def _root_name(root: Path) -> str:
    # load_knowledge names files relative to the folder above the root ("knowledge/rules/x.yaml").
    return root.name or root.resolve().name


def _read_current(path: Path) -> bytes | None:
    if not path.exists():
        return None
    with open(path, "rb", opener=lambda p, f: os.open(p, f | os.O_NOFOLLOW)) as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def _atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to a hidden temp file beside `path`, fsync it, then rename it over `path`.

    The temp name starts with '.' and ends with '.tmp', so the loader never reads a half-written file.
    """
    path.parent.mkdir(exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _remove(path: Path) -> None:
    path.unlink()
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not every filesystem allows opening a directory.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _put(path: Path, content: bytes | None) -> None:
    if content is None:
        if path.exists():
            _remove(path)
    else:
        _atomic_write(path, content)


# --------------------------------------------------------------------------- validation


def _copy_tree(src: Path, dst: Path) -> None:
    """Copy the knowledge folder for a trial load, keeping what the loader would see.

    Symlinks stay symlinks (an absolute one into the folder is pointed into the copy), and a FIFO
    or device becomes a FIFO, so the copy reports exactly the problems the original would.
    """
    real_src = src.resolve()
    dst.mkdir()
    for here, dirs, files in os.walk(real_src):
        rel_here = Path(here).relative_to(real_src)
        dirs[:] = [d for d in dirs if not is_editor_leftover(d)]
        for name in [*dirs, *files]:
            if is_editor_leftover(name):
                continue
            source = Path(here) / name
            copy = dst / rel_here / name
            mode = source.lstat().st_mode
            if stat.S_ISLNK(mode):
                link = os.readlink(source)
                if os.path.isabs(link) and Path(link).is_relative_to(real_src):
                    link = str(dst / Path(link).relative_to(real_src))
                os.symlink(link, copy)
            elif stat.S_ISDIR(mode):
                copy.mkdir()
            elif stat.S_ISREG(mode):
                shutil.copyfile(source, copy, follow_symlinks=False)
            else:
                os.mkfifo(copy)


def validate_with(root: Path, rel: str, content: bytes | None) -> Knowledge:
    """Load the folder as it would be with `rel` replaced by `content` (None: removed), on a copy."""
    with tempfile.TemporaryDirectory(prefix="knowledge-trial-") as tmp:
        # Same folder name as the real one, so problems read "knowledge/rules/x.yaml:3: …".
        trial = Path(tmp) / _root_name(root)
        _copy_tree(root, trial)
        path = trial / rel
        if content is None:
            path.unlink(missing_ok=True)
        else:
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(content)
        try:
            return load_knowledge(trial)
        except KnowledgeError as exc:
            raise Refused("invalid", problems=exc.problems, count=len(exc.problems)) from None


# --------------------------------------------------------------------------- the log


def _row(r: sqlite3.Row | tuple[Any, ...]) -> Change:
    cid, at, actor, action, path, url, created, new_sha, undoes, undone_by = r
    return Change(
        id=cid,
        at=at,
        actor=actor,
        action=action,
        path=path,
        url=url,
        created=bool(created),
        removed=new_sha is None,
        undoes=undoes,
        undone_by=undone_by,
    )


_COLUMNS = "id, at, actor, action, path, url, previous IS NULL, new_sha256, undoes, undone_by"


def apply_change(
    root: Path,
    rel: str,
    content: bytes | None,
    *,
    actor: str,
    action: str,
    url: str | None = None,
    data: Path | None = None,
) -> Applied:
    """Validate the folder with `rel` set to `content` (None removes it), write it atomically and log it.

    Raises Refused and leaves the folder and the log untouched on any problem.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    folder = resolve_data_dir(data)
    with _write_lock(folder):
        return _apply(Path(root), rel, content, actor=actor, action=action, url=url, folder=folder)


def _apply(
    root: Path,
    rel: str,
    content: bytes | None,
    *,
    actor: str,
    action: str,
    url: str | None,
    folder: Path,
    undoes: int | None = None,
    expect_sha256: str | None = None,
) -> Applied:
    """apply_change under the write lock; for an undo, the file must still hash to `expect_sha256`."""
    path = target_path(root, rel)
    current = _read_current(path)
    if undoes is not None and _sha(current) != expect_sha256:
        raise Refused("undo_conflict", file=_display(root, rel), id=undoes)
    if content == current:
        raise Refused("unchanged", file=_display(root, rel))
    knowledge = validate_with(root, rel, content)
    with _Store(folder).connect() as conn:
        # The row and the file change together: the row is committed only after the file is in
        # place, and the file is taken back if anything fails after it was touched.
        conn.execute("BEGIN IMMEDIATE")
        touched = False
        try:
            cur = conn.execute(
                "INSERT INTO knowledge_changes (at, actor, action, root, path, url, previous, new_sha256, undoes)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (_now(), actor, action, str(root.resolve()), rel, url, current, _sha(content), undoes),
            )
            change_id = int(cur.lastrowid or 0)
            if undoes is not None:
                conn.execute("UPDATE knowledge_changes SET undone_by = ? WHERE id = ?", (change_id, undoes))
            touched = True
            _put(path, content)
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            if touched:
                # Best effort: if this fails too, the file holds validated content without a row.
                with contextlib.suppress(OSError):
                    _put(path, current)
            raise
        row = conn.execute(f"SELECT {_COLUMNS} FROM knowledge_changes WHERE id = ?", (change_id,)).fetchone()
    # The trial copy is gone; the knowledge now matches the real folder.
    return Applied(_row(row), dataclasses.replace(knowledge, root=root), path)


def history(limit: int = 10, *, root: Path | None = None, data: Path | None = None) -> list[Change]:
    """The most recent changes, newest first (only those of `root` when given)."""
    store = _Store(resolve_data_dir(data))
    with store.connect() as conn:
        if root is None:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM knowledge_changes ORDER BY id DESC LIMIT ?", (limit,))
        else:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM knowledge_changes WHERE root = ? ORDER BY id DESC LIMIT ?",
                (str(Path(root).resolve()), limit),
            )
        return [_row(r) for r in rows.fetchall()]


def undo_last(root: Path, actor: str, *, data: Path | None = None) -> Undone:
    """Revert the most recent change of `root` not yet undone: restore the previous content of
    its file, or remove the file if the change created it. Undos are not undone themselves.

    Refused when there is nothing to undo, when the file changed since (someone edited it), or
    when the folder would not validate without the change (e.g. a rule now cites the article).
    """
    root = Path(root)
    folder = resolve_data_dir(data)
    with _write_lock(folder):
        with _Store(folder).connect() as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS}, previous FROM knowledge_changes"
                " WHERE root = ? AND action != 'undo' AND undone_by IS NULL ORDER BY id DESC LIMIT 1",
                (str(root.resolve()),),
            ).fetchone()
        if row is None:
            raise Refused("nothing_to_undo")
        reverted = _row(row[:-1])
        applied = _apply(
            root,
            reverted.path,
            row[-1],
            actor=actor,
            action="undo",
            url=reverted.url,
            folder=folder,
            undoes=reverted.id,
            expect_sha256=row[7],
        )
    return Undone(applied.change, reverted, applied.knowledge, applied.path)
