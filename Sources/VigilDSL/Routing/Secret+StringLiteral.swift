/// A secret's value written in a spec does not compile, with this message instead of a type mismatch: a value
/// in a spec would be written into `generated/` and git.
@available(
    *, unavailable,
    message:
        "a secret's value is never written in a spec: name it, `.secret(\"db_password\")`, and put the value into secrets/db_password beside the generated stack"
)
extension Secret: ExpressibleByStringLiteral {
    /// Unavailable: see the extension.
    public init(stringLiteral value: String) {
        fatalError("unavailable")
    }
}
