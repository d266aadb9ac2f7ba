"""Fetch an article from the web, safely, and keep what was fetched as evidence.

A fetcher that anyone can point at any address is a way into internal services, so: http and
https only; every address the host resolves to must be public unless `allow_private` (checked
again at each redirect, and against the address actually connected to); a connect and a read
timeout, an overall deadline and a size cap; a bounded number of redirects; a few retries with
back-off on 429 and 5xx answers only.

Every page fetched is cached under its SHA-256 with the time it was retrieved: a later run works
offline from it, and a fact-checker can show what the page said when the tracker read it.
"""
from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import re
import socket
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from . import __version__
from .errors import BadInput

USER_AGENT = f"claim-tracker/{__version__} (+https://w3id.org/claim-tracker; fact-checking research)"
ENV_CACHE = "TRACKER_CACHE"


class FetchError(BadInput):
    """The page could not be fetched, or was refused (exit code 2, one line)."""


@dataclass(frozen=True)
class Policy:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0          # between two reads of the body
    deadline: float = 60.0              # the whole fetch, redirects and retries included
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 3                    # on 429 and 5xx
    backoff: float = 1.0                # seconds, doubled at each retry (or the server's Retry-After, capped)
    allow_private: bool = False
    allowed: tuple[str, ...] = ()       # networks allowed though not public, e.g. an intranet archive's 10.1.2.0/24


@dataclass(frozen=True)
class Page:
    url: str                # as asked
    final_url: str          # after redirects
    status: int
    media_type: str         # from the Content-Type header, e.g. text/html
    charset: str | None     # from the Content-Type header
    sha256: str             # of the body
    retrieved: str          # ISO 8601, UTC
    body: bytes = b""


def is_url(source: str) -> bool:
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source))


# ---------------------------------------------------------------- addresses

def _refused(ip: ipaddress.IPv4Address | ipaddress.IPv6Address, policy: Policy) -> str | None:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if any(ip in ipaddress.ip_network(net, strict=False) for net in policy.allowed):
        return None
    for what, flag in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local), ("private", ip.is_private),
                       ("multicast", ip.is_multicast), ("reserved", ip.is_reserved), ("unspecified", ip.is_unspecified)):
        if flag:
            return what
    return None if ip.is_global else "not public"


def check_url(url: str, policy: Policy) -> None:
    """Refuse what the fetcher must not ask for: other schemes, and non-public addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https addresses are fetched")
    if not parts.hostname:
        raise FetchError(f"{url}: no host in the address")
    if policy.allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"{url}: cannot resolve {parts.hostname} ({exc})") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        why = _refused(ip, policy)
        if why:
            raise FetchError(f"{url}: {parts.hostname} is a {why} address ({ip}); refused (--allow-private to fetch it)")


def _socket_of(response):
    """The socket a streamed response is read from. urllib3 2 hands it from the connection to
    http.client's response once the headers are read, so look there first."""
    fp = getattr(response.raw, "_fp", None)
    sock = getattr(getattr(getattr(fp, "fp", None), "raw", None), "_sock", None)
    return sock or getattr(getattr(response.raw, "connection", None), "sock", None)


def _check_peer(response, url: str, policy: Policy) -> None:
    """The address actually connected to (a name can resolve differently the second time)."""
    if policy.allow_private:
        return
    sock = _socket_of(response)
    if sock is None:                # no socket to ask: the check before connecting stands alone
        return
    try:
        peer = ipaddress.ip_address(sock.getpeername()[0].split("%")[0])
    except (OSError, ValueError):
        return
    why = _refused(peer, policy)
    if why:
        raise FetchError(f"{url}: connected to a {why} address ({peer}); refused (--allow-private to fetch it)")


# ---------------------------------------------------------------- fetching

def fetch(url: str, policy: Policy = Policy()) -> Page:
    """GET `url` under `policy`; the body whole, or a FetchError saying why not."""
    import requests

    start = time.monotonic()
    session = requests.Session()
    session.headers.update({"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
                            "Accept-Language": "ja,en;q=0.8"})
    session.trust_env = False           # no proxy or .netrc from the environment decides where we connect
    current, hops, attempt = url, 0, 0
    try:
        while True:
            check_url(current, policy)
            left = policy.deadline - (time.monotonic() - start)
            if left <= 0:
                raise FetchError(f"{url}: no complete answer within {policy.deadline:g} s")
            try:
                r = session.get(current, allow_redirects=False, stream=True,
                                timeout=(min(policy.connect_timeout, left), min(policy.read_timeout, left)))
            except requests.exceptions.ConnectTimeout:
                raise FetchError(f"{url}: the server did not accept a connection within {policy.connect_timeout:g} s") from None
            except requests.exceptions.ReadTimeout:
                raise FetchError(f"{url}: the server did not answer within {policy.read_timeout:g} s") from None
            except requests.exceptions.RequestException as exc:
                raise FetchError(f"{url}: cannot fetch ({_reason(exc)})") from None
            try:
                _check_peer(r, url, policy)
                if r.is_redirect:
                    hops += 1
                    if hops > policy.max_redirects:
                        raise FetchError(f"{url}: more than {policy.max_redirects} redirects")
                    current = urljoin(current, r.headers.get("Location", ""))
                    continue
                if (r.status_code == 429 or r.status_code >= 500) and attempt < policy.retries:
                    attempt += 1
                    wait = _retry_after(r.headers.get("Retry-After"), policy.backoff * 2 ** (attempt - 1))
                    if time.monotonic() - start + wait >= policy.deadline:
                        raise FetchError(f"{url}: the server answered {r.status_code} and asked to wait past the deadline")
                    time.sleep(wait)
                    continue
                if r.status_code >= 400:
                    raise FetchError(f"{url}: the server answered {r.status_code} {r.reason or ''}".rstrip())
                body = _body(r, url, policy, start)
            finally:
                r.close()
            media, _, params = (r.headers.get("Content-Type") or "").partition(";")
            m = re.search(r'charset\s*=\s*"?([\w.:-]+)', params, re.IGNORECASE)
            return Page(url, current, r.status_code, media.strip().lower() or "application/octet-stream",
                        m.group(1).lower() if m else None, hashlib.sha256(body).hexdigest(),
                        datetime.now(timezone.utc).isoformat(timespec="seconds"), body)
    finally:
        session.close()


def _body(r, url: str, policy: Policy, start: float) -> bytes:
    import requests

    declared = r.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
        raise FetchError(f"{url}: the page is {int(declared):,} bytes, more than the {policy.max_bytes:,} allowed")
    chunks, total = [], 0
    try:
        for chunk in r.iter_content(65536):
            total += len(chunk)
            if total > policy.max_bytes:
                raise FetchError(f"{url}: the page is more than the {policy.max_bytes:,} bytes allowed")
            if time.monotonic() - start > policy.deadline:
                raise FetchError(f"{url}: the page did not arrive within {policy.deadline:g} s")
            chunks.append(chunk)
    except requests.exceptions.ConnectionError as exc:     # a read timeout mid-body arrives as this
        raise FetchError(f"{url}: the server stopped sending ({_reason(exc)})") from None
    except requests.exceptions.RequestException as exc:
        raise FetchError(f"{url}: cannot read the page ({_reason(exc)})") from None
    return b"".join(chunks)


def _retry_after(value: str | None, default: float) -> float:
    if value and value.strip().isdigit():
        return min(float(value.strip()), 30.0)
    return default


def _reason(exc: Exception) -> str:
    text = str(exc)
    for pattern in (r"Read timed out", r"Name or service not known", r"Connection refused", r"certificate verify failed"):
        if re.search(pattern, text):
            return re.search(pattern, text).group(0)
    return type(exc).__name__


# ---------------------------------------------------------------- the evidence cache

def cache_dir() -> Path:
    """`$TRACKER_CACHE`, else `$XDG_CACHE_HOME/claim-tracker/pages` (~/.cache/claim-tracker/pages)."""
    if os.environ.get(ENV_CACHE):
        return Path(os.environ[ENV_CACHE])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "claim-tracker" / "pages"


def _url_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def keep(page: Page, folder: Path | None = None) -> None:
    """Store the page's body under its SHA-256, and note it as the latest copy of its URL."""
    folder = folder or cache_dir()
    (folder / "urls").mkdir(parents=True, exist_ok=True)
    body = folder / f"{page.sha256}.body"
    if not body.exists():
        _write_atomic(body, page.body)
    meta = json.dumps({k: v for k, v in asdict(page).items() if k != "body"}, ensure_ascii=False, indent=1).encode("utf-8")
    _write_atomic(folder / f"{page.sha256}.json", meta)
    _write_atomic(folder / "urls" / f"{_url_key(page.url)}.json", meta)


def cached(url: str, folder: Path | None = None) -> Page | None:
    """The latest copy of `url` in the cache, if any (and if its body is intact)."""
    folder = folder or cache_dir()
    try:
        meta = json.loads((folder / "urls" / f"{_url_key(url)}.json").read_text("utf-8"))
        body = (folder / f"{meta['sha256']}.body").read_bytes()
    except (OSError, ValueError, KeyError):
        return None
    if hashlib.sha256(body).hexdigest() != meta["sha256"]:
        return None
    return Page(**{**meta, "body": body})


def get_page(url: str, policy: Policy = Policy(), *, mode: str = "fetch", folder: Path | None = None) -> tuple[Page, str | None]:
    """The page at `url` and a note for the user, if any. mode "fetch": fetch it and keep it, or use
    the cached copy when the network fails; "offline": the cached copy only."""
    if mode == "offline":
        page = cached(url, folder)
        if page is None:
            raise FetchError(f"{url}: not in the page cache ({folder or cache_dir()}) and --offline was given")
        return page, f"{url}: the copy retrieved {page.retrieved} (offline)"
    try:
        page = fetch(url, policy)
    except FetchError as exc:
        page = cached(url, folder)
        if page is None or "refused" in str(exc) or "only http" in str(exc):
            raise
        return page, f"{exc}; using the copy retrieved {page.retrieved}"
    keep(page, folder)
    return page, None
