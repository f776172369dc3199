import Testing

@testable import VigilModel

@Suite struct SecretReferencesTests {
    @Test("names after /run/secrets/, each once, in order of first appearance")
    func namesInOrder() {
        let text = """
            password_file: /run/secrets/smtp_password
            api_url_file: "/run/secrets/slack.webhook-url"
            again: /run/secrets/smtp_password
            """
        #expect(SecretReferences.names(in: text) == ["smtp_password", "slack.webhook-url"])
    }

    @Test("a name ends at the first byte a secret's name cannot hold, and the text may end with it")
    func nameBoundaries() {
        #expect(SecretReferences.names(in: "x=/run/secrets/a_b/c") == ["a_b"])
        #expect(SecretReferences.names(in: "/run/secrets/token") == ["token"])
        #expect(SecretReferences.names(in: "'/run/secrets/é'") == [])
    }

    @Test("text without the secrets folder, or with it and no name, refers to none")
    func noReferences() {
        #expect(SecretReferences.names(in: "").isEmpty)
        #expect(SecretReferences.names(in: "/run/secret/token /run/secrets/ /run/").isEmpty)
    }
}
