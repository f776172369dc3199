/// What ``YAMLEmitter`` needs to know about a scalar's text, found in one pass over it: the line breaks
/// its own style choice looks at, and which styles can write the text as it is, decided the way
/// libyaml 0.2.5's emitter decides it (`yaml_emitter_analyze_scalar`) so that the emitter writes the
/// same text libyaml writes.
///
/// Only block context is covered: ``YAMLEmitter`` writes flow style only for empty collections, which
/// hold no scalars.
struct YAMLScalarAnalysis {
    /// The text is empty.
    let isEmpty: Bool
    /// The text has a line break (LF, CR, U+0085, U+2028 or U+2029).
    let isMultiline: Bool
    /// The text has a line feed.
    let hasLineFeed: Bool
    /// The text has U+0085, U+2028 or U+2029, which YAML 1.1 reads as line breaks and YAML 1.2 does not.
    let hasUnicodeLineBreak: Bool
    /// The text can be written plain: no indicator where it would start a token, no space or line
    /// break at either end, no line break at all, only printable characters.
    let allowsPlain: Bool
    /// The text can be written single-quoted: only printable characters, and no space next to a
    /// line break.
    let allowsSingleQuoted: Bool
    /// The text can be written as a literal block: not empty, only printable characters, no space
    /// before a line break and no space at the end.
    let allowsLiteral: Bool

    /// Analyses `text`.
    init(_ text: String) {
        var text = text
        self = text.withUTF8(Self.init(utf8:))
    }

    /// Analyses the UTF-8 text `bytes`. Reading the bytes straight from the string's buffer rather than
    /// iterating `unicodeScalars` (which checks the string's layout at every step) took this analysis
    /// from 4.2 to 2.6 ms of CPU for the 239 YAML documents of `generated/`.
    private init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        isEmpty = bytes.isEmpty
        var hasIndicator = Self.startsWithDocumentMarker(bytes) || Self.startsWithIndicator(bytes)
        let hasLeadingSpace = bytes.first == UInt8(ascii: " ")
        let hasTrailingSpace = bytes.last == UInt8(ascii: " ")
        var hasSpecialCharacter = false
        var hasLineFeed = false
        var hasUnicodeLineBreak = false
        var hasOtherLineBreak = false
        var hasSpaceAfterBreak = false
        var hasSpaceBeforeBreak = false
        var previous: Unicode.Scalar?
        var index = 0
        while index < bytes.count {
            // Printable ASCII other than space, `:` and `#` (most text) only needs remembering.
            let byte = bytes[index]
            if byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: ":") && byte != UInt8(ascii: "#") {
                previous = Unicode.Scalar(byte)
                index += 1
                continue
            }
            let (current, length) = bytes.unicodeScalar(at: index)
            index += length
            switch current {
            case " ":
                if let previous, Self.isBreak(previous) {
                    hasSpaceAfterBreak = true
                }
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                switch current {
                case "\n": hasLineFeed = true
                case "\r": hasOtherLineBreak = true
                default: hasUnicodeLineBreak = true
                }
                if previous == " " {
                    hasSpaceBeforeBreak = true
                }
            case ":":
                if Self.isBlank(in: bytes, at: index) {
                    hasIndicator = true
                }
            case "#":
                if let previous, Self.isBlank(previous) {
                    hasIndicator = true
                }
            default:
                break
            }
            if !Self.isPrintable(current) {
                hasSpecialCharacter = true
            }
            previous = current
        }
        self.hasLineFeed = hasLineFeed
        self.hasUnicodeLineBreak = hasUnicodeLineBreak
        isMultiline = hasLineFeed || hasUnicodeLineBreak || hasOtherLineBreak
        allowsPlain =
            !(hasIndicator || hasSpecialCharacter || isMultiline || hasLeadingSpace || hasTrailingSpace)
        allowsSingleQuoted = !(hasSpecialCharacter || hasSpaceAfterBreak || hasSpaceBeforeBreak)
        allowsLiteral = !isEmpty && !(hasSpecialCharacter || hasSpaceBeforeBreak || hasTrailingSpace)
    }

    /// The style libyaml writes when asked for `requested` (`yaml_emitter_select_scalar_style`):
    /// single quotes for plain text that cannot be plain (or an empty simple key), double quotes for
    /// single-quoted or literal text that cannot be written that way, and for a literal simple key.
    ///
    /// libyaml also double-quotes a multi-line simple key, but a multi-line key is never simple: the
    /// emitter writes it after `? `.
    func style(for requested: YAMLScalarStyle, isSimpleKey: Bool) -> YAMLScalarStyle {
        var style = requested
        if style == .plain && (!allowsPlain || (isEmpty && isSimpleKey)) {
            style = .singleQuoted
        }
        if style == .singleQuoted && !allowsSingleQuoted {
            style = .doubleQuoted
        }
        if style == .literal && (!allowsLiteral || isSimpleKey) {
            style = .doubleQuoted
        }
        return style
    }

    /// True when the text starts with `---` or `...`.
    private static func startsWithDocumentMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: ".") else { return false }
        return bytes[1] == bytes[0] && bytes[2] == bytes[0]
    }

    /// True when the character at `index` of `bytes` is blank (``isBlank(_:)``), or `index` is the end
    /// of the text, which counts as white space after the last character.
    private static func isBlank(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index == bytes.count || isBlank(bytes.unicodeScalar(at: index).scalar)
    }

    /// True when the first character of the text would start a YAML token in a plain scalar: `-`, `?`
    /// and `:` before white space (or alone), the other indicators always.
    private static func startsWithIndicator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
            UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
            UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
            UInt8(ascii: "`"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
            return isBlank(in: bytes, at: 1)
        default:
            return false
        }
    }

    /// The characters libyaml writes unescaped: LF, printable ASCII and the rest of the Basic
    /// Multilingual Plane from U+00A0 on, except the surrogates, U+FEFF, U+FFFE and U+FFFF. Tabs, CR,
    /// U+0085 and everything outside the Basic Multilingual Plane (emoji) are not printable to libyaml.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x20...0x7E, 0xA0...0xD7FF:
            return true
        case 0xE000...0xFFFD:
            return scalar.value != 0xFEFF
        default:
            return false
        }
    }

    /// A line break to YAML 1.1: LF, CR, U+0085, U+2028, U+2029.
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
            return true
        default:
            return false
        }
    }

    /// A space, tab, line break or NUL (libyaml's `IS_BLANKZ`).
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\0" || isBreak(scalar)
    }
}
