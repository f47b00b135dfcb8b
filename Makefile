# The README's commands. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= eventwire.duckdb

.PHONY: demo test lint eval bench clean install

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/eventwire demo --db $(DB)

test: $(STAMP)
	$(BIN)/ruff check src tests bench tools eval
	$(BIN)/ruff format --check src tests bench tools eval
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools eval
	$(BIN)/ruff format --check src tests bench tools eval
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/eventwire eval all

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache $(DB)
