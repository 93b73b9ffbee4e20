"""Measure answer quality on the evaluation set in tests/eval, and a plain-BM25 baseline."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rank_bm25 import BM25Okapi

from bot.answer import answer_question
from bot.knowledge import Knowledge
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
