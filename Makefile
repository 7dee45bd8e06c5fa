# The two commands a newcomer needs: `make run` and `make test`.
# Everything else here is what those two are made of.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: help install js-tools run test lint format check migrate corpus export-corpus screenshots superuser backup restore messages lock clean bench

help:
	@echo "make run        install, migrate, load the corpus, serve on 127.0.0.1:$(PORT)"
	@echo "make test       install, then lint, checks and every test"
	@echo "make superuser  create an admin account (asks, or reads DJANGO_SUPERUSER_*)"
	@echo "make backup     a consistent copy of the database into backups/ (or TILLIT_BACKUP_DIR)"
	@echo "make restore FILE=backups/tillit-....dump  read a backup back into an empty database"
	@echo "make corpus     rebuild fixtures/corpus.json from fixtures/curated/ and fixtures/sources/"
	@echo "make export-corpus  write the database's corrections back into fixtures/curated/"
	@echo "make screenshots  every page kind, sv and en, 360 and 1280 px, into screenshots/"
	@echo "make bench      every page kind under load at scale; writes bench/results.md"
	@echo "make format     format the code with ruff"
	@echo "make messages   collect UI strings for translation (needs GNU gettext)"

# Reinstall only when the lock changes, so a second run starts fast. Every
# package, pip and setuptools included, must match a hash in the lock: the
# same bytes on every machine. The project itself is not installed; it runs
# from its checkout.
$(STAMP): requirements-dev.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $(STAMP)

# Compiled catalogues are build output (not committed), remade when a .po changes.
MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))

%.mo: %.po $(STAMP)
	$(BIN)/pybabel compile --domain=django --input-file=$< --output-file=$@

install: $(STAMP) $(MO_FILES)

# The accessibility and HTML validity tests' tools (axe-core, vnu.jar), from
# package-lock.json. Without npm nothing happens here and those tests skip,
# saying why. npm never runs install scripts here (.npmrc).
NPM_STAMP := node_modules/.installed
$(NPM_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --no-audit --no-fund --ignore-scripts && touch $(NPM_STAMP); \
	fi

js-tools: $(NPM_STAMP)

migrate: install
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(BIN)/python manage.py migrate --noinput

run: migrate
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(BIN)/python manage.py load_corpus
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Asks for name and password at a terminal; without one (a script, CI, a
# container) it takes DJANGO_SUPERUSER_USERNAME, _EMAIL and _PASSWORD.
# Django itself would skip the creation silently and exit 0 there.
superuser: migrate
	@if [ -n "$$DJANGO_SUPERUSER_PASSWORD" ]; then \
	  DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(BIN)/python manage.py createsuperuser --noinput; \
	elif [ -t 0 ]; then \
	  DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(BIN)/python manage.py createsuperuser; \
	else \
	  echo "make superuser: no terminal to ask at. Set DJANGO_SUPERUSER_USERNAME, DJANGO_SUPERUSER_EMAIL and DJANGO_SUPERUSER_PASSWORD." >&2; \
	  exit 1; \
	fi

# The whole database, as one consistent file named by the UTC time:
# pg_dump on PostgreSQL, SQLite's backup API otherwise (README, "Operations").
backup: install
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(BIN)/python manage.py backup_database

# Only into an empty database (a new one from createdb, or no SQLite file).
restore: install
	@if [ -z "$(FILE)" ]; then \
	  echo "make restore: name the backup, e.g. make restore FILE=backups/tillit-20260101T020000Z.dump" >&2; \
	  exit 1; \
	fi
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(BIN)/python manage.py restore_database --file "$(FILE)"

# After changing UI strings: collect them into locale/en/LC_MESSAGES/django.po
# (needs GNU gettext), translate, commit the .po.
messages: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py makemessages -l en --no-obsolete \
	  --ignore=.venv --ignore=node_modules --ignore=staticfiles --ignore=tests

# The curated data (fixtures/curated/*.yaml) -> fixtures/corpus.json, every
# quote checked against the source texts in fixtures/sources/.
corpus: install
	DJANGO_DEBUG=1 $(BIN)/python manage.py build_corpus

# Corrections made in the admin -> the curated data (then `make corpus`).
export-corpus: migrate
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(BIN)/python manage.py export_corpus

# Tests run with DEBUG off, as in production; the key is for the tests only.
TEST_ENV := DJANGO_DEBUG=0 DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-test-only-not-secret}

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install
	$(TEST_ENV) $(BIN)/python manage.py check --fail-level WARNING
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run

test: lint check js-tools
	$(TEST_ENV) $(BIN)/python -m pytest

# Every page kind in both languages at 360 and 1280 px, for review (needs
# Debian's chromium); written to screenshots/, which git ignores.
screenshots: install
	$(TEST_ENV) $(BIN)/python -m tests.screenshots --out screenshots

# Every page kind under load (wrk, 16 connections) at 100,000 generated
# statements on PostgreSQL (BENCH_DATABASE_URL, default the tillit_bench
# database at 127.0.0.1:5432) and 10,000 on SQLite, beside a minimal Django
# view; writes bench/results.md and bench/results.json (see bench/run.py).
bench: install
	@command -v wrk >/dev/null 2>&1 || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; }
	$(BIN)/python -m bench.run

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# After changing a dependency in pyproject.toml (or a pin in
# requirements-tools.in): regenerate both hashed locks with pip-compile.
# requirements.lock is what production installs, requirements-dev.lock adds
# the test tools.
PIP_COMPILE := .lock-venv/bin/pip-compile --quiet --generate-hashes --allow-unsafe \
  --strip-extras --no-emit-index-url --no-emit-find-links
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet pip-tools==7.6.2
	$(PIP_COMPILE) --output-file=requirements.lock pyproject.toml requirements-tools.in
	$(PIP_COMPILE) --extra=dev --output-file=requirements-dev.lock pyproject.toml requirements-tools.in
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) staticfiles build *.egg-info node_modules screenshots
