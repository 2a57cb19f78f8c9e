#!/usr/bin/env python3
"""Validate the demo queue and its human expectations.

Usage: scripts/check-demo-data.py [QUEUE] [EXPECTED]
Defaults: data/queue/demo.jsonl and data/queue/demo.expected.jsonl (relative to the repo root).

Checks (each failure is printed as FILE:LINE: reason; exit status 1 if any):
  queue     valid JSON object per line, required fields (id, rating 1-5, title and/or body),
            product {id,name,brand,category} exactly as the demo store's catalog,
            author {name,email,id}, verified_purchase boolean, submitted_at RFC 3339 UTC
            within 2026-11-22..23, unique ids
  expected  one line per review in the same order, verdict in publish|reject|escalate,
            criteria ids known, verdict == criteria.md's resolution rule, may_also ids known
            and unable to change the verdict,
            duplicates lists symmetric and naming reviews that carry integrity.duplicate
  coverage  every criterion id of criteria.md at least twice; publish share reported
  oracle    cross-checks that catch labelling slips: a Luhn-valid 13-19 digit run in the text
            needs pii.card_number, an email address needs pii.email, a test account author
            needs test.review
Prints counts per criterion and per verdict.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# criteria.md (contract): id -> action
REJECT = """unclear.gibberish unclear.cynical irrelevant.product_name_only
irrelevant.shipping_service irrelevant.not_used_yet legal.threat legal.harassment legal.hate
profanity competitor.mention other_product.similar_brand pii.card_number pii.email pii.phone
pii.address pii.id_number pii.full_name consistency.rating_mismatch consistency.wrong_product
price.actual price.generic_only test.review integrity.incentivized integrity.insider
integrity.extortion integrity.feedback_exchange integrity.duplicate service.did_not_order
service.cancelled_or_out_of_stock service.frustration_no_cta service.damage_minor""".split()
ESCALATE = """escalate.damaged escalate.wrong_item escalate.not_received
escalate.account_compromised escalate.frustration_cta escalate.never_again
escalate.review_tampering""".split()
ACTION = {**{c: "reject" for c in REJECT}, **{c: "escalate" for c in ESCALATE}}

# demo-store.md (contract)
CATALOG = {
    "SKU-101": ("Trailhead Daypack 20L", "Northpeak", "bags"),
    "SKU-102": ("Summit 45 Backpacking Pack", "Northpeak", "bags"),
    "SKU-201": ("Ridge 2P Tent", "Northpeak", "tents"),
    "SKU-202": ("Basecamp 4P Tent", "Alpinex", "tents"),
    "SKU-301": ("Stormshell Rain Jacket", "Northpeak", "jackets"),
    "SKU-302": ("Loft Down Hoodie", "Kestrel", "jackets"),
    "SKU-401": ("Granite Mid Hiking Boot", "Alpinex", "footwear"),
    "SKU-402": ("Trail Runner 3", "Northpeak", "footwear"),
    "SKU-501": ("Beacon 400 Headlamp", "Kestrel", "lighting"),
    "SKU-601": ("Insulated Bottle 1L", "Northpeak", "hydration"),
    "SKU-602": ("Gravity Water Filter", "Alpinex", "hydration"),
    "SKU-701": ("Merino Hiking Socks (3-pack)", "Northpeak", "apparel"),
    "SKU-801": ("Carbon Trekking Poles", "Kestrel", "accessories"),
    "SKU-901": ("Camp Stove Mini", "Alpinex", "cooking"),
    "GC-TM-50": ("TrailMart Gift Card $50", "TrailMart", "gift cards"),
}
TEST_EMAILS = {"qa@northpeak.example", "test@northpeak.example"}
TEST_NAMES = {"qa bot", "test user"}
WINDOW = (datetime(2026, 11, 22, tzinfo=timezone.utc), datetime(2026, 11, 24, tzinfo=timezone.utc))

errors = []


def err(path, line, msg):
    errors.append(f"{path}:{line}: {msg}")


def resolve(criteria):
    actions = {ACTION[c] for c in criteria if c in ACTION}
    if "escalate" in actions:
        return "escalate"
    return "reject" if "reject" in actions else "publish"


def luhn(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


CARD_RUN = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def load_jsonl(path):
    rows = []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        err(path, 0, f"cannot read: {exc}")
        return rows
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            err(path, n, f"invalid JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            err(path, n, "not a JSON object")
            continue
        rows.append((n, obj))
    return rows


def check_queue(path, rows):
    seen = {}
    for n, r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not re.fullmatch(r"r-\d{5}", rid):
            err(path, n, f"bad id {rid!r}")
        elif rid in seen:
            err(path, n, f"duplicate id {rid} (first on line {seen[rid]})")
        else:
            seen[rid] = n
        rating = r.get("rating")
        if not isinstance(rating, int) or isinstance(rating, bool) or not 1 <= rating <= 5:
            err(path, n, f"rating must be an integer 1-5, got {rating!r}")
        texts = [r.get(k) for k in ("title", "body")]
        if not any(isinstance(t, str) and t.strip() for t in texts):
            err(path, n, "needs a non-empty title or body")
        for k in ("title", "body"):
            if k in r and not isinstance(r[k], str):
                err(path, n, f"{k} must be a string")
        p = r.get("product")
        if not isinstance(p, dict) or p.get("id") not in CATALOG:
            err(path, n, f"product id not in catalog: {p!r}")
        elif (p.get("name"), p.get("brand"), p.get("category")) != CATALOG[p["id"]]:
            err(path, n, f"product fields disagree with the catalog for {p['id']}")
        a = r.get("author")
        if not isinstance(a, dict) or not all(isinstance(a.get(k), str) for k in ("name", "email", "id")):
            err(path, n, "author needs name, email and id strings")
        elif not a["email"].endswith((".example", "example.com", "example.net", "example.org")):
            err(path, n, f"author email not on an example domain: {a['email']}")
        if not isinstance(r.get("verified_purchase"), bool):
            err(path, n, "verified_purchase must be a boolean")
        ts = r.get("submitted_at")
        try:
            when = datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
            if not WINDOW[0] <= when < WINDOW[1]:
                err(path, n, f"submitted_at outside 2026-11-22..23: {ts}")
        except (TypeError, ValueError):
            err(path, n, f"submitted_at not RFC 3339 UTC: {ts!r}")
    return seen


def check_expected(path, rows, queue_rows, qpath):
    qids = [r.get("id") for _, r in queue_rows]
    eids = [e.get("id") for _, e in rows]
    if qids != eids:
        missing = set(qids) - set(eids)
        extra = set(eids) - set(qids)
        err(path, 0, f"ids do not match {qpath} line for line (missing {sorted(missing)[:5]}, "
                     f"extra {sorted(extra)[:5]}, or different order)")
    by_id = {e.get("id"): e for _, e in rows}
    for n, e in rows:
        crit = e.get("criteria")
        if not isinstance(crit, list) or not all(isinstance(c, str) for c in crit):
            err(path, n, "criteria must be a list of ids")
            continue
        for c in crit + list(e.get("may_also", [])):
            if c not in ACTION:
                err(path, n, f"unknown criterion {c!r}")
        if len(set(crit)) != len(crit):
            err(path, n, "criterion listed twice")
        if set(crit) & set(e.get("may_also", [])):
            err(path, n, "a criterion is both expected and may_also")
        if e.get("verdict") not in ("publish", "reject", "escalate"):
            err(path, n, f"bad verdict {e.get('verdict')!r}")
        elif e["verdict"] != resolve(crit):
            err(path, n, f"verdict {e['verdict']} contradicts the resolution rule "
                         f"for {crit} (-> {resolve(crit)})")
        if resolve(crit + list(e.get("may_also", []))) != resolve(crit):
            err(path, n, "may_also must not change the verdict (it lists criteria a screener "
                         "may also report without being wrong)")
        if not isinstance(e.get("note"), str) or not e["note"].strip():
            err(path, n, "note missing")
        dups = e.get("duplicates", [])
        if ("integrity.duplicate" in crit) != bool(dups):
            err(path, n, "integrity.duplicate and a duplicates list go together")
        for d in dups:
            other = by_id.get(d)
            if other is None or e["id"] not in other.get("duplicates", []):
                err(path, n, f"duplicates list not symmetric with {d}")


def visible_text(r):
    return " ".join(r.get(k) or "" for k in ("title", "body"))


def check_oracle(qpath, queue_rows, exp):
    for n, r in queue_rows:
        e = exp.get(r.get("id"))
        if e is None:
            continue
        crit = set(e.get("criteria", [])) | set(e.get("may_also", []))
        text = visible_text(r)
        for m in CARD_RUN.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if luhn(digits) and "pii.card_number" not in crit:
                err(qpath, n, f"Luhn-valid number {m.group()!r} but no pii.card_number")
        if "pii.card_number" in e.get("criteria", []) and not any(
                luhn(re.sub(r"\D", "", m.group())) for m in CARD_RUN.finditer(text)):
            err(qpath, n, "pii.card_number expected but no Luhn-valid 13-19 digit number in text")
        if EMAIL.search(text) and "pii.email" not in crit:
            err(qpath, n, "email address in text but no pii.email")
        a = r.get("author") or {}
        if (str(a.get("email", "")).lower() in TEST_EMAILS
                or str(a.get("name", "")).lower() in TEST_NAMES) and "test.review" not in crit:
            err(qpath, n, "test account author but no test.review")


def main(argv):
    qpath = Path(argv[1]) if len(argv) > 1 else ROOT / "data/queue/demo.jsonl"
    epath = Path(argv[2]) if len(argv) > 2 else ROOT / "data/queue/demo.expected.jsonl"
    qrows = load_jsonl(qpath)
    erows = load_jsonl(epath)
    check_queue(qpath, qrows)
    check_expected(epath, erows, qrows, qpath)
    exp = {e.get("id"): e for _, e in erows}
    check_oracle(qpath, qrows, exp)

    counts = Counter(c for _, e in erows for c in e.get("criteria", []))
    verdicts = Counter(e.get("verdict") for _, e in erows)
    for c in REJECT + ESCALATE:
        if counts[c] < 2:
            err(epath, 0, f"criterion {c} covered {counts[c]} time(s), need >= 2")
    hostile = sum(1 for _, r in qrows
                  if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in visible_text(r)))
    unverified = sum(1 for _, r in qrows if r.get("verified_purchase") is False)
    extra_keys = sum(1 for _, r in qrows if set(r) - {
        "id", "rating", "title", "body", "product", "author", "verified_purchase",
        "submitted_at", "locale", "order_id"})
    total = len(erows) or 1
    print(f"{len(qrows)} reviews; verdicts: " + ", ".join(
        f"{v} {verdicts[v]} ({100 * verdicts[v] / total:.0f}%)" for v in ("publish", "reject", "escalate")))
    print(f"unverified {unverified}, with control/format characters {hostile}, "
          f"with pass-through fields {extra_keys}")
    width = max(len(c) for c in ACTION)
    for c in REJECT + ESCALATE:
        print(f"  {c:<{width}} {counts[c]:>3}")
    for line in errors:
        print(line, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} problem(s)", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
