"""URL normalisation: one key per article, whatever URL variant led to it.

``url_key`` is what the store indexes (unique) and what the spiders check before
fetching, so ``http://www.site.com/a/amp/?utm_source=x`` and ``https://site.com/a``
are one article. The key drops the scheme, ``www.``, default ports, fragments,
tracking parameters, AMP markers and trailing slashes, and sorts the query.
Non-default ports are kept: the simulated network serves each site on its own
127.0.0.1 port.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

#: Query parameters that never select content (analytics, share and AMP markers).
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "ref",
        "ref_src",
        "ref_url",
        "source",
        "share",
        "amp",
        "amp_js_v",
        "amp_gsa",
        "usqp",
        "outputtype",
        "output",
        "_ga",
        "_gl",
        "spm",
        "cmpid",
        "ito",
        "s_cid",
        "page_from",
        "from",
        "via",
        "m",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "__twitter", "_hs")
_AMP_PATH = re.compile(r"(/amp)+/?$|^/amp(?=/)", re.IGNORECASE)
_SLASHES = re.compile(r"/{2,}")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(_TRACKING_PREFIXES)


def url_key(url: str) -> str:
    """The normalised identity of ``url``: ``host[:port]/path[?sorted query]``.

    >>> url_key("http://www.Example.com/news/a-story/amp/?utm_source=fb&id=2#top")
    'example.com/news/a-story?id=2'
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    try:
        port = parts.port
    except ValueError:
        port = None
    scheme = parts.scheme.lower() or "http"
    if port and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    path = unquote(parts.path) or "/"
    path = _SLASHES.sub("/", path)
    path = _AMP_PATH.sub("", path) or "/"
    if path.endswith(".amp.html"):
        path = path[: -len(".amp.html")] + ".html"
    path = path.rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    query.sort()
    key = host + (path if path != "/" else "/")
    if query:
        key += "?" + urlencode(query)
    return key


def url_problem(url: object, *, web: bool = True) -> str | None:
    """Why ``url`` cannot serve as a page's URL, in a few words; None when it can.

    Catches what would otherwise raise deep inside ``urllib`` (``https://[x/``: "Invalid
    IPv6 URL", a port out of range). With ``web`` it must also be an absolute http(s) URL
    with a host and no spaces or control characters (what a fetch needs).

    >>> url_problem("https://[x/")
    'Invalid IPv6 URL'
    """
    if not isinstance(url, str):
        return f"not a string but {type(url).__name__}"
    if web and any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url.strip()):
        return "holds a space or control character"
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - parsing the port is what can fail
    except ValueError as exc:
        return str(exc)
    if web and (parts.scheme.lower() not in _DEFAULT_PORTS or not parts.hostname):
        return "not an absolute http(s) URL"
    return None
