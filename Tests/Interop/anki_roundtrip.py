#!/usr/bin/env python3
"""Checks dlquiz's Anki text against Anki itself (the `anki` package on PyPI is Anki's own library).

1. `dlquiz export --format anki` of the whole deck is imported into a fresh collection with Anki's
   CSV importer, using only the metadata Anki reads from the file's headers (no extra choices): every
   card becomes one Basic note in the named deck, the GUID is the card id, the fields are the question
   and the answer (as HTML that reads back to the same text), the tags are the card's tags. Importing
   the same file again updates the notes instead of adding new ones.
2. Notes made with the library (HTML, quotes, line breaks, tags, a field starting with '#', a cloze
   note) are exported with Anki's "Notes in Plain Text" exporter, and `dlquiz import --dry-run --json`
   reads them: same questions and answers as text, GUIDs as ids, tags, and the cloze note skipped.

Usage: anki_roundtrip.py PATH/TO/dlquiz     (exit 0 when every check passes)
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

from anki.collection import Collection, DeckIdLimit
from anki.import_export_pb2 import ImportCsvRequest

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def html_to_text(field):
    """The HTML dlquiz writes, read back as text (a reference independent of dlquiz's reader)."""
    def pre(m):
        lang = re.search(r'class="language-([^"]+)"', m.group(1))
        body = m.group(2).replace("<br>", "\n")
        return "```" + (lang.group(1) if lang else "") + "\n" + body + "\n```\n"
    t = re.sub(r"<pre><code([^>]*)>(.*?)</code></pre>", pre, field, flags=re.S)
    t = t.replace("<br>", "\n").replace("&nbsp;", " ")
    t = html.unescape(t)
    return nfc(t.rstrip("\n"))


def nfc(text):
    """Anki stores fields in Unicode NFC ("Y" + combining circumflex becomes "Ŷ"), as Swift compares strings."""
    return unicodedata.normalize("NFC", text)


def dlquiz(binary, home, *args):
    env = dict(os.environ, DLQUIZ_HOME=home, NO_COLOR="1")
    return subprocess.run([binary, *args], env=env, capture_output=True, text=True)


def export_into_anki(binary, work):
    home = os.path.join(work, "home1")
    out = os.path.join(work, "dlquiz-deck.txt")
    r = dlquiz(binary, home, "export", "--format", "anki", "--out", out)
    check(r.returncode == 0, f"dlquiz export failed: {r.stderr}")
    cards = json.loads(dlquiz(binary, home, "list", "--json").stdout)
    col = Collection(os.path.join(work, "fresh.anki2"))
    try:
        meta = col.get_csv_metadata(path=out, delimiter=None)
        check(meta.is_html, "Anki does not read the file as HTML")
        basic = col.models.by_name("Basic")
        check(meta.global_notetype.id == basic["id"], "Anki does not pick the Basic note type from #notetype:")
        check(meta.deck_name == "dlquiz", f"Anki does not pick the deck from #deck: ({meta.deck_name!r})")
        request = ImportCsvRequest(path=out, metadata=meta)
        col.import_csv(request)
        note_ids = col.find_notes("")
        check(len(note_ids) == len(cards), f"{len(note_ids)} notes for {len(cards)} cards")
        by_guid = {col.get_note(n).guid: col.get_note(n) for n in note_ids}
        for c in cards:
            note = by_guid.get(c["id"])
            if note is None:
                check(False, f"no note with GUID {c['id']}")
                continue
            check(html_to_text(note["Front"]) == nfc(c["question"]), f"{c['id']}: front reads {note['Front']!r}")
            check(html_to_text(note["Back"]) == nfc(c["answer"]), f"{c['id']}: back differs: {note['Back'][:80]!r}")
            check(sorted(note.tags) == sorted(c["tags"]), f"{c['id']}: tags {note.tags} != {c['tags']}")
            deck = col.decks.name(col.get_note(note.id).cards()[0].did)
            check(deck == "dlquiz", f"{c['id']}: in deck {deck}")
        # A second import of the same file updates the notes: no duplicates.
        col.import_csv(ImportCsvRequest(path=out, metadata=col.get_csv_metadata(path=out, delimiter=None)))
        check(len(col.find_notes("")) == len(cards), "a second import duplicated notes")
        print(f"anki import of dlquiz export: {len(cards)} cards -> {len(note_ids)} Basic notes, GUIDs, fields and tags checked")
    finally:
        col.close()


def anki_into_dlquiz(binary, work):
    col = Collection(os.path.join(work, "made.anki2"))
    notes = [
        ("What is <b>ReLU</b>?", "max(0, x)<br>cheap &amp; sparse", ["activations", "basics"]),
        ("Why \"scale\" attention?", "<div>Keeps softmax</div><div>out of saturation.</div>", ["transformers"]),
        ("#1 question with a hash?", "Line one\nline two (a raw newline)", []),
        ("Tab\tinside, comma, and; semicolon?", "<ul><li>one</li><li>two</li></ul>", ["misc::nested"]),
        ("Code?", "<pre><code>x = 1<br>y = x + 1</code></pre>", ["code"]),
    ]
    try:
        deck_id = col.decks.id("Interview Prep")
        basic = col.models.by_name("Basic")
        made = []
        for front, back, tags in notes:
            n = col.new_note(basic)
            n["Front"], n["Back"] = front, back
            n.tags = tags
            col.add_note(n, deck_id)
            made.append(n)
        cloze = col.new_note(col.models.by_name("Cloze"))
        cloze["Text"] = "{{c1::Paris}} is the capital of France"
        col.add_note(cloze, deck_id)
        out = os.path.join(work, "Interview Prep.txt")
        col.export_note_csv(out_path=out, limit=DeckIdLimit(deck_id), with_html=True, with_tags=True, with_deck=True,
                            with_notetype=True, with_guid=True)
    finally:
        col.close()
    home = os.path.join(work, "home2")
    r = dlquiz(binary, home, "import", out, "--dry-run", "--json", "--no-merge")
    check(r.returncode == 0, f"dlquiz import failed: {r.stderr}")
    report = json.loads(r.stdout)
    check(report["format"] == "tsv", f"format {report['format']}")
    got = {c["id"]: c for c in report["cards"]}
    expected = {
        made[0].guid: ("What is ReLU?", "max(0, x)\ncheap & sparse", ["activations", "basics"]),
        made[1].guid: ("Why \"scale\" attention?", "Keeps softmax\nout of saturation.", ["transformers"]),
        made[2].guid: ("#1 question with a hash?", "Line one\nline two (a raw newline)", []),
        made[3].guid: ("Tab\tinside, comma, and; semicolon?", "- one\n- two", ["misc::nested"]),
        made[4].guid: ("Code?", "```\nx = 1\ny = x + 1\n```", ["code"]),
    }
    check(len(report["cards"]) == len(expected), f"{len(report['cards'])} cards read, expected {len(expected)}")
    for guid, (q, a, tags) in expected.items():
        c = got.get(guid)
        if c is None:
            check(False, f"GUID {guid} not kept as an id")
            continue
        check(c["question"] == q, f"question {c['question']!r} != {q!r}")
        check(c["answer"] == a, f"answer {c['answer']!r} != {a!r}")
        check(sorted(c["tags"]) == sorted(tags), f"tags {c['tags']} != {tags}")
    check(len(report["skipped"]) == 1 and "cloze" in report["skipped"][0]["reason"], f"cloze not skipped: {report['skipped']}")
    # Import for real, then again: the second time changes nothing.
    r1 = dlquiz(binary, home, "import", out, "--json")
    r2 = dlquiz(binary, home, "import", out, "--json")
    check(r1.returncode == 0 and json.loads(r1.stdout)["changed"], "first import changed nothing")
    check(r2.returncode == 0 and not json.loads(r2.stdout)["changed"], "second import changed something")
    print(f"dlquiz import of Anki's Notes in Plain Text export: {len(report['cards'])} notes, 1 cloze skipped, checked")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as work:
        export_into_anki(binary, work)
        anki_into_dlquiz(binary, work)
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("anki round trip: all checks passed")


if __name__ == "__main__":
    main()
