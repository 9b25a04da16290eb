# One task runner for the README, for developers and for CI.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python

.PHONY: setup run test lint validate coverage bench

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

run: setup
	$(PY) -m streamlit run app.py

lint: setup
	$(PY) -m ruff check .

validate: setup
	$(PY) -m jianxi.data validate

coverage: setup
	$(PY) -m jianxi.data coverage

test: lint validate coverage
	$(PY) -m pytest

bench: setup
	$(PY) -m bench.sql_pool
