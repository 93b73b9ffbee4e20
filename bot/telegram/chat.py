"""Conversations: questions in private chats and groups, follow-ups, and the user commands.

Every reply goes through `dispatch`: in a private chat it is sent at once; in a group it joins that
group's queue (send.Outbox), so waiting for Telegram's per-group limit never holds a handler slot.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import html
import logging
import re
import sqlite3
import time
from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update

from bot.answer import Answer, answer_rule
from bot.config import SERVICE_USER_IDS
from bot.messages import POPULAR_CARDS, POPULAR_QUESTIONS, popular_questions, text
from bot.render import TELEGRAM_LIMIT
from bot.search import Index
from bot.store import ABSTAIN, ANSWER, CLARIFY, SMALLTALK
from bot.telegram import engine, keyboards
from bot.telegram.send import Job, deliver, in_group, target
from bot.telegram.state import (
    Context,
    follow_up_topic,
    language_preference,
    remember_answer,
    runtime,
)

log = logging.getLogger(__name__)

ASK_COMMANDS = ("tanya", "ask")
ECHO_CHARS = 200  # how much of a question is repeated above an answer the user did not type
_PAYLOAD_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_POPULAR_RE = re.compile(r"p(id|en)(\d{1,3})")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


# --------------------------------------------------------------------------- helpers


def clean(value: str) -> str:
    """User text Telegram can take back: lone surrogates (valid JSON, invalid UTF-8) replaced."""
    return _SURROGATE_RE.sub("\ufffd", value)


def user_lang(update: Update, context: Context | None = None) -> str:
    """The language of our own texts for this user: their /bahasa choice, else their Telegram app's."""
    preferred = language_preference(context.user_data) if context is not None else None
    if preferred:
        return preferred
    user = update.effective_user
    code = (user.language_code or "") if user else ""
    return "en" if code.lower().startswith("en") else "id"


def person_id(update: Update) -> int | None:
    """The id of the person behind an update, or None for anonymous admins and channels."""
    user = update.effective_user
    return user.id if user is not None and user.id not in SERVICE_USER_IDS else None


def example(index: Index, n: int, lang: str) -> tuple[str, Answer] | None:
    """Popular question `n` in `lang` and its answer: the card it stands for, else the question asked."""
    questions = popular_questions(lang)
    if not 0 <= n < len(questions):
        return None
    card = POPULAR_CARDS[n] if n < len(POPULAR_CARDS) else ""
    answer = answer_rule(index, card, lang) if card else None
    return questions[n], answer if answer is not None else engine.ask_now(index, questions[n], lang=lang)


def encode_payload(question: str) -> str | None:
    """A /start deep-link payload for `question`, or None when it does not fit in 64 characters."""
    question = " ".join(question.split())
    for lang, questions in POPULAR_QUESTIONS.items():
        if question in questions:
            return f"p{lang}{questions.index(question)}"
    raw = base64.urlsafe_b64encode(question.encode("utf-8", "replace")).rstrip(b"=").decode("ascii")
    payload = f"q{raw}"
    return payload if question and len(payload) <= 64 else None


def decode_payload(payload: str) -> str | None:
    """The question a /start payload stands for, or None if it is not one of ours or is corrupt."""
    if not _PAYLOAD_RE.match(payload):
        return None
    popular = _POPULAR_RE.fullmatch(payload)
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
    """"❓ question" above an answer the user did not type themselves (a button, a deep link)."""
    short = question if len(question) <= ECHO_CHARS else question[: ECHO_CHARS - 1] + "…"
    return text(lang, "tg_you_asked").format(question=f"<i>{html.escape(short)}</i>")


def _command_argument(message: Message) -> str:
    """The text after the leading /command (or /command@bot), with its line breaks kept."""
    body = message.text or ""
    for entity in message.entities:
        if entity.type == "bot_command" and entity.offset == 0:
            return body[entity.length :].strip()
    return body.partition(" ")[2].strip()


def _from_this_bot(message: Message | None, context: Context) -> bool:
    return message is not None and message.from_user is not None and message.from_user.id == context.bot.id


def _via_this_bot(message: Message, context: Context) -> bool:
    # A message sent through our own inline mode is an answer, not a question.
    return message.via_bot is not None and message.via_bot.id == context.bot.id


# --------------------------------------------------------------------------- sending


async def dispatch(update: Update, context: Context, job: Job, *, admitted: bool = False) -> bool:
    """Run a send job now (private chats) or in the group's queue; False if the group is too busy.

    `admitted`: the question already passed admit(), so its answer is queued even if the queue
    filled up meanwhile (the overshoot is bounded by the number of concurrent updates).
    """
    chat = update.effective_chat
    if chat is None or not in_group(update):
        await job()
        return True
    if not admitted and not await admit(update, context):
        return False
    return runtime(context).outbox.submit(chat.id, job, force=True)


async def send_messages(
    update: Update, context: Context, messages: list[str], keyboard: InlineKeyboardMarkup | None, *, quote: bool
) -> Message | None:
    """Send messages in order to the update's chat, the keyboard under the last; the last Message.

    A part that cannot be delivered stops the rest: half an answer is not sent as if it were whole.
    """
    chat_id, message_id, thread = target(update)
    rt = runtime(context)
    sent: Message | None = None
    for n, body in enumerate(messages):
        last = n == len(messages) - 1
        sent = await deliver(
            context.bot,
            chat_id,
            body,
            reply_to=message_id if quote and n == 0 else None,
            thread=thread,
            keyboard=keyboard if last else None,
            on_migrate=lambda old, new: context.application.migrate_chat_data(old_chat_id=old, new_chat_id=new),
        )
        if sent is None:
            rt.counters.undelivered += 1
            return None
        chat_id = sent.chat_id  # a group may have moved to a supergroup on the way
    return sent


async def reply(
    update: Update,
    context: Context,
    body: str,
    keyboard: InlineKeyboardMarkup | None = None,
    *,
    quote: bool | None = None,
) -> None:
    """Send one HTML message to the update's chat (quoting the asker in groups unless told otherwise)."""
    quote = in_group(update) if quote is None else quote

    async def job() -> None:
        await send_messages(update, context, [body], keyboard, quote=quote)

    await dispatch(update, context, job)


async def admit(update: Update, context: Context) -> bool:
    """Whether a group question can be taken now; a full group queue gets one "busy" note."""
    chat = update.effective_chat
    rt = runtime(context)
    if chat is None or not in_group(update) or not rt.outbox.full(chat.id):
        return True
    rt.counters.busy += 1
    log.info("group queue full update=%s chat=%s pending=%d", update.update_id, chat.id, rt.outbox.pending(chat.id))
    if rt.outbox.first_refusal(chat.id):
        note = text(user_lang(update, context), "tg_busy_group").format(username=html.escape(context.bot.username or "bot"))

        async def job() -> None:
            await send_messages(update, context, [note], None, quote=True)

        rt.outbox.submit(chat.id, job, force=True)
    return False


# --------------------------------------------------------------------------- answers


def keyboard_for(answer: Answer, context: Context) -> InlineKeyboardMarkup:
    """The buttons under an answer, by its kind."""
    kind = answer.kind
    lang = answer.lang
    if kind in engine.ANSWERED:
        return keyboards.answer_keyboard(answer.rule, lang)
    if kind == engine.CLARIFY:
        return keyboards.candidates_keyboard(answer.clarify, lang)
    if kind == engine.ABSTAIN:
        # A next step instead of a dead end: the topics the bot does know about.
        return keyboards.topics_keyboard(runtime(context).index, lang)
    return keyboards.examples_keyboard(lang, 2, inline_button=False)


def record(update: Update, context: Context, answer: Answer, question: str | None) -> None:
    """Count the answer in the store; keep the question's text if the bot could not answer it."""
    store = runtime(context).store
    kind = answer.kind
    rule_id = answer.rule.id if answer.rule is not None else None
    try:
        if kind in engine.ANSWERED:
            store.count(ANSWER, rule_id)
        elif kind == engine.SMALLTALK:
            store.count(SMALLTALK)
        elif kind in (engine.ABSTAIN, engine.CLARIFY):
            event = ABSTAIN if kind == engine.ABSTAIN else CLARIFY
            store.count(event)
            if question:
                store.keep_question(question, event, answer.lang, person_id(update))
    except sqlite3.Error:
        # Statistics must never cost a user their answer.
        log.exception("could not record update=%s in the store", update.update_id)


async def send_answer(
    update: Update,
    context: Context,
    answer: Answer,
    *,
    question: str | None,
    quote: bool,
    echo: str | None = None,
    admitted: bool = False,
) -> None:
    """Send an answer with its buttons; remember which rule the message answered, for follow-ups."""
    rt = runtime(context)
    messages = engine.message_html(answer)
    if echo:
        headed = f"{echo_html(echo, answer.lang)}\n\n{messages[0]}"
        messages[0] = headed if len(headed) <= TELEGRAM_LIMIT else messages[0]
    keyboard = keyboard_for(answer, context)
    rule_id = engine.topic_of(answer)
    chat_data: dict[str, Any] | None = context.chat_data

    async def job() -> None:
        sent = await send_messages(update, context, messages, keyboard, quote=quote)
        if sent is None or rule_id is None:
            return
        if chat_data is not None:
            remember_answer(chat_data, sent.message_id, rule_id, time.time())
            # In a group this runs after the handler returned; ask for the change to be saved.
            context.application.mark_data_for_update_persistence(chat_ids=sent.chat_id)
        if question:
            rt.recent.add(sent.chat_id, sent.message_id, question, answer.lang)

    await dispatch(update, context, job, admitted=admitted)


async def respond(
    update: Update, context: Context, question: str, *, quote: bool, echo: bool = False, reply_to: int | None = None
) -> None:
    """Answer one question in the update's chat, as a follow-up of the chat's topic where it is one.

    `reply_to` is the id of the bot message the question replied to: its rule is the topic.
    """
    if not await admit(update, context):
        return
    rt = runtime(context)
    question = clean(question)
    started = time.perf_counter()
    previous = follow_up_topic(context.chat_data or {}, reply_to, time.time())
    answer = await engine.ask(rt.index, question, previous=previous, lang=language_preference(context.user_data))
    record(update, context, answer, question)
    await send_answer(
        update, context, answer, question=question, quote=quote, echo=question if echo else None, admitted=True
    )
    # Never the question itself: users' messages stay out of the logs.
    log.info(
        "answered update=%s chat=%s user=%s chars=%d lang=%s kind=%s verdict=%s rule=%s previous=%s ms=%.1f",
        update.update_id,
        update.effective_chat.id if update.effective_chat else None,
        person_id(update),
        len(question),
        answer.lang,
        answer.kind,
        answer.verdict,
        answer.rule.id if answer.rule else None,
        previous,
        (time.perf_counter() - started) * 1000,
    )


# --------------------------------------------------------------------------- message handlers


async def private_text(update: Update, context: Context) -> None:
    """Any text in a private chat is a question (a reply to one of our answers follows up on it)."""
    message = update.effective_message
    if message is None or not message.text or _via_this_bot(message, context):
        return
    replied = message.reply_to_message
    reply_to = replied.message_id if _from_this_bot(replied, context) and replied is not None else None
    await respond(update, context, message.text, quote=False, reply_to=reply_to)


async def group_reply(update: Update, context: Context) -> None:
    """A reply to one of the bot's own messages in a group is a question about that answer."""
    message = update.effective_message
    if message is None or not message.text or _via_this_bot(message, context):
        return
    replied = message.reply_to_message
    if replied is None or not _from_this_bot(replied, context):
        return
    await respond(update, context, message.text, quote=True, reply_to=replied.message_id)


async def ask_command(update: Update, context: Context) -> None:
    """/tanya QUESTION or /ask QUESTION (any chat): answer, replying to the asker in groups."""
    message = update.effective_message
    if message is None:
        return
    question = _command_argument(message)
    replied = message.reply_to_message
    reply_to = None
    if replied is not None and _from_this_bot(replied, context):
        reply_to = replied.message_id  # "/tanya terus sanksinya?" as a reply to an answer
    elif not question and replied is not None and replied.text:
        # "/tanya" sent as a reply to someone's question asks the bot to answer that message.
        question = replied.text
    if not question:
        await reply(update, context, text(user_lang(update, context), "tg_usage"))
        return
    await respond(update, context, question, quote=in_group(update), reply_to=reply_to)


async def private_other(update: Update, context: Context) -> None:
    """Stickers, photos, voice notes and the like in a private chat: ask for text, offer topics."""
    lang = user_lang(update, context)
    await reply(update, context, html.escape(text(lang, "tg_not_text")), keyboards.topics_keyboard(runtime(context).index, lang))


async def migrate(update: Update, context: Context) -> None:
    """A group became a supergroup: its conversation state moves to the new chat id."""
    message = update.effective_message
    if message is not None and (message.migrate_to_chat_id or message.migrate_from_chat_id):
        context.application.migrate_chat_data(message=message)


# --------------------------------------------------------------------------- commands


async def answer_example(update: Update, context: Context, n: int, lang: str) -> bool:
    """Answer popular question `n` (a button or a deep link); False if there is no such example."""
    found = await asyncio.to_thread(example, runtime(context).index, n, lang)
    if found is None:
        return False
    question, answer = found
    record(update, context, answer, None)
    await send_answer(update, context, answer, question=question, quote=False, echo=question)
    return True


async def start(update: Update, context: Context) -> None:
    """/start: answer a deep-link question, or greet with example questions."""
    popular = _POPULAR_RE.fullmatch(context.args[0]) if context.args else None
    if popular and await answer_example(update, context, int(popular.group(2)), popular.group(1)):
        return
    if context.args:
        question = decode_payload(context.args[0])
        if question:
            await respond(update, context, question, quote=False, echo=True)
            return
    lang = user_lang(update, context)
    await reply(update, context, text(lang, "tg_start"), keyboards.examples_keyboard(lang))


async def help_command(update: Update, context: Context) -> None:
    """/help: how to ask in private, in groups and inline, the commands, example questions."""
    arg = context.args[0].lower() if context.args else ""
    lang = arg if arg in ("id", "en") else user_lang(update, context)
    await reply(update, context, _help(context, lang), keyboards.examples_keyboard(lang))


def _help(context: Context, lang: str) -> str:
    return text(lang, "tg_help").format(username=html.escape(context.bot.username or "bot"))


async def unknown_command(update: Update, context: Context) -> None:
    """A command we do not have, in a private chat: say so and show the help."""
    lang = user_lang(update, context)
    body = f"{html.escape(text(lang, 'tg_unknown_command'))}\n\n{_help(context, lang)}"
    await reply(update, context, body, keyboards.examples_keyboard(lang))


async def report_command(update: Update, context: Context) -> None:
    """/lapor: where and how to report a violation, and what evidence to keep."""
    await reply(update, context, text(user_lang(update, context), "tg_lapor"))


async def sanctions_command(update: Update, context: Context) -> None:
    """/sanksi: the sanction ladder in plain words."""
    await reply(update, context, text(user_lang(update, context), "tg_sanksi"))


async def topics_command(update: Update, context: Context) -> None:
    """/topik: the topic menu, as buttons."""
    lang = user_lang(update, context)
    await reply(update, context, text(lang, "tg_topics"), keyboards.topics_keyboard(runtime(context).index, lang))


async def language_command(update: Update, context: Context) -> None:
    """/bahasa [auto|id|en]: the answer language for this user."""
    lang = user_lang(update, context)
    choice = context.args[0].lower() if context.args else ""
    if choice in ("auto", "id", "en") and context.user_data is not None:
        set_language(context.user_data, choice)
        await reply(update, context, html.escape(text(choice if choice != "auto" else lang, f"tg_lang_set_{choice}")))
        return
    current = text(lang, f"tg_lang_{language_preference(context.user_data) or 'auto'}")
    await reply(update, context, text(lang, "tg_bahasa").format(current=html.escape(current)), keyboards.language_keyboard(lang))


def set_language(user_data: dict[str, Any], choice: str) -> None:
    """Store a /bahasa choice ("auto" forgets the preference)."""
    if choice == "auto":
        user_data.pop("lang", None)
    else:
        user_data["lang"] = choice
