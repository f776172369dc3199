/// Finds the compose secrets a text refers to by their path in a container, `/run/secrets/<name>`.
enum SecretReferences {
    /// The names referred to, each once, in order of first appearance.
    static func names(in text: String) -> [String] {
        text.matches(of: #/\/run\/secrets\/([A-Za-z0-9_.-]+)/#).map { String($0.output.1) }.uniqued
    }
}
