#!/usr/bin/env python3
"""Flag rate per criterion of `modq screen` output on a queue of genuine reviews.

Usage:
  modq screen ../shared/eval/genuine-apparel-reviews.jsonl > /tmp/screen.jsonl
  python3 scripts/eval-flag-rates.py ../shared/eval/genuine-apparel-reviews.jsonl /tmp/screen.jsonl \
      [--samples 5] [--only consistency.rating_mismatch]

Prints, for every criterion that fired, how many reviews it fired on and the rate over the
whole queue; for consistency.rating_mismatch also the rate among 1-2 star and 4-5 star
reviews; then up to --samples example reviews per criterion (text cut to 160 characters)
so a person can read what fires. Genuine reviews are mostly publishable: most flags are
false positives (see shared/eval/README.md).
"""
import argparse
import collections
import json


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("queue")
    parser.add_argument("screened")
    parser.add_argument("--samples", type=int, default=0)
    parser.add_argument("--only", action="append", default=[])
    args = parser.parse_args()

    reviews = {}
    with open(args.queue, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                review = json.loads(line)
                reviews[review["id"]] = review
    fired = collections.defaultdict(list)
    verdicts = collections.Counter()
    with open(args.screened, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            result = json.loads(line)
            verdicts[result["verdict"]] += 1
            for finding in result["findings"]:
                fired[finding["criterion"]].append((result["id"], finding))
    total = len(reviews)
    by_rating = collections.Counter(r["rating"] for r in reviews.values())
    print(f"reviews: {total}   verdicts: " + ", ".join(f"{k} {v} ({100 * v / total:.2f} %)"
                                                       for k, v in sorted(verdicts.items())))
    for criterion in sorted(fired, key=lambda c: -len(fired[c])):
        if args.only and criterion not in args.only:
            continue
        hits = fired[criterion]
        line = f"{criterion:40s} {len(hits):6d}  {100 * len(hits) / total:6.2f} %"
        if criterion == "consistency.rating_mismatch":
            low = sum(1 for rid, _ in hits if reviews[rid]["rating"] <= 2)
            high = sum(1 for rid, _ in hits if reviews[rid]["rating"] >= 4)
            low_total = by_rating[1] + by_rating[2]
            high_total = by_rating[4] + by_rating[5]
            line += (f"   (1-2 stars: {low}/{low_total} = {100 * low / max(low_total, 1):.2f} %;"
                     f" 4-5 stars: {high}/{high_total} = {100 * high / max(high_total, 1):.2f} %)")
        print(line)
        for rid, finding in hits[: args.samples]:
            review = reviews[rid]
            text = (review.get("title", "") + " | " + review.get("body", "")).replace("\n", " ")
            print(f"    {rid} ({review['rating']}*) {text[:160]}")
            print(f"        evidence: {finding.get('evidence', '')[:120]}")


if __name__ == "__main__":
    main()
