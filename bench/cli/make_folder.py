#!/usr/bin/env python3
"""Build a folder of drafts with about WORDS words from ../shared/corpora (.txt and .md only, so every peer reads
the same files), copying whole files in a stable order. The folder goes outside the repository: corpora are never
committed. Usage: make_folder.py CORPORA_DIR OUT_DIR [WORDS]"""
import os, shutil, sys

src, out = sys.argv[1], sys.argv[2]
target = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
if os.path.isdir(out):
    shutil.rmtree(out)
os.makedirs(out)
files = []
for root, dirs, names in os.walk(src):
    dirs.sort()
    for n in sorted(names):
        if n.lower().endswith((".txt", ".md")) and n not in ("README.md", "SOURCE.md"):
            files.append(os.path.join(root, n))
# Interleave the corpora (round robin by top folder) so the sample mixes news, debate and wiki text.
by_top = {}
for f in files:
    by_top.setdefault(os.path.relpath(f, src).split(os.sep)[0], []).append(f)
order, queues = [], [list(v) for _, v in sorted(by_top.items())]
while any(queues):
    for q in queues:
        if q:
            order.append(q.pop(0))
words = count = 0
for f in order:
    if words >= target:
        break
    with open(f, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    words += len(text.split())
    count += 1
    name = os.path.relpath(f, src).replace(os.sep, "__")
    shutil.copyfile(f, os.path.join(out, name))
print(f"{out}: {count} files, {words} words")
