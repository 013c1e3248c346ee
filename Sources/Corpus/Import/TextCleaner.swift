/// Removes what text extraction leaves behind: emoji, bullet glyphs, odd spaces.
enum TextCleaner {
    static func isBulletGlyph(_ s: Unicode.Scalar) -> Bool {
        "•◦▪▫●○■□►▶‣⁃∙·–—-*".unicodeScalars.contains(s)
    }

    /// Emoji, pictographs, dingbats, variation selectors, joiners and bullets.
    static func isDecoration(_ s: Unicode.Scalar) -> Bool {
        if isBulletGlyph(s) { return true }
        switch s.value {
        case 0xFE00...0xFE0F, 0x200D, 0x20E3: return true  // variation selectors, joiner, keycap
        case 0x2600...0x27BF: return true  // misc symbols, dingbats
        case 0x2B00...0x2BFF: return true  // arrows, squares, stars
        case 0x1F000...0x1FAFF: return true  // emoji blocks
        default: return s.properties.isEmojiPresentation
        }
    }

    /// Non-breaking and other odd spaces become plain spaces; runs of spaces collapse; emoji go.
    static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = false
        for s in text.unicodeScalars {
            if s.properties.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            if s.value >= 0x1F000 || (0xFE00...0xFE0F).contains(s.value) || s.value == 0x200D { continue }
            out.append(s)
            lastWasSpace = false
        }
        var result = String(out)
        while result.hasSuffix(" ") { result.removeLast() }
        while result.hasPrefix(" ") { result.removeFirst() }
        return result
    }
}
