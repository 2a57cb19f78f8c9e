#!/usr/bin/env python3
"""Compute and validate the gold spans of a training set.

Usage:
  scripts/training-spans.py check [SET]   validate SET (default data/training/northpeak-onboarding.yaml)
  scripts/training-spans.py write [SET]   fill start/end of every span from its `evidence`
                                          substring, then validate and rewrite SET canonically

A span is written by hand as {criterion, field, evidence} (optionally `occurrence: N`, 1-based,
when the evidence text appears more than once in the field); `write` adds start/end as
Python code-point offsets, end exclusive, exactly as formats.md counts them. `check` then
verifies that text[start:end] == evidence for every span, that the gold verdict follows
criteria.md's resolution rule, that every gold criterion has at least one span and every span
names a gold criterion, that ids are unique, products are in the demo catalog, and that the set
covers the required tags. Errors are printed as SET:case-id: reason; exit status 1 if any.
"""
import importlib.util
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "data/training/northpeak-onboarding.yaml"

_spec = importlib.util.spec_from_file_location("demo", ROOT / "scripts/check-demo-data.py")
demo = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(demo)
ACTION, CATALOG, resolve = demo.ACTION, demo.CATALOG, demo.resolve

FIELDS = ("title", "body", "author.name", "author.email")
REQUIRED_TAGS = ("escalation-boundary", "pricing", "competitor", "pii-lookalike",
                 "profanity-lookalike", "integrity", "never-reject")
DIFFICULTY = ("easy", "medium", "hard")
MIN_CASES = 40


def field_text(review, field):
    if field.startswith("author."):
        value = (review.get("author") or {}).get(field.split(".", 1)[1])
    else:
        value = review.get(field)
    return value if isinstance(value, str) else None


def fill(cases, problems, where):
    for case in cases:
        review = case.get("review") or {}
        for span in (case.get("gold") or {}).get("spans") or []:
            ev, field = span.get("evidence"), span.get("field")
            text = field_text(review, field)
            if not isinstance(ev, str) or text is None:
                continue
            nth = int(span.get("occurrence", 1))
            pos = -1
            for _ in range(nth):
                pos = text.find(ev, pos + 1)
                if pos < 0:
                    break
            if pos < 0:
                problems.append(f"{where}:{case.get('id')}: evidence {ev!r} not found "
                                f"(occurrence {nth}) in {field}")
                continue
            span["start"], span["end"] = pos, pos + len(ev)


def check(doc, problems, where):
    def bad(cid, msg):
        problems.append(f"{where}:{cid}: {msg}")

    if not isinstance(doc, dict) or not isinstance(doc.get("cases"), list):
        bad("-", "top level needs name, description and a cases list")
        return Counter(), Counter(), Counter()
    for key in ("name", "description"):
        if not isinstance(doc.get(key), str) or not doc[key].strip():
            bad("-", f"missing {key}")
    cases = doc["cases"]
    if len(cases) < MIN_CASES:
        bad("-", f"only {len(cases)} cases, need at least {MIN_CASES}")
    ids, rids = set(), set()
    crit_count, tag_count, verdicts = Counter(), Counter(), Counter()
    for case in cases:
        cid = case.get("id", "?")
        if cid in ids:
            bad(cid, "duplicate case id")
        ids.add(cid)
        review = case.get("review") or {}
        rid = review.get("id")
        if not isinstance(rid, str) or rid in rids:
            bad(cid, f"review id missing or duplicated: {rid!r}")
        rids.add(rid)
        rating = review.get("rating")
        if not isinstance(rating, int) or isinstance(rating, bool) or not 1 <= rating <= 5:
            bad(cid, f"rating must be 1-5, got {rating!r}")
        if not any(isinstance(review.get(k), str) and review[k].strip() for k in ("title", "body")):
            bad(cid, "review needs a title or body")
        product = review.get("product") or {}
        if CATALOG.get(product.get("id")) != (product.get("name"), product.get("brand"),
                                              product.get("category")):
            bad(cid, f"product not as in the demo catalog: {product}")
        if not isinstance(review.get("verified_purchase"), bool):
            bad(cid, "verified_purchase must be true or false")
        gold = case.get("gold") or {}
        crit = gold.get("criteria")
        if not isinstance(crit, list):
            bad(cid, "gold.criteria must be a list")
            continue
        for c in crit:
            if c not in ACTION:
                bad(cid, f"unknown criterion {c}")
        if gold.get("verdict") != resolve(crit):
            bad(cid, f"gold verdict {gold.get('verdict')} but criteria {crit} resolve to "
                     f"{resolve(crit)}")
        verdicts[gold.get("verdict")] += 1
        spans = gold.get("spans") or []
        spanned = set()
        for span in spans:
            c, field = span.get("criterion"), span.get("field")
            if c not in crit:
                bad(cid, f"span for {c} which is not a gold criterion")
            spanned.add(c)
            if field not in FIELDS:
                bad(cid, f"span field {field!r} not one of {FIELDS}")
                continue
            text = field_text(review, field)
            start, end = span.get("start"), span.get("end")
            if text is None:
                bad(cid, f"span points into missing field {field}")
            elif not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
                bad(cid, f"span {start}..{end} out of range for {field} (length {len(text)}); "
                         f"run `scripts/training-spans.py write`")
            elif "evidence" in span and text[start:end] != span["evidence"]:
                bad(cid, f"span {start}..{end} of {field} is {text[start:end]!r}, "
                         f"evidence says {span['evidence']!r}")
        for c in crit:
            crit_count[c] += 1
            if c not in spanned:
                bad(cid, f"gold criterion {c} has no span")
        for key in ("explanation", "source"):
            if not isinstance(case.get(key), str) or not case[key].strip():
                bad(cid, f"missing {key}")
        tags = case.get("tags")
        if not isinstance(tags, list) or not tags:
            bad(cid, "needs tags")
        else:
            tag_count.update(tags)
        if case.get("difficulty") not in DIFFICULTY:
            bad(cid, f"difficulty must be one of {DIFFICULTY}")
    for t in REQUIRED_TAGS:
        if tag_count[t] == 0:
            bad("-", f"no case tagged {t}")
    return crit_count, tag_count, verdicts


# ---------- canonical writer (YAML; every string JSON-quoted, which YAML reads as-is) ----------

def q(s):
    out = json.dumps(s, ensure_ascii=False)
    # keep the file printable: escape control and format characters (YAML reads \uXXXX)
    return "".join(f"\\u{ord(ch):04x}" if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
                   and ch not in "\n" else ch for ch in out)


def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return q(v)


def flow(d):
    return "{" + ", ".join(f"{k}: {scalar(v)}" for k, v in d.items()) + "}"


def emit(doc):
    out = ["# Training set for `modq train`. Edit by hand; after changing a review's text or a",
           "# span's evidence run `python3 scripts/training-spans.py write` to recompute offsets",
           "# (code points, end exclusive) and `python3 scripts/training-spans.py check`.",
           f"name: {q(doc['name'])}", f"description: {q(doc['description'])}", "cases:"]
    for case in doc["cases"]:
        r = case["review"]
        out.append(f"  - id: {case['id']}")
        out.append("    review:")
        for k, v in r.items():
            out.append(f"      {k}: {flow(v) if isinstance(v, dict) else scalar(v)}")
        g = case["gold"]
        out.append("    gold:")
        out.append(f"      verdict: {g['verdict']}")
        out.append(f"      criteria: [{', '.join(g['criteria'])}]")
        spans = g.get("spans") or []
        if not spans:
            out.append("      spans: []")
        else:
            out.append("      spans:")
            for s in spans:
                order = [k for k in ("criterion", "field", "start", "end", "evidence", "occurrence")
                         if k in s]
                out.append(f"        - {flow({k: s[k] for k in order})}")
        out.append(f"    explanation: {q(case['explanation'])}")
        out.append(f"    source: {q(case['source'])}")
        out.append(f"    tags: [{', '.join(case['tags'])}]")
        out.append(f"    difficulty: {case['difficulty']}")
    return "\n".join(out) + "\n"


def main(argv):
    if len(argv) < 2 or argv[1] not in ("check", "write"):
        print(__doc__, file=sys.stderr)
        return 64
    path = Path(argv[2]) if len(argv) > 2 else DEFAULT
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return 1
    problems = []
    if argv[1] == "write" and isinstance(doc, dict):
        fill(doc.get("cases") or [], problems, path)
    crit_count, tag_count, verdicts = check(doc, problems, path)
    if argv[1] == "write" and not problems:
        path.write_text(emit(doc), encoding="utf-8")
        reread = yaml.safe_load(path.read_text(encoding="utf-8"))
        if reread != doc:
            problems.append(f"{path}: rewritten file does not read back identically")
    n = len(doc.get("cases") or []) if isinstance(doc, dict) else 0
    print(f"{n} cases; verdicts: " + ", ".join(f"{k} {verdicts[k]}" for k in ("publish", "reject", "escalate")))
    print("criteria: " + ", ".join(f"{c} {k}" for c, k in sorted(crit_count.items())))
    print("tags: " + ", ".join(f"{t} {k}" for t, k in sorted(tag_count.items())))
    for p in problems:
        print(p, file=sys.stderr)
    print("OK" if not problems else f"{len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
