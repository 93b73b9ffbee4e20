"""Telegram channel: answers in private chats, groups and inline mode, plus admin commands.

Imports run one way: app -> admin, buttons -> inline -> chat -> keyboards -> engine, and
chat -> send and state -> flood, send, bot.store. Data flows one way too: knowledge -> index -> answer
-> render -> this package, through engine.py only.
"""

from bot.telegram.app import build_application, main

__all__ = ["build_application", "main"]
