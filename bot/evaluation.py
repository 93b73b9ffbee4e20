"""Measure answer quality on the evaluation set in tests/eval, and a plain-BM25 baseline."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rank_bm25 import BM25Okapi

from bot.answer import answer_question
from bot.knowledge import Knowledge, Passage
from bot.search import Index, passage_document

_MISSING = object()


@dataclass(frozen=True)
class EvalItem:
    """One evaluation question and what a good answer looks like."""

    question: str
    verdict: str | None | object  # _MISSING: no expectation on the verdict
    rule: str | None
    basis: tuple[str, ...]
    style: str
    location: str

    @property
    def expects_abstention(self) -> bool:
        return self.verdict is None


@dataclass(frozen=True)
class Outcome:
    """What a system answered for one item: verdict, top rule and cited ids, best first."""

    verdict: str | None
    abstained: bool
    rule: str | None
    cited: tuple[str, ...]  # passage ids
    cited_docs: tuple[str, ...]  # the article id for article passages, else the passage id


@dataclass
class Report:
    """Aggregate figures over an evaluation run."""

    total: int = 0
    verdict_total: int = 0
    verdict_correct: int = 0
    basis_total: int = 0
    basis_hits: int = 0
    rule_total: int = 0
    rule_correct: int = 0
    offtopic_total: int = 0
    offtopic_abstained: int = 0
    inscope_total: int = 0
    inscope_abstained: int = 0
    by_style: dict[str, list[int]] = field(default_factory=dict)  # style -> [n, verdict ok]
    failures: list[str] = field(default_factory=list)

    def ratio(self, a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def verdict_accuracy(self) -> float:
        return self.ratio(self.verdict_correct, self.verdict_total)

    @property
    def basis_recall_at_3(self) -> float:
        return self.ratio(self.basis_hits, self.basis_total)

    @property
    def rule_accuracy(self) -> float:
        return self.ratio(self.rule_correct, self.rule_total)

    @property
    def abstention_recall(self) -> float:
        """Share of out-of-scope questions on which the system abstained."""
        return self.ratio(self.offtopic_abstained, self.offtopic_total)

    @property
    def false_abstention_rate(self) -> float:
        """Share of in-scope questions on which the system wrongly abstained."""
        return self.ratio(self.inscope_abstained, self.inscope_total)


def load_eval(folder: Path) -> list[EvalItem]:
    """Every item of every tests/eval/*.yaml file."""
    items: list[EvalItem] = []
    for path in sorted(Path(folder).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        for n, raw in enumerate(data, start=1):
            if not isinstance(raw, dict) or not str(raw.get("q") or "").strip():
                raise ValueError(f"{path.name}: item {n}: expected a mapping with a non-empty 'q'")
            items.append(
                EvalItem(
                    question=str(raw["q"]).strip(),
                    verdict=raw["verdict"] if "verdict" in raw else _MISSING,
                    rule=raw.get("rule"),
                    basis=tuple(raw.get("basis") or ()),
                    style=str(raw.get("style") or "unspecified"),
                    location=f"{path.name}#{n}",
                )
            )
    return items


def engine_system(index: Index) -> Callable[[str], Outcome]:
    """The real engine as an evaluation system."""

    def run(question: str) -> Outcome:
        answer = answer_question(index, question)
        ids = tuple(c.passage.id for c in answer.citations)
        docs = tuple(c.passage.doc_id for c in answer.citations)
        return Outcome(answer.verdict, answer.abstained, answer.rule.id if answer.rule else None, ids, docs)

    return run


def baseline_system(knowledge: Knowledge) -> Callable[[str], Outcome]:
    """Plain rank-bm25 (BM25Okapi, lowercase whitespace tokens) over the same questions and passages.

    The verdict is the top-scoring rule's; it abstains only when no rule question shares a token.
    """
    owners = [(r, q) for r in knowledge.rules for qs in r.questions.values() for q in qs]
    q_bm25 = BM25Okapi([q.lower().split() for _, q in owners] or [[]])
    p_bm25 = BM25Okapi([passage_document(p).lower().split() for p in knowledge.passages] or [[]])

    def run(question: str) -> Outcome:
        tokens = question.lower().split()
        q_scores = q_bm25.get_scores(tokens)
        best = int(q_scores.argmax()) if owners else -1
        if best < 0 or q_scores[best] <= 0:
            return Outcome(None, True, None, (), ())
        rule = owners[best][0]
        p_scores = p_bm25.get_scores(tokens)
        top = [knowledge.passages[i] for i in p_scores.argsort()[::-1][:5] if p_scores[i] > 0]
        return Outcome(rule.verdict, False, rule.id, tuple(p.id for p in top), tuple(p.doc_id for p in top))

    return run


def evaluate(items: Iterable[EvalItem], system: Callable[[str], Outcome]) -> Report:
    """Run `system` on every item and aggregate the figures."""
    report = Report()
    for item in items:
        out = system(item.question)
        report.total += 1
        style = report.by_style.setdefault(item.style, [0, 0])
        style[0] += 1
        if item.expects_abstention:
            report.offtopic_total += 1
            report.offtopic_abstained += out.abstained
        else:
            report.inscope_total += 1
            report.inscope_abstained += out.abstained
        if item.verdict is not _MISSING:
            report.verdict_total += 1
            ok = out.verdict == item.verdict and out.abstained == (item.verdict is None)
            report.verdict_correct += ok
            style[1] += ok
            if not ok:
                report.failures.append(f"{item.location}: verdict {out.verdict} != {item.verdict}: {item.question}")
        else:
            style[1] += not out.abstained
        if item.rule:
            report.rule_total += 1
            report.rule_correct += out.rule == item.rule
            if out.rule != item.rule:
                report.failures.append(f"{item.location}: rule {out.rule} != {item.rule}: {item.question}")
        if item.basis:
            report.basis_total += 1
            top3 = set(out.cited[:3]) | set(out.cited_docs[:3])
            hit = bool(top3 & set(item.basis))
            report.basis_hits += hit
            if not hit:
                report.failures.append(f"{item.location}: basis {list(item.basis)} not in top 3 {list(out.cited[:3])}: {item.question}")
    return report


def coverage(items: Iterable[EvalItem], index: Index) -> tuple[set[str], set[str]]:
    """(provision/article ids never cited in a top 3, rule ids never the top rule) over `items`.

    A rule only counts when the question is not one of that rule's own example questions.
    """
    knowledge = index.knowledge
    uncited = {p.id for p in knowledge.passages if p.kind == "provision"} | {
        p.doc_id for p in knowledge.passages if p.kind == "article"
    }
    unmatched = {r.id for r in knowledge.rules}
    own = {(r.id, q.strip().lower()) for r in knowledge.rules for qs in r.questions.values() for q in qs}
    for item in items:
        answer = answer_question(index, item.question)
        for c in answer.citations[:3]:
            uncited.discard(c.passage.id)
            uncited.discard(c.passage.doc_id)
        if answer.rule and (answer.rule.id, item.question.strip().lower()) not in own:
            unmatched.discard(answer.rule.id)
    return uncited, unmatched


# =========================================================================== real-user evaluation
# tests/eval/real: questions written from real cases by someone who never read the cards, split
# into dev (error analysis, tuning) and test (reported only) by a rule fixed before any tuning.
# The figures and their definitions are in docs/evaluation.md.

NON_PROHIBITED = frozenset({"allowed", "conditional", "info"})
# Validation sets never tuned on: read by their headline figures only, never their failures (dev26
# chose between engine settings, docs/evaluation.md steps 94 and 95).
HELD_OUT = frozenset({"dev4", "dev25", "dev26", "dev27", "dev93"})
ANSWERED_KINDS = frozenset({"rule", "principle", "passages"})
_REF_RE = re.compile(
    r"^(?P<src>.+?) Pasal (?P<pasal>\d+[A-Z]?)(?: ayat \((?P<ayat>\d+)\))?(?: huruf (?P<huruf>[a-z]))?(?: angka (?P<angka>\d+))?$"
)


@dataclass(frozen=True)
class RealItem:
    """One real-user question and what a good answer looks like."""

    id: str
    question: str
    verdicts: frozenset[str] | None  # None: out of scope (must decline); empty set: any answer or a clarification
    lang: str
    categories: frozenset[str]
    split: str  # "dev" | "test"
    basis_ids: tuple[str, ...] = ()
    basis_refs: tuple[str, ...] = ()
    redirect: str | None = None
    pair: str | None = None

    @property
    def in_scope(self) -> bool:
        return self.verdicts is not None

    @property
    def harmless(self) -> bool:
        """An everyday act whose right verdict is allowed, conditional or info."""
        return "everyday" in self.categories and bool(self.verdicts) and self.verdicts <= NON_PROHIBITED


@dataclass(frozen=True)
class RealOutcome:
    """What a system answered: kind, verdict, language, cited passages (best first), redirect."""

    kind: str
    verdict: str | None
    lang: str | None
    cited: tuple[Passage, ...]
    redirect: str | None = None
    rule: str | None = None

    @property
    def answered(self) -> bool:
        return self.kind in ANSWERED_KINDS


def split_of(key: str) -> str:
    """The frozen split rule of tests/eval/real/README.md."""
    return "test" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2 else "dev"


def load_real(folder: Path) -> list[RealItem]:
    """Every item of tests/eval/real/*.yaml, with its split."""
    items: list[RealItem] = []
    for path in sorted(Path(folder).glob("*.yaml")):
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            verdict = raw.get("verdict")
            if verdict is None:
                verdicts: frozenset[str] | None = None
            elif verdict == "answer-or-clarify":
                verdicts = frozenset()
            else:
                verdicts = frozenset(verdict if isinstance(verdict, list) else [verdict])
            basis = [str(b) for b in raw.get("basis") or []]
            items.append(
                RealItem(
                    id=str(raw["id"]),
                    question=str(raw["q"]),
                    verdicts=verdicts,
                    lang=str(raw.get("lang") or "id"),
                    categories=frozenset(raw.get("categories") or []),
                    split=split_of(str(raw.get("pair") or raw["id"])),
                    basis_ids=tuple(b for b in basis if " " not in b),
                    basis_refs=tuple(b for b in basis if " " in b),
                    redirect=raw.get("redirect"),
                    pair=raw.get("pair"),
                )
            )
    return items


_RANGE_RE = re.compile(r"\((\d+)\)\s*(?:-|–|sampai(?: dengan)?|s\.?d\.?)\s*(?:ayat\s*)?\((\d+)\)")
_LIST_RE = {
    "huruf": re.compile(r"huruf\s+([a-z](?:\s*(?:,|dan|and|&)\s*(?:huruf\s+)?[a-z]\b)*)"),
    "angka": re.compile(r"angka\s+(\d+(?:\s*(?:,|dan|and|&|-|sampai)\s*(?:angka\s+)?\d+)*)"),
}


def _ref_parts(text: str) -> dict[str, str | set[str]] | None:
    """A provision's ref as its parts: "Pasal 29 ayat (1) sampai ayat (3) huruf b, g dan j" ->
    {pasal: "29", ayat: {1, 2, 3}, huruf: {b, g, j}, angka: set()}."""
    m = re.search(r"Pasal (\d+[A-Z]?)", text)
    if not m:
        return None
    ayat = set(re.findall(r"\((\d+)\)", text))
    for low, high in _RANGE_RE.findall(text):
        ayat |= {str(n) for n in range(int(low), int(high) + 1)}
    parts: dict[str, str | set[str]] = {"pasal": m.group(1), "ayat": ayat}
    for level, pattern in _LIST_RE.items():
        found: set[str] = set()
        for listed in pattern.findall(text):
            items = re.findall(r"\d+" if level == "angka" else r"\b[a-z]\b", listed.replace("huruf", "").replace("angka", ""))
            if level == "angka" and re.search(r"\d+\s*(?:-|sampai)\s*\d+", listed):
                low, high = (int(x) for x in re.findall(r"\d+", listed)[:2])
                items += [str(n) for n in range(low, high + 1)]
            found |= {i for i in items if i not in ("dan", "and")}
        parts[level] = found
    return parts


def cites_ref(passage: Passage, ref: str) -> bool:
    """Does a passage fall under a reference like "UU 7/2017 Pasal 240 ayat (1) huruf k"?

    Same source and Pasal; each narrower part given in the reference must match the passage's,
    unless the passage quotes the whole level (a passage for "Pasal 72" covers "Pasal 72 ayat (1)").
    """
    m = _REF_RE.match(ref)
    if not m or passage.kind != "provision" or passage.source != m.group("src"):
        return False
    parts = _ref_parts(passage.ref)
    if parts is None or parts["pasal"] != m.group("pasal") or passage.ref.startswith("Penjelasan"):
        return False
    for level in ("ayat", "huruf", "angka"):
        wanted = m.group(level)
        have = parts[level]
        if wanted and have and wanted not in have:
            return False
    return True


def real_engine_system(index: Index) -> Callable[[str], RealOutcome]:
    """The real engine as a system for the real-user evaluation."""

    def run(question: str) -> RealOutcome:
        a = answer_question(index, question)
        return RealOutcome(a.kind, a.verdict, a.lang, tuple(c.passage for c in a.citations), a.redirect, a.rule.id if a.rule else None)

    return run


def real_baseline_system(knowledge: Knowledge) -> Callable[[str], RealOutcome]:
    """Plain rank-bm25 over the same questions and passages (see baseline_system)."""
    plain = baseline_system(knowledge)
    by_id = {p.id: p for p in knowledge.passages}

    def run(question: str) -> RealOutcome:
        out = plain(question)
        cited = tuple(by_id[i] for i in out.cited)
        return RealOutcome("abstain" if out.abstained else "rule", out.verdict, None, cited, None, out.rule)

    return run


@dataclass
class Rate:
    """A share with its counts."""

    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.hits += ok

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else float("nan")

    def __str__(self) -> str:
        return f"{self.value:.1%} ({self.hits}/{self.total})" if self.total else "n/a"


# Failure kinds, worst first: what a user suffers most from.
HARM_ORDER = (
    "harmless answered prohibited",
    "prohibited answered allowed",
    "wrong verdict",
    "out of scope answered",
    "in scope abstained",
    "clarified",
    "basis missed",
    "wrong language",
)


@dataclass
class RealReport:
    """Figures over one run of the real-user evaluation."""

    verdict: Rate = field(default_factory=Rate)
    verdict_nonprohibited: Rate = field(default_factory=Rate)
    harmless_prohibited: Rate = field(default_factory=Rate)  # lower is better
    basis_recall_at_3: Rate = field(default_factory=Rate)
    oos_abstained: Rate = field(default_factory=Rate)
    inscope_abstained: Rate = field(default_factory=Rate)  # lower is better
    language: Rate = field(default_factory=Rate)
    clarified: Rate = field(default_factory=Rate)  # of in-scope questions; lower is better
    redirect: Rate = field(default_factory=Rate)
    by_category: dict[str, Rate] = field(default_factory=dict)  # verdict (or not-abstained) per category
    failures: list[tuple[int, str, RealItem, RealOutcome]] = field(default_factory=list)

    def worst(self, n: int = 10) -> list[tuple[str, RealItem, RealOutcome]]:
        return [(kind, item, out) for _, kind, item, out in sorted(self.failures, key=lambda f: (f[0], f[2].id))[:n]]


def _basis_hit(item: RealItem, cited: tuple[Passage, ...]) -> bool:
    top = cited[:3]
    ids = {p.id for p in top} | {p.doc_id for p in top}
    return bool(ids & set(item.basis_ids)) or any(cites_ref(p, ref) for p in top for ref in item.basis_refs)


def evaluate_real(items: Iterable[RealItem], system: Callable[[str], RealOutcome]) -> RealReport:
    """Run `system` on every item and aggregate the real-user figures."""
    report = RealReport()

    def fail(kind: str, item: RealItem, out: RealOutcome) -> None:
        report.failures.append((HARM_ORDER.index(kind), kind, item, out))

    for item in items:
        out = system(item.question)
        if out.lang is not None:
            report.language.add(out.lang == item.lang)
            if out.lang != item.lang:
                fail("wrong language", item, out)
        if not item.in_scope:
            report.oos_abstained.add(not out.answered and out.kind != "clarify")
            if item.redirect:
                report.redirect.add(out.redirect == item.redirect)
            if out.answered or out.kind == "clarify":
                fail("out of scope answered", item, out)
            ok = not out.answered and out.kind != "clarify"
        else:
            report.inscope_abstained.add(out.kind in ("abstain", "empty"))
            report.clarified.add(out.kind == "clarify")
            if item.verdicts:  # a concrete expectation (not "answer or clarify")
                ok = out.answered and out.verdict in item.verdicts
                report.verdict.add(ok)
                if item.verdicts <= NON_PROHIBITED:
                    report.verdict_nonprohibited.add(ok)
                if item.harmless:
                    report.harmless_prohibited.add(out.answered and out.verdict == "prohibited")
                if not ok:
                    if out.kind in ("abstain", "empty"):
                        fail("in scope abstained", item, out)
                    elif out.kind == "clarify":
                        fail("clarified", item, out)
                    elif item.harmless and out.verdict == "prohibited":
                        fail("harmless answered prohibited", item, out)
                    elif "prohibited" in item.verdicts and out.verdict == "allowed":
                        fail("prohibited answered allowed", item, out)
                    else:
                        fail("wrong verdict", item, out)
            else:
                ok = out.kind not in ("abstain", "empty")
                if not ok:
                    fail("in scope abstained", item, out)
            if item.basis_ids or item.basis_refs:
                hit = _basis_hit(item, out.cited)
                report.basis_recall_at_3.add(hit)
                if not hit and ok:
                    fail("basis missed", item, out)
        for category in item.categories | {"all"}:
            report.by_category.setdefault(category, Rate()).add(ok)
    return report
