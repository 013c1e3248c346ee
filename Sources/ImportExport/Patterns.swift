/// The regular expressions the readers still use, compiled once.
///
/// A regex literal is parsed every time it is evaluated; as a `static let` it is parsed on first use and
/// its compiled program is kept. Each is tried only on lines a hand-written check has let through
/// (a heading ending in `}`, a line holding `](`, a line starting `**`), so common lines never reach one.
/// `nonisolated(unsafe)`: `Regex` is not `Sendable`, but these are never mutated after initialisation.
enum Patterns {
    nonisolated(unsafe) static let anchor = /\s*\{#[^}]*\}$/
    nonisolated(unsafe) static let emphasised = /^(\*\*|__)(?:Q\d+[.:]?\s*|\d+[.)]\s*)?[^*_].*(\*\*|__)[:.]?$/
    nonisolated(unsafe) static let image = /!\[[^\]]*\]\([^)]*\)/
    nonisolated(unsafe) static let link = /\[([^\]]*)\]\([^)]*\)/
    nonisolated(unsafe) static let bold = /\*\*|__/
    nonisolated(unsafe) static let tag = /<\/?(b|i|em|strong|span|a|u|br|sup|sub)\b[^>]*>/
    nonisolated(unsafe) static let escape = /\\([\\`*_{}\[\]()#+\-.!])/
    nonisolated(unsafe) static let contentsEntry = /^([-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*$/
    nonisolated(unsafe) static let imageAlone = /^!\[[^\]]*\]\([^)]*\)\s*$/
    /// "12. What…", "Q3) What…", "Question 4: What…", "Q1.2: What…" (a section's numbering).
    nonisolated(unsafe) static let numberLabel = /^(?i:q(?:uestion)?\s*)?\d{1,4}(?:\.\d{1,3})*\s*[.):\-]\s+(.+)$/
    /// A line that says it is a question: "Q: …", "Question: …", "Q1.2: …", "Question 4) …".
    nonisolated(unsafe) static let questionLabelled = /^(?i:q|question)\s*(?:\d{1,4}(?:\.\d{1,3})*)?\s*[.:)\-]\s+\S/
    nonisolated(unsafe) static let questionLabel = /^(?i:q|question)\s*[.:]\s+(.+)$/
    /// An answer label as a question's first answer line writes it: "Answer: …", "**Answer:**", "*A:* …",
    /// or inside a list item ("- *A:* …", the marker captured). Matched against a line's first 40 characters
    /// (`ArticleReader.answerLabel`), so a long line costs no more than a short one.
    nonisolated(unsafe) static let answerLabelMarked = /^ *([-*+] +)?[*_]{0,2}(?i:answer|a|ans|solution)[ \t]*[:.][*_]{0,2}[ \t]*/
    /// An Obsidian callout's first line (without its "> "): `[!question]`, `[!answer]- Title`.
    nonisolated(unsafe) static let callout = /^\[!([A-Za-z][A-Za-z-]*)\][-+]?\s*(.*)$/
    /// `<!-- guid: X -->` / `<!-- id: X -->` after a question's answer: the id its file gives it.
    nonisolated(unsafe) static let idComment = /^<!--\s*(?i:guid|id):\s*(\S(?:.*\S)?)\s*-->$/
    /// A line of "Key: value" metadata above a question: "1) Topic: Fundamentals, Level: Intermediate".
    nonisolated(unsafe) static let metadataLine = /^(?:\d{1,4}[.)]\s*,?\s*)?(?i:topic|level|difficulty|category|tags?|section|source)\s*:\s*[^:]{1,40}(?:,\s*(?i:topic|level|difficulty|category|tags?|section|source)\s*:\s*[^:,]{1,40}){0,4}\s*$/
    nonisolated(unsafe) static let statedLevel = /(?i:level|difficulty)\s*:\s*([A-Za-z]+)/
    nonisolated(unsafe) static let deckMeta = /^<!--\s*(?:dlquiz\s+)?id:\s*(.*?)\s*(?:\|\s*tags:\s*(.*?)\s*)?-->\s*$/
    nonisolated(unsafe) static let heading = /^#{1,6}\s+(.+)$/
    /// What `HTMLText.looksLikeHTML` looks for (a test compares the two).
    nonisolated(unsafe) static let htmlMarkup = /(?i)<\/?(br|div|p|b|i|u|ul|ol|li|pre|code|span|img|a|strong|em|sub|sup|hr|font|table)\b[^>]*>|&(amp|lt|gt|quot|nbsp|#\d+|#x[0-9a-f]+);/
    /// A `<pre>`/`<code>` tag's `language-X` class, compiled once (a literal in the loop was parsed again at
    /// every tag: a 58 KB Anki file of code fields took 30 ms).
    nonisolated(unsafe) static let languageClass = /language-([A-Za-z0-9_+#-]+)/
    /// `htmlMarkup`'s entity branch alone.
    nonisolated(unsafe) static let htmlEntity = /(?i)&(amp|lt|gt|quot|nbsp|#\d+|#x[0-9a-f]+);/
    nonisolated(unsafe) static let escapedMarker = /^ +(Q:|A:|C:|---\s*$|#{1,6}\s|<!--)/
}
