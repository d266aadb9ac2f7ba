"""Errors the CLI turns into one line and a documented exit code."""


class BadInput(Exception):
    """The input cannot be read as an article (exit code 2)."""


class StoreUnavailable(Exception):
    """The store cannot be used now: missing, in use by another process, or a server that does
    not answer (exit code 3)."""


class Damaged(Exception):
    """A file the tracker ships is missing or not what was shipped: reinstall (exit code 4)."""


def brief(name: str, n: int = 120) -> str:
    """A file name or address cut to fit a one-line error."""
    return name if len(name) <= n else name[: n - 1] + "…"
