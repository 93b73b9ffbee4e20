"""Telegram channel: answers in private chats, groups and inline mode, plus admin commands.

Imports run one way: app -> buttons, admin, inline -> chat -> keyboards, send, flood -> state.
Data flows one way too: knowledge -> index -> answer -> render -> this package.
"""

from bot.telegram.app import build_application, main

__all__ = ["build_application", "main"]
