#!/usr/bin/env python3
"""Measure modq's screening on third-party data (shared/eval) and on the demo queue.

Usage:
  scripts/eval-screening.py [--modq PATH] [--eval DIR] [--samples N]

Prints:
  1. flag rate per criterion on the genuine apparel reviews (every pii/profanity/legal flag
     there is almost surely a false positive), with a sample of what fired;
  2. recall per personal-data type on the synthetic span set (a labelled span counts as found
     when a finding of the matching criterion overlaps it; "exact" when start and end agree);
  3. on data/queue/demo.jsonl: per criterion, reviews expected vs found vs extra.
Only `modq screen` output is read, so the figures are those of the shipped binary and data.
"""
import argparse, collections, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PII_TYPES = {
    "CREDIT_CARD": "pii.card_number", "EMAIL_ADDRESS": "pii.email", "PHONE_NUMBER": "pii.phone",
    "STREET_ADDRESS": "pii.address", "US_SSN": "pii.id_number",
    "US_DRIVER_LICENSE": "pii.id_number", "PERSON": "pii.full_name",
}
MINE = lambda c: c == "profanity" or c.startswith("pii.") or c.startswith("legal.")


def screen(modq, queue_path):
    out = subprocess.run([modq, "screen", queue_path], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"modq screen failed: {out.stderr}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def genuine(modq, path, samples):
    reviews = {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        reviews[d["id"]] = d
    results = screen(modq, path)
    counts = collections.Counter()
    fired = collections.defaultdict(list)
    for r in results:
        for f in r["findings"]:
            counts[f["criterion"]] += 1
            fired[f["criterion"]].append((r["id"], f["evidence"]))
    n = len(results)
    flagged = sum(1 for r in results if r["verdict"] != "publish")
    mine = sum(1 for r in results if any(MINE(f["criterion"]) for f in r["findings"]))
    print(f"## Genuine reviews ({n}): {flagged} not published ({100 * flagged / n:.2f} %), "
          f"{mine} by profanity/legal/pii ({100 * mine / n:.2f} %)")
    for crit, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {crit:36} {c:6} {100 * c / n:6.2f} %")
        for rid, ev in fired[crit][:samples]:
            print(f"      {rid}: {ev[:80]!r}")


def pii(modq, path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for row in rows:
            tmp.write(json.dumps({"id": row["id"], "rating": 3, "body": row["text"]}) + "\n")
    results = {r["id"]: r for r in screen(modq, tmp.name)}
    os.unlink(tmp.name)
    total, found, exact = collections.Counter(), collections.Counter(), collections.Counter()
    spurious = collections.Counter()
    for row in rows:
        spans = row["labels"]["spans"]
        findings = results[row["id"]]["findings"]
        for s in spans:
            crit = PII_TYPES.get(s["type"])
            if not crit:
                continue
            total[s["type"]] += 1
            hits = [sp for f in findings if f["criterion"] == crit for sp in f["spans"]
                    if sp["field"] == "body" and sp["start"] < s["end"] and s["start"] < sp["end"]]
            if hits:
                found[s["type"]] += 1
                if any(sp["start"] == s["start"] and sp["end"] == s["end"] for sp in hits):
                    exact[s["type"]] += 1
        for f in findings:
            if not f["criterion"].startswith("pii."):
                continue
            for sp in f["spans"]:
                labelled = any(PII_TYPES.get(s["type"]) == f["criterion"]
                               and sp["start"] < s["end"] and s["start"] < sp["end"] for s in spans)
                if not labelled:
                    spurious[f["criterion"]] += 1
    print(f"## Synthetic personal-data spans ({len(rows)} sentences)")
    print(f"  {'type':20} {'spans':>6} {'found':>6} {'recall':>7} {'exact':>6}")
    for t in sorted(total):
        print(f"  {t:20} {total[t]:6} {found[t]:6} {100 * found[t] / total[t]:6.1f}% "
              f"{exact[t]:6}")
    print("  findings not on a labelled span of their type:",
          dict(spurious) if spurious else "none")


def demo(modq):
    queue = os.path.join(ROOT, "data/queue/demo.jsonl")
    expected = {}
    for line in open(os.path.join(ROOT, "data/queue/demo.expected.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        expected[d["id"]] = d
    stats = collections.defaultdict(lambda: [0, 0, 0])  # expected, found, extra
    for r in screen(modq, queue):
        e = expected[r["id"]]
        got = {f["criterion"] for f in r["findings"]}
        for c in e["criteria"]:
            stats[c][0] += 1
            stats[c][1] += c in got
        for c in got - set(e["criteria"]) - set(e.get("may_also", [])):
            stats[c][2] += 1
    print("## Demo queue: criterion, expected, found, extra")
    for c in sorted(stats):
        print(f"  {c:36} {stats[c][0]:4} {stats[c][1]:4} {stats[c][2]:4}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--modq", default=os.path.join(ROOT, ".build/release/modq"))
    ap.add_argument("--eval", default=os.path.join(ROOT, "../shared/eval"))
    ap.add_argument("--samples", type=int, default=3)
    args = ap.parse_args()
    if not os.path.exists(args.modq):
        args.modq = os.path.join(ROOT, ".build/debug/modq")
    eval_dir = args.eval
    if not os.path.isdir(eval_dir):
        sys.exit(f"eval data not found: {eval_dir} (give --eval DIR)")
    genuine(args.modq, os.path.join(eval_dir, "genuine-apparel-reviews.jsonl"), args.samples)
    print()
    pii(args.modq, os.path.join(eval_dir, "pii-synthetic-spans.jsonl"))
    print()
    demo(args.modq)


if __name__ == "__main__":
    main()
