import Platform

/// The article files of a sources folder, read in name order.
public enum ArticleSet {
    /// Every `.txt` file in `directory`, parsed into questions.
    public static func load(directory: String, fixes: [TextFix] = []) throws(CorpusError) -> [RawQuestion] {
        guard let entries = FileSystem.contentsOfDirectory(atPath: directory) else {
            throw CorpusError("\(directory): cannot list the folder")
        }
        let names = entries.filter { $0.hasSuffix(".txt") }.sorted()
        guard !names.isEmpty else { throw CorpusError("\(directory): no .txt articles found") }
        var all: [RawQuestion] = []
        for name in names {
            let path = directory + "/" + name
            guard let data = FileSystem.contents(atPath: path) else { throw CorpusError("\(path): cannot read") }
            var text = String(decoding: data, as: UTF8.self)
            for fix in fixes where fix.file == name { text = text.replacing(fix.find, with: fix.replace) }
            all += QAImporter.parse(text: text, file: name)
        }
        return all
    }
}
