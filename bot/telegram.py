"""Telegram channel: answers in private chats, groups and inline mode, plus admin commands.

Data flows one way: knowledge -> index -> answer -> render -> this module. Shared state lives in
application.bot_data (created in post_init); the index in it is replaced by a single assignment
on /reload, so a handler sees either the old or the new index, never a mix.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import datetime as dt
import enum
import html
import logging
import os
import re
import secrets
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import cast

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.answer import Answer, answer_question
from bot.config import (
    DEFAULT_ENV_FILE,
    Config,
    ConfigError,
    configure_logging,
    load_config,
)
from bot.knowledge import KnowledgeError, load_knowledge
from bot.messages import POPULAR_QUESTIONS, popular_questions, text, verdict_label
from bot.render import TELEGRAM_LIMIT, InlineItem, inline_items, pack_messages, to_html
from bot.search import Index

log = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE

# Keys of application.bot_data.
CONFIG = "config"
INDEX = "index"
RELOAD_LOCK = "reload_lock"
STATS = "stats"
FLOOD = "flood"

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
ALLOWED_UPDATES = (Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY)
ASK_COMMANDS = ("tanya", "ask")
MIN_INLINE_CHARS = 3
INLINE_CACHE_SECONDS = 300
ECHO_CHARS = 200  # how much of a question is repeated above an answer the user did not type
PROBLEM_CHARS = 600  # one knowledge problem line in a /reload reply, before escaping
BOOTSTRAP_RETRIES = 3
_PAYLOAD_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_CALLBACK_RE = re.compile(r"^q:(id|en):(\d{1,3})$")


# --------------------------------------------------------------------------- state


@dataclass
class Stats:
    """Counters for /stats; mutated only on the event loop, so no locking is needed."""

    started_at: dt.datetime
    started: float  # time.monotonic() at start, for uptime
    reloaded_at: dt.datetime
    reload_seconds: float
    questions: int = 0
    abstained: int = 0
    inline: int = 0
    flooded: int = 0
    errors: int = 0
    reloads: int = 0


class Flood(enum.Enum):
    """What to do with a user's question under flood protection."""

    ALLOW = "allow"
    WARN = "warn"  # first question over the limit: tell the user once
    SILENT = "silent"  # later ones: ignore until the window frees up


class FloodGuard:
    """At most `limit` questions per user in any `window` seconds; one warning, then silence."""

    SWEEP_USERS = 10_000  # forget idle users once this many are tracked

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._hits: dict[int, deque[float]] = {}
        self._warned: set[int] = set()

    def check(self, user_id: int) -> Flood:
        """Record a question from `user_id` if it is within the limit; say what to do with it."""
        now = self._clock()
        hits = self._hits.setdefault(user_id, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            self._warned.discard(user_id)
            if len(self._hits) > self.SWEEP_USERS:
                self._sweep(now)
            return Flood.ALLOW
        # Refused questions are not recorded, so a flooding user is back after `window` seconds.
        if user_id in self._warned:
            return Flood.SILENT
        self._warned.add(user_id)
        return Flood.WARN

    def _sweep(self, now: float) -> None:
        for uid in [u for u, h in self._hits.items() if not h or h[-1] <= now - self.window]:
            del self._hits[uid]
            self._warned.discard(uid)


def load_index(path: Path) -> tuple[Index, float]:
    """Load and index the knowledge folder; return the index and how many seconds it took."""
    started = time.perf_counter()
    index = Index.build(load_knowledge(path))
    return index, time.perf_counter() - started


def _config(context: Context) -> Config:
    return cast(Config, context.bot_data[CONFIG])


def _index(context: Context) -> Index:
    return cast(Index, context.bot_data[INDEX])


def _stats(context: Context) -> Stats:
    return cast(Stats, context.bot_data[STATS])


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --------------------------------------------------------------------------- helpers


def user_lang(update: Update) -> str:
    """The user's interface language for our own texts: English for English clients, else Indonesian."""
    user = update.effective_user
    code = (user.language_code or "") if user else ""
    return "en" if code.lower().startswith("en") else "id"


def encode_payload(question: str) -> str | None:
    """A /start deep-link payload for `question`, or None when it does not fit in 64 characters."""
    question = " ".join(question.split())
    for lang, questions in POPULAR_QUESTIONS.items():
        if question in questions:
            return f"p{lang}{questions.index(question)}"
    raw = base64.urlsafe_b64encode(question.encode("utf-8")).rstrip(b"=").decode("ascii")
    payload = f"q{raw}"
    return payload if question and len(payload) <= 64 else None


def decode_payload(payload: str) -> str | None:
    """The question a /start payload stands for, or None if it is not one of ours or is corrupt."""
    if not _PAYLOAD_RE.match(payload):
        return None
    popular = re.fullmatch(r"p(id|en)(\d{1,3})", payload)
    if popular:
        questions = popular_questions(popular.group(1))
        n = int(popular.group(2))
        return questions[n] if n < len(questions) else None
    if not payload.startswith("q"):
        return None
    body = payload[1:]
    try:
        question = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    question = " ".join(question.split())
    return question if question and question.isprintable() else None


def _echo(question: str, lang: str) -> str:
    short = question if len(question) <= ECHO_CHARS else question[: ECHO_CHARS - 1] + "…"
    return text(lang, "tg_you_asked").format(question=f"<i>{html.escape(short)}</i>")


def answer_chunks(answer: Answer, echo: str | None = None) -> list[str]:
    """The answer as one Telegram HTML message, optionally headed by the question it answers."""
    body = to_html(answer)
    if echo is None:
        return [body]
    head = _echo(echo, answer.lang)
    return [f"{head}\n\n{body}"] if len(head) + 2 + len(body) <= TELEGRAM_LIMIT else [head, body]


def _counts(index: Index) -> str:
    return ", ".join(f"{value} {key.replace('_', ' ')}" for key, value in index.knowledge.counts.items())


def _examples_keyboard(lang: str) -> InlineKeyboardMarkup:
    rows = [
        [InlineKeyboardButton(question, callback_data=f"q:{lang}:{n}")]
        for n, question in enumerate(popular_questions(lang))
    ]
    rows.append([InlineKeyboardButton(text(lang, "tg_examples_inline"), switch_inline_query="")])
    return InlineKeyboardMarkup(rows)


def _target(update: Update) -> tuple[int, int | None, int | None]:
    """(chat id, message id to reply to, forum topic id) for a reply to this update."""
    chat = update.effective_chat
    message = update.effective_message
    if chat is None:
        raise ValueError("update has no chat to reply in")
    if isinstance(message, Message):
        topic = message.message_thread_id if message.is_topic_message else None
        return chat.id, message.message_id, topic
    return chat.id, None, None


async def _send(context: Context, update: Update, html_text: str, *, quote: bool) -> Message:
    """Send one HTML message to the update's chat, replying to its message when `quote`."""
    chat_id, message_id, topic = _target(update)
    reply = ReplyParameters(message_id, allow_sending_without_reply=True) if quote and message_id else None
    return await context.bot.send_message(
        chat_id=chat_id,
        text=html_text,
        parse_mode=ParseMode.HTML,
        message_thread_id=topic,
        reply_parameters=reply,
    )


def _in_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


async def respond(update: Update, context: Context, question: str, *, quote: bool, echo: bool = False) -> None:
    """Flood-check one question, answer it and send the answer (split when long) to the chat."""
    user = update.effective_user
    stats = _stats(context)
    if user is not None:
        decision = cast(FloodGuard, context.bot_data[FLOOD]).check(user.id)
        if decision is not Flood.ALLOW:
            stats.flooded += 1
            log.info("flood-limited update=%s user=%s action=%s", update.update_id, user.id, decision.value)
            if decision is Flood.WARN:
                await _send(context, update, html.escape(text(user_lang(update), "tg_flood")), quote=quote)
            return
    started = time.perf_counter()
    answer = answer_question(_index(context), question)
    stats.questions += 1
    stats.abstained += answer.abstained
    chunks = answer_chunks(answer, echo=question if echo else None)
    for n, chunk in enumerate(chunks):
        await _send(context, update, chunk, quote=quote and n == 0)
    # Never the question itself: users' messages stay out of the logs.
    log.info(
        "answered update=%s chat=%s user=%s chars=%d lang=%s verdict=%s rule=%s abstained=%s messages=%d ms=%.1f",
        update.update_id,
        update.effective_chat.id if update.effective_chat else None,
        user.id if user else None,
        len(question),
        answer.lang,
        answer.verdict,
        answer.rule.id if answer.rule else None,
        answer.abstained,
        len(chunks),
        (time.perf_counter() - started) * 1000,
    )


def _command_argument(message: Message) -> str:
    """The text after the leading /command (or /command@bot), with its line breaks kept."""
    body = message.text or ""
    for entity in message.entities:
        if entity.type == "bot_command" and entity.offset == 0:
            return body[entity.length :].strip()
    return body.partition(" ")[2].strip()


def _from_this_bot(message: Message | None, context: Context) -> bool:
    return message is not None and message.from_user is not None and message.from_user.id == context.bot.id


# --------------------------------------------------------------------------- user handlers


async def start(update: Update, context: Context) -> None:
    """/start: answer a deep-link question, or greet with example questions."""
    if context.args:
        question = decode_payload(context.args[0])
        if question:
            await respond(update, context, question, quote=False, echo=True)
            return
    lang = user_lang(update)
    await _send_with_examples(update, context, text(lang, "tg_start"), lang)


async def help_command(update: Update, context: Context) -> None:
    """/help: how to ask in private, in groups and inline, with example questions."""
    lang = context.args[0].lower() if context.args and context.args[0].lower() in ("id", "en") else user_lang(update)
    username = html.escape(context.bot.username or "bot")
    await _send_with_examples(update, context, text(lang, "tg_help").format(username=username), lang)


async def _send_with_examples(update: Update, context: Context, html_text: str, lang: str) -> None:
    chat_id, message_id, topic = _target(update)
    await context.bot.send_message(
        chat_id=chat_id,
        text=html_text,
        parse_mode=ParseMode.HTML,
        message_thread_id=topic,
        reply_markup=_examples_keyboard(lang),
        reply_parameters=ReplyParameters(message_id, allow_sending_without_reply=True)
        if _in_group(update) and message_id
        else None,
    )


async def ask_command(update: Update, context: Context) -> None:
    """/tanya QUESTION or /ask QUESTION (any chat): answer, replying to the asker in groups."""
    message = update.effective_message
    if message is None:
        return
    question = _command_argument(message)
    replied = message.reply_to_message
    if not question and replied is not None and replied.text and not _from_this_bot(replied, context):
        # "/tanya" sent as a reply to someone's question asks the bot to answer that message.
        question = replied.text
    if not question:
        await _send(context, update, text(user_lang(update), "tg_usage"), quote=_in_group(update))
        return
    await respond(update, context, question, quote=_in_group(update))


async def private_text(update: Update, context: Context) -> None:
    """Any text in a private chat is a question."""
    message = update.effective_message
    if message is None or not message.text or _via_this_bot(message, context):
        return
    await respond(update, context, message.text, quote=False)


async def group_reply(update: Update, context: Context) -> None:
    """A reply to one of the bot's own messages in a group is a question."""
    message = update.effective_message
    if message is None or not message.text or _via_this_bot(message, context):
        return
    if not _from_this_bot(message.reply_to_message, context):
        return
    await respond(update, context, message.text, quote=True)


def _via_this_bot(message: Message, context: Context) -> bool:
    # A message sent through our own inline mode is an answer, not a question.
    return message.via_bot is not None and message.via_bot.id == context.bot.id


async def private_other(update: Update, context: Context) -> None:
    """Stickers, photos and the like in a private chat: ask for text."""
    await _send(context, update, html.escape(text(user_lang(update), "tg_not_text")), quote=False)


async def example_button(update: Update, context: Context) -> None:
    """An example-question button: answer that question in the button's chat."""
    query = update.callback_query
    if query is None:
        return
    match = _CALLBACK_RE.match(query.data or "")
    questions = popular_questions(match.group(1)) if match else []
    n = int(match.group(2)) if match else -1
    if not 0 <= n < len(questions):
        await query.answer(text(user_lang(update), "tg_expired"))
        return
    await query.answer()
    await respond(update, context, questions[n], quote=False, echo=True)


async def stale_button(update: Update, context: Context) -> None:
    """A button we no longer understand: stop the client's spinner with a hint."""
    if update.callback_query is not None:
        await update.callback_query.answer(text(user_lang(update), "tg_expired"))


def _article(item: InlineItem, echo: str | None, lang: str) -> InlineQueryResultArticle:
    body = item.html
    if echo:
        headed = f"{_echo(echo, lang)}\n\n{body}"
        body = headed if len(headed) <= TELEGRAM_LIMIT else body
    return InlineQueryResultArticle(
        id=item.id,
        title=item.title,
        description=item.description,
        input_message_content=InputTextMessageContent(body, parse_mode=ParseMode.HTML),
    )


def _inline_answer_items(answer: Answer) -> list[InlineItem]:
    items = inline_items(answer)
    if items:
        return items
    # An abstention still gets one result, so the user sees why nothing is cited.
    first = text(answer.lang, "abstain").split("\n")[0]
    return [InlineItem("abstain", text(answer.lang, "tg_inline_no_answer"), first, to_html(answer))]


def _popular_items(index: Index, lang: str) -> list[InlineItem]:
    items = []
    for n, question in enumerate(popular_questions(lang)):
        answer = answer_question(index, question)
        label = text(lang, "tg_inline_no_answer") if answer.abstained else verdict_label(lang, answer.verdict or "info")
        body = f"{_echo(question, lang)}\n\n{to_html(answer)}"
        items.append(InlineItem(f"popular-{lang}-{n}", question, f"{text(lang, 'tg_inline_popular')} · {label}", body))
    return items


async def inline_query(update: Update, context: Context) -> None:
    """Inline mode: cited results for a question, popular questions for an empty one."""
    query = update.inline_query
    if query is None:
        return
    question = " ".join(query.query.split())
    lang = user_lang(update)
    index = _index(context)
    if len(question) < MIN_INLINE_CHARS:
        results = [_article(item, None, lang) for item in _popular_items(index, lang)]
        payload = "inline"
    else:
        answer = answer_question(index, question)
        _stats(context).inline += 1
        results = [_article(item, question, answer.lang) for item in _inline_answer_items(answer)]
        payload = encode_payload(question) or "inline"
        log.info(
            "inline update=%s user=%s chars=%d verdict=%s abstained=%s results=%d",
            update.update_id,
            query.from_user.id,
            len(question),
            answer.verdict,
            answer.abstained,
            len(results),
        )
    await query.answer(
        results,
        cache_time=INLINE_CACHE_SECONDS,
        is_personal=False,
        button=InlineQueryResultsButton(text=text(lang, "tg_inline_button"), start_parameter=payload),
    )


# --------------------------------------------------------------------------- admin handlers


async def _require_admin(update: Update, context: Context) -> bool:
    user = update.effective_user
    if user is not None and user.id in _config(context).admin_ids:
        return True
    log.info("refused admin command update=%s user=%s", update.update_id, user.id if user else None)
    await _send(context, update, html.escape(text(user_lang(update), "tg_refusal")), quote=_in_group(update))
    return False


async def reload_knowledge(context: Context) -> tuple[Index | None, float, list[str]]:
    """Re-read the knowledge off the event loop and swap the index in under the reload lock.

    Returns the new index (None if the folder has problems; the old index keeps serving), the
    seconds it took and the problems. /reload and the admin knowledge commands both use this.
    """
    lock = cast(asyncio.Lock, context.bot_data[RELOAD_LOCK])
    async with lock:
        try:
            index, seconds = await asyncio.to_thread(load_index, _config(context).knowledge_dir)
        except KnowledgeError as exc:
            return None, 0.0, exc.problems
        context.bot_data[INDEX] = index  # the atomic swap
        stats = _stats(context)
        stats.reloaded_at, stats.reload_seconds = _now(), seconds
        stats.reloads += 1
    return index, seconds, []


async def reload_command(update: Update, context: Context) -> None:
    """Admin /reload: re-read the knowledge off the event loop and swap the index in, or list every problem."""
    if not await _require_admin(update, context):
        return
    lang = user_lang(update)
    index, seconds, problems = await reload_knowledge(context)
    if index is None:
        log.warning("reload failed: %d problem(s); the previous index keeps serving", len(problems))
        head = html.escape(text(lang, "tg_reload_failed").format(count=len(problems)))
        lines = [head, *(f"<code>{html.escape(p[:PROBLEM_CHARS], quote=False)}</code>" for p in problems)]
        for chunk in pack_messages(lines):
            await _send(context, update, chunk, quote=False)
        return
    log.info("reloaded knowledge in %.3f s: %s", seconds, _counts(index))
    reply = text(lang, "tg_reload_ok").format(seconds=f"{seconds:.2f}", counts=html.escape(_counts(index)))
    await _send(context, update, reply, quote=False)


async def stats_command(update: Update, context: Context) -> None:
    """Admin /stats: knowledge counts, last reload, questions answered and abstained, uptime."""
    if not await _require_admin(update, context):
        return
    stats = _stats(context)
    uptime = dt.timedelta(seconds=int(time.monotonic() - stats.started))
    reply = text(user_lang(update), "tg_stats").format(
        counts=html.escape(_counts(_index(context))),
        reloaded_at=stats.reloaded_at.strftime("%Y-%m-%d %H:%M:%S UTC"),
        seconds=f"{stats.reload_seconds:.2f}",
        questions=stats.questions,
        answered=stats.questions - stats.abstained,
        abstained=stats.abstained,
        inline=stats.inline,
        flooded=stats.flooded,
        errors=stats.errors,
        started_at=stats.started_at.strftime("%Y-%m-%d %H:%M:%S UTC"),
        uptime=str(uptime),
    )
    await _send(context, update, reply, quote=False)


# --------------------------------------------------------------------------- errors


async def on_error(update: object, context: Context) -> None:
    """Log the exception and tell the user, in their language, that something went wrong."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling update=%s", update_id, exc_info=context.error)
    if STATS in context.bot_data:
        _stats(context).errors += 1
    if not isinstance(update, Update):
        return
    apology = text(user_lang(update), "tg_error")
    try:
        if update.callback_query is not None:
            # Stops the button's spinner; fails harmlessly if the handler already answered it.
            with contextlib.suppress(TelegramError):
                await update.callback_query.answer(apology)
        if update.effective_chat is not None:
            await _send(context, update, html.escape(apology), quote=_in_group(update))
    except TelegramError as exc:
        log.warning("could not send the error message for update=%s: %s", update_id, type(exc).__name__)


# --------------------------------------------------------------------------- application


def _commands(lang: str) -> list[BotCommand]:
    if lang == "en":
        return [
            BotCommand("start", "Welcome and example questions"),
            BotCommand("help", "How to ask"),
            BotCommand("ask", "Ask a question (in groups)"),
            BotCommand("tanya", "Ask a question, Indonesian command"),
        ]
    return [
        BotCommand("start", "Salam dan contoh pertanyaan"),
        BotCommand("help", "Cara bertanya"),
        BotCommand("tanya", "Ajukan pertanyaan (di grup)"),
        BotCommand("ask", "Ajukan pertanyaan, perintah bahasa Inggris"),
    ]


async def post_init(application: Application, *, config: Config, preloaded: tuple[Index, float] | None) -> None:
    """Create the shared state in bot_data (loading the knowledge unless main() already did) and set the command menu."""
    index, seconds = preloaded if preloaded is not None else await asyncio.to_thread(load_index, config.knowledge_dir)
    now = _now()
    application.bot_data.update(
        {
            CONFIG: config,
            INDEX: index,
            # Created here, on the running loop, rather than at import time.
            RELOAD_LOCK: asyncio.Lock(),
            STATS: Stats(started_at=now, started=time.monotonic(), reloaded_at=now, reload_seconds=seconds),
            FLOOD: FloodGuard(config.flood_max_questions, config.flood_window_seconds),
        }
    )
    try:
        await application.bot.set_my_commands(_commands("id"))
        await application.bot.set_my_commands(_commands("en"), language_code="en")
    except TelegramError as exc:
        # The menu is a nicety; the bot works without it.
        log.warning("could not set the command menu: %s", exc)
    log.info("ready as @%s: %s", application.bot.username, _counts(index))


def build_application(
    config: Config,
    *,
    preloaded: tuple[Index, float] | None = None,
    rate_limit: bool = True,
) -> Application:
    """The configured Application with every handler; main() and the tests both use this."""
    builder = (
        ApplicationBuilder()
        .token(config.token)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .concurrent_updates(config.concurrent_updates)
        .post_init(partial(post_init, config=config, preloaded=preloaded))
    )
    if rate_limit:
        # Keeps us under Telegram's limits (30 msg/s overall, 20/min per group), retrying on 429.
        # (PTB types the builder's bot as ExtBot[None] here; AIORateLimiter takes int retry args.)
        builder = builder.rate_limiter(AIORateLimiter(max_retries=2))  # type: ignore[arg-type]
    if config.base_url:
        # Downloads (admin uploads) go to the file URL that belongs with it: ".../bot" -> ".../file/bot".
        base = config.base_url.rstrip("/")
        builder = builder.base_url(config.base_url).base_file_url(
            f"{base.removesuffix('/bot')}/file/bot" if base.endswith("/bot") else f"{base}/file/bot"
        )
    application = builder.build()

    only_new = filters.UpdateType.MESSAGE  # edits of old questions are not answered again
    application.add_handler(CommandHandler("start", start, filters=only_new))
    application.add_handler(CommandHandler("help", help_command, filters=only_new))
    application.add_handler(CommandHandler(list(ASK_COMMANDS), ask_command, filters=only_new))
    application.add_handler(CommandHandler("reload", reload_command, filters=only_new))
    application.add_handler(CommandHandler("stats", stats_command, filters=only_new))
    from bot.admin_knowledge import add_handlers as add_admin_knowledge_handlers  # imports this module

    add_admin_knowledge_handlers(application, only_new)
    application.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & only_new & filters.TEXT & ~filters.COMMAND, private_text)
    )
    application.add_handler(
        MessageHandler(
            filters.ChatType.GROUPS & only_new & filters.REPLY & filters.TEXT & ~filters.COMMAND, group_reply
        )
    )
    application.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & only_new & ~filters.TEXT & ~filters.StatusUpdate.ALL, private_other
        )
    )
    application.add_handler(CallbackQueryHandler(example_button, pattern=_CALLBACK_RE))
    application.add_handler(CallbackQueryHandler(stale_button))
    application.add_handler(InlineQueryHandler(inline_query))
    application.add_error_handler(on_error)
    return application


def main(environ: Mapping[str, str] | None = None, env_file: Path | None = DEFAULT_ENV_FILE) -> int:
    """Run the bot (long polling, or a webhook when WEBHOOK_URL is set) until SIGINT/SIGTERM."""
    try:
        config = load_config(os.environ if environ is None else environ, env_file)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    configure_logging(config.log_level)
    try:
        preloaded = load_index(config.knowledge_dir)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(
            f"error: the knowledge in {config.knowledge_dir} has {len(exc.problems)} problem(s); "
            "fix them (`python -m bot check` lists them) and start again",
            file=sys.stderr,
        )
        return 1
    application = build_application(config, preloaded=preloaded)
    try:
        if config.webhook_url:
            # Without a configured secret a fresh one per start still authenticates Telegram,
            # because setWebhook registers it again on every start.
            secret = config.webhook_secret or secrets.token_urlsafe(32)
            log.info("starting webhook on %s:%d/%s", config.webhook_listen, config.webhook_port, config.webhook_path)
            application.run_webhook(
                listen=config.webhook_listen,
                port=config.webhook_port,
                url_path=config.webhook_path,
                webhook_url=config.webhook_url,
                secret_token=secret,
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=BOOTSTRAP_RETRIES,
                stop_signals=STOP_SIGNALS,
            )
        else:
            log.info("starting long polling")
            application.run_polling(
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=BOOTSTRAP_RETRIES,
                stop_signals=STOP_SIGNALS,
            )
    except InvalidToken:
        print("error: Telegram rejected TELEGRAM_BOT_TOKEN; copy the token again from @BotFather", file=sys.stderr)
        return 1
    except TelegramError as exc:
        print(f"error: cannot reach the Telegram Bot API: {exc}", file=sys.stderr)
        return 1
    log.info("stopped")
    return 0
