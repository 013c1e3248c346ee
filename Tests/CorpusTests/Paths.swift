import Foundation

/// Files of the package, found from this source file so tests run from any directory.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static var seeds: String { packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path }
    static var corpus: String { packageRoot.appendingPathComponent("Data/corpus.json").path }
    static var curation: String { packageRoot.appendingPathComponent("Data/curation.json").path }
}
