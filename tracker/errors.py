"""Errors the CLI turns into one line and a documented exit code."""


class BadInput(Exception):
    """The input cannot be read as an article (exit code 2)."""


class StoreUnavailable(Exception):
    """The store cannot be used now: missing, in use by another process, or a server that does
    not answer (exit code 3)."""


class Damaged(Exception):
    """A file the tracker ships is missing or not what was shipped: reinstall (exit code 4)."""


def is_damage(exc: BaseException) -> bool:
    """Whether the embedded store's engine found its files damaged (RocksDB's status Corruption)."""
    return isinstance(exc, (OSError, RuntimeError)) and str(exc).startswith("Corruption")


def damaged(location: str | None, why) -> StoreUnavailable:
    """The error a damaged store is (exit code 3), saying what the user can do."""
    return StoreUnavailable(f"the store{f' at {location}' if location else ''} is damaged ({' '.join(str(why).split())[:160]}): "
                            "restore it from a backup, or remove its folder and ingest the articles again")


def brief(name: str, n: int = 120) -> str:
    """A file name or address cut to fit a one-line error."""
    return name if len(name) <= n else name[: n - 1] + "…"
