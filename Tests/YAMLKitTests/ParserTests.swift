import Testing
import YAMLKit

/// Reading YAML: scalar typing, styles, tags, anchors, documents and errors.
struct ParserTests {
    static let plainScalars: [(String, YAMLNode)] = [
        ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null),
        ("y", true), ("Yes", true), ("TRUE", true), ("on", true), ("n", false), ("NO", false), ("False", false),
        ("Off", false),
        ("0", 0), ("-0", 0), ("42", 42), ("-17", -17), ("+17", 17), ("1_000_000", 1_000_000), ("1__", 1),
        ("0x1F", 31), ("-0x1f", -31), ("0x_1F", 31), ("0o17", 15), ("017", 15), ("0_17", 15), ("0b1010", 10),
        ("-0b11", -3), ("1:30", 90), ("-1:30", -90), ("190:20:30", 685_230),
        ("9223372036854775807", .int(.max)), ("-9223372036854775808", .int(.min)),
        ("1.5", 1.5), ("-1.5", -1.5), ("1.", 1.0), (".5", 0.5), ("+.5", 0.5), ("1_000.5", 1000.5), ("1e3", 1000.0),
        ("1.5E-3", 0.0015), ("6.8523015e+5", 685_230.15), ("1.0e-05", 0.00001), ("190:20:30.15", 685_230.15),
        (".inf", .float(.infinity)), (".Inf", .float(.infinity)), ("+.INF", .float(.infinity)),
        ("-.inf", .float(-.infinity)),
        // strings
        ("09", "09"), ("0x", "0x"), ("0b2", "0b2"), ("1:60", "1:60"), ("1.2.3", "1.2.3"), ("1e", "1e"),
        ("9223372036854775808", "9223372036854775808"), ("2001-12-14", "2001-12-14"), ("tRUE", "tRUE"),
        ("yes please", "yes please"), ("<<", "<<"), ("=", "="), ("inf", "inf"), ("10s", "10s"), ("_1", "_1"),
        ("hello", "hello"),
    ]

    @Test(arguments: plainScalars)
    func resolvesPlainScalar(_ text: String, _ expected: YAMLNode) throws {
        #expect(YAMLScalarResolver.resolve(plain: text) == expected)
        #expect(try YAMLParser().parse("v: \(text)\n") == ["v": expected])
    }

    @Test func resolvesNaN() throws {
        for text in [".nan", ".NaN", ".NAN"] {
            #expect(YAMLScalarResolver.resolve(plain: text).floatValue?.isNaN == true)
        }
        #expect(try YAMLParser().parse("- .nan\n").sequenceValue?.first?.floatValue?.isNaN == true)
    }

    @Test func emptyPlainScalarsAreNull() throws {
        #expect(YAMLScalarResolver.resolve(plain: "") == .null)
        #expect(try YAMLParser().parse("a:\nb: ~\n") == ["a": nil, "b": nil])
    }

    @Test func quotedAndBlockScalarsAreStrings() throws {
        let yaml = """
            single: '1'
            double: "true"
            empty: ''
            escaped: "a\\tb\\0c\\u00e9"
            literal: |
              12
            folded: >
              folded
              text
            keep: |+
              x

            strip: |-
              y
            """
        let expected: YAMLNode = [
            "single": "1", "double": "true", "empty": "", "escaped": "a\tb\u{0}c\u{E9}", "literal": "12\n",
            "folded": "folded text\n", "keep": "x\n\n", "strip": "y",
        ]
        #expect(try YAMLParser().parse(yaml) == expected)
    }

    @Test func flowCollections() throws {
        #expect(try YAMLParser().parse("{a: [1, 'two', {b: null}], c: []}") == ["a": [1, "two", ["b": nil]], "c": []])
    }

    @Test func tags() throws {
        let yaml = """
            str: !!str 1
            nonSpecific: ! 12
            int: !!int "12"
            float: !!float 1
            bool: !!bool 'yes'
            null: !!null ''
            unknown: !custom 12
            longForm: !<tag:yaml.org,2002:str> true
            """
        let expected: YAMLNode = [
            "str": "1", "nonSpecific": "12", "int": 12, "float": 1.0, "bool": true, "null": nil, "unknown": 12,
            "longForm": "true",
        ]
        #expect(try YAMLParser().parse(yaml) == expected)
    }

    @Test(arguments: [
        ("a: !!int abc\n", "'abc' is not a valid !!int"),
        ("a: !!float x\n", "'x' is not a valid !!float"),
        ("a: !!bool 1\n", "'1' is not a valid !!bool"),
        ("a: !!null x\n", "'x' is not a valid !!null"),
    ])
    func badlyTaggedScalarsAreErrors(_ yaml: String, _ message: String) {
        #expect(throws: YAMLError(message: message, line: 1, column: 4)) { try YAMLParser().parse(yaml) }
    }

    @Test func anchorsAndAliases() throws {
        let yaml = """
            defaults: &defaults
              interval: 15s
              labels: [a, b]
            job: *defaults
            name: &name backend
            names: [*name, *name]
            &key port: 1
            other: *key
            """
        let defaults: YAMLNode = ["interval": "15s", "labels": ["a", "b"]]
        let expected: YAMLNode = [
            "defaults": defaults, "job": defaults, "name": "backend", "names": ["backend", "backend"], "port": 1,
            "other": "port",
        ]
        #expect(try YAMLParser().parse(yaml) == expected)
    }

    @Test func aliasesOfScalarsCanBeKeys() throws {
        #expect(try YAMLParser().parse("a: &k 1\n*k : 2\n") == ["a": 1, "1": 2])
        #expect(throws: YAMLError(message: "duplicate mapping key 'port'", line: 2, column: 1)) {
            try YAMLParser().parse("&k port: 1\n*k : 2\n")
        }
    }

    @Test func unknownAliasIsAnError() {
        #expect(throws: YAMLError(message: "unknown alias '*nope'", line: 2, column: 4)) {
            try YAMLParser().parse("a: 1\nb: *nope\n")
        }
    }

    @Test func anchorsAreScopedToTheirDocument() {
        #expect(throws: YAMLError(message: "unknown alias '*a'", line: 3, column: 4)) {
            try YAMLParser().parseDocuments("x: &a 1\n---\ny: *a\n")
        }
    }

    @Test func mappingKeysAreTheScalarText() throws {
        let mapping = try YAMLParser().parse("1: a\n~: b\ntrue: c\n'quoted': d\n0x10: e\n").mappingValue
        #expect(mapping?.keys == ["1", "~", "true", "quoted", "0x10"])
    }

    @Test(arguments: ["? [a, b]\n: c\n", "? {a: 1}\n: c\n", "[a]: b\n", "list: &l [1]\n*l : x\n"])
    func complexKeysAreErrors(_ yaml: String) throws {
        let error = try #require(throws: YAMLError.self) { try YAMLParser().parse(yaml) }
        #expect(error.message == "mapping keys must be scalars; complex keys are not supported")
        #expect(error.line != nil && error.column != nil)
    }

    @Test func duplicateKeysAreErrors() {
        #expect(throws: YAMLError(message: "duplicate mapping key 'a'", line: 3, column: 3)) {
            try YAMLParser().parse("x:\n  a: 1\n  a: 2\n")
        }
    }

    @Test func multipleDocuments() throws {
        let yaml = "a: 1\n---\nb: 2\n...\n--- 3\n---\n"
        #expect(try YAMLParser().parseDocuments(yaml) == [["a": 1], ["b": 2], 3, nil])
        #expect(throws: YAMLError(message: "expected a single document but found another one", line: 2, column: 1)) {
            try YAMLParser().parse(yaml)
        }
    }

    @Test func emptyText() throws {
        #expect(try YAMLParser().parseDocuments("") == [])
        #expect(try YAMLParser().parse("") == nil)
        #expect(try YAMLParser().parse("# only a comment\n") == nil)
        #expect(try YAMLParser().parse("---\n") == nil)
    }

    @Test func syntaxErrorsReportLineAndColumn() throws {
        let error = try #require(throws: YAMLError.self) { try YAMLParser().parse("a: b\n  c: d\n") }
        #expect(error.message == "mapping values are not allowed in this context")
        #expect(error.line == 2)
        #expect(error.column == 4)
        #expect(error.description == "2:4: mapping values are not allowed in this context")

        let unclosed = try #require(throws: YAMLError.self) { try YAMLParser().parse("a: [1, 2\nb: 3\n") }
        #expect(
            unclosed.description
                == "2:2: did not find expected ',' or ']' (while parsing a flow sequence at line 1, column 4)"
        )
    }

    @Test func controlCharactersInTheInputAreErrors() throws {
        let error = try #require(throws: YAMLError.self) { try YAMLParser().parse("a: \u{1}\n") }
        #expect(error.message == "control characters are not allowed (character #x1) at byte offset 3")
        #expect(error.line == nil)
    }
}
