"""Inline mode: `@bot question` in any chat."""

from __future__ import annotations

import logging

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode

from bot.answer import Answer, answer_question
from bot.messages import popular_questions, text, verdict_label
from bot.render import TELEGRAM_LIMIT, InlineItem, compact_html, inline_items
from bot.search import Index
from bot.telegram.chat import echo_html, encode_payload, user_lang
from bot.telegram.state import Context, index_of, stats_of

log = logging.getLogger(__name__)

MIN_INLINE_CHARS = 3
INLINE_CACHE_SECONDS = 300


def _article(item: InlineItem, echo: str | None, lang: str) -> InlineQueryResultArticle:
    body = item.html
    if echo:
        headed = f"{echo_html(echo, lang)}\n\n{body}"
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
    return [InlineItem("abstain", text(answer.lang, "tg_inline_no_answer"), first, compact_html(answer))]


def _popular_items(index: Index, lang: str) -> list[InlineItem]:
    items = []
    for n, question in enumerate(popular_questions(lang)):
        answer = answer_question(index, question)
        label = text(lang, "tg_inline_no_answer") if answer.abstained else verdict_label(lang, answer.verdict or "info")
        body = f"{echo_html(question, lang)}\n\n{compact_html(answer)}"
        items.append(InlineItem(f"popular-{lang}-{n}", question, f"{text(lang, 'tg_inline_popular')} · {label}", body))
    return items


async def inline_query(update: Update, context: Context) -> None:
    """Inline mode: cited results for a question, popular questions for an empty one."""
    query = update.inline_query
    if query is None:
        return
    question = " ".join(query.query.split())
    lang = user_lang(update)
    index = index_of(context)
    if len(question) < MIN_INLINE_CHARS:
        results = [_article(item, None, lang) for item in _popular_items(index, lang)]
        payload = "inline"
    else:
        answer = answer_question(index, question)
        stats_of(context).inline += 1
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
