# The three commands a newcomer needs: make install, make demo, make test.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DIR ?= build/demo

.PHONY: install demo test lint unit bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,spark]'
	touch $(STAMP)

demo: install
	rm -rf $(DEMO_DIR) && mkdir -p $(DEMO_DIR)
	$(VENV)/bin/newsdesk --db $(DEMO_DIR)/demo.duckdb ingest --meta samples/meta.jsonl samples/articles
	$(VENV)/bin/newsdesk --db $(DEMO_DIR)/demo.duckdb brief --format md -o $(DEMO_DIR)/briefing.md
	$(VENV)/bin/newsdesk --db $(DEMO_DIR)/demo.duckdb brief --format html -o $(DEMO_DIR)/briefing.html
	@echo "Briefing written to $(DEMO_DIR)/briefing.md and $(DEMO_DIR)/briefing.html"

lint: install
	$(VENV)/bin/ruff check src tests $(wildcard benchmarks)
	$(VENV)/bin/mypy

unit: install
	$(PY) -m pytest -q

test: lint unit

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
