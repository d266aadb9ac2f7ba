"""Fetch an article from the web, safely, and keep what was fetched as evidence.

A fetcher that anyone can point at any address is a way into internal services, so: http and
https only; every address the host resolves to must be public unless `allow_private` (checked
again at each redirect, and against the address actually connected to); a connect and a read
timeout, an overall deadline and a size cap; a bounded number of redirects; a few retries with
back-off on 429 and 5xx answers only.

Every page fetched is cached under its SHA-256 with the time it was retrieved: a later run works
offline from it, and a fact-checker can show what the page said when the tracker read it.

Over 400 lines because the guard is one policy: every check of where a request may go (scheme,
address, redirect, connected peer, deadline, size) stays in one module, to be reviewed together.
"""
from __future__ import annotations

import hashlib
import ipaddress
import json
import os
import re
import socket
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin

from . import __version__
from .errors import BadInput

USER_AGENT = f"claim-tracker/{__version__} (+https://w3id.org/claim-tracker; fact-checking research)"
ENV_CACHE = "TRACKER_CACHE"


class FetchError(BadInput):
    """The page could not be fetched, or was refused (exit code 2, one line)."""


class Refused(FetchError):
    """The fetcher must not ask for this address (no cached copy stands in for it either)."""


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

_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _refused(ip: ipaddress.IPv4Address | ipaddress.IPv6Address, policy: Policy) -> str | None:
    """Why the fetcher must not connect to `ip` under `policy`, or None. IPv6 forms that carry an
    IPv4 address (mapped, 6to4, Teredo, NAT64) are judged by the address they carry too."""
    if any(ip in ipaddress.ip_network(net, strict=False) for net in policy.allowed):
        return None
    if isinstance(ip, ipaddress.IPv6Address):
        carried = [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ())]
        if ip in _NAT64:
            carried.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        for inner in filter(None, carried):
            why = _refused(inner, policy)
            if why:
                return why
        if ip.ipv4_mapped or ip in _NAT64:      # judged by the IPv4 address they carry, checked above
            return None
        if ip.is_site_local:
            return "site-local"
    for what, flag in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local), ("private", ip.is_private),
                       ("multicast", ip.is_multicast), ("reserved", ip.is_reserved), ("unspecified", ip.is_unspecified)):
        if flag:
            return what
    return None if ip.is_global else "not public"


def _host_port(url: str) -> tuple[str, str, int]:
    """Scheme, host and port as urllib3 reads them: the parser that decides where to connect, so a
    check cannot be fooled by an address that another parser reads differently."""
    from urllib3.exceptions import LocationParseError
    from urllib3.util import parse_url

    try:
        parts = parse_url(url)
    except (LocationParseError, ValueError):
        raise FetchError(f"{url}: not a valid address (host or port)") from None
    scheme = (parts.scheme or "").lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https addresses are fetched")
    if not parts.host:
        raise FetchError(f"{url}: no host in the address")
    return scheme, parts.host.strip("[]"), parts.port or (443 if scheme == "https" else 80)


def resolve(host: str, port: int, seconds: float) -> list:
    """`getaddrinfo`, given no more than `seconds`. The system resolver takes no time limit from
    its caller (its own, from resolv.conf, can add up to minutes), so it runs in a daemon thread
    that is left behind when the time is up: a resolver that never answers cannot hold a fetch
    past its deadline."""
    if seconds <= 0:
        raise socket.timeout(f"no time left to resolve {host}")
    box: dict = {}

    def ask() -> None:
        try:
            box["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except BaseException as exc:       # handed to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=ask, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise socket.timeout(f"the name resolver gave no answer for {host} within {seconds:.1f} s")
    if "error" in box:
        raise box["error"]
    return box["infos"]


def check_url(url: str, policy: Policy, seconds: float | None = None) -> None:
    """Refuse what the fetcher must not ask for: other schemes, and names that resolve to
    non-public addresses (checked again on the connected socket: names can resolve differently).
    `seconds`: the time the name may take to resolve (the fetch's deadline by default)."""
    _, host, port = _host_port(url)
    if policy.allow_private:
        return
    try:
        infos = resolve(host, port, policy.deadline if seconds is None else seconds)
    except socket.timeout:
        raise FetchError(f"{url}: the name resolver gave no answer for {host} within the {policy.deadline:g} s allowed") from None
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise FetchError(f"{url}: cannot resolve {host} ({exc})") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        why = _refused(ip, policy)
        if why:
            raise Refused(f"{url}: {host} is a {why} address ({ip}); refused (--allow-private to fetch it)")


class _Guard:
    """One fetch's watch over its connections: the peer of each new socket is checked before
    anything is sent on it (so DNS rebinding, redirects and parser tricks all meet the same check),
    and at the deadline every socket is shut, so a server dripping bytes cannot hold a fetch."""

    def __init__(self, policy: Policy, seconds: float):
        self.policy, self.expired = policy, False
        self._ends = time.monotonic() + max(seconds, 0.0)
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(seconds, 0.0), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def left(self) -> float:
        return self._ends - time.monotonic()

    def connect(self, host: str, port: int, timeout: float | None, options) -> socket.socket:
        """A connection to the first address of `host` that answers, each try given no more than
        the time left before the deadline (a name with many silent addresses cannot hold a fetch),
        and the socket watched from before it connects."""
        error: OSError | None = None
        for family, kind, proto, _, address in resolve(host, port, self.left()):
            left = self.left()
            if left <= 0 or self.expired:
                break
            sock = socket.socket(family, kind, proto)
            self.watch(sock)
            try:
                for option in options or ():
                    sock.setsockopt(*option)
                sock.settimeout(min(timeout, left) if timeout is not None else left)
                sock.connect(address)
                sock.settimeout(timeout)
                return sock
            except OSError as exc:
                error = exc
                sock.close()
        raise error or socket.timeout("no time left to connect")

    def admit(self, sock: socket.socket, host: str) -> None:
        if not self.policy.allow_private:
            try:
                peer = ipaddress.ip_address(sock.getpeername()[0].split("%")[0])
            except (OSError, ValueError):
                sock.close()
                raise FetchError(f"{host}: cannot tell which address was connected to; refused") from None
            why = _refused(peer, self.policy)
            if why:
                sock.close()
                raise Refused(f"{host}: connected to a {why} address ({peer}); refused (--allow-private to fetch it)")

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:        # the plain socket's shutdown, under TLS too: it wakes a blocked read at once
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
        except (OSError, TypeError):
            pass

    def close(self) -> None:
        self._timer.cancel()


def _guarded_session(guard: _Guard):
    """A requests session whose every connection goes through `guard`."""
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
    from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError

    def new_conn(conn):
        try:
            sock = guard.connect(conn._dns_host, conn.port, conn.timeout, conn.socket_options)
        except socket.gaierror as exc:
            raise NameResolutionError(conn.host, conn, exc) from exc
        except (socket.timeout, TimeoutError) as exc:
            raise ConnectTimeoutError(conn, f"Connection to {conn.host} timed out") from exc
        except OSError as exc:
            raise NewConnectionError(conn, f"Failed to establish a new connection: {exc}") from exc
        guard.admit(sock, conn.host)
        return sock

    class Plain(HTTPConnection):
        def _new_conn(self):
            return new_conn(self)

    class Secure(HTTPSConnection):
        def _new_conn(self):
            return new_conn(self)

        def connect(self):
            super().connect()
            guard.watch(self.sock)          # the TLS socket that replaced the plain one

    class PlainPool(HTTPConnectionPool):
        ConnectionCls = Plain

    class SecurePool(HTTPSConnectionPool):
        ConnectionCls = Secure

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs):
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": PlainPool, "https": SecurePool}

    session = requests.Session()
    session.trust_env = False           # no proxy or .netrc from the environment decides where we connect
    session.mount("http://", Adapter(max_retries=0))
    session.mount("https://", Adapter(max_retries=0))
    session.headers.update({"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
                            "Accept-Language": "ja,en;q=0.8"})
    return session


# ---------------------------------------------------------------- fetching

def fetch(url: str, policy: Policy = Policy()) -> Page:
    """GET `url` under `policy`; the body whole, or a FetchError saying why not."""
    start = time.monotonic()
    guard = _Guard(policy, policy.deadline)
    session = _guarded_session(guard)
    try:
        return _fetch(url, policy, session, guard, start)
    except FetchError:
        if guard.expired:
            raise FetchError(f"{url}: no complete answer within the {policy.deadline:g} s allowed") from None
        raise
    finally:
        guard.close()
        session.close()


def _fetch(url: str, policy: Policy, session, guard: _Guard, start: float) -> Page:
    import requests

    current, hops, attempt = url, 0, 0
    while True:
        check_url(current, policy, guard.left())
        left = policy.deadline - (time.monotonic() - start)
        if left <= 0 or guard.expired:
            raise FetchError(f"{url}: no complete answer within the {policy.deadline:g} s allowed")
        try:
            r = session.get(current, allow_redirects=False, stream=True,
                            timeout=(min(policy.connect_timeout, left), min(policy.read_timeout, left)))
        except requests.exceptions.ConnectTimeout:
            raise FetchError(f"{url}: the server did not accept a connection within {policy.connect_timeout:g} s") from None
        except requests.exceptions.ReadTimeout:
            raise FetchError(f"{url}: the server did not answer within {policy.read_timeout:g} s") from None
        except (requests.exceptions.RequestException, ValueError) as exc:
            raise FetchError(f"{url}: cannot fetch ({_reason(exc)})") from None
        try:
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
            body = _body(r, url, policy)
            if guard.expired:             # the deadline shut the socket: what came is not the whole page
                raise FetchError(f"{url}: no complete answer within the {policy.deadline:g} s allowed")
        finally:
            r.close()
        media, _, params = (r.headers.get("Content-Type") or "").partition(";")
        m = re.search(r'charset\s*=\s*"?([\w.:-]+)', params, re.IGNORECASE)
        return Page(url, current, r.status_code, media.strip().lower() or "application/octet-stream",
                    m.group(1).lower() if m else None, hashlib.sha256(body).hexdigest(),
                    datetime.now(UTC).isoformat(timespec="seconds"), body)


def _body(r, url: str, policy: Policy) -> bytes:
    import requests

    declared = r.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
        raise FetchError(f"{url}: the page is {int(declared):,} bytes, more than the {policy.max_bytes:,} allowed")
    chunks, total = [], 0
    try:
        for chunk in r.iter_content(16384):
            total += len(chunk)
            if total > policy.max_bytes:
                raise FetchError(f"{url}: the page is more than the {policy.max_bytes:,} bytes allowed")
            chunks.append(chunk)
    except requests.exceptions.ConnectionError as exc:     # a read timeout mid-body arrives as this
        raise FetchError(f"{url}: the server stopped sending ({_reason(exc)})") from None
    except (requests.exceptions.RequestException, OSError, ValueError) as exc:
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
    """Write a file whole or not at all; a temporary name of its own, so that threads and
    processes keeping the same page at once do not write into each other's file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def keep(page: Page, folder: Path | None = None) -> str | None:
    """Store the page's body under its SHA-256 and note it as the latest copy of its URL; a note
    for the user if the cache cannot be written (the article is still read, without a kept copy)."""
    folder = folder or cache_dir()
    try:
        (folder / "urls").mkdir(parents=True, exist_ok=True)
        body = folder / f"{page.sha256}.body"
        if not body.exists():
            _write_atomic(body, page.body)
        meta = json.dumps({k: v for k, v in asdict(page).items() if k != "body"}, ensure_ascii=False, indent=1).encode("utf-8")
        _write_atomic(folder / f"{page.sha256}.json", meta)
        _write_atomic(folder / "urls" / f"{_url_key(page.url)}.json", meta)
    except OSError as exc:
        return f"{page.url}: the page could not be kept in {folder} ({exc.strerror or exc}); no offline copy"
    return None


def cached(url: str, folder: Path | None = None) -> Page | None:
    """The latest copy of `url` in the cache, if any (and if its body is intact)."""
    folder = folder or cache_dir()
    try:
        meta = json.loads((folder / "urls" / f"{_url_key(url)}.json").read_text("utf-8"))
        if not _sound(meta):
            return None
        body = (folder / f"{meta['sha256']}.body").read_bytes()
        if hashlib.sha256(body).hexdigest() != meta["sha256"]:
            return None
        return Page(**{**meta, "body": body})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):    # missing, damaged or not ours
        return None


def _sound(meta) -> bool:
    """A cache entry's fields are all there, of their types, the time an ISO 8601 one."""
    if not isinstance(meta, dict) or set(meta) != {f for f in Page.__dataclass_fields__ if f != "body"}:
        return False
    texts = ("url", "final_url", "media_type", "sha256", "retrieved")
    if not all(isinstance(meta[k], str) for k in texts) or not isinstance(meta["status"], int):
        return False
    if meta["charset"] is not None and not isinstance(meta["charset"], str):
        return False
    try:
        datetime.fromisoformat(meta["retrieved"])
    except ValueError:
        return False
    return bool(re.fullmatch(r"[0-9a-f]{64}", meta["sha256"]))


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
    except Refused:
        raise
    except FetchError as exc:
        page = cached(url, folder)
        if page is None:
            raise
        return page, f"{exc}; using the copy retrieved {page.retrieved}"
    return page, keep(page, folder)
