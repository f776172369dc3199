import Foundation
import Testing
import VigilDSL

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("validate: every secret the configuration refers to is provided by docker-compose.yml")
struct ComposeSecretsCheckTests {
    /// The stack written to a temporary folder.
    func written(_ stack: Stack) throws -> (TemporaryDirectory, URL) {
        let directory = try TemporaryDirectory()
        let outputs = try ComponentFixtures.compile([stack]).outputs
        _ = try OutputWriter(root: directory.url).write(outputs, removeUndeclaredStacks: true)
        return (directory, directory.url.appendingPathComponent(stack.name))
    }

    @Test("a generated stack passes: its configuration files and settings read only secrets they are given")
    func generatedStackPasses() throws {
        let (directory, folder) = try written(ComponentFixtures.full)
        let run = try ComposeSecretsCheck().run(stackFolder: folder)
        #expect(run.succeeded, "\(run.output)")
        _ = directory
    }

    @Test("a configuration file and a setting referring to secrets the service is not given fail")
    func missingSecretFails() throws {
        let (directory, folder) = try written(ComponentFixtures.full)
        try directory.write("full/loki/extra.yml", "key_file: /run/secrets/s3_key\n")
        let compose = try #require(directory.read("full/docker-compose.yml"))
        try directory.write(
            "full/docker-compose.yml",
            compose.replacingOccurrences(
                of: "      GF_SECURITY_ADMIN_USER: admin\n",
                with: "      GF_SECURITY_ADMIN_USER: admin\n      GF_SMTP_PASSWORD__FILE: /run/secrets/smtp\n"))
        let run = try ComposeSecretsCheck().run(stackFolder: folder)
        #expect(!run.succeeded)
        #expect(
            run.output == """
                loki/extra.yml refers to /run/secrets/s3_key, which service 'loki' is not given
                environment variable GF_SMTP_PASSWORD__FILE refers to /run/secrets/smtp, which service 'grafana' is not given

                """)
    }
}
