import Testing
@testable import ImportExport

@Suite struct TextInputTests {
    @Test func refusesWhatIsNotText() {
        #expect(throws: ImportError(file: "e.csv", "the file is empty")) { _ = try TextInput.decode([], file: "e.csv") }
        #expect(throws: ImportError(file: "e.csv", "the file is empty")) { _ = try TextInput.decode(Array(" \n\n".utf8), file: "e.csv") }
        #expect(throws: ImportError(file: "b.bin", line: 2, "binary data (a NUL byte), not a text file")) {
            _ = try TextInput.decode([0x61, 0x0A, 0x62, 0x00], file: "b.bin")
        }
        #expect(throws: ImportError(file: "u.txt", line: 3, "invalid UTF-8 (byte 0xFF); save the file as UTF-8")) {
            _ = try TextInput.decode(Array("a\nb\n".utf8) + [0xFF], file: "u.txt")
        }
        #expect(throws: ImportError(file: "u.txt", line: 1, "invalid UTF-8 (byte 0xC0); save the file as UTF-8")) {
            _ = try TextInput.decode([0xC0, 0x80], file: "u.txt")  // overlong NUL
        }
        let long = [UInt8]("q\t".utf8) + [UInt8](repeating: 0x61, count: TextInput.maxLineBytes + 1)
        #expect(throws: ImportError(file: "l.tsv", line: 1, "line longer than 1 MB; not a deck file")) { _ = try TextInput.decode(long, file: "l.tsv") }
        #expect((try? TextInput.decode(long, file: "l.json", allowLongLines: true)) != nil)
    }

    @Test func acceptsUTF8WithBOM() throws {
        #expect(try TextInput.decode([0xEF, 0xBB, 0xBF] + Array("Q: é?\n".utf8), file: "x") == "Q: é?\n")
    }

    @Test func formatDetection() {
        #expect(ImportFormat.detect(path: "a.txt", text: "#separator:tab\n#html:true\nq\ta\n") == .tsv)
        #expect(ImportFormat.detect(path: "a.txt", text: "q\ta\nq2\ta2\n") == .tsv)
        #expect(ImportFormat.detect(path: "a.md", text: "# Deck\n\nQ: x?\nA: y\n") == .markdown)
        #expect(ImportFormat.detect(path: "a.md", text: "# Title\n\n## What is x?\ny\n") == .article)
        #expect(ImportFormat.detect(path: "a.csv", text: "q,a\n") == .csv)
        #expect(ImportFormat.detect(path: "deck", text: " {\"cards\": []}") == .json)
        #expect(ImportFormat.detect(path: "a.txt", text: "1. What is x?\nAn answer.\n") == .article)
    }
}
