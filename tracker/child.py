"""Child processes the tracker starts for work it must be able to stop (a query past its time, a
linked-data file past its limits): each dies with the process that started it."""
from __future__ import annotations


def die_with_parent() -> None:
    """Linux: this process is killed when the one that started it dies; a query's child would
    otherwise run on, holding the store open, after its parent was killed."""
    import ctypes
    import signal

    try:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)       # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
