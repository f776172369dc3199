/// A word of a Go template, as `text/template`'s lexer splits it.
struct AlertTemplateToken: Equatable, Sendable {
    /// What a token is.
    enum Kind: Equatable, Sendable {
        /// Text outside actions, less the whitespace a neighbouring trim marker removes.
        case text
        /// A comment, `{{/* ... */}}`; it stands for a whole action.
        case comment
        /// `{{` (with its trim marker, if any).
        case leftDelimiter
        /// `}}` (with its trim marker, if any).
        case rightDelimiter
        /// Spaces, tabs and line breaks inside an action.
        case space
        /// `true` or `false`.
        case bool
        /// A character constant, `'a'`.
        case characterConstant
        /// A complex constant with a sign inside, `1+2i`.
        case complex
        /// A number, as written (`1`, `-1.5e3`, `0x1F`, `1i`).
        case number
        /// An interpreted string, `"..."`, quotes included.
        case string
        /// A raw string, `` `...` ``, quotes included.
        case rawString
        /// A function's name.
        case identifier
        /// A field, `.Labels`.
        case field
        /// A variable, `$labels`, or `$` alone.
        case variable
        /// `.` alone.
        case dot
        case leftParenthesis, rightParenthesis
        /// `|`.
        case pipe
        /// `=`.
        case assign
        /// `:=`.
        case declare
        /// Any other printable ASCII character, such as `,` (which only `range` takes).
        case punctuation(Unicode.Scalar)
        case keyword(AlertTemplateKeyword)
        /// What the lexer could not read; its text says why, and no token follows it.
        case error
        /// The end of the template.
        case endOfTemplate
    }

    var kind: Kind
    /// The token as written; for text, what is left of it after trimming; for an error, the message.
    var text: String
    /// Where the token starts, in Unicode scalars from the start of the template.
    var offset: Int

    /// The token as Go names it in "unexpected ..." errors: `<if>` for a keyword, `EOF`, or the text quoted.
    var quoted: String {
        switch kind {
        case .keyword: return "<\(text)>"
        case .endOfTemplate: return "EOF"
        default:
            let short =
                text.unicodeScalars.count > 10 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(10))) : text
            let escaped = short.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\n", with: "\\n")
            return "\"\(escaped)\"" + (short == text ? "" : "...")
        }
    }
}

/// The words that `text/template` reserves inside actions.
enum AlertTemplateKeyword: String, Sendable {
    case block, `break`, `continue`, define, `else`, end, `if`, `nil`, range, template, with
}
