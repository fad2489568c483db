# akhbar: every entry point installs what it needs first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
STAMP := $(VENV)/.installed

.PHONY: install demo test eval bench lint ner-model clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
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

# Retrains the default CRF tagger (12-15 min on one core): needs scipy (corpus vectors) and
# onnxruntime with the shipped BiLSTM (it tags the silver training sentences with the CRF).
ner-model: $(STAMP)
	$(BIN)/python -m pip install -q 'scipy>=1.11' 'onnxruntime>=1.17'
	$(BIN)/python -m akhbar.extract.train_ner --data $(SHARED)/data/anercorp --corpora $(SHARED)/corpora

clean:
	rm -rf $(VENV) build *.egg-info
