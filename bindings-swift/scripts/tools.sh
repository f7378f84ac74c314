#!/usr/bin/env bash
# Installs what the mobile checks need, once, into target/mobile-tools (and Debian packages):
#   kotlinc      npm package kotlin-compiler (the full Kotlin distribution, with kotlin-test.jar)
#   JNA, Gson    Debian libjna-java (uniffi's Kotlin calls Rust through JNA), libgoogle-gson-java
#                (the Kotlin tests read the JSON fixtures with it)
#   clang        Debian clang (checks the generated C header; gcc rejects _Nullable)
#   tree-sitter  PyPI tree-sitter + tree-sitter-swift (parses the Swift: no Swift compiler on Linux)
# Sourced by test.sh and bench.sh; exports KOTLINC, KOTLIN_LIB, JNA_JAR, GSON_JAR, CLANG, TS_PYTHON.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="$ROOT/target/mobile-tools"
KOTLIN_VERSION=2.4.20
mkdir -p "$TOOLS"

KOTLIN_HOME="$TOOLS/npm/node_modules/kotlin-compiler"
if [ ! -x "$KOTLIN_HOME/bin/kotlinc" ]; then
  echo "mobile: installing kotlin-compiler@$KOTLIN_VERSION from npm"
  npm install --prefix "$TOOLS/npm" --no-audit --no-fund --loglevel=error "kotlin-compiler@$KOTLIN_VERSION" >/dev/null
fi
export KOTLINC="$KOTLIN_HOME/bin/kotlinc"
export KOTLIN_LIB="$KOTLIN_HOME/lib"

apt_missing=()
[ -f /usr/share/java/jna.jar ] || apt_missing+=(libjna-java)
[ -f /usr/share/java/gson.jar ] || apt_missing+=(libgoogle-gson-java)
CLANG="$(command -v clang || command -v clang-14 || true)"
[ -n "$CLANG" ] || apt_missing+=(clang)
if [ ${#apt_missing[@]} -gt 0 ]; then
  echo "mobile: apt-get install ${apt_missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
  CLANG="$(command -v clang || command -v clang-14)"
fi
export CLANG
export JNA_JAR=/usr/share/java/jna.jar
export GSON_JAR=/usr/share/java/gson.jar

if [ ! -x "$TOOLS/venv/bin/python" ] || ! "$TOOLS/venv/bin/python" -c "import tree_sitter, tree_sitter_swift" 2>/dev/null; then
  echo "mobile: installing tree-sitter + tree-sitter-swift from PyPI"
  python3 -m venv "$TOOLS/venv"
  "$TOOLS/venv/bin/pip" install -q --disable-pip-version-check tree-sitter==0.26.1 tree-sitter-swift==0.7.4
fi
export TS_PYTHON="$TOOLS/venv/bin/python"
