# The README's commands. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= eventwire.duckdb

.PHONY: demo test lint eval evaldata bench clean install fuzz browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The browser tests drive Debian's Chromium with Playwright (installed from PyPI by `install`; never
# `playwright install`, which downloads a browser). As root with apt-get, this installs chromium when
# it is missing; elsewhere it says so, and the browser tests are skipped with that reason.
browser: $(STAMP)
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "make browser: installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "make browser: could not install chromium; the browser tests will be skipped"; \
	else echo "make browser: chromium is missing (apt-get install chromium); the browser tests will be skipped"; fi

demo: $(STAMP)
	$(BIN)/eventwire demo --db $(DB)

# pytest runs in up to TEST_JOBS processes (pytest-xdist; one per core, a test file's tests in one
# process, so a module's fixtures are built once); TEST_JOBS=0 runs it in this process alone.
TEST_JOBS ?= 4
test: $(STAMP) browser
	$(BIN)/ruff check src tests bench tools eval
	$(BIN)/ruff format --check src tests bench tools eval
	$(BIN)/mypy
	$(BIN)/python -m pytest $(if $(filter 0,$(TEST_JOBS)),,--numprocesses=logical --maxprocesses=$(TEST_JOBS) --dist=loadfile)

# The long fuzz run: 100,000 generated inputs of a fresh seed (printed; EVENTWIRE_FUZZ_SEED=...
# replays one), then KILL_ROUNDS kill -9 moments of that seed in a run that is then resumed;
# `make test` runs 2,000 inputs and 4 kills of a fixed seed.
FUZZ_CASES ?= 100000
KILL_ROUNDS ?= 30
fuzz: $(STAMP)
	@seed=$${EVENTWIRE_FUZZ_SEED:-$$(date +%s)}; echo "fuzz: $(FUZZ_CASES) cases, $(KILL_ROUNDS) kills of seed $$seed"; \
	EVENTWIRE_FUZZ_CASES=$(FUZZ_CASES) EVENTWIRE_KILL_ROUNDS=$(KILL_ROUNDS) EVENTWIRE_FUZZ_SEED=$$seed \
	$(BIN)/python -m pytest -x tests/test_fuzz.py \
	  tests/test_workers.py::test_kill_9_at_random_moments_then_resume_stores_every_input_once

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools eval
	$(BIN)/ruff format --check src tests bench tools eval
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/eventwire eval all

# The development sets of eval/data, built into their git-ignored local/ folders from copies of
# their sources (checkouts or git directories; see eval/data/README.md):
#   make evaldata WIKINEWS=path/to/wikinews POLNEAR=path/to/PolNeAR WIKIEVENTS_TRAIN=path/to/gen-arg
#   (any one alone is fine)
evaldata:
	$(PYTHON) eval/data/build.py $(if $(WIKINEWS),--wikinews $(WIKINEWS)) $(if $(POLNEAR),--polnear $(POLNEAR)) $(if $(WIKIEVENTS_TRAIN),--wikievents-train $(WIKIEVENTS_TRAIN))

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache $(DB)
