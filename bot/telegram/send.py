"""Sending that does not lose answers, and a queue per group so busy groups never delay others.

`deliver` sends one message and handles what the Bot API can answer: a 5xx or timeout is retried
once, "can't parse entities" is sent again as plain text, a group that became a supergroup gets the
message at its new id, a thread that vanished gets it in the main chat, a 429 is waited out once,
and a user who blocked the bot is not retried. It never raises a TelegramError: the caller learns
from a None that the message could not be delivered (and that an apology would fail the same way).

`Outbox` runs the answers for each group in that group's own queue. Telegram lets a bot post about
20 messages a minute in a group; the rate limiter makes a send wait for that, and a handler that
waited would hold one of the few update slots that private chats need too.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import warnings
from collections import deque
from collections.abc import Awaitable, Callable

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger(__name__)

Job = Callable[[], Awaitable[None]]
GROUP_TYPES = (ChatType.GROUP, ChatType.SUPERGROUP)
RETRY_PAUSE_SECONDS = 0.5
MAX_RETRY_AFTER_SECONDS = 30.0
_TAG_RE = re.compile(r"<[^>]*>")


def target(update: Update) -> tuple[int, int | None, int | None]:
    """(chat id, message id to reply to, forum topic id) for a reply to this update."""
    chat = update.effective_chat
    message = update.effective_message
    if chat is None:
        raise ValueError("update has no chat to reply in")
    if isinstance(message, Message):
        topic = message.message_thread_id if message.is_topic_message else None
        return chat.id, message.message_id, topic
    return chat.id, None, None


def in_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in GROUP_TYPES


def html_to_plain(source: str) -> str:
    """What a user would read of Telegram HTML, as plain text (tags dropped, entities decoded)."""
    return html.unescape(_TAG_RE.sub("", source))


async def deliver(
    bot: Bot,
    chat_id: int,
    text: str,
    *,
    reply_to: int | None = None,
    thread: int | None = None,
    keyboard: InlineKeyboardMarkup | None = None,
    plain: bool = False,
    on_migrate: Callable[[int, int], None] | None = None,
) -> Message | None:
    """Send one message (Telegram HTML unless `plain`); the Message, or None if it was given up."""
    retried = migrated = waited = False
    while True:
        try:
            return await bot.send_message(
                chat_id=chat_id,
                text=text,
                parse_mode=None if plain else ParseMode.HTML,
                message_thread_id=thread,
                reply_parameters=ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None,
                reply_markup=keyboard,
            )
        except Forbidden as exc:
            # Blocked by the user or removed from the group: normal, and retrying cannot help.
            log.info("not delivered to chat=%s: %s", chat_id, exc.message)
            return None
        except ChatMigrated as exc:
            if migrated:
                break
            migrated = True
            log.info("chat=%s is now supergroup %s; sending there", chat_id, exc.new_chat_id)
            if on_migrate is not None:
                on_migrate(chat_id, exc.new_chat_id)
            chat_id, reply_to, thread = exc.new_chat_id, None, None
        except RetryAfter as exc:
            # The rate limiter has already retried; one more wait, if Telegram asks for a short one.
            wait = _seconds(exc)
            if waited or wait > MAX_RETRY_AFTER_SECONDS:
                break
            waited = True
            await asyncio.sleep(wait)
        except BadRequest as exc:
            problem = exc.message.lower()
            if "can't parse entities" in problem and not plain:
                log.warning("chat=%s: Telegram refused our HTML (%s); sending plain text", chat_id, exc.message)
                text, plain = html_to_plain(text), True
            elif "thread not found" in problem and thread is not None:
                thread = None
            else:
                log.warning("not delivered to chat=%s: %s", chat_id, exc.message)
                return None
        except NetworkError as exc:
            # 5xx, a broken connection or a timeout. A timeout may hide a delivered message, so a
            # retry can duplicate one; a duplicate is better than a lost answer.
            if retried:
                break
            retried = True
            log.info("send to chat=%s failed (%s); retrying once", chat_id, exc.message)
            await asyncio.sleep(RETRY_PAUSE_SECONDS)
        except TelegramError as exc:
            log.warning("not delivered to chat=%s: %s", chat_id, exc.message)
            return None
    log.warning("not delivered to chat=%s: still failing after one retry", chat_id)
    return None


def _seconds(exc: RetryAfter) -> float:
    """RetryAfter's wait in seconds, whether python-telegram-bot gives an int or (later) a timedelta."""
    with warnings.catch_warnings():
        # PTB 22 warns on every read that the type will change; both types are handled here.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return float(value) if isinstance(value, int | float) else value.total_seconds()


class Outbox:
    """One queue of send jobs per group chat, at most `limit` waiting (the running one included)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._queues: dict[int, deque[Job]] = {}
        self._workers: dict[int, asyncio.Task[None]] = {}
        self._noted: set[int] = set()
        self._closed = False

    def pending(self, chat_id: int) -> int:
        return len(self._queues.get(chat_id, ()))

    def full(self, chat_id: int) -> bool:
        return self.pending(chat_id) >= self.limit

    def submit(self, chat_id: int, job: Job, *, force: bool = False) -> bool:
        """Queue `job` for the chat (beyond the limit only with `force`); False if refused."""
        if self._closed:
            return False
        queue = self._queues.setdefault(chat_id, deque())
        if len(queue) >= self.limit and not force:
            return False
        queue.append(job)
        if chat_id not in self._workers:
            self._workers[chat_id] = asyncio.create_task(self._drain(chat_id), name=f"outbox-{chat_id}")
        return True

    def first_refusal(self, chat_id: int) -> bool:
        """True once per busy spell: whether to tell the group it is too busy right now."""
        if chat_id in self._noted:
            return False
        self._noted.add(chat_id)
        return True

    async def _drain(self, chat_id: int) -> None:
        queue = self._queues[chat_id]
        try:
            while queue:
                try:
                    await queue[0]()  # counted as pending until it is done
                except Exception:
                    log.exception("a queued send for chat=%s failed", chat_id)
                finally:
                    queue.popleft()
        finally:
            del self._workers[chat_id]
            if not queue:
                self._queues.pop(chat_id, None)
                self._noted.discard(chat_id)

    async def close(self, grace: float) -> int:
        """Stop taking jobs, give queued ones `grace` seconds, cancel the rest; how many were dropped."""
        self._closed = True
        workers = list(self._workers.values())
        if workers:
            await asyncio.wait(workers, timeout=grace)
        dropped = sum(len(q) for q in self._queues.values())
        for task in self._workers.values():
            task.cancel()
        if dropped:
            log.warning("stopping: %d queued group message(s) dropped after %.0f s", dropped, grace)
        return dropped
