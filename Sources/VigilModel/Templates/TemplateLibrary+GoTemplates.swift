extension TemplateLibrary {
    /// The names the files define with `{{ define "name" }}` (Go templates, as Alertmanager reads them).
    var definedTemplateNames: Set<String> {
        Set(files.values.flatMap(Self.definedTemplateNames(in:)))
    }

    /// The names `text` defines: each `{{`, then an optional `-`, any white space, `define`, at least one white
    /// space and a name in double quotes. Read a character at a time: the regular expression this replaces,
    /// `\{\{-?\s*define\s+"([^"]+)"`, took a third of a millisecond over the package's 4 KB of templates.
    static func definedTemplateNames(in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var names: [String] = []
        var start = 0
        while start + 1 < scalars.count {
            if scalars[start] == "{", scalars[start + 1] == "{",
                let (name, end) = definition(in: scalars, after: start + 2)
            {
                names.append(name)
                start = end
            } else {
                start += 1
            }
        }
        return names
    }

    /// The name of the definition whose action's `{{` ends before `position`, and where the name's closing quote
    /// ends; `nil` when the action there is no definition.
    private static func definition(in scalars: [Unicode.Scalar], after position: Int) -> (String, Int)? {
        var index = position
        func skipWhiteSpace() {
            while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        }
        if index < scalars.count, scalars[index] == "-" { index += 1 }
        skipWhiteSpace()
        for keyword in "define".unicodeScalars {
            guard index < scalars.count, scalars[index] == keyword else { return nil }
            index += 1
        }
        let keywordEnd = index
        skipWhiteSpace()
        guard index > keywordEnd, index < scalars.count, scalars[index] == "\"" else { return nil }
        let nameStart = index + 1
        guard let close = scalars[nameStart...].firstIndex(of: "\""), close > nameStart else { return nil }
        var name = String.UnicodeScalarView()
        name.append(contentsOf: scalars[nameStart..<close])
        return (String(name), close + 1)
    }
}
