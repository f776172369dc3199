import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A preview parsed as XML (Foundation's `XMLDocument`, which rejects text that is not well-formed): its root's
/// size and its elements, for the preview tests.
struct PreviewDocument {
    /// An element: its name, its attributes and its text.
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
    }

    /// The root element.
    let root: XMLElement

    /// Parses the UTF-8 text `utf8`; throws when it is not well-formed XML.
    init(parsing utf8: some Sequence<UInt8>) throws {
        root = try #require(try XMLDocument(data: Data(utf8), options: []).rootElement())
    }

    /// The root's `name` attribute. (`attribute(forName:)` finds none on an element in a namespace on Linux.)
    func attribute(_ name: String) -> String? {
        root.attributes?.first { $0.name == name }?.stringValue
    }

    /// The problems of the root: not an `svg` element in SVG's namespace, or `width`, `height` and `viewBox` that
    /// are missing or disagree. The size when there are none.
    func size() -> (width: Int, height: Int)? {
        guard root.localName == "svg", declaredNamespaces.contains(Self.namespace),
            let width = attribute("width").flatMap({ Int($0) }), let height = attribute("height").flatMap({ Int($0) }),
            width > 0, height > 0, attribute("viewBox") == "0 0 \(width) \(height)"
        else { return nil }
        return (width, height)
    }

    /// The namespaces the root declares or is in, however the XML library reports them.
    var declaredNamespaces: Set<String> {
        Set((root.namespaces ?? []).compactMap(\.stringValue) + [root.uri, attribute("xmlns")].compactMap { $0 })
    }

    /// SVG's namespace.
    static let namespace = "http://www.w3.org/2000/svg"

    /// Every element below the root named `name`, in document order.
    func elements(named name: String) -> [Element] {
        var found: [Element] = []
        func visit(_ node: XMLNode) {
            for child in node.children ?? [] {
                guard let element = child as? XMLElement else { continue }
                if element.localName == name {
                    let attributes = (element.attributes ?? []).reduce(into: [String: String]()) { result, attribute in
                        result[attribute.name ?? ""] = attribute.stringValue ?? ""
                    }
                    found.append(Element(name: name, attributes: attributes, text: element.stringValue ?? ""))
                }
                visit(element)
            }
        }
        visit(root)
        return found
    }

    /// The text of every `text` element, in document order.
    var texts: [String] {
        elements(named: "text").map(\.text)
    }
}
