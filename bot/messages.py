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
