"""Child processes the tracker starts for work it must be able to stop (a query past its time, a
linked-data file past its limits): each dies with the process that started it."""
from __future__ import annotations


def die_with_parent(parent: int) -> None:
    """Linux: this process is killed when `parent`, the process that started it, dies; a query's
    child would otherwise run on, holding the store open, after its parent was killed. A parent
    that died before this ran (the child takes a moment to start) ends the child at once."""
    import ctypes
    import os
    import signal

    try:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)       # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)
