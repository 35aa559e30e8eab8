"""Language identification of article text.

langdetect is probabilistic; seeding its factory makes the same text always get the same answer,
which keeps runs reproducible.  Short texts are where it guesses wildly (a headline or a caption
can come out as Dutch or Catalan), so below a minimum length we say "unknown" rather than guess.
"""

from __future__ import annotations

import threading

MIN_WORDS = 20
_SAMPLE_CHARS = 2000  # enough for a stable answer; keeps long articles cheap

_lock = threading.Lock()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    if len(text.split()) < MIN_WORDS:
        return None
    from langdetect import DetectorFactory, LangDetectException, detect

    with _lock:  # the seed lives on a shared factory
        DetectorFactory.seed = 0
        try:
            code = detect(text[:_SAMPLE_CHARS])
        except LangDetectException:
            return None
    return code.split("-")[0].lower()  # "zh-cn" -> "zh"
