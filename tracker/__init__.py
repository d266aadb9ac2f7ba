"""Claim Tracker: who said what, according to whom, and when, as linked data."""

__version__ = "0.1.0"
