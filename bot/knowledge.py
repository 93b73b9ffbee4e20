"""Load and validate the knowledge folder: provisions, articles, rule cards and glossary."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

VERDICTS = ("prohibited", "allowed", "conditional", "info")
LANGS = ("id", "en")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
PROVISION_FIELDS = ("id", "source", "title", "ref", "text", "status", "url", "as_of")
ARTICLE_FIELDS = ("id", "title", "outlet", "date", "place")
MIN_QUESTIONS = {"id": 4, "en": 2}

# Boilerplate that news sites wrap around an article; matched per line, case-insensitively.
_BOILERPLATE_RES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^baca juga\b",
        r"^sebarkan artikel ini$",
        r"^ingin mendapatkan update\b",
        r"^(editor|penulis|tag)\s*[:/]",
        r"^[-×x*\d\s]{0,3}$",
    )
]


class KnowledgeError(Exception):
    """The knowledge folder has problems; each is a `file:line: message` string."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s) in knowledge:\n" + "\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Passage:
    """One citable unit: a provision (Pasal/ayat/huruf/item) or a slice of a news article."""

    id: str
    kind: str  # "provision" | "article"
    source: str
    title: str
    ref: str
    text: str
    url: str = ""
    date: str = ""
    status: str = ""
    gloss: str = ""
    notes: dict[str, str] = field(default_factory=dict)
    confidence: str = ""
    doc_id: str = ""  # article id for article passages, own id for provisions
    location: str = ""  # file:line, for error messages


@dataclass(frozen=True)
class Rule:
    """A Q&A card: example questions mapped to a verdict, a bilingual answer and its basis."""

    id: str
    questions: dict[str, list[str]]
    verdict: str
    answer: dict[str, str]
    basis: list[str]
    valid_as_of: str
    sanction: dict[str, str] = field(default_factory=dict)
    notes: str = ""
    location: str = ""


@dataclass(frozen=True)
class Glossary:
    """Query-expansion data: symmetric synonym groups plus one-way translations and fixes."""

    synonyms: list[list[str]] = field(default_factory=list)
    translations: dict[str, list[str]] = field(default_factory=dict)
    misspellings: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Knowledge:
    """Everything loaded from one knowledge folder."""

    passages: list[Passage]
    rules: list[Rule]
    glossary: Glossary
    root: Path

    @cached_property
    def by_id(self) -> dict[str, Passage]:
        """Passages by id."""
        return {p.id: p for p in self.passages}

    def passage(self, pid: str) -> Passage | None:
        """Return the passage with this id, if any."""
        return self.by_id.get(pid)

    @cached_property
    def by_doc(self) -> dict[str, list[Passage]]:
        """Passages by document: an article id maps to all its passages, a provision to itself."""
        out: dict[str, list[Passage]] = {}
        for p in self.passages:
            out.setdefault(p.doc_id, []).append(p)
        return out

    def resolve(self, ref_id: str) -> list[Passage]:
        """Passages a basis id stands for: one passage, or every passage of an article."""
        if ref_id in self.by_id:
            return [self.by_id[ref_id]]
        return list(self.by_doc.get(ref_id, []))

    @property
    def counts(self) -> dict[str, int]:
        """Number of provisions, article passages, articles and rules."""
        provisions = sum(p.kind == "provision" for p in self.passages)
        articles = {p.doc_id for p in self.passages if p.kind == "article"}
        return {
            "provisions": provisions,
            "articles": len(articles),
            "article_passages": len(self.passages) - provisions,
            "rules": len(self.rules),
            "rule_questions": sum(len(q) for r in self.rules for q in r.questions.values()),
        }


# --------------------------------------------------------------------------- YAML with lines


class _Doc:
    """A parsed YAML file together with the node tree, so any path can be mapped to a line."""

    def __init__(self, path: Path, root: Path, text: str, problems: list[str]) -> None:
        self.name = _display(path, root)
        self.problems = problems
        self.data: Any = None
        self._node: yaml.Node | None = None
        try:
            self.data = yaml.safe_load(text)
            self._node = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else 1
            reason = getattr(exc, "problem", None) or str(exc)
            problems.append(f"{self.name}:{line}: YAML syntax error: {reason}")
            self.data = _INVALID

    def line(self, *path: str | int) -> int:
        """1-based line of the node at `path` (or of its nearest existing ancestor)."""
        node = self._node
        best = node.start_mark.line + 1 if node is not None else 1
        for key in path:
            if isinstance(node, yaml.MappingNode):
                nxt = next((v for k, v in node.value if k.value == key), None)
                if nxt is None:
                    break
                best = next(k for k, v in node.value if v is nxt).start_mark.line + 1
                node = nxt
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
                best = node.start_mark.line + 1
            else:
                break
        return best

    def error(self, message: str, *path: str | int) -> None:
        self.problems.append(f"{self.name}:{self.line(*path)}: {message}")


_INVALID = object()


def _display(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def _str(value: Any) -> str:
    """Scalars as text; YAML turns unquoted dates into date objects."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return "" if value is None else str(value).strip()


def _is_date(value: Any) -> bool:
    if isinstance(value, dt.date):
        return True
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def _bilingual(doc: _Doc, value: Any, path: tuple[str | int, ...], name: str) -> dict[str, str]:
    """A field that is either one string (both languages) or a mapping with id and en."""
    if isinstance(value, str):
        return {"id": value.strip(), "en": value.strip()}
    if isinstance(value, dict):
        out = {lang: _str(value.get(lang)) for lang in LANGS}
        for lang in LANGS:
            if not out[lang]:
                doc.error(f"{name}: missing '{lang}' text", *path)
        return out
    doc.error(f"{name}: expected text or a mapping with 'id' and 'en'", *path)
    return {}


# --------------------------------------------------------------------------- loaders


def _load_provisions(doc: _Doc) -> list[Passage]:
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("provisions"), list):
        doc.error("expected a mapping with 'document' and a 'provisions' list")
        return []
    defaults = data.get("document") or {}
    if not isinstance(defaults, dict):
        doc.error("'document' must be a mapping of defaults", "document")
        defaults = {}
    out: list[Passage] = []
    for i, item in enumerate(data["provisions"]):
        path: tuple[str | int, ...] = ("provisions", i)
        if not isinstance(item, dict):
            doc.error("provision must be a mapping", *path)
            continue
        merged = {**defaults, **item}
        missing = [f for f in PROVISION_FIELDS if not _str(merged.get(f))]
        if missing:
            doc.error(f"provision {_str(item.get('id')) or '#' + str(i + 1)}: missing field(s): {', '.join(missing)}", *path)
            continue
        if not _is_date(merged["as_of"]):
            doc.error(f"provision {merged['id']}: as_of is not a date: {merged['as_of']!r}", *path, "as_of")
        notes = _bilingual(doc, merged["notes"], (*path, "notes"), f"provision {merged['id']} notes") if merged.get("notes") else {}
        out.append(
            Passage(
                id=_str(merged["id"]),
                kind="provision",
                source=_str(merged["source"]),
                title=_str(merged["title"]),
                ref=_str(merged["ref"]),
                text=" ".join(_str(merged["text"]).split()),
                url=_str(merged["url"]),
                date=_str(merged["as_of"]),
                status=_str(merged["status"]),
                gloss=" ".join(_str(merged.get("gloss")).split()),
                notes=notes,
                confidence=_str(merged.get("confidence")),
                doc_id=_str(merged["id"]),
                location=f"{doc.name}:{doc.line(*path)}",
            )
        )
    return out


def clean_article_body(body: str) -> list[str]:
    """Drop boilerplate lines and unrelated headline lists; return the paragraphs."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", body):
        lines = [ln.strip() for ln in block.splitlines()]
        kept = [ln for ln in lines if ln and not any(r.search(ln) for r in _BOILERPLATE_RES)]
        # A run of all-caps lines is a "more news" headline list, not article text.
        kept = [ln for ln in kept if not (len(ln) > 20 and ln.upper() == ln and re.search(r"[A-Z]", ln))]
        if kept:
            paragraphs.append(" ".join(kept))
    return paragraphs


def split_passages(paragraphs: list[str], max_chars: int = 700) -> list[str]:
    """Group paragraphs into passages of one or two paragraphs, at most ~max_chars each."""
    out: list[str] = []
    current = ""
    for para in paragraphs:
        if current and (len(current) + len(para) > max_chars or current.count("\n\n") >= 1):
            out.append(current)
            current = ""
        current = f"{current}\n\n{para}" if current else para
    if current:
        out.append(current)
    return out


def _load_article(path: Path, root: Path, text: str, problems: list[str]) -> list[Passage]:
    name = _display(path, root)
    match = re.match(r"^---\s*\n(.*?)\n---\s*\n(.*)$", text, re.DOTALL)
    if not match:
        problems.append(f"{name}:1: article must start with '---' front matter and a closing '---'")
        return []
    doc = _Doc(path, root, match.group(1), problems)
    meta = doc.data
    if meta is _INVALID:
        return []
    if not isinstance(meta, dict):
        problems.append(f"{name}:1: front matter must be a mapping")
        return []
    missing = [f for f in ARTICLE_FIELDS if not _str(meta.get(f))]
    if missing:
        doc.error(f"article: missing front-matter field(s): {', '.join(missing)}")
        return []
    if not _is_date(meta["date"]):
        doc.error(f"article {meta['id']}: date is not a date: {meta['date']!r}", "date")
    body_line = text[: match.start(2)].count("\n") + 1
    passages = split_passages(clean_article_body(match.group(2)))
    if not passages:
        problems.append(f"{name}:{body_line}: article {meta['id']} has no body text")
    aid = _str(meta["id"])
    return [
        Passage(
            id=f"{aid}#{n}",
            kind="article",
            source=_str(meta["outlet"]),
            title=_str(meta["title"]),
            ref=f"{_str(meta['place'])}, {_str(meta['date'])} ({n}/{len(passages)})",
            text=chunk,
            url=_str(meta.get("url")),
            date=_str(meta["date"]),
            doc_id=aid,
            location=f"{name}:{body_line}",
        )
        for n, chunk in enumerate(passages, start=1)
    ]


def _load_rules(doc: _Doc) -> list[tuple[Rule, tuple[str | int, ...]]]:
    data = doc.data
    if not isinstance(data, list):
        doc.error("expected a list of rule cards")
        return []
    out = []
    for i, item in enumerate(data):
        path: tuple[str | int, ...] = (i,)
        if not isinstance(item, dict):
            doc.error("rule card must be a mapping", *path)
            continue
        rid = _str(item.get("id"))
        label = f"rule {rid or '#' + str(i + 1)}"
        missing = [f for f in ("id", "questions", "verdict", "answer", "basis", "valid_as_of") if not item.get(f)]
        if missing:
            doc.error(f"{label}: missing field(s): {', '.join(missing)}", *path)
            continue
        ok = True
        verdict = _str(item["verdict"])
        if verdict not in VERDICTS:
            doc.error(f"{label}: bad verdict {verdict!r} (expected one of {', '.join(VERDICTS)})", *path, "verdict")
            ok = False
        questions: dict[str, list[str]] = {}
        raw_q = item["questions"]
        if not isinstance(raw_q, dict):
            doc.error(f"{label}: questions must be a mapping with 'id' and 'en' lists", *path, "questions")
            ok = False
        else:
            for lang, need in MIN_QUESTIONS.items():
                qs = raw_q.get(lang) or []
                if not isinstance(qs, list) or len([q for q in qs if _str(q)]) < need:
                    doc.error(f"{label}: needs at least {need} example question(s) in '{lang}'", *path, "questions", lang)
                    ok = False
                    continue
                questions[lang] = [_str(q) for q in qs if _str(q)]
        answer = _bilingual(doc, item["answer"], (*path, "answer"), f"{label} answer")
        sanction = _bilingual(doc, item["sanction"], (*path, "sanction"), f"{label} sanction") if item.get("sanction") else {}
        basis = item["basis"]
        if not isinstance(basis, list) or not all(isinstance(b, str) for b in basis):
            doc.error(f"{label}: basis must be a list of ids", *path, "basis")
            ok = False
            basis = []
        if not _is_date(item["valid_as_of"]):
            doc.error(f"{label}: valid_as_of is not a date: {item['valid_as_of']!r}", *path, "valid_as_of")
            ok = False
        if not ok or len(answer) < 2:
            continue
        rule = Rule(
            id=rid,
            questions=questions,
            verdict=verdict,
            answer=answer,
            basis=[b.strip() for b in basis],
            valid_as_of=_str(item["valid_as_of"]),
            sanction=sanction,
            notes=_str(item.get("notes")),
            location=f"{doc.name}:{doc.line(*path)}",
        )
        out.append((rule, path))
    return out


def _load_glossary(doc: _Doc) -> Glossary:
    data = doc.data
    if data is None:
        return Glossary()
    if not isinstance(data, dict):
        doc.error("glossary must be a mapping with synonyms, translations, misspellings")
        return Glossary()
    synonyms: list[list[str]] = []
    for i, group in enumerate(data.get("synonyms") or []):
        if not isinstance(group, list) or len(group) < 2:
            doc.error("synonym group must be a list of at least two terms", "synonyms", i)
            continue
        synonyms.append([_str(t).lower() for t in group])
    translations: dict[str, list[str]] = {}
    raw_tr = data.get("translations") or {}
    if not isinstance(raw_tr, dict):
        doc.error("translations must be a mapping of term -> list of terms", "translations")
        raw_tr = {}
    for key, value in raw_tr.items():
        values = value if isinstance(value, list) else [value]
        translations[_str(key).lower()] = [_str(v).lower() for v in values if _str(v)]
    misspellings: dict[str, str] = {}
    raw_ms = data.get("misspellings") or {}
    if not isinstance(raw_ms, dict):
        doc.error("misspellings must be a mapping of wrong -> right", "misspellings")
        raw_ms = {}
    for key, value in raw_ms.items():
        if not isinstance(value, str):
            doc.error(f"misspelling {key!r}: the correction must be a single term", "misspellings", key)
            continue
        misspellings[_str(key).lower()] = value.strip().lower()
    return Glossary(synonyms=synonyms, translations=translations, misspellings=misspellings)


def _read(path: Path, root: Path, problems: list[str]) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{_display(path, root)}:1: cannot read file: {exc}")
        return None


def load_knowledge(root: Path | str) -> Knowledge:
    """Load every knowledge file under `root`; raise KnowledgeError listing all problems."""
    root = Path(root)
    problems: list[str] = []
    if not root.is_dir():
        raise KnowledgeError([f"{root}:1: knowledge folder not found"])

    passages: list[Passage] = []
    for path in sorted((root / "provisions").glob("*.y*ml")):
        text = _read(path, root, problems)
        if text is not None:
            doc = _Doc(path, root, text, problems)
            if doc.data is not _INVALID:
                passages.extend(_load_provisions(doc))
    for path in sorted((root / "articles").glob("*.md")):
        text = _read(path, root, problems)
        if text is not None:
            passages.extend(_load_article(path, root, text, problems))

    rule_docs: list[tuple[Rule, _Doc, tuple[str | int, ...]]] = []
    for path in sorted((root / "rules").glob("*.y*ml")):
        text = _read(path, root, problems)
        if text is not None:
            doc = _Doc(path, root, text, problems)
            if doc.data is not _INVALID:
                rule_docs.extend((rule, doc, p) for rule, p in _load_rules(doc))

    glossary = Glossary()
    gpath = root / "glossary.yaml"
    if gpath.exists():
        text = _read(gpath, root, problems)
        if text is not None:
            gdoc = _Doc(gpath, root, text, problems)
            if gdoc.data is not _INVALID:
                glossary = _load_glossary(gdoc)

    # Ids are global: a basis id must name exactly one thing.
    seen: dict[str, str] = {}
    article_ids = {p.doc_id for p in passages if p.kind == "article"}
    for label, ident, where in (
        [("id", p.id, p.location) for p in passages if p.kind == "provision"]
        + [("article id", a, next(p.location for p in passages if p.doc_id == a)) for a in sorted(article_ids)]
        + [("rule id", r.id, r.location) for r, _, _ in rule_docs]
    ):
        if not ID_RE.match(ident):
            problems.append(f"{where}: bad {label} {ident!r} (use lowercase letters, digits and dashes)")
        if ident in seen:
            problems.append(f"{where}: duplicate {label} {ident!r} (first defined at {seen[ident]})")
        else:
            seen[ident] = where

    known = {p.id for p in passages} | article_ids
    for rule, doc, path in rule_docs:
        for j, ref in enumerate(rule.basis):
            if ref not in known:
                doc.error(f"rule {rule.id}: unknown basis id {ref!r}", *path, "basis", j)

    if not rule_docs and not passages and not problems:
        problems.append(f"{root}:1: no knowledge files found (expected provisions/, articles/, rules/)")
    if problems:
        raise KnowledgeError(problems)
    return Knowledge(passages=passages, rules=[r for r, _, _ in rule_docs], glossary=glossary, root=root)
