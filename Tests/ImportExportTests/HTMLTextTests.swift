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
}
