"""BM25 indexes over rule example questions and over passages, with coverage for abstention."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np
from rank_bm25 import BM25Okapi

from bot.knowledge import Knowledge, Passage, Rule
from bot.text import Expander, SpellFixer, is_stopword, raw_tokens, tokenize

EXPANSION_WEIGHT = 0.5  # glossary expansions count, but less than the user's own words


class LuceneBM25(BM25Okapi):
    """BM25Okapi with Lucene's non-negative IDF and postings-based scoring.

    rank-bm25's Okapi IDF, log((N - n + 0.5) / (n + 0.5)), is exactly 0 for a term in half the
    documents and negative above that (then floored to a fraction of the mean IDF). On a small
    knowledge base that silently zeroes or distorts common-but-meaningful terms. Lucene's
    log(1 + (N - n + 0.5) / (n + 0.5)) is always positive and monotone in n.
    """

    def _calc_idf(self, nd: dict[str, int]) -> None:
        for word, freq in nd.items():
            self.idf[word] = math.log(1.0 + (self.corpus_size - freq + 0.5) / (freq + 0.5))

    def __init__(self, corpus: list[list[str]], k1: float = 1.5, b: float = 0.75) -> None:
        super().__init__(corpus, k1=k1, b=b)
        # Postings (term -> doc indexes, term frequencies) so scoring touches only the documents
        # that contain a query term instead of looping over every document.
        docs: dict[str, list[int]] = defaultdict(list)
        tfs: dict[str, list[int]] = defaultdict(list)
        for i, freqs in enumerate(self.doc_freqs):
            for term, tf in freqs.items():
                docs[term].append(i)
                tfs[term].append(tf)
        self.postings = {t: (np.array(docs[t]), np.array(tfs[t], dtype=float)) for t in docs}
        dl = np.array(self.doc_len, dtype=float)
        self.norm = self.k1 * (1 - self.b + self.b * dl / max(self.avgdl, 1e-9))

    def weighted_scores(self, weights: dict[str, float]) -> np.ndarray:
        """BM25 score of every document for a query given as term -> weight."""
        scores = np.zeros(self.corpus_size)
        for term, weight in weights.items():
            hit = self.postings.get(term)
            if hit is None:
                continue
            idx, tf = hit
            scores[idx] += weight * self.idf[term] * tf * (self.k1 + 1) / (tf + self.norm[idx])
        return scores

    def get_scores(self, query: list[str]) -> np.ndarray:
        """Same contract as rank-bm25: one weight per query-token occurrence."""
        weights: dict[str, float] = defaultdict(float)
        for term in query:
            weights[term] += 1.0
        return self.weighted_scores(weights)


@dataclass(frozen=True)
class Query:
    """A question turned into weighted terms plus the word groups used to measure coverage."""

    weights: dict[str, float]
    groups: list[frozenset[str]]  # each: one user word's stem and the stems it expanded to


@dataclass(frozen=True)
class Hit:
    """A scored document: BM25 score and the idf-weighted share of query words it contains."""

    index: int
    score: float
    coverage: float


class _Field:
    """One BM25 index plus the per-document term sets used for coverage."""

    def __init__(self, docs: list[list[str]]) -> None:
        # rank-bm25 divides by zero on an empty corpus; a single empty doc is harmless.
        self.bm25 = LuceneBM25(docs or [[]])
        self.size = len(docs)
        self.terms = [frozenset(d) for d in docs]
        idfs = list(self.bm25.idf.values())
        self.mean_idf = float(np.mean(idfs)) if idfs else 1.0

    def group_weight(self, group: frozenset[str]) -> float:
        known = [self.bm25.idf[t] for t in group if t in self.bm25.idf]
        # A word the index has never seen weighs like an average word: it may be a typo the
        # speller could not fix, or a sign the question is about something else entirely.
        return max(known) if known else self.mean_idf

    def coverage(self, query: Query, terms: frozenset[str]) -> float:
        """Idf-weighted share of the query's word groups that have a term in `terms`."""
        total = sum(self.group_weight(g) for g in query.groups) or 1.0
        return sum(self.group_weight(g) for g in query.groups if g & terms) / total

    def search(self, query: Query, limit: int, extra: list[int] | None = None) -> tuple[list[Hit], list[Hit]]:
        """The best `limit` documents, and the `extra` documents in the given order.

        Both come from one scoring pass; scores are in units of the mean IDF.
        """
        if not query.weights or not self.size:
            return [], []
        scores = self.bm25.weighted_scores(query.weights)

        def hit(i: int) -> Hit:
            return Hit(i, float(scores[i]) / self.mean_idf, self.coverage(query, self.terms[i]))

        top = [hit(int(i)) for i in np.argsort(-scores, kind="stable")[:limit] if scores[i] > 0]
        return top, [hit(i) for i in extra or []]


@dataclass(frozen=True)
class RuleHit:
    """Best-matching example question of a rule; `score` is BM25 in units of the mean IDF."""

    rule: Rule
    question: str
    score: float
    coverage: float


@dataclass(frozen=True)
class PassageHit:
    """A passage and how well it matches the query; `score` is BM25 in units of the mean IDF."""

    passage: Passage
    score: float
    coverage: float


def _vocabulary(knowledge: Knowledge) -> Counter[str]:
    """Surface words of everything indexed, with frequencies: what a typo is corrected towards."""
    words: Counter[str] = Counter()
    texts = [passage_document(p) for p in knowledge.passages]
    texts += [q for r in knowledge.rules for qs in r.questions.values() for q in qs]
    texts += [t for g in knowledge.glossary.synonyms for t in g]
    texts += [t for ts in knowledge.glossary.translations.values() for t in ts]
    for text in texts:
        words.update(w for w in raw_tokens(text) if w.isalpha() and not is_stopword(w))
    return words


def passage_document(p: Passage) -> str:
    """The text indexed for a passage: where it comes from, what it says, and its gloss."""
    if p.kind == "article":
        return f"{p.title}\n{p.text}"
    return f"{p.source} {p.ref}\n{p.text}\n{' '.join(p.gloss.values())}"


class Index:
    """Search structures for one Knowledge snapshot; immutable once built."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.expander = Expander(knowledge.glossary, SpellFixer(_vocabulary(knowledge)))
        self._q_owner: list[tuple[Rule, str]] = [
            (rule, q) for rule in knowledge.rules for qs in rule.questions.values() for q in qs
        ]
        self._questions = _Field([tokenize(q) for _, q in self._q_owner])
        # A rule's example questions together describe it, so coverage is measured against all
        # of them: one phrasing may say "mobil dinas" and another "fasilitas negara".
        self._rule_terms: dict[str, frozenset[str]] = defaultdict(frozenset)
        for (rule, _), terms in zip(self._q_owner, self._questions.terms):
            self._rule_terms[rule.id] |= terms
        self._passages = _Field([tokenize(passage_document(p)) for p in knowledge.passages])
        self._position = {p.id: i for i, p in enumerate(knowledge.passages)}

    @classmethod
    def build(cls, knowledge: Knowledge) -> Index:
        """Build the index for a loaded knowledge folder."""
        return cls(knowledge)

    def parse(self, question: str) -> Query:
        """Stem and expand a question into weighted query terms."""
        weights: dict[str, float] = {}
        groups: list[frozenset[str]] = []
        for own, expansions in self.expander.expand(question):
            for term in own:
                weights[term] = 1.0
            for term in expansions:
                weights[term] = max(weights.get(term, 0.0), EXPANSION_WEIGHT)
            groups.append(frozenset(own) | frozenset(expansions))
        return Query(weights, groups)

    def rules(self, query: Query, limit: int = 5) -> list[RuleHit]:
        """Rules ranked by their best-matching example question."""
        best: dict[str, RuleHit] = {}
        for hit in self._questions.search(query, limit=limit * 8)[0]:
            rule, text = self._q_owner[hit.index]
            if rule.id not in best:
                coverage = self._questions.coverage(query, self._rule_terms[rule.id])
                best[rule.id] = RuleHit(rule, text, hit.score, coverage)
        return sorted(best.values(), key=lambda h: -h.score)[:limit]

    def passages(
        self, query: Query, limit: int = 10, extra: list[Passage] | None = None
    ) -> tuple[list[PassageHit], list[PassageHit]]:
        """The best `limit` passages, and the `extra` passages (a rule's basis) scored in order.

        Both come from one scoring pass over the passage index.
        """
        top, basis = self._passages.search(query, limit, [self._position[p.id] for p in extra or []])
        return self._passage_hits(top), self._passage_hits(basis)

    def _passage_hits(self, hits: list[Hit]) -> list[PassageHit]:
        return [PassageHit(self.knowledge.passages[h.index], h.score, h.coverage) for h in hits]
