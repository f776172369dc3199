import Testing
import VigilDSL

@testable import VigilCompiler

@Suite("Validation: containers and components")
struct ContainerRuleTests {
    typealias F = ComponentFixtures

    @Test("the component fixtures have no diagnostics")
    func valid() throws {
        #expect(try F.ids(F.full).isEmpty)
        #expect(try F.ids(F.tempo).isEmpty)
    }

    @Test("duplicate-host-port: two services on one host port")
    func duplicateHostPort() throws {
        let stack = Stack("ports") {
            Grafana(port: 9090)
        }
        let diagnostics = try F.compile([stack]).diagnostics
        #expect(diagnostics.map(\.id) == ["duplicate-host-port"])
        #expect(diagnostics.first?.message == "host port 9090 is published by both 'prometheus' and 'grafana'")
        #expect(diagnostics.first?.location.fileID.hasSuffix("ContainerRuleTests.swift") == true)
    }

    @Test("unpinned-image: an image without a tag, or with latest", arguments: ["", "latest"])
    func unpinnedImage(tag: String) throws {
        let stack = Stack("unpinned") { Loki(version: ImageVersion(tag)) }
        #expect(try F.ids(stack) == ["unpinned-image"])
    }

    @Test("undeclared-secret: a setting reads a secret the container is not given")
    func undeclaredSecret() throws {
        let smtp = ["GF_SMTP_PASSWORD__FILE": "/run/secrets/smtp_password"]
        let missing = Stack("mail") { Grafana(environment: smtp) }
        let diagnostics = try F.compile([missing]).diagnostics
        #expect(diagnostics.map(\.id) == ["undeclared-secret"])
        #expect(diagnostics.first?.message.contains("/run/secrets/smtp_password") == true)
        let declared = Stack("mail") { Grafana(environment: smtp, secrets: [.secret("smtp_password")]) }
        #expect(try F.ids(declared).isEmpty)
    }

    @Test("volume-outside-stack: a mount climbing out of the stack folder")
    func volumeOutsideStack() throws {
        let stack = Stack("logs") { Loki(logs: [.files(job: "api", path: "../api/logs/*.log")]) }
        #expect(try F.ids(stack) == ["volume-outside-stack"])
        let inside = Stack("logs") { Loki(logs: [.files(job: "api", path: "logs/*.log")]) }
        #expect(try F.ids(inside).isEmpty)
        #expect(StackFolderPath.staysInside("a/../b"))
        #expect(!StackFolderPath.staysInside("a/../../b"))
    }

    @Test("duplicate-component: a second Grafana")
    func duplicateComponent() throws {
        let stack = Stack("twice") {
            Grafana()
            Grafana(port: 3001)
        }
        #expect(try F.ids(stack) == ["duplicate-component"])
    }

    @Test("missing-template: a component whose template is gone")
    func missingTemplate() throws {
        let result = try F.compile([Stack("bare") { Tracing(.tempo) }], templates: TemplateLibrary())
        #expect(result.diagnostics.map(\.id) == ["missing-template"])
        #expect(result.diagnostics.first?.message.contains("templates/tempo/tempo.yml") == true)
    }
}
