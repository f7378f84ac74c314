"""The level a promise window was asked at, for tools/window-eval/segments.py and tails.py.

A prediction line of `tracking-core backtest --predictions` carries `confidence`, the level
its window was asked at (the backtest's `--confidence`); a file written before the lines
carried it needs `--level`, the `--confidence` it was run with. When both are there they
must agree: an explicit `--level` that a line contradicts is a mistake (a file from another
run), refused rather than silently overridden. Standard library only.
"""
import sys


def request_level(line, given):
    """The level the window of `line` was asked at: its `confidence`, else `given` (`--level`).

    Exits with a message when neither names a level, when the level is not between 0 and 1,
    or when the line's `confidence` disagrees with an explicit `given`.
    """
    if given is not None and not 0 < given < 1:
        sys.exit(f"--level {given} is not between 0 and 1")
    asked = line.get("confidence")
    if asked is None:
        if given is None:
            sys.exit("a prediction line names no confidence (written by an older backtest): "
                     "pass --level, the --confidence it was run with")
        return given
    if not isinstance(asked, (int, float)) or isinstance(asked, bool) or not 0 < asked < 1:
        sys.exit(f"line {line.get('id')!r}: confidence {asked!r} is not a number between 0 and 1")
    if given is not None and asked != given:
        sys.exit(f"line {line.get('id')!r}: confidence {asked} disagrees with --level {given} "
                 "(predictions of another run?); drop --level to use the lines' own level")
    return asked


def pop_level(args, usage):
    """Removes `--level X` from `args` (a list of command-line words) and returns X as a
    float, or None without it; exits with `usage` when X is missing or not a number."""
    if "--level" not in args:
        return None
    i = args.index("--level")
    if i + 1 >= len(args):
        sys.exit(usage)
    try:
        given = float(args[i + 1])
    except ValueError:
        sys.exit(f"--level {args[i + 1]!r} is not a number (a level such as 0.9)")
    del args[i:i + 2]
    return given
