"""Callback queries: what happens when someone presses one of the bot's buttons."""

from __future__ import annotations

from telegram import Update

from bot.messages import popular_questions, text
from bot.telegram.chat import respond, user_lang
from bot.telegram.keyboards import EXAMPLE_RE
from bot.telegram.state import Context


async def example_button(update: Update, context: Context) -> None:
    """An example-question button: answer that question in the button's chat."""
    query = update.callback_query
    if query is None:
        return
    match = EXAMPLE_RE.match(query.data or "")
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
