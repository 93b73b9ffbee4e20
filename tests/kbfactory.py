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
  terms: [calon, kandidat, candidate]
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
