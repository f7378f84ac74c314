"""Notebook HTML for a snapshot (``Snapshot._repr_html_``), built from its JSON shape.

Every value that comes from outside (carrier texts, ids, places) is escaped.
"""

from __future__ import annotations

from html import escape
from typing import Any

_STEPS = ["Ordered", "Processing", "Shipped", "In transit", "Out for delivery", "Delivered"]


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _place(loc: Any) -> str:
    if not isinstance(loc, dict):
        return ""
    parts = [loc.get("city"), loc.get("region"), loc.get("country")]
    return ", ".join(str(p) for p in parts if p)


def render_snapshot(snap: dict[str, Any]) -> str:
    """The HTML of one snapshot dict: status, progress stepper, window, health, scans."""
    progress = snap.get("progress") or {}
    step = int(progress.get("step") or 1)
    milestone = str(snap.get("milestone") or "")
    cells = []
    for i, name in enumerate(_STEPS, start=1):
        done = i <= step
        style = "background:#2e7d32;color:#fff" if done else "background:#eee;color:#555"
        cells.append(f'<td style="padding:2px 8px;{style}">{_e(name)}</td>')
    status = _e(snap.get("status"))
    sub = snap.get("substatus")
    head = (
        f"<b>{_e(snap.get('id'))}</b> &middot; <code>{status}</code>"
        + (f" / <code>{_e(sub)}</code>" if sub else "")
        + f" &middot; milestone <code>{_e(milestone)}</code>"
    )
    parts = [f"<div class=\"tracking-core-snapshot\"><div>{head}</div>"]
    parts.append(f"<table><tr>{''.join(cells)}</tr></table>")
    window = snap.get("window")
    if isinstance(window, dict):
        parts.append(
            "<div>Window: {} &ndash; {} (most likely {}, {:.0%}, {})</div>".format(
                _e(window.get("earliest")),
                _e(window.get("latest")),
                _e(window.get("most_likely")),
                float(window.get("confidence") or 0.0),
                _e(window.get("source")),
            )
        )
    health = snap.get("health")
    if isinstance(health, dict):
        parts.append(
            f"<div>Health: <code>{_e(health.get('verdict'))}</code> {_e(health.get('explanation'))}</div>"
        )
    message = snap.get("message")
    if isinstance(message, dict):
        parts.append(f"<div>Message: {_e(message.get('headline'))}</div>")
    rows = []
    for ev in reversed(snap.get("events") or []):
        rows.append(
            "<tr><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                _e(ev.get("time")),
                _e(ev.get("substatus") or ev.get("status")),
                _e(ev.get("description") or ev.get("code")),
                _e(_place(ev.get("location"))),
                _e(ev.get("rule")),
            )
        )
    parts.append(
        "<table><thead><tr><th>time</th><th>status</th><th>scan</th><th>where</th>"
        f"<th>rule</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    rejected = snap.get("rejected") or []
    if rejected:
        parts.append(f"<div>{len(rejected)} rejected event(s)</div>")
    parts.append("</div>")
    return "".join(parts)
