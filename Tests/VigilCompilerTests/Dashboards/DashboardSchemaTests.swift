import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilDSL
import VigilModel
import YAMLKit

/// Every generated dashboard passes Grafana's JSON schemas and the semantic rules no schema expresses.
@Suite("Dashboards pass Grafana's JSON schemas and semantic rules")
struct DashboardSchemaTests {
    typealias F = DashboardFixtures

    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The data source uids a provisioning file defines.
    static func datasourceUIDs(in text: String) throws -> Set<String> {
        let datasources = try YAMLParser().parse(text)["datasources"]?.sequenceValue ?? []
        return Set(datasources.compactMap { $0["uid"]?.stringValue })
    }

    /// The schema and semantic problems of each dashboard file of `files`, by path.
    static func problems(in files: [String: String], schemas: GrafanaSchemas) throws -> [String: [String]] {
        let uids = try datasourceUIDs(in: try #require(files[GrafanaProvisioningEmitter.datasourcesPath]))
        var problems: [String: [String]] = [:]
        for (path, text) in files where path.hasPrefix(DashboardsEmitter.folder) {
            let json = try JSONDocument(parsing: text)
            problems[path] =
                schemas.problems(in: json) + DashboardSemantics.problems(in: json, datasourceUIDs: uids)
                + DashboardSemantics.holes(in: json)
        }
        return problems
    }

    static func files(_ stack: ResolvedStack) throws -> [String: String] {
        let emitters: [any ArtefactEmitter] = [DashboardsEmitter(), GrafanaProvisioningEmitter()]
        return Dictionary(
            uniqueKeysWithValues: try emitters.flatMap { try $0.emit(stack) }.map { ($0.path, $0.contents) })
    }

    @Test("the fixture's dashboards, every panel kind among them, and the derived ones")
    func fixtures() throws {
        let problems = try Self.problems(in: try Self.files(F.resolvedShop), schemas: try GrafanaSchemas())
        #expect(problems.count == 5)
        for (path, found) in problems {
            #expect(found.isEmpty, "\(path):\n\(found.joined(separator: "\n"))")
        }
    }

    @Test("a logs panel on a provisioned Loki")
    func logs() throws {
        var stack = StackLowering.lower(
            F.stack([
                Dashboard("Logs") {
                    Variable("level", .custom(["error", "warn"]))
                    Logs("Errors", query: #"{job="api"} | json | level="$level""#, deduplication: .exact)
                }
            ]))
        stack.datasources.append(ResolvedDatasource(kind: .loki, isDefault: false))
        #expect(StackValidator.validate([stack]).isEmpty)
        let problems = try Self.problems(in: try Self.files(stack), schemas: try GrafanaSchemas())
        #expect(problems.values.allSatisfy { $0.isEmpty }, "\(problems)")
    }

    @Test("every dashboard the example stacks generated, under generated/")
    func examples() throws {
        let schemas = try GrafanaSchemas()
        let generated = Self.root.appendingPathComponent("generated")
        let stacks = try FileManager.default.contentsOfDirectory(atPath: generated.path).filter { !$0.hasPrefix(".") }
        var checked = 0
        for stack in stacks {
            let folder = generated.appendingPathComponent(stack)
            guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { continue }
            var files: [String: String] = [:]
            for case let path as String in enumerator where path.hasPrefix("grafana/") {
                files[path] = try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            }
            guard files.keys.contains(where: { $0.hasSuffix(".json") }) else { continue }
            for (path, found) in try Self.problems(in: files, schemas: schemas) {
                checked += 1
                #expect(found.isEmpty, "\(stack)/\(path):\n\(found.joined(separator: "\n"))")
            }
        }
        #expect(checked > 0, "no generated dashboard was found under \(generated.path)")
    }

    @Test("the checks catch what Grafana would reject or mangle")
    func negative() throws {
        let schemas = try GrafanaSchemas()
        let text = try #require(
            try Self.files(F.resolvedShop).first { $0.key.hasSuffix("shop-everything.json") }?.value)
        let broken = text.replacingOccurrences(of: "\"w\" : 24", with: "\"w\" : 30")
            .replacingOccurrences(of: "\"showLegend\" : true", with: "\"showLegend\" : \"yes\"")
            .replacingOccurrences(of: "\"unit\" : \"s\"", with: "\"unit\" : \"secs\"")
            .replacingOccurrences(of: "\"uid\" : \"${source}\"", with: "\"uid\" : \"${sauce}\"")
        let json = try JSONDocument(parsing: broken)
        let problems =
            schemas.problems(in: json) + DashboardSemantics.problems(in: json, datasourceUIDs: ["prometheus"])
        #expect(problems.count >= 5)
        #expect(problems.contains { $0.contains("30 > maximum 24") })
        #expect(problems.contains { $0.contains("'yes' is not of type boolean") })
        #expect(problems.contains { $0.contains("unit 'secs' is not a Grafana unit") })
        #expect(problems.contains { $0.contains("uses data source '${sauce}'") })
        #expect(problems.contains { $0.contains("outside the 24-column grid") })
    }

    @Test("the Unit enum is exactly Grafana's unit catalogue")
    func units() throws {
        let schemas = try GrafanaSchemas()
        #expect(Set(Unit.allCases.map(\.rawValue)) == schemas.unitIDs)
    }
}
