"""Articles from the web, against a real HTTP server on 127.0.0.1 started here."""
from __future__ import annotations

import html
import json
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from tracker.fetch import FetchError, Policy, cached, fetch
from tracker.graph import claims_to_graph
from tracker.pipeline import extract
from tracker.read import Web
from tracker.vocab import CT, PROV

from .conftest import SAMPLE

LOCAL = Policy(allowed=("127.0.0.1/32",), read_timeout=3, deadline=10, backoff=0.05)


def sample_html(charset: str, declare_in_meta: bool = True) -> bytes:
    """The sample article as a blog page: navigation, a headline, a paragraph per line, metadata."""
    lines = SAMPLE.read_text("utf-8").split("\n")
    headline, site = lines[0].split(" | ")
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:] if line.strip())
    meta = f'<meta charset="{charset}">' if declare_in_meta else ""
    page = f"""<!DOCTYPE html><html lang="ja"><head>{meta}<title>{html.escape(lines[0])}</title>
<meta property="og:site_name" content="{site}"><meta property="og:title" content="{html.escape(headline)}">
<link rel="canonical" href="https://blog.example.org/2024/07/russia-china">
<meta property="article:published_time" content="2024-07-10T09:00:00+09:00"></head>
<body><header><nav><a href="/">ホーム</a> <a href="/about">このブログについて</a></nav></header>
<main><article><h1>{html.escape(headline)}</h1>
{body}
</article></main><footer><p>© 2024 {site}</p></footer></body></html>"""
    return page.encode(charset, errors="xmlcharrefreplace")     # as such pages write what their charset lacks


class Handler(BaseHTTPRequestHandler):
    hits: ClassVar[dict[str, int]] = {}

    def log_message(self, *args):
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html", headers: dict | None = None):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        Handler.hits[self.path] = Handler.hits.get(self.path, 0) + 1
        if self.path == "/utf8.html":
            self._send(200, sample_html("utf-8"), "text/html; charset=utf-8")
        elif self.path == "/sjis.html":           # the charset only in the page's <meta>
            self._send(200, sample_html("shift_jis"), "text/html")
        elif self.path == "/sjis-header.html":    # the charset only in the header
            self._send(200, sample_html("shift_jis", declare_in_meta=False), "text/html; charset=Shift_JIS")
        elif self.path == "/to-metadata":         # the classic: a redirect to the cloud metadata service
            self._send(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
        elif self.path == "/to-private":         # an internal service on the private network
            self._send(302, headers={"Location": "http://10.0.0.1:8080/admin"})
        elif self.path == "/to-utf8":
            self._send(301, headers={"Location": "/utf8.html"})
        elif self.path.startswith("/redirect?"):
            self._send(302, headers={"Location": self.path.split("?", 1)[1]})
        elif self.path == "/loop":
            self._send(302, headers={"Location": "/loop"})
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()                      # no Content-Length: the size shows as it comes
            for _ in range(64):
                self.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
        elif self.path == "/stall":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(b"<html><body><p>")
            time.sleep(8)
        elif self.path in ("/drip-body", "/drip-headers"):    # a byte at a time, never a read timeout
            try:
                if self.path == "/drip-body":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                else:
                    self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                for _ in range(40):
                    self.wfile.write(b"X-Drip: y\r\n" if self.path == "/drip-headers" else b"x")
                    self.wfile.flush()
                    time.sleep(0.25)
            except OSError:
                pass
        elif self.path == "/flaky":
            if Handler.hits[self.path] < 3:
                self._send(503, b"busy")
            else:
                self._send(200, sample_html("utf-8"), "text/html; charset=utf-8")
        elif self.path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        else:
            self._send(404, b"not found")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _claims(ex) -> list[tuple]:
    return sorted((" ".join(c.text.split()), tuple(s.name for s in c.speakers), c.kind,
                   ex.citations[c.citation].outlet_written if c.citation is not None else None,
                   c.date.isoformat() if c.date else None) for c in ex.claims)


@pytest.mark.parametrize("path", ["/utf8.html", "/sjis.html", "/sjis-header.html"])
def test_a_page_gives_the_claims_of_the_text_file(server, path, tmp_path):
    page = extract(server + path, web=Web(LOCAL, cache=tmp_path))
    text = extract(str(SAMPLE), published=date(2024, 7, 10))     # the date the page's metadata gives
    assert _claims(page) == _claims(text) and len(page.claims) == 123
    a = page.article
    assert a.title.startswith("ロシア・中国") and a.site == "碧空" and a.published.isoformat() == "2024-07-10"
    assert a.url == server + path and a.evidence.final_url == server + path


def test_the_page_is_kept_as_evidence_and_read_again_offline(server, tmp_path):
    ex = extract(server + "/to-utf8", web=Web(LOCAL, cache=tmp_path))
    ev = ex.article.evidence
    assert ev.final_url.endswith("/utf8.html") and len(ev.sha256) == 64
    kept = cached(server + "/to-utf8", tmp_path)
    assert kept.sha256 == ev.sha256 and kept.body == sample_html("utf-8")
    ds = claims_to_graph(ex)
    page = next(s for s, _, _, _ in ds.quads((None, CT.sha256, None, None)) if "/page/" in str(s))
    retrieved = [o for _, _, o, _ in ds.quads((page, PROV.generatedAtTime, None, None))]
    assert [str(o) for o in retrieved] == [ev.retrieved]
    again = extract(server + "/to-utf8", web=Web(LOCAL, mode="offline", cache=tmp_path))
    assert again.article.sha256 == ex.article.sha256 and "offline" in again.article.notes[0]
    with pytest.raises(FetchError, match="not in the page cache"):
        extract(server + "/never-fetched", web=Web(LOCAL, mode="offline", cache=tmp_path))


def test_private_addresses_are_refused_without_the_flag(server):
    with pytest.raises(FetchError, match="loopback address .*refused"):
        fetch(server + "/utf8.html", Policy())
    t = time.monotonic()
    with pytest.raises(FetchError, match="169.254.169.254 is a link-local address"):
        fetch(server + "/to-metadata", LOCAL)
    with pytest.raises(FetchError, match="10.0.0.1 is a private address"):
        fetch(server + "/to-private", LOCAL)
    assert time.monotonic() - t < 5


@pytest.mark.parametrize("url, policy, message", [
    ("/big", Policy(allowed=("127.0.0.1/32",), max_bytes=1_000_000), "more than the 1,000,000 bytes allowed"),
    ("/stall", Policy(allowed=("127.0.0.1/32",), read_timeout=1.5, deadline=10), "stopped sending|did not answer"),
    ("/loop", LOCAL, "more than 5 redirects"),
    ("/missing", LOCAL, "answered 404"),
])
def test_what_cannot_be_read_is_refused_in_time_with_a_clear_message(server, url, policy, message):
    t = time.monotonic()
    with pytest.raises(FetchError, match=message):
        fetch(server + url, policy)
    assert time.monotonic() - t < 6


def test_busy_servers_are_asked_again(server):
    page = fetch(server + "/flaky", LOCAL)
    assert page.status == 200 and Handler.hits["/flaky"] == 3


def test_other_schemes_are_not_fetched():
    for url in ("file:///etc/passwd", "ftp://example.org/a.txt", "gopher://example.org/"):
        with pytest.raises(FetchError, match="only http and https"):
            fetch(url, Policy())


def test_the_command_line_reads_urls_and_says_what_went_wrong_in_one_line(cli, server, tmp_path):
    env_cache = ["--allow-address", "127.0.0.1"]
    done = cli("extract", server + "/sjis.html", "--format", "json", *env_cache)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["claims"]) == 123
    for url, why in ((server + "/utf8.html", "refused"), (server + "/image.png", "image/png")):
        args = ["validate", url] + (env_cache if "png" in url else [])
        bad = cli(*args)
        assert bad.returncode == 2 and bad.stderr.startswith("error:") and why in bad.stderr, bad.stderr
    assert cli("extract", server + "/utf8.html", "--allow-address", "not-a-net").returncode == 2


def test_linked_data_is_validated_without_touching_the_network(cli, server, tmp_path):
    graph = tmp_path / "sample.trig"
    assert cli("extract", str(SAMPLE), "-f", "trig", "-o", str(graph)).returncode == 0
    done = cli("validate", str(graph))
    assert done.returncode == 1 and "123 statements, 10 violations" in done.stdout
    before = dict(Handler.hits)
    remote = tmp_path / "remote-context.jsonld"
    remote.write_text(json.dumps({"@context": server + "/context.jsonld", "@id": "https://example.org/a", "name": "a"}), "utf-8")
    imports = tmp_path / "imports.ttl"
    imports.write_text(f"<https://example.org/o> a <http://www.w3.org/2002/07/owl#Ontology> ;\n"
                       f"    <http://www.w3.org/2002/07/owl#imports> <{server}/shapes.ttl> .\n", "utf-8")
    bad = cli("validate", str(remote))
    assert bad.returncode == 2 and bad.stderr.startswith("error:") and "remote context" in bad.stderr
    assert cli("validate", str(imports)).returncode == 0
    assert Handler.hits == before, "validating linked data made a request"


def test_a_saved_page_keeps_its_quoted_report_and_its_citation(tmp_path):
    page = tmp_path / "saved.html"
    page.write_text("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>中央アジア情勢 | テストブログ</title>
<meta property="og:site_name" content="テストブログ"></head><body><nav><a href="/">ホーム</a></nav><article>
<h1>中央アジア情勢</h1><p>習氏の外遊が続いています。</p>
<blockquote><p>中国の習近平国家主席は5日、タジキスタンのラフモン大統領と会談した。両首脳は関係強化で一致した。【7月5日 時事】</p></blockquote>
<p>関係の深さを示しています。</p></article><footer>© テストブログ</footer></body></html>""", "utf-8")
    ex = extract(str(page), published=date(2024, 7, 10))
    assert ex.article.title == "中央アジア情勢" and ex.article.site == "テストブログ"
    quoted = [c for c in ex.claims if "ラフモン" in c.text or "関係強化" in c.text]
    assert len(quoted) == 2 and all(ex.citations[c.citation].outlet_written == "時事" for c in quoted)
    assert {ex.citations[c.citation].date.isoformat() for c in quoted} == {"2024-07-05"}
    assert any("関係の深さ" in c.text and c.citation is None for c in ex.claims)


def test_the_address_actually_connected_to_is_checked_before_anything_is_sent(server, monkeypatch):
    """DNS rebinding: the name resolved to a public address when checked and to a private one when
    connected. Simulated by skipping the check before connecting: the connected socket is still
    refused, and the server never sees the request."""
    import tracker.fetch

    monkeypatch.setattr(tracker.fetch, "check_url", lambda url, policy, seconds=None: None)
    before = Handler.hits.get("/utf8.html", 0)
    with pytest.raises(FetchError, match="connected to a loopback address"):
        fetch(server + "/utf8.html", Policy())
    assert Handler.hits.get("/utf8.html", 0) == before
    # a redirect without a body, from an allowed address to one that is not: checked the same way
    other = ThreadingHTTPServer(("127.0.0.2", 0), Handler)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        target = f"http://127.0.0.2:{other.server_address[1]}/utf8.html?other"
        with pytest.raises(FetchError, match=r"connected to a loopback address \(127.0.0.2\)"):
            fetch(server + "/redirect?" + target, LOCAL)
        assert target.split("/", 3)[3] not in {p.lstrip("/") for p in Handler.hits}
    finally:
        other.shutdown()


@pytest.mark.parametrize("url, message", [
    ("http://127.0.0.1:{port}\\@example.com/x", "loopback address"),      # urlsplit would see example.com
    ("http://127.0.0.1:{port}/\\@example.com/x", "loopback address"),
    ("http://example.com:99999/", "not a valid address"),
    ("http://[2002:a00:1::1]/", "private address"),        # 6to4 carrying 10.0.0.1
    ("http://[64:ff9b::a9fe:a9fe]/", "link-local address"),   # NAT64 carrying 169.254.169.254
    ("http://[fec0::1]/", "site-local address"),
    ("http://[::ffff:127.0.0.1]/", "loopback address"),
])
def test_addresses_that_hide_a_private_host_are_refused(server, url, message):
    port = server.rsplit(":", 1)[1]
    with pytest.raises(FetchError, match=message):
        fetch(url.format(port=port), Policy(connect_timeout=2))


def test_a_dripping_server_is_cut_at_the_deadline(server):
    for path in ("/drip-body", "/drip-headers"):
        t = time.monotonic()
        with pytest.raises(FetchError, match="within the 3 s allowed"):
            fetch(server + path, Policy(allowed=("127.0.0.1/32",), read_timeout=2, deadline=3))
        assert time.monotonic() - t < 5, path


def test_a_copyright_year_is_not_taken_for_the_publication_date(tmp_path):
    page = tmp_path / "footer.html"
    page.write_text("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>中央アジア情勢</title></head><body>
<article><h1>中央アジア情勢</h1><p>中国の習近平国家主席は5日、タジキスタンのラフモン大統領と会談した。【7月5日 時事】</p>
<p>関係の深さを示しています。</p></article><footer>© 2021 テストブログ All rights reserved.</footer></body></html>""", "utf-8")
    ex = extract(str(page))
    assert ex.article.published is None


@pytest.mark.parametrize("body, declared", [
    (sample_html("utf-8"), "iso-8859-1"),         # a UTF-8 page served as Latin-1
    (sample_html("utf-8"), "windows-1252"),
    (sample_html("euc_jp"), "shift_jis"),           # EUC-JP served as Shift_JIS
])
def test_a_wrong_declared_charset_does_not_garble_the_text(body, declared):
    from tracker.read import decode

    text, encoding = decode(body, "page", declared)
    assert "習近平" in text and "プーチン" in text, encoding


def test_a_right_declared_charset_is_kept():
    from tracker.read import decode

    assert decode("café crème, naïve".encode("latin-1"), "page", "iso-8859-1") == ("café crème, naïve", "iso8859-1")


def test_a_damaged_or_unwritable_cache_is_no_crash(server, tmp_path):
    from tracker.fetch import _url_key

    url = server + "/utf8.html"
    ex = extract(url, web=Web(LOCAL, cache=tmp_path))
    (tmp_path / "urls" / f"{_url_key(url)}.json").write_text('["not", "a", "page"]', "utf-8")
    assert cached(url, tmp_path) is None
    (tmp_path / "urls" / f"{_url_key(url)}.json").write_text('{"sha256": "ab", "extra": 1}', "utf-8")
    assert cached(url, tmp_path) is None
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", "utf-8")
    again = extract(url, web=Web(LOCAL, cache=blocked / "pages"))
    assert again.article.sha256 == ex.article.sha256
    assert any("could not be kept" in note for note in again.article.notes)


def test_bad_ports_in_an_address_or_a_redirect_are_one_clear_error(cli, server):
    for url in (server.rsplit(":", 1)[0] + ":99999/x", server + "/redirect?http://example.org:0x50/"):
        done = cli("extract", url, "--allow-address", "127.0.0.1")
        assert done.returncode == 2 and done.stderr.startswith("error:") and "not a valid address" in done.stderr, done.stderr


def test_linked_data_that_would_blow_up_is_refused_or_read_in_bounded_time(cli, tmp_path):
    laughs = tmp_path / "laughs.rdf"       # nine levels of entities, ten each: 10^9 copies if expanded
    entities = '<!ENTITY l0 "ha">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    laughs.write_text(f"""<?xml version="1.0"?><!DOCTYPE rdf:RDF [{entities}]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="http://example.org/a"><rdf:value>&l9;</rdf:value></rdf:Description></rdf:RDF>""", "utf-8")
    t = time.monotonic()
    done = cli("validate", str(laughs))
    assert done.returncode == 2 and "document type definition" in done.stderr, done.stderr
    deep = tmp_path / "deep.rdf"                   # no DTD, but a parser quadratic in the nesting depth
    deep.write_text('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                    'xmlns:e="http://example.org/"><rdf:Description rdf:about="http://example.org/a">'
                    + "<e:p><rdf:Description>" * 40_000 + "</rdf:Description></e:p>" * 40_000
                    + "</rdf:Description></rdf:RDF>", "utf-8")
    done = cli("validate", str(deep))
    assert done.returncode == 2 and "nested more than" in done.stderr, done.stderr
    long_literal = tmp_path / "long.ttl"          # rdflib's N-Triples parser was quadratic on these
    long_literal.write_text('<http://example.org/a> <http://example.org/p> "' + "長" * 2_000_000 + '" .\n', "utf-8")
    done = cli("validate", str(long_literal))
    assert done.returncode == 0 and "0 statements" in done.stdout, done.stderr
    assert time.monotonic() - t < 30


def test_a_date_stated_only_in_the_page_header_is_the_publication_date(tmp_path):
    page = tmp_path / "header-date.html"
    page.write_text("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>中央アジア情勢</title></head><body>
<header><a href="/">テストブログ</a><div class="meta">2024年7月10日 09:00 投稿</div></header>
<article><h1>中央アジア情勢</h1><p>中国の習近平国家主席は5日、タジキスタンのラフモン大統領と会談した。【7月5日 時事】</p>
<p>関係の深さを示しています。</p></article><footer>© 2021 テストブログ</footer></body></html>""", "utf-8")
    ex = extract(str(page))
    assert ex.article.published == date(2024, 7, 10)
    assert {c.date.isoformat() for c in ex.citations if c.date} == {"2024-07-05"}


def test_a_name_with_many_silent_addresses_cannot_hold_a_fetch_past_the_deadline(monkeypatch):
    """A listening socket whose queue is full drops new connections unanswered: a tar pit. A name
    resolving to four of them would take four connect timeouts; the deadline ends it."""
    import socket as so

    pit = so.socket()
    pit.bind(("127.0.0.1", 0))
    pit.listen(0)
    port = pit.getsockname()[1]
    fillers = []
    for _ in range(8):             # fill the accept queue: later connections hang
        c = so.socket()
        c.setblocking(False)
        c.connect_ex(("127.0.0.1", port))
        fillers.append(c)
    real = so.getaddrinfo

    def four_silent(host, *args, **kwargs):
        if host == "silent.test":
            return [(so.AF_INET, so.SOCK_STREAM, 6, "", ("127.0.0.1", port))] * 4
        return real(host, *args, **kwargs)

    monkeypatch.setattr(so, "getaddrinfo", four_silent)
    t = time.monotonic()
    try:
        with pytest.raises(FetchError, match="within the 2 s allowed|did not accept a connection"):
            fetch(f"http://silent.test:{port}/", Policy(allowed=("127.0.0.1/32",), connect_timeout=1.5, deadline=2))
        assert time.monotonic() - t < 3.5
    finally:
        for c in fillers:
            c.close()
        pit.close()


def test_a_cache_entry_with_fields_of_the_wrong_kind_is_ignored(server, tmp_path):
    from tracker.fetch import _url_key

    url = server + "/utf8.html"
    extract(url, web=Web(LOCAL, cache=tmp_path))
    entry = tmp_path / "urls" / f"{_url_key(url)}.json"
    good = json.loads(entry.read_text("utf-8"))
    for field, value in (("media_type", 5), ("retrieved", "r"), ("status", "200"), ("sha256", "../../etc")):
        entry.write_text(json.dumps({**good, field: value}), "utf-8")
        assert cached(url, tmp_path) is None, field
    entry.write_text(json.dumps(good), "utf-8")
    assert cached(url, tmp_path) is not None


def _can_unshare_mounts() -> bool:
    import os
    import shutil
    import subprocess

    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _can_unshare_mounts(), reason="needs root and unshare -m, to give the fetch a resolv.conf of its own")
def test_a_name_resolver_that_never_answers_cannot_hold_a_fetch_past_its_deadline(tmp_path):
    """A real resolver, asked for real: the fetch runs in a mount namespace whose resolv.conf names a
    nameserver on loopback that hears every query and answers none (and would be waited for 3 x 30 s)."""
    import os
    import socket
    import subprocess
    import sys

    from .conftest import ROOT

    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    silent.bind(("127.0.0.9", 53))
    silent.settimeout(0.2)
    heard: list[bytes] = []

    def listen():
        end = time.monotonic() + 30
        while time.monotonic() < end:
            try:
                heard.append(silent.recv(512))
            except (socket.timeout, OSError):
                if silent.fileno() < 0:
                    return

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    conf = tmp_path / "resolv.conf"
    conf.write_text("nameserver 127.0.0.9\noptions timeout:30 attempts:3\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRACKER_FETCH_SECONDS": "2", "TRACKER_CACHE": str(tmp_path / "cache")}
    start = time.monotonic()
    done = subprocess.run(["unshare", "-m", "sh", "-c", f'mount --bind "{conf}" /etc/resolv.conf && exec "$0" -m tracker.cli extract '
                           "http://silent-resolver.example.com/article", sys.executable],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    took = time.monotonic() - start
    silent.close()
    assert heard, "the resolver was never asked"
    assert done.returncode == 2 and took < 10, (took, done.stderr)
    assert "within the 2 s allowed" in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


@pytest.mark.parametrize("value", ["abc", "0", "-5", "inf", "nan", "1e10", "86401"])
def test_a_fetch_deadline_that_is_not_a_time_is_a_one_line_error(cli, monkeypatch, value):
    monkeypatch.setenv("TRACKER_FETCH_SECONDS", value)
    done = cli("extract", "http://example.com/")
    assert done.returncode == 2 and "TRACKER_FETCH_SECONDS" in done.stderr and "Traceback" not in done.stderr
