import Platform
import JSONKit

/// Reads the key-point curation file (Data/keypoints.json), keyed by card id:
///
///     {"version": 1, "cards": {"card-id": {"key_points": [{"text", "weight"?, "terms"}],
///                                          "misconceptions": ["label :: pattern", ...]}}}
///
/// The corpus build merges each entry into the card of that id. Errors name the file and the card.
public func loadKeyPoints(path: String) throws(CorpusError) -> [String: (keyPoints: [KeyPoint], misconceptions: [String])] {
    guard let data = FileSystem.contents(atPath: path) else {
        throw CorpusError("\(path): cannot read the file")
    }
    let json: JSON
    do {
        json = try JSONParser.parse(data)
    } catch {
        throw CorpusError("\(path): \(error.description)")
    }
    do throws(CorpusError) {
        return try parseKeyPoints(json)
    } catch {
        throw CorpusError("\(path): \(error.description)")
    }
}

/// The curation entries of an already parsed key-point file; see `loadKeyPoints(path:)`.
public func parseKeyPoints(_ json: JSON) throws(CorpusError) -> [String: (keyPoints: [KeyPoint], misconceptions: [String])] {
    guard let cards = json["cards"]?.objectValue else {
        throw CorpusError("expected an object with 'cards', a map from card id to key points")
    }
    var result: [String: (keyPoints: [KeyPoint], misconceptions: [String])] = [:]
    for (id, entry) in cards.pairs {
        do throws(CorpusError) {
            guard let list = entry["key_points"]?.arrayValue else { throw CorpusError("missing 'key_points'") }
            var points: [KeyPoint] = []
            for item in list { points.append(try KeyPoint(json: item)) }
            let rawMisconceptions = entry["misconceptions"]?.arrayValue ?? []
            let misconceptions = rawMisconceptions.compactMap(\.stringValue)
            guard misconceptions.count == rawMisconceptions.count else {
                throw CorpusError("'misconceptions' must be a list of strings")
            }
            guard result[id] == nil else { throw CorpusError("listed twice") }
            result[id] = (keyPoints: points, misconceptions: misconceptions)
        } catch {
            throw CorpusError("card '\(id)': \(error.description)")
        }
    }
    return result
}

/// The readable part of a misconception entry: "label :: pattern" gives "label"; a bare pattern is its own label.
public func misconceptionLabel(_ entry: String) -> String {
    guard let range = entry.firstRange(of: " :: ") else { return entry }
    return String(entry[..<range.lowerBound]).trimmedSpaces
}
