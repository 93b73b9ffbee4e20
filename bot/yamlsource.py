"""Read knowledge files safely: regular files only, bounded size, strict YAML with line numbers.

Knowledge is edited by people (and uploaded by admins), so a file may be a FIFO, a symlink to
/dev/zero, an editor's lock file, a YAML alias bomb or 3,000 nested brackets. Everything here is
bounded by the size of the input and reports `file:line: message` instead of raising.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

MAX_FILE_BYTES = 2_000_000  # the largest shipped file is ~60 KB; a pasted 50 MB dump is a mistake
MAX_FILES = 400  # per knowledge folder
MAX_DEPTH = 32  # knowledge YAML is 4-5 levels deep
MAX_NODES = 200_000

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class YamlError(Exception):
    """A problem at a 1-based line of one file."""

    line: int
    message: str


def is_editor_leftover(name: str) -> bool:
    """Dotfiles (.#x.yaml Emacs locks, ._x.yaml macOS AppleDouble), backups and swap files."""
    return name.startswith((".", "#", "~")) or name.endswith(("~", ".swp", ".swo", ".tmp", ".bak"))


def list_files(folder: Path, root: Path, suffixes: tuple[str, ...], problems: list[str]) -> list[Path]:
    """Files with one of `suffixes` directly in `folder`, sorted; editor leftovers are skipped."""
    if not folder.is_dir():
        return []
    found = sorted(p for p in folder.iterdir() if p.name.endswith(suffixes) and not is_editor_leftover(p.name))
    if len(found) > MAX_FILES:
        problems.append(f"{display(folder, root)}:1: {len(found)} files; at most {MAX_FILES} are read")
        found = found[:MAX_FILES]
    return found


def display(path: Path, root: Path) -> str:
    """`path` relative to the folder above the knowledge root ("knowledge/rules/x.yaml")."""
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def read_text(path: Path, root: Path, problems: list[str], max_bytes: int = MAX_FILE_BYTES) -> str | None:
    """The file's text, or None with a problem: only regular files inside `root`, at most `max_bytes`.

    The type is checked with stat() before open(), so a FIFO or device never blocks the reader.
    A UTF-8 byte-order mark is dropped.
    """
    name = display(path, root)
    try:
        real = path.resolve(strict=True)
        info = os.stat(real)
    except (OSError, RuntimeError) as exc:
        problems.append(f"{name}:1: cannot read file: {getattr(exc, 'strerror', None) or exc}")
        return None
    if not real.is_relative_to(root.resolve()):
        problems.append(f"{name}:1: points outside the knowledge folder; only files inside it are read")
        return None
    if not stat.S_ISREG(info.st_mode):
        problems.append(f"{name}:1: not a regular file")
        return None
    if info.st_size > max_bytes:
        problems.append(f"{name}:1: file is {info.st_size:,} bytes; the limit is {max_bytes:,}")
        return None
    try:
        with open(real, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        problems.append(f"{name}:1: cannot read file: {exc.strerror or exc}")
        return None
    if len(data) > max_bytes:
        problems.append(f"{name}:1: file grew past {max_bytes:,} bytes while being read")
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(f"{name}:{line}: not valid UTF-8 (byte {exc.start + 1}); save the file as UTF-8")
        return None
    return text.removeprefix("\ufeff")


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases and bounds nesting depth and node count while composing."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._nodes = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise YamlError(mark.line + 1, "YAML aliases (*name) are not allowed in knowledge files; write the value out")
        self._depth += 1
        self._nodes += 1
        if self._depth > MAX_DEPTH:
            mark = self.peek_event().start_mark
            raise YamlError(mark.line + 1, f"nested more than {MAX_DEPTH} levels deep")
        if self._nodes > MAX_NODES:
            mark = self.peek_event().start_mark
            raise YamlError(mark.line + 1, f"more than {MAX_NODES:,} YAML nodes")
        try:
            return super().compose_node(parent, index)  # type: ignore[no-any-return]
        finally:
            self._depth -= 1


_SCALARS = {
    "tag:yaml.org,2002:str": "str",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:float": "float",
    # Dates stay text: the schema validates them, so "2024-02-30" is a message, not a crash.
    "tag:yaml.org,2002:timestamp": "str",
}


@dataclass
class YamlDoc:
    """Plain data parsed from one YAML text plus the line of every mapping key and list item."""

    data: Any
    lines: dict[Path_, int]

    def line(self, path: Path_) -> int:
        """1-based line of `path`, or of its nearest ancestor that has one."""
        for n in range(len(path), -1, -1):
            if path[:n] in self.lines:
                return self.lines[path[:n]]
        return 1


def parse_yaml(text: str) -> YamlDoc:
    """Parse one YAML document strictly; raise YamlError with the line of the first problem.

    Refused: aliases, merge keys, duplicate keys, non-text keys, tags other than plain scalars,
    more than one document, more than MAX_DEPTH levels or MAX_NODES nodes.
    """
    loader = _StrictLoader(text)
    try:
        node = loader.get_single_node()
    except YamlError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise YamlError(mark.line + 1 if mark else 1, f"YAML syntax error: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise YamlError(1, f"YAML error: {exc}") from None
    finally:
        loader.dispose()
    lines: dict[Path_, int] = {}
    if node is None:
        return YamlDoc(None, lines)
    lines[()] = node.start_mark.line + 1
    return YamlDoc(_build(node, (), lines, loader), lines)


def _build(node: yaml.Node, path: Path_, lines: dict[Path_, int], loader: _StrictLoader) -> Any:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        kind = _SCALARS.get(node.tag)
        if kind is None:
            raise YamlError(line, f"unsupported YAML type {node.tag!r}; use plain text, numbers or lists")
        if kind == "str":
            return node.value
        if kind == "null":
            return None
        constructor = {"int": loader.construct_yaml_int, "bool": loader.construct_yaml_bool, "float": loader.construct_yaml_float}[kind]
        return constructor(node)
    if isinstance(node, yaml.SequenceNode):
        out: list[Any] = []
        for i, item in enumerate(node.value):
            lines[(*path, i)] = item.start_mark.line + 1
            out.append(_build(item, (*path, i), lines, loader))
        return out
    if isinstance(node, yaml.MappingNode):
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlError(key_line, "keys must be plain text (merge keys '<<' are not allowed)")
            if key_node.tag == "tag:yaml.org,2002:null":
                raise YamlError(key_line, "empty key (null); write the key as text")
            key = key_node.value
            if key in mapping:
                raise YamlError(key_line, f"duplicate key {key!r} (first at line {lines[(*path, key)]})")
            lines[(*path, key)] = key_line
            mapping[key] = _build(value_node, (*path, key), lines, loader)
        return mapping
    raise YamlError(line, "unsupported YAML node")
