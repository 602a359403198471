# Supple: `make run` installs and starts the app; `make test` installs and runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
ARGS   ?=
PYTEST_ARGS ?=

.PHONY: run test install install-test sysdeps sysdeps-test lint typecheck forms clips sounds icons bench fuzz \
	install-desktop uninstall-desktop dist translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the project metadata changed.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

sysdeps:
	@$(PYTHON) packaging/sysdeps.py --for run
sysdeps-test:
	@$(PYTHON) packaging/sysdeps.py --for test

run: sysdeps install
	$(BIN)/supple $(ARGS)

test: sysdeps-test install-test
	$(BIN)/python ui/compile_forms.py --check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint:
	$(BIN)/ruff check . && $(BIN)/ruff format --check .
typecheck:
	$(BIN)/mypy

forms:
	$(BIN)/python ui/compile_forms.py

# Extract the window's strings into resources/translations/*.ts and compile them into the .qm files.
translations:
	$(BIN)/python packaging/translations.py

clips:
	$(BIN)/python resources/renderer/render.py

sounds:
	$(BIN)/python resources/sounds/make_sounds.py

icons:
	$(BIN)/python packaging/render_icons.py

# Supple in this user's menu, with its icon and file types (XDG_DATA_HOME, else ~/.local/share);
# the entry starts this checkout's .venv/bin/supple. Uninstall removes exactly what install added.
install-desktop: install
	$(PYTHON) packaging/desktop_install.py install --exec "$(abspath $(BIN))/supple"
uninstall-desktop:
	$(PYTHON) packaging/desktop_install.py uninstall

bench:
	$(BIN)/python bench/startup.py

# The long fuzz run: 10,000 examples per property (SUPPLE_FUZZ_EXAMPLES to change), with counts.
fuzz: install-test
	SUPPLE_HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest tests/fuzz --hypothesis-show-statistics -q $(PYTEST_ARGS)

# A one-folder frozen build in dist/supple (packaging/supple.spec; SUPPLE_VLC=system|bundle), and
# what takes its space.
dist: install-test
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/supple.spec
	$(BIN)/python packaging/dist_report.py dist/supple

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
