"""The briefing as JSON: the same structure the other renderers read, sorted for stable diffs."""

from __future__ import annotations

import json

from newsdesk.synthesize.briefing_types import Briefing


def render(brief: Briefing) -> str:
    return json.dumps(brief, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
