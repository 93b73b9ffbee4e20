"""Button presses (callback queries): details of an answer, votes, menus, language, examples.

Every press is answered exactly once (that stops the client's spinner), whatever happens: a forged
or stale button gets a polite "expired" note, a press without a chat (a message sent via inline
mode) gets the same note instead of a traceback.
"""

from __future__ import annotations

import html
import logging
import sqlite3

from telegram import CallbackQuery, Message, Update

from bot.messages import popular_questions, text, topic_label
from bot.store import DOWN
from bot.telegram import engine, keyboards
from bot.telegram.chat import (
    answer_example,
    person_id,
    record,
    reply,
    send_answer,
    set_language,
    user_lang,
)
from bot.telegram.keyboards import Action, Press
from bot.telegram.state import Context, runtime

log = logging.getLogger(__name__)


async def on_button(update: Update, context: Context) -> None:
    """Any button press: decode and validate its data, then do what it says."""
    query = update.callback_query
    if query is None:
        return
    press = keyboards.decode(query.data)
    message = query.message if isinstance(query.message, Message) else None
    if press is None or message is None or update.effective_chat is None:
        log.info("stale or foreign button update=%s", update.update_id)
        await query.answer(text(user_lang(update, context), "tg_expired"))
        return
    handled = await _HANDLERS[press.action](update, context, query, press)
    if not handled:
        await query.answer(text(press.lang, "tg_expired"))


async def _example(update: Update, context: Context, query: CallbackQuery, press: Press) -> bool:
    if not press.arg.isdigit() or int(press.arg) >= len(popular_questions(press.lang)):
        return False
    await query.answer()
    return await answer_example(update, context, int(press.arg), press.lang)


async def _answer_rule(update: Update, context: Context, query: CallbackQuery, press: Press) -> bool:
    """A clarification candidate or a topic-menu entry: that card's answer."""
    rt = runtime(context)
    rule = keyboards.find_rule(rt.index, press.arg)
    answer = await engine.for_rule(rt.index, rule.id, press.lang) if rule is not None else None
    if answer is None:
        return False
    await query.answer()
    record(update, context, answer, None)
    await send_answer(update, context, answer, question=None, quote=False)
    return True


async def _detail(update: Update, context: Context, query: CallbackQuery, press: Press) -> bool:
    """📜 ⚖️ 😟 under an answer: the basis, the sanction, or what to do now."""
    rt = runtime(context)
    rule = keyboards.find_rule(rt.index, press.arg)
    focus = {Action.BASIS: "basis", Action.SANCTION: "sanction", Action.AFTERMATH: "aftermath"}[press.action]
    answer = await engine.for_rule(rt.index, rule.id, press.lang, focus) if rule is not None else None
    if answer is None:
        return False
    await query.answer()
    if press.action is Action.BASIS:
        messages = engine.basis_html(answer)
    elif press.action is Action.SANCTION:
        messages = [engine.sanction_html(answer)]
    else:
        messages = [engine.aftermath_html(answer) or html.escape(text(press.lang, "tg_no_aftermath"))]
    for body in messages:
        await reply(update, context, body)
    return True


async def _report(update: Update, context: Context, query: CallbackQuery, press: Press) -> bool:
    await query.answer()
    await reply(update, context, text(press.lang, "tg_lapor"))
    return True


async def _vote(update: Update, context: Context, query: CallbackQuery, press: Press) -> bool:
    """👍/👎: one vote per user and answer (a changed mind counts); 👎 keeps the question's text."""
    rt = runtime(context)
    rule = keyboards.find_rule(rt.index, press.arg)
    message = query.message
    user = person_id(update)
    if rule is None or not isinstance(message, Message):
        return False
    up = press.action is Action.UP
    key = f"{message.chat_id}:{message.message_id}"
    try:
        changed = rt.store.vote(key, user if user is not None else message.chat_id, rule.id, rule.verdict, up)
        if changed and not up:
            asked = rt.recent.get(message.chat_id, message.message_id)
            replied = message.reply_to_message
            if asked is None and replied is not None and replied.text:
                asked = (replied.text, press.lang)  # in groups the answer quotes the question
            if asked is not None:
                rt.store.keep_question(asked[0], DOWN, asked[1], user, rule.id)
    except sqlite3.Error:
        log.exception("could not record a vote update=%s", update.update_id)
        changed = True  # the user still gets a thank-you; the failure is in the log
    log.info("vote update=%s rule=%s up=%s counted=%s", update.update_id, rule.id, up, changed)
    note = "tg_vote_again" if not changed else ("tg_vote_up" if up else "tg_vote_down")
    await query.answer(text(press.lang, note))
    return True


async def _topic(update: Update, context: Context, query: CallbackQuery, press: Press) -> bool:
    """The topic menu (no argument) or one topic's cards."""
    index = runtime(context).index
    if not press.arg:
        await query.answer()
        await reply(update, context, text(press.lang, "tg_topics"), keyboards.topics_keyboard(index, press.lang), quote=False)
        return True
    rules = engine.rules_by_topic(index.knowledge.rules).get(press.arg)
    if not rules:
        return False
    await query.answer()
    head = text(press.lang, "tg_topic_rules").format(topic=html.escape(topic_label(press.lang, press.arg)))
    await reply(update, context, head, keyboards.topic_rules_keyboard(rules, press.lang), quote=False)
    return True


async def _language(update: Update, context: Context, query: CallbackQuery, press: Press) -> bool:
    if press.arg not in ("auto", "id", "en") or context.user_data is None:
        return False
    set_language(context.user_data, press.arg)
    shown = press.arg if press.arg != "auto" else press.lang
    await query.answer(text(shown, f"tg_lang_set_{press.arg}"))
    return True


_HANDLERS = {
    Action.EXAMPLE: _example,
    Action.ANSWER: _answer_rule,
    Action.BASIS: _detail,
    Action.SANCTION: _detail,
    Action.AFTERMATH: _detail,
    Action.REPORT: _report,
    Action.UP: _vote,
    Action.DOWN: _vote,
    Action.TOPIC: _topic,
    Action.LANGUAGE: _language,
}
