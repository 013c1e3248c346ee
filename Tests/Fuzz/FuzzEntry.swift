import ImportExport

/// libFuzzer entry: every reader on the same bytes. Built by Tests/Fuzz/run_fuzz.sh with
/// `-sanitize=fuzzer`, never by `swift build`/`swift test` (no target includes this folder).
///
/// The bytes go through `FileReader` as a `.txt` or a `.md` file, by the input's length (checks, decoding,
/// format detection, the chosen reader), then, decoded leniently so that NULs, control characters and long lines reach them too, through
/// each reader directly. A thrown `ImportError` is an answer; a trap, a hang or a leak is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? FileReader.read(bytes: bytes, path: size % 2 == 0 ? "fuzz.txt" : "fuzz.md")
    let text = String(decoding: bytes, as: UTF8.self)
    _ = ArticleReader.read(text, file: "fuzz")
    _ = MarkdownDeckReader.read(text, file: "fuzz")
    _ = try? AnkiTextReader.read(text, file: "fuzz", format: .csv)
    _ = try? AnkiTextReader.read(text, file: "fuzz", format: .tsv)
    _ = try? JSONDeckReader.read(text, file: "fuzz")
    return 0
}
