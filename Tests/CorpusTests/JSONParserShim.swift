import JSONKit

enum JSONParserShim {
    static func parse(_ text: String) throws -> JSON { try JSONParser.parse(text) }
}
