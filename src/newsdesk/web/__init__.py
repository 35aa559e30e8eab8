"""The local web app: a JSON API over the store, the briefing page per story, and uploads.

``create_app(db_path)`` builds it; ``newsdesk serve`` runs it with uvicorn.
"""

from newsdesk.web.app import create_app

__all__ = ["create_app"]
