"""Results shared by every session: a figure or table computed once for a given dataset, filter and page controls
serves every user who asks for the same view (a class opening one link, or students choosing the same filters).

Values are kept by reference, not copied: callers must not change what they get (charts.show draws a styled copy).
The key always includes the digest of the tables the run checked, so an edit of the data is never served stale.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from components.data import run_atlas

T = TypeVar("T")
MAX_ENTRIES = 512  # figures and frames of a few hundred kB at most: well under 100 MB in all

_lock = threading.Lock()
_store: OrderedDict[tuple, object] = OrderedDict()
_computing: dict[tuple, threading.Lock] = {}  # key -> lock held while one session computes it
_derived: dict[int, dict] = {}  # id of a live value -> {key: what was derived from it}; forgotten when it is collected


def memo(name: str, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()` for this dataset and `key`, computed once and then shared (least recently used first out).

    Sessions asking for a value that another session is computing wait for it rather than compute it too: when a
    class opens one link at once, the first run computes each figure and the other 29 take it."""
    digest, _ = run_atlas()
    full = (name, digest, key)
    with _lock:
        if full in _store:
            _store.move_to_end(full)
            return _store[full]  # type: ignore[return-value]
        computing = _computing.setdefault(full, threading.Lock())
    with computing:  # one computation per key at a time; different keys never wait on each other
        with _lock:
            if full in _store:
                _store.move_to_end(full)
                return _store[full]  # type: ignore[return-value]
        try:
            value = compute()
            with _lock:
                _store[full] = value
                _store.move_to_end(full)
                while len(_store) > MAX_ENTRIES:
                    _store.popitem(last=False)
        finally:
            with _lock:
                _computing.pop(full, None)
    return value


def derived(source: object, key: Hashable, compute: Callable[[], T]) -> T:
    """Something computed from a shared value (e.g. a figure's styled copy), kept as long as that value lives.
    Figures are not hashable, so the value is known by its id, and forgotten when it is garbage-collected."""
    ident = id(source)
    with _lock:
        table = _derived.get(ident)
        if table is not None and key in table:
            return table[key]
    value = compute()
    with _lock:
        if ident not in _derived:
            try:
                weakref.finalize(source, _forget, ident)
            except TypeError:  # cannot be weakly referenced: do not keep anything for it
                return value
            _derived[ident] = {}
        _derived[ident][key] = value
    return value


def _forget(ident: int) -> None:
    with _lock:
        _derived.pop(ident, None)


def clear() -> None:
    with _lock:
        _store.clear()
        _computing.clear()
        _derived.clear()
