import Testing

@testable import VigilBackends

/// The byte helpers the README and preview writers share.
@Suite("UTF-8 bytes of strings: found and appended as the utf8 view has them")
struct StringUTF8BytesTests {
    @Test("a byte is found wherever it is, and not found when absent", arguments: ["", "a", "été|", "|", "x✓y"])
    func containsByte(text: String) {
        #expect(text.containsUTF8Byte(where: { $0 == UInt8(ascii: "|") }) == text.utf8.contains(UInt8(ascii: "|")))
        #expect(text.containsUTF8Byte(where: { $0 >= 0x80 }) == text.utf8.contains { $0 >= 0x80 })
    }

    @Test("appended bytes are the text's UTF-8, after what was there")
    func append() {
        var bytes: [UInt8] = [0x41]
        bytes.appendUTF8(of: "é ✓")
        bytes.appendUTF8(of: "")
        #expect(bytes == [0x41] + Array("é ✓".utf8))
    }
}
