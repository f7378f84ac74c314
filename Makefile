# tracking-core: every command CI and developers run. `make help` lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

.PHONY: help
help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-14s %s\n", $$1, $$2}'

# The team's dev data is never committed. Tests and benches that use it read only
# $TRACKING_CORE_DATA (and skip without it); when the data sits beside the clone (as in CI) or
# beside the folder of worktrees (a worktree at <root>/wt/<name>), it is set here.
TRACKING_CORE_DATA ?= $(firstword $(wildcard $(abspath $(CURDIR)/../shared/data) $(abspath $(CURDIR)/../../shared/data)))
ifneq ($(TRACKING_CORE_DATA),)
export TRACKING_CORE_DATA
endif

.PHONY: demo
demo: ## Run the demo: what a customer's tracking page shows for sample shipments
	cargo run -q -p tracking-core-cli -- demo

.PHONY: test
test: test-rust test-model test-tools test-python test-mobile test-node test-page ## Run every test of the project (installs what it needs)

.PHONY: test-rust
test-rust: data-check ## Core, CLI, examples and README doctests; each bench run once in test mode
	cargo test --workspace --exclude tracking-core-python
	cargo test -p tracking-core-benches --benches
	@$(MAKE) --no-print-directory data-check

# Skipped data-backed tests must show: a missing data folder prints a SKIPPED line (before and
# after the Rust tests, so it is seen below their output); a TRACKING_CORE_DATA that names no
# folder is a mistake and fails.
.PHONY: data-check
data-check: ## Say whether the data-backed tests run (a SKIPPED line when the dev data is absent)
	@if [ -z "$(TRACKING_CORE_DATA)" ]; then \
	  echo "SKIPPED: no TRACKING_CORE_DATA (no ../shared/data beside the clone): the data-backed tests skip"; \
	elif [ ! -f "$(TRACKING_CORE_DATA)/carrier_events.dev.jsonl" ]; then \
	  echo "error: TRACKING_CORE_DATA=$(TRACKING_CORE_DATA) holds no carrier_events.dev.jsonl"; exit 1; \
	else echo "data: the data-backed tests read $(TRACKING_CORE_DATA)"; fi

.PHONY: test-model
test-model: ## Retrain the text model (pinned scikit-learn in its own venv); bytes must equal the embedded one
	bash tools/text-model/check.sh

.PHONY: test-tools
test-tools: ## Tests of the evaluation scripts in tools/ (Python standard library only)
	python3 -m unittest discover -s tools/window-eval

.PHONY: test-python
test-python: ## Build the Python extension into .venv and run pytest + stubtest
	@if [ -f bindings-python/scripts/test.sh ]; then bash bindings-python/scripts/test.sh; \
	else echo "bindings-python not present: skipping"; fi

.PHONY: test-node
test-node: ## Install the npm dev packages, build the Node addon, run node --test
	bash bindings-node/scripts/test.sh

.PHONY: test-page
test-page: ## Browser tests of the tracking-page example (installs Chromium, playwright-core, axe-core)
	bash examples/tracking-page/scripts/test.sh

.PHONY: test-mobile
test-mobile: ## Kotlin tests on the JVM + Swift/C-header checks of the uniffi bindings (installs kotlinc, JNA, clang)
	bash bindings-swift/scripts/test.sh

.PHONY: bench-mobile
bench-mobile: ## Kotlin `track` of a 20-scan shipment through the bindings, beside the same call in Rust
	bash bindings-swift/scripts/bench.sh

.PHONY: lint
lint: ## rustfmt, clippy (deny warnings), rustdoc (deny warnings), the binding-free core check
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	RUSTDOCFLAGS=-Dwarnings cargo doc -p tracking-core --no-deps
	$(MAKE) --no-print-directory msrv
	@if cargo tree -p tracking-core -e normal,build | grep -Ei 'pyo3|napi|uniffi'; then \
	  echo "error: the core must not depend on a binding crate"; exit 1; fi
	@echo "lint: ok"

.PHONY: fuzz
fuzz: ## Fuzz every entry point for FUZZ_SECONDS each (default 60); failures print the input
	cargo run --release -q -p tracking-core-fuzz -- $${FUZZ_SECONDS:-60}

.PHONY: bench
bench: ## Run the criterion benches (takes minutes)
	cargo bench -p tracking-core-benches --benches

MSRV := $(shell sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml)

.PHONY: msrv
msrv: ## Check the core builds with the declared rust-version (fetched with rustup when missing)
	@if rustup run $(MSRV) rustc --version >/dev/null 2>&1 || rustup toolchain install $(MSRV) --profile minimal >/dev/null 2>&1; then \
	  cargo +$(MSRV) check -q -p tracking-core --target-dir target/msrv && echo "msrv: core builds with Rust $(MSRV)"; \
	else echo "msrv: Rust $(MSRV) cannot be installed here (no rustup download): skipped"; fi
