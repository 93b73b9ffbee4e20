"""Running the real Telegram Application against the fake Bot API, for the test_telegram_* files."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fake_telegram import Call, FakeTelegram, parse_telegram_html, polling
from telegram.ext import Application

from bot.config import Config, load_config
from bot.store import Store
from bot.telegram import build_application
from bot.telegram.state import RUNTIME, Runtime

ADMIN = 42
USER = 1001
OTHER_USER = 1002
# Exact example questions of the sample cards, so the answers do not hinge on ranking thresholds.
LIKE_ID = "Apakah ASN boleh menyukai unggahan calon kepala daerah di media sosial?"
LIKE_EN = "Can a civil servant like a candidate's post on social media?"
CAMPAIGN_ID = "Bolehkah ASN hadir di kampanye?"
OFF_TOPIC = "resep nasi goreng kampung yang enak"
# The sample cards' topics, as the topic-menu buttons.
TOPIC_BUTTONS = ["k:media-sosial:id", "k:kampanye:id"]


def make_config(fake: FakeTelegram, knowledge: Path, data_dir: Path, **env: str) -> Config:
    """Config as load_config builds it, pointed at the fake server and a test data folder."""
    environ = {
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_BASE_URL": fake.base_url,
        "KNOWLEDGE_DIR": str(knowledge),
        "DATA_DIR": str(data_dir),
        "ADMIN_IDS": f"{ADMIN}, 43",
        **env,
    }
    return load_config(environ, env_file=None)


@dataclass
class Harness:
    """A running bot plus the fake server it talks to."""

    app: Application[Any, Any, Any, Any, Any, Any]
    fake: FakeTelegram
    knowledge: Path
    data_dir: Path
    allow_failed_calls: bool = False
    expected_failures: list[str] = field(default_factory=list)

    @property
    def runtime(self) -> Runtime:
        return self.app.bot_data[RUNTIME]  # type: ignore[no-any-return]

    @property
    def store(self) -> Store:
        return self.runtime.store

    async def send(self, update: dict[str, Any], chat_id: int, *, count: int = 1, **kw: Any) -> list[Call]:
        """Enqueue an update and wait for `count` messages to `chat_id` (after this point)."""
        mark = self.fake.mark()
        self.fake.enqueue(update)
        calls = await self.fake.wait_for(
            "sendMessage", lambda c: c.ok and c.params.get("chat_id") == chat_id, since=mark, count=count, **kw
        )
        await self.settled(calls)
        return calls

    async def settled(self, calls: list[Call]) -> None:
        """Wait until the bot noted which rule each of these answers was about (it does so once
        Telegram confirmed the message), so a next update sees the chat's new topic."""
        for call in calls:
            rule_ids = {d.split(":")[1] for d in button_data(call) if d.startswith("u:")}
            if not rule_ids or not isinstance(call.result, dict):
                continue
            chat_id, message_id = call.result["chat"]["id"], str(call.result["message_id"])
            for _ in range(500):
                if message_id in self.app.chat_data.get(chat_id, {}).get("answers", {}):
                    break
                await asyncio.sleep(0.01)

    async def ask_private(self, question: str, *, user_id: int = USER, language_code: str = "id", **kw: Any) -> Call:
        """A private question and the (first) message of its answer."""
        update = self.fake.private_message(question, user_id=user_id, language_code=language_code, **kw)
        return (await self.send(update, user_id))[0]

    async def press(self, message: Call, data: str, *, user_id: int = USER, language_code: str = "id") -> Call:
        """Press a button with `data` under a message the bot sent; the answerCallbackQuery call."""
        mark = self.fake.mark()
        self.fake.enqueue(self.fake.callback_query(message.result, data, user_id=user_id, language_code=language_code))
        return await self.fake.wait_for_one("answerCallbackQuery", since=mark)

    async def press_and_read(self, message: Call, data: str, chat_id: int, *, count: int = 1, **kw: Any) -> list[Call]:
        """Press a button and wait for the `count` messages it makes the bot send to `chat_id`."""
        mark = self.fake.mark()
        self.fake.enqueue(self.fake.callback_query(message.result, data, **kw))
        await self.fake.wait_for_one("answerCallbackQuery", since=mark)
        calls = await self.fake.wait_for(
            "sendMessage", lambda c: c.ok and c.params.get("chat_id") == chat_id, since=mark, count=count
        )
        await self.settled(calls)
        return calls

    async def quiet(self) -> None:
        """Wait until every update so far was handled: a /start of another user is answered."""
        await self.send(self.fake.private_message("/start", user_id=9999), 9999)


@asynccontextmanager
async def running_bot(
    fake: FakeTelegram, knowledge: Path, data_dir: Path, *, rate_limit: bool = False, **env: str
) -> AsyncIterator[Harness]:
    """The application built by build_application, long-polling the fake server."""
    app = build_application(make_config(fake, knowledge, data_dir, **env), rate_limit=rate_limit)
    harness = Harness(app, fake, knowledge, data_dir)
    async with polling(harness.app):
        yield harness
    if not harness.allow_failed_calls:
        failed = [(c.method, c.error) for c in fake.calls if not c.ok and c.error not in harness.expected_failures]
        assert failed == [], "the bot made calls the Bot API would reject"


@asynccontextmanager
async def webhook_bot(
    fake: FakeTelegram, knowledge: Path, data_dir: Path, secret: str
) -> AsyncIterator[tuple[Application[Any, Any, Any, Any, Any, Any], str]]:
    """The application serving a webhook on a free local port; (application, webhook URL)."""
    app = build_application(make_config(fake, knowledge, data_dir))
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    await app.initialize()
    await app.post_init(app)  # type: ignore[misc]
    await app.updater.start_webhook(listen="127.0.0.1", port=port, url_path="telegram", webhook_url=url, secret_token=secret)  # type: ignore[union-attr]
    await app.start()
    try:
        yield app, url
    finally:
        await app.updater.stop()  # type: ignore[union-attr]
        await app.stop()
        await app.shutdown()
        await app.post_shutdown(app)  # type: ignore[misc]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def assert_valid_html(call: Call) -> None:
    """What the real Bot API checks: parseable HTML, at most 4096 characters."""
    assert len(call.text) <= 4096
    parse_telegram_html(call.text)
    assert "<script>" not in call.text


def buttons(call: Call) -> list[dict[str, Any]]:
    """Every inline-keyboard button under a sent message, row by row."""
    markup = call.params.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


def button_data(call: Call) -> list[str]:
    return [b["callback_data"] for b in buttons(call) if "callback_data" in b]
