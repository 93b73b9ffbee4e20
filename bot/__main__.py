"""Command line: ask, chat, check, passages and run (the Telegram bot)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from bot.answer import answer_question
from bot.config import DEFAULT_KNOWLEDGE
from bot.knowledge import Knowledge, KnowledgeError, load_knowledge
from bot.render import to_json, to_plain
from bot.search import Index
from bot.understand import MAX_QUESTION_CHARS, cap


def knowledge_dir(arg: str | None) -> Path:
    """--knowledge, else $KNOWLEDGE_DIR, else the project's knowledge/ folder."""
    return Path(arg or os.environ.get("KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE)


def _load(path: Path) -> Knowledge:
    try:
        return load_knowledge(path)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"error: knowledge in {path} has {len(exc.problems)} problem(s); run `python -m bot check`", file=sys.stderr)
        raise SystemExit(1) from None


def _dump(obj: Any, out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()


def _from_argv(words: list[str]) -> tuple[str, str | None]:
    """The question from argv, and an error when it was not valid UTF-8 (Python keeps undecodable
    bytes as lone surrogates, which cannot be printed or put in JSON)."""
    question = " ".join(words).strip()
    try:
        question.encode("utf-8")
    except UnicodeEncodeError:
        fixed = os.fsencode(question).decode("utf-8", errors="replace")
        return fixed, "the question is not valid UTF-8; invalid bytes were replaced with U+FFFD"
    return question, None


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer one question (text or JSON), or one per stdin line with `-`."""
    question, error = _from_argv(args.question)
    if question == "-":
        return _ask_stream(args)
    if not question:
        print('error: empty question. Usage: python -m bot ask "Bolehkah PNS me-like postingan calon?"', file=sys.stderr)
        return 2
    index = Index.build(_load(knowledge_dir(args.knowledge)))
    answer = answer_question(index, question)
    if error:
        print(f"error: {error}", file=sys.stderr)
    if args.json:
        data = to_json(answer)
        if error:
            data["error"] = error
        _dump(data, sys.stdout)
    else:
        print(to_plain(answer))
    return 2 if error else 0


def _ask_stream(args: argparse.Namespace) -> int:
    """One answer per input line, loading the index once. Every line gets one output line."""
    index = Index.build(_load(knowledge_dir(args.knowledge)))
    status = 0
    for n, raw in enumerate(sys.stdin.buffer, start=1):
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            # Echoed like a valid line: whitespace-normalised and capped (a 10 MB bad line must
            # not become a 30 MB output line).
            line = cap(raw[: MAX_QUESTION_CHARS * 4].decode("utf-8", errors="replace"))
            message = f"line {n}: input is not valid UTF-8"
            answer = to_json(answer_question(index, ""))
            answer.update(question=line, answer=message, error=message)
            print(f"error: {message}", file=sys.stderr)
            status = 2
        else:
            answer = to_json(answer_question(index, line))
            if not line and not args.json:
                # In JSON mode the empty line still gets its one output line; in text mode it is
                # an input error, as it is for `ask ""`.
                print(f"error: line {n}: empty question", file=sys.stderr)
                status = 2
                continue
        if args.json:
            _dump(answer, sys.stdout)
        else:
            print(answer["answer"], end="\n\n", flush=True)
    return status


def cmd_chat(args: argparse.Namespace) -> int:
    """Interactive loop: type a question, get an answer; empty line or Ctrl-D quits."""
    index = Index.build(_load(knowledge_dir(args.knowledge)))
    print("Tanya apa saja tentang netralitas ASN (kosongkan untuk keluar) / Ask anything (empty line quits).")
    previous: str | None = None  # the last card, so "terus sanksinya?" is understood
    while True:
        print("? ", end="", flush=True)
        try:
            raw = sys.stdin.buffer.readline()
        except KeyboardInterrupt:
            raw = b""
        if not raw:
            print()
            return 0
        question = raw.decode("utf-8", errors="replace").strip()
        if not question:
            return 0
        if "\ufffd" in question:
            print("error: the line was not valid UTF-8; invalid bytes were replaced", file=sys.stderr)
        answer = answer_question(index, question, previous=previous)
        previous = answer.rule.id if answer.rule is not None else previous
        print(to_plain(answer), end="\n\n")


def cmd_check(args: argparse.Namespace) -> int:
    """Validate the knowledge folder; print every problem as file:line: message."""
    path = knowledge_dir(args.knowledge)
    try:
        knowledge = load_knowledge(path)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem)
        print(f"{len(exc.problems)} problem(s) found in {path}", file=sys.stderr)
        return 1
    for warning in knowledge.warnings:
        print(warning)
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in knowledge.counts.items())
    if knowledge.warnings:
        print(f"{len(knowledge.warnings)} warning(s) in {path}", file=sys.stderr)
        if args.strict:
            return 1
    print(f"OK: {path}: {counts}")
    return 0


def cmd_passages(args: argparse.Namespace) -> int:
    """Print every indexed passage as JSON Lines."""
    for p in _load(knowledge_dir(args.knowledge)).passages:
        _dump({"id": p.id, "kind": p.kind, "source": p.source, "ref": p.ref, "title": p.title, "text": p.text}, sys.stdout)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    """Add a news article from a link: fetch, extract, validate the whole folder, write, log."""
    from bot.config import ConfigError
    from bot.history import Refused
    from bot.ingest import add_article, cli_actor, describe_added

    try:
        result = add_article(args.url, knowledge_dir(args.knowledge), cli_actor(), date=args.date)
    except ConfigError as exc:  # DATA_DIR unusable, or a broken .env
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Refused as exc:
        print(f"error: {exc.message('en')}", file=sys.stderr)
        for line in exc.summary():
            print(line, file=sys.stderr)
        return 1
    print(describe_added(result, "en"))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Start the Telegram bot (configuration from the environment and .env)."""
    from bot.telegram import main as telegram_main

    return telegram_main()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for `python -m bot`."""
    parser = argparse.ArgumentParser(prog="python -m bot", description="ASN neutrality assistant")
    parser.add_argument("--knowledge", metavar="DIR", help="knowledge folder (default: $KNOWLEDGE_DIR or ./knowledge)")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer a question ('-' reads one question per stdin line)")
    ask.add_argument("--json", action="store_true", help="print the JSON contract instead of text")
    ask.add_argument("question", nargs="*", help="the question, or - for stdin")
    ask.set_defaults(func=cmd_ask)
    sub.add_parser("chat", help="interactive question loop").set_defaults(func=cmd_chat)
    check = sub.add_parser("check", help="validate the knowledge folder")
    check.add_argument("--strict", action="store_true", help="fail on warnings too (style rules)")
    check.set_defaults(func=cmd_check)
    sub.add_parser("passages", help="print every passage as JSON Lines").set_defaults(func=cmd_passages)
    sub.add_parser("run", help="run the Telegram bot").set_defaults(func=cmd_run)
    add = sub.add_parser("add", help="add a news article from a link to knowledge/articles/ (logged, undo with /batal)")
    add.add_argument("url", help="the article's http(s) link")
    add.add_argument("--date", metavar="YYYY-MM-DD", help="publication date, when the page does not give one")
    add.set_defaults(func=cmd_add)
    for name in ("chat", "check", "passages", "run", "add"):
        sub.choices[name].add_argument("--knowledge", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    ask.add_argument("--knowledge", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script and `python -m bot`."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
