"""A report inside a report (issue 16): "the mayor said the engineers had told her ...".

What the engineers said is known only through the mayor, so it stays inside her content, and
the inner verb of saying makes no quote of its own: one attribution per token, as PolNeAR
annotates (its README: each token belongs to at most one attribution).  Every sentence here is
invented for the test."""

from __future__ import annotations

from tests.test_quotes_meaning import quotes_of, said


def test_a_nested_report_is_the_outer_frames_content() -> None:
    text = ("The mayor said that the engineers had told her the bridge was safe. "
            "Officials said the minister claimed that the budget was balanced. "
            "According to the report, the general said the troops would stay.")
    found = said(quotes_of(text), text)
    assert ("The mayor", "said", "that the engineers had told her the bridge was safe") in found
    assert ("Officials", "said", "the minister claimed that the budget was balanced") in found
    assert ("the report", "According to", "the general said the troops would stay") in found
    assert len(found) == 3, found
