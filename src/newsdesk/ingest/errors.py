"""The one error type ingest reports.

Bad input is expected, not exceptional: a directory of scraped files will hold a PDF, an empty
file or a truncated JSON line.  Readers therefore *yield* ``InputError`` values next to the
articles they do read, so one bad file never stops a run, and the message is one line a user can
act on (the path, then why) rather than a traceback.
"""

from __future__ import annotations


class InputError(Exception):
    """An input that cannot be read as an article: ``str(err) == f"{path}: {reason}"``."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = " ".join(reason.split())  # always a single line
        self.line = line  # line number inside a multi-article file, when there is one
        super().__init__(f"{path}: {self.reason}")

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    def __repr__(self) -> str:
        return f"InputError({self.path!r}, {self.reason!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InputError):
            return NotImplemented
        return (self.path, self.reason, self.line) == (other.path, other.reason, other.line)

    def __hash__(self) -> int:
        return hash((self.path, self.reason, self.line))
