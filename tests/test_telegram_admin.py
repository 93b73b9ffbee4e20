"""Admin commands end to end: /reload (problems, refusals, timeout), /stats, /unanswered."""

from __future__ import annotations

import asyncio
import os
import re
import threading
import time
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from fake_telegram import EXTRA_RULE, GROUP_ID, FakeTelegram, parse_telegram_html
from telegram_harness import ADMIN, CAMPAIGN_ID, LIKE_ID, OFF_TOPIC, OTHER_USER, USER, Harness, assert_valid_html, running_bot

import bot.telegram.state as tg_state
from bot.knowledge import KnowledgeError, load_knowledge
from bot.messages import text
from bot.store import ABSTAIN, CLARIFY, DOWN, KeptQuestion
from bot.telegram.admin import PROBLEMS_SHOWN, group_similar, jaccard, shrink_reason, words


async def test_non_admins_and_anonymous_admins_are_refused(bot: Harness) -> None:
    index = bot.runtime.index
    (bot.knowledge / "rules" / "partai.yaml").write_text(EXTRA_RULE, encoding="utf-8")
    (refusal,) = await bot.send(bot.fake.private_message("/reload"), USER)
    assert refusal.plain == text("id", "tg_refusal")
    (refusal,) = await bot.send(bot.fake.group_message("/stats", language_code="en"), GROUP_ID)
    assert refusal.plain == text("en", "tg_refusal")
    # Break-in #12: an anonymous group admin writes "from" GroupAnonymousBot; never a bot admin.
    (refusal,) = await bot.send(bot.fake.anonymous_admin_message("/unanswered"), GROUP_ID)
    assert refusal.plain == text("id", "tg_refusal")
    assert bot.runtime.index is index and bot.runtime.counters.reloads == 0


async def test_reload_with_many_broken_files_shows_the_first_twenty_problems_and_keeps_serving(bot: Harness) -> None:
    """Break-in #16: the problem list is capped (first 20, a count, and where to see them all)."""
    index = bot.runtime.index
    rules = bot.knowledge / "rules"
    (rules / "rusak.yaml").write_text("- id: rusak\n  questions: [tidak ditutup\n", encoding="utf-8")
    many = "".join(
        f"- id: kartu-{n}\n  topic: umum\n  title: {{id: 'Judul {n}?', en: 'Title {n}?'}}\n"
        f"  questions: {{id: [a, b, c, d], en: [e, f]}}\n  verdict: allowed\n"
        f"  answer: {{id: Ya <b>, en: 'Yes'}}\n  basis: [tidak-ada-{n}]\n  valid_as_of: 2026-11-24\n"
        for n in range(90)
    )
    (rules / "banyak.yaml").write_text(many, encoding="utf-8")
    with pytest.raises(KnowledgeError) as broken:
        load_knowledge(bot.knowledge)
    problems = broken.value.problems
    assert len(problems) > PROBLEMS_SHOWN + 1

    (report,) = await bot.send(bot.fake.private_message("/reload", user_id=ADMIN), ADMIN)
    assert report.plain.startswith(f"❌ Gagal memuat ulang: {len(problems)} masalah.")
    shown = report.plain.splitlines()
    assert shown[1 : PROBLEMS_SHOWN + 1] == problems[:PROBLEMS_SHOWN]
    assert shown[-1] == f"… dan {len(problems) - PROBLEMS_SHOWN} masalah lagi; jalankan python -m bot check untuk daftar lengkap."
    assert_valid_html(report)
    assert bot.runtime.index is index
    answer = await bot.ask_private(LIKE_ID)
    assert "❌ Dilarang" in answer.plain


async def test_reload_after_adding_a_rule_answers_with_the_new_rule(bot: Harness) -> None:
    question = "Bolehkah PNS menjadi anggota partai politik?"
    before = await bot.ask_private(question)
    assert "Tidak boleh menjadi anggota" not in before.plain
    (bot.knowledge / "rules" / "partai.yaml").write_text(EXTRA_RULE, encoding="utf-8")
    (done,) = await bot.send(bot.fake.private_message("/reload", user_id=ADMIN, language_code="en"), ADMIN)
    assert done.plain.startswith("✅ Knowledge reloaded") and "3 rules" in done.plain
    after = await bot.ask_private(question)
    assert "Tidak boleh menjadi anggota atau pengurus partai politik." in after.plain
    assert bot.runtime.counters.reloads == 1


@pytest.mark.parametrize(
    ("change", "reason"),
    [("no-rules", "rules akan menjadi 0 (folder tidak lengkap?)"), ("lose-rules", "jumlah kartu turun dari 3 menjadi 2")],
)
async def test_reload_that_would_drop_a_whole_kind_is_refused_unless_forced(
    fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path, change: str, reason: str
) -> None:
    """Break-in #14: a half-synced folder must not silently remove every verdict."""
    (tg_knowledge / "rules" / "partai.yaml").write_text(EXTRA_RULE, encoding="utf-8")
    async with running_bot(fake_telegram, tg_knowledge, tg_data) as bot:
        index = bot.runtime.index
        if change == "no-rules":
            for path in (tg_knowledge / "rules").glob("*.yaml"):
                path.unlink()  # the folder is there but empty, as in the middle of a sync
        else:
            (tg_knowledge / "rules" / "partai.yaml").unlink()
        (refused,) = await bot.send(bot.fake.private_message("/reload", user_id=ADMIN), ADMIN)
        assert refused.plain == parse_telegram_html(text("id", "tg_reload_refused").format(reason=reason))
        assert bot.runtime.index is index
        answer = await bot.ask_private(LIKE_ID)
        assert "❌ Dilarang" in answer.plain
        (forced,) = await bot.send(bot.fake.private_message("/reload force", user_id=ADMIN), ADMIN)
        assert forced.plain.startswith("✅")
        assert bot.runtime.index is not index


def test_shrink_reason_guards_rules_and_provisions_but_not_ordinary_edits() -> None:
    def index(**counts: int) -> Any:
        return SimpleNamespace(knowledge=SimpleNamespace(counts={"rules": 50, "provisions": 100, **counts}))

    assert shrink_reason(index(), index(provisions=0), "en") == "provisions would drop to 0 (an incomplete folder?)"
    assert shrink_reason(index(), index(rules=0), "id") == "rules akan menjadi 0 (folder tidak lengkap?)"
    assert shrink_reason(index(), index(rules=39), "en") == "the number of rule cards would drop from 50 to 39"
    assert shrink_reason(index(), index(rules=40), "en") is None  # a fifth fewer is still an edit
    assert shrink_reason(index(), index(rules=70, provisions=1), "en") is None
    assert shrink_reason(index(rules=0), index(rules=0), "en") is None  # nothing to lose


async def test_reload_that_hangs_times_out_in_a_daemon_thread_and_the_bot_keeps_serving(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Break-in #4: a read that never returns must not hang /reload, later reloads, or shutdown."""
    release = threading.Event()
    real_load = tg_state.load_index

    def hung_load(path: Path) -> Any:
        release.wait(30)
        return real_load(path)

    monkeypatch.setattr(tg_state, "load_index", hung_load)
    config = bot.runtime.config
    bot.runtime.config = replace(config, reload_timeout_seconds=0.5)
    (timeout,) = await bot.send(bot.fake.private_message("/reload", user_id=ADMIN), ADMIN)
    assert timeout.plain == text("id", "tg_reload_timeout").format(seconds="0")
    thread = bot.runtime.reload_thread
    assert thread is not None and thread.daemon and thread.is_alive()
    (running,) = await bot.send(bot.fake.private_message("/reload", user_id=ADMIN), ADMIN)
    assert running.plain == text("id", "tg_reload_running")
    answer = await bot.ask_private(LIKE_ID)  # users are served all along
    assert "❌ Dilarang" in answer.plain
    release.set()
    thread.join(5)
    monkeypatch.setattr(tg_state, "load_index", real_load)
    # a real load takes seconds on a busy machine: the half-second limit was only for the hung one
    bot.runtime.config = config
    (done,) = await bot.send(bot.fake.private_message("/reload", user_id=ADMIN), ADMIN)
    assert done.plain.startswith("✅")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
async def test_reload_with_a_fifo_in_the_folder_answers_the_admin(bot: Harness) -> None:
    """Break-in #4 as reported: a FIFO named like a knowledge file (opening it blocks for good)."""
    os.mkfifo(bot.knowledge / "rules" / "fifo.yaml")
    bot.runtime.config = replace(bot.runtime.config, reload_timeout_seconds=2)
    started = time.monotonic()
    (reply,) = await bot.send(bot.fake.private_message("/reload", user_id=ADMIN), ADMIN, timeout=20)
    assert reply.plain.startswith(("✅", "❌", "⏱️"))
    assert time.monotonic() - started < 10
    answer = await bot.ask_private(LIKE_ID)
    assert "❌ Dilarang" in answer.plain
    # The test ends with the fake and the bot stopping normally, even if a thread still waits on the FIFO.


async def test_an_unexpected_loader_error_gives_the_admin_its_reason(bot: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    """Break-in #2: a loader crash used to reach the admin as the generic apology."""

    def crash(path: Path) -> Any:
        raise ValueError("day is out of range for month")

    monkeypatch.setattr(tg_state, "load_index", crash)
    (reply,) = await bot.send(bot.fake.private_message("/reload", user_id=ADMIN), ADMIN)
    assert reply.plain.startswith("❌")
    assert "ValueError: day is out of range for month" in reply.plain


async def test_questions_are_answered_during_a_slow_reload_and_reloads_are_serialised(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    entered = threading.Event()
    active, peak = [0], [0]
    lock = threading.Lock()
    real_load = tg_state.load_index

    def slow_load(path: Path) -> Any:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        entered.set()
        try:
            assert release.wait(10), "test never released the reload"
            return real_load(path)
        finally:
            with lock:
                active[0] -= 1

    monkeypatch.setattr(tg_state, "load_index", slow_load)
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.private_message("/reload", user_id=ADMIN), bot.fake.private_message("/reload", user_id=ADMIN))
    assert await asyncio.to_thread(entered.wait, 10)
    answer = await bot.ask_private(LIKE_ID)  # served while the reload is still loading
    assert "❌ Dilarang" in answer.plain and bot.fake.sent_to(ADMIN, since=mark) == []
    release.set()
    replies = await bot.fake.wait_for("sendMessage", lambda c: c.params["chat_id"] == ADMIN, since=mark, count=2)
    assert all(r.plain.startswith("✅") for r in replies)
    assert peak[0] == 1 and bot.runtime.counters.reloads == 2


async def test_stats_shows_answers_abstentions_and_votes_per_rule(bot: Harness) -> None:
    like = await bot.ask_private(LIKE_ID)
    await bot.ask_private(LIKE_ID, user_id=OTHER_USER)
    await bot.ask_private(CAMPAIGN_ID)
    await bot.ask_private(OFF_TOPIC)
    await bot.press(like, "u:like-postingan-calon:id")
    await bot.press(like, "n:like-postingan-calon:id", user_id=OTHER_USER)
    (stats,) = await bot.send(bot.fake.private_message("/stats", user_id=ADMIN, language_code="en"), ADMIN)
    lines = stats.plain.splitlines()
    assert "Answered: 3 / 3" in lines and "Not answered: 1 / 1" in lines and "Clarifications: 0 / 0" in lines
    assert "👍 1 / 1 · 👎 1 / 1" in lines
    assert "like-postingan-calon: 2/2 · 👍 1/1 · 👎 1/1" in lines
    assert "ikut-kampanye: 1/1 · 👍 0/0 · 👎 0/0" in lines
    assert any(line.startswith("Knowledge: 3 provisions") for line in lines)
    assert re.search(r"Last reload: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(\d+\.\d\d s\)", stats.plain)
    assert re.search(r"uptime \d+:\d\d:\d\d", stats.plain)
    assert_valid_html(stats)


async def test_unanswered_groups_kept_questions_by_similarity(bot: Harness) -> None:
    for question, user in (
        ("apa itu CLTN?", 2001),
        ("Apa itu CLTN", 2002),
        ("apa itu cltn untuk pppk?", 2003),
        (OFF_TOPIC, 2004),
    ):
        await bot.ask_private(question, user_id=user)
    like = await bot.ask_private(LIKE_ID)
    await bot.press(like, "n:like-postingan-calon:id")
    (report,) = await bot.send(bot.fake.private_message("/unanswered", user_id=ADMIN), ADMIN)
    lines = report.plain.splitlines()
    assert lines[1].startswith("5 pertanyaan tersimpan (90 hari terakhir)")
    groups = [line for line in lines[3:] if line]
    assert groups[0] == "3× ❔3 apa itu cltn untuk pppk?"  # the newest wording stands for the group
    assert any(g.startswith("1× 👎1 ") and g.endswith("→ like-postingan-calon") for g in groups)
    assert sum(int(g.split("×")[0]) for g in groups) == 5
    assert_valid_html(report)


async def test_unanswered_when_keeping_is_off_says_so(fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path) -> None:
    async with running_bot(fake_telegram, tg_knowledge, tg_data, KEEP_QUESTIONS="0") as bot:
        await bot.ask_private(OFF_TOPIC)
        assert bot.store.kept_questions() == []
        (report,) = await bot.send(bot.fake.private_message("/unanswered", user_id=ADMIN), ADMIN)
        assert report.plain == text("id", "tg_unanswered_off")


def test_group_similar_is_greedy_newest_first_and_biggest_first() -> None:
    def kept(n: int, question: str, reason: str = ABSTAIN) -> KeptQuestion:
        return KeptQuestion(n, 1000.0 - n, reason, "id", question, "u", "")

    groups = group_similar(
        [
            kept(1, "bolehkah pppk jadi saksi partai di tps?", CLARIFY),
            kept(2, "apa itu CLTN?"),
            kept(3, "pppk jadi saksi partai di tps boleh?"),
            kept(4, "apa itu cltn"),
            kept(5, "apa itu CLTN pak", DOWN),
        ]
    )
    assert [[q.id for q in g.questions] for g in groups] == [[2, 4, 5], [1, 3]]
    assert dict(groups[0].reasons) == {ABSTAIN: 2, DOWN: 1}
    assert words("Apa itu CLTN, pak?") == {"apa", "itu", "cltn", "pak"}
    assert jaccard(frozenset(), frozenset()) == 1.0
