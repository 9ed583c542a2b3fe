# prevet — quick start: `make demo`, then `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: demo test install browser services lint docs bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@# bytecode now, as a regular pip install does (shells that set PYTHONDONTWRITEBYTECODE
	@# would otherwise compile prevet on every run)
	$(PY) -m compileall -q crawler analyzers reports prevet fixtures
	touch $@

install: $(VENV)/.installed

browser: install
	$(PY) -m prevet.browser_setup

# servers the test suite starts itself (PostgreSQL for the store tests), from the distribution
services:
	@bash scripts/ensure_test_services.sh

demo: browser
	$(PY) fixtures/demo.py

test: browser services
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# the check list in docs/ comes from the registry (tests/test_docs.py keeps it current)
docs: install
	$(PY) -m analyzers.docs > docs/checks.md

bench: browser
	$(PY) bench/crawl_bench.py --repeat 3

clean:
	rm -rf $(VENV) prevet-report .pytest_cache
