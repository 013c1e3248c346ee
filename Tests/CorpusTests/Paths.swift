import Foundation

/// Files of the package, found from this source file so tests run from any directory.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The five source articles of the deck, committed with it.
    static var articles: String { packageRoot.appendingPathComponent("Data/articles").path }
    static var corpus: String { packageRoot.appendingPathComponent("Data/corpus.json").path }
    static var curation: String { packageRoot.appendingPathComponent("Data/curation.json").path }
}
