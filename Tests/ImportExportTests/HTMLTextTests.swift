import TestSupport
import Testing
@testable import ImportExport

@Suite struct HTMLTextTests {
    @Test func htmlBecomesText() {
        #expect(HTMLText.toText("<div>one</div><div>two</div>") == "one\ntwo")
        #expect(HTMLText.toText("a<br>b<br/>c") == "a\nb\nc")
        #expect(HTMLText.toText("<ul><li>x</li><li>y</li></ul>") == "- x\n- y")
        #expect(HTMLText.toText("use <code>np.dot</code> &amp; &lt;tensor&gt; &#955; &#x3bb;") == "use `np.dot` & <tensor> λ λ")
        #expect(HTMLText.toText("<pre><code class=\"language-python\">x = 1<br>y = 2</code></pre>") == "```python\nx = 1\ny = 2\n```")
        #expect(HTMLText.toText("<span style=\"color:red\">red</span> <img src=\"a.png\"><script>alert(1)</script>") == "red")
        #expect(HTMLText.toText("<p>para</p><p>next</p>") == "para\nnext")
        // From a public Anki deck: a bare "<" that starts no tag is text.
        #expect(HTMLText.toText("<code>>8</code> and <code><63</code>") == "`>8` and `<63`")
    }

    @Test func textSurvivesTheTripThroughHTML() {
        let samples = [
            "plain", "a < b && c > d \"quoted\"", "line one\nline two\n\nnew paragraph",
            "Intro:\n\n```python\ndef f(x):\n    return x * 2\n\n# done\n```\n\nAfter the code.",
            "- item\n  - nested item\n- third", "tab\there", "```\ncode first\n```", "text\n```\nx\n```",
        ]
        for s in samples {
            let html = HTMLText.fromText(s)
            #expect(!html.contains("\n") && !html.contains("\t"), "field must fit one TSV line: \(html)")
            #expect(HTMLText.toText(html) == s)
        }
    }

    /// The byte path gives what the scalar path gives, on fields mixed from tags, entities, code,
    /// Unicode (combining marks, "Prepend" scalars), carriage returns and stray "<" and "&".
    @Test func bytePathMatchesScalarPath() {
        let pieces = [
            "<br>", "<div>", "</div>", "<p>", "</p>", "<ul>", "<li>", "</li>", "</ul>", "<pre>", "<pre class=\"language-python\">",
            "</pre>", "<code>", "<code class=\"language-swift\">", "</code>", "<script>", "</script>", "<b>", "<é>", "<br→>",
            "&amp;", "&lt;", "&#955;", "&#x3bb;", "&#13;", "&#x600;", "&bogus;", "&", "<", " < ", ">", "a", "word", "  ", " ",
            "\n", "\r\n", "\r", "é", "e\u{301}", "```", "```\u{301}", "\u{600}x", "λ", "😀", "<!-- c -->", "<?x?>", "\t",
        ]
        var random = SeededRandom(seed: 7)
        for _ in 0..<5000 {
            let html = (0..<(1 + random.next(12))).map { _ in pieces[random.next(pieces.count)] }.joined()
            let expected = HTMLText.scalarToText(html)
            #expect(HTMLText.toText(html) == expected, "\(Array(html.unicodeScalars))")
            #expect(HTMLText.tidy(html) == HTMLText.scalarTidy(html), "\(Array(html.unicodeScalars))")
        }
        // A tag's ">" is looked for within 2000 scalars: at the limit, with runs of "<b " and non-ASCII between.
        for gap in [1997, 1998, 1999, 2000, 2001] {
            for filler in ["x", "é", "😀"] {
                let html = "<b" + String(repeating: filler, count: gap - 2) + ">y" + String(repeating: "<b ", count: 900) + "<i>z"
                #expect(HTMLText.toText(html) == HTMLText.scalarToText(html), "gap \(gap) \(filler)")
            }
        }
    }
}
