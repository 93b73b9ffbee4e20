"""Inline mode: `@bot question` in any chat.

Results are personal (is_personal=True): their language follows the user's app or /bahasa choice
and the button text is localised, so Telegram must not serve one user's results to another.
"""

from __future__ import annotations

import logging

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode

from bot.answer import Answer
from bot.messages import popular_questions, text, verdict_label
from bot.render import TELEGRAM_LIMIT, InlineItem, cut_at_word
from bot.telegram import engine
from bot.telegram.chat import clean, echo_html, encode_payload, example, user_lang
from bot.telegram.send import html_to_plain
from bot.telegram.state import Context, Runtime, language_preference, runtime

log = logging.getLogger(__name__)

MIN_INLINE_CHARS = 3
INLINE_CACHE_SECONDS = 300
MAX_RESULTS = 20


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


def _answer_items(answer: Answer) -> list[InlineItem]:
    items = engine.inline_items(answer)
    if items:
        return items
    # Every other kind (no answer, a clarification, quoted provisions, small talk) still gets one
    # result: the chat message, titled by its own first lines.
    body = engine.message_html(answer)[0]
    lines = [line.strip() for line in html_to_plain(body).splitlines() if line.strip()] or [answer.kind]
    return [InlineItem(answer.kind, cut_at_word(lines[0], 100), cut_at_word(" ".join(lines[1:2]), 100), body)]


def popular_items(rt: Runtime, lang: str) -> list[InlineItem]:
    """The popular questions with their answers, computed once per index and language."""
    if rt.popular_index != id(rt.index):
        rt.popular, rt.popular_index = {}, id(rt.index)
    if lang not in rt.popular:
        items = []
        for n in range(len(popular_questions(lang))):
            found = example(rt.index, n, lang)
            if found is None:
                continue
            question, answer = found
            label = verdict_label(lang, answer.verdict) if answer.verdict else text(lang, "tg_inline_no_answer")
            body = f"{echo_html(question, lang)}\n\n{engine.message_html(answer)[0]}"
            items.append(InlineItem(f"popular-{lang}-{n}", question, f"{text(lang, 'tg_inline_popular')} · {label}", body))
        rt.popular[lang] = items
    return rt.popular[lang]


async def inline_query(update: Update, context: Context) -> None:
    """Inline mode: the short answer (and its sources) for a question, popular questions for an empty one."""
    query = update.inline_query
    if query is None:
        return
    rt = runtime(context)
    question = clean(" ".join(query.query.split()))
    lang = user_lang(update, context)
    if len(question) < MIN_INLINE_CHARS:
        results = [_article(item, None, lang) for item in popular_items(rt, lang)]
        payload = "inline"
    else:
        answer = await engine.ask(rt.index, question, lang=language_preference(context.user_data))
        rt.counters.inline += 1
        results = [_article(item, question, answer.lang) for item in _answer_items(answer)[:MAX_RESULTS]]
        payload = encode_payload(question) or "inline"
        log.info(
            "inline update=%s user=%s chars=%d kind=%s verdict=%s results=%d",
            update.update_id,
            query.from_user.id,
            len(question),
            answer.kind,
            answer.verdict,
            len(results),
        )
    await query.answer(
        results,
        cache_time=INLINE_CACHE_SECONDS,
        is_personal=True,
        button=InlineQueryResultsButton(text=text(lang, "tg_inline_button"), start_parameter=payload),
    )
