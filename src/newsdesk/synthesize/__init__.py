"""Per-story stages: what a set of articles says together."""
