# govcheck: `make demo` and `make test` set everything up themselves on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install system demo test report crawl probe linkinator bench bench-scale clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[test,bench]'
	touch $(STAMP)

install: $(STAMP)

# Chromium renders JavaScript-built lists and the report test; a CJK font keeps Chinese readable in screenshots.
system:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi -e wqy -e noto; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; fi; \
	fi

demo: install system
	$(VENV)/bin/govcheck demo

test: install system
	$(VENV)/bin/ruff check .
	GOVCHECK_SCREENSHOT_DIR=var/screenshots $(PY) -m pytest -q

report: install
	$(VENV)/bin/govcheck report

crawl: install
	$(VENV)/bin/scrapy crawl portal

probe: install
	$(VENV)/bin/scrapy crawl probe

# linkinator, the link checker `make bench` compares govcheck with: a Node package under var/, for the bench only
# (nothing else needs Node). Versions pinned by bench/linkinator/package-lock.json.
NPM ?= npm
LINKINATOR_DIR := var/linkinator
LINKINATOR_STAMP := $(LINKINATOR_DIR)/.installed

$(LINKINATOR_STAMP): bench/linkinator/package.json bench/linkinator/package-lock.json
	@command -v $(NPM) >/dev/null 2>&1 || { echo "make bench: $(NPM) not found; install Node.js 20+ with npm (linkinator runs on it)" >&2; exit 1; }
	mkdir -p $(LINKINATOR_DIR)
	cp bench/linkinator/package.json bench/linkinator/package-lock.json $(LINKINATOR_DIR)/
	$(NPM) ci --prefix $(LINKINATOR_DIR) --no-audit --no-fund --loglevel=error
	touch $@

linkinator: $(LINKINATOR_STAMP)

bench: install linkinator
	$(PY) -m bench.links

bench-scale: install
	$(PY) -m bench.scale

clean:
	rm -rf var reports .pytest_cache
