"""Where a quote's content starts and ends, and which cues reach one (issue 16, fourth round).
Every sentence here is invented for the test."""

from __future__ import annotations

from tests.test_quotes_meaning import quotes_of, said


def test_a_paragraph_that_is_only_a_quotation_continues_the_speaker() -> None:
    """A paragraph ending with a quotation or its short frame, then a paragraph that is one
    quotation and nothing else: the same speaker goes on.  A paragraph with its own words
    around the quotation stops it."""
    text = ("“We started early,” the coach said. “The players were ready.”\n\n"
            "“Nobody expected the storm to last all night.”\n\n"
            "The match was cancelled. “It was a shame,” the captain said.\n\n"
            "“We will play again in March.”\n\n"
            "The team left the ground. “Fine,” the referee said, walking out of the room.\n\n"
            "“Later.” The bus was waiting.")
    found = said(quotes_of(text), text)
    assert ("the coach", "said", "We started early, … The players were ready. … "
            "Nobody expected the storm to last all night.") in found
    assert ("the captain", "said", "It was a shame, … We will play again in March.") in found
    assert ("the referee", "said", "Fine,") in found
