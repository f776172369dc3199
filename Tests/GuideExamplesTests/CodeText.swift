/// Example code as the guide shows it and the tests compare it: the lines of a fenced block or of a marked region of
/// Swift, without the indentation they share, trailing spaces, and blank lines at either end.
struct CodeText: Hashable, Sendable, CustomStringConvertible {
    /// The normalised text.
    let text: String

    /// The normalised form of `lines`.
    init(_ lines: some Sequence<Substring>) {
        var kept = lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
        while kept.first?.isEmpty == true { kept.removeFirst() }
        while kept.last?.isEmpty == true { kept.removeLast() }
        let indentation = kept.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        text = kept.map { String($0.dropFirst(Swift.min(indentation, $0.count))) }.joined(separator: "\n")
    }

    var description: String { text }
}
