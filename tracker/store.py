"""Where claims are kept: an embedded Oxigraph store on disk by default (`embedded.py`), or any
SPARQL 1.1 server (`remote.py`). Both take the same calls (`backend.py`)."""
from __future__ import annotations

import os

from .backend import (ENV_ENDPOINT, ENV_STORE, ID_BASE, Backend, QueryFailed, QueryTimeout, Results,  # noqa: F401
                      nquads_of, dataset_parts, default_store_path, iri_ref, is_iri)
from .embedded import EmbeddedStore
from .remote import RemoteStore


def open_store(*, store: str | None = None, endpoint: str | None = None, update_endpoint: str | None = None,
               user: str | None = None, password: str | None = None, write: bool = False, existing: bool = False) -> Backend:
    """The store the options name: `endpoint` (or $TRACKER_ENDPOINT) for a server, else the
    embedded store at `store` (or the default location), made where there is none to write to
    unless `existing`."""
    endpoint = endpoint or os.environ.get(ENV_ENDPOINT)
    if endpoint:
        return RemoteStore(endpoint, update_endpoint=update_endpoint, user=user,
                           password=password or os.environ.get("TRACKER_PASSWORD"))
    return EmbeddedStore(store or default_store_path(), write=write, existing=existing)
