"""Cross-article stages: where articles meet."""
