"""Adding a news article from a link: safe fetching, extraction, the article file, the CLI.

Everything runs against tests/news_server.py on 127.0.0.1; nothing touches the internet.
"""

from __future__ import annotations

import re
import socket
import ssl
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from news_server import (
    BOILERPLATE_DROP,
    BOILERPLATE_KEEP,
    BOILERPLATE_TITLE,
    CLEAN_TITLE,
    NO_DATE_TITLE,
    NewsServer,
)

from bot.__main__ import main
from bot.answer import answer_question
from bot.history import Refused, history
from bot.ingest import (
    MAX_PAGE_BYTES,
    Extracted,
    Limits,
    add_article,
    address_problem,
    allow_private_from_env,
    article_id,
    article_paragraphs,
    describe_added,
    extract,
    fetch_page,
    find_place,
    normalize_url,
    _yaml_scalar,
)
from bot.knowledge import load_knowledge
from bot.schema import ID_PATTERN
from bot.search import Index
from bot.yamlsource import parse_yaml

ACTOR = "telegram:42 @admin"


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under `root` (hidden ones included) and its bytes."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def add(news: NewsServer, path: str, kb: Path, data: Path, **kw: object) -> object:
    return add_article(news.url(path), kb, ACTOR, data=data, allow_private=True, **kw)  # type: ignore[arg-type]


def refused(code: str, call: object, *args: object, **kw: object) -> Refused:
    with pytest.raises(Refused) as info:
        call(*args, **kw)  # type: ignore[operator]
    assert info.value.code == code, info.value.params
    return info.value


# --------------------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    ("ip", "problem"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("100.64.0.1", "private"),  # carrier-grade NAT: not global
        ("fc00::1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata
        ("fe80::1", "link-local"),
        ("0.0.0.0", "reserved"),
        ("224.0.0.1", "reserved"),
        ("240.0.0.1", "reserved"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped
        ("::ffff:10.0.0.1", "private"),
        ("2002:7f00:1::", "loopback"),  # 6to4 around 127.0.0.1
        ("64:ff9b::a00:1", "private"),  # NAT64 around 10.0.0.1
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_address_classification(ip: str, problem: str | None) -> None:
    assert address_problem(ip) == problem


def test_the_test_setting_allows_loopback_and_private_but_never_link_local() -> None:
    assert address_problem("127.0.0.1", allow_private=True) is None
    assert address_problem("192.168.1.1", allow_private=True) is None
    assert address_problem("169.254.169.254", allow_private=True) == "link-local"
    assert address_problem("224.0.0.1", allow_private=True) == "reserved"


def test_allow_private_urls_only_with_1() -> None:
    assert allow_private_from_env({"ALLOW_PRIVATE_URLS": "1"})
    for value in ("", "0", "true", "yes", " "):
        assert not allow_private_from_env({"ALLOW_PRIVATE_URLS": value})
    assert not allow_private_from_env({})


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "2130706433", "[::ffff:127.0.0.1]"])
def test_private_addresses_refused_with_the_test_setting_off(
    news_site: NewsServer, monkeypatch: pytest.MonkeyPatch, host: str
) -> None:
    monkeypatch.delenv("ALLOW_PRIVATE_URLS", raising=False)
    error = refused("private_address", fetch_page, f"http://{host}:{news_site.port}/berita/ramai")
    assert error.params["kind"] == "loopback"
    assert "public internet" in error.message("en")
    assert news_site.requests == []  # refused before connecting


def test_setting_read_from_the_environment(news_site: NewsServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALLOW_PRIVATE_URLS", "1")
    assert fetch_page(news_site.url("/berita/bersih")).url.endswith("/berita/bersih")
    monkeypatch.setenv("ALLOW_PRIVATE_URLS", "0")
    refused("private_address", fetch_page, news_site.url("/berita/bersih"))


def test_a_name_with_any_private_address_is_refused(news_site: NewsServer) -> None:
    """A host resolving to a public and a private address could be rebound to the private one."""

    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.7"]

    error = refused("private_address", fetch_page, "http://news.example/x", allow_private=False, resolver=resolver)
    assert error.params["ip"] == "10.0.0.7"


def test_connection_goes_to_the_checked_address(news_site: NewsServer) -> None:
    """The checked IP is the one connected to; the site's name only travels in the Host header."""
    seen: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        seen.append(host)
        return ["127.0.0.1"]

    page = fetch_page(f"http://warta.example:{news_site.port}/berita/bersih", allow_private=True, resolver=resolver)
    assert seen == ["warta.example"]
    assert page.url == f"http://warta.example:{news_site.port}/berita/bersih"


def _certificate(folder: Path, name: str) -> tuple[Path, Path]:
    cert, key = folder / f"{name}.pem", folder / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-keyout", str(key),
         "-out", str(cert), "-subj", f"/CN={name}", "-addext", f"subjectAltName=DNS:{name}"],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.mark.skipif(subprocess.run(["which", "openssl"], capture_output=True).returncode != 0, reason="needs openssl")
def test_https_to_the_checked_address_verifies_the_sites_name(tmp_path: Path) -> None:
    """Connecting to the checked IP keeps TLS honest: the certificate must match the site's name."""
    cert, key = _certificate(tmp_path, "warta.test")
    server_side = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_side.load_cert_chain(cert, key)
    with NewsServer(tls=server_side) as site:

        def resolver(host: str, port: int) -> list[str]:
            return ["127.0.0.1"]

        def trusting(ca: Path) -> httpx.HTTPTransport:
            return httpx.HTTPTransport(verify=ssl.create_default_context(cafile=str(ca)))

        url = f"https://warta.test:{site.port}/berita/bersih"
        page = fetch_page(url, allow_private=True, resolver=resolver, transport=trusting(cert))
        assert page.url == url and CLEAN_TITLE.encode() in page.body
        # The same server reached under a name its certificate does not carry is refused.
        other, _ = _certificate(tmp_path, "lain.test")
        refused("network", fetch_page, url, allow_private=True, resolver=resolver, transport=trusting(other))
        refused(
            "network", fetch_page, f"https://lain.test:{site.port}/berita/bersih", allow_private=True,
            resolver=resolver, transport=trusting(cert),
        )


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("", "bad_url"),
        ("bukan tautan", "bad_url"),
        ("file:///etc/passwd", "bad_scheme"),
        ("ftp://example.org/a.html", "bad_scheme"),
        ("javascript:alert(1)", "bad_scheme"),
        ("http://", "bad_url"),
        ("http://example.org/" + "a" * 2100, "bad_url"),
    ],
)
def test_malformed_links_refused(url: str, code: str) -> None:
    refused(code, fetch_page, url, allow_private=True)


def test_unknown_host_refused() -> None:
    def resolver(host: str, port: int) -> list[str]:
        raise socket.gaierror("no such host")

    error = refused("unresolvable", fetch_page, "http://tidak-ada.example/x", resolver=resolver)
    assert "tidak-ada.example" in error.message("id")


# --------------------------------------------------------------------------- fetching


def test_redirect_chain_followed_to_the_article(news_site: NewsServer) -> None:
    page = fetch_page(news_site.url("/r/3"), allow_private=True)
    assert page.redirects == 4
    assert page.url == news_site.url("/berita/bersih")
    assert news_site.requests == ["/r/3", "/r/2", "/r/1", "/r/0", "/berita/bersih"]


def test_exactly_five_redirects_allowed_six_refused(news_site: NewsServer) -> None:
    assert fetch_page(news_site.url("/putar/5"), allow_private=True).redirects == 5
    news_site.requests.clear()
    error = refused("too_many_redirects", fetch_page, news_site.url("/putar/6"), allow_private=True)
    assert error.params["max"] == 5
    assert news_site.requests == [f"/putar/{n}" for n in range(6, 0, -1)]  # the 7th hop never requested
    refused("too_many_redirects", fetch_page, news_site.url("/lingkaran"), allow_private=True)


def test_each_redirect_target_checked_again(news_site: NewsServer) -> None:
    error = refused("private_address", fetch_page, news_site.url("/ke-metadata"), allow_private=True)
    assert error.params == {"host": "169.254.169.254", "ip": "169.254.169.254", "kind": "link-local"}
    refused("bad_scheme", fetch_page, news_site.url("/ke-ftp"), allow_private=True)


def _sent(news: NewsServer, path: str) -> int:
    deadline = time.monotonic() + 10
    while path not in news.sent and time.monotonic() < deadline:
        time.sleep(0.02)
    return news.sent[path]


def test_oversized_body_stops_reading_past_the_cap(news_site: NewsServer) -> None:
    error = refused("too_large", fetch_page, news_site.url("/besar"), allow_private=True)
    assert error.params["limit"] == "5 MB"
    # The server streams up to 64 MB; the client hung up just past 5 MB (plus socket buffers).
    assert MAX_PAGE_BYTES < _sent(news_site, "/besar") < 3 * MAX_PAGE_BYTES


def test_cap_is_a_limit_not_a_constant(news_site: NewsServer) -> None:
    refused("too_large", fetch_page, news_site.url("/besar"), allow_private=True, limits=Limits(max_bytes=100_000))
    assert _sent(news_site, "/besar") < MAX_PAGE_BYTES
    error = refused("too_large", fetch_page, news_site.url("/berita/ramai"), allow_private=True, limits=Limits(max_bytes=1000))
    assert error.params["limit"] == "1000 bytes"


def test_declared_length_over_the_cap_refused(news_site: NewsServer) -> None:
    refused("too_large", fetch_page, news_site.url("/besar-panjang"), allow_private=True)


def test_non_html_refused(news_site: NewsServer) -> None:
    error = refused("not_html", fetch_page, news_site.url("/dokumen.pdf"), allow_private=True)
    assert error.params["type"] == "application/pdf"
    assert "PDF" in error.message("id")


def test_html_without_content_type_is_sniffed(news_site: NewsServer) -> None:
    page = fetch_page(news_site.url("/berita/tanpa-tipe"), allow_private=True)
    assert b"<h1>" + CLEAN_TITLE.encode() in page.body


def test_http_errors_timeouts_and_closed_ports(news_site: NewsServer) -> None:
    assert refused("http_status", fetch_page, news_site.url("/hilang"), allow_private=True).params["status"] == 404
    news_site.slow_seconds = 1.5
    refused("timeout", fetch_page, news_site.url("/lambat"), allow_private=True, limits=Limits(read_timeout=0.3))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]  # bound, never listening: connections are refused
        refused("network", fetch_page, f"http://127.0.0.1:{closed}/x", allow_private=True)


# --------------------------------------------------------------------------- extraction


def test_boilerplate_page_extracted_to_the_article_only(news_site: NewsServer) -> None:
    extracted = extract(fetch_page(news_site.url("/berita/ramai"), allow_private=True))
    assert extracted.title == BOILERPLATE_TITLE
    assert extracted.outlet == "Warta Sukamaju"
    assert extracted.date == "2024-10-14"
    assert extracted.place == "Sukamaju"
    body = "\n".join(extracted.paragraphs)
    for kept in BOILERPLATE_KEEP:
        assert kept in body
    for dropped in BOILERPLATE_DROP:
        assert dropped not in body, dropped
    assert BOILERPLATE_TITLE not in body  # the repeated headline is not a paragraph


def test_front_page_has_no_article(news_site: NewsServer) -> None:
    refused("no_text", lambda: extract(fetch_page(news_site.url("/beranda"), allow_private=True)))


def test_paragraph_cleaning() -> None:
    text = "\n".join(
        [
            "Judul Berita",
            "SUKAMAJU - Paragraf pertama\x07 yang sah.",
            "Baca Juga: Berita lain",
            "Simak berita lainnya di Google News",
            "Artikel ini telah tayang di Warta Sukamaju",
            "Data: " + "x" * 80,
            "(*)",
            "Paragraf kedua.",
        ]
    )
    assert article_paragraphs(text, "Judul berita") == ["SUKAMAJU - Paragraf pertama yang sah.", "Paragraf kedua."]


@pytest.mark.parametrize(
    ("para", "place"),
    [
        ("PADANG, HARIANHALUAN.ID– Pemerintah Kota Padang", "Padang"),
        ("Palu (ANTARA) - Pegawai Negeri Sipil", "Palu"),
        ("Jakarta, Kompas.com - Menteri", "Jakarta"),
        ("BANDA ACEH, KOMPAS.com -- Gubernur", "Banda Aceh"),
        ("LEMBAH HIJAU - Camat", "Lembah Hijau"),
        ("KOMPAS.com - Menteri", None),
        ("ASN - tidak boleh", None),
        ("Para aparatur Pemerintah Kota Palu mengucapkan ikrar", None),
    ],
)
def test_place_from_the_dateline(para: str, place: str | None) -> None:
    assert find_place([para]) == place


def test_article_ids_follow_the_shipped_names_and_stay_unique() -> None:
    extracted = Extracted("Pemko Padang keluarkan surat edaran netralitas ASN", "Haluan", "2024-09-29", "Padang", ["x"], None)
    taken: set[str] = set()
    ids = []
    for _ in range(4):
        ident = article_id(extracted, "2024-09-29", taken)
        taken.add(ident)
        ids.append(ident)
    assert ids[0] == "art-padang-2024"
    assert len(set(ids)) == 4
    for ident in ids:
        assert len(ident) <= 60 and re.match(ID_PATTERN, ident)
    unnamed = Extracted("Judul", "Warta Sukamaju", None, None, ["x"], None)
    assert article_id(unnamed, "2023-01-02", set()) == "art-warta-sukamaju-2023"


@pytest.mark.parametrize(
    "value",
    ["Bupati: ASN 'harus' netral", "yes", "123", "- daftar", "#tag", "a #b", "@x", '"kutip"', "2024-10-14", "—", "Biasa saja"],
)
def test_front_matter_values_read_back_exactly(value: str) -> None:
    assert parse_yaml(f"k: {_yaml_scalar(value)}\n").data == {"k": value}


def test_url_normalization() -> None:
    base = normalize_url("https://www.Warta.example/berita/a")
    for variant in (
        "http://warta.example/berita/a/",
        "https://warta.example:443/berita/a#komentar",
        "https://warta.example/berita/a?utm_source=wa&fbclid=1",
    ):
        assert normalize_url(variant) == base
    assert normalize_url("https://warta.example/berita/a?id=2") != base


# --------------------------------------------------------------------------- add_article


def test_add_article_writes_validates_and_logs(news_site: NewsServer, admin_kb: Path, admin_data: Path) -> None:
    result = add(news_site, "/berita/ramai", admin_kb, admin_data)
    path = admin_kb / "articles" / f"{result.article_id}.md"
    assert result.file == f"knowledge/articles/{result.article_id}.md"
    text = path.read_text(encoding="utf-8")
    front = parse_yaml(text.split("---\n")[1]).data
    assert list(front) == ["id", "title", "outlet", "date", "place", "url", "notes"]
    assert front["title"] == BOILERPLATE_TITLE
    assert (front["outlet"], front["date"], front["place"]) == ("Warta Sukamaju", "2024-10-14", "Sukamaju")
    assert front["url"] == news_site.url("/berita/ramai")
    assert "42" not in front["notes"]  # who added it is in the log, not in a publishable file
    # The folder on disk validates and holds exactly the passages reported.
    knowledge = load_knowledge(admin_kb)
    assert result.passages == len(knowledge.by_doc[result.article_id]) >= 2
    # The example question, asked again, cites the new article.
    assert result.example_question
    answer = answer_question(Index.build(knowledge), result.example_question)
    assert result.article_id in [c.passage.doc_id for c in answer.citations]
    [change] = history(5, data=admin_data)
    assert (change.actor, change.action, change.url, change.created) == (ACTOR, "add-url", front["url"], True)
    assert change.path == f"articles/{result.article_id}.md"


def test_add_article_against_the_shipped_knowledge(news_site: NewsServer, tmp_path: Path, admin_data: Path) -> None:
    """At full size the example question still has to cite the new article (here under the card
    on liking candidates' posts, which is what the article is about)."""
    import shutil

    root = tmp_path / "knowledge"
    shutil.copytree(Path(__file__).resolve().parent.parent / "knowledge", root)
    result = add(news_site, "/berita/ramai", root, admin_data)
    assert result.example_question is not None
    answer = answer_question(Index.build(load_knowledge(root)), result.example_question)
    assert result.article_id in [c.passage.doc_id for c in answer.citations]
    # An article no card covers is stored and searchable, but no example is claimed for it.
    other = add(news_site, "/r/3", root, admin_data)
    assert other.title == CLEAN_TITLE and other.date == "2024-09-02" and other.place == "Kota Contoh"
    if other.example_question is None:
        assert "No test question cites this article" in describe_added(other, "en")
    else:
        answer = answer_question(Index.build(load_knowledge(root)), other.example_question)
        assert other.article_id in [c.passage.doc_id for c in answer.citations]


def test_url_already_in_the_knowledge_refused_with_its_file(news_site: NewsServer, admin_kb: Path, admin_data: Path) -> None:
    first = add(news_site, "/berita/bersih", admin_kb, admin_data)
    before = snapshot(admin_kb)
    news_site.requests.clear()
    for variant in ("/berita/bersih/", "/berita/bersih?utm_source=wa", "/berita/bersih#atas"):
        error = refused("duplicate", add, news_site, variant, admin_kb, admin_data)
        assert error.params["file"] == first.file
        assert first.file in error.message("id")
    assert news_site.requests == []  # refused before fetching
    # A link that only redirects to a known article is refused after the fetch.
    assert refused("duplicate", add, news_site, "/r/3", admin_kb, admin_data).params["file"] == first.file
    assert snapshot(admin_kb) == before
    assert len(history(10, data=admin_data)) == 1


def test_canonical_url_already_known_refused(news_site: NewsServer, tmp_path: Path, admin_data: Path) -> None:
    from kbfactory import ARTICLE, write_kb

    known = ARTICLE.replace("place: Padang\n", f"place: Padang\nurl: {news_site.canonical}\n")
    root = write_kb(tmp_path / "k", **{"articles/art-test.md": known})
    error = refused("duplicate", add, news_site, "/berita/kanonik", root, admin_data)
    assert error.params["file"] == "knowledge/articles/art-test.md"


def test_missing_date_refused_then_given_by_the_admin(news_site: NewsServer, admin_kb: Path, admin_data: Path) -> None:
    before = snapshot(admin_kb)
    error = refused("no_date", add, news_site, "/berita/tanpa-tanggal", admin_kb, admin_data)
    assert "/tambah" in error.message("id") and "2024-10-14" in error.message("id")
    assert snapshot(admin_kb) == before
    refused("bad_date", add, news_site, "/berita/tanpa-tanggal", admin_kb, admin_data, date="2024-02-30")
    result = add(news_site, "/berita/tanpa-tanggal", admin_kb, admin_data, date="2024-11-01")
    assert (result.title, result.date, result.place) == (NO_DATE_TITLE, "2024-11-01", "Lembah Hijau")
    assert "date given by the admin" in (admin_kb / "articles" / f"{result.article_id}.md").read_text().lower()


def test_place_is_a_dash_when_the_article_names_none(news_site: NewsServer, admin_kb: Path, admin_data: Path) -> None:
    result = add(news_site, "/berita/tanpa-tempat", admin_kb, admin_data)
    assert result.place == "—"
    assert result.article_id == "art-kabar-contoh-2024"  # named after the outlet instead
    assert load_knowledge(admin_kb).by_doc[result.article_id][0].ref == "—, 2024-09-02"


def test_nothing_written_when_the_folder_would_not_validate(
    news_site: NewsServer, admin_kb: Path, admin_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.ingest

    # An extraction bug that produces a bad date must be caught by validating the whole folder.
    original = bot.ingest.article_text
    monkeypatch.setattr(bot.ingest, "article_text", lambda *a: original(*a).replace("date: 2024-10-14", "date: 14-10-2024"))
    before = snapshot(admin_kb)
    error = refused("invalid", add, news_site, "/berita/ramai", admin_kb, admin_data)
    assert any(p.startswith("knowledge/articles/art-sukamaju-2024.md:5: ") and "date" in p for p in error.problems), error.problems
    assert snapshot(admin_kb) == before  # no file, no temp file
    assert history(5, data=admin_data) == []


def test_a_broken_folder_is_reported_before_fetching(news_site: NewsServer, admin_kb: Path, admin_data: Path) -> None:
    (admin_kb / "glossary.yaml").write_text("synonyms: [[satu]]\n", encoding="utf-8")
    error = refused("broken", add, news_site, "/berita/ramai", admin_kb, admin_data)
    assert error.summary() and error.summary()[0].startswith("knowledge/glossary.yaml:")
    assert news_site.requests == []


# --------------------------------------------------------------------------- CLI


def test_cli_add(
    news_site: NewsServer, admin_kb: Path, admin_data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATA_DIR", str(admin_data))
    monkeypatch.setenv("ALLOW_PRIVATE_URLS", "1")
    assert main(["--knowledge", str(admin_kb), "add", news_site.url("/berita/ramai")]) == 0
    out = capsys.readouterr().out
    assert BOILERPLATE_TITLE in out and "2024-10-14" in out and "knowledge/articles/art-sukamaju-2024.md" in out
    assert "example question" in out
    assert main(["--knowledge", str(admin_kb), "check"]) == 0
    assert history(1, data=admin_data)[0].actor.startswith("cli")
    capsys.readouterr()
    assert main(["--knowledge", str(admin_kb), "add", news_site.url("/berita/ramai")]) == 1
    assert "already in the knowledge: knowledge/articles/art-sukamaju-2024.md" in capsys.readouterr().err
    assert main(["--knowledge", str(admin_kb), "add", "--date", "2024-11-01", news_site.url("/berita/tanpa-tanggal")]) == 0


def test_cli_add_refuses_private_addresses_without_the_setting(
    news_site: NewsServer, admin_kb: Path, admin_data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATA_DIR", str(admin_data))
    monkeypatch.delenv("ALLOW_PRIVATE_URLS", raising=False)
    assert main(["--knowledge", str(admin_kb), "add", news_site.url("/berita/ramai")]) == 1
    assert "loopback" in capsys.readouterr().err
    assert news_site.requests == []


def test_cli_add_logs_where_the_bot_keeps_its_data(
    news_site: NewsServer, admin_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DATA_DIR set only in .env, as the bot reads it: /batal in the bot must see the CLI's change."""
    monkeypatch.delenv("DATA_DIR", raising=False)
    monkeypatch.setenv("ALLOW_PRIVATE_URLS", "1")
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("DATA_DIR=./bot-data\n", encoding="utf-8")
    assert main(["--knowledge", str(admin_kb), "add", news_site.url("/berita/ramai")]) == 0
    assert history(1, data=tmp_path / "bot-data")[0].action == "add-url"
    assert not (tmp_path / "data").exists()
