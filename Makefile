.DEFAULT_GOAL := help
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the locked dependencies

run: export BASE_URL ?= http://127.0.0.1:$(PORT)
run: install ## Migrate, load the demo content and serve on http://127.0.0.1:$(PORT)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install ## Run the whole suite (SQLite, or DATABASE_URL if set)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install ## ruff lint and format check, template formatting check (djhtml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: install ## Apply ruff format, ruff's fixes and djhtml to the code and templates
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

bench: install ## Benchmarks and query counts at several content sizes
	$(BIN)/python -m pytest tests/perf -p no:cacheprovider -s

loadtest: install ## Load test on loopback (locust vs gunicorn; SQLite, or DATABASE_URL's PostgreSQL): var/loadtest/
	$(BIN)/python -m tests.perf.loadtest.run $(LOADTEST_ARGS)

serve: install ## Production shape on 127.0.0.1:$(PORT): gunicorn, task worker, scheduler (local only)
	$(BIN)/python manage.py serve --port $(PORT) $(SERVE_ARGS)

backup: install ## Back up database, media, certificate PDFs to var/backups (BACKUP_DIR=, KEEP=n)
	$(BIN)/python manage.py backup $(if $(BACKUP_DIR),--to "$(BACKUP_DIR)") $(if $(KEEP),--keep $(KEEP))

restore: install ## Restore BACKUP=dir into an empty database and folders, then verify (FORCE=1)
	$(if $(BACKUP),,$(error Set BACKUP=path/to/backup-folder))
	$(BIN)/python manage.py restore "$(BACKUP)" $(if $(FORCE),--force)

lock: ## Re-resolve dependencies from pyproject.toml into requirements.lock
	rm -rf /tmp/lock-venv && $(PYTHON) -m venv /tmp/lock-venv
	/tmp/lock-venv/bin/pip install --quiet ".[dev]"
	/tmp/lock-venv/bin/pip freeze --exclude-editable | grep -v '^ce-platform' > requirements.lock

.PHONY: help install run test lint format bench lock serve backup restore loadtest
