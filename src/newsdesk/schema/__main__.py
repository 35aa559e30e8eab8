"""``python -m newsdesk.schema``: rewrite extract.schema.json from the records' JSON shapes."""

from newsdesk.schema import SCHEMA_FILE, render

SCHEMA_FILE.write_text(render(), encoding="utf-8")
print(f"wrote {SCHEMA_FILE}")
