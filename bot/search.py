"""BM25 indexes over rule example questions and over passages, with coverage for abstention."""

from __future__ import annotations

import gc
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import numpy as np
from rank_bm25 import BM25Okapi

from bot.concepts import NONPOLITICAL, READING_WORDS, Tagger, Tags
from bot.knowledge import Knowledge, Passage, Rule
from bot.readings import NEARBY, REFUSED, RUNNING
from bot.text import Expander, SpellFixer, is_stopword, place_words, raw_tokens, tokenize
from bot.understand import Message, understand

EXPANSION_WEIGHT = 0.5  # glossary expansions count, but less than the user's own words


# Support shown for a candidate (a pose, a cheer, a slogan, a number, a face, a party's shirt): when it
# is the asker's own, it adds to any prohibition's case, whichever of them the card names.
_DISPLAYED_SUPPORT = frozenset(
    {"sign-gesture", "sign-cheer", "sign-continuity", "sign-number", "sign-candidate-branding", "sign-attribute"}
)


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
        dl = np.array(self.doc_len, dtype=float)
        self.norm = self.k1 * (1 - self.b + self.b * dl / max(self.avgdl, 1e-9))
        # Each posting keeps its whole BM25 term score (idf x saturated tf over the document's
        # length norm), which depends only on the index: a query only scales and adds them.
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for t in docs:
            idx, tf = np.array(docs[t]), np.array(tfs[t], dtype=float)
            self.postings[t] = (idx, self.idf[t] * tf * (self.k1 + 1) / (tf + self.norm[idx]))

    def weighted_scores(self, weights: dict[str, float]) -> np.ndarray:
        """BM25 score of every document for a query given as term -> weight."""
        scores = np.zeros(self.corpus_size)
        for term, weight in weights.items():
            hit = self.postings.get(term)
            if hit is not None:
                idx, term_scores = hit
                scores[idx] += weight * term_scores
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
    group_weights: list[float] = field(default_factory=list)  # the weight of its sentence (1 if empty)

    def weighted_groups(self) -> list[tuple[frozenset[str], float]]:
        return list(zip(self.groups, self.group_weights or [1.0] * len(self.groups)))


@dataclass(frozen=True)
class Costs:
    """A query's word groups as coverage needs them: weights, their total, term -> groups."""

    weights: list[float]
    total: float
    by_term: dict[str, list[int]]


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

    def costs(self, query: Query) -> Costs:
        """Each word group of the query with its weight (idf x sentence weight), for coverage()."""
        weights = [w * self.group_weight(g) for g, w in query.weighted_groups()]
        by_term: dict[str, list[int]] = defaultdict(list)
        for i, group in enumerate(query.groups):
            for term in group:
                by_term[term].append(i)
        return Costs(weights, sum(weights) or 1.0, dict(by_term))

    def coverage(self, query: Query | Costs, terms: frozenset[str]) -> float:
        """Idf- and sentence-weighted share of the query's word groups that have a term in `terms`."""
        costs = self.costs(query) if isinstance(query, Query) else query
        covered = {i for term, groups in costs.by_term.items() if term in terms for i in groups}
        return sum(costs.weights[i] for i in covered) / costs.total

    def scores(self, query: Query) -> np.ndarray:
        """BM25 of every document, in units of the mean IDF."""
        if not query.weights or not self.size:
            return np.zeros(self.size)
        return self.bm25.weighted_scores(query.weights) / self.mean_idf

    def search(self, query: Query, limit: int, extra: list[int] | None = None) -> tuple[list[Hit], list[Hit]]:
        """The best `limit` documents, and the `extra` documents in the given order.

        Both come from one scoring pass; scores are in units of the mean IDF.
        """
        if not query.weights or not self.size:
            return [], []
        scores = self.bm25.weighted_scores(query.weights)
        costs = self.costs(query)

        def hit(i: int) -> Hit:
            return Hit(i, float(scores[i]) / self.mean_idf, self.coverage(costs, self.terms[i]))

        top = [hit(int(i)) for i in np.argsort(-scores, kind="stable")[:limit] if scores[i] > 0]
        return top, [hit(i) for i in extra or []]


@dataclass(frozen=True)
class RuleHit:
    """Best-matching example question of a rule; `score` is BM25 in units of the mean IDF."""

    rule: Rule
    question: str
    score: float
    coverage: float


class _Hits(Mapping[str, RuleHit]):
    """Each card's best example question, best card first. A `RuleHit` is built only for the cards
    asked for: most matching cards cannot fit the question and are never looked at."""

    def __init__(self, index: Index, order: np.ndarray, scores: np.ndarray, coverages: np.ndarray) -> None:
        self._index, self._scores, self._coverages = index, scores, coverages
        ids = index._q_rule_id  # a plain list: indexing it with Python ints is the cheap way
        self._question = {ids[i]: i for i in order.tolist()}
        # The first card's best question is the best question of all (order is best first).
        self.best_score = float(scores[order[0]]) if len(order) else 0.0

    def __getitem__(self, rule_id: str) -> RuleHit:
        i = self._question[rule_id]
        rule, text = self._index._q_owner[i]
        return RuleHit(rule, text, float(self._scores[i]), float(self._coverages[self._index._rule_pos[rule_id]]))

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._question

    def __iter__(self) -> Iterator[str]:
        return iter(self._question)

    def __len__(self) -> int:
        return len(self._question)


@dataclass(frozen=True)
class PassageHit:
    """A passage and how well it matches the query; `score` is BM25 in units of the mean IDF."""

    passage: Passage
    score: float
    coverage: float


def keep_out_of_collection() -> None:
    """Move every object alive now (a freshly built index: about 90,000 containers) out of the garbage
    collector's view, for a process that serves from that index for hours.

    A full collection walks every tracked object; over the index that took about 100 ms, inside
    whichever answer happened to trigger it (docs/benchmarks.md, round fifty-two). Frozen objects are
    never scanned. Unfreezing first lets the cycles of an index replaced since the last call go.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _vocabulary(knowledge: Knowledge) -> Counter[str]:
    """Surface words of everything indexed, with frequencies: what a typo is corrected towards."""
    words: Counter[str] = Counter()
    texts = [passage_document(p) for p in knowledge.passages]
    texts += [q for r in knowledge.rules for qs in r.questions.values() for q in qs]
    texts += [t for g in knowledge.glossary.synonyms for t in g]
    texts += [t for ts in knowledge.glossary.translations.values() for t in ts]
    texts += [t for c in knowledge.concepts for t in c.terms]
    for text in texts:
        words.update(w for w in raw_tokens(text) if w.isalpha() and not is_stopword(w))
    return words


def passage_document(p: Passage) -> str:
    """The text indexed for a passage: where it comes from, what it says, and its gloss."""
    if p.kind == "article":
        return f"{p.title}\n{p.text}"
    return f"{p.source} {p.ref}\n{p.text}\n{' '.join(p.gloss.values())}"


@dataclass(frozen=True)
class Fit:
    """How a card's `situation` fits the concepts of a question."""

    fits: bool  # every `requires` group present and no `excludes` concept present
    satisfied: int  # `requires` groups present
    excluded: tuple[str, ...]  # `excludes` concepts present
    uncovered: float  # weight of the question's concepts the card never mentions (0 when it does not fit)
    declared: bool  # the card has a situation at all


_DOING = frozenset({"act", "sign", "role"})
# Concept kinds that exclude a card only when they are the asker's own.
_OWN_ONLY_KINDS = frozenset({"sign"})
# ... and for a prohibition, which is about the asker's own conduct, acts and roles too (see
# `Index.fit`): a neighbour on the KPPS does not take the PNS witness's prohibition away.
_OWN_ONLY_KINDS_ASKER = _OWN_ONLY_KINDS | {"act", "role"}
_NOT_INVOLVED = "limit-not-involved"  # required alone: "suami sy kampanye, sy gak ikut" – the card is about his acts
_MODERATING = "role-group-admin"  # required alone: the admin card rules on what members post
NON_ASN_TOPIC = "bukan-asn"  # cards about village heads, honorer, retirees …: they rule on those people's acts


class Index:
    """Search structures for one Knowledge snapshot; immutable once built."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        # Never "corrected": the words the readings look for, and place names ("Kendari" is no typo).
        self.expander = Expander(
            knowledge.glossary, SpellFixer(_vocabulary(knowledge)), keep=READING_WORDS | place_words()
        )
        self.tagger = Tagger(knowledge.concepts, knowledge.glossary.misspellings)
        self.rules_all = [r for r in knowledge.rules if r.kind == "rule"]
        # The general principle, and the steps of the legal test (principle cards with a situation).
        self.principle = next((r for r in knowledge.rules if r.general_principle), None)
        # ... and the one for an office asking how a case is handled: who examines, decides, follows up
        self.procedure = next((r for r in knowledge.rules if r.procedure), None)
        self.legal_tests = [r for r in knowledge.rules if r.legal_test]
        # The legal test's first question, "is anything political in it?": the step whose situation
        # is the asker saying nothing is (README "kind: principle").
        only_nonpolitical = (frozenset({NONPOLITICAL}),)
        self.nonpolitical = next(
            (r for r in self.legal_tests if r.situation is not None and r.situation.requires == only_nonpolitical),
            None,
        )
        self._q_owner: list[tuple[Rule, str]] = [
            (rule, q) for rule in self.rules_all for qs in rule.questions.values() for q in qs
        ]
        self._questions = _Field([tokenize(q) for _, q in self._q_owner])
        # A rule's example questions together describe it, so coverage is measured against all
        # of them: one phrasing may say "mobil dinas" and another "fasilitas negara".
        card_terms: dict[str, frozenset[str]] = defaultdict(frozenset)
        for (rule, _), terms in zip(self._q_owner, self._questions.terms):
            card_terms[rule.id] |= terms
        # Kept as term -> which cards have it, so every card's coverage of a question is a few
        # vector operations instead of a loop over the cards (the hottest path of an answer).
        self._rule_pos = {rule.id: i for i, rule in enumerate(self.rules_all)}
        self._q_rule_id = [rule.id for rule, _ in self._q_owner]
        self._q_card = np.array([self._rule_pos[rule.id] for rule, _ in self._q_owner], dtype=np.int64)
        # The example questions are stored card by card, so each card's are one run: where each run
        # starts and which run every question is in let rule_hits find every card's best question
        # with a few vector operations (np.maximum.reduceat) instead of sorting all the questions.
        new_run = np.diff(self._q_card, prepend=-1) != 0
        self._run_start = np.flatnonzero(new_run)
        self._run_of = np.cumsum(new_run) - 1
        self._q_range = np.arange(len(self._q_card))
        self._cards_with: dict[str, np.ndarray] = {}
        for rule_id, terms in card_terms.items():
            for term in terms:
                if term not in self._cards_with:
                    self._cards_with[term] = np.zeros(len(self.rules_all), dtype=bool)
                self._cards_with[term][self._rule_pos[rule_id]] = True
        # The concepts a card talks about: in its title and examples, and in its situation.
        self._profiles: dict[str, frozenset[str]] = {}
        for rule in knowledge.rules:
            texts = [*rule.title.values(), *(q for qs in rule.questions.values() for q in qs)]
            found = frozenset().union(*(self.tagger.tag(t).ids for t in texts))
            declared = rule.situation.named if rule.situation is not None else frozenset()
            self._profiles[rule.id] = found | declared
        # The `requires` groups of all cards, numbered: which card each belongs to, and concept ->
        # the groups that name it. candidates() checks every card's groups against a message with a
        # few vector operations instead of a Python loop over the cards.
        group_card: list[int] = []
        groups_with: dict[str, list[int]] = defaultdict(list)
        for pos, rule in enumerate(self.rules_all):
            if rule.situation is not None:
                for group in rule.situation.requires:
                    for concept in group:
                        groups_with[concept].append(len(group_card))
                    group_card.append(pos)
        self._group_card = np.array(group_card, dtype=np.int64)
        self._groups_with = {c: np.array(g, dtype=np.int64) for c, g in groups_with.items()}
        # Cards about village heads and staff rule on those people's acts (see fit); known per snapshot.
        self._about_others = frozenset(r.id for r in self.rules_all if self._about_third_party(r))
        # Cards on refusing rule on what others asked of the asker, and cards on someone else's
        # doings the asker takes no part in, or is only near, on what those others do (see fit).
        self._on_others_acts = frozenset(
            r.id
            for r in knowledge.rules
            if r.situation
            and any(REFUSED in group or group in ({_NOT_INVOLVED}, {NEARBY}, {_MODERATING}) for group in r.situation.requires)
        )
        self._passages = _Field([tokenize(passage_document(p)) for p in knowledge.passages])
        self._position = {p.id: i for i, p in enumerate(knowledge.passages)}

    @classmethod
    def build(cls, knowledge: Knowledge) -> Index:
        """Build the index for a loaded knowledge folder."""
        return cls(knowledge)

    def read(self, text: str) -> Message:
        """The message as the engine reads it: weighted sentences, concepts, small talk, follow-up."""
        return understand(text, self.expander, self.tagger)

    def parse(self, segments: str | list[tuple[str | list[str], float]], raw: frozenset[str] = frozenset()) -> Query:
        """Stem and expand weighted sentences (text, or words already corrected by Index.read) into
        query terms; a term keeps its highest weight. Words in `raw` are not stemmed."""
        if isinstance(segments, str):
            segments = [(segments, 1.0)]
        weights: dict[str, float] = {}
        groups: list[frozenset[str]] = []
        group_weights: list[float] = []
        seen: dict[frozenset[str], int] = {}
        for part, weight in segments:
            expanded = self.expander.expand(part) if isinstance(part, str) else self.expander.expand_words(part, raw)
            for own, expansions in expanded:
                for term in own:
                    weights[term] = max(weights.get(term, 0.0), weight)
                for term in expansions:
                    weights[term] = max(weights.get(term, 0.0), EXPANSION_WEIGHT * weight)
                group = frozenset(own) | frozenset(expansions)
                at = seen.get(group)
                if at is None:  # a repeated word is one unit of meaning, not many
                    seen[group] = len(groups)
                    groups.append(group)
                    group_weights.append(weight)
                else:
                    group_weights[at] = max(group_weights[at], weight)
        return Query(weights, groups, group_weights)

    def rule_hits(self, query: Query) -> _Hits:
        """Every card's best-matching example question (cards with no matching word are left out)."""
        scores = self._questions.scores(query)
        costs = self._questions.costs(query)
        coverages = self._card_coverages(costs)
        if not len(self._run_start):
            return _Hits(self, np.zeros(0, dtype=np.int64), scores, coverages)
        # Each card's best example question: its highest score, and on a tie the first of them.
        best = np.maximum.reduceat(scores, self._run_start)
        at_best = np.where(scores == best[self._run_of], self._q_range, len(scores))
        first = np.minimum.reduceat(at_best, self._run_start)
        # The cards with a matching question, best first; a tie keeps the cards' (and so their
        # questions') order, as a stable sort of all the questions by score would.
        matching = np.flatnonzero(best > 0)
        order = first[matching[np.argsort(-best[matching], kind="stable")]]
        return _Hits(self, order, scores, coverages)

    def _card_coverages(self, costs: Costs) -> np.ndarray:
        """_Field.coverage of the query against every card's example words, all cards at once."""
        covered = [np.zeros(len(self.rules_all), dtype=bool) for _ in costs.weights]
        for term, groups in costs.by_term.items():
            cards = self._cards_with.get(term)
            if cards is not None:
                for g in groups:
                    covered[g] |= cards
        total = np.zeros(len(self.rules_all))
        for weight, mask in zip(costs.weights, covered):
            total += weight * mask
        return total / costs.total

    def rules(self, query: Query, limit: int = 5) -> list[RuleHit]:
        """Rules ranked by their best-matching example question."""
        return list(self.rule_hits(query).values())[:limit]

    def profile(self, rule_id: str) -> frozenset[str]:
        """The concepts a card talks about (title, examples, situation)."""
        return self._profiles.get(rule_id, frozenset())

    def concept_weights(self, tags: Tags, emphasis: dict[str, float] | None = None) -> dict[str, float]:
        """Each concept of a question with the weight it counts against a card that never mentions
        it: its own weight times `emphasis` (lower in a story's narrative than in its question)."""
        emphasis = emphasis or {}
        return {c: self.tagger.weight(c) * emphasis.get(c, 1.0) for c in tags.ids}

    def candidates(self, tags: Tags, hits: Iterable[str], audience: frozenset[str] = frozenset()) -> list[Rule]:
        """Cards worth a look: those with a matching example, and those whose situation names a
        concept of the question, less the cards with a `requires` group the question has no concept
        of (they cannot fit, and skipping them here spares `fit` for most cards)."""
        present = tags.ids
        wanted = np.zeros(len(self.rules_all), dtype=bool)
        wanted[np.array([self._rule_pos[r] for r in hits], dtype=np.int64)] = True
        # A `requires` group is met when it names a concept of the question (or of the audience);
        # a card is kept when none of its groups is unmet (a card without a situation has none).
        met = np.zeros(len(self._group_card), dtype=bool)
        for concept in present | audience:
            groups = self._groups_with.get(concept)
            if groups is not None:
                met[groups] = True
                if concept in present:
                    wanted[self._group_card[groups]] = True  # a card naming it is worth a look
        unmet = np.bincount(self._group_card[~met], minlength=len(self.rules_all))
        return [self.rules_all[i] for i in np.flatnonzero(wanted & (unmet == 0)).tolist()]

    def fit(
        self, rule: Rule, tags: Tags, weights: dict[str, float] | None = None, audience: frozenset[str] = frozenset()
    ) -> Fit:
        """Does the card's situation fit the concepts of the question, and how closely
        (`weights` from concept_weights: what the concepts the card never mentions count;
        `audience`: who the asker is taken to be when the message names nobody)."""
        present = tags.ids
        situation = rule.situation
        if situation is None:
            return Fit(True, 0, (), self._uncovered(rule, tags, weights), False)
        # A prohibition rules on what the asker does: someone else's act ("anak saya posting")
        # does not satisfy it. Other cards (family, "sudah terlanjur", info) may rest on it, and so
        # may the cards about people who are not ASN ("kades bikin video dukungan"): their acts
        # are what those cards rule on.
        about_asker = rule.verdict == "prohibited" and rule.id not in self._about_others
        acts = tags.own if about_asker else present
        # Running for office, required alone, is the asker's own candidacy: "the keynote speaker is
        # a legislator who is running again" asks nothing about the asker running.
        satisfied = sum(
            1
            for group in situation.requires
            if group & ((tags.own if group == RUNNING else acts) | audience)
        )
        # A sign someone else puts up ("ada baliho paslon") does not take a card away from the
        # asker: only the asker's own signs exclude. Acts still do, whoever does them: being
        # tagged in a photo is someone else's act that changes the asker's situation.
        hit = situation.excludes & present
        # A prohibition is about the asker's conduct: someone else's act ("minta warga tempel") does
        # not move the asker's own act ("sy bagi stiker caleg") to another card.
        # A card on refusing ("sy tolak, bener kan?") rules on what others asked of the asker: their
        # acts ("dibagi ke wali murid") are what was refused, not the asker's situation changing; a
        # card on a relative's campaigning the asker keeps out of rules on the relative's acts.
        own_only = _OWN_ONLY_KINDS_ASKER if about_asker or rule.id in self._on_others_acts else _OWN_ONLY_KINDS
        excluded = (
            tuple(sorted(c for c in hit if c in tags.own or self.tagger.kind(c) not in own_only))
            if hit
            else ()
        )
        # A `needs` group is the setting, named by anyone ("my brother is running"): it must be there
        # but adds nothing to how closely the card fits, so it cannot lift the card over a closer one.
        fits = (
            satisfied == len(situation.requires)
            and all(group & present for group in situation.needs)
            and not excluded
        )
        if fits and rule.verdict == "prohibited":
            # ... and the asker must do something (an act, a sign of support, a role): a setting
            # alone (an office, a rally going past, someone else's sticker) is no breach. A message
            # that names no act at all ("mobdin buat kampanye?") means the event the card requires.
            # A card on village heads' conduct asks the same of anyone named: a posyandu held in the
            # house of a village head whose wife runs is no village head campaigning.
            fits = any(self.tagger.kind(c) in _DOING for c in acts) or (
                not any(self.tagger.kind(c) == "act" for c in present)
                and any(self.tagger.kind(c) == "event" for group in situation.requires for c in group & acts)
            )
        # The closeness costs a pass over the question's concepts: only for cards that may rule.
        return Fit(fits, satisfied, excluded, self._uncovered(rule, tags, weights) if fits else 0.0, True)

    def _uncovered(self, rule: Rule, tags: Tags, weights: dict[str, float] | None) -> float:
        profile = self._profiles.get(rule.id, frozenset())
        weights = weights if weights is not None else self.concept_weights(tags)
        # "dikasih kaos nomor urutnya trus sy pake" at a viewing party in a campaign post: the shirt
        # is no other situation than the party's card, it is the support that card forbids.
        shown = tags.own & _DISPLAYED_SUPPORT if rule.verdict == "prohibited" else frozenset()
        return sum(w for c, w in weights.items() if c not in profile and c not in shown)

    def _about_third_party(self, rule: Rule) -> bool:
        """A card about people who are not ASN and are never the asker's own role in our questions
        (village heads and staff): it requires one of those people (a third-party `who`)."""
        if rule.topic != NON_ASN_TOPIC or rule.situation is None:
            return False
        concepts = self.tagger.concepts
        return any(
            group and all(c in concepts and concepts[c].kind == "who" and concepts[c].third_party for c in group)
            for group in rule.situation.requires
        )

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
