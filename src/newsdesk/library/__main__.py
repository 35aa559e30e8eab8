"""``python -m newsdesk.library``: print the README's column reference (``reference.py``)."""

from newsdesk.library.reference import reference

print(reference(), end="")
