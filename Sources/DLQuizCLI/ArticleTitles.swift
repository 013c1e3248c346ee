/// The titles of the five source articles, for people; `--json` keeps the file names.
///
/// The deck names a source by its file (a hash name); the title is the article's first line.
/// A file not listed here (another deck, via --corpus) is shown by its file name.
enum ArticleTitles {
    static let byFile: [String: String] = [
        "000_17177c7649fa3717.txt": "What is Deep Learning? and its Interview Questions",
        "001_ab552e0b46fc54ef.txt": "Top Deep Learning Interview Questions and Answers for 2023",
        "002_753cf30d5dbbeea9.txt": "Deep Learning Interview Questions and Answers for 10 years experience",
        "003_7e981edba47e86d0.txt": "80 Essential Deep Learning Interview Questions in ML and Data Science 2024",
        "004_e9393e6c060b5208.txt": "Deep Learning Interview Questions and Answers (2025) | JaganInfo",
    ]

    /// "Q9 · 80 Essential Deep Learning Interview Questions in ML and Data Science 2024"
    static func describe(file: String, index: Int) -> String {
        "Q\(index) · \(byFile[file] ?? file)"
    }
}
