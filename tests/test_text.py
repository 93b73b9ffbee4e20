"""Text pipeline: tokens, stemming, stoplist, glossary expansion, language detection."""

from __future__ import annotations

from collections import Counter

from bot.knowledge import Glossary
from bot.text import (
    Expander,
    shorten,
    SpellFixer,
    detect_language,
    edit_distance,
    quote_ranges,
    raw_tokens,
    sentences,
    stem,
    tokenize,
)


def test_tokens_keep_numbers_and_regulation_numbers() -> None:
    assert raw_tokens("Pasal 5 huruf n PP 94/2021") == ["pasal", "5", "huruf", "n", "pp", "94/2021"]
    assert "800.1.6.2/524" in raw_tokens("SE 800.1.6.2/524/BKPSDM-PDG/2024")


def test_unicode_is_normalised() -> None:
    # Full-width letters and a non-breaking space are folded by NFKC.
    assert raw_tokens("ＡＳＮ\u00a0Netral") == ["asn", "netral"]


def test_hashtags_are_split_at_capitals_and_numbers() -> None:
    assert raw_tokens("#SayaRelawanPaslon2") == ["saya", "relawan", "paslon", "2"]
    assert raw_tokens("#02SatuPutaran #ASNBerAKHLAK") == ["02", "satu", "putaran", "asn", "ber", "akhlak"]
    assert raw_tokens("#pilihno2") == ["pilihno", "2"]  # a lowercase run of letters stays one word
    assert raw_tokens("#DukungPakDéwi") == ["dukung", "pak", "dewi"]  # an accent is dropped first, not split at


def test_reduplication_and_hyphenated_forms() -> None:
    assert raw_tokens("calon-calon") == ["calon"]
    assert raw_tokens("me-like") == ["me", "like"]
    assert raw_tokens("foto2 kampanye2") == ["foto", "kampanye"]  # typed with a 2
    assert raw_tokens("tempel2in bagi2kan") == ["tempelin", "bagikan"]  # a 2 before a suffix
    assert raw_tokens("bagi2 brosur") == ["bagi2", "brosur"]  # handing out, not the preposition


def test_stemming_with_domain_words() -> None:
    assert stem("pemilu") == "pemilu"  # plain Sastrawi cuts this to "milu"
    assert stem("memposting") == "posting"
    assert stem("menyukai") == "suka"
    assert stem("berkampanye") == "kampanye"
    assert stem("ngelike") == "like"
    # Sastrawi cuts "relawan" (volunteer) to "rawan", the root of Bawaslu's "kerawanan" (vulnerability)
    assert stem("relawannya") == "relawan" and stem("kerawanan") == "rawan"


def test_being_promised_keeps_its_voice() -> None:
    # "dijanjikan" is done to the asker; "menjanjikan"/"janjiin" may be the asker's own promise
    assert stem("dijanjikan") == "dijanjikan" and stem("dijanjiin") == "dijanjiin"
    assert stem("menjanjikan") == "janji"


def test_no_stem_list_protects_acronyms() -> None:
    for word in ("bawaslu", "pppk", "kasn", "dprd", "ptdh"):
        assert stem(word) == word


def test_the_government_is_not_an_order() -> None:
    # Sastrawi cuts "pemerintah" to "perintah", and an order to subordinates is mobilising them.
    assert stem("pemerintah") == "pemerintah" and stem("pemerintahan") == "pemerintahan"
    assert stem("diperintah") == "perintah"


def test_any_candidate_is_not_which_candidate() -> None:
    # "calon mana pun" (any candidate, so none) keeps its particle; "calon mana" asks which one
    assert tokenize("calon mana pun") == tokenize("calon manapun") == ["calon", "manapun"]
    assert tokenize("paslon siapa pun") == ["paslon", "siapapun"]
    assert "manapun" not in tokenize("dikasih ke paslon mana")


def test_stoplist_keeps_legally_meaningful_words() -> None:
    tokens = tokenize("Apakah PNS tidak boleh hadir sebelum dan selama kampanye? Wajib?")
    for kept in ("tidak", "boleh", "sebelum", "selama", "wajib", "kampanye", "pns", "hadir"):
        assert kept in tokens
    assert "apakah" not in tokens and "dan" not in tokens
    assert "larang" in tokenize("dilarang")


def test_glossary_expansion_english_phrase_synonym_and_misspelling() -> None:
    glossary = Glossary(
        synonyms=[["paslon", "pasangan calon"]],
        translations={"civil servant": ["asn", "pns"], "campaign": ["kampanye"]},
        misspellings={"kampnye": "kampanye"},
    )
    expander = Expander(glossary)
    groups = expander.expand("Can a civil servant join a campaign?")
    # A glossary phrase is one group: the user's own stems plus the expansion stems.
    assert (["civil", "servant"], ["asn", "pns"]) in groups
    assert (["campaign"], ["kampanye"]) in groups
    assert (["join"], []) in groups
    assert (["kampanye"], []) in expander.expand("ikut kampnye")
    own, extra = next(g for g in expander.expand("foto paslon") if g[0] == ["paslon"])
    assert "pasang" in extra and "calon" in extra


def test_a_regional_pronoun_that_is_also_a_noun_stays_the_noun_before_its_noun_words() -> None:
    # Balinese "tiang" (I) is respelled "saya"; "tiang listrik" is an electricity pole, in a message
    # and in a card's question alike
    expander = Expander(Glossary(misspellings={"tiang": "saya"}))
    assert [own for own, _ in expander.expand("tiang listrik depan rumah")][:2] == [["tiang"], ["listrik"]]
    # ... while "tiang PNS" is "saya PNS", whose pronoun, a stopword, is dropped
    assert [own for own, _ in expander.expand("tiang PNS di Gianyar")] == [["pns"], ["gianyar"]]


def test_spell_fixer_corrects_typos_towards_known_words() -> None:
    speller = SpellFixer(Counter({"spanduk": 3, "twibbon": 2, "partai": 5, "pasang": 4, "kampanye": 9}))
    assert speller.correct("spandk") == "spanduk"
    assert speller.correct("twiboon") == "twibbon"
    assert speller.correct("kampnaye") == "kampanye"  # swapped letters count as one edit
    assert speller.correct("partai") is None  # already known
    assert speller.correct("ktp") is None  # too short to guess
    assert speller.correct("rendang") is None  # nothing close enough
    liker = SpellFixer(Counter({"like": 3}))
    assert liker.correct("lika") == "like"
    assert liker.correct("nike") is None  # a short word with another first letter is another word
    expander = Expander(Glossary(), speller)
    assert expander.expand("masang spandk") == [(["pasang"], []), (["spanduk"], [])]


def test_real_indonesian_words_are_not_corrected_into_domain_words() -> None:
    # "mengadakan" is one letter-pair away from "mengajukan", but "mengajukan" is a real word
    # (root "aju"): correcting it would drag an off-topic question into the knowledge base.
    speller = SpellFixer(Counter({"mengadakan": 5, "spanduk": 1}))
    expander = Expander(Glossary(), speller)
    assert expander.expand("mengajukan cuti") == [(["aju"], []), (["cuti"], [])]
    assert expander.expand("spandk") == [(["spanduk"], [])]


def test_two_changed_consonants_make_another_word_two_changed_vowels_a_regional_spelling() -> None:
    speller = SpellFixer(Counter({"pasangan": 5, "nyumbang": 3, "mendengar": 2, "kampanye": 9}))
    assert speller.correct("pakantan") is None  # a district, not "pasangan" (k/s, t/g)
    assert speller.correct("mandangar") == "mendengar"  # Minang vowels (a/e, a/e)
    assert speller.correct("kampnaye") == "kampanye"  # swapped letters are still one edit


def test_english_inflections_fall_back_to_known_base_words() -> None:
    speller = SpellFixer(Counter({"servant": 1, "campaign": 1, "post": 1, "mobilise": 1, "party": 1}))
    assert speller.correct("servants") == "servant"
    assert speller.correct("campaigning") == "campaign"
    assert speller.correct("posted") == "post"
    assert speller.correct("mobilises") == "mobilise"
    assert speller.correct("parties") == "party"


def test_possessive_and_alphanumeric_tokens() -> None:
    assert raw_tokens("a candidate's post") == ["a", "candidate", "post"]
    assert raw_tokens("guru P3K lapor lewat SP4N-LAPOR") == ["guru", "p3k", "lapor", "lewat", "sp4n", "lapor"]
    # the future stays: "he'll vote for" says whom he will vote for
    assert raw_tokens("he'll vote for her") == ["he", "will", "vote", "for", "her"]


def test_edit_distance() -> None:
    assert edit_distance("kampanye", "kampanye") == 0
    assert edit_distance("kampnaye", "kampanye") == 1
    assert edit_distance("partey", "partai") == 2


def test_language_detection() -> None:
    assert detect_language("May a civil servant like a candidate's post?") == "en"
    assert detect_language("Bolehkah PNS me-like postingan calon bupati?") == "id"
    assert detect_language("min, asn boleh ga ikut kampanye") == "id"
    assert detect_language("Can PPPK attend a kampanye?") == "en"
    # Javanese closes with "to" (tho); words only Indonesian writers use keep it Indonesian.
    assert detect_language("Kulo PNS, mbenjing badhe nonton debat cagub teng balai desa, mboten nopo-nopo to?") == "id"
    assert detect_language("Can a civil servant attend a capres debate watch party?") == "en"
    assert detect_language("") == "id"


def test_sentences_do_not_break_numbered_items() -> None:
    text = "PNS dilarang: n. memberikan dukungan dengan cara: 1. ikut kampanye; 2. menjadi peserta. Kalimat kedua."
    parts = sentences(text)
    assert parts[-1] == "Kalimat kedua."
    assert "1. ikut kampanye" in parts[0]


def test_costs_are_bounded_by_input_size() -> None:
    # Break-in findings 5-7: one long word made spelling correction cubic; the stem cache never shrank.
    from bot.text import (
        MAX_SPELL_CHARS,
        MAX_TOKEN_CHARS,
        STEM_CACHE_SIZE,
        SpellFixer,
        raw_tokens,
        stem,
    )

    assert raw_tokens("pns " + "x" * (MAX_TOKEN_CHARS + 1) + " kampanye") == ["pns", "kampanye"]
    assert stem.cache_info().maxsize == STEM_CACHE_SIZE
    speller = SpellFixer({"kampanye": 3, "a" * (MAX_SPELL_CHARS + 5): 1})
    assert all(len(v) <= MAX_SPELL_CHARS for v in speller._deletes)  # long vocabulary words get no variants
    assert speller.correct("kampanyw") == "kampanye"
    assert speller.correct("k" + "ampanye" * 4) is None  # too long to be a typo: not even tried


def test_a_list_item_is_shortened_to_its_own_words() -> None:
    # the words every item shares are cut, not the item: "6. mengadakan …" is what the provision says
    item = (
        "PNS dilarang: ... n. memberikan dukungan kepada calon Presiden/Wakil Presiden, calon Kepala Daerah/Wakil "
        "Kepala Daerah dengan cara: ... 6. mengadakan kegiatan yang mengarah kepada keberpihakan terhadap pasangan "
        "calon yang menjadi peserta pemilu sebelum, selama, dan sesudah masa kampanye; dan/atau ..."
    )
    short = shorten(item, 200)
    assert short.startswith("PNS dilarang: … 6. mengadakan kegiatan") and len(short) <= 200
    # any other text keeps its opening, cut at a word
    plain = "Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik."
    assert shorten(plain, 40) == "Pegawai ASN harus bebas dari pengaruh …"
    assert shorten(plain, 200) == plain


def test_reduplicated_kin_words_name_a_group_not_a_relative() -> None:
    # "arisan ibu2 sy ajak mereka …": the ladies' gathering, and the asker who invites them
    assert raw_tokens("arisan ibu2 sy ajak") == ["arisan", "ibu2", "sy", "ajak"]
    assert raw_tokens("ibu-ibu PKK dan bapak-bapak") == ["ibu2", "pkk", "dan", "bapak2"]
    # other reduplications still read as the word ("foto2", "calon-calon")
    assert raw_tokens("foto2 calon-calon") == ["foto", "calon"]


def test_quote_ranges_count_the_quoted_words() -> None:
    assert quote_ranges('kadis bilang "pilih no 2" ya') == [(2, 5)]
    assert quote_ranges("dia bilang 'coblos 2' ok") == [(2, 4)]
    assert quote_ranges("kata pak lurah “dukung ya”, sy diem") == [(3, 5)]
    # an apostrophe inside a word, or after a plural, opens no quote
    assert quote_ranges("I didn't like the candidates' posts") == []


def test_quote_ranges_read_the_last_sixteen_quotes_of_a_flood() -> None:
    ranges = quote_ranges('"a" ' * 1000)
    assert len(ranges) == 16
    assert ranges[-1] == (999, 1000)
