"""Admins add knowledge: a news article from a link, or an uploaded knowledge file.

`add_article` fetches a page safely (httpx; http/https only; every host, including each redirect
target, must resolve to a public address and the connection goes to that checked address; at most
5 redirects, 5 MB, HTML only; timeouts), extracts the article with trafilatura, writes
`articles/<id>.md` in the documented format and reports an example question the new article now
answers. `save_upload` checks an uploaded `.yaml`/`.md` file and decides its folder from its
extension and content. Both go through bot.history.apply_change: the whole folder is validated
before anything is written, and the change is logged for /riwayat and /batal.
"""

from __future__ import annotations

import datetime as dt
import getpass
import ipaddress
import json
import os
import re
import socket
import time
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx

from bot.history import GLOSSARY, Applied, Refused, apply_change
from bot.knowledge import Knowledge, KnowledgeError, clean_article_body, load_knowledge, split_passages
from bot.messages import text
from bot.schema import MAX_WORD
from bot.yamlsource import YamlError, parse_yaml

MAX_PAGE_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5
MAX_UPLOAD_BYTES = 512 * 1024
MAX_URL_CHARS = 2000
MAX_PASSAGES = 80  # ~50,000 characters: longer pages are archives or live blogs, not one article
MIN_TEXT_CHARS = 300  # less is a teaser, a gallery or a page that needs JavaScript
MAX_TITLE_CHARS = 300
ID_MAX = 60
USER_AGENT = "ASN-Netral/0.1 (adds news articles to a civil-service neutrality assistant)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
REDIRECT_CODES = (301, 302, 303, 307, 308)
# Query parameters that only track the reader; two links differing only in these are one article.
_TRACKING_RE = re.compile(r"^(utm_\w+|fbclid|gclid|igshid|mc_cid|mc_eid|ref|src)$", re.IGNORECASE)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

# Lines Indonesian news sites add around an article that trafilatura keeps and the loader's own
# patterns (bot.knowledge) do not cover; matched per paragraph, case-insensitively.
_EXTRA_BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(simak|ikuti|dapatkan|follow)\b.{0,80}\b(google news|whatsapp|telegram|instagram|channel|update)\b",
        r"^artikel ini (telah|sudah) (tayang|terbit)\b",
        r"^(copyright|hak cipta)\b|^©",
        r"^(foto|ilustrasi|sumber foto)\s*[:/]",
        r"^\(\s*[*a-z]{1,4}\s*\)$",  # "(*)", "(ant)": sign-offs
        r"^(bagikan|share)\s*[:]?\s*(facebook|twitter|whatsapp|x)\b",
        r"^(lihat juga|berita terkait|artikel terkait)\b",
    )
]
# A dateline opens Indonesian news: "PADANG, HARIANHALUAN.ID –", "Palu (ANTARA) -", "Jakarta, Kompas.com -".
# An all-caps place may stand alone before the dash: "LEMBAH HIJAU - Camat …".
_DATELINE_RE = re.compile(
    r"^(?:(?P<place>[A-Z][A-Za-z'’.]*(?:[ -][A-Z][A-Za-z'’.]*){0,3})\s*"
    r"(?:\([^)]{1,40}\)|,\s*[^,\-–—]{1,40}?)|(?P<caps>[A-Z][A-Z'’.]+(?: [A-Z][A-Z'’.]+){0,3}))"
    r"\s*[-–—]{1,2}\s*\S"
)


@dataclass(frozen=True)
class Limits:
    """How much a fetch may cost."""

    max_bytes: int = MAX_PAGE_BYTES
    max_redirects: int = MAX_REDIRECTS
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 30.0  # the whole fetch, redirects included: a slow drip is cut too


@dataclass(frozen=True)
class Page:
    """An HTML page as fetched."""

    url: str  # after redirects
    body: bytes
    charset: str | None
    redirects: int


@dataclass(frozen=True)
class Extracted:
    """What the article file is written from."""

    title: str
    outlet: str
    date: str | None
    place: str | None
    paragraphs: list[str]
    canonical_url: str | None


@dataclass(frozen=True)
class AddResult:
    """What /tambah and `python -m bot add` report."""

    article_id: str
    file: str  # "knowledge/articles/art-x.md"
    title: str
    outlet: str
    date: str
    place: str
    url: str
    passages: int
    example_question: str | None  # a question whose answer now cites the article; None if none found
    change_id: int
    knowledge: Knowledge


@dataclass(frozen=True)
class UploadResult:
    """What an upload reports."""

    file: str
    kind: str  # provisions | articles | rules | concepts | glossary
    replaced: bool
    change_id: int
    knowledge: Knowledge


Resolver = Callable[[str, int], list[str]]


def allow_private_from_env(environ: Mapping[str, str] | None = None) -> bool:
    """ALLOW_PRIVATE_URLS=1: let fetches reach loopback and private addresses. For tests only."""
    return ((os.environ if environ is None else environ).get("ALLOW_PRIVATE_URLS") or "").strip() == "1"


# --------------------------------------------------------------------------- addresses


def address_problem(ip: str, allow_private: bool = False) -> str | None:
    """Why `ip` may not be fetched from ("loopback", "private", "link-local", "reserved"), or None.

    IPv4 addresses wrapped in IPv6 (::ffff:a.b.c.d, 6to4, Teredo, NAT64) are judged by the IPv4
    inside. Link-local (cloud metadata at 169.254.169.254), multicast and reserved addresses are
    refused even with ALLOW_PRIVATE_URLS: no test needs them.
    """
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address):
        inner = addr.ipv4_mapped or addr.sixtofour or (addr.teredo[1] if addr.teredo else None)
        if inner is None and addr in _NAT64:
            inner = ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
        if inner is not None:
            return address_problem(str(inner), allow_private)
    if addr.is_loopback:  # before "reserved": ::1 is inside the reserved ::/8
        return None if allow_private else "loopback"
    if addr.is_link_local:
        return "link-local"
    if addr.is_multicast or addr.is_unspecified or addr.is_reserved:
        return "reserved"
    if addr.is_private or not addr.is_global:
        return None if allow_private else "private"
    return None


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (IP literals and numeric forms such as 2130706433 included)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _checked_address(url: httpx.URL, allow_private: bool, resolver: Resolver) -> str:
    """The address to connect to for `url`: every address of its host must be allowed."""
    if url.scheme not in ("http", "https"):
        raise Refused("bad_scheme", scheme=url.scheme or "?")
    host = url.raw_host.decode("ascii")
    if not host:
        raise Refused("bad_url", url=str(url)[:200])
    try:
        addresses = resolver(host.strip("[]"), url.port or (443 if url.scheme == "https" else 80))
    except (OSError, UnicodeError):
        raise Refused("unresolvable", host=url.host) from None
    if not addresses:
        raise Refused("unresolvable", host=url.host)
    for ip in addresses:
        problem = address_problem(ip, allow_private)
        if problem:
            # One bad address is enough: a name that also points inside could be rebound to it.
            raise Refused("private_address", host=url.host, ip=ip, kind=problem)
    return addresses[0]


# --------------------------------------------------------------------------- URLs


def parse_url(raw: str) -> httpx.URL:
    """The link an admin sent, checked for shape (scheme, host, length)."""
    raw = raw.strip().strip("<>")
    if not raw or len(raw) > MAX_URL_CHARS or any(c.isspace() for c in raw):
        raise Refused("bad_url", url=raw[:200])
    try:
        url = httpx.URL(raw)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise Refused("bad_url", url=raw[:200]) from None
    if url.scheme not in ("http", "https"):
        raise Refused("bad_scheme", scheme=url.scheme or "?")
    if not url.host:
        raise Refused("bad_url", url=raw[:200])
    return url


def normalize_url(url: str) -> str:
    """A comparable form: lowercase scheme and host, no default port, fragment, tracking
    parameters or trailing slash; http and https are the same article."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = parts.port
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_RE.match(k)])
    return urlunsplit(("http", netloc, parts.path.rstrip("/") or "/", query, ""))


def known_urls(knowledge: Knowledge) -> dict[str, str]:
    """Normalized URL -> the file that already holds it (articles and provisions)."""
    out: dict[str, str] = {}
    for p in knowledge.passages:
        if p.url:
            out.setdefault(normalize_url(p.url), p.location.rsplit(":", 1)[0])
    return out


def _refuse_duplicate(urls: list[str | None], known: dict[str, str]) -> None:
    for url in urls:
        if url and normalize_url(url) in known:
            raise Refused("duplicate", url=url, file=known[normalize_url(url)])


# --------------------------------------------------------------------------- fetching


def fetch_page(
    raw_url: str,
    *,
    allow_private: bool | None = None,
    limits: Limits = Limits(),
    resolver: Resolver = resolve,
    transport: httpx.BaseTransport | None = None,
) -> Page:
    """GET an HTML page within `limits`, following redirects ourselves so each target is checked.

    The connection goes to the address that was checked (Host header and TLS name stay the
    site's), so a DNS answer that changes between the check and the connection cannot redirect
    the request inside the network. Environment proxies are ignored for the same reason.
    """
    allow = allow_private_from_env() if allow_private is None else allow_private
    url = parse_url(raw_url)
    deadline = time.monotonic() + limits.total_timeout
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9", "Accept-Encoding": "identity"}
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False, transport=transport) as client:
        for hop in range(limits.max_redirects + 1):
            if time.monotonic() > deadline:
                raise Refused("timeout", seconds=int(limits.total_timeout))
            ip = _checked_address(url, allow, resolver)
            pinned = url.copy_with(host=ip)
            extensions = {"sni_hostname": url.raw_host.decode("ascii")} if url.scheme == "https" else {}
            request = client.build_request(
                "GET", pinned, headers={**headers, "Host": url.netloc.decode("ascii")}, extensions=extensions
            )
            try:
                response = client.send(request, stream=True)
            except httpx.TimeoutException:
                raise Refused("timeout", seconds=int(limits.read_timeout)) from None
            except httpx.HTTPError as exc:
                raise Refused("network", reason=type(exc).__name__) from None
            try:
                if response.status_code in REDIRECT_CODES and response.headers.get("location"):
                    url = parse_url(urljoin(str(url), response.headers["location"]))
                    continue
                return Page(str(url), _read_html(response, limits, deadline), response.charset_encoding, hop)
            finally:
                response.close()
    raise Refused("too_many_redirects", max=limits.max_redirects)


def _read_html(response: httpx.Response, limits: Limits, deadline: float) -> bytes:
    """The body of an HTML response, refusing other types, error statuses and oversized bodies."""
    if not 200 <= response.status_code < 300:
        raise Refused("http_status", status=response.status_code)
    media = (response.headers.get("content-type") or "").split(";", 1)[0].strip().lower()
    if media and media not in HTML_TYPES:
        raise Refused("not_html", type=media)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise Refused("too_large", limit=human_size(limits.max_bytes))
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_bytes(64 * 1024):
            size += len(chunk)
            if size > limits.max_bytes:
                # Stop reading here; closing the response drops the connection.
                raise Refused("too_large", limit=human_size(limits.max_bytes))
            if time.monotonic() > deadline:
                raise Refused("timeout", seconds=int(limits.total_timeout))
            chunks.append(chunk)
    except httpx.TimeoutException:
        raise Refused("timeout", seconds=int(limits.read_timeout)) from None
    except httpx.HTTPError as exc:
        raise Refused("network", reason=type(exc).__name__) from None
    body = b"".join(chunks)
    if not media and not re.match(rb"\s*(<!doctype html|<html)", body[:1024], re.IGNORECASE):
        raise Refused("not_html", type="?")
    return body


def human_size(n: int) -> str:
    """"5 MB", "512 KB", "1000 bytes"."""
    if n >= 1024 * 1024:
        return f"{n / 1024 / 1024:.1f}".removesuffix(".0") + " MB"
    return f"{round(n / 1024)} KB" if n >= 1024 else f"{n} bytes"


# --------------------------------------------------------------------------- extraction


def extract(page: Page) -> Extracted:
    """Title, outlet, date, place and the article's paragraphs, boilerplate removed."""
    # Imported here: trafilatura pulls in lxml and friends (~0.3 s), which only admins need.
    import trafilatura

    html: str | bytes = page.body
    if page.charset:
        try:
            html = page.body.decode(page.charset, errors="replace")
        except LookupError:
            html = page.body  # an unknown charset name: let trafilatura detect it
    doc = trafilatura.bare_extraction(
        html,
        url=page.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        # The publication date, from the page's metadata and URL; no guessing from the text.
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if isinstance(doc, dict):  # only with as_dict=True; keeps the type checker honest
        raise TypeError("trafilatura returned a dict")
    if doc is None or not (doc.text or "").strip():
        raise Refused("no_text")
    title = _one_line(doc.title or "")[:MAX_TITLE_CHARS]
    if not title:
        raise Refused("no_title")
    host = urlsplit(page.url).hostname or ""
    outlet = _one_line(doc.sitename or "") or host.removeprefix("www.")
    paragraphs = article_paragraphs(doc.text or "", title)
    if sum(len(p) for p in paragraphs) < MIN_TEXT_CHARS:
        raise Refused("no_text")
    return Extracted(
        title=title,
        outlet=outlet,
        date=_iso_date(doc.date),
        place=find_place(paragraphs),
        paragraphs=paragraphs,
        canonical_url=doc.url if doc.url and normalize_url(doc.url) != normalize_url(page.url) else None,
    )


def article_paragraphs(extracted_text: str, title: str = "") -> list[str]:
    """trafilatura's text (one block per line) as the paragraphs of an article file.

    Drops the repeated headline, news-site boilerplate and paragraphs with control characters or
    words longer than the schema accepts (embedded data, not prose); then the loader's own
    cleaning (bot.knowledge.clean_article_body), so the file holds what the loader will index.
    """
    kept: list[str] = []
    for line in extracted_text.splitlines():
        para = _one_line("".join(ch for ch in line if ch == "\t" or unicodedata.category(ch) != "Cc"))
        if not para or para.casefold() == title.casefold():
            continue
        if any(r.search(para) for r in _EXTRA_BOILERPLATE):
            continue
        if max((len(w) for w in re.findall(r"\w+", para)), default=0) > MAX_WORD:
            continue
        kept.append(para)
    return clean_article_body("\n\n".join(kept))


def find_place(paragraphs: list[str]) -> str | None:
    """The dateline's place ("PADANG, HARIANHALUAN.ID –" -> "Padang") in the first paragraphs."""
    for para in paragraphs[:3]:
        match = _DATELINE_RE.match(para)
        if match:
            place = (match.group("place") or match.group("caps")).strip(" .")
            if "." in place or len(place) < (4 if match.group("caps") else 3):
                continue  # "KOMPAS.com - …" names the outlet; "ASN - …" is an acronym, not a place
            return place.title() if place.isupper() else place
    return None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _one_line(s: str) -> str:
    return " ".join(s.split())


# --------------------------------------------------------------------------- the article file


def slug(value: str) -> str:
    """ASCII lowercase words joined by dashes ("Tanjung Pinang" -> "tanjung-pinang")."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def article_id(extracted: Extracted, date: str, taken: set[str]) -> str:
    """`art-<place>-<year>` as the shipped articles are named; title words, then a number, when taken."""
    year = date[:4]
    head = slug(extracted.place or "") or slug(extracted.outlet) or "berita"
    base = f"art-{head}"[: ID_MAX - 5].rstrip("-") + f"-{year}"
    if base not in taken:
        return base
    words = [w for w in slug(extracted.title).split("-") if w and w not in head.split("-")]
    candidate = base
    for word in words:
        if len(candidate) + len(word) + 1 > ID_MAX:
            break
        candidate = f"{candidate}-{word}"
        if candidate not in taken and len(candidate) >= len(base) + 12:
            return candidate
    if candidate not in taken:
        return candidate
    n = 2
    while f"{candidate[: ID_MAX - 4]}-{n}" in taken:
        n += 1
    return f"{candidate[: ID_MAX - 4]}-{n}"


def _yaml_scalar(value: str) -> str:
    """`value` as a YAML scalar: plain when it reads back as the same text, else double-quoted."""
    try:
        if parse_yaml(f"k: {value}\n").data == {"k": value}:
            return value
    except YamlError:
        pass
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def article_text(
    article: str, extracted: Extracted, date: str, place: str, url: str, notes: str
) -> str:
    """The article file: front matter (id/title/outlet/date/place/url/notes), then the paragraphs."""
    meta = [
        ("id", article),
        ("title", extracted.title),
        ("outlet", extracted.outlet),
        ("date", date),
        ("place", place),
        ("url", url),
        ("notes", notes),
    ]
    front = "\n".join(f"{key}: {_yaml_scalar(value)}" for key, value in meta)
    return f"---\n{front}\n---\n" + "\n\n".join(extracted.paragraphs) + "\n"


def example_question(knowledge: Knowledge, doc_id: str, extracted: Extracted) -> str | None:
    """A question whose answer now cites the article, checked with the engine: the title as a
    question first, then the opening sentences; one citing the article first is preferred.
    None when no candidate cites it."""
    from bot.answer import answer_question
    from bot.search import Index
    from bot.text import sentences

    index = Index.build(knowledge)
    title = extracted.title.rstrip(" .!?")
    candidates = [f"{title}?"]
    for para in extracted.paragraphs[:4]:
        candidates.extend(s.rstrip(" .!") + "?" for s in sentences(para)[:2] if 40 <= len(s) <= 200)
    citing: list[str] = []
    for question in candidates:
        cited = [c.passage.doc_id for c in answer_question(index, question).citations]
        if cited[:1] == [doc_id]:
            return question
        if doc_id in cited:
            citing.append(question)
    return citing[0] if citing else None


def add_article(
    url: str,
    root: Path,
    actor: str,
    *,
    date: str | None = None,
    data: Path | None = None,
    allow_private: bool | None = None,
    limits: Limits = Limits(),
    resolver: Resolver = resolve,
) -> AddResult:
    """Fetch the article at `url`, write `articles/<id>.md`, validate the whole folder, log it.

    `date` (YYYY-MM-DD) overrides or supplies the publication date. Raises Refused with the
    reason; nothing is written then.
    """
    root = Path(root)
    if date is not None and _iso_date(date) != date:
        raise Refused("bad_date", date=date)
    parse_url(url)
    try:
        current = load_knowledge(root)
    except KnowledgeError as exc:
        # An article cannot fix a broken folder; an uploaded file can.
        raise Refused("broken", problems=exc.problems, count=len(exc.problems)) from None
    known = known_urls(current)
    _refuse_duplicate([url], known)
    page = fetch_page(url, allow_private=allow_private, limits=limits, resolver=resolver)
    extracted = extract(page)
    _refuse_duplicate([page.url, extracted.canonical_url], known)
    published = date or extracted.date
    if not published:
        raise Refused("no_date", url=url)
    passages = split_passages(extracted.paragraphs)
    if len(passages) > MAX_PASSAGES:
        raise Refused("too_long", passages=len(passages), max=MAX_PASSAGES)
    taken = {p.doc_id for p in current.passages} | {p.id for p in current.passages} | set(current.rules_by_id)
    taken |= {p.stem for p in (root / "articles").glob("*.md")}
    ident = article_id(extracted, published, taken)
    place = extracted.place or "—"  # ArticleMeta requires a place; "—" where the article names none
    # Who added it stays in the change log (DATA_DIR), not in a file that may be published.
    notes = f"Added from its link on {dt.date.today().isoformat()}; text extracted by trafilatura, check it against the page."
    if date:
        notes += " Publication date given by the admin."
    content = article_text(ident, extracted, published, place, page.url, notes).encode("utf-8")
    applied = apply_change(root, f"articles/{ident}.md", content, actor=actor, action="add-url", url=page.url, data=data)
    added = applied.knowledge.by_doc.get(ident, [])
    return AddResult(
        article_id=ident,
        file=_shown(applied),
        title=extracted.title,
        outlet=extracted.outlet,
        date=published,
        place=place,
        url=page.url,
        passages=len(added),
        example_question=example_question(applied.knowledge, ident, extracted),
        change_id=applied.change.id,
        knowledge=applied.knowledge,
    )


def describe_added(result: AddResult, lang: str) -> str:
    """The report of an added article, plain text (the CLI prints it, Telegram escapes it)."""
    lines = [
        text(lang, "adm_added").format(
            title=result.title,
            outlet=result.outlet,
            place=result.place,
            date=result.date,
            passages=result.passages,
            file=result.file,
            change=result.change_id,
        )
    ]
    if result.example_question:
        lines.append(text(lang, "adm_example").format(question=result.example_question))
    else:
        lines.append(text(lang, "adm_no_example"))
    return "\n\n".join(lines)


def cli_actor() -> str:
    """Who runs `python -m bot add`: the login name on the server."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no passwd entry (containers)
        return "cli"


def _shown(applied: Applied) -> str:
    root = applied.knowledge.root
    return f"{root.name or root.resolve().name}/{applied.change.path}"


# --------------------------------------------------------------------------- uploads


def upload_kind(name: str, content: str) -> str:
    """Which folder an uploaded file belongs in, from its extension and content."""
    if name.endswith(".md"):
        if not content.lstrip("\ufeff").startswith("---"):
            raise Refused("unknown_kind", file=name)
        return "articles"
    try:
        data = parse_yaml(content.removeprefix("\ufeff")).data
    except YamlError as exc:
        raise Refused("invalid", problems=[f"{name}:{exc.line}: {exc.message}"], count=1) from None
    if name == GLOSSARY:
        return "glossary"
    if isinstance(data, dict) and "provisions" in data:
        return "provisions"
    if isinstance(data, list) and data and all(isinstance(item, dict) for item in data):
        keys = set().union(*(item.keys() for item in data))
        if keys & {"questions", "verdict", "answer", "basis"}:
            return "rules"
        if "terms" in keys:
            return "concepts"
    raise Refused("unknown_kind", file=name)


def save_upload(
    name: str,
    data_bytes: bytes,
    root: Path,
    actor: str,
    *,
    data: Path | None = None,
) -> UploadResult:
    """Save an uploaded knowledge file after validating the whole folder with it; log the change.

    The name must be `[a-z0-9-]+.yaml` or `.md` (or `glossary.yaml`), at most 512 KB, UTF-8; the
    folder follows from the content. A file with the same name in that folder is replaced.
    """
    root = Path(root)
    if len(data_bytes) > MAX_UPLOAD_BYTES:
        raise Refused("file_too_big", size=human_size(len(data_bytes)), limit=human_size(MAX_UPLOAD_BYTES))
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,79}\.(yaml|md)", name):
        raise Refused("bad_name", name=name[:100])
    try:
        content = data_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data_bytes[: exc.start].count(b"\n") + 1
        raise Refused("not_utf8", file=name, line=line) from None
    kind = upload_kind(name, content)
    rel = GLOSSARY if kind == "glossary" else f"{kind}/{name}"
    replaced = (root / rel).exists()
    applied = apply_change(root, rel, data_bytes, actor=actor, action="upload", data=data)
    return UploadResult(_shown(applied), kind, replaced, applied.change.id, applied.knowledge)
