/// Finds the compose secrets a text refers to by their path in a container, `/run/secrets/<name>`.
package enum SecretReferences {
    /// The names referred to, each once, in order of first appearance.
    package static func names(in text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var names: [String] = []
            var index = 0
            while let start = firstPath(in: bytes, from: index) {
                var end = start
                while end < bytes.count, isNameByte(bytes[end]) {
                    end += 1
                }
                if end > start {
                    names.append(String(decoding: bytes[start..<end], as: UTF8.self))
                }
                index = end
            }
            return names.uniqued
        }
    }

    private static let directory = Array("/run/secrets/".utf8)

    /// The offset just past the next `/run/secrets/` at or after `offset`, if there is one.
    private static func firstPath(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        guard bytes.count >= directory.count else { return nil }
        var index = offset
        while index <= bytes.count - directory.count {
            if bytes[index] == directory[0], directory.indices.allSatisfy({ bytes[index + $0] == directory[$0] }) {
                return index + directory.count
            }
            index += 1
        }
        return nil
    }

    /// Letters, digits, `_`, `.` and `-`: the bytes of a secret's name.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        PrometheusNames.isLetterOrUnderscore(byte) || PrometheusNames.isDigit(byte) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "-")
    }
}
