"""Errors the CLI turns into one line and a documented exit code."""


class BadInput(Exception):
    """The input cannot be read as an article (exit code 2)."""
