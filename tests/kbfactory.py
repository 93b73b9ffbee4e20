"""A small, valid knowledge folder for tests that must not depend on the shipped content."""

from __future__ import annotations

import textwrap
from pathlib import Path

PROVISIONS = """\
document:
  source: PP 94/2021
  title: Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil
  status: in-force
  url: https://example.org/pp94
  as_of: 2026-11-24
provisions:
  - id: pp94-p5-n-4
    ref: Pasal 5 huruf n angka 4
    text: PNS dilarang memberikan dukungan kepada calon sebagai peserta kampanye dengan menggunakan fasilitas negara.
  - id: pp94-p7
    ref: Pasal 7
    text: PNS yang tidak menaati ketentuan dijatuhi Hukuman Disiplin.
    notes: {id: Catatan uji., en: Test note.}
"""

RULES = """\
- id: fasilitas-negara
  topic: sumber-daya
  title:
    id: "Bolehkah PNS memakai fasilitas negara untuk kampanye?"
    en: "May a civil servant use state facilities for a campaign?"
  questions:
    id:
      - Bolehkah PNS memakai mobil dinas untuk kampanye?
      - pns pake mobil dinas ke kampanye boleh ga
      - bolehkah asn mengunakan fasilitas negara untuk kampanye
      - ASN pakai kantor untuk rapat tim sukses?
    en:
      - May a civil servant use an official car for a campaign?
      - Can I use office facilities for a candidate?
  situation:
    requires: [act-use-facility]
  verdict: prohibited
  answer:
    id: Tidak boleh.
    en: No.
  basis: [pp94-p5-n-4, art-test]
  valid_as_of: 2026-11-24
"""

ARTICLE = """\
---
id: art-test
title: Uji netralitas
outlet: Test News
date: 2024-10-14
place: Padang
---
Paragraf pertama tentang netralitas ASN.

Baca Juga  Berita lain yang tidak terkait

Paragraf kedua.
"""


CONCEPTS = """\
- id: act-use-facility
  kind: act
  terms: [mobil dinas, fasilitas negara, kantor, official car, office facilities]
- id: target-candidate
  kind: target
  partisan: true
  terms: [calon, kandidat, candidate]
- id: event-campaign
  kind: event
  partisan: true
  terms: [kampanye, campaign]
"""


def write_kb(root: Path, **overrides: str) -> Path:
    """A small valid knowledge folder; keyword args replace files by relative path."""
    files = {
        "provisions/pp94.yaml": PROVISIONS,
        "rules/rules.yaml": RULES,
        "articles/art-test.md": ARTICLE,
        "concepts/concepts.yaml": CONCEPTS,
        "glossary.yaml": "synonyms:\n  - [mobil dinas, kendaraan dinas]\ntranslations:\n  official car: [mobil dinas]\n",
    }
    files.update(overrides)
    for rel, content in files.items():
        path = root / "knowledge" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root / "knowledge"


# --------------------------------------------------------------------------- engine decisions
# A knowledge folder with contrast twins, a principle card and concepts, for tests of how the engine
# decides (bot.answer): situation fit, clarification, follow-ups, small talk, out of scope.

ENGINE_CONCEPTS = """\
- id: who-asn
  kind: who
  asn: true
  terms: [asn, pns, civil servant]
- id: who-pppk
  kind: who
  asn: true
  terms: [pppk, p3k]
- id: act-use-facility
  kind: act
  terms: [mobil dinas, kendaraan dinas, fasilitas negara, official car]
- id: act-watch
  kind: act
  terms: [nonton, menonton, tonton, watch, watched]
- id: act-like
  kind: act
  terms: [like, ngelike, menyukai]
- id: target-candidate
  kind: target
  partisan: true
  third_party: true
  terms: [calon, paslon, capres, caleg, candidate]
- id: event-debate
  kind: event
  partisan: true
  terms: [debat, debate]
- id: event-campaign
  kind: event
  partisan: true
  terms: [kampanye, campaign]
- id: event-partisan-meeting
  kind: event
  partisan: true
  terms: [posko, posko pemenangan, nobar di posko]
- id: sign-cheer
  kind: sign
  partisan: true
  terms: [yel-yel, yel, bersorak, cheer, cheered]
- id: sign-gesture
  kind: sign
  partisan: true
  terms: [salam dua jari, pose dua jari, two-finger]
- id: limit-accidental
  kind: limit
  terms: [tidak sengaja, tanpa sengaja, by accident]
- id: limit-only-watch
  kind: limit
  terms: [cuma nonton, hanya menonton, just watched]
- id: intent-sanction
  kind: intent
  terms: [sanksi, sanksinya, hukuman, penalty]
- id: intent-aftermath
  kind: intent
  terms: [terlanjur, sudah terlanjur, already]
- id: domain-neutrality
  kind: domain
  partisan: true
  terms: [netralitas, netral, neutrality]
- id: intent-ask
  kind: intent
  weight: 0.0
  terms: [boleh, bolehkah, melanggar, aman, may i, allowed, is it ok]
- id: oos-voting-procedure
  kind: out-of-scope
  redirect: kpu
  terms: [cek dpt, lokasi tps, pindah memilih]
- id: smalltalk-greeting
  kind: smalltalk
  terms: [halo, hai, selamat pagi, hello]
- id: smalltalk-thanks
  kind: smalltalk
  terms: [terima kasih, makasih, thanks]
- id: smalltalk-ack
  kind: smalltalk
  terms: [ok, oke, siap]
"""

ENGINE_PROVISIONS = """\
document:
  source: PP 94/2021
  title: Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil
  status: in-force
  url: https://peraturan.bpk.go.id/Details/177031/pp-no-94-tahun-2021
  as_of: 2026-11-24
provisions:
  - id: pp94-p5-n-1
    ref: Pasal 5 huruf n angka 1
    text: PNS dilarang memberikan dukungan kepada calon dengan cara ikut kampanye.
    gloss: A PNS may not support a candidate by joining a campaign.
    gloss_id: PNS tidak boleh ikut kampanye untuk mendukung calon.
  - id: pp94-p5-n-4
    ref: Pasal 5 huruf n angka 4
    text: PNS dilarang memberikan dukungan kepada calon sebagai peserta kampanye dengan menggunakan fasilitas negara.
  - id: uu20-p9-2
    ref: Pasal 9 ayat (2)
    source: UU 20/2023
    title: Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara
    url: https://peraturan.bpk.go.id/Details/269470/uu-no-20-tahun-2023
    text: Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik.
"""


def _card(rid: str, topic: str, title_id: str, title_en: str, ids: list[str], ens: list[str], verdict: str,
          answer_id: str, answer_en: str, basis: str, situation: str = "", extra: str = "") -> str:
    qs_id = "".join(f"      - {q}\n" for q in ids)
    qs_en = "".join(f"      - {q}\n" for q in ens)
    return (
        f"- id: {rid}\n  topic: {topic}\n  title:\n    id: \"{title_id}\"\n    en: \"{title_en}\"\n"
        f"  questions:\n    id:\n{qs_id}    en:\n{qs_en}{situation}  verdict: {verdict}\n"
        f"  answer:\n    id: \"{answer_id}\"\n    en: \"{answer_en}\"\n{extra}  basis: [{basis}]\n  valid_as_of: 2026-11-24\n"
    )


ENGINE_RULES = (
    _card(
        "fasilitas-negara", "sumber-daya", "Bolehkah ASN memakai mobil dinas untuk kampanye?",
        "May a civil servant use an official car for a campaign?",
        ["Bolehkah PNS memakai mobil dinas untuk kampanye?", "pns pake mobil dinas ke kampanye boleh ga",
         "asn menggunakan fasilitas negara untuk kampanye calon", "mobil dinas dipakai antar calon"],
        ["May a civil servant use an official car for a campaign?", "Can I drive the official car to a rally?"],
        "prohibited", "Tidak boleh. Fasilitas negara tidak boleh dipakai untuk kampanye.",
        "No. State facilities may not be used for a campaign.", "pp94-p5-n-4",
        "  situation:\n    requires: [act-use-facility]\n",
        "  sanction:\n    id: Hukuman disiplin berat.\n    en: A heavy disciplinary penalty.\n"
        "  sanction_detail:\n    id: Hukuman disiplin berat menurut PP 94/2021.\n    en: A heavy penalty under PP 94/2021.\n",
    )
    + _card(
        "nonton-debat", "sehari-hari", "Bolehkah ASN menonton debat calon?", "May a civil servant watch a candidates' debate?",
        ["Bolehkah PNS menonton debat capres di televisi?", "asn nonton debat paslon di tv boleh ga",
         "pppk menonton debat calon bupati di youtube", "saya cuma nonton debat caleg"],
        ["May a civil servant watch a presidential debate on TV?", "Can I watch the candidates' debate?"],
        "allowed", "Boleh. Menonton debat adalah hak setiap warga untuk mengenal calon.",
        "Yes. Watching a debate is every citizen's right.", "uu20-p9-2",
        "  situation:\n    requires: [act-watch, event-debate]\n    excludes: [sign-cheer, event-partisan-meeting]\n",
    )
    + _card(
        "nobar-posko", "kampanye", "Bolehkah ASN ikut nobar debat di posko calon?",
        "May a civil servant join a debate viewing at a candidate's post?",
        ["Bolehkah PNS ikut nobar debat di posko pemenangan calon?", "asn nonton bareng di posko paslon sambil yel-yel",
         "pppk ikut bersorak di posko capres", "nobar di posko caleg boleh ga"],
        ["May a civil servant join the viewing party at a campaign post?", "Can I cheer at the candidate's post?"],
        "prohibited", "Tidak boleh. Hadir dan bersorak di posko calon adalah dukungan.",
        "No. Joining and cheering at a candidate's post is support.", "pp94-p5-n-1",
        "  situation:\n    requires: [[event-partisan-meeting, sign-cheer]]\n",
        "  aftermath:\n    id: Jangan ulangi; hapus foto yang terlanjur diunggah.\n    en: Do not repeat it; delete any photo you posted.\n",
    )
    + _card(
        "like-calon", "media-sosial", "Bolehkah ASN me-like unggahan calon?", "May a civil servant like a candidate's post?",
        ["Bolehkah PNS me-like postingan calon?", "asn ngelike foto paslon boleh gak", "pppk like status caleg",
         "menyukai unggahan capres melanggar?"],
        ["May a civil servant like a candidate's post?", "Can I like a candidate's photo?"],
        "prohibited", "Tidak boleh. Memberi like pada unggahan calon adalah dukungan.",
        "No. Liking a candidate's post is support.", "pp94-p5-n-1",
        "  situation:\n    requires: [act-like, target-candidate]\n",
        "  aftermath:\n    id: Batalkan like-nya dan jangan ulangi.\n    en: Undo the like and do not repeat it.\n",
    )
    + _card(
        "hadir-kampanye", "kampanye", "Bolehkah ASN hadir di kampanye?", "May a civil servant attend a campaign?",
        ["Bolehkah PNS hadir di kampanye calon?", "asn datang ke kampanye paslon boleh ga",
         "pppk ikut kampanye akbar capres", "menghadiri kampanye caleg melanggar?"],
        ["May a civil servant attend a campaign rally?", "Can I go to a campaign?"],
        "prohibited", "Tidak boleh. Hadir di kampanye adalah dukungan.", "No. Attending a campaign is support.",
        "pp94-p5-n-1", "  situation:\n    requires: [event-campaign]\n    excludes: [act-use-facility]\n",
    )
)

ENGINE_PRINCIPLE = _card(
    "prinsip-netralitas", "umum", "Apa prinsip umum netralitas ASN?", "What is the general rule of ASN neutrality?",
    ["Apa prinsip netralitas ASN?", "asn harus netral itu gimana", "apa saja kewajiban netral pns", "prinsip umum netralitas"],
    ["What is the general neutrality rule?", "What does neutrality mean for civil servants?"],
    "conditional", "ASN wajib netral: jangan tunjukkan dukungan kepada calon atau partai. Tanyakan kasus Anda ke BKPSDM.",
    "Civil servants must stay neutral: show no support for a candidate or party. Ask your BKPSDM about your case.",
    "uu20-p9-2",
).replace("  topic: umum\n", "  kind: principle\n  topic: umum\n", 1)


# A step of the legal test: used only when no card fits, never matched by its examples alone.
ENGINE_SIGN_TEST = _card(
    "prinsip-tanda-dukungan", "umum", "Bolehkah ASN menunjukkan tanda dukungan kepada calon?",
    "May a civil servant show a sign of support for a candidate?",
    ["Bolehkah ASN menunjukkan tanda dukungan?", "asn kasih tanda dukung ke calon", "pns tunjukkan keberpihakan",
     "tanda dukungan apa pun dilarang?"],
    ["May a civil servant show support?", "Can an ASN show a sign of support?"],
    "prohibited", "Tidak boleh: apa pun acaranya, jangan tunjukkan tanda dukungan kepada calon.",
    "No: whatever the occasion, show no sign of support for a candidate.",
    "pp94-p5-n-1", "  situation:\n    requires: [sign-gesture, target-candidate]\n",
).replace("  topic: umum\n", "  kind: principle\n  topic: umum\n", 1)


def write_engine_kb(root: Path) -> Path:
    """A knowledge folder for engine-decision tests (no articles, no glossary)."""
    files = {
        "provisions/pp94.yaml": ENGINE_PROVISIONS,
        "rules/rules.yaml": ENGINE_RULES,
        "rules/prinsip.yaml": ENGINE_PRINCIPLE + ENGINE_SIGN_TEST,
        "concepts/concepts.yaml": ENGINE_CONCEPTS,
    }
    for rel, content in files.items():
        path = root / "knowledge" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return root / "knowledge"
