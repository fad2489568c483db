# akhbar: every entry point installs what it needs first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
STAMP := $(VENV)/.installed

.PHONY: install demo test eval bench lint ner-model clean compiled test-compiled bench-compiled dist

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	$(BIN)/python -m pip install -q 'setuptools>=77' wheel  # tests/test_compiled.py builds wheels without isolation
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/akhbar demo examples

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/python -m akhbar.evaluate $(SHARED)/eval/dev

bench: $(STAMP)
	$(BIN)/python -m pip install -q --no-deps camel-tools six emoji
	$(BIN)/python bench/run.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

# Retrains the default CRF tagger (about 12 min on one core): mines the word tables from the
# corpora (needs scipy, and the shipped BiLSTM's word2vec table for the dense vectors), then trains
# on ANERcorp train plus akhbar's own 4,000 annotated corpus sentences (tools/ner_extra).
ner-model: $(STAMP)
	$(BIN)/python -m pip install -q 'scipy>=1.11'
	$(BIN)/python -m akhbar.extract.train_ner --data $(SHARED)/data/anercorp --corpora $(SHARED)/corpora \
		--extra tools/ner_extra/train.jsonl

# The compiled build (setup.py): a wheel build compiles the hot per-article modules with mypyc
# when it can (`pip install .`), an editable install never does, so `.venv` above stays pure,
# editable Python. `compiled` builds the wheel as `pip install .` does (an isolated build with
# pyproject's build requirements) from a snapshot of the tree (build/compiled, ~2 min on one core;
# AKHBAR_COMPILE=1: an error, not a silent pure build, if it cannot compile) into its own venv;
# no .so ever lands in src/.
VENV_C := .venv-compiled
BUILD_C := build/compiled

compiled: $(STAMP)
	rm -rf $(BUILD_C) && mkdir -p $(BUILD_C)/tree
	cp -r setup.py pyproject.toml README.md LICENSE src $(BUILD_C)/tree/
	find $(BUILD_C)/tree -name __pycache__ -prune -exec rm -rf {} + ; rm -rf $(BUILD_C)/tree/src/*.egg-info
	cd $(BUILD_C)/tree && AKHBAR_COMPILE=1 $(CURDIR)/$(BIN)/python -m pip wheel -q --no-deps -w ../dist .
	test -x $(VENV_C)/bin/python || $(PY) -m venv $(VENV_C)
	$(VENV_C)/bin/python -m pip install -q --upgrade pip
	$(VENV_C)/bin/python -m pip install -q "$$(ls $(BUILD_C)/dist/akhbar-*.whl)[test]"
	$(VENV_C)/bin/python -m pip install -q --force-reinstall --no-deps $(BUILD_C)/dist/akhbar-*.whl

# The compiled build against the pure one (identical records on corpus pages) and the whole suite
# run on the compiled install.
test-compiled: compiled
	AKHBAR_TEST_COMPILED=1 $(BIN)/python -m pytest -q tests/test_compiled.py
	$(VENV_C)/bin/python -m pytest -q -p no:cacheprovider

bench-compiled: compiled
	$(VENV_C)/bin/python -m pip install -q --no-deps camel-tools six emoji
	$(VENV_C)/bin/python bench/run.py

# Release files in dist/: the sdist; the compiled wheel for this platform and Python, built from
# the sdist (AKHBAR_COMPILE=1: a release never ships pure by accident); and a pure py3-none-any
# wheel, also from the sdist, for every other platform (pip prefers the compiled one where it fits).
dist: $(STAMP)
	$(BIN)/python -m pip install -q 'build>=1.2'
	rm -rf dist build/dist && mkdir -p build/dist
	AKHBAR_COMPILE=1 $(BIN)/python -m build -o dist .
	tar -xzf dist/akhbar-*.tar.gz -C build/dist
	AKHBAR_COMPILE=0 $(BIN)/python -m build --wheel -o dist build/dist/akhbar-*/
	ls -l dist

clean:
	rm -rf $(VENV) $(VENV_C) build dist *.egg-info
