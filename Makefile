# Two commands do all the set-up: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: demo test lint install clean chromium

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# the CPU build of torch (from local disk here); an unpinned torch would pull a CUDA build
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/claims score seeds/000_79295539233b46d9.txt

lint: $(STAMP)
	$(BIN)/ruff check claims tests eval seeds
	$(BIN)/ruff format --check claims tests
	$(BIN)/mypy claims tests

# Debian's chromium for the HTML report's browser test (skipped, with a message, where it cannot be installed)
chromium:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null 2>&1) \
	  || echo "chromium could not be installed: the browser test will be skipped"

test: lint chromium
	$(BIN)/pytest

clean:
	rm -rf $(VENV) build *.egg-info
