/// How ``YAMLEmitter`` writes a scalar: the four styles of YAML's block output that it uses.
enum YAMLScalarStyle: Sendable {
    /// Unquoted: `text`.
    case plain
    /// `'text'`, with `'` written twice.
    case singleQuoted
    /// `"text"`, with backslash escapes.
    case doubleQuoted
    /// A literal block, `|` and the text on the following lines.
    case literal
}
