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
    nonisolated(unsafe) static let numberLabel = /^(?i:q(?:uestion)?\s*)?\d{1,4}\s*[.):\-]\s+(.+)$/
    nonisolated(unsafe) static let questionLabel = /^(?i:q|question)\s*[.:]\s+(.+)$/
    nonisolated(unsafe) static let answerLabel = /^(?i:answer|a|ans)\s*[:.]\s*(.*)$/
    nonisolated(unsafe) static let deckMeta = /^<!--\s*(?:dlquiz\s+)?id:\s*(.*?)\s*(?:\|\s*tags:\s*(.*?)\s*)?-->\s*$/
    nonisolated(unsafe) static let heading = /^#{1,6}\s+(.+)$/
    /// What `HTMLText.looksLikeHTML` looks for (a test compares the two).
    nonisolated(unsafe) static let htmlMarkup = /(?i)<\/?(br|div|p|b|i|u|ul|ol|li|pre|code|span|img|a|strong|em|sub|sup|hr|font|table)\b[^>]*>|&(amp|lt|gt|quot|nbsp|#\d+|#x[0-9a-f]+);/
    /// `htmlMarkup`'s entity branch alone.
    nonisolated(unsafe) static let htmlEntity = /(?i)&(amp|lt|gt|quot|nbsp|#\d+|#x[0-9a-f]+);/
    nonisolated(unsafe) static let escapedMarker = /^ +(Q:|A:|C:|---\s*$|#{1,6}\s|<!--)/
}
