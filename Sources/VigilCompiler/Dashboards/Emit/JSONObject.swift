/// A JSON object: at most one member per key, kept in the UTF-8 byte order of the keys, the order `JSONText`
/// writes them in (as `JSONEncoder` does with `.sortedKeys`).
///
/// Keys are compared byte by byte rather than hashed: an object has a few dozen members at most and is written
/// once. Members listed in key order are taken as they are (a literal's array becomes the object's), and a key
/// that sorts after every present one is appended; members in another order give the same object, more slowly.
struct JSONObject: Sendable {
    /// The members, keys with their values, in the UTF-8 byte order of the keys.
    private(set) var members: [(String, JSONValue)]

    /// An object of `members`; when a key repeats, its last value counts.
    init(_ members: [(String, JSONValue)]) {
        guard !Self.isInKeyOrder(members) else {
            self.members = members
            return
        }
        self.members = []
        self.members.reserveCapacity(members.count)
        for (key, value) in members {
            self[key] = value
        }
    }

    /// The value of `key`. Setting a value replaces the key's or adds the key where its order puts it; setting
    /// `nil` removes the key.
    subscript(key: String) -> JSONValue? {
        get {
            let place = place(of: key)
            guard place.found else { return nil }
            return members[place.index].1
        }
        set {
            let place = place(of: key)
            switch (newValue, place.found) {
            case (let value?, true): members[place.index].1 = value
            case (let value?, false) where place.index == members.count: members.append((key, value))
            case (let value?, false): members.insert((key, value), at: place.index)
            case (nil, true): members.remove(at: place.index)
            case (nil, false): break
            }
        }
    }

    /// Sets every member of `other`, replacing the values of keys both have.
    mutating func merge(_ other: JSONObject) {
        for (key, value) in other.members {
            self[key] = value
        }
    }

    /// Whether each key sorts strictly after the one before it.
    private static func isInKeyOrder(_ members: [(String, JSONValue)]) -> Bool {
        for index in members.indices.dropFirst() where compare(members[index - 1].0, members[index].0) >= 0 {
            return false
        }
        return true
    }

    /// The index of the member with `key`, or the index a member with `key` belongs at. Checks the end first:
    /// emitters mostly add keys in order.
    private func place(of key: String) -> (index: Int, found: Bool) {
        guard let (lastKey, _) = members.last else { return (0, false) }
        let afterLast = Self.compare(lastKey, key)
        if afterLast <= 0 {
            return (afterLast == 0 ? members.count - 1 : members.count, afterLast == 0)
        }
        var low = 0
        var high = members.count - 1
        while low < high {
            let middle = (low + high) / 2
            let order = Self.compare(members[middle].0, key)
            if order == 0 { return (middle, true) }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return (low, false)
    }

    /// The UTF-8 byte order of two keys: negative when `left` comes first, zero when their bytes are equal.
    private static func compare(_ left: String, _ right: String) -> Int {
        let contiguous = left.utf8.withContiguousStorageIfAvailable { left in
            right.utf8.withContiguousStorageIfAvailable { right in compare(left, right) }
        }
        if let order = contiguous ?? nil {
            return order
        }
        return left.utf8.elementsEqual(right.utf8) ? 0 : left.utf8.lexicographicallyPrecedes(right.utf8) ? -1 : 1
    }

    private static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        for index in 0..<min(left.count, right.count) where left[index] != right[index] {
            return Int(left[index]) - Int(right[index])
        }
        return left.count - right.count
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }
}
