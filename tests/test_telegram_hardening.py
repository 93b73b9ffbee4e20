"""Regression tests for the channel's findings of the November 2026 break-in report (numbers are its items).

Each runs the real Application against the fake Bot API, with fault injection where needed. The
knowledge-loader findings (#2-#6, #13, #17-#19) and the CLI ones (#22, #23) belong to the engine.
"""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fake_telegram import GROUP_ID, FakeTelegram
from telegram_harness import (
    ADMIN,
    CAMPAIGN_ID,
    LIKE_ID,
    OTHER_USER,
    USER,
    Harness,
    assert_valid_html,
    running_bot,
    webhook_bot,
)

import bot.telegram.engine as tg_engine
from bot.messages import text
from bot.telegram.send import Outbox

ROOT = Path(__file__).resolve().parent.parent
SECOND_GROUP = -1009876543210


def poll_without_new_fields(fake: FakeTelegram, secret_text: str) -> dict[str, Any]:
    """A poll as a Bot API server older than 9.6 sends it: python-telegram-bot 22.8 cannot parse it."""
    update = fake.private_message("x")
    del update["message"]["text"]
    update["message"]["poll"] = {
        "id": "p1",
        "question": secret_text,
        "options": [{"text": "ya", "voter_count": 0}],
        "total_voter_count": 0,
        "is_closed": False,
        "is_anonymous": True,
        "type": "regular",
        "allows_multiple_answers": False,
    }
    return update


# --------------------------------------------------------------------------- #1 unparseable updates


async def test_1_an_unparseable_update_is_skipped_logged_once_without_its_text(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        (bad_id,) = bot.fake.enqueue(poll_without_new_fields(bot.fake, "rahasia pemilih"))
        answer = await bot.ask_private(LIKE_ID)  # queued behind the bad update
        assert "❌ Dilarang" in answer.plain
        polls = bot.fake.get_updates_calls
        await asyncio.sleep(0.5)
        # Long polling, not a tight loop re-reading the same batch (it made ~100 calls in 0.5 s).
        assert bot.fake.get_updates_calls - polls <= 5
    assert bot.fake.pending() == 0  # the offset moved past the bad update
    skipped = [r for r in caplog.records if "cannot be parsed" in r.getMessage()]
    assert len(skipped) == 1 and f"update={bad_id}" in skipped[0].getMessage()
    assert "rahasia" not in caplog.text


async def test_1_in_webhook_mode_an_unparseable_update_is_logged_without_its_text(
    fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "s3cret"
    async with webhook_bot(fake_telegram, tg_knowledge, tg_data, secret) as (_, url):
        bad = {**fake_telegram.new_update(), **poll_without_new_fields(fake_telegram, "rahasia pemilih")}
        good = {**fake_telegram.new_update(), **fake_telegram.private_message(LIKE_ID)}
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
        with caplog.at_level(logging.DEBUG, logger="telegram.ext.Updater"):
            async with httpx.AsyncClient() as client:
                refused = await client.post(url, json=bad, headers=headers)
                accepted = await client.post(url, json=good, headers=headers)
            assert (refused.status_code, accepted.status_code) == (400, 200)
            await fake_telegram.wait_for("sendMessage", lambda c: c.params["chat_id"] == USER)
        critical = [r.getMessage() for r in caplog.records if r.levelno == logging.CRITICAL]
        assert critical == ["received an update that cannot be parsed (TypeError); its content is not logged"]
        assert "rahasia" not in "\n".join(r.getMessage() for r in caplog.records if r.levelno > logging.DEBUG)


# --------------------------------------------------------------------------- #8 a busy group


async def test_8_a_group_at_its_limit_does_not_delay_private_chats(
    fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path
) -> None:
    """Sends to the group wait (here: 0.5 s each in the fake); the handler slots stay free."""
    async with running_bot(
        fake_telegram, tg_knowledge, tg_data, rate_limit=True, CONCURRENT_UPDATES="2", GROUP_QUEUE="3"
    ) as bot:
        fake_telegram.slow_chat(GROUP_ID, 0.5)
        mark = fake_telegram.mark()
        fake_telegram.enqueue(*(fake_telegram.group_message(f"/tanya {LIKE_ID}", user_id=3000 + n) for n in range(8)))
        private = await bot.ask_private(LIKE_ID)
        group = fake_telegram.sent_to(GROUP_ID, since=mark)
        assert len(group) < 3, "the private answer waited for the group's backlog"
        # Every group question is either answered (at most three waiting at a time) or turned
        # away, with one "busy" note for the whole busy spell.
        for _ in range(300):
            group = fake_telegram.sent_to(GROUP_ID, since=mark)
            answered = [c for c in group if "❌ Dilarang" in c.plain]
            if len(answered) + bot.runtime.counters.busy == 8:
                break
            await asyncio.sleep(0.05)
        assert len(answered) + bot.runtime.counters.busy == 8 and bot.runtime.counters.busy >= 4
        busy = text("id", "tg_busy_group").split(" 🙏")[0]
        await fake_telegram.wait_for("sendMessage", lambda c: c.plain.startswith(busy), since=mark)
        await asyncio.sleep(0.6)  # anything still queued for the group would go out by now
        notes = [c for c in fake_telegram.sent_to(GROUP_ID, since=mark) if c.plain.startswith(busy)]
        assert len(notes) == 1 and f"@{bot.app.bot.username}" in notes[0].plain
        assert "❌ Dilarang" in private.plain


async def test_8_shutdown_drops_a_stuck_group_queue_after_the_grace_period() -> None:
    outbox = Outbox(limit=5)
    done: list[int] = []
    hang = asyncio.Event()

    async def quick() -> None:
        done.append(1)

    async def stuck() -> None:
        await hang.wait()

    assert outbox.submit(GROUP_ID, quick) and outbox.submit(GROUP_ID, stuck) and outbox.submit(GROUP_ID, quick)
    started = time.monotonic()
    dropped = await outbox.close(grace=0.2)
    assert dropped == 2 and done == [1]
    assert time.monotonic() - started < 2
    assert not outbox.submit(GROUP_ID, quick)  # closed


# --------------------------------------------------------------------------- #9 the token in logs


def run_bot_until_exit(env: dict[str, str], cwd: Path) -> tuple[int, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "run"], cwd=cwd, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    return proc.returncode, proc.stdout + proc.stderr


def test_9_a_rejected_token_is_never_logged_at_any_level(fake_telegram: FakeTelegram, tg_knowledge: Path, tmp_path: Path) -> None:
    secret = "WRONGsecretVALUE_123"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_", "ADMIN_", "KNOWLEDGE_", "DATA_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        TELEGRAM_BOT_TOKEN=f"123456:{secret}",  # the fake answers 401 to any other token
        TELEGRAM_BASE_URL=fake_telegram.base_url,
        KNOWLEDGE_DIR=str(tg_knowledge),
        DATA_DIR=str(tmp_path / "data"),
        LOG_LEVEL="DEBUG",
    )
    code, output = run_bot_until_exit(env, tmp_path)
    assert code == 1
    assert "Telegram rejected TELEGRAM_BOT_TOKEN" in output
    assert "Set Bot API URL" in output and "/bot123456:***" in output  # the DEBUG line, redacted
    assert secret not in output


# --------------------------------------------------------------------------- #10 flood protection


async def test_10_commands_stickers_and_refusals_share_one_budget(
    fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path
) -> None:
    async with running_bot(fake_telegram, tg_knowledge, tg_data, FLOOD_MAX_QUESTIONS="3", FLOOD_WINDOW_SECONDS="3600") as bot:
        sticker = fake_telegram.private_message("x")
        del sticker["message"]["text"]
        sticker["message"]["sticker"] = {"file_id": "s", "file_unique_id": "us", "type": "regular", "width": 1, "height": 1, "is_animated": False, "is_video": False}
        mark = fake_telegram.mark()
        updates = [fake_telegram.private_message(t) for t in ("/help", "/stats", "/tanya", "/help", "/start")]
        fake_telegram.enqueue(*updates, sticker, fake_telegram.private_message(LIKE_ID))
        await fake_telegram.wait_for("sendMessage", lambda c: c.params["chat_id"] == USER, since=mark, count=4)
        await bot.quiet()
        replies = [c.plain for c in fake_telegram.sent_to(USER, since=mark)]
        assert len(replies) == 4  # three within the budget, one warning, then silence
        assert replies.count(text("id", "tg_flood")) == 1
        assert bot.runtime.counters.flooded == 4


async def test_10_buttons_and_inline_queries_are_limited_too(
    fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path
) -> None:
    async with running_bot(fake_telegram, tg_knowledge, tg_data, FLOOD_MAX_QUESTIONS="2", FLOOD_WINDOW_SECONDS="3600") as bot:
        answer = await bot.ask_private(LIKE_ID)
        mark = fake_telegram.mark()
        fake_telegram.enqueue(*(fake_telegram.callback_query(answer.result, "l::id") for _ in range(8)))
        presses = await fake_telegram.wait_for("answerCallbackQuery", since=mark, count=8)
        await bot.quiet()
        assert len(fake_telegram.sent_to(USER, since=mark)) == 4  # buttons get twice the budget
        assert [c.params.get("text") for c in presses].count(text("id", "tg_flood")) == 1  # every press answered once

        mark = fake_telegram.mark()
        fake_telegram.enqueue(*(fake_telegram.inline_query(f"like calon {n}", user_id=OTHER_USER) for n in range(10)))
        await bot.quiet()
        await fake_telegram.wait_for("answerInlineQuery", since=mark, count=6)
        await bot.quiet()
        assert len(fake_telegram.calls_of("answerInlineQuery", since=mark)) == 6  # three times the budget


async def test_10_anonymous_admins_and_senders_without_from_are_counted_per_chat(
    fake_telegram: FakeTelegram, tg_knowledge: Path, tg_data: Path
) -> None:
    async with running_bot(fake_telegram, tg_knowledge, tg_data, FLOOD_MAX_QUESTIONS="2", FLOOD_WINDOW_SECONDS="3600") as bot:
        mark = fake_telegram.mark()
        fake_telegram.enqueue(*(fake_telegram.anonymous_admin_message(f"/tanya {LIKE_ID}") for _ in range(5)))
        await fake_telegram.wait_for("sendMessage", lambda c: c.params["chat_id"] == GROUP_ID, since=mark, count=3)
        # Another group's anonymous admin is not silenced by the first group's.
        (other,) = await bot.send(fake_telegram.anonymous_admin_message(f"/tanya {LIKE_ID}", chat_id=SECOND_GROUP), SECOND_GROUP)
        assert "❌ Dilarang" in other.plain
        await bot.quiet()
        assert len(fake_telegram.sent_to(GROUP_ID, since=mark)) == 3  # two answers and one warning

        # A message with no sender at all no longer bypasses the guard.
        no_from = []
        for _ in range(4):
            update = fake_telegram.group_message(f"/tanya {LIKE_ID}", chat_id=SECOND_GROUP - 1)
            del update["message"]["from"]
            no_from.append(update)
        mark = fake_telegram.mark()
        fake_telegram.enqueue(*no_from)
        await fake_telegram.wait_for("sendMessage", lambda c: c.params["chat_id"] == SECOND_GROUP - 1, since=mark, count=3)
        await bot.quiet()
        assert len(fake_telegram.sent_to(SECOND_GROUP - 1, since=mark)) == 3


# --------------------------------------------------------------------------- #15 lost answers


async def test_15_a_5xx_or_a_proxy_error_page_is_retried_once_and_the_answer_arrives(bot: Harness) -> None:
    bot.allow_failed_calls = True
    bot.fake.fail("sendMessage", 500, "Internal Server Error")
    answer = await bot.ask_private(LIKE_ID)
    assert "❌ Dilarang" in answer.plain
    bot.fake.fail("sendMessage", 502, raw=b"<html><body>502 Bad Gateway</body></html>")
    answer = await bot.ask_private(LIKE_ID)
    assert "❌ Dilarang" in answer.plain
    sent = [c for c in bot.fake.sent_to(USER) if c.ok]
    assert len(sent) == 2 and not any(text("id", "tg_error") in c.plain for c in sent)


async def test_15_cant_parse_entities_falls_back_to_plain_text(bot: Harness) -> None:
    bot.allow_failed_calls = True
    bot.fake.fail("sendMessage", 400, "Bad Request: can't parse entities: unsupported start tag \"x\" at byte offset 3")
    answer = await bot.ask_private(LIKE_ID)
    assert "parse_mode" not in answer.params
    assert answer.text.startswith("❌ Dilarang")  # the same words, without the markup
    assert answer.params["reply_markup"]  # still with its buttons


async def test_15_a_blocked_user_is_not_retried_and_gets_no_apology(bot: Harness, caplog: pytest.LogCaptureFixture) -> None:
    bot.allow_failed_calls = True
    bot.fake.fail("sendMessage", 403, "Forbidden: bot was blocked by the user")
    mark = bot.fake.mark()
    with caplog.at_level(logging.INFO):
        bot.fake.enqueue(bot.fake.private_message(LIKE_ID))
        await bot.fake.wait_for_one("sendMessage", lambda c: c.params["chat_id"] == USER, since=mark)
        await bot.quiet()
        await bot.quiet()
    assert len([c for c in bot.fake.calls_of("sendMessage", since=mark) if c.params["chat_id"] == USER]) == 1
    assert "bot was blocked by the user" in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert bot.runtime.counters.errors == 0


async def test_15_after_a_group_migrates_the_answer_goes_to_the_supergroup(bot: Harness) -> None:
    bot.allow_failed_calls = True
    old_group, new_group = -4242, -1004242
    update = bot.fake.group_message(f"/tanya {LIKE_ID}", chat_id=old_group)
    update["message"]["chat"]["type"] = "group"
    bot.fake.fail("sendMessage", 400, "Bad Request: group chat was upgraded to a supergroup chat", parameters={"migrate_to_chat_id": new_group})
    (answer,) = await bot.send(update, new_group)
    assert "❌ Dilarang" in answer.plain
    assert "reply_parameters" not in answer.params  # the question's message id belongs to the old chat
    for _ in range(100):
        if new_group in bot.app.chat_data and bot.app.chat_data[new_group].get("answers"):
            break
        await asyncio.sleep(0.01)
    assert bot.app.chat_data[new_group]["topic"][0] == "like-postingan-calon"  # the chat's state moved along


async def test_15_a_429_is_waited_out_once(bot: Harness) -> None:
    bot.allow_failed_calls = True
    bot.fake.fail("sendMessage", 429, "Too Many Requests: retry after 1", parameters={"retry_after": 1})
    answer = await bot.ask_private(LIKE_ID)
    assert "❌ Dilarang" in answer.plain


async def test_15_a_hung_send_is_retried_and_no_apology_follows_it(bot: Harness) -> None:
    """sendMessage answering after python-telegram-bot's 5 s read timeout (the first try may arrive too)."""
    bot.allow_failed_calls = True
    bot.fake.delay("sendMessage", 6.0)
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.private_message(LIKE_ID))
    await bot.fake.wait_for("sendMessage", lambda c: c.params["chat_id"] == USER, since=mark, count=2, timeout=20)
    await asyncio.sleep(1.5)
    sent = bot.fake.sent_to(USER, since=mark)
    assert all("❌ Dilarang" in c.plain for c in sent)  # answers only, never the apology
    assert bot.runtime.counters.errors == 0


# --------------------------------------------------------------------------- #21 odd input


async def test_21_lone_surrogates_in_inline_queries_and_messages_are_answered(bot: Harness) -> None:
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.inline_query("PNS like \ud800 postingan calon"))
    call = await bot.fake.wait_for_one("answerInlineQuery", since=mark)
    assert call.ok and call.params["results"]
    answer = await bot.ask_private("Bolehkah PNS \udfff me-like postingan calon?")
    assert_valid_html(answer)


async def test_12_an_anonymous_admin_in_a_group_with_an_admin_user_id_is_still_refused(bot: Harness) -> None:
    update = bot.fake.anonymous_admin_message("/reload")
    update["message"]["sender_chat"]["id"] = ADMIN  # even a sender chat that happens to carry an admin's id
    (refusal,) = await bot.send(update, GROUP_ID)
    assert refusal.plain == text("id", "tg_refusal")


# --------------------------------------------------------------------------- #7 a slow question


async def test_7_a_slow_question_does_not_hold_up_other_users(bot: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine runs in a worker thread: while one answer takes long, the loop serves others."""
    release = threading.Event()
    real = tg_engine.ask_now

    def slow(index: Any, question: str, **kw: Any) -> Any:
        if "lambat" in question:
            release.wait(10)
        return real(index, question, **kw)

    monkeypatch.setattr(tg_engine, "ask_now", slow)
    mark = bot.fake.mark()
    bot.fake.enqueue(bot.fake.private_message("pertanyaan lambat sekali", user_id=OTHER_USER))
    answer = await bot.ask_private(LIKE_ID)  # answered while the slow one is still being computed
    assert "❌ Dilarang" in answer.plain
    assert bot.fake.sent_to(OTHER_USER, since=mark) == []
    release.set()
    await bot.fake.wait_for("sendMessage", lambda c: c.params["chat_id"] == OTHER_USER, since=mark)


async def test_15_a_button_reply_that_fails_once_is_retried(bot: Harness) -> None:
    bot.allow_failed_calls = True
    answer = await bot.ask_private(CAMPAIGN_ID)
    bot.fake.fail("sendMessage", 502, "Bad Gateway")
    mark = bot.fake.mark()
    (basis,) = await bot.press_and_read(answer, "d:ikut-kampanye:id", USER)
    assert "Pasal 5 huruf n angka 1" in basis.plain
    await bot.quiet()
    assert len(bot.fake.sent_to(USER, since=mark)) == 1  # delivered once, no apology


# --------------------------------------------------------------------------- files (admin uploads, later)


async def test_file_downloads_follow_the_configured_bot_api_server(bot: Harness) -> None:
    """Break-in #9 noted that the file URL pointed at api.telegram.org whatever TELEGRAM_BASE_URL said."""
    bot.fake.files["documents/aturan.yaml"] = b"- id: contoh\n"
    telegram_file = await bot.app.bot.get_file("documents/aturan.yaml")
    assert telegram_file.file_path is not None and telegram_file.file_path.startswith(f"http://127.0.0.1:{bot.fake.port}/file/bot")
    assert bytes(await telegram_file.download_as_bytearray()) == b"- id: contoh\n"
