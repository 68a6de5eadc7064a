"""Where a request goes and the bytes that carry it, for the standard-library transports
(`stdlib.py`, `aio.py`): proxies from the environment, the route per scheme://host:port, and
the request head. Nothing here does I/O."""

from __future__ import annotations

import binascii
from collections.abc import Mapping
from urllib.parse import unquote, urlsplit

from .calls import EXTRA_HEADERS
from .core import HttpRequest
from .errors import ConfigurationError

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
Key = tuple[str, str, int]


def proxies_from(environ: Mapping[str, str]) -> dict[str, str]:
    """`{scheme: proxy URL, "no": no_proxy}` from `*_proxy` variables, the lower-case name
    winning over the upper-case one (as urllib and curl read them). `HTTP_PROXY` is ignored
    when `REQUEST_METHOD` says this runs as a CGI script, where a client controls it."""
    found: dict[str, str] = {}
    for name in sorted(environ, key=lambda n: n != n.upper()):  # upper-case first, then lower
        if not name.lower().endswith("_proxy") or not environ[name]:
            continue
        if name == "HTTP_PROXY" and "REQUEST_METHOD" in environ:
            continue
        found[name[:-6].lower()] = environ[name]
    return found


def bypass(host: str, no_proxy: str) -> bool:
    """`no_proxy` as curl reads it: `*`, or names that match the host or a domain of it
    (`example.com` and `.example.com` both cover `a.example.com`); ports are ignored."""
    host = host.lower().strip("[]")
    for entry in no_proxy.lower().split(","):
        name = entry.strip()
        if name == "*":
            return True
        name = name.rsplit(":", 1)[0] if name.count(":") == 1 else name
        name = name.strip("[]").lstrip(".")
        if name and (host == name or host.endswith("." + name)):
            return True
    return False


def basic_auth(userinfo: str) -> str:
    user, _, password = userinfo.partition(":")
    raw = f"{unquote(user)}:{unquote(password)}".encode()
    token = binascii.b2a_base64(raw, newline=False).decode()  # = base64.b64encode
    return f"Basic {token}"


class Route:
    """Where a request for one scheme://host:port goes: direct, or through a proxy."""

    __slots__ = ("host", "port", "target", "tunnel", "absolute", "auth")

    def __init__(self, scheme: str, host: str, port: int, proxies: dict[str, str]) -> None:
        self.host, self.port = host, port
        self.target = host  # the TLS server name
        self.tunnel: bytes | None = None  # the CONNECT request
        self.absolute = False
        self.auth: str | None = None
        proxy = proxies.get(scheme)
        if not proxy or host.lower() in LOOPBACK or bypass(host, proxies.get("no", "")):
            return
        parts = urlsplit(proxy if "://" in proxy else "http://" + proxy)
        if parts.scheme != "http" or not parts.hostname:
            return  # only plain-http proxies; anything else is not used (nor guessed at)
        if "@" in parts.netloc:
            self.auth = basic_auth(parts.netloc.rpartition("@")[0])
        self.host, self.port = parts.hostname, parts.port or 80
        if scheme == "https":
            where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
            auth = f"Proxy-Authorization: {self.auth}\r\n" if self.auth else ""
            self.tunnel = f"CONNECT {where} HTTP/1.1\r\nHost: {where}\r\n{auth}\r\n".encode()
        else:
            self.absolute = True


def split_url(url: str) -> tuple[str, str]:
    """(origin, target) of an absolute URL: `http://h:1/p?q` → (`http://h:1`, `/p?q`)."""
    cut = url.find("/", url.find("://") + 3)
    return (url, "/") if cut < 0 else (url[:cut], url[cut:])


def key_of(url: str) -> Key:
    """(scheme, host, port) of a URL: what a connection is for."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or (443 if scheme == "https" else 80)


def request_bytes(req: HttpRequest, route: Route, target: str) -> bytes:
    """The whole request as sent: one write (`target`: the URL's path and query, sent as is
    unless through a proxy, which takes the absolute URL). A header value holding CR or LF
    (which our checks already refuse earlier) would split it, so it is refused here too."""
    if route.absolute:
        target = req.url
    headers = EXTRA_HEADERS | req.headers
    if route.absolute and route.auth:
        headers["proxy-authorization"] = route.auth
    lines = [f"{req.method} {target} HTTP/1.1\r\n"]
    lines += [f"{name}: {value}\r\n" for name, value in headers.items()]
    text = "".join(lines)
    if text.count("\n") != len(lines) or text.count("\r") != len(lines):
        raise ConfigurationError("a header would split the request (CR or LF in a value)")
    return (text + "\r\n").encode("latin-1") + req.body


class Router:
    """The routes of one client: proxies read from the environment once, a `Route` per
    scheme://host:port, and the bytes of each request."""

    def __init__(self, environ: Mapping[str, str]) -> None:
        self.proxies = proxies_from(environ)
        # origin (`scheme://host:port` as the URL spells it) → its key and route: a client's
        # requests go to its few base URLs, so the URL is split once per origin, not per call.
        self._routes: dict[str, tuple[Key, Route]] = {}

    def prepare(self, req: HttpRequest) -> tuple[Key, Route, bytes]:
        """(connection key, route, request bytes) of one signed attempt."""
        origin, target = split_url(req.url)
        known = self._routes.get(origin)
        if known is None:
            key = key_of(origin)
            known = self._routes.setdefault(origin, (key, Route(*key, self.proxies)))
        key, route = known
        return key, route, request_bytes(req, route, target)
