# Everything runs in .venv, which the first target that needs it creates.
# `make` alone lists the targets: every one has a `## target: what it does` line.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.bench-installed
SPEC := spec/ci-moderation.yaml
PACKAGE ?= ci_moderation
DEST ?=
# The live-stream job of the README's cancel example: `make emulator` creates it.
EXAMPLE_LIVE_JOB := vab1ca9fc8a3ed11ea834c525400863904

.DEFAULT_GOAL := help
.PHONY: help venv generate check lint typecheck test vendor demo emulator bench bench-quick clean

## help: list the targets (what plain `make` does)
help:
	@echo "make TARGET [PYTHON=python3.12] — the first target that needs it creates .venv"
	@awk '/^## [a-z][a-z-]*: / { name = $$2; sub(/:$$/, "", name); text = $$0; \
		sub(/^## [a-z][a-z-]*: /, "", text); printf "  %-11s %s\n", name, text }' $(MAKEFILE_LIST)

# -- the virtualenv -------------------------------------------------------------------------
# Python must be 3.11 or newer: checked before anything is created. An existing .venv is
# rebuilt, with a line saying why, when an earlier install failed or was interrupted (no
# stamp), when its python is broken or too old, or when PYTHON is given and is another
# interpreter than the one .venv was made from. A healthy .venv whose stamp is older than
# pyproject.toml is reinstalled in place.
PY_TOO_OLD = import sys; v = sys.version_info; sys.exit(0 if v >= (3, 11) else \
	"make: $(PYTHON) is Python %d.%d; this project needs 3.11 or newer: pick another with \
	make PYTHON=python3.12 $(or $(MAKECMDGOALS),venv)" % (v[0], v[1]))
PY_WHO = import sys; print(sys.base_prefix, *sys.version_info[:3])
PYTHON_GIVEN := $(filter command line environment environment override,$(origin PYTHON))

VENV_STATE_SH = \
	if [ ! -e $(VENV) ]; then echo absent; \
	elif [ ! -f $(STAMP) ]; then \
		echo "has no $(STAMP) stamp (an earlier install failed or was interrupted)"; \
	elif ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then \
		echo "has a python that is broken or older than 3.11"; \
	elif [ -n "$(PYTHON_GIVEN)" ] && \
		[ "$$($(PY) -c '$(PY_WHO)' 2>&1)" != "$$($(PYTHON) -c '$(PY_WHO)' 2>&1)" ]; then \
		echo "was made by another Python than PYTHON=$(PYTHON)"; \
	else echo ok; fi

# Checked only when a target that uses .venv is asked for (not for help or clean).
ifneq ($(filter clean,$(MAKECMDGOALS)),)
VENV_STATE := absent
else ifneq ($(filter-out help,$(MAKECMDGOALS)),)
VENV_STATE := $(shell $(VENV_STATE_SH))
endif

ifneq ($(filter-out ok absent,$(firstword $(VENV_STATE))),)
$(STAMP): FORCE
endif
FORCE:

## venv: create .venv (Python ≥ 3.11) and install the project with its dev tools
venv: $(STAMP)

$(STAMP): pyproject.toml
ifeq ($(VENV_STATE),ok)
	$(PY) -m pip install --quiet -e '.[dev]'
else
	@command -v $(PYTHON) >/dev/null || \
		{ echo "make: $(PYTHON) not found: pick another with make PYTHON=python3.12 ..."; exit 1; }
	@$(PYTHON) -c '$(PY_TOO_OLD)'
	@if [ "$(VENV_STATE)" != absent ] && [ -n "$(VENV_STATE)" ]; then \
		echo "make: rebuilding $(VENV): it $(VENV_STATE)"; fi
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
endif
	@touch $(STAMP)

# -- the work -------------------------------------------------------------------------------

## generate: regenerate generated/ci_moderation from the spec
generate: $(STAMP)
	$(PY) -m generator --spec $(SPEC) --out generated --package ci_moderation

## check: generated/ matches spec + generator byte for byte; lint; types
check: $(STAMP)
	@tmp=$$(mktemp -d) && \
	$(PY) -m generator --spec $(SPEC) --out $$tmp --package ci_moderation >/dev/null && \
	if diff -r -x __pycache__ $$tmp/ci_moderation generated/ci_moderation; then \
		echo "generated/ is up to date"; rm -rf $$tmp; \
	else echo "generated/ is stale: run 'make generate'"; rm -rf $$tmp; exit 1; fi
	$(MAKE) --no-print-directory lint typecheck

## lint: ruff check and ruff format --check over the repository
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

## typecheck: mypy --strict on the generated package, the generator, the emulator, the cli, bench
typecheck: $(STAMP)
	cd generated && ../$(PY) -m mypy --config-file ../pyproject.toml ci_moderation
	$(PY) -m mypy generator emulator/ci_emulator cli/ci_moderation_cli bench

## test: the whole test suite, after check (4 workers: most tests wait on sockets, not CPU)
test: check
	$(PY) -m pytest -q -n 4

## demo: the main job — emulator, submit with callback, callback received, live cancel
demo: $(STAMP)
	$(PY) -m ci_emulator.demo

## emulator: the local CI emulator on 127.0.0.1:8080 (foreground; Ctrl-C stops it)
emulator: $(STAMP)
	$(PY) -m ci_emulator --port 8080 --secret-id AKIDEXAMPLE --secret-key emulator-secret \
		--seed-live-job $(EXAMPLE_LIVE_JOB)

## bench: the client table (CPU, codec, import vs floors); emulator load; generate time; batch
bench: $(BENCH_STAMP)
	$(PY) bench/client_overhead.py
	$(PY) bench/emulator_load.py
	$(PY) bench/generate_time.py
	$(PY) bench/batch_scale.py

## bench-quick: the client table with tiny counts (< 20 s): the smoke run CI makes
bench-quick: $(BENCH_STAMP)
	$(PY) bench/client_overhead.py --quick

# The `bench` extra (the official cos-python-sdk-v5 and aiohttp, for their rows) on top of dev. A failed
# install is not an error: the row then says "not installed" and the benchmark still runs.
$(BENCH_STAMP): $(STAMP)
	@$(PY) -m pip install --quiet -e '.[dev,bench]' || \
		echo "make: the bench extra (cos-python-sdk-v5, aiohttp) did not install: their rows say not installed"
	@touch $@

## vendor: write a self-contained copy, e.g. make vendor DEST=../app/src/thirdparty PACKAGE=ci_client
vendor: $(STAMP)
	@test -n "$(DEST)" || (echo "usage: make vendor DEST=dir [PACKAGE=name]"; exit 2)
	$(PY) -m generator --spec $(SPEC) --out '$(DEST)' --package '$(PACKAGE)'

## clean: remove .venv, caches, build output and __pycache__ (not generated/ itself)
clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build *.egg-info \
		generated/.mypy_cache
	find . -path ./.git -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
