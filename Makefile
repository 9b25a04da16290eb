# One task runner for the README, for developers and for CI.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python

.PHONY: setup system-packages run public test lint validate coverage bench briefing screenshots draft

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt deploy/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

run: setup
	$(PY) -m streamlit run app.py

# The public instance: Caddy in front of two or more instances (README, "Serving the public instance").
public: setup
	bash scripts/system-packages.sh --only caddy
	exec $(PY) -m deploy.public

lint: setup
	$(PY) -m ruff check .

validate: setup
	$(PY) -m gwr.data validate

coverage: setup
	$(PY) -m gwr.data coverage

# A new report's draft package (README, "Adding a report"): make draft FILE=<report> OUT=<new folder> [YEAR=2024]
draft: setup
	@test -n "$(FILE)" -a -n "$(OUT)" || { echo "usage: make draft FILE=<report .txt/.pdf/.html/.docx> OUT=<new folder> [YEAR=<year delivered>]"; exit 2; }
	$(PY) -m gwr.data draft "$(FILE)" "$(OUT)" $(if $(YEAR),--year $(YEAR))

system-packages:
	bash scripts/system-packages.sh caddy

test: lint validate coverage system-packages
	$(PY) -m pytest

bench: setup
	bash scripts/system-packages.sh valgrind caddy
	$(PY) -m bench.load --sessions 20 --sessions 50 --rounds 3 --repeat 3 --cold 3 --browser 3
	$(PY) -m bench.instructions
	$(PY) -m bench.load --sessions 20 --attack
	$(PY) -m bench.page_cost
	$(PY) -m bench.sql_pool
	$(PY) -m bench.pages
	$(PY) -m bench.chart_layout
	$(PY) -m bench.network
	$(PY) -m bench.failover
	$(PY) -m bench.draft

briefing: setup system-packages
	$(PY) -m gwr.charts.briefing --out briefing

screenshots: setup system-packages
	$(PY) -m scripts.screenshots
