import VigilModel

/// A value `JSONWriter` writes as a single JSON token: a string, an integer, a double or a Boolean.
protocol JSONScalar {
    /// Appends the value's JSON text; throws for a value JSON cannot hold.
    func write(to text: inout JSONText) throws
}

extension String: JSONScalar {
    func write(to text: inout JSONText) {
        text.write(string: self)
    }
}

extension Int: JSONScalar {
    func write(to text: inout JSONText) {
        text.write(self)
    }
}

extension Double: JSONScalar {
    func write(to text: inout JSONText) throws {
        try text.write(self)
    }
}

extension Bool: JSONScalar {
    func write(to text: inout JSONText) {
        text.append(self ? "true" : "false")
    }
}
