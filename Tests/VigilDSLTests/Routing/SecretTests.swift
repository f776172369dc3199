import Testing
import VigilDSL

@Suite("Secrets cannot be written in a spec")
struct SecretTests {
    @Test("a secret's value as a string literal does not compile, and the message says how to declare one")
    func literalDoesNotCompile() throws {
        let text = try TypeCheck.failure(
            of: """
                import VigilDSL
                let exporter = PostgresExporter(
                    address: "postgres:5432", database: "app", user: "exporter", password: "hunter2")
                let key: Secret = "abc123"
                """)
        let message = "is unavailable: a secret's value is never written in a spec: name it, `.secret(\"db_password\")`"
        let errors = text.split(separator: "\n").filter { $0.hasPrefix("/") && $0.contains(message) }
        #expect(errors.count == 2, "\(text)")
    }

}
