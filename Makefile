# Everything runs in .venv, which the first target that needs it creates.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SPEC := spec/ci-moderation.yaml
PACKAGE ?= ci_moderation
DEST ?=

.PHONY: venv generate check lint typecheck test vendor demo emulator bench clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

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

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(STAMP)
	cd generated && ../$(PY) -m mypy --config-file ../pyproject.toml ci_moderation
	$(PY) -m mypy generator emulator/ci_emulator bench

## test: the whole test suite, after check (4 workers: most tests wait on sockets, not CPU)
test: check
	$(PY) -m pytest -q -n 4

## demo: the main job — emulator, submit with callback, callback received, live cancel
demo: $(STAMP)
	$(PY) -m ci_emulator.demo

## emulator: the local CI emulator on 127.0.0.1:8080 (foreground)
emulator: $(STAMP)
	TENCENTCLOUD_SECRET_KEY=emulator-secret $(PY) -m ci_emulator --port 8080 --secret-id AKIDEXAMPLE

## bench: client CPU per call vs raw httpx; emulator load
bench: $(STAMP)
	$(PY) bench/client_overhead.py
	$(PY) bench/emulator_load.py

## vendor: write a self-contained copy, e.g. make vendor DEST=../app/src/thirdparty PACKAGE=ci_client
vendor: $(STAMP)
	@test -n "$(DEST)" || (echo "usage: make vendor DEST=dir [PACKAGE=name]"; exit 2)
	$(PY) -m generator --spec $(SPEC) --out $(DEST) --package $(PACKAGE)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
