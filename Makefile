# Tandem Desktop: `make run` starts the app, `make test` runs the whole suite headless.
# Both create .venv and install what they need first.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test print-queue lint typecheck forms translations screenshots bundle bench system-deps clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Tandem Desktop needs Python 3.11 or newer."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

system-deps:
	@bash .ci/system-deps

# The CUPS queues the print tests print to (as root; without root it says what to run and those tests skip).
print-queue:
	@bash .ci/print-queue

run: system-deps $(STAMP)
	$(BIN)/tandem-desktop

test: system-deps print-queue $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# Regenerate what is made from sources; commit the results (the tests fail when they are stale).
forms: $(STAMP)
	$(BIN)/python -m tandem_desktop.gui.codegen forms

translations: $(STAMP)
	$(BIN)/python -m tandem_desktop.gui.codegen translations

bench: $(STAMP)
	$(BIN)/python bench/startup.py
	$(BIN)/python bench/intake.py
	$(BIN)/python bench/duos.py
	$(BIN)/python bench/activities.py
	$(BIN)/python bench/agreement.py
	$(BIN)/python bench/check.py
	$(BIN)/python bench/encryption.py
	$(BIN)/python bench/privacy.py
	$(BIN)/python bench/team.py

# Screens of the app with the demo programme, at 1366x768, in Dutch, into screenshots/ (needs xvfb).
screenshots: system-deps $(STAMP)
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python -m tandem_desktop.gui.screenshots screenshots

bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	d=$$(mktemp -d) && echo "a fictional programme's passphrase" > $$d/passphrase \
	  && ./dist/tandem-desktop/tandem-desktop --data-dir $$d/data --passphrase-file $$d/passphrase demo \
	  && ./dist/tandem-desktop/tandem-desktop --data-dir $$d/data --passphrase-file $$d/passphrase check

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
