/// Parses YAML text through libyaml's event API.
///
/// - Plain scalars are typed by ``YAMLScalarResolver/resolve(plain:)``; quoted and block scalars are
///   strings.
/// - The tags `!!str` (and the non-specific `!`), `!!int`, `!!float`, `!!bool` and `!!null` are
///   honoured; a scalar that does not read as its tag's type is an error. Other tags are ignored.
/// - Aliases become a copy of the anchored node. Anchors are scoped to their document.
/// - Mapping keys must be scalars (or aliases of scalars); the key is the scalar's text as written, so
///   `1: x` has the key `"1"`. A key that is a sequence or a mapping, or a key that appears twice in
///   one mapping, is an error. Merge keys (`<<`) are ordinary keys.
/// - Errors carry libyaml's 1-based line and column where it reports one.
public struct YAMLParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses exactly one document (empty text -> .null).
    ///
    /// A stream with more than one document is an error, reported at the start of the second one.
    public func parse(_ text: String) throws(YAMLError) -> YAMLNode {
        try documents(in: text, limit: 1).first ?? .null
    }

    /// Parses every document of a stream, in order; empty text has no documents.
    public func parseDocuments(_ text: String) throws(YAMLError) -> [YAMLNode] {
        try documents(in: text, limit: nil)
    }

    private func documents(in text: String, limit: Int?) throws(YAMLError) -> [YAMLNode] {
        try YAMLEventReader.read(text) { (reader) throws(YAMLError) in
            var documents: [YAMLNode] = []
            while true {
                let event = try reader.next()
                switch event.kind {
                case .streamStart, .documentEnd:
                    continue
                case .streamEnd:
                    return documents
                case .documentStart:
                    if let limit, documents.count == limit {
                        throw YAMLError(
                            message: "expected a single document but found another one",
                            line: event.line,
                            column: event.column
                        )
                    }
                    var builder = DocumentBuilder(reader: reader)
                    documents.append(try builder.node(from: reader.next()))
                default:
                    throw YAMLError(
                        message: "unexpected event outside a document", line: event.line, column: event.column)
                }
            }
        }
    }
}

/// Builds the nodes of one document from reader events, remembering its anchors.
private struct DocumentBuilder {
    /// An anchored node, with its text when it is a scalar (for aliases used as mapping keys).
    private struct Anchored {
        var node: YAMLNode
        var text: String?
    }

    private let reader: YAMLEventReader
    private var anchors: [String: Anchored] = [:]

    init(reader: YAMLEventReader) {
        self.reader = reader
    }

    /// The node that starts with `event`, reading the events of its children.
    mutating func node(from event: YAMLEventReader.Event) throws(YAMLError) -> YAMLNode {
        switch event.kind {
        case .scalar(let scalar):
            let node = try Self.node(of: scalar, at: event)
            remember(scalar.anchor, Anchored(node: node, text: scalar.value))
            return node
        case .alias(let anchor):
            return try anchored(anchor, at: event).node
        case .sequenceStart(let anchor):
            var elements: [YAMLNode] = []
            while true {
                let next = try reader.next()
                if case .sequenceEnd = next.kind { break }
                elements.append(try node(from: next))
            }
            remember(anchor, Anchored(node: .sequence(elements)))
            return .sequence(elements)
        case .mappingStart(let anchor):
            var mapping = YAMLMapping()
            var keys = Set<String>()
            while true {
                let next = try reader.next()
                if case .mappingEnd = next.kind { break }
                let key = try self.key(from: next)
                guard keys.insert(key).inserted else {
                    throw YAMLError(message: "duplicate mapping key '\(key)'", line: next.line, column: next.column)
                }
                mapping.append(key, try node(from: reader.next()))
            }
            remember(anchor, Anchored(node: .mapping(mapping)))
            return .mapping(mapping)
        default:
            throw YAMLError(message: "unexpected event inside a document", line: event.line, column: event.column)
        }
    }

    /// The text of the mapping key that starts with `event`.
    private mutating func key(from event: YAMLEventReader.Event) throws(YAMLError) -> String {
        switch event.kind {
        case .scalar(let scalar):
            if scalar.anchor != nil {
                remember(scalar.anchor, Anchored(node: try Self.node(of: scalar, at: event), text: scalar.value))
            }
            return scalar.value
        case .alias(let anchor):
            if let text = try anchored(anchor, at: event).text {
                return text
            }
        default:
            break
        }
        throw YAMLError(
            message: "mapping keys must be scalars; complex keys are not supported",
            line: event.line,
            column: event.column
        )
    }

    private mutating func remember(_ anchor: String?, _ anchored: Anchored) {
        if let anchor {
            anchors[anchor] = anchored
        }
    }

    private func anchored(_ anchor: String, at event: YAMLEventReader.Event) throws(YAMLError) -> Anchored {
        guard let anchored = anchors[anchor] else {
            throw YAMLError(message: "unknown alias '*\(anchor)'", line: event.line, column: event.column)
        }
        return anchored
    }

    /// The node of a scalar: by its tag when it has a known one, by ``YAMLScalarResolver`` when plain,
    /// a string otherwise. Unknown tags are ignored.
    private static func node(
        of scalar: YAMLEventReader.Event.Scalar, at event: YAMLEventReader.Event
    ) throws(YAMLError) -> YAMLNode {
        guard let tag = scalar.tag else {
            return scalar.isPlain ? YAMLScalarResolver.resolve(plain: scalar.value) : .string(scalar.value)
        }
        let resolved = YAMLScalarResolver.resolve(plain: scalar.value)
        switch (tag, resolved) {
        case ("!", _), ("tag:yaml.org,2002:str", _):
            return .string(scalar.value)
        case ("tag:yaml.org,2002:int", .int), ("tag:yaml.org,2002:float", .float),
            ("tag:yaml.org,2002:bool", .bool), ("tag:yaml.org,2002:null", .null):
            return resolved
        case ("tag:yaml.org,2002:float", .int(let value)):
            return .float(Double(value))
        case ("tag:yaml.org,2002:int", _), ("tag:yaml.org,2002:float", _), ("tag:yaml.org,2002:bool", _),
            ("tag:yaml.org,2002:null", _):
            throw YAMLError(
                message: "'\(scalar.value)' is not a valid \(tag.replacing("tag:yaml.org,2002:", with: "!!"))",
                line: event.line,
                column: event.column
            )
        default:
            return scalar.isPlain ? resolved : .string(scalar.value)
        }
    }
}
