"""A local news site for the ingest tests: real HTTP on 127.0.0.1, pages written for the tests.

Pages: an article buried in boilerplate (menus, share widgets, "Baca Juga", related headlines,
comments, cookie banner, footer), a clean article (also without its dateline, and with a
canonical link naming another address), redirect chains (short, exactly five, six, a
loop, to a link-local address, to ftp), an endless body and one that declares 6 MB, a PDF, a page
without a date, a front page without an article, a slow page, a 404 and a page without a
Content-Type. The server records every request path and how many body bytes each response sent.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BOILERPLATE_TITLE = "Bupati Sukamaju ingatkan ASN tidak menyukai unggahan calon di media sosial"
CLEAN_TITLE = "BKPSDM Kota Contoh buka posko pengaduan netralitas ASN jelang Pilkada"
NO_DATE_TITLE = "Camat Lembah Hijau minta ASN tidak hadir di kampanye"

# Sentences that must survive extraction, and boilerplate that must not.
BOILERPLATE_KEEP = [
    "Bupati Sukamaju, Rahmat Hidayat, mengingatkan seluruh aparatur sipil negara",
    "menyukai, mengomentari, atau membagikan unggahan pasangan calon",
    "Netralitas ASN bukan pilihan, melainkan kewajiban",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)",
]
BOILERPLATE_DROP = [
    "Baca Juga",
    "Harga cabai merah melonjak",
    "Bagikan",
    "Kami menggunakan cookie",
    "Hak cipta dilindungi",
    "Tim sepak bola Sukamaju",
    "Komentar",
    "Ikuti kami di Google News",
    "Tag:",
    "Editor:",
    "TERPOPULER",
]

_BOILERPLATE_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>{title} | Warta Sukamaju</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Warta Sukamaju">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-10-14T08:30:00+07:00">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
<style>.nav{{display:flex}} .share a{{margin:4px}}</style>
</head><body>
<div class="cookie-banner">Kami menggunakan cookie untuk meningkatkan pengalaman Anda. <button>Setuju</button></div>
<header><nav class="nav"><a href="/">Beranda</a> <a href="/politik">Politik</a> <a href="/ekonomi">Ekonomi</a>
<a href="/olahraga">Olahraga</a> <a href="/daerah">Daerah</a> <a href="/indeks">Indeks</a></nav>
<form action="/cari"><input name="q" placeholder="Cari berita"></form></header>
<div class="breadcrumb"><a href="/">Beranda</a> › <a href="/politik">Politik</a></div>
<main><article>
<h1>{title}</h1>
<div class="meta">Penulis: Sari Wulandari | Editor: Dedi Kurniawan | Senin, 14 Oktober 2024 08:30 WIB</div>
<div class="share">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Salin tautan</a></div>
<p>SUKAMAJU, WARTA SUKAMAJU - Bupati Sukamaju, Rahmat Hidayat, mengingatkan seluruh aparatur sipil negara (ASN) di lingkungan Pemerintah Kabupaten Sukamaju agar menjaga netralitas menjelang pemungutan suara Pilkada 2024.</p>
<p>Menurut dia, ASN dilarang menyukai, mengomentari, atau membagikan unggahan pasangan calon di media sosial, termasuk di grup percakapan keluarga dan grup kantor.</p>
<p><strong>Baca Juga: Harga cabai merah melonjak menjelang akhir tahun</strong></p>
<p>"Netralitas ASN bukan pilihan, melainkan kewajiban. Satu tanda suka pada unggahan calon sudah bisa dilaporkan ke Bawaslu," kata Rahmat saat memimpin apel pagi di halaman kantor bupati, Senin (14/10/2024).</p>
<p>Ia menambahkan, Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Sukamaju akan memeriksa setiap laporan dan meneruskannya kepada pejabat pembina kepegawaian sesuai Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil.</p>
<div class="inline-related"><p>Baca Juga: Tim sepak bola Sukamaju lolos ke babak final</p></div>
<p>Rahmat juga meminta para kepala perangkat daerah mengawasi bawahannya dan memberi contoh dengan tidak menghadiri kegiatan kampanye di luar tugas kedinasan.</p>
<p>Ikuti kami di Google News untuk berita terbaru setiap hari.</p>
<p>Tag: pilkada, asn, netralitas, sukamaju</p>
</article>
<section class="comments"><h3>Komentar (3)</h3>
<div class="comment"><b>warga123</b>: Setuju pak, ASN harus netral!</div>
<div class="comment"><b>budi_s</b>: Semoga diterapkan juga di desa.</div></section>
</main>
<aside><h3>TERPOPULER HARI INI DI WARTA SUKAMAJU</h3><ul>
<li><a href="/a">Harga cabai merah melonjak menjelang akhir tahun</a></li>
<li><a href="/b">Tim sepak bola Sukamaju lolos ke babak final</a></li>
<li><a href="/c">Jalan provinsi di Lembah Hijau diperbaiki bulan depan</a></li>
<li><a href="/d">Pasar malam kembali dibuka di alun-alun</a></li></ul></aside>
<footer><p>© 2024 Warta Sukamaju. Hak cipta dilindungi undang-undang.</p>
<p><a href="/kontak">Kontak</a> · <a href="/pedoman">Pedoman Media Siber</a> · <a href="/redaksi">Redaksi</a></p></footer>
<script src="/static/ads.js"></script>
</body></html>
"""

_CLEAN_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>{title}</title>
<meta property="og:site_name" content="Kabar Contoh">
<meta name="date" content="2024-09-02">
</head><body><article>
<h1>{title}</h1>
<p>KOTA CONTOH (KABAR CONTOH) - Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kota Contoh membuka posko pengaduan bagi masyarakat yang melihat aparatur sipil negara tidak netral selama tahapan Pilkada 2024.</p>
<p>Kepala BKPSDM Kota Contoh, Lestari Handayani, mengatakan posko menerima laporan tentang ASN yang ikut kampanye, memasang alat peraga calon di rumah, atau memakai kendaraan dinas untuk kegiatan politik.</p>
<p>"Setiap laporan kami catat dan kami teruskan ke Bawaslu serta pejabat pembina kepegawaian. Identitas pelapor kami rahasiakan," ujar Lestari di Kota Contoh, Senin (2/9/2024).</p>
<p>Masyarakat dapat melapor langsung ke kantor BKPSDM pada jam kerja atau melalui layanan pengaduan daring pemerintah kota.</p>
</article></body></html>
"""

_NO_DATE_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{title}</title></head><body><article>
<h1>{title}</h1>
<p>LEMBAH HIJAU - Camat Lembah Hijau meminta seluruh aparatur sipil negara di kecamatan itu tidak menghadiri kegiatan kampanye pasangan calon, baik sebagai peserta maupun penonton, selama masa kampanye Pilkada.</p>
<p>Ia mengingatkan bahwa kehadiran ASN di kampanye dapat dilaporkan ke Bawaslu dan berujung pada hukuman disiplin sesuai Peraturan Pemerintah tentang Disiplin Pegawai Negeri Sipil.</p>
<p>Camat juga meminta para lurah menyampaikan imbauan yang sama kepada pegawai kelurahan dan tenaga honorer.</p>
</article></body></html>
"""

_FRONT_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Warta Sukamaju - Beranda</title></head><body>
<nav><a href="/">Beranda</a> <a href="/politik">Politik</a></nav>
<ul><li><a href="/a">Harga cabai</a></li><li><a href="/b">Sepak bola</a></li><li><a href="/c">Jalan</a></li></ul>
<footer>© 2024 Warta Sukamaju</footer></body></html>
"""

PAGE_CHUNK = b"<p>" + b"isi halaman yang sangat panjang " * 64 + b"</p>\n"
ENDLESS_CAP = 64 * 1024 * 1024  # the server gives up here, whatever the client does


@dataclass
class NewsServer:
    """The local news site; use as a context manager."""

    requests: list[str] = field(default_factory=list)
    sent: dict[str, int] = field(default_factory=dict)  # path -> body bytes written
    slow_seconds: float = 3.0
    canonical: str = "https://warta.example/berita/sudah-ada"  # what /kanonik names as canonical
    tls: ssl.SSLContext | None = None  # serve HTTPS with this server-side context

    def __post_init__(self) -> None:
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def start(self) -> NewsServer:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        server.daemon_threads = True
        server.news = self  # type: ignore[attr-defined]
        if self.tls is not None:
            server.socket = self.tls.wrap_socket(server.socket, server_side=True)
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> NewsServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    def url(self, path: str) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}{path}"

    def record(self, path: str, sent: int) -> None:
        with self._lock:
            self.sent[path] = self.sent.get(path, 0) + sent


class _Handler(BaseHTTPRequestHandler):
    server_version = "WartaTest/1.0"

    @property
    def news(self) -> NewsServer:
        return self.server.news  # type: ignore[attr-defined,no-any-return]

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
        pass

    def _send(self, status: int, body: bytes, content_type: str | None = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)
        self.news.record(self.path, len(body))

    def _redirect(self, location: str, status: int = 302) -> None:
        self._send(status, b"", None, Location=location)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = self.path
        self.news.requests.append(path)
        if path == "/berita/ramai":
            self._send(200, _BOILERPLATE_PAGE.format(title=BOILERPLATE_TITLE).encode())
        elif path == "/berita/bersih":
            self._send(200, _CLEAN_PAGE.format(title=CLEAN_TITLE).encode())
        elif path == "/berita/tanpa-tanggal":
            self._send(200, _NO_DATE_PAGE.format(title=NO_DATE_TITLE).encode())
        elif path == "/berita/tanpa-tempat":
            page = _CLEAN_PAGE.format(title=CLEAN_TITLE).replace("KOTA CONTOH (KABAR CONTOH) - ", "")
            self._send(200, page.encode())
        elif path == "/berita/tanpa-tipe":
            self._send(200, _CLEAN_PAGE.format(title=CLEAN_TITLE).encode(), content_type=None)
        elif path == "/berita/kanonik":
            page = _CLEAN_PAGE.format(title=CLEAN_TITLE).replace(
                "</head>", f'<link rel="canonical" href="{self.news.canonical}"></head>'
            )
            self._send(200, page.encode())
        elif path == "/beranda":
            self._send(200, _FRONT_PAGE.encode())
        elif path.startswith("/r/"):
            # /r/3 -> /r/2 -> /r/1 -> /r/0 -> /berita/bersih (4 redirects); relative and absolute Locations alternate.
            n = int(path.rsplit("/", 1)[1])
            if n <= 0:
                self._redirect("/berita/bersih", 301)
            elif n % 2:
                self._redirect(f"{n - 1}", 307)
            else:
                self._redirect(self.news.url(f"/r/{n - 1}"), 308)
        elif path.startswith("/putar/"):
            n = int(path.rsplit("/", 1)[1])
            self._redirect("/berita/bersih" if n <= 1 else f"/putar/{n - 1}")
        elif path == "/lingkaran":
            self._redirect("/lingkaran")
        elif path == "/ke-metadata":
            self._redirect("http://169.254.169.254/latest/meta-data/")
        elif path == "/ke-ftp":
            self._redirect("ftp://127.0.0.1/berita.html")
        elif path == "/besar":
            self._endless()
        elif path == "/besar-panjang":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(6 * 1024 * 1024))
            self.end_headers()
            self._stream(6 * 1024 * 1024)
        elif path == "/dokumen.pdf":
            self._send(200, b"%PDF-1.7\n" + b"0" * 2000, "application/pdf")
        elif path == "/lambat":
            time.sleep(self.news.slow_seconds)
            self._send(200, _CLEAN_PAGE.format(title=CLEAN_TITLE).encode())
        else:
            self._send(404, b"<html><body>Halaman tidak ditemukan</body></html>")

    def _endless(self) -> None:
        # No Content-Length: the client only learns the size by reading, and must stop itself.
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self._stream(ENDLESS_CAP)

    def _stream(self, limit: int) -> None:
        sent = 0
        try:
            self.wfile.write(b"<!DOCTYPE html><html><body>")
            while sent < limit:
                self.wfile.write(PAGE_CHUNK)
                sent += len(PAGE_CHUNK)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            self.news.record(self.path, sent)
            self.close_connection = True


@contextmanager
def running_news() -> Iterator[NewsServer]:
    with NewsServer() as server:
        yield server
