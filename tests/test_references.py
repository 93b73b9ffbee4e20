"""A provision named by reference is quoted, whatever else the message says (bot/references.py)."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.render import to_plain
from bot.references import Reference, references
from bot.search import Index


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PP 94 pasal 5 huruf n isinya", Reference("PP", "94", None, "5", None, "n", None)),
        ("isi UU 20/2023 Pasal 9 ayat (2)?", Reference("UU", "20", "2023", "9", "2", None, None)),
        ("uu 7 2017 psl 280 ayat 3", Reference("uu", "7", "2017", "280", "3", None, None)),
        ("pasal 5 saja", None),  # no regulation named: nothing to look up
        ("UU 7 tahun 2017 pasal 280 ayat 3", Reference("UU", "7", "2017", "280", "3", None, None)),
        ("GR 94/2021 Article 5 letter n number 6", Reference("pp", "94", "2021", "5", None, "n", "6")),
        # the provision first, then its regulation
        ("Bunyi Pasal 9 ayat (2) UU 5/2014 soal ASN", Reference("UU", "5", "2014", "9", "2", None, None)),
    ],
)
def test_a_reference_is_read_in_its_parts(text: str, expected: Reference | None) -> None:
    found = references(text)
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("question", "cited"),
    [
        # a level above the provisions names every one below it (the first five)
        ("PP 94 pasal 5 huruf n isinya", ["pp94-2021-p5-n-1", "pp94-2021-p5-n-2", "pp94-2021-p5-n-3", "pp94-2021-p5-n-4", "pp94-2021-p5-n-5"]),
        ("UU 7 2017 pasal 280 ayat 3", ["uu7-2017-p280-3"]),
        ("What does GR 94/2021 Article 5 letter n number 6 say?", ["pp94-2021-p5-n-6"]),
    ],
)
def test_a_provision_named_by_reference_is_quoted(shipped_index: Index, question: str, cited: list[str]) -> None:
    answer = answer_question(shipped_index, question)
    assert (answer.kind, answer.verdict) == ("passages", "info")
    assert [c.passage.id for c in answer.citations] == cited


def test_the_elucidation_only_when_asked_and_nothing_for_a_provision_we_do_not_hold(shipped_index: Index) -> None:
    body = answer_question(shipped_index, "PP 94/2021 pasal 5 huruf n angka 1")
    assert [c.passage.ref for c in body.citations] == ["Pasal 5 huruf n angka 1"]
    elucidation = answer_question(shipped_index, "penjelasan PP 94/2021 pasal 5 huruf n angka 1")
    assert [c.passage.ref for c in elucidation.citations] == ["Penjelasan Pasal 5 huruf n angka 1"]
    unknown = answer_question(shipped_index, "PP 94 pasal 99 isinya apa")
    assert all(not c.passage.ref.startswith("Pasal 99") for c in unknown.citations)


def test_a_list_items_quote_shows_the_item(shipped_index: Index) -> None:
    # a card citing angka 6 and the provision asked for by name both quote "6. mengadakan …", not
    # only the words all the items of Pasal 5 huruf n share
    for question in ("PP 94 psl 5 huruf n angka 6", "sy PNS, boleh undang caleg ke arisan dan ajak ibu2 pilih dia?"):
        answer = answer_question(shipped_index, question)
        quoted = [c.text for c in answer.citations if c.passage.id == "pp94-2021-p5-n-6"]
        assert quoted and "6. mengadakan kegiatan" in quoted[0], question
        assert "6. mengadakan kegiatan" in to_plain(answer), question


def test_asking_for_the_wording_gets_the_wording_before_any_card(shipped_index: Index) -> None:
    # a card on whether UU 5/2014 still holds fits too; the text asked for comes first, marked revoked
    answer = answer_question(shipped_index, "Bunyi Pasal 9 ayat (2) UU 5/2014 soal ASN bebas dari pengaruh partai politik")
    assert [c.passage.id for c in answer.citations] == ["uu5-2014-p9-2"]
    assert "Dicabut UU 20/2023" in to_plain(answer)
