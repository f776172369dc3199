/// Text in a preview: escaped for XML, and cut to a width by an estimate of its width. The previews are drawn in
/// a monospaced font, so that the estimate (every character 0.6 em wide) holds and needs no font metrics: the
/// same text is cut at the same place on every machine.
enum PreviewText {
    /// The width of a character, in tenths of the font size.
    static let characterWidth = 6

    /// `text` with XML's special characters as entities, on one line: line breaks, tabs and the characters
    /// XML 1.0 does not allow (other control characters, U+FFFE, U+FFFF) become spaces.
    static func escaped(_ text: String) -> String {
        // Most text (every colour and plain title) has nothing to escape: returned as it is.
        guard text.containsUTF8Byte(where: mayNeedEscaping) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: escaped += " "
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Whether ``escaped(_:)`` may change the character this UTF-8 byte is part of: XML's special characters,
    /// the controls, and the lead byte `0xEF` of U+FFFE and U+FFFF (and of other characters, kept as they are).
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
        default: byte < 0x20
        }
    }

    /// The estimated width of `text` in pixels at `fontSize`, rounded up.
    static func width(of text: String, fontSize: Int) -> Int {
        (text.count * fontSize * characterWidth + 9) / 10
    }

    /// `text` if it fits in `width` pixels at `fontSize`; otherwise as many of its first characters as fit
    /// with an ellipsis after them, or nothing when not even the ellipsis fits.
    static func fitted(_ text: String, width: Int, fontSize: Int) -> String {
        let fitting = Swift.max(0, width * 10 / (fontSize * characterWidth))
        guard text.count > fitting else { return text }
        guard fitting > 0 else { return "" }
        return text.prefix(fitting - 1) + "…"
    }
}
