import Foundation
import Testing
import VigilBackends
import VigilCompiler
import VigilModel

/// The one table of proving tools: each image pinned to the release of the tool that proves it, the table the
/// bootstrap script installs from, and the refusal of a tool of another release.
@Suite("Proving tools: image pins and tool versions agree")
struct ProvingToolsTests {
    @Test("every image is pinned to the release line of the tool that proves it")
    func pinsAgree() {
        for tool in ProvingTools.installed {
            #expect(tool.drift == nil, "\(tool.executable): \(tool.drift ?? "")")
        }
        #expect(PinnedImages.prometheus.tag == "v3.5.3")
        #expect(PinnedImages.alertmanager.tag == "v0.28.1")
        #expect(PinnedImages.victoriaMetrics.tag == "v1.145.0")
    }

    @Test("a drift between an image pin and its tool fails")
    func driftFails() {
        var promtool = ProvingTools.promtool
        promtool.image?.tag = "v3.6.0"
        #expect(promtool.drift == "promtool 3.5 cannot prove prom/prometheus:v3.6.0: the release lines differ")
        promtool.image?.tag = "latest"
        #expect(promtool.drift == "prom/prometheus:latest has no version number in its tag")
        var amtool = ProvingTools.amtool
        amtool.release = ReleaseVersion(0, 25)
        #expect(amtool.drift != nil)
    }

    @Test("scripts/proving-tools.tsv, which the bootstrap installs, lists the table's packages and releases")
    func bootstrapTableAgrees() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(
            contentsOf: root.appendingPathComponent("scripts/proving-tools.tsv"), encoding: .utf8)
        var installed: [String: (package: String, release: String)] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t").map(String.init)
            try #require(columns.count == 4, "\(line)")
            for executable in columns[2].split(separator: " ") {
                installed[String(executable.prefix { $0 != "=" })] = (columns[0], columns[1])
            }
        }
        #expect(Set(installed.keys) == Set(ProvingTools.installed.map(\.executable)))
        for tool in ProvingTools.installed {
            #expect(installed[tool.executable]?.package == tool.debianPackage, "\(tool.executable)")
            #expect(installed[tool.executable]?.release == tool.releaseText, "\(tool.executable)")
        }
    }

    @Test("versions read from what the tools print")
    func versions() {
        #expect(ReleaseVersion(in: "promtool, version 3.5.3+ds1 (branch: debian/sid)") == ReleaseVersion(3, 5, 3))
        #expect(ReleaseVersion(in: "amtool, version 0.28.1+ds (branch: debian/sid)") == ReleaseVersion(0, 28, 1))
        #expect(ReleaseVersion(in: "Docker Compose version 2.40.3-3") == ReleaseVersion(2, 40, 3))
        #expect(ReleaseVersion(in: "docker-compose version 1.29.2, build unknown") == ReleaseVersion(1, 29, 2))
        #expect(ReleaseVersion(in: "v0.28.1") == ReleaseVersion(0, 28, 1))
        #expect(ReleaseVersion(in: "12.2") == ReleaseVersion(12, 2))
        #expect(ReleaseVersion(in: "no version") == nil)
        #expect(ReleaseVersion(3, 5) < ReleaseVersion(3, 5, 0))
        #expect(ReleaseVersion(2, 42, 0) < ReleaseVersion(3, 5, 3))
    }

    @Test("a promtool or amtool of another minor version than the deployed image is refused, naming both")
    func refusals() {
        let installed = InstalledTools(versions: [
            "promtool": ReleaseVersion(2, 42, 0), "amtool": ReleaseVersion(0, 28, 1),
            "docker-compose": ReleaseVersion(1, 29, 2),
        ])
        let tools = [ProvingTools.promtool, ProvingTools.amtool, ProvingTools.dockerCompose]
        let refusals = installed.refusals(of: tools, deploying: [PinnedImages.prometheus, PinnedImages.alertmanager])
        #expect(refusals.count == 2)
        #expect(refusals.first?.hasPrefix("promtool 2.42.0 cannot prove prom/prometheus:v3.5.3") == true)
        #expect(refusals.first?.contains("(2.42 here, 3.5 deployed)") == true)
        #expect(refusals.last?.hasPrefix("docker-compose 1.29.2 is not version 2") == true)
        #expect(installed.summary(of: tools) == "promtool 2.42.0, amtool 0.28.1, docker-compose 1.29.2")

        // A stack whose spec pins another Alertmanager is proven by an amtool of that line only.
        let older = ContainerImage(repository: "prom/alertmanager", tag: "v0.27.0", versionVariable: "X")
        #expect(installed.refusals(of: [ProvingTools.amtool], deploying: [older]).count == 1)
        let current = InstalledTools(versions: ["amtool": ReleaseVersion(0, 27, 0)])
        #expect(current.refusals(of: [ProvingTools.amtool], deploying: [older]).isEmpty)
    }

    @Test("the images a compose file runs and Prometheus's features, read back from the compose file")
    func composeImages() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "docker-compose.yml",
            """
            services:
              prometheus:
                image: prom/prometheus:${PROMETHEUS_VERSION:-v3.5.3}
                command:
                - --config.file=/etc/prometheus/prometheus.yml
                - --enable-feature=promql-experimental-functions,native-histograms
              redis:
                image: redis:7.4
              built:
                build: .
            """)
        let deployment = try StackDeployment(stackFolder: directory.url)
        #expect(
            deployment.images == [
                ContainerImage(repository: "prom/prometheus", tag: "v3.5.3", versionVariable: "PROMETHEUS_VERSION"),
                ContainerImage(repository: "redis", tag: "7.4", versionVariable: ""),
            ])
        #expect(deployment.prometheusFeatures == ["promql-experimental-functions", "native-histograms"])
        // promtool takes the PromQL feature only.
        #expect(
            ResolvedPrometheus.promtoolArguments(enabling: deployment.prometheusFeatures)
                == ["--enable-feature=promql-experimental-functions"])
        #expect(ResolvedPrometheus.promtoolArguments(enabling: ["native-histograms"]).isEmpty)
        #expect(ContainerImage(composeReference: PinnedImages.grafana.reference) == PinnedImages.grafana)
    }

    @Test("the installed tools are the releases the stacks deploy (scripts/bootstrap.sh, .tools/bin first on PATH)")
    func installedToolsProve() throws {
        let installed = try InstalledTools(ProvingTools.all)
        #expect(
            installed.refusals(of: ProvingTools.all, deploying: [PinnedImages.prometheus, PinnedImages.alertmanager])
                == [])
    }
}
