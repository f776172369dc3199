import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// The container items of the CIS Docker Benchmark (v1.6.0, sections 4 and 5) that a compose file decides, checked on
/// every compose file under `generated/` and on the component fixtures' stacks. Each finding names its item.
/// The exceptions are the images that cannot do without, by repository, each for the reason the stack README
/// gives.
@Suite("Components: the compose files meet the CIS Docker Benchmark's container items")
struct CISBenchmarkTests {
    typealias F = ComponentFixtures

    /// Host folders CIS 5.5 calls sensitive: they and everything below them.
    static let sensitiveHostPaths = ["/", "/boot", "/dev", "/etc", "/lib", "/proc", "/sys", "/usr"]

    /// The images that read sensitive host folders, and which (read-only, CIS 5.5).
    static let hostPathImages = [
        PinnedImages.nodeExporter.repository: ["/proc", "/sys", "/"],
        PinnedImages.cadvisor.repository: ["/", "/sys"],
    ]
    /// The one image that mounts the Docker socket (CIS 5.31): the proxy that filters it for the others.
    static let socketImage = PinnedImages.dockerSocketProxy.repository
    /// The images that run as root, without capabilities (CIS 4.1).
    static let rootImages: Set = [PinnedImages.cadvisor.repository, PinnedImages.dockerSocketProxy.repository]
    /// The capabilities an image gets back (CIS 5.3).
    static let addedCapabilities = [PinnedImages.cadvisor.repository: ["DAC_READ_SEARCH"]]

    /// What `compose` (a docker-compose.yml's text) breaks, one line per finding: `service: CIS 5.12 ...`.
    static func findings(in compose: String) throws -> [String] {
        let root = try YAMLParser().parse(compose)
        let services = try #require(root["services"]?.mappingValue, "no services")
        var found: [String] = []
        for entry in services.entries {
            let (name, service) = (entry.key, entry.value)
            func fail(_ item: String, _ detail: String) { found.append("\(name): CIS \(item): \(detail)") }
            let repository =
                (service["image"]?.stringValue).flatMap(ContainerImage.init(composeReference:))?
                .repository ?? ""
            let user = service["user"]?.stringValue ?? ""
            if user.isEmpty || (user.split(separator: ":").first == "0" && !rootImages.contains(repository)) {
                fail("4.1 (a user for the container)", "runs as '\(user.isEmpty ? "the image's user" : user)'")
            }
            if service["cap_drop"] != ["ALL"] {
                fail("5.3 (Linux kernel capabilities restricted)", "cap_drop is not [ALL]")
            }
            let added = service["cap_add"]?.sequenceValue?.compactMap(\.stringValue) ?? []
            if !Set(added).isSubset(of: addedCapabilities[repository] ?? []) {
                fail("5.3 (Linux kernel capabilities restricted)", "adds \(added)")
            }
            if service["privileged"] == true {
                fail("5.4 (privileged containers not used)", "privileged")
            }
            for volume in service["volumes"]?.sequenceValue?.compactMap(\.stringValue) ?? [] {
                let parts = volume.split(separator: ":").map(String.init)
                guard let source = parts.first, source.hasPrefix("/") else { continue }
                if parts.last != "ro" {
                    fail("5.5 (sensitive host system directories not mounted)", "\(source) is writable")
                }
                if source == "/var/run/docker.sock" || source == "/var/run" || source == "/run" {
                    if repository != socketImage {
                        fail("5.31 (Docker socket not mounted inside any containers)", "mounts \(source)")
                    }
                } else if sensitiveHostPaths.contains(where: {
                    source == $0 || ($0 != "/" && source.hasPrefix($0 + "/"))
                })
                    && !(hostPathImages[repository] ?? []).contains(source)
                {
                    fail("5.5 (sensitive host system directories not mounted)", "mounts \(source)")
                }
            }
            for (key, item) in [
                ("network_mode", "5.9 (host's network namespace not shared)"),
                ("pid", "5.15 (host's process namespace not shared)"),
                ("ipc", "5.16 (host's IPC namespace not shared)"),
                ("uts", "5.20 (host's UTS namespace not shared)"),
                ("userns_mode", "5.30 (host's user namespaces not shared)"),
            ]
            where service[key] == "host" {
                fail(item, "\(key): host")
            }
            if service["devices"] != nil {
                fail("5.17 (host devices not directly exposed)", "devices")
            }
            let limits = service["deploy"]?["resources"]?["limits"]
            if limits?["memory"] == nil {
                fail("5.10 (memory usage limited)", "no memory limit")
            }
            if limits?["cpus"] == nil {
                fail("5.11 (CPU priority set)", "no CPU limit")
            }
            if service["read_only"] != true {
                fail("5.12 (root filesystem mounted read only)", "read_only is not true")
            }
            let restart = service["restart"]?.stringValue ?? "no"
            if restart == "no" {
                fail("5.14 (restart policy)", "no restart policy")
            }
            let options = service["security_opt"]?.sequenceValue?.compactMap(\.stringValue) ?? []
            if !options.contains("no-new-privileges:true") {
                fail("5.25 (container restricted from acquiring additional privileges)", "no no-new-privileges")
            }
            if options.contains(where: { $0.hasPrefix("seccomp") && $0.hasSuffix("unconfined") }) {
                fail("5.21 (default seccomp profile not disabled)", "seccomp unconfined")
            }
            if service["healthcheck"] == nil
                || (service["healthcheck"]?["disable"] == true && !compose.contains("# No healthcheck for \(name): "))
            {
                fail("5.26 (container health checked at runtime)", "no healthcheck and no reason")
            }
            if (service["pids_limit"]?.intValue ?? 0) <= 0 {
                fail("5.28 (PIDs cgroup limit used)", "no pids_limit")
            }
        }
        return found
    }

    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test("every compose file under generated/ passes")
    func generated() throws {
        let generated = Self.root.appendingPathComponent("generated")
        let stacks = try FileManager.default.contentsOfDirectory(atPath: generated.path).filter { !$0.hasPrefix(".") }
        var checked = 0
        for stack in stacks.sorted() {
            let file = generated.appendingPathComponent(stack).appendingPathComponent(ComposeEmitter.path)
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            checked += 1
            let found = try Self.findings(in: text)
            #expect(found.isEmpty, "generated/\(stack)/\(ComposeEmitter.path):\n\(found.joined(separator: "\n"))")
        }
        #expect(checked > 0, "no compose file under \(generated.path)")
    }

    @Test("the component fixtures' stacks pass: every component, Jaeger and Tempo")
    func fixtures() throws {
        for stack in [F.full, F.tempo] {
            let text = try #require(try F.files(stack)[ComposeEmitter.path])
            let found = try Self.findings(in: text)
            #expect(found.isEmpty, "\(stack.name):\n\(found.joined(separator: "\n"))")
        }
    }

    @Test("a regression fails, naming its CIS item")
    func regressions() throws {
        let text = try #require(try F.files(F.full)[ComposeEmitter.path])
        var broken = text.replacingOccurrences(of: "    read_only: true\n", with: "")
            .replacingOccurrences(of: "    - no-new-privileges:true\n", with: "    - apparmor=unconfined\n")
            .replacingOccurrences(of: "    pids_limit: ", with: "    x-pids: ")
            .replacingOccurrences(of: "user: '65534:65534'", with: "user: '0:0'")
        broken = broken.replacingOccurrences(
            of: "    - ./alloy:/etc/alloy:ro\n",
            with:
                "    - ./alloy:/etc/alloy:ro\n    - /var/run/docker.sock:/var/run/docker.sock:ro\n    - /etc:/host/etc\n"
        )
        broken = broken.replacingOccurrences(of: "    cap_drop:\n    - ALL\n", with: "    privileged: true\n")
        let found = try Self.findings(in: broken)
        for item in ["4.1", "5.3", "5.4", "5.5", "5.12", "5.25", "5.28", "5.31"] {
            #expect(
                found.contains { $0.contains("CIS \(item) ") },
                "CIS \(item) not found in:\n\(found.joined(separator: "\n"))")
        }
        #expect(
            found.contains(
                "alloy: CIS 5.31 (Docker socket not mounted inside any containers): mounts /var/run/docker.sock"))
        #expect(found.contains("alloy: CIS 5.5 (sensitive host system directories not mounted): mounts /etc"))
        #expect(found.contains("alloy: CIS 5.5 (sensitive host system directories not mounted): /etc is writable"))
    }

    @Test("each container's user, capabilities and scratch folders are the ones its image needs")
    func perImage() throws {
        let services = try #require(try F.compose(F.full)["services"])
        #expect(services["grafana"]?["user"] == "472:0")
        #expect(services["grafana"]?["tmpfs"] == ["/tmp:size=256m,mode=1777", "/var/log/grafana:size=16m,mode=1777"])
        #expect(services["alloy"]?["user"] == "473:473")
        #expect(services["alloy"]?["depends_on"]?["docker-socket-proxy"]?["condition"] == "service_healthy")
        #expect(services["cadvisor"]?["user"] == "0:0")
        #expect(services["cadvisor"]?["cap_add"] == ["DAC_READ_SEARCH"])
        #expect(
            services["cadvisor"]?["command"]?.sequenceValue?.contains("--docker=tcp://docker-socket-proxy:2375") == true
        )
        #expect(services["blackbox-exporter"]?["user"] == "65534:65534")
        let proxy = try #require(services["docker-socket-proxy"])
        #expect(proxy["ports"] == nil)
        let command = proxy["command"]?.sequenceValue?.compactMap(\.stringValue) ?? []
        #expect(command.contains("-allowfrom=alloy,cadvisor"))
        #expect(
            !command.contains {
                $0.hasPrefix("-allowPOST") || $0.hasPrefix("-allowDELETE") || $0.hasPrefix("-allowPUT")
            })
        let tempo = try #require(try F.compose(F.tempo)["services"])
        let tempoProxy = tempo["docker-socket-proxy"]?["command"]?.sequenceValue?.compactMap(\.stringValue) ?? []
        #expect(tempoProxy.contains("-allowfrom=alloy"), "Alloy alone: \(tempoProxy)")
        #expect(!tempoProxy.contains { $0.contains("/info") }, "cAdvisor's requests only with cAdvisor")
        #expect(tempo["tempo"]?["user"] == "10001:10001")
    }

    @Test("the proxy's GET allow-list admits what its clients ask and nothing else")
    func allowList() throws {
        let pattern = DockerAPIRequest.getPattern(Set(DockerAPIRequest.allCases))
        let regex = try Regex("^(?:\(pattern))$")
        for path in [
            "/_ping", "/v1.47/version", "/info", "/v1.47/containers/json", "/v1.41/containers/4f3a9c/json",
            "/v1.47/containers/4f3a9c/logs", "/v1.47/networks",
        ] {
            #expect(path.wholeMatch(of: regex) != nil, "\(path)")
        }
        for path in [
            "/v1.47/containers/4f3a9c/archive", "/v1.47/containers/4f3a9c/export", "/v1.47/containers/create",
            "/v1.47/images/json", "/v1.47/secrets", "/v1.47/exec/1/json", "/v1.47/containers/a/b/json",
        ] {
            #expect(path.wholeMatch(of: regex) == nil, "\(path)")
        }
    }
}
