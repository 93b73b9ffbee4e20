"""Conversations: questions in private chats and groups, /start, /help, /tanya and /ask."""

from __future__ import annotations

import base64
import binascii
import html
import logging
import re
import time
from typing import cast

from telegram import Message, ReplyParameters, Update
from telegram.constants import ParseMode

from bot.answer import Answer, answer_question
from bot.messages import POPULAR_QUESTIONS, popular_questions, text
from bot.render import TELEGRAM_LIMIT, to_html_messages
from bot.telegram.flood import Flood, FloodGuard
from bot.telegram.keyboards import examples_keyboard
from bot.telegram.send import in_group, send, target
from bot.telegram.state import FLOOD, Context, index_of, stats_of

log = logging.getLogger(__name__)

ASK_COMMANDS = ("tanya", "ask")
ECHO_CHARS = 200  # how much of a question is repeated above an answer the user did not type
_PAYLOAD_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


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


def echo_html(question: str, lang: str) -> str:
    short = question if len(question) <= ECHO_CHARS else question[: ECHO_CHARS - 1] + "…"
    return text(lang, "tg_you_asked").format(question=f"<i>{html.escape(short)}</i>")


def answer_chunks(answer: Answer, echo: str | None = None) -> list[str]:
    """The answer as Telegram HTML messages, optionally headed by the question it answers."""
    if echo is None:
        return to_html_messages(answer)
    head = echo_html(echo, answer.lang)
    chunks = to_html_messages(answer, limit=TELEGRAM_LIMIT - len(head) - 2)
    return [f"{head}\n\n{chunks[0]}", *chunks[1:]] if chunks else [head]


async def respond(update: Update, context: Context, question: str, *, quote: bool, echo: bool = False) -> None:
    """Flood-check one question, answer it and send the answer (split when long) to the chat."""
    user = update.effective_user
    stats = stats_of(context)
    if user is not None:
        decision = cast(FloodGuard, context.bot_data[FLOOD]).check(user.id)
        if decision is not Flood.ALLOW:
            stats.flooded += 1
            log.info("flood-limited update=%s user=%s action=%s", update.update_id, user.id, decision.value)
            if decision is Flood.WARN:
                await send(context, update, html.escape(text(user_lang(update), "tg_flood")), quote=quote)
            return
    started = time.perf_counter()
    answer = answer_question(index_of(context), question)
    stats.questions += 1
    stats.abstained += answer.abstained
    chunks = answer_chunks(answer, echo=question if echo else None)
    for n, chunk in enumerate(chunks):
        await send(context, update, chunk, quote=quote and n == 0)
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
    chat_id, message_id, topic = target(update)
    await context.bot.send_message(
        chat_id=chat_id,
        text=html_text,
        parse_mode=ParseMode.HTML,
        message_thread_id=topic,
        reply_markup=examples_keyboard(lang),
        reply_parameters=ReplyParameters(message_id, allow_sending_without_reply=True)
        if in_group(update) and message_id
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
        await send(context, update, text(user_lang(update), "tg_usage"), quote=in_group(update))
        return
    await respond(update, context, question, quote=in_group(update))


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
    await send(context, update, html.escape(text(user_lang(update), "tg_not_text")), quote=False)
