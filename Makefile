# Two entry points: `make run` (audit the bundled offline model) and `make test`.
# Each creates the virtual environment on first use; llama-cpp-python builds from source (~9 min on 2 cores).
# `make test` also installs Debian's chromium (~40 s) for the tests that open HTML reports.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.evenhand-installed
export CMAKE_BUILD_PARALLEL_LEVEL ?= 2
# llama.cpp's default native build enables AMX kernels that crash (SIGSEGV on any batched prompt
# decode) in this workplace's VMs; a portable AVX2 build avoids them and runs on any x86-64-v3 CPU.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
# Tests open HTML reports in this browser, driven by Playwright (never `playwright install`).
CHROMIUM := $(or $(EVENHAND_CHROMIUM),/usr/bin/chromium)
# --no-install-recommends still gives a headless Chromium that renders text: fontconfig pulls in
# fonts-dejavu-core, named here so that no change of Debian's dependencies can drop it. Playwright's
# bundled node driver needs libatomic1, which a minimal Debian lacks.
BROWSER_PACKAGES := chromium fonts-dejavu-core libatomic1

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Installs only when the browser is missing, as root or through passwordless sudo; otherwise it says
# why, and the browser tests skip (or fail, with EVENHAND_REQUIRE_BROWSER=1 as CI sets).
$(CHROMIUM):
	@if ! command -v apt-get >/dev/null 2>&1; then \
		echo "note: no $(CHROMIUM) and no apt-get: install Chromium and set EVENHAND_CHROMIUM to it"; \
	elif [ "$$(id -u)" = 0 ]; then \
		apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(BROWSER_PACKAGES); \
	elif sudo -n true 2>/dev/null; then \
		sudo -n apt-get update -q && \
		sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(BROWSER_PACKAGES); \
	else \
		echo "note: no $(CHROMIUM): run 'sudo apt-get install chromium' for the browser tests"; \
	fi

run: $(STAMP)
	$(BIN)/evenhand run

test: $(STAMP) $(CHROMIUM)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) evenhand-logs
