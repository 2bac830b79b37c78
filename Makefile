# Khronika: `make run` serves the demo, `make test` is what CI runs. See README.md.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# The demo passphrase is public on purpose: the demo database holds only published articles and fiction.
DEMO_PASSPHRASE ?= khronika-demo-only
DEMO_ENV := KHRONIKA_DB_PASSPHRASE=$${KHRONIKA_DB_PASSPHRASE:-$(DEMO_PASSPHRASE)}
PG_URL ?= postgres://postgres@127.0.0.1:5432/khronika
# Test folders that use the database; they run a second time against PostgreSQL.
DB_TESTS := tests/records tests/vault tests/test_cli.py tests/test_settings.py tests/test_docs.py

.PHONY: run install dev-install test lint typecheck pytest test-postgres bench eval messages docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

dev-install: $(VENV)/.dev-installed

run: install
	@echo "WARNING: the demo database is encrypted with the public demo passphrase '$(DEMO_PASSPHRASE)'."
	@echo "         It is for the demo only. Set KHRONIKA_DB_PASSPHRASE for real data."
	$(DEMO_ENV) $(BIN)/khronika migrate --verbosity 0
	$(DEMO_ENV) $(BIN)/khronika demo
	@echo "Khronika: http://127.0.0.1:8000/  (demo login: demo / khronika-demo)"
	$(DEMO_ENV) $(BIN)/khronika serve --host 127.0.0.1 --port 8000

test: dev-install lint typecheck pytest test-postgres

lint: dev-install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: dev-install
	$(BIN)/mypy

pytest: dev-install
	$(BIN)/pytest -n 2 -q

# The database tests once more against the PostgreSQL server; skipped, with the reason, when it is absent.
test-postgres: dev-install
	@if $(BIN)/python -c "import psycopg,sys; psycopg.connect('$(PG_URL)'.rsplit('/',1)[0] + '/postgres', connect_timeout=3).close()" 2>/dev/null; then \
		KHRONIKA_DATABASE_URL=$(PG_URL) $(BIN)/pytest -q -p no:randomly $(DB_TESTS); \
	else \
		echo "SKIPPED the PostgreSQL pass: no server answers at $(PG_URL)"; \
	fi

bench: install
	$(BIN)/python bench/extract_bench.py
	$(BIN)/python bench/names_bench.py
	$(BIN)/python bench/records_bench.py

eval: install
	@test -d ../shared/devset || { echo "eval needs ../shared/devset beside the checkout"; exit 2; }
	python3 ../shared/tools/score_extraction.py ../shared/devset/ovdinfo ../shared/devset/ovdinfo -- $(BIN)/khronika extract
	python3 ../shared/tools/score_extraction.py ../shared/devset/biographies ../shared/devset/biographies -- $(BIN)/khronika extract
	python3 ../shared/tools/score_extraction.py tests/extract/evalsets/ovdinfo tests/extract/evalsets/ovdinfo -- $(BIN)/khronika extract

messages: install
	cd src/khronika && DJANGO_SETTINGS_MODULE=khronika.settings.test ../../$(BIN)/django-admin makemessages -l ru -l en \
		&& DJANGO_SETTINGS_MODULE=khronika.settings.test ../../$(BIN)/django-admin compilemessages

docs: install
	$(BIN)/python -m khronika.clidoc > docs/cli.md

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache .pytest_cache
