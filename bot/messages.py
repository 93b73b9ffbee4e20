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
        "understood": "Saya menjawab",
        "sanction": "Sanksi",
        "basis": "Dasar",
        "basis_heading": "📜 Dasar hukum",
        "sanction_heading": "⚖️ Sanksi",
        "aftermath_heading": "😟 Sudah terlanjur?",
        "quotes": "Kutipan",
        "checked": "dicek",
        "status": "Status",
        "no_sanction": "Kartu ini tidak menyebut sanksi tersendiri. Tanyakan rinciannya ke BKPSDM/bagian kepegawaian instansi Anda.",
        "principle_intro": "Saya belum punya jawaban khusus untuk situasi ini. Prinsip umumnya:",
        "passages_intro": "Bunyi ketentuan yang paling sesuai dengan pertanyaan Anda:",
        "clarify": "🤔 Maksud Anda yang mana? Pilih salah satu, atau tulis ulang pertanyaan dengan lebih rinci:",
        "abstain": (
            "Maaf, saya belum bisa menjawab pertanyaan ini dengan yakin.\n"
            "Saya menjawab soal netralitas ASN (PNS dan PPPK) dalam Pemilu dan Pilkada, misalnya: bolehkah me-like "
            "unggahan calon, hadir di kampanye, berfoto dengan calon, dan apa sanksinya. Coba tulis ulang "
            "pertanyaan Anda dalam satu kalimat."
        ),
        "redirect_kpu": (
            "Maaf, ini di luar yang saya tangani: soal pendaftaran pemilih, lokasi TPS, KPPS dan hasil pemilu "
            "ditangani KPU (cekdptonline.kpu.go.id, kpu.go.id) atau PPS di kelurahan/desa Anda."
        ),
        "redirect_bkn": (
            "Maaf, ini di luar yang saya tangani: soal rekrutmen, gaji, pangkat, cuti dan karier ASN "
            "ditangani BKPSDM/bagian kepegawaian instansi Anda atau BKN (bkn.go.id)."
        ),
        "redirect_foreign": (
            "Maaf, saya hanya menjawab soal ASN Indonesia (PNS dan PPPK). Aturan netralitas pegawai negeri "
            "di negara lain berbeda; lihat peraturan negara tersebut."
        ),
        "redirect_pilkades": (
            "Maaf, ini di luar yang saya tangani: soal pemerintahan dan keuangan desa ditangani Dinas PMD "
            "kabupaten/kota atau kecamatan."
        ),
        "redirect_tni-polri": (
            "Saya menjawab soal ASN (PNS dan PPPK). Anggota TNI dan Polri punya aturan sendiri: mereka dilarang "
            "berpolitik praktis dan tidak menggunakan hak pilih (UU 34/2004 Pasal 39, UU 2/2002 Pasal 28, "
            "UU 7/2017 Pasal 200). Tanyakan rinciannya ke satuan atau Bawaslu setempat."
        ),
        "redirect_state-official": (
            "Saya menjawab soal ASN (PNS dan PPPK). Kampanye pejabat negara (presiden, menteri, kepala daerah, "
            "anggota DPR/DPRD) diatur UU Pemilu dan UU Pilkada, misalnya soal cuti kampanye; tanyakan ke "
            "Bawaslu (bawaslu.go.id) atau KPU."
        ),
        "redirect_other": (
            "Maaf, ini di luar yang saya tangani: saya menjawab soal netralitas ASN (PNS dan PPPK) dalam Pemilu "
            "dan Pilkada, dan saya tidak menilai calon atau partai. Hak pilih Anda bebas dan rahasia."
        ),
        "smalltalk_greeting": "Halo! 👋 Silakan tanyakan apa saja tentang netralitas ASN dalam Pemilu dan Pilkada. Contoh:",
        "smalltalk_thanks": "Sama-sama 🙏 Semoga membantu. Ada pertanyaan lain? Contoh:",
        "smalltalk_ack": "Baik 👍 Kalau ada yang ingin ditanyakan lagi, silakan. Contoh:",
        "empty": "Pertanyaannya kosong. Tulis pertanyaan Anda, misalnya: \"Bolehkah PNS me-like postingan calon bupati?\"",
        "footer": "Informasi umum, bukan nasihat hukum.",
    },
    "en": {
        "understood": "I answered",
        "sanction": "Sanction",
        "basis": "Basis",
        "basis_heading": "📜 Legal basis",
        "sanction_heading": "⚖️ Sanction",
        "aftermath_heading": "😟 Already done it?",
        "quotes": "Quotes",
        "checked": "checked",
        "status": "Status",
        "no_sanction": "This card names no sanction of its own. Ask your agency's personnel office (BKPSDM) for details.",
        "principle_intro": "I have no specific answer for this situation yet. The general rule:",
        "passages_intro": "The provisions that best match your question:",
        "clarify": "🤔 Which one do you mean? Pick one, or ask again with more detail:",
        "abstain": (
            "Sorry, I can't answer this question confidently.\n"
            "I answer questions on the political neutrality of Indonesian civil servants (ASN: PNS and PPPK) "
            "in elections, e.g. may I like a candidate's post, attend a rally, pose for a photo with a "
            "candidate, and what the sanctions are. Try asking again in one sentence."
        ),
        "redirect_kpu": (
            "Sorry, that is outside what I cover: voter registration, polling stations, KPPS and election "
            "results are handled by the election commission KPU (cekdptonline.kpu.go.id, kpu.go.id)."
        ),
        "redirect_bkn": (
            "Sorry, that is outside what I cover: recruitment, pay, rank, leave and careers of civil servants "
            "are handled by your agency's personnel office (BKPSDM) or BKN (bkn.go.id)."
        ),
        "redirect_foreign": (
            "Sorry, I only answer questions about Indonesian civil servants (ASN: PNS and PPPK). Other "
            "countries have their own rules for civil servants in elections."
        ),
        "redirect_pilkades": (
            "Sorry, that is outside what I cover: village government and village funds are handled by the "
            "district's village community empowerment office (Dinas PMD)."
        ),
        "redirect_tni-polri": (
            "I answer about civil servants (ASN: PNS and PPPK). Members of the TNI and Polri have their own rules: "
            "no practical politics and no vote (Law 34/2004 Art. 39, Law 2/2002 Art. 28, Law 7/2017 Art. 200). "
            "Ask their unit or the local Bawaslu."
        ),
        "redirect_state-official": (
            "I answer about civil servants (ASN: PNS and PPPK). Campaigning by state officials (the President, "
            "ministers, regional heads, members of parliament) is governed by the election laws, e.g. campaign "
            "leave; ask Bawaslu (bawaslu.go.id) or the KPU."
        ),
        "redirect_other": (
            "Sorry, that is outside what I cover: I answer about the political neutrality of Indonesian civil "
            "servants (ASN) in elections, and I do not rate candidates or parties. Your vote is free and secret."
        ),
        "smalltalk_greeting": "Hello! 👋 Ask me anything about civil servants' neutrality in elections. For example:",
        "smalltalk_thanks": "You're welcome 🙏 Anything else? For example:",
        "smalltalk_ack": "Alright 👍 Ask me again any time. For example:",
        "empty": "The question is empty. Type your question, e.g. \"May a civil servant like a candidate's post?\"",
        "footer": "General information, not legal advice.",
    },
}

# Provision statuses (bot.schema.STATUSES) in the answer's language.
STATUS_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "in-force": "Berlaku",
        "amended": "Berlaku dengan perubahan",
        "revoked": "Dicabut",
        "superseded": "Digantikan",
        "guidance": "Pedoman, bukan undang-undang",
        "regional": "Surat edaran daerah",
        "court-decision": "Putusan Mahkamah Konstitusi",
        "statement": "Pernyataan pejabat",
        "pledge": "Teks ikrar",
        "historical": "Tidak berlaku lagi",
    },
    "en": {
        "in-force": "In force",
        "amended": "In force, as amended",
        "revoked": "Revoked",
        "superseded": "Superseded",
        "guidance": "Guidance, not a statute",
        "regional": "Regional circular",
        "court-decision": "Constitutional Court decision",
        "statement": "Official's statement",
        "pledge": "Pledge text",
        "historical": "No longer in force",
    },
}

MONTHS: dict[str, list[str]] = {
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def format_date(iso: str, lang: str) -> str:
    """"2026-11-24" as "24 November 2026" (Indonesian or English month names)."""
    try:
        year, month, day = (int(x) for x in iso[:10].split("-"))
        return f"{day} {MONTHS.get(lang, MONTHS['id'])[month - 1]} {year}"
    except (ValueError, IndexError):
        return iso


def status_label(lang: str, status: str) -> str:
    """A provision status ("in-force") in words ("Berlaku")."""
    return STATUS_LABELS.get(lang, STATUS_LABELS["id"]).get(status, status)


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
