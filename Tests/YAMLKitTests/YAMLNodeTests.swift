import Testing
import YAMLKit

/// Literals, accessors and the ordered mapping.
struct YAMLNodeTests {
    @Test func literals() {
        let node: YAMLNode = [
            "s": "text", "i": 1, "f": 1.5, "b": false, "n": nil, "seq": [1, "two"], "map": ["k": "v"],
        ]
        let expected = YAMLNode.mapping(
            YAMLMapping([
                .init(key: "s", value: .string("text")), .init(key: "i", value: .int(1)),
                .init(key: "f", value: .float(1.5)), .init(key: "b", value: .bool(false)),
                .init(key: "n", value: .null),
                .init(key: "seq", value: .sequence([.int(1), .string("two")])),
                .init(key: "map", value: .mapping(YAMLMapping([.init(key: "k", value: .string("v"))]))),
            ])
        )
        #expect(node == expected)
    }

    @Test func accessors() {
        let node: YAMLNode = ["s": "text", "i": 1, "f": 1.5, "b": true, "seq": [1], "map": ["k": "v"]]
        #expect(node["s"]?.stringValue == "text")
        #expect(node["i"]?.intValue == 1)
        #expect(node["f"]?.floatValue == 1.5)
        #expect(node["b"]?.boolValue == true)
        #expect(node["seq"]?.sequenceValue == [1])
        #expect(node["map"]?.mappingValue == ["k": "v"])
        #expect(node["map"]?["k"] == "v")
        #expect(node["missing"] == nil)
        #expect(node["i"]?.stringValue == nil)
        #expect(node["i"]?.floatValue == nil)
        #expect(node["s"]?["k"] == nil)
        #expect(node.sequenceValue == nil)
    }

    @Test func mappingKeepsOrderAndFindsTheFirstEntry() {
        var mapping: YAMLMapping = ["b": 1, "a": 2]
        mapping.append("c", 3)
        mapping.append("a", 4)
        #expect(mapping.keys == ["b", "a", "c", "a"])
        #expect(mapping["a"] == 2)
        #expect(mapping["z"] == nil)
        #expect(mapping.count == 4)
        #expect(mapping[2] == YAMLMapping.Entry(key: "c", value: 3))
        #expect(mapping.map(\.value) == [1, 2, 3, 4])
        #expect(mapping.entries.last?.value == 4)
        #expect(["a": 1, "b": 2] as YAMLMapping != ["b": 2, "a": 1])
        #expect(YAMLMapping().isEmpty)
    }

    @Test(arguments: [false])
    func appendingAnOptional(flag: Bool) {
        var mapping = YAMLMapping()
        let present: YAMLNode? = "x"
        let absent: YAMLNode? = nil
        mapping.append("present", present)
        mapping.append("absent", absent)
        mapping.append("nil literal", nil)
        mapping.append("conditional nil", flag ? "x" : nil)
        mapping.append("conditional value", flag ? nil : "y")
        mapping.append("null", .null)
        mapping.append("string", "s")
        mapping.append("sequence", [1, "two"])
        #expect(mapping.keys == ["present", "conditional value", "null", "string", "sequence"])
        #expect(mapping["null"] == .null)
    }
}
