/// Compatibility folding without Foundation: accents off Latin letters, fullwidth forms to ASCII,
/// ligatures and super/subscript digits spelled out. Covers what people type in answers; any other
/// letter is kept (lower-cased) and any other symbol separates words.
enum UnicodeFolding {
    /// Scalar → replacement text.
    static let table: [UInt32: String] = {
        var t: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅĀĂĄàáâãäåāăą", "a"), ("ÇĆĈĊČçćĉċč", "c"), ("ĎĐďđ", "d"), ("ÈÉÊËĒĔĖĘĚèéêëēĕėęě", "e"),
            ("ĜĞĠĢĝğġģ", "g"), ("ĤĦĥħ", "h"), ("ÌÍÎÏĨĪĬĮİìíîïĩīĭįı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"),
            ("ĹĻĽĿŁĺļľŀł", "l"), ("ÑŃŅŇñńņň", "n"), ("ÒÓÔÕÖØŌŎŐòóôõöøōŏő", "o"), ("ŔŖŘŕŗř", "r"),
            ("ŚŜŞŠśŝşš", "s"), ("ŢŤŦţťŧ", "t"), ("ÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűų", "u"), ("Ŵŵ", "w"), ("ÝŸŶýÿŷ", "y"),
            ("ŹŻŽźżž", "z"), ("⁰₀", "0"), ("¹₁", "1"), ("²₂", "2"), ("³₃", "3"), ("⁴₄", "4"), ("⁵₅", "5"),
            ("⁶₆", "6"), ("⁷₇", "7"), ("⁸₈", "8"), ("⁹₉", "9"), ("ⁱ", "i"), ("ⁿ", "n"), ("ᵢ", "i"), ("ⱼ", "j"),
            ("ₖ", "k"), ("ₜ", "t"), ("ₓ", "x"),
        ]
        for (letters, base) in groups { for s in letters.unicodeScalars { t[s.value] = base } }
        let words: [(UInt32, String)] = [
            (0x00DF, "ss"), (0x00C6, "ae"), (0x00E6, "ae"), (0x0152, "oe"), (0x0153, "oe"), (0xFB00, "ff"), (0xFB01, "fi"),
            (0xFB02, "fl"), (0xFB03, "ffi"), (0xFB04, "ffl"), (0xFB05, "st"), (0xFB06, "st"), (0x00BD, "1/2"),
        ]
        for (v, text) in words { t[v] = text }
        return t
    }()

    /// The ASCII form of a fullwidth character (U+FF01–U+FF5E), if it is one.
    static func fullwidth(_ v: UInt32) -> UInt8? {
        (0xFF01...0xFF5E).contains(v) ? UInt8(v - 0xFEE0) : nil
    }
}
