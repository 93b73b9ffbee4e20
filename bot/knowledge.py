"""Load and validate the knowledge folder: provisions, articles, rule cards, concepts and glossary.

Reading is bounded and strict (bot.yamlsource), types and limits come from the pydantic schema
(bot.schema), and every problem is reported as `file:line: message`. Style rules that a person has
to fix by rewriting (long answers, dataset links shown to users) are warnings: `check` prints them,
`check --strict` fails on them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ValidationError

from bot.schema import (
    TOPICS,
    VERDICTS,
    ArticleMeta,
    Bilingual,
    ConceptSchema,
    GlossaryFile,
    ProvisionFile,
    ProvisionSchema,
    RuleSchema,
    clean_text,
)
from bot.yamlsource import (
    YamlDoc,
    YamlError,
    display,
    list_files,
    parse_yaml,
    read_text,
)

__all__ = ["TOPICS", "VERDICTS", "Concept", "Glossary", "Knowledge", "KnowledgeError", "Passage", "Rule", "load_knowledge"]

LANGS = ("id", "en")
# The topic of the general principle that answers an office asking how a case is handled (README "kind: principle")
PROCEDURE_TOPIC = "pengawas"
MAX_PROBLEMS_SHOWN = 20
ANSWER_MAX_CHARS = 600
ANSWER_MAX_SENTENCES = 4
SANCTION_MAX_CHARS = 250
# What a phone shows without scrolling: the label and "Saya menjawab: <title>" (~40 characters
# besides the title), the answer, the sanction line, the caveat and a "Dasar:" line (~80 with one
# reference) must fit in about 900 characters.
SHORT_ANSWER_CHARS = 900
SHORT_ANSWER_OVERHEAD = 120
# Hosts of dataset repositories: fine for editors, meaningless to a teacher who taps the link.
DATASET_HOSTS = ("github.com", "raw.githubusercontent.com", "gitlab.com", "huggingface.co")

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
        super().__init__(f"{len(problems)} problem(s) in knowledge:\n" + "\n".join(problems[:MAX_PROBLEMS_SHOWN]))
        self.problems = problems

    def summary(self, limit: int = MAX_PROBLEMS_SHOWN) -> list[str]:
        """The first `limit` problems, plus one line counting the rest."""
        shown = self.problems[:limit]
        rest = len(self.problems) - len(shown)
        return shown + ([f"… and {rest} more (run `python -m bot check` for the full list)"] if rest > 0 else [])


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
    status: str = ""  # one of bot.schema.STATUSES for provisions; "" for articles
    status_note: dict[str, str] = field(default_factory=dict)
    gloss: dict[str, str] = field(default_factory=dict)  # own-words explanation, per language
    caveat: dict[str, str] = field(default_factory=dict)  # shown to users
    notes: str = ""  # editors only, never shown
    confidence: str = ""
    doc_id: str = ""  # article id for article passages, own id for provisions
    location: str = ""  # file:line, for error messages

    @property
    def short_ref(self) -> str:
        """"PP 94/2021 Pasal 5 huruf n angka 1", or "ANTARA, 24 September 2020" for articles."""
        return f"{self.source} {self.ref}" if self.kind == "provision" else self.source


@dataclass(frozen=True)
class Situation:
    """Concepts a card rules on: every `requires` and `needs` group present, no `excludes` concept present."""

    requires: tuple[frozenset[str], ...] = ()
    excludes: frozenset[str] = frozenset()
    needs: tuple[frozenset[str], ...] = ()

    @property
    def named(self) -> frozenset[str]:
        """Every concept the situation names, required, needed or excluded."""
        return frozenset().union(*self.requires, *self.needs) | self.excludes


@dataclass(frozen=True)
class Rule:
    """A Q&A card: example questions mapped to a verdict, a bilingual answer and its basis."""

    id: str
    questions: dict[str, list[str]]
    verdict: str
    answer: dict[str, str]
    basis: list[str]
    valid_as_of: str
    topic: str = "umum"
    title: dict[str, str] = field(default_factory=dict)
    kind: str = "rule"  # "rule" | "principle"
    situation: Situation | None = None
    sanction: dict[str, str] = field(default_factory=dict)
    sanction_detail: dict[str, str] = field(default_factory=dict)
    aftermath: dict[str, str] = field(default_factory=dict)
    caveat: dict[str, str] = field(default_factory=dict)
    notes: str = ""
    location: str = ""

    @property
    def legal_test(self) -> bool:
        """A principle card with a situation: a step of the legal test, used when no card fits (the
        general principle has none)."""
        return self.kind == "principle" and self.situation is not None

    @property
    def procedure(self) -> bool:
        """The procedure principle: a general principle (no situation) with topic PROCEDURE_TOPIC,
        answering an office asking how a case is handled; the other general principle is not one."""
        return self.kind == "principle" and not self.legal_test and self.topic == PROCEDURE_TOPIC

    @property
    def general_principle(self) -> bool:
        """The general principle: no situation, answering when no card and no legal-test step fits."""
        return self.kind == "principle" and not self.legal_test and not self.procedure


@dataclass(frozen=True)
class Concept:
    """A meaning (e.g. act-like) and the phrases that express it, in any language or register."""

    id: str
    kind: str
    terms: tuple[str, ...]
    redirect: str | None = None
    weight: float | None = None
    asn: bool = False  # a who-concept naming an ASN
    when_negated: str | None = None  # the concept a negated mention stands for
    third_party: bool = False  # names someone other than the asker
    location: str = ""
    partisan: bool = False  # speaks of electoral politics (a candidate, party, campaign ...)


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
    concepts: list[Concept] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @cached_property
    def by_id(self) -> dict[str, Passage]:
        """Passages by id."""
        return {p.id: p for p in self.passages}

    def passage(self, pid: str) -> Passage | None:
        """Return the passage with this id, if any."""
        return self.by_id.get(pid)

    @cached_property
    def rules_by_id(self) -> dict[str, Rule]:
        """Rule cards by id."""
        return {r.id: r for r in self.rules}

    def rule(self, rid: str) -> Rule | None:
        """Return the rule card with this id, if any."""
        return self.rules_by_id.get(rid)

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
        """Number of provisions, article passages, articles, rules and concepts."""
        provisions = sum(p.kind == "provision" for p in self.passages)
        articles = {p.doc_id for p in self.passages if p.kind == "article"}
        return {
            "provisions": provisions,
            "articles": len(articles),
            "article_passages": len(self.passages) - provisions,
            "rules": len(self.rules),
            "rule_questions": sum(len(q) for r in self.rules for q in r.questions.values()),
            "concepts": len(self.concepts),
        }


# --------------------------------------------------------------------------- file plumbing


class _File:
    """One knowledge file being validated: its display name, YAML line map and problem sink."""

    def __init__(self, name: str, doc: YamlDoc, problems: list[str], line_offset: int = 0) -> None:
        self.name = name
        self.doc = doc
        self.problems = problems
        self.offset = line_offset  # front matter starts below the first '---'

    def line(self, path: tuple[str | int, ...]) -> int:
        return self.doc.line(path) + self.offset

    def where(self, path: tuple[str | int, ...]) -> str:
        return f"{self.name}:{self.line(path)}"

    def error(self, message: str, path: tuple[str | int, ...] = ()) -> None:
        self.problems.append(f"{self.where(path)}: {message}")

    def validation(self, exc: ValidationError, base: tuple[str | int, ...], label: str) -> None:
        """One problem per pydantic error, at the line of the field it is about; missing fields of
        one mapping are reported together at the mapping's line."""
        missing: dict[tuple[str | int, ...], list[str]] = {}
        for err in exc.errors(include_url=False):
            # pydantic appends union members and validator names ("str", "list[...]") to a location.
            loc = tuple(x for x in err["loc"] if not (isinstance(x, str) and ("[" in x or x in ("str", "function-after"))))
            if err["type"] == "missing" and loc:
                missing.setdefault(loc[:-1], []).append(str(loc[-1]))
                continue
            field_name = ".".join(str(x) for x in loc) or "item"
            self.error(f"{label}: {field_name}: {_message(err)}", (*base, *loc))
        for parent, names in missing.items():
            where = f"{'.'.join(str(x) for x in parent)}: " if parent else ""
            self.error(f"{label}: {where}missing field(s): {', '.join(names)}", (*base, *parent))


def _message(err: dict[str, Any]) -> str:
    kind = err["type"]
    if kind == "too_short":
        return f"needs at least {err['ctx']['min_length']} item(s), has {err['ctx']['actual_length']}"
    if kind == "too_long":
        return f"has {err['ctx']['actual_length']} items; at most {err['ctx']['max_length']}"
    if kind == "extra_forbidden":
        return "unknown field (a typo?)"
    if kind == "literal_error":
        return f"{err['input']!r} is not allowed; {err['msg'].removeprefix('Input should be ')}"
    if kind in ("string_type", "list_type", "dict_type", "model_type", "int_type", "bool_type"):
        expected = {"string_type": "text", "list_type": "a list", "dict_type": "a mapping", "model_type": "a mapping"}.get(kind, kind)
        got = type(err["input"]).__name__.replace("str", "text").replace("NoneType", "nothing")
        return f"expected {expected}, got {got}"
    msg = str(err["msg"])
    return msg.removeprefix("Value error, ")


def _parse(path: Path, root: Path, text: str, problems: list[str], line_offset: int = 0) -> _File | None:
    name = display(path, root)
    try:
        doc = parse_yaml(text)
    except YamlError as exc:
        problems.append(f"{name}:{exc.line + line_offset}: {exc.message}")
        return None
    return _File(name, doc, problems, line_offset)


def _bi(value: Bilingual | None) -> dict[str, str]:
    return {"id": value.id, "en": value.en} if value is not None else {}


def _notes(value: Any) -> str:
    if isinstance(value, dict):
        return " / ".join(str(v) for v in value.values())
    return str(value or "")


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- loaders


def _load_provisions(f: _File) -> list[Passage]:
    data = f.doc.data
    if not isinstance(data, dict):
        f.error("expected a mapping with 'document' and a 'provisions' list")
        return []
    try:
        parsed = ProvisionFile.model_validate(data)
    except ValidationError as exc:
        f.validation(exc, (), "provisions file")
        return []
    defaults = {k: v for k, v in parsed.document.model_dump(exclude_none=True).items()}
    out: list[Passage] = []
    for i, item in enumerate(parsed.provisions):
        path: tuple[str | int, ...] = ("provisions", i)
        pid = item.get("id") if isinstance(item.get("id"), str) else f"#{i + 1}"
        try:
            p = ProvisionSchema.model_validate({**defaults, **item})
        except ValidationError as exc:
            f.validation(exc, path, f"provision {pid}")
            continue
        out.append(
            Passage(
                id=p.id,
                kind="provision",
                source=p.source,
                title=_one_line(p.title),
                ref=p.ref,
                text=_one_line(p.text),
                url=p.url,
                date=p.as_of,
                status=p.status,
                status_note=_bi(p.status_note),
                gloss={k: _one_line(v) for k, v in (("en", p.gloss), ("id", p.gloss_id)) if v},
                caveat=_bi(p.caveat),
                notes=_notes(p.notes),
                confidence=p.confidence or "",
                doc_id=p.id,
                location=f.where(path),
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


_FRONT_MATTER_RE = re.compile(r"^---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n(.*)$", re.DOTALL)


def _load_article(path: Path, root: Path, text: str, problems: list[str]) -> list[Passage]:
    name = display(path, root)
    match = _FRONT_MATTER_RE.match(text)
    if not match:
        problems.append(f"{name}:1: article must start with '---' front matter and a closing '---'")
        return []
    f = _parse(path, root, match.group(1), problems, line_offset=1)
    if f is None:
        return []
    if not isinstance(f.doc.data, dict):
        f.error("front matter must be a mapping")
        return []
    try:
        meta = ArticleMeta.model_validate(f.doc.data)
    except ValidationError as exc:
        f.validation(exc, (), "article")
        return []
    body_line = text[: match.start(2)].count("\n") + 1
    body = match.group(2)
    try:
        clean_text(body)
    except ValueError as exc:
        problems.append(f"{name}:{body_line}: article {meta.id}: {exc}")
        return []
    passages = split_passages(clean_article_body(body))
    if not passages:
        problems.append(f"{name}:{body_line}: article {meta.id} has no body text")
    return [
        Passage(
            id=f"{meta.id}#{n}",
            kind="article",
            source=meta.outlet,
            title=meta.title,
            ref=f"{meta.place}, {meta.date}",
            text=chunk,
            url=meta.url or "",
            date=meta.date,
            status="",
            caveat=_bi(meta.caveat),
            notes=_notes(meta.notes),
            doc_id=meta.id,
            location=f"{name}:{body_line}",
        )
        for n, chunk in enumerate(passages, start=1)
    ]


M = TypeVar("M", bound=BaseModel)


def _items(f: _File, schema: type[M], noun: str, plural: str) -> Iterator[tuple[M, tuple[str | int, ...]]]:
    """Each valid item of a YAML list file with its path; what is wrong is recorded on `f`."""
    data = f.doc.data
    if not isinstance(data, list):
        f.error(f"expected a list of {plural}")
        return
    for i, item in enumerate(data):
        path: tuple[str | int, ...] = (i,)
        if not isinstance(item, dict):
            f.error(f"{noun} must be a mapping", path)
            continue
        try:
            model = schema.model_validate(item)
        except ValidationError as exc:
            name = item.get("id") if isinstance(item.get("id"), str) else f"#{i + 1}"
            f.validation(exc, path, f"{noun.split()[0]} {name}")
            continue
        yield model, path


def _groups(refs: Iterable[str | list[str]]) -> tuple[frozenset[str], ...]:
    """`requires` or `needs` as written (a concept, or a list of alternatives) as sets of concepts."""
    return tuple(frozenset([g] if isinstance(g, str) else g) for g in refs)


def _load_rules(f: _File) -> list[tuple[Rule, _File, tuple[str | int, ...]]]:
    out = []
    for r, path in _items(f, RuleSchema, "rule card", "rule cards"):
        situation = None
        if r.situation is not None:
            situation = Situation(
                requires=_groups(r.situation.requires),
                excludes=frozenset(r.situation.excludes),
                needs=_groups(r.situation.needs),
            )
        rule = Rule(
            id=r.id,
            questions={"id": [_one_line(q) for q in r.questions.id], "en": [_one_line(q) for q in r.questions.en]},
            verdict=r.verdict,
            answer={k: _one_line(v) for k, v in _bi(r.answer).items()},
            basis=list(r.basis),
            valid_as_of=r.valid_as_of,
            topic=r.topic,
            title=_bi(r.title),
            kind=r.kind,
            situation=situation,
            sanction={k: _one_line(v) for k, v in _bi(r.sanction).items()},
            sanction_detail=_bi(r.sanction_detail),
            aftermath=_bi(r.aftermath),
            caveat=_bi(r.caveat),
            notes=_notes(r.notes),
            location=f.where(path),
        )
        out.append((rule, f, path))
    return out


def _load_concepts(f: _File) -> list[Concept]:
    out: list[Concept] = []
    for c, path in _items(f, ConceptSchema, "concept", "concepts"):
        if c.kind == "out-of-scope" and c.redirect is None:
            f.error(f"concept {c.id}: out-of-scope concepts need a redirect", path)
        out.append(
            Concept(
                c.id, c.kind, tuple(t.lower() for t in c.terms), c.redirect, c.weight, c.asn, c.when_negated,
                c.third_party, f.where(path), c.partisan,
            )
        )
    return out


def _load_glossary(f: _File) -> Glossary:
    data = f.doc.data
    if data is None:
        return Glossary()
    if not isinstance(data, dict):
        f.error("glossary must be a mapping with synonyms, translations, misspellings")
        return Glossary()
    try:
        g = GlossaryFile.model_validate(data)
    except ValidationError as exc:
        f.validation(exc, (), "glossary")
        return Glossary()
    return Glossary(
        synonyms=[[t.lower() for t in group] for group in g.synonyms],
        translations={k.lower(): [v.lower() for v in vs] for k, vs in g.translations.items()},
        misspellings={k.lower(): v.lower() for k, v in g.misspellings.items()},
    )


# --------------------------------------------------------------------------- style warnings


def _sentences(text: str) -> int:
    return len([s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])", text) if s.strip()])


_CONDUCT_KINDS = ("act", "sign", "role", "resource")


def _style_warnings(
    rules: list[Rule], passages: list[Passage], concepts: list[Concept], glossary: Glossary
) -> list[str]:
    """What a person must rewrite: answers too long for a phone, dataset links shown to users, a
    prohibition that does not say which conduct it forbids, a concept term that can never match or
    is listed twice."""
    out: list[str] = []
    for c in concepts:
        seen: set[str] = set()
        for term in c.terms:
            if term in seen:
                out.append(f"{c.location}: warning: concept {c.id}: term {term!r} is listed twice (drop one)")
            seen.add(term)
            # A message's words are rewritten with the misspellings before tagging ("melu" is read
            # as "ikut"), so a one-word term that is one of them is never seen.
            word = term.strip().lower()
            meant = glossary.misspellings.get(word)
            if " " not in word and meant and meant != word:
                out.append(
                    f"{c.location}: warning: concept {c.id}: term {term!r} never matches: the glossary reads "
                    f"it as {meant!r} first (drop it, or add {meant!r} if that is what it means)"
                )
    kinds = {c.id: c.kind for c in concepts}
    for r in rules:
        if r.verdict == "prohibited" and r.situation is not None and not any(
            kinds.get(c) in _CONDUCT_KINDS for group in r.situation.requires for c in group
        ):
            out.append(
                f"{r.location}: warning: rule {r.id}: a prohibition must require some conduct (an act, sign, "
                "role or resource concept); a person, event or topic alone fits harmless questions too"
            )
        for lang in LANGS:
            ans = r.answer.get(lang, "")
            if len(ans) > ANSWER_MAX_CHARS or _sentences(ans) > ANSWER_MAX_SENTENCES:
                out.append(
                    f"{r.location}: warning: rule {r.id}: answer.{lang} has {len(ans)} characters and "
                    f"{_sentences(ans)} sentences; keep it to {ANSWER_MAX_SENTENCES} sentences, "
                    f"{ANSWER_MAX_CHARS} characters (details go to sanction_detail or notes)"
                )
            if len(r.sanction.get(lang, "")) > SANCTION_MAX_CHARS:
                out.append(
                    f"{r.location}: warning: rule {r.id}: sanction.{lang} is longer than one line "
                    f"({SANCTION_MAX_CHARS} characters); move the detail to sanction_detail"
                )
            shown = sum(len(d.get(lang, "")) for d in (r.title, r.answer, r.sanction, r.caveat)) + SHORT_ANSWER_OVERHEAD
            if shown > SHORT_ANSWER_CHARS:
                out.append(
                    f"{r.location}: warning: rule {r.id}: the short answer in '{lang}' is about {shown} characters "
                    f"on a phone (title, answer, sanction, caveat); keep it under {SHORT_ANSWER_CHARS}"
                )
        if not r.title:
            out.append(f"{r.location}: warning: rule {r.id}: no title")
        if r.situation is None and r.kind == "rule":
            out.append(f"{r.location}: warning: rule {r.id}: no situation (concepts it rules on)")
        shown = " ".join(v for d in (r.answer, r.sanction, r.caveat, r.aftermath) for v in d.values())
        if any(host in shown for host in DATASET_HOSTS):
            out.append(f"{r.location}: warning: rule {r.id}: links to a dataset repository in user-facing text")
    for p in passages:
        host = urlsplit(p.url).netloc.lower()
        if host and any(host == h or host.endswith("." + h) for h in DATASET_HOSTS):
            out.append(f"{p.location}: warning: {p.id}: url points to a dataset repository ({host}); link an official page")
    return out


# --------------------------------------------------------------------------- the folder


def load_knowledge(root: Path | str) -> Knowledge:
    """Load every knowledge file under `root`; raise KnowledgeError listing all problems."""
    root = Path(root)
    if not root.exists():
        raise KnowledgeError([f"{root}:1: knowledge folder not found"])
    if not root.is_dir():
        raise KnowledgeError([f"{root}:1: is a file, not a knowledge folder"])
    problems: list[str] = []

    def yaml_files(sub: str) -> list[_File]:
        out = []
        for path in list_files(root / sub, root, (".yaml", ".yml"), problems):
            text = read_text(path, root, problems)
            f = _parse(path, root, text, problems) if text is not None else None
            if f is not None:
                out.append(f)
        return out

    if not (root / "rules").is_dir():
        problems.append(f"{display(root / 'rules', root)}:1: folder missing; every verdict comes from a rule card")
    if not (root / "provisions").is_dir():
        problems.append(f"{display(root / 'provisions', root)}:1: folder missing; answers cite provisions")

    passages: list[Passage] = []
    for f in yaml_files("provisions"):
        passages.extend(_load_provisions(f))
    for path in list_files(root / "articles", root, (".md",), problems):
        text = read_text(path, root, problems)
        if text is not None:
            passages.extend(_load_article(path, root, text, problems))
    rule_docs = [entry for f in yaml_files("rules") for entry in _load_rules(f)]
    concepts = [c for f in yaml_files("concepts") for c in _load_concepts(f)]

    glossary = Glossary()
    gpath = root / "glossary.yaml"
    if gpath.exists() or gpath.is_symlink():
        text = read_text(gpath, root, problems)
        gf = _parse(gpath, root, text, problems) if text is not None else None
        if gf is not None:
            glossary = _load_glossary(gf)

    _check_ids(passages, [r for r, _, _ in rule_docs], concepts, problems)
    known = {p.id for p in passages} | {p.doc_id for p in passages}
    concept_ids = {c.id for c in concepts}
    principles = 0
    procedures = 0
    for rule, f, path in rule_docs:
        procedures += rule.procedure
        principles += rule.general_principle
        for j, ref in enumerate(rule.basis):
            if ref not in known:
                f.error(f"rule {rule.id}: unknown basis id {ref!r}", (*path, "basis", j))
        if rule.situation is not None:
            used = [c for g in (*rule.situation.requires, *rule.situation.needs) for c in g] + sorted(rule.situation.excludes)
            for cid in used:
                if cid not in concept_ids:
                    f.error(f"rule {rule.id}: unknown concept {cid!r} in situation", (*path, "situation"))
    for c in concepts:
        if c.when_negated is not None and c.when_negated not in concept_ids:
            problems.append(f"{c.location}: concept {c.id}: unknown concept {c.when_negated!r} in when_negated")
    if principles > 1:
        problems.append(
            f"{root}:1: {principles} cards have kind 'principle' and no situation; at most one is used"
        )
    if procedures > 1:
        problems.append(
            f"{root}:1: {procedures} cards have kind 'principle', topic {PROCEDURE_TOPIC!r} and no situation; at most one is used"
        )

    if not rule_docs and not passages and not problems:
        problems.append(f"{root}:1: no knowledge files found (expected provisions/, articles/, rules/)")
    if problems:
        raise KnowledgeError(problems)
    rules = [r for r, _, _ in rule_docs]
    return Knowledge(
        passages=passages,
        rules=rules,
        glossary=glossary,
        root=root,
        concepts=concepts,
        warnings=_style_warnings(rules, passages, concepts, glossary),
    )


def _check_ids(passages: list[Passage], rules: list[Rule], concepts: list[Concept], problems: list[str]) -> None:
    """Ids are global (a basis id must name exactly one thing); concept ids have their own space."""
    seen: dict[str, str] = {}
    first_article: dict[str, str] = {}
    for p in passages:
        if p.kind == "article":
            first_article.setdefault(p.doc_id, p.location)
    entries = (
        [("id", p.id, p.location) for p in passages if p.kind == "provision"]
        + [("article id", a, where) for a, where in first_article.items()]
        + [("rule id", r.id, r.location) for r in rules]
    )
    for label, ident, where in entries:
        if ident in seen:
            problems.append(f"{where}: duplicate {label} {ident!r} (first defined at {seen[ident]})")
        else:
            seen[ident] = where
    concept_seen: dict[str, str] = {}
    for c in concepts:
        if c.id in concept_seen:
            problems.append(f"{c.location}: duplicate concept id {c.id!r} (first defined at {concept_seen[c.id]})")
        else:
            concept_seen[c.id] = c.location
