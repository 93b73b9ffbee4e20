"""Concept tagging: phrases on stems, longest match, derived words, function words and negation."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from bot.concepts import READING_WORDS, Tagger
from bot.knowledge import Concept


def concept(cid: str, kind: str, *terms: str, when_negated: str | None = None, third_party: bool = False) -> Concept:
    return Concept(cid, kind, tuple(terms), when_negated=when_negated, third_party=third_party)


TAGGER = Tagger(
    [
        concept("act-like", "act", "like", "ngelike", "menyukai", when_negated="limit-no-reaction"),
        concept("act-post", "act", "unggah", "upload", "posting", when_negated="limit-no-post"),
        concept("act-watch", "act", "nonton", "menyaksikan"),
        concept("act-install", "act", "pasang"),
        concept("act-share", "act", "bagikan"),
        concept("role-witness", "role", "saksi"),
        concept("role-security", "role", "pengamanan"),
        concept("target-candidate", "target", "calon", "pasangan calon", when_negated="limit-no-candidate"),
        concept("sign-gesture", "sign", "pose jari", "dua jari", when_negated="limit-passive"),
        concept("limit-only-watch", "limit", "cuma nonton"),
        concept("limit-no-post", "limit", "tidak diunggah"),
        concept("limit-no-reaction", "limit", "tanpa reaksi"),
        concept("limit-no-candidate", "limit", "tanpa menyebut calon"),
        concept("limit-passive", "limit", "pasif"),
        concept("limit-accidental", "limit", "gak sengaja"),
        concept("smalltalk-ack", "smalltalk", "ok"),
    ]
)


def ids(text: str) -> set[str]:
    return set(TAGGER.tag(text).ids)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pns menyukai unggahan calon", {"act-like", "act-post", "target-candidate"}),  # stems: suka, unggah
        ("foto pasangan calon", {"target-candidate"}),  # "pasangan" is not the act "pasang"
        ("cuma nonton debat", {"limit-only-watch", "act-watch"}),  # a limit keeps the act it limits
        ("saksi di tps", {"role-witness"}),  # "menyaksikan" (watch) is derived; bare "saksi" is not it
        ("aman kan?", set()),  # "pengamanan" (security duty) does not match bare "aman" (safe)
        ("ini bagi saya", set()),  # "bagikan" stems to "bagi", which here is the preposition
        ("ok", {"smalltalk-ack"}),  # small talk is made of function words and still counts
    ],
)
def test_phrases_stems_and_readings(text: str, expected: set[str]) -> None:
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("gak like gak komen cuma baca", {"limit-no-reaction"}, {"act-like"}),
        ("fotonya ga sy upload kemana mana", {"limit-no-post"}, {"act-post"}),
        ("tidak diunggah", {"limit-no-post"}, {"act-post"}),
        ("foto biasa tanpa pose jari", {"limit-passive"}, {"sign-gesture"}),
        ("ajakan ke tps tanpa menyebut calon", {"limit-no-candidate"}, {"target-candidate"}),
        ("pj kan bukan calon", {"limit-no-candidate"}, {"target-candidate"}),  # "kan bukan" still denies
        ("gk ada simbol calon", {"limit-no-candidate"}, {"target-candidate"}),  # a candidate's mark denied
        ("tanpa gambar calon", {"limit-no-candidate"}, {"target-candidate"}),
        ("poster netralitas, bukan soal calon", {"limit-no-candidate"}, {"target-candidate"}),  # "bukan soal calon": a topic denied
        ("video lomba, gk ada nyinggung calon sama sekali", {"limit-no-candidate"}, {"target-candidate"}),  # not touched on
        ("tidak membahas calon", {"limit-no-candidate"}, {"target-candidate"}),
        ("I did not like it", {"limit-no-reaction"}, {"act-like"}),
        ("tiang ten like", {"limit-no-reaction"}, {"act-like"}),  # Balinese
        ("sa tra like", {"limit-no-reaction"}, {"act-like"}),  # Papuan Malay
        ("ga bakal like", {"limit-no-reaction"}, {"act-like"}),
        ("indak ado like do", {"limit-no-reaction"}, {"act-like"}),  # Minang
    ],
)
def test_a_negated_mention_stands_for_its_limit(text: str, present: set[str], absent: set[str]) -> None:
    found = ids(text)
    assert present <= found and not absent & found


@pytest.mark.parametrize(
    "text",
    [
        "apakah tidak boleh like postingan calon",  # a modal: asking about the act, not denying it
        "gak sengaja ngelike postingan calon",  # "gak sengaja" is accidental: the like happened
        "tidak tahu kalau like itu dilarang",  # too far and not a filler in between
    ],
)
def test_not_every_negator_denies_the_act(text: str) -> None:
    assert "act-like" in ids(text)


def test_a_negator_after_a_modal_makes_a_question_not_a_denial() -> None:
    # "boleh gak like?" asks whether liking is allowed; it does not say "I did not like".
    assert "act-like" in ids("pns boleh gak like postingan calon")
    assert "act-like" in ids("bisa ga like foto calon")


def test_place_nouns_are_not_their_root() -> None:
    tagger = Tagger([concept("who-official", "who", "camat", "lurah")])
    assert tagger.tag("pak camat datang").ids == {"who-official"}
    assert tagger.tag("staf kantor kecamatan dan kelurahan").ids == frozenset()


def test_an_active_verb_term_does_not_match_the_passive() -> None:
    # "diajak" (I was invited) is not "mengajak" (I invite); a bare term matches both voices.
    tagger = Tagger([concept("act-urge", "act", "mengajak"), concept("act-share", "act", "sebar")])
    assert tagger.tag("saya mengajak warga").ids == {"act-urge"}
    assert tagger.tag("saya diajak teman").ids == frozenset()
    assert tagger.tag("fotonya disebar tetangga").ids == {"act-share"}


AGENTS = Tagger(
    [
        concept("act-post", "act", "posting", "unggah", "post", "posted"),
        concept("act-donate", "act", "nyumbang", "menyumbang"),
        concept("act-like", "act", "like"),
        concept("act-photo", "act", "foto"),
        concept("role-witness", "role", "saksi"),
        concept("who-relative", "who", "anak", "my son", third_party=True),
        concept("target-candidate", "target", "caleg", "candidate", third_party=True),
    ]
)


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("anak saya posting dukungan", {"act-post"}),  # my child's post, not mine
        ("caleg ikut nyumbang konsumsi", {"act-donate"}),  # the candidate donates
        ("fotonya diunggah tetangga", {"act-post"}),  # a passive: someone else posted it
        ("ada yg posting kampanye di grup", {"act-post"}),  # "ada yg": someone
        ("my son posted support for a candidate", {"act-post"}),
        ("akun berita yg tiap hari posting kegiatan caleg", {"act-post"}),  # a relative clause about them
        ("nanti difoto, dikira sy kampanye", {"act-photo"}),  # a passive; "sy" is not its doer
        ("fotonya diunggah oleh saya", set()),  # ... unless the asker says so
        ("ada saksi yg minta dicek tensinya", {"role-witness"}),  # there is a witness: not the asker
        ("saya jadi saksi", set()),
        ("saya posting dukungan caleg", set()),  # the asker's own post
        ("pak, sy like postingan caleg boleh?", set()),  # "pak" is the addressee, not the owner of "sy"
    ],
)
def test_acts_by_someone_else_are_told_apart(text: str, others: set[str]) -> None:
    assert set(AGENTS.tag(text).others) == others


THINGS = Tagger(
    [
        concept("act-give", "act", "bagi2", "membagikan", "kasih"),
        concept("act-attend", "act", "datang"),
        concept("act-receive", "act", "terima"),
        concept("act-wear", "act", "pakai"),
        concept("act-support", "act", "dukung", "pendukung"),
        concept("act-read", "act", "baca"),
        concept("sign-attribute", "sign", "atribut", "stiker", "spanduk"),
        concept("sign-money", "sign", "amplop"),
        concept("target-campaign-material", "target", "brosur"),
        concept("who-spouse", "who", "istri", third_party=True),
    ]
)


@pytest.mark.parametrize(
    ("text", "others"),
    [
        # what someone else hands out or wears is theirs; what is there or on their things too
        ("di lampu merah timses bagi2 brosur, sy baca sebentar", {"act-give", "target-campaign-material"}),
        ("banyak pendukung datang pakai atribut", {"act-support", "act-attend", "act-wear", "sign-attribute"}),
        ("ojol yg sy tumpangi motornya penuh stiker", {"sign-attribute"}),
        ("turnamennya ada spanduk calon", {"sign-attribute"}),
        ("timses kasih amplop, sy terima", {"act-give"}),
        ("ada video teman yg nyatakan dukungan ke paslon", {"act-support"}),  # "nyatakan": a light verb before the act noun
        ("saya nyatakan dukungan ke paslon", set()),
        # the asker's own things and roles stay theirs
        ("saya pendukung paslon itu", set()),
        ("saya pakai atribut partai", set()),
        ("fotonya sy unggah pakai stiker", set()),
    ],
)
def test_whose_act_and_whose_things(text: str, others: set[str]) -> None:
    assert set(THINGS.tag(text).others) == others


def test_a_doer_is_read_within_its_clause() -> None:
    # "…ke sy dan istri, sy terima": without the comma "istri sy" would read as "my wife".
    tagger = THINGS
    words = "kasih amplop ke sy dan istri sy terima".split()
    stems = words
    assert "act-receive" in tagger.tag_stems(stems, words).others
    assert "act-receive" not in tagger.tag_stems(stems, words, frozenset({0, 6})).others


def test_a_department_is_not_a_handout() -> None:
    assert THINGS.tag("kami membagikan brosur").ids >= {"act-give"}
    assert THINGS.tag("kami di bagian umum").ids == frozenset()


def test_a_denial_carries_over_a_list() -> None:
    tagger = Tagger(
        [
            concept("act-like", "act", "like", when_negated="limit-no-reaction"),
            concept("act-comment", "act", "komen", "comment", when_negated="limit-no-reaction"),
            concept("act-share", "act", "share", when_negated="limit-no-reaction"),
            concept("limit-no-reaction", "limit", "tanpa reaksi"),
        ]
    )
    assert tagger.tag("gak like, komen atau share").ids == {"limit-no-reaction"}
    assert tagger.tag("I never like, comment or share").ids == {"limit-no-reaction"}
    assert tagger.tag("gak like tapi share").ids == {"limit-no-reaction", "act-share"}


def test_a_clause_without_a_doer_is_the_sentence_subjects() -> None:
    tagger = Tagger(
        [
            concept("act-attend", "act", "datang"),
            concept("act-campaign", "act", "ikut kampanye"),
            concept("act-like", "act", "like"),
            concept("who-relative", "who", "anak", "istri", third_party=True),
        ]
    )

    def others(text: str, starts: set[int], opens: set[int]) -> frozenset[str]:
        words = text.split()
        return tagger.tag_stems(words, words, frozenset(starts | opens), frozenset(opens)).others

    # "Anak sy umur 19, mau datang ke kampanye": the child comes, not the asker ...
    assert "act-attend" in others("anak sy umur 19 mau datang ke kampanye", {4}, {0})
    assert "act-campaign" in others("istri saya bukan asn mau ikut kampanye", {4}, {0})
    # ... "Sy PNS, mau datang": the asker; the asker named on the way; a new sentence starts afresh;
    # "Pak, …" addresses the bot.
    assert "act-attend" not in others("sy pns mau datang", {2}, {0})
    assert "act-attend" not in others("anak sy mau kampanye tapi sy yang datang", {4}, {0})
    assert "act-attend" not in others("anak sy umur 19 mau datang", set(), {0, 4})
    assert "act-like" not in others("pak admin apa boleh like postingan calon", set(), {0})


def test_what_a_passive_puts_on_something_is_the_doers() -> None:
    tagger = Tagger([concept("act-install", "act", "tempel"), concept("sign-attribute", "sign", "gambar capres")])
    assert "sign-attribute" in tagger.tag("angkot yang saya naiki ditempeli gambar capres").others
    assert "sign-attribute" not in tagger.tag("saya menempel gambar capres").others


def test_a_feared_label_is_not_a_fact_of_the_story() -> None:
    # "dikira sy kampanye", "apa itu termasuk kampanye?": the asker fears the name, did not do it.
    tagger = Tagger([concept("event-campaign", "event", "kampanye")])
    assert tagger.tag("nanti dikira sy kampanye").ids == frozenset()
    assert tagger.tag("apa itu termasuk kampanye").ids == frozenset()
    assert tagger.tag("apa itu dihitung kampanye").ids == frozenset()
    assert tagger.tag("saya datang ke kampanye").ids == {"event-campaign"}


def test_a_passive_without_a_named_doer_stops_at_the_sentence() -> None:
    # "ga ada foto yg diposting. Saya PPPK": the next sentence's "Saya" did not post it.
    tagger = Tagger([concept("act-post", "act", "posting")])
    words = "foto yg diposting saya pppk".split()
    stems = ["foto", "yg", "posting", "saya", "pppk"]
    assert "act-post" in tagger.tag_stems(stems, words, frozenset({0, 3}), frozenset({0, 3})).others
    assert "act-post" not in tagger.tag_stems(stems, words).others  # one sentence: "diposting saya"


def test_asking_for_an_asn_relative_rules_on_their_acts() -> None:
    # "My uncle is a PNS … he can join": the asker asks on behalf of an ASN; the uncle's act is
    # what the rules judge. A relative who is not said to be an ASN acts for themself.
    tagger = Tagger(
        [
            Concept("who-pns", "who", ("pns",), asn=True),
            Concept("who-relative", "who", ("uncle", "istri"), third_party=True),
            concept("act-attend", "act", "join", "ikut kampanye"),
            concept("act-post", "act", "posting"),
        ]
    )
    assert "act-attend" not in tagger.tag("my uncle is a pns and he says he can join").others
    assert "act-attend" not in tagger.tag("istri saya pns dia mau ikut kampanye").others
    assert "act-attend" in tagger.tag("my uncle says he can join").others
    assert "act-attend" in tagger.tag("saya pns istri saya mau ikut kampanye").others
    # Done *to* the ASN relative, by someone else: still not theirs.
    assert "act-post" in tagger.tag("istri saya pns fotonya diposting orang").others


def test_an_english_like_that_is_not_a_reaction() -> None:
    tagger = Tagger([concept("act-like", "act", "like")])
    assert tagger.tag("i'd like to see a rally").ids == frozenset()
    assert tagger.tag("it looks like a rally").ids == frozenset()
    assert tagger.tag("can i like the candidate's post").ids == {"act-like"}


def test_an_owner_inside_a_declined_topics_phrase() -> None:
    # "KTP saya hilang" is the voting-logistics topic; "suami saya calon" is not "suami calon".
    tagger = Tagger(
        [
            Concept("oos-voting-logistics", "out-of-scope", ("ktp hilang",), redirect="kpu"),
            concept("target-candidate", "target", "suami calon"),
        ]
    )
    assert tagger.tag("ktp saya hilang").ids == {"oos-voting-logistics"}
    assert tagger.tag("suami saya calon bupati").ids == frozenset()


def test_going_along_with_someone_is_doing_it_too() -> None:
    tagger = Tagger(
        [
            concept("act-campaign", "act", "keliling kampung"),
            Concept("who-spouse", "who", ("suami",), third_party=True),
        ]
    )
    assert "act-campaign" not in tagger.tag("saya ikut suami keliling kampung").others
    assert "act-campaign" not in tagger.tag("sy juga sering menemani suami keliling kampung").others
    assert "act-campaign" in tagger.tag("suami keliling kampung tiap minggu").others
    assert "act-campaign" in tagger.tag("tetangga ikut suami keliling kampung").others
    assert "act-campaign" not in tagger.tag("saya ikut bantu suami keliling kampung").others


def test_a_place_inside_a_limit_is_the_limits() -> None:
    tagger = Tagger(
        [
            concept("event-partisan-meeting", "event", "posko"),
            concept("limit-official-duty", "limit", "jaga posko kesehatan"),
            concept("limit-only-watch", "limit", "cuma nonton"),
            concept("act-watch", "act", "nonton"),
        ]
    )
    assert tagger.tag("saya jaga posko kesehatan").ids == {"limit-official-duty"}
    assert tagger.tag("saya ke posko").ids == {"event-partisan-meeting"}
    assert tagger.tag("cuma nonton").ids == {"limit-only-watch", "act-watch"}  # an act stays


def test_a_phrase_led_by_an_agent_noun_needs_that_noun() -> None:
    tagger = Tagger([concept("role-event-crew", "role", "penerima tamu")])
    assert tagger.tag("saya jadi penerima tamu").ids == {"role-event-crew"}
    assert tagger.tag("saya menerima tamu biasa").ids == frozenset()


def test_hearsay_is_a_feared_label() -> None:
    # "tetangga nyindir katanya saya yang nyuruh": the neighbours' claim, not the asker's act.
    tagger = Tagger([concept("act-urge", "act", "nyuruh")])
    assert tagger.tag("tetangga nyindir katanya saya yang nyuruh").ids == frozenset()
    assert tagger.tag("saya yang nyuruh").ids == {"act-urge"}


def test_a_person_named_only_to_compare_is_not_in_the_story() -> None:
    tagger = Tagger([Concept("who-spouse", "who", ("istri",), third_party=True)])
    assert tagger.tag("saya pikir ada pengecualian kayak istri yang boleh dampingi").ids == frozenset()
    assert tagger.tag("kalau istri boleh cltn adik boleh juga").ids == frozenset()
    assert tagger.tag("istri saya caleg").ids == {"who-spouse"}


def test_being_invited_is_not_inviting() -> None:
    # "saya undang" (I invite) is a phrase of its own; "saya diundang" (I am invited) does not say it
    tagger = Tagger(
        [
            concept("act-organise", "act", "saya undang", "saya mengundang"),
            concept("target-candidate", "target", "caleg"),
        ]
    )
    assert "act-organise" in tagger.tag("saya undang caleg").ids
    assert "act-organise" not in tagger.tag("saya diundang caleg").ids
    assert "act-organise" not in tagger.tag("saya diundang caleg ke syukuran").ids


# The readings, attribution and negation look words up by their spelling; the speller must leave
# every such word as typed (concepts.READING_WORDS), or "ngarahin" (to direct) becomes "ngerahin"
# (to mobilise) and the reading never sees it. Stem lists (readings._CALLS) are matched on stems.
_STEM_LISTS = {("bot/readings.py", "_CALLS")}


@pytest.mark.parametrize("path", ["bot/readings.py", "bot/attribution.py", "bot/negation.py"])
def test_words_read_by_spelling_are_kept_from_the_speller(path: str) -> None:
    module = importlib.import_module(path[:-3].replace("/", "."))
    source = (Path(__file__).resolve().parent.parent / path).read_text(encoding="utf-8")
    missing = {
        name: sorted(getattr(module, name) - READING_WORDS)
        for name in re.findall(r'^(_?[A-Z][A-Z_]+) = frozenset\("', source, re.M)
        if (path, name) not in _STEM_LISTS and not getattr(module, name) <= READING_WORDS
    }
    assert not missing, missing
