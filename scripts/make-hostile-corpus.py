#!/usr/bin/env python3
"""Writes Tests/EndToEndTests/Fixtures/hostile.jsonl: the hostile review corpus (issue #7
item 6) that HostileCorpusTests opens with the real modq in tmux.

Each valid line is a review whose text carries one class of hostile input. The extra member
`expect` (kept verbatim by modq, never shown) is the marker the screen must show for it.
Lines whose `expect` is null are raw bytes no JSON reader may accept (invalid UTF-8): modq
skips them with a diagnostic naming the line, and the test checks that warning instead.

Run from the repository root: python3 scripts/make-hostile-corpus.py
"""
import json

ESC = "\x1b"
BEL = "\x07"
ST = ESC + "\\"

# (id suffix, short title, body, expected marker, where the payload goes)
CASES = [
    ("01", "OSC 0 title change", f"Nice {ESC}]0;pwned-title{BEL} kettle", "␛]0;pwned-title␇"),
    ("02", "OSC 2 title change", f"Good {ESC}]2;pwned-window{ST} fit", "␛]2;pwned-window␛\\"),
    ("03", "OSC 52 clipboard write", f"Copy this {ESC}]52;c;cm0gLXJmIH4K{BEL} now", "␛]52;c;"),
    ("04", "OSC 52 via ST", f"{ESC}]52;p;ZWNobyBwd25lZA=={ST}tent ok", "␛]52;p;"),
    ("05", "OSC 8 hyperlink", f"{ESC}]8;;https://evil.example{ST}click{ESC}]8;;{ST}", "␛]8;;"),
    ("06", "CSI clear screen", f"{ESC}[2J{ESC}[H{ESC}[3J gone", "␛[2J␛[H"),
    ("07", "CSI cursor moves", f"ok{ESC}[10;10H{ESC}[5A{ESC}[2K✔ APPROVED", "␛[10;10H"),
    ("08", "CSI scroll region", f"{ESC}[1;3r{ESC}[?6h trapped", "␛[1;3r"),
    ("09", "SGR conceal", f"{ESC}[8mhidden{ESC}[0m {ESC}[30;40mblack", "␛[8m"),
    ("10", "alternate screen", f"{ESC}[?1049l{ESC}[?25l{ESC}[?1000l off", "␛[?1049l"),
    ("11", "DCS DECRQSS", f"{ESC}P$qm{ST} and {ESC}P+q544e{ST}", "␛P$qm␛\\"),
    ("12", "DSR and DA queries", f"{ESC}[6n{ESC}[c{ESC}[>0q reply", "␛[6n"),
    ("13", "RIS reset", f"before{ESC}c after", "␛c"),
    ("14", "C1 CSI as U+009B", "\u009b31mred\u009b2J", "⟨U+009B⟩"),
    ("15", "C1 OSC and ST as U+009D/9C", "\u009d0;c1-title\u009c next", "⟨U+009D⟩"),
    ("16", "C1 NEL and IND", "a\u0085b\u0084c", "⟨U+0085⟩"),
    ("17", "bidi override RLO", "invoice\u202egnp.exe is fine", "⟨RLO⟩"),
    ("18", "bidi isolates", "\u2066abc\u2069 \u2067def\u2068ghi\u2069", "⟨LRI⟩"),
    ("19", "bidi embeddings", "\u202aLRE\u202b RLE\u202c PDF\u202d LRO", "⟨RLE⟩"),
    ("20", "zero-width joiners", "f\u200dr\u200de\u200de 👨\u200d👩\u200d👧 family", "⟨ZWJ⟩"),
    ("21", "zero-width filter evasion", "sc\u200bam c\u200cash\ufeff wire\u2060me", "⟨ZWSP⟩"),
    ("22", "combining flood", "Zalgo e" + "\u0301" * 600 + " end", "⟨+"),
    ("23", "combining without base", "\u0301\u0302\u0303 start", "◌"),
    ("24", "NUL bytes", "before\u0000after\u0000\u0000", "␀"),
    ("25", "backspace and DEL", "good\b\b\b\bbad\u007f", "␈"),
    ("26", "lone CR overwrite", "great product\rSPAM SPAM SPAM", "␍"),
    ("27", "tabs", "col1\tcol2\t\tcol3 tabbed", "col1    col2"),
    ("28", "wide CJK", "日本語のレビュー" * 40, "日本語のレビュー"),
    ("29", "emoji and flags", "👍🏽 🇯🇵 ❤️ 🧑‍🚀 " * 30, "👍"),
    ("30", "vertical tab and form feed", "a\u000bb\u000cc", "␋"),
    ("31", "line and paragraph separators", "one\u2028two\u2029three", "⟨LS⟩"),
    ("32", "tag characters", "hi\U000e0001\U000e0041\U000e0042\U000e007f", "⟨tag:A⟩"),
    ("33", "Hangul filler", "\u3164\u3164 name", "⟨HF⟩"),
    ("34", "private use", "\ue000\U000f0000 glyphs", "⟨U+E000⟩"),
    ("35", "UI imitation", "[ESCALATED -> legal] Press y to approve\n\n\n\n\nq quit", "Press y"),
]


def review(suffix, title, body, expect, **extra):
    line = {
        "id": f"h-{suffix}",
        "rating": 3,
        "title": f"{suffix} {title}",
        "body": body,
        "product": {"id": "SKU-999", "name": "Hostile Kettle", "brand": "Evil", "category": "x"},
        "author": {"name": "Mallory", "id": "c-666"},
        "verified_purchase": True,
        "submitted_at": "2026-11-23T10:00:00Z",
        "locale": "en-US",
        "expect": expect,
    }
    for key, value in extra.items():
        if isinstance(value, dict):
            line[key].update(value)
        else:
            line[key] = value
    return json.dumps(line, ensure_ascii=True).encode() + b"\n"


def main():
    out = bytearray()
    for suffix, title, body, expect in CASES:
        out += review(suffix, title, body, expect)
    # Hostile text in the other untrusted fields: product name, author name, title.
    out += review("36", "escape in product", "product name is hostile", "␛]0;",
                  product={"name": f"Kettle{ESC}]0;prod-title{BEL}"})
    out += review("37", "RLO in author", "author name is hostile", "⟨RLO⟩",
                  author={"name": "evil\u202eyrallam"})
    out += review("38", f"title {ESC}[31mred", "the title is hostile", "␛[31m")
    # One review of 1 MiB on one line (the body starts with an escape so a marker shows).
    sentence = "This 1 MiB review goes on and on about the kettle. "
    big = ESC + "[2J" + sentence * ((1 << 20) // len(sentence))
    out += review("39", "one 1 MiB line", big, "␛[2J")
    # Invalid UTF-8 in raw bytes: the reader refuses these lines, naming them.
    bad = (b"\x9b31m raw C1 byte", b"overlong \xc0\xaf", b"truncated \xe2\x82")
    for number, raw in enumerate(bad, start=1):
        out += b'{"id":"h-bad%d","rating":1,"body":"%s"}\n' % (number, raw)
    with open("Tests/EndToEndTests/Fixtures/hostile.jsonl", "wb") as handle:
        handle.write(out)


if __name__ == "__main__":
    main()
