"""Per-article extraction stages: pure functions of one parsed article."""
