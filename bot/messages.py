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
        "redirect_other": (
            "Maaf, saya tidak menilai calon atau partai. Hak pilih Anda bebas dan rahasia; sebagai ASN Anda "
            "hanya diminta tidak menunjukkan dukungan di depan umum."
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
        "redirect_other": (
            "Sorry, I do not rate candidates or parties. Your vote is free and secret; as a civil servant you "
            "are only asked not to show support in public."
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
