"""What survives a restart, and what is never written down: the Application stopped and started again."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fake_telegram import GROUP_ID, FakeTelegram
from telegram_harness import ADMIN, LIKE_ID, OFF_TOPIC, USER, running_bot

import bot.telegram.engine as tg_engine
from bot.search import Index
from bot.store import ABSTAIN, ANSWER, DOWN, FILENAME, UP


def database_bytes(data_dir: Path) -> bytes:
    """Everything SQLite wrote: the database, its write-ahead log and shared memory."""
    return b"".join(p.read_bytes() for p in sorted(data_dir.glob(f"{FILENAME}*")))


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The previous topic and language the channel passes to the engine, per question."""
    calls: list[dict[str, Any]] = []
    real = tg_engine.ask_now

    def record(index: Index, question: str, *, previous: str | None = None, lang: str | None = None) -> Any:
        calls.append({"question": question, "previous": previous, "lang": lang})
        return real(index, question, previous=previous, lang=lang)

    monkeypatch.setattr(tg_engine, "ask_now", record)
    return calls


async def test_a_restart_keeps_context_preferences_and_counters(
    fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path, spy: list[dict[str, Any]]
) -> None:
    async with running_bot(fake_telegram, tg_knowledge, tg_data) as first:
        old_answer = await first.ask_private(LIKE_ID)
        await first.ask_private("Bolehkah ASN hadir di kampanye?")
        (group_answer,) = await first.send(first.fake.group_message(f"/tanya {LIKE_ID}"), GROUP_ID)
        await first.send(first.fake.private_message("/bahasa en", user_id=2002), 2002)
        await first.press(old_answer, "u:like-postingan-calon:id")
        await first.ask_private(OFF_TOPIC, user_id=2003)

    async with running_bot(fake_telegram, tg_knowledge, tg_data) as second:
        # Counters: what happened before the restart.
        (stats,) = await second.send(second.fake.private_message("/stats", user_id=ADMIN), ADMIN)
        assert "Dijawab: 3 / 3" in stats.plain and "Tidak terjawab: 1 / 1" in stats.plain
        assert "👍 1 / 1 · 👎 0 / 0" in stats.plain
        assert "like-postingan-calon: 2/2 · 👍 1/1 · 👎 0/0" in stats.plain
        # The chat's last topic: a short next message is a follow-up of it.
        await second.ask_private("terus sanksinya apa?")
        assert spy[-1]["previous"] == "ikut-kampanye"
        # A reply to an answer sent before the restart uses that answer's rule.
        await second.ask_private("kalau PPPK?", reply_to=old_answer.result)
        assert spy[-1]["previous"] == "like-postingan-calon"
        await second.send(second.fake.group_message("sanksinya?", reply_to=group_answer.result), GROUP_ID)
        assert spy[-1]["previous"] == "like-postingan-calon"
        # The /bahasa choice.
        (help_en,) = await second.send(second.fake.private_message("/help", user_id=2002), 2002)
        assert "How to ask" in help_en.plain
        await second.ask_private(LIKE_ID, user_id=2002)
        assert spy[-1]["lang"] == "en"
        # Votes: a repeated 👍 on the old answer still counts once.
        assert (await second.press(old_answer, "u:like-postingan-calon:id")).params["text"] == "Penilaian Anda sudah tercatat."
        assert second.store.totals()[1][UP] == 1


async def test_the_texts_of_answered_questions_never_reach_the_disk(
    fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path
) -> None:
    answered = "Bolehkah PNS kudalaut me-like postingan calon?"
    unanswered = "resep kudanil goreng kampung"
    async with running_bot(fake_telegram, tg_knowledge, tg_data) as bot:
        answer = await bot.ask_private(answered)
        assert "❌ Dilarang" in answer.plain
        await bot.ask_private(unanswered)
    stored = database_bytes(tg_data)
    assert b"kudalaut" not in stored  # answered: neither kept nor in the conversation state
    assert b"kudanil" in stored  # abstained: kept for /unanswered
    assert str(USER).encode() not in stored.replace(b"1001:", b"")  # no user id next to a text
    db = sqlite3.connect(tg_data / FILENAME)
    (user_hash,) = db.execute("SELECT user FROM questions").fetchone()
    assert len(user_hash) == 24 and str(USER) not in user_hash
    db.close()


async def test_with_keeping_off_no_question_text_is_written_at_all(
    fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path
) -> None:
    async with running_bot(fake_telegram, tg_knowledge, tg_data, KEEP_QUESTIONS="0") as bot:
        await bot.ask_private("resep kudanil goreng kampung")
        answer = await bot.ask_private("Bolehkah PNS kudalaut me-like postingan calon?")
        await bot.press(answer, "n:like-postingan-calon:id")
        recent, total = bot.store.totals()
        assert (total[ABSTAIN], total[ANSWER], total[DOWN]) == (1, 1, 1)  # still counted
    stored = database_bytes(tg_data)
    assert b"kudanil" not in stored and b"kudalaut" not in stored


async def test_old_kept_questions_are_pruned_at_start(fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path) -> None:
    async with running_bot(fake_telegram, tg_knowledge, tg_data) as bot:
        await bot.ask_private("resep kudanil goreng kampung")
        answer = await bot.ask_private(LIKE_ID)
        await bot.press(answer, "n:like-postingan-calon:id")
    db = sqlite3.connect(tg_data / FILENAME)
    db.execute("UPDATE questions SET at = at - 31 * 86400")
    db.execute("UPDATE votes SET at = at - 31 * 86400")
    db.commit()
    db.close()
    async with running_bot(fake_telegram, tg_knowledge, tg_data, LOG_RETENTION_DAYS="30") as bot:
        assert bot.store.kept_questions() == []
        _, total = bot.store.totals()
        assert total[DOWN] == 1 and total[UP] == 0  # the counters are aggregates and stay
        (report,) = await bot.send(bot.fake.private_message("/unanswered", user_id=ADMIN), ADMIN)
        assert "kudanil" not in report.plain and report.plain.startswith("Belum ada")
