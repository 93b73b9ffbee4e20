"""The channel's one door to the engine (bot.answer) and its renderer (bot.render).

Answers are computed in a worker thread (asyncio.to_thread): a question that costs the engine tens
of milliseconds must not stall every other chat on the event loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

from bot import render
from bot.answer import Answer, answer_question, answer_rule
from bot.knowledge import Rule
from bot.render import InlineItem
from bot.search import Index

# Answer kinds (bot.answer.KINDS): a card's answer, the general-duty answer, quoted provisions for
# a question that names them, a choice between cards, no answer, an empty question, small talk.
RULE, PRINCIPLE, PASSAGES, CLARIFY, ABSTAIN, EMPTY, SMALLTALK = (
    "rule", "principle", "passages", "clarify", "abstain", "empty", "smalltalk",
)
ANSWERED = (RULE, PRINCIPLE, PASSAGES)
ABOUT_A_CARD = (RULE, PRINCIPLE)  # answers whose card becomes the chat's topic


async def ask(index: Index, question: str, *, previous: str | None = None, lang: str | None = None) -> Answer:
    """Answer a question off the event loop; `previous` is the chat's last topic (a rule id)."""
    return await asyncio.to_thread(ask_now, index, question, previous=previous, lang=lang)


def ask_now(index: Index, question: str, *, previous: str | None = None, lang: str | None = None) -> Answer:
    """ask() on the calling thread (popular-question caches, tests)."""
    return answer_question(index, question, previous=previous, lang=lang)


async def for_rule(index: Index, rule_id: str, lang: str, focus: str = "answer") -> Answer | None:
    """The answer for one card (buttons, topic menu); None if the card is gone (after /reload)."""
    return await asyncio.to_thread(answer_rule, index, rule_id, lang, focus=focus)


def find_rule(index: Index, rule_id: str) -> Rule | None:
    """The card with this id in the index, or None."""
    return index.knowledge.rule(rule_id)


def title(rule: Rule, lang: str) -> str:
    """The canonical question the card answers, in `lang` (its first example question if untitled)."""
    found = rule.title.get(lang) or rule.title.get("id")
    if found:
        return found
    questions = rule.questions.get(lang) or rule.questions.get("id") or [rule.id]
    return questions[0]


def rules_by_topic(rules: Iterable[Rule]) -> dict[str, list[Rule]]:
    """Cards grouped by topic, topics and cards in knowledge order (principle cards are not listed)."""
    groups: dict[str, list[Rule]] = {}
    for rule in rules:
        if rule.kind == "rule":
            groups.setdefault(rule.topic, []).append(rule)
    return groups


def has_aftermath(rule: Rule | None, lang: str) -> bool:
    """Whether the card has a "Sudah terlanjur?" text (its button is shown only then)."""
    return rule is not None and bool(rule.aftermath.get(lang))


def topic_of(answer: Answer) -> str | None:
    """The rule id an answer makes the chat's topic (for follow-ups and replies), if any."""
    return answer.rule.id if answer.rule is not None and answer.kind in ABOUT_A_CARD else None


def message_html(answer: Answer) -> list[str]:
    """The answer as Telegram HTML: one message (the quotes collapsed in it)."""
    return [render.to_html(answer)]


def basis_html(answer: Answer) -> list[str]:
    """📜 The full quoted basis, as messages."""
    return render.basis_html(answer)


def sanction_html(answer: Answer) -> str:
    """⚖️ The sanction in detail (or that the card names none)."""
    return render.sanction_html(answer)


def aftermath_html(answer: Answer) -> str | None:
    """😟 What to do if it already happened, or None."""
    return render.aftermath_html(answer)


def inline_items(answer: Answer) -> list[InlineItem]:
    """Inline results for an answer, in the same short form."""
    return render.inline_items(answer)
