# Inovasi Koperasi — the two commands a newcomer needs are `make demo` and
# `make test`; everything else here is what they are made of.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := cd site && ../$(BIN)/python manage.py
STAMP := $(VENV)/.installed

.PHONY: demo test venv locale serve lint format check clean

$(STAMP): requirements.txt pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 is needed (python3.11 or python3)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

venv: $(STAMP)

locale: venv
	$(BIN)/python scripts/compile_locale.py

## make demo: install, build a SQLite portal with demo content, serve on PORT
demo: locale
	$(MANAGE) migrate --noinput --verbosity 0
	$(MANAGE) setup_portal
	$(MANAGE) load_demo
	$(MANAGE) update_index
	@echo "Serving the portal on http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

## make test: install and run the whole suite against real services
test: locale
	scripts/run_tests.sh

lint: venv
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

format: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: venv
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf $(VENV) site/db.sqlite3 site/media test-artifacts
