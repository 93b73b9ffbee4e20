"""Turn a question into an Answer: the best rule's verdict plus the passages it rests on."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.knowledge import Passage, Rule
from bot.search import Index, PassageHit, RuleHit
from bot.text import detect_language, sentences, tokenize

MAX_CITATIONS = 5
MAX_BASIS_CITATIONS = 3
MAX_QUESTION_CHARS = 1000  # longer input is cut: nobody asks a 4,000-character question

# Confidence thresholds, tuned on tests/eval (see docs/evaluation.md). Coverage is the
# idf-weighted share of the user's content words found in the matched text. BM25 scores grow
# with the corpus (through IDF), so score floors are in units of the index's mean IDF: about
# "one or two distinctive words matched" whatever the size of the knowledge base.
RULE_MIN_COVERAGE = 0.42
RULE_MIN_SCORE = 1.3
PASSAGE_MIN_COVERAGE = 0.5
PASSAGE_MIN_SCORE = 2.1
# A non-basis passage that matches the question this well (e.g. the user named the Pasal) is
# cited right after the rule's best basis passage.
DIRECT_MIN_COVERAGE = 0.85
TRIM_CHARS = 420


@dataclass(frozen=True)
class Citation:
    """A passage as cited for one question: its text trimmed to the relevant sentences."""

    passage: Passage
    text: str
    score: float


@dataclass(frozen=True)
class Answer:
    """The engine's reply to one question, independent of how it is shown."""

    question: str
    lang: str
    verdict: str | None
    abstained: bool
    rule: Rule | None = None
    matched_question: str = ""
    citations: list[Citation] = field(default_factory=list)
    empty: bool = False  # the question had no words at all


def trim(text: str, query_terms: set[str], limit: int = TRIM_CHARS) -> str:
    """Keep the sentences that share the most terms with the query, in their original order."""
    if len(text) <= limit:
        return text
    sents = sentences(text)
    if len(sents) <= 1:
        return text[: limit - 1].rsplit(" ", 1)[0] + " …"
    overlap = [len(query_terms & set(tokenize(s))) for s in sents]
    ranked = sorted((i for i in range(len(sents)) if overlap[i]), key=lambda i: (-overlap[i], i))
    keep: list[int] = []
    size = 0
    for i in ranked or range(len(sents)):  # nothing relevant: keep the opening sentences
        if keep and size + len(sents[i]) > limit:
            continue
        keep.append(i)
        size += len(sents[i]) + 1
    keep.sort()
    parts: list[str] = []
    for n, i in enumerate(keep):
        if (n == 0 and i > 0) or (n > 0 and i != keep[n - 1] + 1):
            parts.append("…")
        parts.append(sents[i])
    if keep[-1] < len(sents) - 1:
        parts.append("…")
    return " ".join(parts)


def _confident_rule(hits: list[RuleHit]) -> RuleHit | None:
    if hits and hits[0].coverage >= RULE_MIN_COVERAGE and hits[0].score >= RULE_MIN_SCORE:
        return hits[0]
    return None


def _confident(hit: PassageHit) -> bool:
    return hit.coverage >= PASSAGE_MIN_COVERAGE and hit.score >= PASSAGE_MIN_SCORE


def _select(rule: Rule | None, basis: list[PassageHit], hits: list[PassageHit]) -> list[PassageHit]:
    """Rule basis first (best-matching basis passages), then the best other passages."""
    chosen: list[PassageHit] = []
    seen: set[str] = set()

    def take(hit: PassageHit) -> None:
        if hit.passage.id not in seen and len(chosen) < MAX_CITATIONS:
            seen.add(hit.passage.id)
            chosen.append(hit)

    confident = [h for h in hits if _confident(h)]
    if rule is None:
        for hit in confident:
            take(hit)
        return chosen
    order = {h.passage.id: i for i, h in enumerate(basis)}
    # The basis passages that best match the question come first; curator order breaks ties
    # (curators list the most important basis first).
    scored = sorted(basis, key=lambda h: (-h.score, order[h.passage.id]))
    # A passage outside the basis that the question names precisely (e.g. the Pasal itself), or
    # that matches better than every basis passage, is cited right after the best basis passage.
    best_basis = max((h.score for h in scored), default=0.0)
    direct = [
        h for h in confident
        if h.passage.id not in order and (h.coverage >= DIRECT_MIN_COVERAGE or h.score > best_basis)
    ]
    for hit in scored[:1] + direct[:1] + scored[1:MAX_BASIS_CITATIONS]:
        take(hit)
    for hit in confident:
        take(hit)
    return chosen


def _basis_passages(index: Index, rule: Rule) -> list[Passage]:
    out: list[Passage] = []
    for ref in rule.basis:
        out.extend(p for p in index.knowledge.resolve(ref) if p not in out)
    return out


def answer_question(index: Index, question: str) -> Answer:
    """Answer one question from the index; abstain when nothing matches confidently."""
    question = " ".join(question.split())[:MAX_QUESTION_CHARS]
    lang = detect_language(question)
    query = index.parse(question)
    if not query.weights:
        return Answer(question, lang, None, True, empty=not question)
    rule_hit = _confident_rule(index.rules(query))
    rule = rule_hit.rule if rule_hit else None
    passage_hits, basis_hits = index.passages(query, limit=10, extra=_basis_passages(index, rule) if rule else None)
    selected = _select(rule, basis_hits, passage_hits)
    if rule is None and not selected:
        return Answer(question, lang, None, True)
    terms = set(query.weights)
    citations = [Citation(h.passage, trim(h.passage.text, terms), round(h.score, 3)) for h in selected]
    return Answer(
        question=question,
        lang=lang,
        verdict=rule.verdict if rule else "info",
        abstained=False,
        rule=rule,
        matched_question=rule_hit.question if rule_hit else "",
        citations=citations,
    )
