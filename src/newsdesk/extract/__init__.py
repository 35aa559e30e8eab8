"""Per-article extraction stages: pure functions of one parsed article.

Called, the package is ``newsdesk.extract(source, ...)``, the Python API's extraction of one
article (``library/extraction.py``, documented in the README): the API's name was taken by
this package first, and renaming a package would break every import of its modules, so the
package answers calls instead.  ``newsdesk.extract.quotes`` and the other modules are reached
as before.
"""

from __future__ import annotations

import inspect
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsdesk.model import Extraction


class _CallablePackage(ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Extraction:
        from newsdesk.library.extraction import extract

        return extract(*args, **kwargs)

    @property
    def __signature__(self) -> inspect.Signature:  # what help() and notebooks show
        from newsdesk.library.extraction import extract

        return inspect.signature(extract)


sys.modules[__name__].__class__ = _CallablePackage
