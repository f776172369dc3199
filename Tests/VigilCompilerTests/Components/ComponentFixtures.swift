import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// Stacks running every component, compiled with the package's own templates.
enum ComponentFixtures {
    /// Every component, Jaeger as the tracing backend, on the application's network.
    static let full = Stack("full", network: .external("shop_default")) {
        Service("api", scrape: .target("api:8080"))
        Grafana(port: 3001)
        Loki(logs: [.containers(), .files(job: "api", path: "/var/log/api/*.log")])
        Tracing(.jaeger)
        NodeExporter()
        CAdvisor()
        PostgresExporter(address: "db:5432", database: "shop", user: "exporter", password: .secret("db_password"))
        RedisExporter(address: "cache:6379", password: .secret("redis_passwords"))
        BlackboxExporter {
            Probe.http("http://api:8080/health")
            Probe.tcp("db:5432")
        }
    }

    /// Grafana with Tempo, on the stack's own network.
    static let tempo = Stack("tempo") {
        Grafana()
        Loki(port: nil)
        Tracing(.tempo, retention: .days(2))
    }

    /// The result of compiling `stacks` with the package's templates.
    static func compile(_ stacks: [Stack], templates: TemplateLibrary = AlertmanagerFixtures.templates) throws
        -> Compiler.Result
    {
        try Compiler().compile(stacks, templates: templates)
    }

    /// The sorted ids of the diagnostics of `stack`.
    static func ids(_ stack: Stack) throws -> [String] {
        DiagnosticPrinter.sorted(try compile([stack]).diagnostics).map(\.id)
    }

    /// The files of `stack` by path.
    static func files(_ stack: Stack) throws -> [String: String] {
        let result = try compile([stack])
        let output = try #require(result.outputs.first, "\(result.diagnostics)")
        return Dictionary(uniqueKeysWithValues: output.files.map { ($0.path, $0.contents) })
    }

    /// The checks `specs validate` runs on the folder of `stack` as `generate` writes it, then again once the
    /// file at `path` in that folder says `broken`.
    static func verified(_ stack: Stack, breaking path: String, with broken: String) throws
        -> (intact: [ToolRunner.Run], broken: [ToolRunner.Run])
    {
        let directory = try TemporaryDirectory()
        _ = try OutputWriter(root: directory.url).write(compile([stack]).outputs, removeUndeclaredStacks: true)
        let folder = directory.url.appendingPathComponent(stack.name)
        let intact = try StackVerifier().verify(stackFolder: folder)
        try directory.write("\(stack.name)/\(path)", broken)
        return (intact, try StackVerifier().verify(stackFolder: folder))
    }

    /// The parsed docker-compose.yml of `stack`.
    static func compose(_ stack: Stack) throws -> YAMLNode {
        try YAMLParser().parse(try #require(try files(stack)[ComposeEmitter.path]))
    }
}
