/// The text ``YAMLEmitter`` writes, as UTF-8 bytes, with the layout state libyaml's emitter keeps to
/// decide where line breaks and spaces go: whether the last thing written was white space, and
/// whether the current line holds only indentation and indicators (`-`, `?`, `:` of a complex key).
///
/// Line breaks are `\n`; the text starts with the header lines it was created with.
struct YAMLTextWriter {
    /// The text so far.
    private(set) var bytes: [UInt8] = []
    /// Where the current line starts in ``bytes``.
    private var lineStart = 0
    /// The last thing written was white space (or the start of the text), so that an indicator or a
    /// scalar that needs white space before it does not need a space of its own (libyaml's
    /// `whitespace`).
    var isAfterWhitespace = true
    /// The current line holds only indentation and indicators written with `isIndention` (libyaml's
    /// `indention`).
    var isIndention = true

    /// Starts the text with `header`, each line followed by a line break.
    init(header: [String]) {
        for line in header {
            bytes.append(contentsOf: line.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        lineStart = bytes.count
    }

    /// The number of bytes on the current line. libyaml counts characters, but this count only
    /// matters while ``isIndention`` holds, when the line is spaces and ASCII indicators.
    private var column: Int {
        bytes.count - lineStart
    }

    /// Moves to column `indent` for the next item, starting a new line unless the current one still
    /// holds only indentation and indicators short of `indent` (libyaml's `yaml_emitter_write_indent`).
    mutating func writeIndent(_ indent: Int) {
        if !isIndention || column > indent || (column == indent && !isAfterWhitespace) {
            writeBreak()
        }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(indent - column, 0)))
        isAfterWhitespace = true
        isIndention = true
    }

    /// Writes a one-character indicator such as `-`, `:` or `"`, after a space when it needs white
    /// space before it and the text does not end with some (libyaml's `yaml_emitter_write_indicator`).
    /// `isIndention` keeps the line counting as indentation, as `-` and `?` do.
    mutating func writeIndicator(
        _ indicator: Unicode.Scalar, needsWhitespace: Bool = false, isWhitespace: Bool = false,
        isIndention: Bool = false
    ) {
        if needsWhitespace && !isAfterWhitespace {
            bytes.append(UInt8(ascii: " "))
        }
        bytes.append(UInt8(ascii: indicator))
        isAfterWhitespace = isWhitespace
        self.isIndention = self.isIndention && isIndention
    }

    /// Ends the current line.
    mutating func writeBreak() {
        bytes.append(UInt8(ascii: "\n"))
        lineStart = bytes.count
    }

    /// Appends `text`, which has no line break, leaving the layout state as it is.
    mutating func append(_ text: some Sequence<UInt8>) {
        bytes.append(contentsOf: text)
    }

    /// Appends one ASCII character, which is not a line break, leaving the layout state as it is.
    mutating func append(_ character: Unicode.Scalar) {
        bytes.append(UInt8(ascii: character))
    }
}
