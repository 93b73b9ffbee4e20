"""The SQLite store: counters, votes, kept questions, retention, conversation state, salt."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import ABSTAIN, ANSWER, CLARIFY, DAY, DOWN, FILENAME, SALT_FILENAME, UP, Store, StoreError


class Clock:
    """A settable clock, starting at 2026-11-30 12:00 UTC."""

    def __init__(self) -> None:
        self.now = 1_796_040_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[Store]:
    s = Store.open(tmp_path, clock=clock)
    yield s
    s.close()


def test_counters_split_last_seven_days_from_total(store: Store, clock: Clock) -> None:
    store.count(ANSWER, "like")
    store.count(ABSTAIN)
    clock.now -= 6 * DAY  # still inside "last 7 days" (today and the six days before)
    store.count(ANSWER, "like")
    clock.now -= DAY
    store.count(ANSWER, "foto")
    store.count(CLARIFY)
    clock.now += 7 * DAY
    recent, total = store.totals()
    assert (recent[ANSWER], total[ANSWER]) == (2, 3)
    assert (recent[ABSTAIN], total[ABSTAIN]) == (1, 1)
    assert (recent[CLARIFY], total[CLARIFY]) == (0, 1)
    rules = store.rule_totals()
    assert [(t.rule_id, t.recent[ANSWER], t.total[ANSWER]) for t in rules] == [("like", 2, 2), ("foto", 0, 1)]


def test_a_vote_counts_once_per_user_and_answer_and_can_change(store: Store) -> None:
    assert store.vote("chat1:msg7", 1001, "like", "prohibited", up=True)
    assert not store.vote("chat1:msg7", 1001, "like", "prohibited", up=True)  # same vote again
    assert store.vote("chat1:msg7", 1002, "like", "prohibited", up=True)  # another user
    assert store.vote("chat1:msg7", 1001, "like", "prohibited", up=False)  # changed mind
    (tally,) = store.rule_totals()
    assert (tally.total[UP], tally.total[DOWN]) == (1, 1)
    recent, total = store.totals()
    assert (total[UP], total[DOWN], recent[DOWN]) == (1, 1, 1)
    row = store._db.execute("SELECT rule_id, verdict, up FROM votes WHERE up = 0").fetchone()
    assert row == ("like", "prohibited", 0)


def test_kept_questions_store_a_salted_hash_never_the_user_id(store: Store, tmp_path: Path) -> None:
    assert store.keep_question("  apa itu   CLTN? ", ABSTAIN, "id", 987654321)
    assert store.keep_question("kalau PPPK?", CLARIFY, "id", 987654321, rule_id="x")
    assert not store.keep_question("sudah dijawab", ANSWER, "id", 987654321)  # answered: never kept
    assert not store.keep_question("   ", ABSTAIN, "id", 1)
    kept = store.kept_questions()
    assert [(k.text, k.reason, k.rule_id) for k in kept] == [("kalau PPPK?", CLARIFY, "x"), ("apa itu CLTN?", ABSTAIN, "")]
    assert kept[0].user == kept[1].user and len(kept[0].user) == 24
    raw = (tmp_path / FILENAME).read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob(f"{FILENAME}-*"))
    assert b"987654321" not in raw
    # The hash depends on the salt: the same id hashes differently in another data folder.
    other = Store.open(tmp_path / "other")
    other.keep_question("q", ABSTAIN, "id", 987654321)
    assert other.kept_questions()[0].user != kept[0].user
    other.close()


def test_keeping_questions_can_be_switched_off(tmp_path: Path) -> None:
    store = Store.open(tmp_path, keep_questions=False)
    assert not store.keep_question("apa itu CLTN?", ABSTAIN, "id", 1)
    assert store.kept_questions() == []
    store.close()


def test_retention_prunes_old_texts_and_votes_but_not_counters(tmp_path: Path, clock: Clock) -> None:
    store = Store.open(tmp_path, clock=clock, retention_days=30)
    store.keep_question("lama", ABSTAIN, "id", 1)
    store.vote("a", 1, "like", "prohibited", up=False)
    store.save_state("chat", 5, {"topic": "like"})
    clock.now += 31 * DAY
    store.keep_question("baru", ABSTAIN, "id", 1)  # a write prunes (at most hourly)
    assert [k.text for k in store.kept_questions()] == ["baru"]
    assert store._db.execute("SELECT COUNT(*) FROM votes").fetchone() == (0,)
    assert store.load_state("chat") == {}
    _, total = store.totals()
    assert total[DOWN] == 1 and total[ABSTAIN] == 0  # counters are aggregates, kept for good
    store.close()
    # Pruning also happens at start.
    store = Store.open(tmp_path, clock=clock, retention_days=30)
    clock.now += 31 * DAY
    store.close()
    store = Store.open(tmp_path, clock=clock, retention_days=30)
    assert store.kept_questions() == []
    store.close()


def test_state_round_trip_survives_reopening(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.save_state("chat", -100123, {"topic": ["like", 1.5], "answers": {"17": "like"}})
    store.save_state("user", 1001, {"lang": "en"})
    store.save_state("user", 1002, {"lang": "id"})
    store.save_state("user", 1002, {})  # emptied: deleted
    store.save_state("user", 1003, {"bad": object()})  # not JSON: logged, not fatal
    store.close()
    store = Store.open(tmp_path)
    assert store.load_state("chat") == {-100123: {"topic": ["like", 1.5], "answers": {"17": "like"}}}
    assert store.load_state("user") == {1001: {"lang": "en"}}
    store.close()


def test_salt_is_created_once_private_and_reused(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    salt = (tmp_path / SALT_FILENAME).read_bytes()
    assert len(salt.strip()) == 64
    assert stat.S_IMODE((tmp_path / SALT_FILENAME).stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / FILENAME).stat().st_mode) == 0o600
    Store.open(tmp_path).close()
    assert (tmp_path / SALT_FILENAME).read_bytes() == salt
    (tmp_path / SALT_FILENAME).write_bytes(b"short")
    with pytest.raises(StoreError, match="too short to be a salt"):
        Store.open(tmp_path)


def test_a_corrupt_database_is_moved_aside_and_replaced(tmp_path: Path) -> None:
    (tmp_path / FILENAME).write_bytes(b"this is not a database" * 100)
    store = Store.open(tmp_path)
    store.count(ANSWER, "like")
    assert store.totals()[1][ANSWER] == 1
    store.close()
    assert len(list(tmp_path.glob(f"{FILENAME}.corrupt-*"))) == 1


def test_database_uses_wal(store: Store, tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / FILENAME)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    db.close()


def test_unusable_data_dir_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="DATA_DIR: cannot use"):
        Store.open(blocker)


def test_a_counter_write_prunes_too_so_a_bot_in_use_prunes_hourly(tmp_path: Path, clock: Clock) -> None:
    store = Store.open(tmp_path, clock=clock, retention_days=1)
    store.keep_question("lama", ABSTAIN, "id", 1)
    clock.now += 2 * DAY
    store.count(ANSWER, "like")  # no question kept, no vote: the answer's counter still prunes
    assert store.kept_questions() == []
    store.close()
