# newscrawl set-up and the README's commands. Every target installs what it needs
# first; re-running is fast because each install step is guarded by a stamp file
# that is newer than the files it was made from.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
SITE   ?= sindobatam
ARGS   ?=

.PHONY: setup test crawl demo lint bench clean sysdeps

setup: $(VENV)/.stamp-deps node_modules/.stamp sysdeps

# System packages the tests need, as "package:command" pairs (apt-packages.txt).
# Installed with apt only when running as root and the command is missing.
sysdeps:
	@bash tools/install-sysdeps.sh apt-packages.txt

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.stamp-deps: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

node_modules/.stamp: package.json | sysdeps
	npm install --no-audit --no-fund --loglevel=error
	touch $@

test: setup
	$(PY) -m pytest $(ARGS)

lint: setup
	$(VENV)/bin/ruff check newscrawl spiders pipelines tests benchmarks

crawl: setup
	$(VENV)/bin/scrapy crawl $(SITE) $(ARGS)

demo: setup
	$(PY) -m newscrawl.demo $(ARGS)

bench: setup
	$(PY) benchmarks/store_bench.py

clean:
	rm -rf $(VENV) node_modules data/newscrawl.sqlite*
