"""Inline keyboards and the callback data their buttons carry."""

from __future__ import annotations

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.messages import popular_questions, text

EXAMPLE_RE = re.compile(r"^q:(id|en):(\d{1,3})$")


def examples_keyboard(lang: str) -> InlineKeyboardMarkup:
    rows = [
        [InlineKeyboardButton(question, callback_data=f"q:{lang}:{n}")]
        for n, question in enumerate(popular_questions(lang))
    ]
    rows.append([InlineKeyboardButton(text(lang, "tg_examples_inline"), switch_inline_query="")])
    return InlineKeyboardMarkup(rows)
