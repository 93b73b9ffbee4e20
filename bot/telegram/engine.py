"""The channel's one door to the engine (bot.answer) and its renderer (bot.render).

Answers are computed in a worker thread (asyncio.to_thread): a question that costs the engine tens
of milliseconds must not stall every other chat on the event loop.

The engine/render contract (plan/contract.md) is landing on main while this channel is built; the
few places that still adapt to the first edition are marked "first edition" and go when it lands.
"""

from __future__ import annotations

import asyncio
import html
import inspect
from collections.abc import Iterable

from bot import render
from bot.answer import Answer, Citation, answer_question
from bot.knowledge import Rule
from bot.render import InlineItem
from bot.search import Index

# Answer kinds (contract): a card's answer, the general-duty answer, a choice between cards,
# no answer, an empty question, and greetings/thanks.
RULE, PRINCIPLE, CLARIFY, ABSTAIN, EMPTY, SMALLTALK = "rule", "principle", "clarify", "abstain", "empty", "smalltalk"
ANSWERED = (RULE, PRINCIPLE)
FOCUSES = ("answer", "sanction", "aftermath", "basis")

_CONTRACT = hasattr(render, "basis_html")
_ASK_TAKES_CONTEXT = "previous" in inspect.signature(answer_question).parameters


async def ask(index: Index, question: str, *, previous: str | None = None, lang: str | None = None) -> Answer:
    """Answer a question off the event loop; `previous` is the chat's last topic (a rule id)."""
    return await asyncio.to_thread(ask_now, index, question, previous=previous, lang=lang)


def ask_now(index: Index, question: str, *, previous: str | None = None, lang: str | None = None) -> Answer:
    """ask() on the calling thread (popular-question caches, tests)."""
    if _ASK_TAKES_CONTEXT:
        return answer_question(index, question, previous=previous, lang=lang)  # type: ignore[call-arg]
    return answer_question(index, question)  # first edition: no follow-ups, no forced language


async def for_rule(index: Index, rule_id: str, lang: str, focus: str = "answer") -> Answer | None:
    """The answer for one card (buttons, topic menu); None if the card is gone (after /reload)."""
    return await asyncio.to_thread(_for_rule, index, rule_id, lang, focus)


def _for_rule(index: Index, rule_id: str, lang: str, focus: str) -> Answer | None:
    from bot import answer as engine

    if hasattr(engine, "answer_rule"):
        return engine.answer_rule(index, rule_id, lang, focus=focus)  # type: ignore[no-any-return]
    rule = find_rule(index, rule_id)  # first edition: the card with its basis passages, untrimmed
    if rule is None:
        return None
    passages = {p.id: p for ref in rule.basis for p in index.knowledge.resolve(ref)}
    citations = [Citation(p, p.text, 0.0) for p in passages.values()]
    return Answer(title(rule, lang), lang, rule.verdict, False, rule=rule, citations=citations)


def find_rule(index: Index, rule_id: str) -> Rule | None:
    """The card with this id in the index, or None."""
    return next((r for r in index.knowledge.rules if r.id == rule_id), None)


def kind(answer: Answer) -> str:
    """The answer's kind (see the constants above)."""
    found = getattr(answer, "kind", None)
    if found:
        return str(found)
    if getattr(answer, "empty", False):  # first edition
        return EMPTY
    if answer.abstained:
        return ABSTAIN
    return RULE if answer.rule is not None else PRINCIPLE


def candidates(answer: Answer) -> list[Rule]:
    """The cards a clarification offers."""
    return list(getattr(answer, "clarify", None) or [])


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


def message_html(answer: Answer) -> list[str]:
    """The answer as Telegram HTML messages: one (the contract's short form)."""
    if _CONTRACT:
        return [render.to_html(answer)]
    return render.to_html_messages(answer)  # first edition: the long form, 1-2 messages


def basis_html(answer: Answer) -> list[str]:
    """📜 The full quoted basis, as messages."""
    if _CONTRACT:
        return list(render.basis_html(answer))  # type: ignore[attr-defined]
    return render.to_html_messages(answer)  # first edition: the whole long form


def sanction_html(answer: Answer) -> str | None:
    """⚖️ The sanction in detail, or None if the card has none."""
    if _CONTRACT:
        return render.sanction_html(answer) or None  # type: ignore[attr-defined, no-any-return]
    rule = answer.rule  # first edition: the card's text, escaped
    found = rule and (rule.sanction_detail.get(answer.lang) or rule.sanction.get(answer.lang))
    return html.escape(found, quote=False) if found else None


def aftermath_html(answer: Answer) -> str | None:
    """😟 What to do if it already happened, or None."""
    if _CONTRACT:
        return render.aftermath_html(answer)  # type: ignore[attr-defined, no-any-return]
    found = answer.rule.aftermath.get(answer.lang) if answer.rule else None  # first edition: the card's text
    return html.escape(found, quote=False) if found else None


def inline_items(answer: Answer) -> list[InlineItem]:
    """Inline results for an answer, in the same short form."""
    return render.inline_items(answer)
