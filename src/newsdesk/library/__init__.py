"""newsdesk as a library: what ``import newsdesk`` offers, behind its lazy names.

``extraction.py`` holds ``extract``/``extract_many`` (the stages of ``newsdesk extract``);
``store.py`` the ``Store`` that ``newsdesk.open`` gives; ``rows.py`` and ``gdelt.py`` the
documented tables, declared as row dataclasses (``columns.py``); ``table.py`` the ``Table``
every query answers, with ``.df()``, ``.arrow()`` and ``.write()``.  ``python -m
newsdesk.library`` prints the column reference the README carries.
"""
