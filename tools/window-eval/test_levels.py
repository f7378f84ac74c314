"""Tests of the level the window-eval scripts score at (levels.py, segments.py, tails.py,
months.py).

    python3 -m unittest discover -s tools/window-eval

Standard library only; the scripts run on two-line files written here, not the dev data.
"""
import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

from levels import pop_level, request_level

HERE = Path(__file__).resolve().parent


def line(confidence=None):
    r = {"split": "2017-05-01", "id": "a",
         "window": {"earliest": "2017-05-03", "latest": "2017-05-06"}}
    if confidence is not None:
        r["confidence"] = confidence
    return r


class RequestLevel(unittest.TestCase):
    def test_the_line_level_or_the_given_one(self):
        self.assertEqual(request_level(line(0.9), None), 0.9)
        self.assertEqual(request_level(line(0.8), 0.8), 0.8)
        self.assertEqual(request_level(line(), 0.75), 0.75)

    def test_refuses_a_line_that_disagrees_with_an_explicit_level(self):
        with self.assertRaises(SystemExit) as e:
            request_level(line(0.9), 0.8)
        self.assertIn("disagrees with --level 0.8", str(e.exception.code))

    def test_refuses_a_missing_or_impossible_level(self):
        for bad_line, given in [(line(), None), (line(1.0), None), (line(), 0.0),
                                (line("0.9"), None), (line(0.9), 1.5)]:
            with self.subTest(line=bad_line, given=given), self.assertRaises(SystemExit):
                request_level(bad_line, given)

    def test_pop_level(self):
        args = ["p.jsonl", "--level", "0.8", "h.jsonl"]
        self.assertEqual(pop_level(args, "usage"), 0.8)
        self.assertEqual(args, ["p.jsonl", "h.jsonl"])
        self.assertIsNone(pop_level(["p.jsonl"], "usage"))
        with self.assertRaises(SystemExit) as e:
            pop_level(["--level", "ninety"], "usage")
        self.assertIn("'ninety' is not a number", str(e.exception.code))


class Scripts(unittest.TestCase):
    """Both scripts, end to end, on one delivered question inside its window."""

    def run_script(self, name, confidence, *extra):
        with tempfile.TemporaryDirectory() as d:
            preds, history = Path(d, "preds.jsonl"), Path(d, "history.jsonl")
            preds.write_text(json.dumps(line(confidence)) + "\n")
            history.write_text(json.dumps({
                "id": "a", "ordered_at": "2017-05-01T09:00:00Z",
                "delivered_at": "2017-05-05T10:00:00Z", "promised_by": "2017-05-10",
                "origin": {"region": "SP"}, "destination": {"region": "RJ"}}) + "\n")
            return subprocess.run(
                [sys.executable, str(HERE / name), str(preds), str(history), *extra],
                capture_output=True, text=True, check=False)

    def test_a_level_that_a_line_contradicts_is_refused(self):
        for name in ["segments.py", "tails.py", "months.py"]:
            with self.subTest(name):
                out = self.run_script(name, 0.9, "--level", "0.8")
                self.assertNotEqual(out.returncode, 0, out.stdout)
                self.assertIn("disagrees with --level 0.8", out.stderr)

    def test_an_agreeing_or_absent_level_is_read(self):
        for name in ["segments.py", "tails.py", "months.py"]:
            for confidence, extra in [(0.9, ["--level", "0.9"]), (0.9, []), (None, ["--level", "0.9"])]:
                with self.subTest(name, confidence=confidence, extra=extra):
                    out = self.run_script(name, confidence, *extra)
                    self.assertEqual(out.returncode, 0, out.stderr)
                    want = {"segments.py": "1 delivered", "tails.py": "2017-05",
                            "months.py": "2017-05"}[name]
                    self.assertIn(want, out.stdout)


if __name__ == "__main__":
    unittest.main()
