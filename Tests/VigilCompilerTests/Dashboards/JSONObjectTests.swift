import Testing

@testable import VigilCompiler

/// `JSONObject` keeps one member per key, in the UTF-8 byte order of the keys, however they were added.
@Suite struct JSONObjectTests {
    /// The keys of an object's members, in their order.
    static func keys(_ object: JSONObject) -> [String] {
        object.members.map(\.0)
    }

    @Test func ordersKeysByTheirUTF8Bytes() {
        let object: JSONObject = ["b": 1, "ä": 2, "B": 3, "a_": 4, "aB": 5, "": 6, "a": 7, "10": 8, "9": 9]
        #expect(Self.keys(object) == ["", "10", "9", "B", "a", "aB", "a_", "b", "ä"])
    }

    @Test(arguments: [[("k", 1), ("j", 2), ("k", 3)], [("j", 2), ("k", 1), ("k", 3)]] as [[(String, JSONValue)]])
    func keepsTheLastValueOfARepeatedKey(_ members: [(String, JSONValue)]) {
        let object = JSONObject(members)
        #expect(Self.keys(object) == ["j", "k"])
        #expect(object["k"].map { Self.text($0) } == "3")
    }

    @Test func setsReplacesAndRemovesMembers() {
        var object: JSONObject = ["b": 1, "d": 2]
        object["c"] = "new"
        object["a"] = true
        object["e"] = nil
        object["d"] = nil
        object["b"] = .null
        #expect(Self.keys(object) == ["a", "b", "c"])
        #expect(object["b"].map { Self.text($0) } == "null")
        #expect(object["d"].map { Self.text($0) } == nil, "a missing key reads as nil, not as JSON null")
    }

    @Test func mergeReplacesSharedKeys() {
        var object: JSONObject = ["a": 1, "c": 2]
        object.merge(["b": 3, "c": 4])
        #expect(Self.keys(object) == ["a", "b", "c"])
        #expect(object["c"].map { Self.text($0) } == "4")
    }

    /// A value's JSON text, to compare values.
    static func text(_ value: JSONValue) -> String {
        (try? JSONText.render(value)) ?? ""
    }
}
