"""Child processes the tracker starts for work it must be able to stop (a query past its time, a
linked-data file past its limits): each runs in a fresh process that dies with the one that
started it, and is killed when its time is up."""
from __future__ import annotations

import os


class Stopped(Exception):
    """The child ran past its time and was killed."""


class Died(Exception):
    """The child ended without an answer (killed from outside, out of memory, a crash)."""


def run_bounded(fn, args: tuple, *, seconds: float, memory: int | None = None):
    """`fn(*args)` in a spawned child limited to `seconds` (and `memory` bytes of address space):
    its return value, or the exception it raised, raised here; Stopped or Died otherwise."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(fn, args, memory, sender, os.getpid()), daemon=True)
    proc.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise Stopped
        status, value = receiver.recv()
    except EOFError:
        raise Died from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
    if status == "raised":
        raise value
    return value


def _child(fn, args: tuple, memory: int | None, conn, parent: int) -> None:
    import logging
    import resource

    die_with_parent(parent)
    logging.getLogger("rdflib").setLevel(logging.ERROR)      # as the command line sets it (an ill-typed literal)
    if not os.environ.get("TRACKER_DEBUG"):     # what it has to say comes back through the pipe: not a native
        devnull = os.open(os.devnull, os.O_WRONLY)      # library's backtrace as it runs out of memory
        os.dup2(devnull, 2)
        os.close(devnull)
    if memory:
        try:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        except (ValueError, OSError):
            pass
    try:
        conn.send(("ok", fn(*args)))
    except MemoryError:
        pass                                                   # the parent sees Died
    except Exception as exc:
        try:
            conn.send(("raised", exc))
        except Exception:                                      # an exception that does not pickle
            conn.send(("raised", RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        conn.close()


def die_with_parent(parent: int) -> None:
    """Linux: this process is killed when `parent`, the process that started it, dies; a query's
    child would otherwise run on, holding the store open, after its parent was killed. A parent
    that died before this ran (the child takes a moment to start) ends the child at once."""
    import ctypes
    import signal

    try:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)       # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)
