import CYAML

/// The libyaml side of ``YAMLParser``: a `yaml_parser_t` that lives for one ``read(_:_:)`` call and
/// hands out its events as Swift values.
struct YAMLEventReader {
    /// A parser event, with the C strings copied out.
    struct Event {
        enum Kind {
            case streamStart
            case streamEnd
            case documentStart
            case documentEnd
            case alias(anchor: String)
            case scalar(Scalar)
            case sequenceStart(anchor: String?)
            case sequenceEnd
            case mappingStart(anchor: String?)
            case mappingEnd
        }

        /// A scalar's text, style and explicit tag.
        struct Scalar {
            /// The scalar's text, NUL bytes included.
            var value: String
            /// The anchor (`&name`) on the scalar.
            var anchor: String?
            /// The resolved tag, e.g. `tag:yaml.org,2002:int` for `!!int`, or `!` for the non-specific tag.
            var tag: String?
            /// True for a plain (unquoted, non-block) scalar.
            var isPlain: Bool
        }

        var kind: Kind
        /// 1-based line where the event starts.
        var line: Int
        /// 1-based column where the event starts.
        var column: Int
    }

    private let parser: UnsafeMutablePointer<yaml_parser_t>

    /// Runs `body` with a reader over the UTF-8 bytes of `text`.
    static func read<Result>(
        _ text: String, _ body: (YAMLEventReader) throws(YAMLError) -> Result
    ) throws(YAMLError) -> Result {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw YAMLError(message: "libyaml could not initialise a parser")
        }
        defer { yaml_parser_delete(parser) }
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { (bytes) throws(YAMLError) in
            yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
            return try body(YAMLEventReader(parser: parser))
        }
    }

    /// The next event, or the error libyaml reports.
    func next() throws(YAMLError) -> Event {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw YAMLError(parser: parser.pointee)
        }
        defer { yaml_event_delete(&event) }
        return Event(
            kind: Self.kind(of: event),
            line: event.start_mark.line + 1,
            column: event.start_mark.column + 1
        )
    }

    private static func kind(of event: yaml_event_t) -> Event.Kind {
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            return .scalar(
                Event.Scalar(
                    value: String(
                        decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self),
                    anchor: string(scalar.anchor),
                    tag: string(scalar.tag),
                    isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE
                )
            )
        case YAML_SEQUENCE_START_EVENT:
            return .sequenceStart(anchor: string(event.data.sequence_start.anchor))
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            return .mappingStart(anchor: string(event.data.mapping_start.anchor))
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            // YAML_STREAM_END_EVENT, or YAML_NO_EVENT, which a successful parse never produces.
            return .streamEnd
        }
    }

    private static func string(_ text: UnsafeMutablePointer<UInt8>?) -> String? {
        text.map { String(cString: $0) }
    }
}

extension YAMLError {
    /// The error a failed libyaml parser reports, positioned at its problem mark (1-based).
    fileprivate init(parser: yaml_parser_t) {
        var message = parser.problem.map { String(cString: $0) } ?? "libyaml could not parse the text"
        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset rather than a mark.
            let value = parser.problem_value == -1 ? "" : " (character #x\(String(parser.problem_value, radix: 16)))"
            self.init(message: "\(message)\(value) at byte offset \(parser.problem_offset)")
            return
        }
        if let context = parser.context.map({ String(cString: $0) }) {
            let mark = parser.context_mark
            message += " (\(context) at line \(mark.line + 1), column \(mark.column + 1))"
        }
        self.init(message: message, line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1)
    }
}
