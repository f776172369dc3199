/// A table printed with aligned columns: the first left-aligned, the others right-aligned.
struct TextTable {
    /// The column headings.
    var header: [String]
    /// The rows, each as many cells as the header.
    var rows: [[String]] = []

    /// The table as lines of text.
    var text: String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { cells in
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }
            .joined(separator: "  ")
        }
        .joined(separator: "\n")
    }
}
