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
        "news": "Berita",
        "basis_heading": "📜 Dasar hukum",
        "sanction_heading": "⚖️ Sanksi",
        "aftermath_heading": "😟 Sudah terlanjur?",
        "quotes": "Kutipan",
        "checked": "dicek",
        "status": "Status",
        "no_sanction": "Kartu ini tidak menyebut sanksi tersendiri. Tanyakan rinciannya ke BKPSDM/bagian kepegawaian instansi Anda.",
        "principle_intro": "Saya belum punya jawaban khusus untuk situasi ini. Prinsip umumnya:",
        "legal_test_intro": "Belum ada jawaban khusus untuk situasi ini; saya menjawab dengan aturan umum",
        "passages_intro": "Bunyi ketentuan yang paling sesuai dengan pertanyaan Anda:",
        "passages_intro_sources": "Bagian sumber kami yang paling sesuai dengan pertanyaan Anda:",
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
        "redirect_bumn": (
            "Saya menjawab soal ASN (PNS dan PPPK); karyawan BUMN/BUMD bukan ASN. Untuk Anda berlaku UU Pemilu: "
            "direksi, komisaris, dewan pengawas dan karyawan BUMN/BUMD dilarang diikutsertakan dalam kampanye "
            "atau tim kampanye (UU 7/2017 Pasal 280 ayat (2) dan (3)), ditambah aturan internal perusahaan; "
            "tanyakan ke bagian SDM perusahaan Anda atau Bawaslu. Hak pilih Anda tetap bebas."
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
        "news": "News",
        "basis_heading": "📜 Legal basis",
        "sanction_heading": "⚖️ Sanction",
        "aftermath_heading": "😟 Already done it?",
        "quotes": "Quotes",
        "checked": "checked",
        "status": "Status",
        "no_sanction": "This card names no sanction of its own. Ask your agency's personnel office (BKPSDM) for details.",
        "principle_intro": "I have no specific answer for this situation yet. The general rule:",
        "legal_test_intro": "No specific answer for this situation yet; I answered with the general rule",
        "passages_intro": "The provisions that best match your question:",
        "passages_intro_sources": "The parts of our sources that best match your question:",
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
        "redirect_bumn": (
            "I answer about civil servants (ASN: PNS and PPPK); staff of state- or region-owned enterprises "
            "(BUMN/BUMD) are not ASN. The Election Law applies to you: BUMN/BUMD directors, commissioners, "
            "supervisors and employees may not be involved in campaigns or campaign teams (Law 7/2017 Art. "
            "280(2) and (3)), and company rules may add more; ask your HR department or Bawaslu. Your vote stays free."
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
# Strings used only by the Telegram channel (bot/telegram/). Keys start with "tg_" so they can never collide with the
# engine's keys above; they are merged into TEXTS so text(lang, key) works for both.
# Placeholders ({name}) are filled with str.format after the values are HTML-escaped.

TELEGRAM_TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "tg_start": (
            "Halo! Saya <b>Asisten Netralitas ASN</b>. Tanyakan apa saja tentang netralitas PNS dan "
            "PPPK dalam Pemilu dan Pilkada; saya jawab singkat: boleh atau dilarang, sanksinya, dan "
            "dasar hukumnya.\n\n"
            "Ketik saja pertanyaan Anda, atau pilih contoh di bawah. Daftar topik: /topik · Bantuan: /help"
        ),
        "tg_help": (
            "<b>Cara bertanya</b>\n"
            "• Di chat pribadi: ketik pertanyaan Anda. Pertanyaan lanjutan seperti “terus sanksinya "
            "apa?” saya jawab tentang topik terakhir; membalas (reply) salah satu jawaban saya juga bisa.\n"
            "• Di grup: <code>/tanya pertanyaan</code>, atau balas pesan saya.\n"
            "• Di chat mana pun: ketik <code>@{username} pertanyaan</code> lalu pilih jawaban.\n\n"
            "<b>Perintah</b>\n"
            "/topik – daftar topik\n"
            "/sanksi – tingkat sanksi, singkat\n"
            "/lapor – cara melapor pelanggaran\n"
            "/bahasa – bahasa jawaban (otomatis, Indonesia, Inggris)\n\n"
            "Di bawah setiap jawaban ada tombol 📜 dasar hukum, ⚖️ sanksi, 📣 cara melapor, dan 👍/👎 "
            "untuk menilai jawaban.\n\n"
            "Contoh pertanyaan:"
        ),
        "tg_examples_inline": "🔎 Tanya dari chat lain",
        "tg_you_asked": "❓ {question}",
        "tg_usage": "Tulis pertanyaannya setelah perintah, misalnya:\n<code>/tanya Bolehkah PNS me-like postingan calon bupati?</code>",
        "tg_flood": "Pelan-pelan ya 🙏 Anda mengirim banyak pesan dalam waktu singkat. Coba lagi sebentar lagi.",
        "tg_busy_group": (
            "Grup ini sedang ramai 🙏 Saya menjawab pertanyaan yang sudah masuk dulu; coba lagi sebentar "
            "lagi, atau tanyakan langsung lewat chat pribadi: @{username}"
        ),
        "tg_error": "Maaf, terjadi kesalahan saat memproses pesan Anda. Silakan coba lagi sebentar lagi.",
        "tg_refusal": "Maaf, perintah ini hanya untuk admin bot.",
        "tg_not_text": "Saya hanya bisa membaca pertanyaan berupa teks. Silakan ketik pertanyaan Anda, atau pilih topik:",
        "tg_unknown_command": "Perintah itu tidak saya kenal. Ini yang bisa saya lakukan:",
        "tg_expired": "Tombol ini sudah tidak berlaku (pengetahuan bot sudah diperbarui). Ketik pertanyaan Anda lagi atau kirim /topik.",
        "tg_btn_basis": "📜 Dasar hukum",
        "tg_btn_sanction": "⚖️ Sanksi",
        "tg_btn_aftermath": "😟 Sudah terlanjur?",
        "tg_btn_report": "📣 Cara melapor",
        "tg_btn_up": "👍",
        "tg_btn_down": "👎",
        "tg_btn_topics": "📋 Topik lain",
        "tg_no_aftermath": "Untuk pertanyaan ini belum ada saran khusus bila sudah terlanjur.",
        "tg_vote_up": "Terima kasih atas penilaiannya 🙏",
        "tg_vote_down": "Terima kasih. Jawaban ini akan kami periksa kembali 🙏",
        "tg_vote_again": "Penilaian Anda sudah tercatat.",
        "tg_topics": "📋 <b>Pilih topik:</b>",
        "tg_topic_rules": "<b>{topic}</b> — pilih pertanyaan:",
        "tg_lapor": (
            "<b>📣 Cara melapor ASN yang tidak netral</b>\n"
            "• <b>Bawaslu</b>: datang ke kantor atau posko pengaduan Bawaslu setempat, atau daring di "
            "sigaplapor.bawaslu.go.id. Bawaslu memeriksa laporan dan mengirim rekomendasi; sanksinya "
            "dijatuhkan oleh pejabat (PPK) instansi ASN tersebut.\n"
            "• <b>BKN</b>: sbt.bkn.go.id → Pelaporan Publik → Netralitas.\n"
            "• <b>SP4N-LAPOR!</b> (lapor.go.id), misalnya bila Anda tidak tahu NIP orang yang dilaporkan.\n\n"
            "<b>Simpan buktinya:</b> tangkapan layar lengkap dengan tanggal, jam, nama akun, dan "
            "tautannya; foto atau video; nama, jabatan, dan instansi ASN tersebut; waktu dan tempat "
            "kejadian; nama saksi bila ada.\n"
            "<b>Jangan menunda:</b> laporan ke Bawaslu ada batas waktunya (untuk Pilkada paling lama "
            "7 hari sejak pelanggaran diketahui)."
        ),
        "tg_sanksi": (
            "<b>⚖️ Sanksi bagi ASN yang tidak netral, singkatnya</b>\n"
            "• <b>Pelanggaran kode etik</b> (misalnya mendukung bakal calon sebelum ditetapkan KPU): "
            "sanksi moral, berupa pernyataan secara tertutup atau terbuka.\n"
            "• <b>Pelanggaran disiplin</b> (PP 94/2021), bertingkat:\n"
            "  – ringan: teguran lisan, teguran tertulis, atau pernyataan tidak puas secara tertulis;\n"
            "  – sedang: pemotongan tunjangan kinerja 25% selama 6, 9, atau 12 bulan;\n"
            "  – berat: turun jabatan setingkat atau dibebaskan dari jabatan selama 12 bulan, sampai "
            "diberhentikan.\n"
            "• <b>Diberhentikan</b> sebagai ASN, misalnya bila menjadi anggota atau pengurus partai politik.\n"
            "• <b>Pidana</b>: beberapa perbuatan juga tindak pidana pemilu, misalnya menjadi pelaksana "
            "atau anggota tim kampanye; ditangani Sentra Gakkumdu.\n\n"
            "Sanksi dijatuhkan oleh pejabat (PPK) instansi, biasanya setelah rekomendasi Bawaslu. "
            "Untuk kasus Anda, tanyakan langsung, misalnya “apa sanksi me-like postingan calon?”"
        ),
        "tg_bahasa": "Bahasa jawaban untuk Anda sekarang: <b>{current}</b>. Pilih:",
        "tg_lang_auto": "🔄 Otomatis",
        "tg_lang_id": "🇮🇩 Indonesia",
        "tg_lang_en": "🇬🇧 English",
        "tg_lang_set_auto": "✅ Bahasa jawaban mengikuti bahasa pertanyaan Anda.",
        "tg_lang_set_id": "✅ Jawaban akan ditulis dalam bahasa Indonesia.",
        "tg_lang_set_en": "✅ Answers will be written in English.",
        "tg_reload_ok": "✅ Pengetahuan dimuat ulang dalam {seconds} detik: {counts}.",
        "tg_reload_failed": (
            "❌ Gagal memuat ulang: {count} masalah. Pengetahuan lama tetap dipakai. "
            "Perbaiki masalah berikut lalu jalankan /reload lagi:"
        ),
        "tg_reload_more": "… dan {count} masalah lagi; jalankan <code>python -m bot check</code> untuk daftar lengkap.",
        "tg_reload_refused": (
            "⚠️ Muat ulang ditolak: {reason}. Pengetahuan lama tetap dipakai. Bila ini memang disengaja, "
            "kirim <code>/reload force</code>."
        ),
        "tg_reload_empty_kind": "{kind} akan menjadi 0 (folder tidak lengkap?)",
        "tg_reload_lost_rules": "jumlah kartu turun dari {old} menjadi {new}",
        "tg_reload_timeout": (
            "⏱️ Muat ulang dihentikan setelah {seconds} detik (ada berkas yang macet?). "
            "Pengetahuan lama tetap dipakai."
        ),
        "tg_reload_running": (
            "⏳ Muat ulang sebelumnya belum selesai (berkas macet?). Pengetahuan lama tetap dipakai; "
            "periksa folder pengetahuan lalu coba lagi."
        ),
        "tg_stats": (
            "<b>📊 Statistik</b> (7 hari terakhir / total)\n"
            "Dijawab: {answer7} / {answer}\n"
            "Tidak terjawab: {abstain7} / {abstain}\n"
            "Klarifikasi: {clarify7} / {clarify}\n"
            "👍 {up7} / {up} · 👎 {down7} / {down}\n\n"
            "<b>Per kartu</b> (dijawab · 👍 · 👎, 7 hari / total):\n{rules}\n\n"
            "Pengetahuan: {counts}\n"
            "Muat ulang terakhir: {reloaded_at} ({seconds} detik)\n"
            "Sejak {started_at} (uptime {uptime}): inline {inline}, dibatasi {flooded}, "
            "grup penuh {busy}, gagal terkirim {undelivered}, galat {errors}"
        ),
        "tg_stats_no_rules": "(belum ada)",
        "tg_unanswered": (
            "<b>❓ Pertanyaan yang perlu diperhatikan</b>\n"
            "{count} pertanyaan tersimpan ({days} hari terakhir), dikelompokkan menurut kemiripan. "
            "❔ tidak terjawab · 🔀 klarifikasi · 👎 dinilai salah"
        ),
        "tg_unanswered_empty": "Belum ada pertanyaan tersimpan.",
        "tg_unanswered_off": "Teks pertanyaan tidak disimpan (KEEP_QUESTIONS=0), jadi daftar ini kosong.",
        "tg_inline_button": "Buka chat dengan bot",
        "tg_inline_popular": "Pertanyaan populer",
        "tg_inline_no_answer": "Belum ada jawaban yang yakin",
    },
    "en": {
        "tg_start": (
            "Hello! I am the <b>ASN Neutrality Assistant</b>. Ask me anything about the political "
            "neutrality of Indonesian civil servants (PNS and PPPK) in elections; I answer briefly: "
            "allowed or prohibited, the sanction, and the legal basis.\n\n"
            "Just type your question, or pick an example below. Topics: /topik · Help: /help"
        ),
        "tg_help": (
            "<b>How to ask</b>\n"
            "• In a private chat: type your question. A follow-up such as “and the sanction?” is "
            "answered about the last topic; replying to one of my answers works too.\n"
            "• In a group: <code>/ask question</code> (or <code>/tanya</code>), or reply to my message.\n"
            "• In any chat: type <code>@{username} question</code> and pick an answer.\n\n"
            "<b>Commands</b>\n"
            "/topik – list of topics\n"
            "/sanksi – the sanctions, briefly\n"
            "/lapor – how to report a violation\n"
            "/bahasa – answer language (automatic, Indonesian, English)\n\n"
            "Under every answer there are buttons for 📜 the legal basis, ⚖️ the sanction, 📣 how to "
            "report, and 👍/👎 to rate the answer.\n\n"
            "Example questions:"
        ),
        "tg_examples_inline": "🔎 Ask from another chat",
        "tg_you_asked": "❓ {question}",
        "tg_usage": "Put the question after the command, e.g.:\n<code>/ask May a civil servant like a candidate's post?</code>",
        "tg_flood": "Slow down a little, please 🙏 You sent many messages in a short time. Try again in a moment.",
        "tg_busy_group": (
            "This group is busy right now 🙏 I am answering the questions already asked first; try "
            "again in a moment, or ask me in a private chat: @{username}"
        ),
        "tg_error": "Sorry, something went wrong while handling your message. Please try again in a moment.",
        "tg_refusal": "Sorry, this command is for the bot's admins only.",
        "tg_not_text": "I can only read questions written as text. Please type your question, or pick a topic:",
        "tg_unknown_command": "I don't know that command. This is what I can do:",
        "tg_expired": "This button has expired (the bot's knowledge was updated). Type your question again or send /topik.",
        "tg_btn_basis": "📜 Legal basis",
        "tg_btn_sanction": "⚖️ Sanction",
        "tg_btn_aftermath": "😟 Already did it?",
        "tg_btn_report": "📣 How to report",
        "tg_btn_up": "👍",
        "tg_btn_down": "👎",
        "tg_btn_topics": "📋 Other topics",
        "tg_no_aftermath": "There is no specific advice yet for when this has already happened.",
        "tg_vote_up": "Thank you for your rating 🙏",
        "tg_vote_down": "Thank you. We will review this answer 🙏",
        "tg_vote_again": "Your rating is already recorded.",
        "tg_topics": "📋 <b>Choose a topic:</b>",
        "tg_topic_rules": "<b>{topic}</b> — choose a question:",
        "tg_lapor": (
            "<b>📣 How to report a civil servant who is not neutral</b>\n"
            "• <b>Bawaslu</b> (the election supervisory body): go to the local Bawaslu office or "
            "complaints post, or online at sigaplapor.bawaslu.go.id. Bawaslu examines the report and "
            "sends a recommendation; the sanction is imposed by the official in charge (PPK) of the "
            "civil servant's agency.\n"
            "• <b>BKN</b> (the civil service agency): sbt.bkn.go.id → Pelaporan Publik → Netralitas.\n"
            "• <b>SP4N-LAPOR!</b> (lapor.go.id), e.g. if you do not know the NIP of the person you report.\n\n"
            "<b>Keep the evidence:</b> screenshots showing the date, time, account name and link; photos "
            "or videos; the civil servant's name, position and agency; when and where it happened; the "
            "names of witnesses, if any.\n"
            "<b>Do not wait:</b> reports to Bawaslu have a deadline (for regional elections, 7 days "
            "after the violation became known)."
        ),
        "tg_sanksi": (
            "<b>⚖️ Sanctions for civil servants who are not neutral, in brief</b>\n"
            "• <b>Breach of the code of ethics</b> (e.g. supporting a prospective candidate before KPU "
            "confirms them): a moral sanction, a closed or open statement.\n"
            "• <b>Breach of discipline</b> (PP 94/2021), by level:\n"
            "  – light: oral or written reprimand, or a written statement of dissatisfaction;\n"
            "  – medium: a 25% cut of the performance allowance for 6, 9 or 12 months;\n"
            "  – heavy: demotion by one grade or removal from a post for 12 months, up to dismissal.\n"
            "• <b>Dismissal</b> from the civil service, e.g. for becoming a member or official of a "
            "political party.\n"
            "• <b>Criminal</b>: some acts are also election crimes, e.g. serving as an organiser or "
            "member of a campaign team; handled by Sentra Gakkumdu.\n\n"
            "The sanction is imposed by the agency's official in charge (PPK), usually after a "
            "Bawaslu recommendation. For your case, just ask, e.g. “what is the sanction for liking "
            "a candidate's post?”"
        ),
        "tg_bahasa": "Your answer language now: <b>{current}</b>. Choose:",
        "tg_lang_auto": "🔄 Automatic",
        "tg_lang_id": "🇮🇩 Indonesia",
        "tg_lang_en": "🇬🇧 English",
        "tg_lang_set_auto": "✅ Answers follow the language of your question.",
        "tg_lang_set_id": "✅ Jawaban akan ditulis dalam bahasa Indonesia.",
        "tg_lang_set_en": "✅ Answers will be written in English.",
        "tg_reload_ok": "✅ Knowledge reloaded in {seconds} s: {counts}.",
        "tg_reload_failed": (
            "❌ Reload failed: {count} problem(s). The previous knowledge is still in use. "
            "Fix these and run /reload again:"
        ),
        "tg_reload_more": "… and {count} more; run <code>python -m bot check</code> for the full list.",
        "tg_reload_refused": (
            "⚠️ Reload refused: {reason}. The previous knowledge is still in use. If this is intended, "
            "send <code>/reload force</code>."
        ),
        "tg_reload_empty_kind": "{kind} would drop to 0 (an incomplete folder?)",
        "tg_reload_lost_rules": "the number of rule cards would drop from {old} to {new}",
        "tg_reload_timeout": (
            "⏱️ Reload stopped after {seconds} s (a file that does not answer?). "
            "The previous knowledge is still in use."
        ),
        "tg_reload_running": (
            "⏳ The previous reload has not finished (a file that does not answer?). The previous "
            "knowledge is still in use; check the knowledge folder and try again."
        ),
        "tg_stats": (
            "<b>📊 Statistics</b> (last 7 days / total)\n"
            "Answered: {answer7} / {answer}\n"
            "Not answered: {abstain7} / {abstain}\n"
            "Clarifications: {clarify7} / {clarify}\n"
            "👍 {up7} / {up} · 👎 {down7} / {down}\n\n"
            "<b>Per card</b> (answered · 👍 · 👎, 7 days / total):\n{rules}\n\n"
            "Knowledge: {counts}\n"
            "Last reload: {reloaded_at} ({seconds} s)\n"
            "Since {started_at} (uptime {uptime}): inline {inline}, flood-limited {flooded}, "
            "group full {busy}, undelivered {undelivered}, errors {errors}"
        ),
        "tg_stats_no_rules": "(none yet)",
        "tg_unanswered": (
            "<b>❓ Questions that need attention</b>\n"
            "{count} kept question(s) (last {days} days), grouped by similarity. "
            "❔ not answered · 🔀 clarification · 👎 rated wrong"
        ),
        "tg_unanswered_empty": "No kept questions yet.",
        "tg_unanswered_off": "Question texts are not kept (KEEP_QUESTIONS=0), so this list is empty.",
        "tg_inline_button": "Open a private chat with the bot",
        "tg_inline_popular": "Popular question",
        "tg_inline_no_answer": "No confident answer yet",
    },
}

# Menu labels of the rule cards' topics (bot.knowledge.Rule.topic); an unknown topic shows its name.
TOPIC_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "media-sosial": "📱 Media sosial",
        "kampanye": "📢 Kampanye",
        "foto-atribut": "📸 Foto dan atribut",
        "keluarga": "👪 Keluarga calon",
        "status-pencalonan": "🧾 Partai dan pencalonan",
        "peran-tugas": "🏛️ Jabatan dan tugas",
        "sumber-daya": "🚗 Fasilitas negara",
        "uang": "💰 Uang dan hadiah",
        "bukan-asn": "👥 Honorer dan bukan ASN",
        "sehari-hari": "☕ Sehari-hari",
        "sanksi": "⚖️ Sanksi",
        "lapor": "📣 Melapor",
        "pengawas": "🔎 Untuk pengawas",
        "berita": "📰 Kasus dalam berita",
        "umum": "ℹ️ Umum",
    },
    "en": {
        "media-sosial": "📱 Social media",
        "kampanye": "📢 Campaigns",
        "foto-atribut": "📸 Photos and attributes",
        "keluarga": "👪 Candidates' families",
        "status-pencalonan": "🧾 Parties and candidacy",
        "peran-tugas": "🏛️ Posts and duties",
        "sumber-daya": "🚗 State facilities",
        "uang": "💰 Money and gifts",
        "bukan-asn": "👥 Contract staff, non-ASN",
        "sehari-hari": "☕ Everyday life",
        "sanksi": "⚖️ Sanctions",
        "lapor": "📣 Reporting",
        "pengawas": "🔎 For supervisors",
        "berita": "📰 Cases in the news",
        "umum": "ℹ️ General",
    },
}

# The command menu (setMyCommands), per language. Admin commands are set only for admins' chats.
TELEGRAM_COMMANDS: dict[str, list[tuple[str, str]]] = {
    "id": [
        ("start", "Salam dan contoh pertanyaan"),
        ("tanya", "Ajukan pertanyaan (di grup)"),
        ("topik", "Daftar topik"),
        ("sanksi", "Tingkat sanksi, singkat"),
        ("lapor", "Cara melapor pelanggaran"),
        ("bahasa", "Bahasa jawaban"),
        ("help", "Cara bertanya"),
    ],
    "en": [
        ("start", "Welcome and example questions"),
        ("ask", "Ask a question (in groups)"),
        ("topik", "List of topics"),
        ("sanksi", "The sanctions, briefly"),
        ("lapor", "How to report a violation"),
        ("bahasa", "Answer language"),
        ("help", "How to ask"),
    ],
}
ADMIN_COMMANDS: dict[str, list[tuple[str, str]]] = {
    "id": [
        ("stats", "Admin: statistik"),
        ("unanswered", "Admin: pertanyaan yang belum terjawab"),
        ("reload", "Admin: muat ulang pengetahuan"),
        ("tambah", "Admin: tambah artikel berita dari tautan"),
        ("riwayat", "Admin: riwayat perubahan pengetahuan"),
        ("batal", "Admin: batalkan perubahan terakhir"),
    ],
    "en": [
        ("stats", "Admin: statistics"),
        ("unanswered", "Admin: questions not answered well"),
        ("reload", "Admin: reload the knowledge"),
        ("tambah", "Admin: add a news article from a link"),
        ("riwayat", "Admin: history of knowledge changes"),
        ("batal", "Admin: undo the last knowledge change"),
    ],
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


# The card each popular question stands for, in the same order. A tap on an example answers that
# card (its title shows as "Saya menjawab: …"), whatever the ranking makes of the short wording; a
# card missing from the loaded knowledge falls back to asking the question.
POPULAR_CARDS: list[str] = [
    "like-postingan-calon",
    "hadir-kampanye",
    "foto-bersama-calon",
    "anggota-partai-politik",
    "ragam-sanksi-netralitas",
]


def popular_questions(lang: str) -> list[str]:
    """Example questions in `lang` (falls back to Indonesian)."""
    return POPULAR_QUESTIONS.get(lang, POPULAR_QUESTIONS["id"])


def topic_label(lang: str, topic: str) -> str:
    """The menu label of a rule topic, e.g. "📱 Media sosial"; unknown topics show their name."""
    labels = TOPIC_LABELS.get(lang, TOPIC_LABELS["id"])
    return labels.get(topic) or topic.replace("-", " ").capitalize()


# =========================================================================== Admin: knowledge changes
# Strings of bot/ingest.py, bot/history.py and the admin knowledge commands (/tambah, uploads,
# /riwayat, /batal). Keys start with "adm_". Plain text (no HTML): the CLI prints them as they are
# and Telegram escapes them. Refusal keys are "adm_<Refused.code>".

ADMIN_TEXTS: dict[str, dict[str, str]] = {
    "id": {
        # refusals: links
        "adm_bad_url": "Tautan tidak valid: {url}. Kirim tautan lengkap yang diawali http:// atau https://.",
        "adm_bad_scheme": "Hanya tautan http:// atau https:// yang bisa diambil (bukan {scheme}://).",
        "adm_bad_date": "Tanggal {date} tidak valid; tulis sebagai TTTT-BB-HH, misalnya 2024-10-14.",
        "adm_unresolvable": "Nama situs {host} tidak ditemukan. Periksa tautannya.",
        "adm_private_address": (
            "Ditolak: {host} mengarah ke alamat {kind} ({ip}). Demi keamanan, bot hanya mengambil "
            "halaman dari internet publik."
        ),
        "adm_too_many_redirects": "Tautan dialihkan lebih dari {max} kali; bot berhenti. Kirim tautan akhir artikelnya.",
        "adm_too_large": "Halaman lebih besar dari {limit}; bot berhenti membaca. Kirim tautan satu artikel, bukan arsip.",
        "adm_not_html": "Tautan ini bukan halaman web (jenisnya {type}). Kirim tautan halaman berita, bukan PDF atau gambar.",
        "adm_http_status": "Situs menjawab dengan kode {status}; halaman tidak bisa diambil.",
        "adm_timeout": "Situs tidak menjawab dalam {seconds} detik. Coba lagi nanti.",
        "adm_network": "Tidak bisa menghubungi situs ({reason}). Coba lagi nanti.",
        "adm_no_text": (
            "Teks artikel tidak ditemukan di halaman ini (mungkin halaman depan, galeri, atau halaman "
            "yang butuh JavaScript)."
        ),
        "adm_no_title": "Judul artikel tidak ditemukan di halaman ini.",
        "adm_no_date": (
            "Tanggal terbit artikel tidak ditemukan. Kirim lagi dengan tanggalnya setelah tautan, "
            "misalnya: /tambah {url} 2024-10-14"
        ),
        "adm_too_long": "Artikel terlalu panjang ({passages} bagian; paling banyak {max}). Kirim tautan satu artikel.",
        "adm_duplicate": "Tautan ini sudah ada di pengetahuan: {file}.",
        "adm_broken": (
            "Folder pengetahuan di server sedang bermasalah ({count} masalah). Perbaiki dulu, misalnya "
            "dengan mengunggah berkas yang benar:"
        ),
        # refusals: files
        "adm_invalid": "Ditolak: {count} masalah; tidak ada yang disimpan. Perbaiki lalu kirim lagi:",
        "adm_bad_name": (
            "Nama berkas {name} tidak diterima. Pakai huruf kecil, angka dan tanda minus, diakhiri "
            ".yaml atau .md (misalnya se-bupati-2024.yaml)."
        ),
        "adm_file_too_big": "Berkas {size} terlalu besar; paling besar {limit}.",
        "adm_not_utf8": "{file} baris {line} bukan teks UTF-8. Simpan berkas sebagai UTF-8 lalu kirim lagi.",
        "adm_unknown_kind": (
            "Jenis berkas {file} tidak dikenali. Berkas .md harus diawali '---' (artikel); berkas .yaml "
            "berisi 'provisions:' (ketentuan), daftar kartu dengan 'questions' (aturan), daftar "
            "dengan 'terms' (konsep), atau bernama glossary.yaml."
        ),
        "adm_unsafe_path": "{file} bukan berkas biasa di dalam folder pengetahuan (misalnya symlink); tidak diganti.",
        "adm_unchanged": "{file} sudah berisi persis seperti ini; tidak ada yang berubah.",
        "adm_too_big_download": "Berkas terlalu besar ({size}); paling besar {limit}.",
        # undo
        "adm_nothing_to_undo": "Tidak ada perubahan yang bisa dibatalkan.",
        "adm_undo_conflict": (
            "{file} sudah diubah lagi di server setelah perubahan #{id}; pembatalan otomatis bisa "
            "menimpa perubahan itu, jadi tidak dilakukan."
        ),
        # results
        "adm_added": (
            "✅ Artikel ditambahkan: {title}\n"
            "{outlet} · {place} · {date}\n"
            "{passages} bagian (passage) · {file} · perubahan #{change}"
        ),
        "adm_example": "Contoh pertanyaan yang kini dijawab dari artikel ini:\n{question}",
        "adm_no_example": (
            "Belum ada pertanyaan uji yang mengutip artikel ini; artikel tetap bisa dicari. "
            "Tambahkan id-nya ke basis kartu aturan yang relevan."
        ),
        "adm_uploaded_new": "✅ {file} ditambahkan ({kind}) · perubahan #{change}",
        "adm_uploaded_replaced": "✅ {file} diganti ({kind}) · perubahan #{change}",
        "adm_counts": "Pengetahuan sekarang: {counts}",
        "adm_undone_restored": "↩️ Perubahan #{id} dibatalkan: {file} dikembalikan ke versi sebelumnya.",
        "adm_undone_removed": "↩️ Perubahan #{id} dibatalkan: {file} (berkas baru) dihapus.",
        "adm_history_head": "Perubahan pengetahuan terakhir (terbaru di atas):",
        "adm_history_empty": "Belum ada perubahan yang tercatat.",
        "adm_history_line": "#{id} {at} · {action} · {file} · oleh {actor}",
        "adm_history_undone": "(dibatalkan oleh #{by})",
        "adm_action_add-url": "tambah dari tautan",
        "adm_action_upload": "unggah",
        "adm_action_undo": "batal #{undoes}",
        "adm_kind_provisions": "ketentuan",
        "adm_kind_articles": "artikel",
        "adm_kind_rules": "kartu aturan",
        "adm_kind_concepts": "konsep",
        "adm_kind_glossary": "glosarium",
        # Telegram
        "adm_usage_add": "Kirim tautan artikel setelah perintah: /tambah https://… (tanggal terbit opsional: /tambah https://… 2024-10-14)",
        "adm_working": "⏳ Mengambil dan memeriksa artikel…",
        "adm_saved_reload_failed": "Perubahan disimpan, tetapi memuat ulang gagal; jalankan /reload:",
        "adm_upload_refused": "Maaf, hanya admin bot yang bisa mengunggah berkas pengetahuan.",
    },
    "en": {
        "adm_bad_url": "Not a valid link: {url}. Send the full link starting with http:// or https://.",
        "adm_bad_scheme": "Only http:// and https:// links can be fetched (not {scheme}://).",
        "adm_bad_date": "The date {date} is not valid; write it as YYYY-MM-DD, e.g. 2024-10-14.",
        "adm_unresolvable": "The site name {host} was not found. Check the link.",
        "adm_private_address": (
            "Refused: {host} points to a {kind} address ({ip}). For safety the bot only fetches pages "
            "from the public internet."
        ),
        "adm_too_many_redirects": "The link redirects more than {max} times; stopped. Send the article's final link.",
        "adm_too_large": "The page is larger than {limit}; stopped reading. Send the link of one article, not an archive.",
        "adm_not_html": "This link is not a web page (its type is {type}). Send a news page, not a PDF or an image.",
        "adm_http_status": "The site answered with status {status}; the page could not be fetched.",
        "adm_timeout": "The site did not answer within {seconds} seconds. Try again later.",
        "adm_network": "Could not reach the site ({reason}). Try again later.",
        "adm_no_text": "No article text found on this page (perhaps a front page, a gallery or a page that needs JavaScript).",
        "adm_no_title": "No article title found on this page.",
        "adm_no_date": (
            "The article's publication date was not found. Send it again with the date after the "
            "link, e.g.: /tambah {url} 2024-10-14"
        ),
        "adm_too_long": "The article is too long ({passages} passages; at most {max}). Send the link of one article.",
        "adm_duplicate": "This link is already in the knowledge: {file}.",
        "adm_broken": "The knowledge folder on the server has {count} problem(s). Fix them first, e.g. by uploading a corrected file:",
        "adm_invalid": "Refused: {count} problem(s); nothing was saved. Fix them and send it again:",
        "adm_bad_name": (
            "The file name {name} is not accepted. Use lowercase letters, digits and dashes, ending in "
            ".yaml or .md (e.g. se-bupati-2024.yaml)."
        ),
        "adm_file_too_big": "The file is {size}; at most {limit}.",
        "adm_not_utf8": "{file} line {line} is not UTF-8 text. Save the file as UTF-8 and send it again.",
        "adm_unknown_kind": (
            "Cannot tell what kind of file {file} is. A .md file must start with '---' (an article); a "
            ".yaml file holds 'provisions:' (provisions), a list of cards with 'questions' (rules), a "
            "list with 'terms' (concepts), or is named glossary.yaml."
        ),
        "adm_unsafe_path": "{file} is not a plain file inside the knowledge folder (e.g. a symlink); not replaced.",
        "adm_unchanged": "{file} already has exactly this content; nothing changed.",
        "adm_too_big_download": "The file is too large ({size}); at most {limit}.",
        "adm_nothing_to_undo": "There is no change to undo.",
        "adm_undo_conflict": (
            "{file} was changed again on the server after change #{id}; undoing it automatically could "
            "overwrite that edit, so nothing was done."
        ),
        "adm_added": (
            "✅ Article added: {title}\n"
            "{outlet} · {place} · {date}\n"
            "{passages} passage(s) · {file} · change #{change}"
        ),
        "adm_example": "An example question now answered from this article:\n{question}",
        "adm_no_example": (
            "No test question cites this article yet; it is still searchable. Add its id to the basis "
            "of the rule cards it supports."
        ),
        "adm_uploaded_new": "✅ {file} added ({kind}) · change #{change}",
        "adm_uploaded_replaced": "✅ {file} replaced ({kind}) · change #{change}",
        "adm_counts": "Knowledge now: {counts}",
        "adm_undone_restored": "↩️ Change #{id} undone: {file} is back to its previous version.",
        "adm_undone_removed": "↩️ Change #{id} undone: {file} (a new file) was removed.",
        "adm_history_head": "Recent knowledge changes (newest first):",
        "adm_history_empty": "No changes recorded yet.",
        "adm_history_line": "#{id} {at} · {action} · {file} · by {actor}",
        "adm_history_undone": "(undone by #{by})",
        "adm_action_add-url": "added from a link",
        "adm_action_upload": "upload",
        "adm_action_undo": "undo of #{undoes}",
        "adm_kind_provisions": "provisions",
        "adm_kind_articles": "article",
        "adm_kind_rules": "rule cards",
        "adm_kind_concepts": "concepts",
        "adm_kind_glossary": "glossary",
        "adm_usage_add": "Put the article's link after the command: /tambah https://… (optional publication date: /tambah https://… 2024-10-14)",
        "adm_working": "⏳ Fetching and checking the article…",
        "adm_saved_reload_failed": "The change was saved, but reloading failed; run /reload:",
        "adm_upload_refused": "Sorry, only the bot's admins can upload knowledge files.",
    },
}

for _lang, _entries in ADMIN_TEXTS.items():
    for _key, _value in _entries.items():
        TEXTS[_lang].setdefault(_key, _value)
