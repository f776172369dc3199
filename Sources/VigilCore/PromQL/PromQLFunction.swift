/// A PromQL function's signature: its name, argument types and return type.
///
/// The known functions are static members (`PromQLFunction.rate`) and listed in ``all``; ``named(_:)`` looks
/// one up as the parser does.
public struct PromQLFunction: Hashable, Sendable, CustomStringConvertible {
    /// The name as written in PromQL.
    public let name: String
    /// The declared parameter types, in order.
    public let parameterTypes: [PromQLValueType]
    /// How many leading arguments are required; the rest of ``parameterTypes`` are optional.
    public let requiredArgumentCount: Int
    /// Whether the last parameter may be repeated any number of times (`label_join`'s source labels).
    public let isVariadic: Bool
    /// The type of the result.
    public let returnType: PromQLValueType
    /// Which Prometheus versions run the function, and the feature flag it needs.
    public let availability: PromQLAvailability

    /// Creates a signature; `requiredArgumentCount` defaults to all parameters.
    public init(
        _ name: String, _ parameterTypes: [PromQLValueType], returns returnType: PromQLValueType,
        required requiredArgumentCount: Int? = nil, variadic isVariadic: Bool = false,
        availability: PromQLAvailability = .stable
    ) {
        self.name = name
        self.parameterTypes = parameterTypes
        self.requiredArgumentCount = requiredArgumentCount ?? parameterTypes.count
        self.isVariadic = isVariadic
        self.returnType = returnType
        self.availability = availability
    }

    /// The largest number of arguments accepted, or `nil` when the function is variadic.
    public var maximumArgumentCount: Int? {
        isVariadic ? nil : parameterTypes.count
    }

    /// The type expected for the argument at `index`, or `nil` beyond the last accepted argument.
    public func parameterType(at index: Int) -> PromQLValueType? {
        if index < parameterTypes.count { return parameterTypes[index] }
        return isVariadic ? parameterTypes.last : nil
    }

    /// The signature, such as `rate(range vector) -> instant vector`.
    public var description: String {
        var parts = parameterTypes.map(\.description)
        for index in parts.indices where index >= requiredArgumentCount {
            parts[index] = "[" + parts[index] + "]"
        }
        if isVariadic, !parts.isEmpty { parts[parts.count - 1] += "..." }
        return "\(name)(\(parts.joined(separator: ", "))) -> \(returnType)"
    }

    /// The function called `name`, or `nil` when PromQL has none (names are case-sensitive).
    public static func named(_ name: String) -> PromQLFunction? {
        catalogue[name]
    }

    private static let catalogue: [String: PromQLFunction] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.name, $0) })
}
