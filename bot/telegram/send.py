"""Sending to the chat an update came from."""

from __future__ import annotations

from telegram import Message, ReplyParameters, Update
from telegram.constants import ChatType, ParseMode

from bot.telegram.state import Context


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


async def send(context: Context, update: Update, html_text: str, *, quote: bool) -> Message:
    """Send one HTML message to the update's chat, replying to its message when `quote`."""
    chat_id, message_id, topic = target(update)
    reply = ReplyParameters(message_id, allow_sending_without_reply=True) if quote and message_id else None
    return await context.bot.send_message(
        chat_id=chat_id,
        text=html_text,
        parse_mode=ParseMode.HTML,
        message_thread_id=topic,
        reply_parameters=reply,
    )


def in_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)
