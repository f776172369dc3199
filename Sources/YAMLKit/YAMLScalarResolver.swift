/// YAML 1.1 plain-scalar resolution (what Go's yaml.v2 and PyYAML read): used by the parser to type plain
/// scalars, and by the emitter to decide when a string must be quoted.
///
/// Everything here is a small hand-written scanner over UTF-8 bytes: no regular expressions, and no
/// allocation for the common short scalars.
public enum YAMLScalarResolver: Sendable {
    /// The node a YAML 1.1 reader makes of this text written as a plain (unquoted) scalar.
    ///
    /// - `""`, `~`, `null`, `Null`, `NULL` are `.null`.
    /// - `y`, `yes`, `true`, `on` and `n`, `no`, `false`, `off` (lower case, capitalised or upper case)
    ///   are booleans.
    /// - Integers: decimal, `0b…`, `0x…`, `0o…` (YAML 1.2), old-style octal `0…` and sexagesimal
    ///   `190:20:30`, each with an optional sign and `_` separators. An integer that does not fit in `Int`
    ///   stays a string.
    /// - Floats: `1.5`, `1.`, `.5`, `1.5e-3`, `1e3` (YAML 1.2 and yaml.v2), sexagesimal `1:30.5`, `.inf`,
    ///   `-.inf`, `.nan`.
    /// - Everything else, timestamps and `<<` included, is `.string(text)`.
    public static func resolve(plain text: String) -> YAMLNode {
        if text.utf8.count <= 6 {
            switch text {
            case "", "~", "null", "Null", "NULL":
                return .null
            case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON":
                return .bool(true)
            case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF":
                return .bool(false)
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
                return .float(.infinity)
            case "-.inf", "-.Inf", "-.INF":
                return .float(-.infinity)
            case ".nan", ".NaN", ".NAN":
                return .float(.nan)
            default:
                break
            }
        }
        var utf8 = text
        let number = utf8.withUTF8 { bytes -> YAMLNode? in
            if let value = integer(bytes) { return .int(value) }
            if let value = float(bytes) { return .float(value) }
            return nil
        }
        return number ?? .string(text)
    }

    /// True when the string must be quoted so that every YAML 1.1 (and 1.2) reader reads it back as this exact string.
    ///
    /// The test is deliberately wider than ``resolve(plain:)``: quoting a string that did not need it is
    /// harmless, writing one plain that some reader types differently is a bug. It is true for:
    /// - the empty string, and `null`, `~`, the YAML 1.1 booleans, `.inf`, `.nan`, `<<` and `=` in any
    ///   letter case (Ruby's Psych ignores case);
    /// - anything that looks like a number to PyYAML, ruamel.yaml, Go's yaml.v2/v3, Psych or a YAML 1.2
    ///   reader: signs, `_` and `,` separators, `0x`/`0o`/`0b` prefixes in either case, old octal,
    ///   sexagesimal `1:30`, dots and exponents (`1.2.3` included, which the YAML 1.1 float pattern
    ///   matches);
    /// - anything starting like a timestamp (`2024-1-2…`);
    /// - a YAML indicator as first character, `...` as prefix, leading or trailing whitespace, `": "`,
    ///   `" #"` or a trailing `:`;
    /// - `{{` (Go templates are quoted so they read as the strings they are);
    /// - tabs, line breaks, control and format characters, and the noncharacters U+FFFE and U+FFFF.
    public static func requiresQuoting(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return true }
        if isIndicator(first) || isWhitespace(first) || isWhitespace(last) || last == ":" {
            return true
        }
        if text.utf8.count <= 5 && isReservedWord(text.lowercased()) {
            return true
        }
        var utf8 = text
        return utf8.withUTF8 { bytes in
            let startsWithDocumentEnd = bytes.count >= 3 && bytes[..<3].allSatisfy { $0 == UInt8(ascii: ".") }
            return startsWithDocumentEnd || containsUnsafeCharacters(bytes) || looksNumeric(bytes)
                || looksLikeTimestamp(bytes)
        }
    }

    /// Unicode's white space; ASCII is decided without looking up the scalar's properties.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isWhitespace }
        return scalar == " " || (0x09...0x0D).contains(scalar.value)
    }

    /// The characters that start a YAML token when they come first in a plain scalar.
    private static func isIndicator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
            return true
        default:
            return false
        }
    }

    /// Words some YAML reader gives a meaning, compared in lower case.
    private static func isReservedWord(_ lowercased: String) -> Bool {
        switch lowercased {
        case "~", "null", "y", "yes", "n", "no", "true", "false", "on", "off", "<<", "=",
            ".inf", "+.inf", "-.inf", ".nan", "+.nan", "-.nan":
            return true
        default:
            return false
        }
    }

    /// True when the UTF-8 text `bytes` has `": "`, `" #"`, `"{{"`, or characters a reader may not take
    /// back as written (C0 and C1 controls, DEL, format characters such as U+FEFF, line and paragraph
    /// separators, U+FFFE and U+FFFF). Reading the bytes rather than the string's `unicodeScalars` took
    /// ``requiresQuoting(_:)`` from 4.8 to 3.7 ms of CPU for the 239 YAML documents of `generated/`.
    private static func containsUnsafeCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: Unicode.Scalar = "\0"
        var index = 0
        while index < bytes.count {
            let (scalar, length) = bytes.unicodeScalar(at: index)
            index += length
            // Printable ASCII other than space, `#` and `{` is safe after any character (the fast path
            // for most text).
            if scalar.value > 0x20 && scalar.value < 0x7F && scalar != "#" && scalar != "{" {
                previous = scalar
                continue
            }
            switch (previous, scalar) {
            case (":", " "), (" ", "#"), ("{", "{"):
                return true
            default:
                break
            }
            if isUnprintable(scalar) {
                return true
            }
            previous = scalar
        }
        return false
    }

    /// True for the characters ``containsUnsafeCharacters(_:)`` rejects.
    private static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar.value < 0x20 || scalar.value == 0x7F
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return scalar.value == 0xFFFE || scalar.value == 0xFFFF
        }
    }
}
