import CYAML

@testable import YAMLKit

/// The test oracle for ``YAMLEmitter``: the emitter YAMLKit had before it wrote YAML itself. It asks
/// libyaml's event API for the same scalar styles (``YAMLEmitter/requestedStyle(for:analysis:)``) with the same settings,
/// and lets libyaml decide everything else: style upgrades, indentation, block scalar headers, escapes.
struct LibYAMLEmitter {
    /// The text libyaml writes for `node`, with `header` lines first, each followed by a newline.
    func emit(_ node: YAMLNode, header: [String] = []) throws(YAMLError) -> String {
        var body = try YAMLEventWriter.write { (writer) throws(YAMLError) in
            try write(node, to: writer)
        }
        // libyaml ends the stream with a `...` marker when a scalar keeps its trailing line breaks
        // (`|+`), in case another document follows. None does, and the marker can be nothing else: a
        // `...` line at column 0 inside a scalar would be quoted or indented.
        let documentEnd = Array("\n...\n".utf8)
        if body.count > documentEnd.count && body.suffix(documentEnd.count).elementsEqual(documentEnd) {
            body.removeLast(documentEnd.count - 1)
        }
        return header.map { $0 + "\n" }.joined() + String(decoding: body, as: UTF8.self)
    }

    private func write(_ node: YAMLNode, to writer: YAMLEventWriter) throws(YAMLError) {
        switch node {
        case .string(let value):
            try writer.scalar(value, style: Self.requestedStyle(for: value))
        case .int(let value):
            try writer.scalar(String(value), style: YAML_PLAIN_SCALAR_STYLE)
        case .float(let value):
            try writer.scalar(YAMLEmitter.text(for: value), style: YAML_PLAIN_SCALAR_STYLE)
        case .bool(let value):
            try writer.scalar(value ? "true" : "false", style: YAML_PLAIN_SCALAR_STYLE)
        case .null:
            try writer.scalar("null", style: YAML_PLAIN_SCALAR_STYLE)
        case .sequence(let elements):
            try writer.sequenceStart()
            for element in elements {
                try write(element, to: writer)
            }
            try writer.sequenceEnd()
        case .mapping(let mapping):
            try writer.mappingStart()
            var keys = Set<String>()
            for entry in mapping {
                guard keys.insert(entry.key).inserted else {
                    throw YAMLError(message: "duplicate mapping key '\(entry.key)'")
                }
                try writer.scalar(entry.key, style: Self.requestedStyle(for: entry.key))
                try write(entry.value, to: writer)
            }
            try writer.mappingEnd()
        }
    }

    /// The style ``YAMLEmitter`` asks for when writing `text`, in libyaml's terms.
    private static func requestedStyle(for text: String) -> yaml_scalar_style_t {
        switch YAMLEmitter.requestedStyle(for: text, analysis: YAMLScalarAnalysis(text)) {
        case .plain: YAML_PLAIN_SCALAR_STYLE
        case .singleQuoted: YAML_SINGLE_QUOTED_SCALAR_STYLE
        case .doubleQuoted: YAML_DOUBLE_QUOTED_SCALAR_STYLE
        case .literal: YAML_LITERAL_SCALAR_STYLE
        }
    }
}
