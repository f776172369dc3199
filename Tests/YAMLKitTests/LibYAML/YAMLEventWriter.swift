import CYAML
import YAMLKit

/// The libyaml side of ``LibYAMLEmitter``: a `yaml_emitter_t` that lives for one ``write(_:)`` call, fed
/// one event per method call.
struct YAMLEventWriter {
    private let emitter: UnsafeMutablePointer<yaml_emitter_t>

    /// Runs `body` between the stream and document events of a fresh emitter and returns the bytes
    /// written: block style, 2-space indent, unlimited line width, unicode unescaped where libyaml
    /// allows it, UTF-8, `\n` line breaks, implicit document start and end (libyaml still ends the
    /// stream with `...` after a `|+` scalar; ``LibYAMLEmitter`` removes it).
    static func write(_ body: (YAMLEventWriter) throws(YAMLError) -> Void) throws(YAMLError) -> [UInt8] {
        let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
        defer { emitter.deallocate() }
        guard yaml_emitter_initialize(emitter) == 1 else {
            throw YAMLError(message: "libyaml could not initialise an emitter")
        }
        defer { yaml_emitter_delete(emitter) }
        var output: [UInt8] = []
        try withUnsafeMutablePointer(to: &output) { (output) throws(YAMLError) in
            yaml_emitter_set_output(
                emitter,
                { output, buffer, size in
                    guard let output, let buffer else { return 0 }
                    output.assumingMemoryBound(to: [UInt8].self).pointee
                        .append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                    return 1
                },
                output
            )
            yaml_emitter_set_encoding(emitter, YAML_UTF8_ENCODING)
            yaml_emitter_set_indent(emitter, 2)
            yaml_emitter_set_width(emitter, -1)
            yaml_emitter_set_unicode(emitter, 1)
            yaml_emitter_set_break(emitter, YAML_LN_BREAK)
            let writer = YAMLEventWriter(emitter: emitter)
            try writer.emit { yaml_stream_start_event_initialize($0, YAML_UTF8_ENCODING) }
            try writer.emit { yaml_document_start_event_initialize($0, nil, nil, nil, 1) }
            try body(writer)
            try writer.emit { yaml_document_end_event_initialize($0, 1) }
            try writer.emit { yaml_stream_end_event_initialize($0) }
        }
        return output
    }

    /// Writes a scalar without a tag. libyaml may pick a safer style than `style`: single-quoted for a
    /// plain scalar it cannot write plain, double-quoted for one with non-printable characters or a
    /// block scalar it cannot write as a block.
    func scalar(_ value: String, style: yaml_scalar_style_t) throws(YAMLError) {
        guard let length = Int32(exactly: value.utf8.count) else {
            throw YAMLError(message: "a scalar of \(value.utf8.count) bytes is too long for libyaml")
        }
        // `withCString` hands over the whole UTF-8 buffer, NUL bytes included; the explicit length
        // keeps libyaml from stopping at the first NUL.
        try emit { event in
            value.withCString { text in
                text.withMemoryRebound(to: UInt8.self, capacity: Int(length) + 1) { text in
                    yaml_scalar_event_initialize(event, nil, nil, text, length, 1, 1, style)
                }
            }
        }
    }

    /// Starts a block sequence (libyaml writes `[]` when it turns out empty).
    func sequenceStart() throws(YAMLError) {
        try emit { yaml_sequence_start_event_initialize($0, nil, nil, 1, YAML_BLOCK_SEQUENCE_STYLE) }
    }

    /// Ends the innermost sequence.
    func sequenceEnd() throws(YAMLError) {
        try emit { yaml_sequence_end_event_initialize($0) }
    }

    /// Starts a block mapping (libyaml writes `{}` when it turns out empty).
    func mappingStart() throws(YAMLError) {
        try emit { yaml_mapping_start_event_initialize($0, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE) }
    }

    /// Ends the innermost mapping.
    func mappingEnd() throws(YAMLError) {
        try emit { yaml_mapping_end_event_initialize($0) }
    }

    /// Initialises an event with `initialize` and hands it to the emitter, which owns and frees it from
    /// then on, also when emitting fails (so there is nothing to delete here).
    private func emit(_ initialize: (UnsafeMutablePointer<yaml_event_t>) -> Int32) throws(YAMLError) {
        var event = yaml_event_t()
        guard initialize(&event) == 1 else {
            throw YAMLError(message: "libyaml could not create an event")
        }
        guard yaml_emitter_emit(emitter, &event) == 1 else {
            let problem = emitter.pointee.problem.map { String(cString: $0) } ?? "unknown problem"
            throw YAMLError(message: "libyaml could not emit: \(problem)")
        }
    }
}
