# Two entry points: `make run` (install and open the app on the sample brief) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE := resources/samples/sample-brief.yaml
OUT := out

.PHONY: run test lint bench bench-quick clean test-newest-reportlab

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# An editable install leaves the package uncompiled; compile it as a regular `pip install` would, so
# that each `briefing` process does not compile sixty modules again (where PYTHONDONTWRITEBYTECODE is set).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m compileall -q src
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q src
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	@$(BIN)/python -m briefing.gui.preflight
	@mkdir -p $(OUT)
	@if [ ! -f $(OUT)/sample.brief ] || [ $(SAMPLE) -nt $(OUT)/sample.brief ]; then \
		$(BIN)/briefing build $(SAMPLE) -o $(OUT)/sample.brief --force && \
		echo "Sample brief built: $(OUT)/sample.brief"; \
	fi
	$(BIN)/briefing $(OUT)/sample.brief

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

test: $(VENV)/.installed-test lint
	@bash .ci/system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -n auto

# The PDF writer's tests on the newest reportlab, beyond the pinned range (a CI job of its own).
test-newest-reportlab:
	bash .ci/newest-reportlab

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/run.py --record

bench-quick: $(VENV)/.installed-test
	$(BIN)/python benchmarks/run.py --quick

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
