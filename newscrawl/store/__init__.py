"""Storage behind one small interface, chosen by a URI.

``open_store("sqlite:///data/newscrawl.sqlite")`` (the default) or
``open_store("mongodb://host:27017/newscrawl")``. The URI comes from the
``NEWSCRAWL_STORE`` environment variable or the ``STORE_URI`` setting.
"""

from __future__ import annotations

import os
from typing import Any

from newscrawl.store.base import (
    Store,
    StoreConfigError,
    StoreError,
    StoreUnavailable,
    WriteResult,
    mask_uri,
)

DEFAULT_STORE_URI = "sqlite:///data/newscrawl.sqlite"

__all__ = [
    "DEFAULT_STORE_URI",
    "Store",
    "StoreConfigError",
    "StoreError",
    "StoreUnavailable",
    "WriteResult",
    "mask_uri",
    "open_store",
    "store_uri_from_settings",
]


def store_uri_from_settings(settings: Any = None) -> str:
    """``NEWSCRAWL_STORE`` from the environment wins, then ``STORE_URI``, then the default."""
    uri = os.environ.get("NEWSCRAWL_STORE")
    if not uri and settings is not None:
        uri = settings.get("STORE_URI")
    return uri or DEFAULT_STORE_URI


def open_store(uri: str | None = None, *, connect_timeout: float = 5.0, check: bool = True) -> Store:
    """Open the store named by ``uri``; with ``check``, fail now if it does not answer.

    Raises :class:`StoreConfigError` for a URI no backend takes and
    :class:`StoreUnavailable` for a store that cannot be reached; both carry one
    line with the password masked.
    """
    uri = uri or store_uri_from_settings()
    scheme = uri.split(":", 1)[0].lower() if ":" in uri else ""
    if scheme == "sqlite":
        from newscrawl.store.sqlite import SQLiteStore

        store: Store = SQLiteStore.from_uri(uri)
    elif scheme in ("mongodb", "mongodb+srv"):
        from newscrawl.store.mongodb import MongoStore

        store = MongoStore(uri, connect_timeout=connect_timeout)
    else:
        raise StoreConfigError(
            f"unsupported store URI {mask_uri(uri)!r}: use sqlite:///path/file.sqlite or mongodb://host:port/db"
        )
    if check:
        try:
            store.ping()
        except StoreError:
            store.close()
            raise
    return store
