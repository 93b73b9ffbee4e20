"""Ranking: the IDF fix over rank-bm25's BM25Okapi, and the postings-based scorer."""

from __future__ import annotations

import gc

import numpy as np
from rank_bm25 import BM25Okapi

import bot.telegram.state as tg_state
from bot.config import DEFAULT_KNOWLEDGE
from bot.search import LuceneBM25

# "netral" is in exactly half of the documents: BM25Okapi gives it an IDF of exactly 0.
CORPUS = [
    ["asn", "netral", "pemilu"],
    ["pns", "netral", "kampanye"],
    ["partai", "politik", "anggota"],
    ["foto", "calon", "pose"],
]


def test_okapi_zeroes_a_term_in_half_the_documents() -> None:
    okapi = BM25Okapi(CORPUS)
    assert okapi.idf["netral"] == 0.0
    assert okapi.get_scores(["netral"]).tolist() == [0.0, 0.0, 0.0, 0.0]


def test_lucene_idf_is_positive_and_ranks_the_matching_documents() -> None:
    bm25 = LuceneBM25(CORPUS)
    assert bm25.idf["netral"] > 0
    scores = bm25.get_scores(["netral"])
    assert scores[0] > 0 and scores[1] > 0
    assert scores[2] == 0 and scores[3] == 0


def test_lucene_idf_is_monotone_in_document_frequency() -> None:
    corpus = [["a", "b", "c"], ["a", "b"], ["a"], ["d"]]
    idf = LuceneBM25(corpus).idf
    assert idf["c"] > idf["b"] > idf["a"] > 0


def test_okapi_floors_common_terms_differently_from_lucene() -> None:
    # A term in 3 of 4 documents has negative Okapi IDF, replaced by epsilon * mean IDF, which
    # can rank a common term above a rarer one. Lucene keeps rarer terms strictly stronger.
    corpus = [["x", "y"], ["x", "z"], ["x"], ["w"]]
    okapi, lucene = BM25Okapi(corpus), LuceneBM25(corpus)
    assert okapi.idf["x"] > 0 and lucene.idf["x"] < lucene.idf["y"]


def test_postings_scores_equal_the_reference_formula() -> None:
    rng = np.random.default_rng(7)
    vocab = [f"t{i}" for i in range(40)]
    corpus = [list(rng.choice(vocab, size=rng.integers(1, 15))) for _ in range(200)]
    bm25 = LuceneBM25(corpus)
    query = ["t1", "t2", "t2", "t39", "unknown"]
    # BM25Okapi.get_scores is rank-bm25's own (slow) loop; with our IDF it is the reference.
    expected = BM25Okapi.get_scores(bm25, query)
    assert np.allclose(bm25.get_scores(query), expected)


def test_weighted_query_scales_term_contributions() -> None:
    bm25 = LuceneBM25(CORPUS)
    full = bm25.weighted_scores({"pose": 1.0})
    half = bm25.weighted_scores({"pose": 0.5})
    assert np.allclose(half, full / 2)


def test_the_index_the_bot_serves_from_is_kept_out_of_the_collectors_view() -> None:
    # A full collection over the index's objects cost ~100 ms inside an answer (docs/benchmarks.md).
    gc.unfreeze()
    try:
        tg_state.load_index(DEFAULT_KNOWLEDGE)
        assert gc.get_freeze_count() > 50_000  # the index's containers (about 90,000)
    finally:
        gc.unfreeze()
