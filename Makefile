# tracking-core: every command CI and developers run. `make help` lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

.PHONY: help
help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-14s %s\n", $$1, $$2}'

.PHONY: demo
demo: ## Run the demo: what a customer's tracking page shows for sample shipments
	cargo run -q -p tracking-core-cli -- demo

.PHONY: test
test: test-rust test-python test-node ## Run every test of the project (installs what it needs)

.PHONY: test-rust
test-rust: ## Core, CLI, examples and README doctests; each bench run once in test mode
	cargo test --workspace --exclude tracking-core-python
	cargo test -p tracking-core-benches --benches

.PHONY: test-python
test-python: ## Build the Python extension into .venv and run pytest + stubtest
	@if [ -f bindings-python/scripts/test.sh ]; then bash bindings-python/scripts/test.sh; \
	else echo "bindings-python not present: skipping"; fi

.PHONY: test-node
test-node: ## Install the npm dev packages, build the Node addon, run node --test
	bash bindings-node/scripts/test.sh

.PHONY: lint
lint: ## rustfmt, clippy (deny warnings), and the binding-free core check
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	@if cargo tree -p tracking-core -e normal,build | grep -Ei 'pyo3|napi|uniffi'; then \
	  echo "error: the core must not depend on a binding crate"; exit 1; fi
	@echo "lint: ok"

.PHONY: bench
bench: ## Run the criterion benches (takes minutes)
	cargo bench -p tracking-core-benches --benches
