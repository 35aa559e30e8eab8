"""Renderers: the same briefing as Markdown, self-contained HTML, or JSON."""
