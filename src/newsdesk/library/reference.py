"""The column reference of the README's Python section, made from the row classes themselves.

``python -m newsdesk.library`` prints it; ``tests/test_library.py`` checks that the README
holds exactly this text, so a column added to a row class is documented or the test fails.
"""

from __future__ import annotations

from newsdesk.library.columns import markdown
from newsdesk.library.store import TABLES


def reference() -> str:
    """One block per table: its name, the ``Store`` method that answers it, its columns."""
    blocks = []
    for name, (row_type, method) in TABLES.items():
        blocks.append(f"`{name}` (`Store.{method}()`, `newsdesk.{row_type.__name__}`):\n")
        blocks.append(markdown(row_type) + "\n")
    return "\n".join(blocks)
