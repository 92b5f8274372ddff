# Two entry points: `make run` (audit the bundled offline model) and `make test`.
# Each creates the virtual environment on first use; llama-cpp-python builds from source (~9 min on 2 cores).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.evenhand-installed
export CMAKE_BUILD_PARALLEL_LEVEL ?= 2
# llama.cpp's default native build enables AMX kernels that crash (SIGSEGV on any batched prompt
# decode) in this workplace's VMs; a portable AVX2 build avoids them and runs on any x86-64-v3 CPU.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/evenhand run

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) evenhand-logs
