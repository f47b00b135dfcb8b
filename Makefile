# The README's commands. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= eventwire.duckdb

.PHONY: demo test lint eval evaldata bench clean install fuzz

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

# The long fuzz run: 100,000 generated inputs of a fresh seed (printed; EVENTWIRE_FUZZ_SEED=...
# replays one); `make test` runs 2,000 of a fixed seed.
FUZZ_CASES ?= 100000
fuzz: $(STAMP)
	@seed=$${EVENTWIRE_FUZZ_SEED:-$$(date +%s)}; echo "fuzz: $(FUZZ_CASES) cases of seed $$seed"; \
	EVENTWIRE_FUZZ_CASES=$(FUZZ_CASES) EVENTWIRE_FUZZ_SEED=$$seed $(BIN)/python -m pytest tests/test_fuzz.py -x

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools eval
	$(BIN)/ruff format --check src tests bench tools eval
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/eventwire eval all

# The development sets of eval/data, built into their git-ignored local/ folders from copies of
# their sources (checkouts or git directories; see eval/data/README.md):
#   make evaldata WIKINEWS=path/to/wikinews POLNEAR=path/to/PolNeAR   (either one alone is fine)
evaldata:
	$(PYTHON) eval/data/build.py $(if $(WIKINEWS),--wikinews $(WIKINEWS)) $(if $(POLNEAR),--polnear $(POLNEAR))

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache $(DB)
