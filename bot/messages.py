"""Every user-facing sentence, in Indonesian and English. Handlers and renderers look up keys here."""

from __future__ import annotations

VERDICT_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "prohibited": "❌ Dilarang",
        "allowed": "✅ Boleh",
        "conditional": "⚠️ Bersyarat",
        "info": "ℹ️ Informasi",
    },
    "en": {
        "prohibited": "❌ Prohibited",
        "allowed": "✅ Allowed",
        "conditional": "⚠️ Conditional",
        "info": "ℹ️ Information",
    },
}

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "sanction": "Sanksi",
        "basis": "Dasar",
        "note": "Catatan",
        "status": "Status",
        "as_of": "per",
        "matched": "Pertanyaan serupa",
        "no_rule": "Tidak ada kartu jawaban yang pas; berikut ketentuan yang paling relevan.",
        "abstain": (
            "Maaf, saya belum bisa menjawab pertanyaan ini dengan yakin, jadi saya tidak mengutip "
            "apa pun.\n\nSaya menjawab pertanyaan tentang netralitas ASN (PNS dan PPPK) dalam Pemilu "
            "dan Pilkada, misalnya: bolehkah me-like postingan calon, berfoto dengan calon, hadir di "
            "kampanye, menjadi anggota partai, dan apa sanksinya.\n\nUntuk pertanyaan lain, hubungi "
            "BKPSDM/bagian kepegawaian instansi Anda, BKN (sbt.bkn.go.id) atau Bawaslu setempat."
        ),
        "empty": "Pertanyaannya kosong. Tulis pertanyaan Anda, misalnya: \"Bolehkah PNS me-like postingan calon bupati?\"",
        "footer": (
            "Ini informasi umum, bukan nasihat hukum. Tanya atau lapor: Bawaslu (sigaplapor.bawaslu.go.id), "
            "BKN (sbt.bkn.go.id), atau SP4N-LAPOR! (lapor.go.id)."
        ),
    },
    "en": {
        "sanction": "Sanction",
        "basis": "Basis",
        "note": "Note",
        "status": "Status",
        "as_of": "as of",
        "matched": "Similar question",
        "no_rule": "No answer card fits exactly; these are the most relevant provisions.",
        "abstain": (
            "Sorry, I can't answer this question confidently, so I am not citing anything.\n\n"
            "I answer questions on the political neutrality of Indonesian civil servants (ASN: PNS "
            "and PPPK) in elections, e.g. may I like a candidate's post, pose for a photo with a "
            "candidate, attend a rally, join a party, and what the sanctions are.\n\nFor anything "
            "else, ask your agency's personnel office (BKPSDM), BKN (sbt.bkn.go.id) or your local "
            "Bawaslu."
        ),
        "empty": "The question is empty. Type your question, e.g. \"May a civil servant like a candidate's post?\"",
        "footer": (
            "General information, not legal advice. Ask or report: Bawaslu (sigaplapor.bawaslu.go.id), "
            "BKN (sbt.bkn.go.id) or SP4N-LAPOR! (lapor.go.id)."
        ),
    },
}


def text(lang: str, key: str) -> str:
    """The text for `key` in `lang` (falls back to Indonesian)."""
    return TEXTS.get(lang, TEXTS["id"]).get(key) or TEXTS["id"][key]


def verdict_label(lang: str, verdict: str) -> str:
    """Verdict line such as "❌ Dilarang"."""
    return VERDICT_LABELS.get(lang, VERDICT_LABELS["id"])[verdict]


# =========================================================================== Telegram channel
# Strings used only by bot/telegram.py. Keys start with "tg_" so they can never collide with the
# engine's keys above; they are merged into TEXTS so text(lang, key) works for both.
# Placeholders ({name}) are filled with str.format after the values are HTML-escaped.

TELEGRAM_TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "tg_start": (
            "Halo! Saya <b>Asisten Netralitas ASN</b>. Tanyakan apa saja tentang netralitas PNS dan "
            "PPPK dalam Pemilu dan Pilkada; saya jawab dengan putusan (boleh/dilarang), sanksinya, "
            "dan kutipan pasal yang menjadi dasarnya.\n\n"
            "Ketik saja pertanyaan Anda, atau pilih contoh di bawah. Bantuan: /help"
        ),
        "tg_help": (
            "<b>Cara bertanya</b>\n"
            "• Di chat pribadi: ketik pertanyaan Anda.\n"
            "• Di grup: <code>/tanya pertanyaan</code>, atau balas pesan saya.\n"
            "• Di chat mana pun: ketik <code>@{username} pertanyaan</code> lalu pilih jawaban.\n\n"
            "Pertanyaan dalam bahasa Inggris dijawab dalam bahasa Inggris.\n\n"
            "Contoh pertanyaan:"
        ),
        "tg_examples_inline": "🔎 Tanya dari chat lain",
        "tg_you_asked": "❓ {question}",
        "tg_usage": "Tulis pertanyaannya setelah perintah, misalnya:\n<code>/tanya Bolehkah PNS me-like postingan calon bupati?</code>",
        "tg_flood": "Pelan-pelan ya 🙏 Anda mengirim banyak pertanyaan dalam waktu singkat. Coba lagi sebentar lagi.",
        "tg_error": "Maaf, terjadi kesalahan saat memproses pesan Anda. Silakan coba lagi sebentar lagi.",
        "tg_refusal": "Maaf, perintah ini hanya untuk admin bot.",
        "tg_not_text": "Saya hanya bisa membaca pertanyaan berupa teks. Silakan ketik pertanyaan Anda.",
        "tg_expired": "Tombol ini sudah tidak berlaku. Ketik /help untuk contoh terbaru.",
        "tg_reload_ok": "✅ Pengetahuan dimuat ulang dalam {seconds} detik: {counts}.",
        "tg_reload_failed": (
            "❌ Gagal memuat ulang: {count} masalah. Pengetahuan lama tetap dipakai. "
            "Perbaiki masalah berikut lalu jalankan /reload lagi:"
        ),
        "tg_stats": (
            "<b>📊 Statistik</b>\n"
            "Pengetahuan: {counts}\n"
            "Muat ulang terakhir: {reloaded_at} ({seconds} detik)\n"
            "Pertanyaan sejak mulai: {questions} (dijawab {answered}, tidak yakin {abstained})\n"
            "Kueri inline: {inline}\n"
            "Dibatasi (flood): {flooded}\n"
            "Galat: {errors}\n"
            "Aktif sejak: {started_at} (uptime {uptime})"
        ),
        "tg_inline_button": "Buka chat dengan bot",
        "tg_inline_popular": "Pertanyaan populer",
        "tg_inline_no_answer": "Belum ada jawaban yang yakin",
    },
    "en": {
        "tg_start": (
            "Hello! I am the <b>ASN Neutrality Assistant</b>. Ask me anything about the political "
            "neutrality of Indonesian civil servants (PNS and PPPK) in elections; I answer with a "
            "verdict (allowed/prohibited), the sanction and the provisions it rests on.\n\n"
            "Just type your question, or pick an example below. Help: /help"
        ),
        "tg_help": (
            "<b>How to ask</b>\n"
            "• In a private chat: type your question.\n"
            "• In a group: <code>/ask question</code> (or <code>/tanya</code>), or reply to my message.\n"
            "• In any chat: type <code>@{username} question</code> and pick an answer.\n\n"
            "Questions in Indonesian get Indonesian answers; questions in English get English answers.\n\n"
            "Example questions:"
        ),
        "tg_examples_inline": "🔎 Ask from another chat",
        "tg_you_asked": "❓ {question}",
        "tg_usage": "Put the question after the command, e.g.:\n<code>/ask May a civil servant like a candidate's post?</code>",
        "tg_flood": "Slow down a little, please 🙏 You sent many questions in a short time. Try again in a moment.",
        "tg_error": "Sorry, something went wrong while handling your message. Please try again in a moment.",
        "tg_refusal": "Sorry, this command is for the bot's admins only.",
        "tg_not_text": "I can only read questions written as text. Please type your question.",
        "tg_expired": "This button has expired. Send /help for current examples.",
        "tg_reload_ok": "✅ Knowledge reloaded in {seconds} s: {counts}.",
        "tg_reload_failed": (
            "❌ Reload failed: {count} problem(s). The previous knowledge is still in use. "
            "Fix these and run /reload again:"
        ),
        "tg_stats": (
            "<b>📊 Statistics</b>\n"
            "Knowledge: {counts}\n"
            "Last reload: {reloaded_at} ({seconds} s)\n"
            "Questions since start: {questions} (answered {answered}, abstained {abstained})\n"
            "Inline queries: {inline}\n"
            "Flood-limited: {flooded}\n"
            "Errors: {errors}\n"
            "Running since: {started_at} (uptime {uptime})"
        ),
        "tg_inline_button": "Open a private chat with the bot",
        "tg_inline_popular": "Popular question",
        "tg_inline_no_answer": "No confident answer yet",
    },
}

for _lang, _entries in TELEGRAM_TEXTS.items():
    for _key, _value in _entries.items():
        TEXTS[_lang].setdefault(_key, _value)

# Example questions for /start, /help and an empty inline query. Keep each under ~60 characters
# so it fits on a button; order matters (deep links and buttons refer to them by position).
POPULAR_QUESTIONS: dict[str, list[str]] = {
    "id": [
        "Bolehkah PNS me-like postingan calon?",
        "Bolehkah ASN hadir di kampanye?",
        "Bolehkah ASN berfoto dengan calon?",
        "Bolehkah PNS menjadi anggota partai politik?",
        "Apa sanksi ASN yang tidak netral?",
    ],
    "en": [
        "May a civil servant like a candidate's post?",
        "May a civil servant attend a campaign rally?",
        "May a civil servant pose for a photo with a candidate?",
        "May a civil servant join a political party?",
        "What is the sanction for a non-neutral civil servant?",
    ],
}


def popular_questions(lang: str) -> list[str]:
    """Example questions in `lang` (falls back to Indonesian)."""
    return POPULAR_QUESTIONS.get(lang, POPULAR_QUESTIONS["id"])
