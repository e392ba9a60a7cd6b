# Two entry points on a fresh machine: `make run` and `make test`.
# Each creates .venv when missing, upgrades pip inside it (the machine's pip 23.2 fails on
# some packages with extras) and installs what it needs; stamps skip the install next time.
VENV   := .venv
PYTHON := $(VENV)/bin/python
PIP    := $(PYTHON) -m pip
RUN_STAMP  := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
# The built-in rules' start-up cache, built once inside the environment (`ingest rules compile`):
# a run into a fresh output folder reads it instead of compiling the rules (3.4 -> 1.7 CPU s
# for a one-page run). Built again when the rules or the package's code change.
PREBUILT   := $(VENV)/share/ingest/startup/.built
SOURCES    := $(shell find rules src/ingest -type f -not -name '*.pyc' 2>/dev/null)

.PHONY: run test browser bench schema clean-venv

$(PYTHON):
	python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml | $(PYTHON)
	$(PIP) install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PYTHON)
	$(PIP) install --quiet -e ".[dev]"
	touch $@ $(RUN_STAMP)

# The review pages are tested in a real browser: Debian's chromium, installed where missing and
# where this machine lets us (root or passwordless sudo); otherwise that test skips and says why.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser test"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null 2>&1 || \
	  { sudo -n apt-get update -qq && sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null 2>&1 || \
	  echo "chromium could not be installed here: the browser test will skip"; }

$(PREBUILT): $(RUN_STAMP) $(SOURCES)
	$(VENV)/bin/ingest rules compile
	touch $@

run: $(RUN_STAMP) $(PREBUILT)
	$(VENV)/bin/ingest run raw/ -o extracted/

test: $(TEST_STAMP) $(PREBUILT) browser
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest

schema: $(RUN_STAMP)
	$(VENV)/bin/ingest schema > schema/ingest.schema.json
	$(VENV)/bin/ingest schema --table > schema/claims-table.md

clean-venv:
	rm -rf $(VENV)
