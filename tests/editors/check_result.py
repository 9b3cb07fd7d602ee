#!/usr/bin/env python3
"""Checks one editor's result JSON: CopyLint diagnostics (rule IDs), a hover, an applied quick fix.
Prints one PASS/FAIL line per check."""
import json, sys

name, path = sys.argv[1], sys.argv[2]
try:
    with open(path, encoding="utf-8") as f:
        r = json.load(f)
except (OSError, ValueError) as e:
    r = {"error": f"no result ({e})"}
err = f" [error: {r['error']}]" if r.get("error") else ""
codes = [c for c in (r.get("codes") or []) if isinstance(c, str)]
hover = r.get("hover") or ""
if not isinstance(hover, str):
    hover = json.dumps(hover)
line = r.get("line_after_fix") or ""
checks = [
    ("diagnostics", codes.count("CL0001") >= 2, f"rule IDs {sorted(set(codes))}"),
    ("hover", "CL0001" in hover and "Unattributed figure" in hover, f"{len(hover)} chars"),
    ("quick fix", ", according to <source>" in line, repr(line)),
]
for check, ok, detail in checks:
    print(f"{'PASS' if ok else 'FAIL'} {name} {check}: {detail}{'' if ok else err}")
