#!/usr/bin/env python3
"""Time `modq screen` on long hostile reviews: one review each, of a repeated pattern.

  scripts/bench-hostile.py [--modq PATH] [--bytes N] [--data DIR]

Each case is a single review whose body is N bytes (default 650,000) of one pattern: digits,
prices, '@', names, leetspeak, emoji, one endless word or sentence, a contrast word at the
end, and every cue and word list of data/lists repeated (each list alone, in one sentence).
Prints, slowest first, the CPU seconds and peak memory of `modq screen` and the size of its
output. A cost that grows faster than the review (a lookup that rescans the text for every
hit) shows up here as seconds instead of hundredths; run with --bytes twice as large to see
how a case scales. No threshold is asserted: this prints figures.
"""
import argparse, glob, json, os, random, resource, subprocess, sys, tempfile, time

PATTERNS = {
    "digits": "1234 5678 9012 3456 ", "phone-like": "555-123-4567-", "digits-only": "7",
    "at-signs": "a@b ", "spelled-email": "name at domain dot com ", "names": "John Smith Mary Jones ",
    "very": "very ", "one-word": "a", "prices": "$12.99 ", "street": "123 Main Street Apt 4 ",
    "ssn": "SSN 123-45-6789 ", "newlines": "\n", "dots": ".", "emoji": "😀👍💩", "not": "not ",
    "spaced-letters": "f u c k ", "leetspeak": "$h!t ",
    "damage-cues": "arrived broken damaged torn never received refund ",
    "accents": "éàü ß ", "zero-width": "a\u200bb ", "stretched": "soooooooo ",
    "combining": "e\u0301",
    "contrast-at-end": "good bad nice awful love hate great poor ",
    # Rules that look at what follows or precedes a hit (ninth session).
    "relative-verb": "my brother owns ", "employee-of": "as an employee of ",
    "other-brand": "RidgeLine tent ", "competitor-left": "returned the TrailMart pack ",
    "not-what-ordered": "not the hoodie I ordered ", "different-ordered": "a different one than I ordered ",
    "broke-down": "arrived broke down ",
    "relative-owns-store": "my brother owns Northpeak ", "family-role-store": "my husband is the owner of Northpeak ",
    "work-at-store": "I work at Northpeak ",
    # Tenth session: look-around and masked-word rules.
    "sent-instead": "you sent me socks instead of boots ", "lone-not": "Great. Not. ",
    "masked": "f***ing ", "alteration": "$15 in alterations ", "dead-on-arrival": "dead on arrival ",
    "came-back": "it came back torn ",
    # Twenty-second session: billing trouble in one endless sentence (each looked ahead for a
    # question), and words of an unusable product before every damage (each looked back).
    "billing-no-ask": "hit twice and ", "unusable-then-damage": "couldnt pitch it. ",
    # Twenty-third session: rules that read back to a sentence's people, forward from an offer
    # or a warning, or pair a group's generalizers with traits, in one endless sentence.
    "offer-condition": "offered me a refund if I ", "vocative": "you absolute walnut, ",
    "character-noun": "my brother a lazy slug and ", "likeness": "he has the IQ of a ",
    "warned-harm": "next time in the hospital and ", "group-generalized": "immigrants they're all filthy ",
}


def cases(data, size):
    for name, unit in PATTERNS.items():
        body = (unit * (size // len(unit.encode()) + 1))[:size]
        if name == "contrast-at-end":
            body += " but ok"
        if name == "unusable-then-damage":
            half = size // 2
            damage = "arrived broken. "
            body = body[:half] + (damage * (half // len(damage) + 1))[:half]
        yield name, body
    for path in sorted(glob.glob(os.path.join(data, "lists", "*.txt"))):
        entries = []
        for line in open(path, encoding="utf-8"):
            line = line.split("#")[0].strip()
            if line:
                entries.append(line.split("\t")[0])
        if entries:
            text = " ".join(entries) + " "
            yield "list:" + os.path.basename(path)[:-4], (text * (size // len(text) + 1))[:size]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--modq", default=os.path.join(root, ".build-release/release/modq"))
    parser.add_argument("--bytes", type=int, default=650_000)
    parser.add_argument("--data", default=os.path.join(root, "data"))
    args = parser.parse_args()
    if not os.access(args.modq, os.X_OK):
        sys.exit(f"no modq binary at {args.modq} (swift build -c release --scratch-path .build-release --product modq)")
    env = dict(os.environ, MODQ_DATA_DIR=args.data)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, body in cases(args.data, args.bytes):
            queue = os.path.join(tmp, "q.jsonl")
            with open(queue, "w") as f:
                f.write(json.dumps({"id": "h", "rating": 1, "title": body[:200], "body": body}) + "\n")
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            out = subprocess.run([args.modq, "screen", queue, "--threads", "1"],
                                 capture_output=True, env=env)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if out.returncode != 0:
                sys.exit(f"{name}: modq screen failed ({out.returncode}): {out.stderr.decode()[:300]}")
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            rows.append((cpu, name, after.ru_maxrss, len(out.stdout)))
    print(f"{len(rows)} hostile reviews of {args.bytes:,} bytes, `modq screen --threads 1`:")
    print(f"{'case':32} {'CPU s':>7} {'output B':>9}")
    for cpu, name, _, size in sorted(rows, reverse=True):
        print(f"{name:32} {cpu:7.2f} {size:9,}")
    print(f"peak memory of the largest run: {max(r[2] for r in rows) // 1024} MB")


if __name__ == "__main__":
    main()
