import Foundation
import JSONKit

/// Reads the committed py-fsrs vectors (JSON lines) from the test bundle's Fixtures folder.
enum FixtureLoader {
    static func lines(_ name: String) throws -> [JSON] {
        let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONParser.parse(String($0)) }
    }
}
