# make run  : create .venv, install, launch the app
# make test : create .venv, install the test extras, run ruff and pytest offscreen
# make package : build the desktop app for this machine (PyInstaller onedir) in dist/decisionaid
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python

.PHONY: run test lint format screenshots bench clean i18n package wheel release-linux toml-cache

$(VENV)/.run-stamp: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e .
	touch $@

$(VENV)/.test-stamp: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $@ $(VENV)/.run-stamp

run: $(VENV)/.run-stamp
	$(PY) -m decisionaid

lint: $(VENV)/.test-stamp
	$(VENV)/bin/ruff check decisionaid tests benchmarks
	$(VENV)/bin/ruff format --check decisionaid tests benchmarks

format: $(VENV)/.test-stamp
	$(VENV)/bin/ruff format decisionaid tests benchmarks
	$(VENV)/bin/ruff check --fix decisionaid tests benchmarks

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

screenshots: $(VENV)/.run-stamp
	QT_QPA_PLATFORM=offscreen $(PY) -m decisionaid screenshots docs/screenshots

bench: $(VENV)/.test-stamp
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup.py

# After editing fonts/fonts.toml or a pack's pack/welcome/about.toml: the first window's TOML,
# parsed ahead (decisionaid/tomlread.py; tests/test_tomlread.py fails until this is run).
toml-cache: $(VENV)/.run-stamp
	$(PY) -m decisionaid.tomlread

clean:
	rm -rf $(VENV) build dist *.egg-info

# The wheel and sdist (dist/*.whl, dist/*.tar.gz), resources included.
wheel: $(VENV)/.run-stamp
	$(PY) -m pip wheel -q --disable-pip-version-check --no-deps -w dist .

# The frozen app is built from a normal (not editable) install of this checkout in its own
# venv, so it holds exactly what the wheel holds and finds its resources the same way.
PKG_VENV ?= build/package-venv
$(PKG_VENV)/.stamp: pyproject.toml
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/pip install -q --disable-pip-version-check '.[package]'
	touch $@

package: $(PKG_VENV)/.stamp
	$(PKG_VENV)/bin/pip install -q --disable-pip-version-check --no-deps --force-reinstall .
	$(PKG_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/decisionaid.spec
	cp LICENSE dist/decisionaid/
	@if [ "$$(uname -s)" = Linux ]; then \
		mkdir -p dist/decisionaid/share/linux && \
		cp packaging/linux/*.desktop packaging/linux/*.metainfo.xml packaging/linux/install.sh \
			dist/decisionaid/share/linux/ && \
		cp packaging/icons/decisionaid.svg \
			dist/decisionaid/share/linux/io.github.trialdecisionaid.DecisionAid.svg; fi
	@du -sh dist/decisionaid

# A Linux release archive of the frozen app (unpack, then run share/linux/install.sh).
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' decisionaid/__init__.py)
release-linux: package
	tar -C dist -czf dist/decisionaid-$(VERSION)-linux-$$(uname -m).tar.gz decisionaid

# Refresh the translation source (Qt Linguist .ts) from every tr() string in the interface,
# then compile it (.qm, loaded at run time; tests/ui/test_i18n.py checks it is up to date).
i18n: $(VENV)/.run-stamp
	$(VENV)/bin/pyside6-lupdate -no-obsolete \
		$$(git ls-files 'decisionaid/ui/*.py' decisionaid/app.py) \
		-ts resources/i18n/decisionaid_zh_CN.ts
	$(VENV)/bin/pyside6-lrelease -silent resources/i18n/decisionaid_zh_CN.ts \
		-qm resources/i18n/decisionaid_zh_CN.qm
	# English has its own source text, but Qt needs a translation to choose "1 question" over
	# "%n questions": decisionaid_en.ts holds only the strings with a count (-pluralonly).
	$(VENV)/bin/pyside6-lupdate -no-obsolete -pluralonly \
		$$(git ls-files 'decisionaid/ui/*.py' decisionaid/app.py) \
		-ts resources/i18n/decisionaid_en.ts
	$(VENV)/bin/pyside6-lrelease -silent resources/i18n/decisionaid_en.ts \
		-qm resources/i18n/decisionaid_en.qm
	# The Qt-free core's messages (_(), N_(), ngettext()): Babel's gettext catalogue, read from
	# the .po at run time (tests/test_i18n_core.py checks it is current and fully translated).
	$(VENV)/bin/pybabel -q extract --no-location --sort-output -k _ -k N_ -k ngettext:1,2 \
		-o resources/i18n/core/messages.pot \
		decisionaid/model decisionaid/storage decisionaid/report decisionaid/commands decisionaid/cli.py \
		decisionaid/jsondoc.py
	$(VENV)/bin/pybabel -q update --no-fuzzy-matching --ignore-obsolete -l zh_CN \
		-i resources/i18n/core/messages.pot -o resources/i18n/core/zh_CN.po
