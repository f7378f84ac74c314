"""Parses Swift files with tree-sitter-swift and fails on any syntax error.

No Swift compiler runs on Linux here, so this is the check the generated bindings and the
hand-written Swift (conveniences, XCTest suite, Package.swift) get before a Mac builds them.
It catches broken syntax (a dropped parenthesis, a mangled signature), not type errors.

Usage: check_swift.py FILE.swift...
"""

import re
import sys

import tree_sitter_swift
from tree_sitter import Language, Parser

# uniffi emits `@_documentation(visibility: private)`, an underscored attribute the grammar
# does not know; it is blanked (same length, so reported positions stay right).
UNDERSCORED_ATTR = re.compile(rb"@_documentation\(visibility: *private\)")


def problems(tree):
    """Yields (row, column, what) for every ERROR or MISSING node."""
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.type == "ERROR" or node.is_missing:
            what = f"missing {node.type}" if node.is_missing else "syntax error"
            yield node.start_point[0] + 1, node.start_point[1] + 1, what
            continue
        if node.has_error:
            stack.extend(node.children)


def main(paths):
    parser = Parser(Language(tree_sitter_swift.language()))
    failed = 0
    for path in paths:
        with open(path, "rb") as f:
            src = f.read()
        src = UNDERSCORED_ATTR.sub(lambda m: b" " * len(m.group(0)), src)
        found = list(problems(parser.parse(src)))
        for row, col, what in found[:10]:
            print(f"{path}:{row}:{col}: {what}", file=sys.stderr)
        failed += bool(found)
    print(f"swift: {len(paths) - failed}/{len(paths)} files parse cleanly")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
