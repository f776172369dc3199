import Foundation
import Testing
import VigilDSL
import YAMLKit

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// The routing deployed on Kubernetes is the routing the compose target proves. From an `AlertmanagerConfig`,
/// the configuration the operator generates (``OperatorTranslation``) passes `amtool check-config`, and every
/// routing test of `alertmanager/tests/routes.tsv` passes against it with the alert labelled
/// `namespace="<namespace>"` and the receivers as the operator renames them. From a configuration Secret, its
/// `alertmanager.yaml` passes both as it is, templates where the operator mounts them. Checked on fixtures and
/// on every example committed under `generated/` with a `kubernetes/` folder.
@Suite("The routing on Kubernetes passes amtool and the routing tests")
struct RoutingEquivalenceTests {
    typealias F = KubernetesRoutingFixtures

    /// amtool's runs on the configuration of the `AlertmanagerConfig` among `files`: check-config, then each
    /// routing test.
    static func expectObjectRoutes(_ files: [String: String]) throws {
        let object = try #require(try F.object("AlertmanagerConfig", in: files))
        let namespace = try #require(object["metadata"]?["namespace"]?.stringValue)
        let name = try #require(object["metadata"]?["name"]?.stringValue)
        let directory = try TemporaryDirectory()
        let templates = try writeTemplates(from: files, into: directory)
        let configuration = try OperatorTranslation.configuration(
            of: object, templates: directory.url.appendingPathComponent("templates/*.tmpl").path)
        try directory.write("alertmanager.yaml", try YAMLEmitter().emit(configuration))
        let tests = try routingTests(files).map { test in
            RoutingTestFile.Case(
                receivers: test.receivers.map { "\(namespace)/\(name)/\($0)" },
                labels: test.labels.filter { !$0.hasPrefix("namespace=") } + ["namespace=\"\(namespace)\""])
        }
        try expectAmtool(tests, templates: templates, in: directory)
    }

    /// amtool's runs on the `alertmanager.yaml` of the configuration Secret among `files`, its templates where
    /// the operator mounts them.
    static func expectSecretRoutes(_ files: [String: String]) throws {
        let secret = try #require(try F.object("Secret", in: files))
        guard case .mapping(let data) = secret["stringData"] else {
            Issue.record("the configuration Secret has no stringData")
            return
        }
        let directory = try TemporaryDirectory()
        var templates = 0
        var text = ""
        for entry in data {
            let contents = try #require(entry.value.stringValue)
            if entry.key == AlertmanagerSecretObjects.configurationKey {
                text = contents
            } else {
                try directory.write("config/\(entry.key)", contents)
                templates += 1
            }
        }
        #expect(!text.contains("/run/secrets/"))
        #expect(text.contains("\(AlertmanagerSecretObjects.secretsFolder)/"))
        // The operator mounts the Secret at /etc/alertmanager/config; here it is the directory's config/.
        let mounted = text.replacingOccurrences(
            of: "\(AlertmanagerSecretObjects.configurationFolder)/", with: directory.url.path + "/config/")
        try directory.write("alertmanager.yaml", mounted)
        try expectAmtool(try routingTests(files), templates: templates, in: directory)
    }

    /// `amtool check-config alertmanager.yaml` (which must read `templates` template files), then
    /// `amtool config routes test` for each test, in `directory`.
    static func expectAmtool(_ tests: [RoutingTestFile.Case], templates: Int, in directory: TemporaryDirectory)
        throws
    {
        let runner = ToolRunner()
        let check = try runner.run("amtool", ["check-config", "alertmanager.yaml"], in: directory.url)
        #expect(check.succeeded, "\(check.output)")
        #expect(check.output.contains("\(templates) templates"), "\(check.output)")
        #expect(!tests.isEmpty)
        for test in tests {
            let run = try runner.run(
                "amtool",
                [
                    "config", "routes", "test", "--config.file=alertmanager.yaml",
                    "--verify.receivers=\(test.receivers.joined(separator: ","))",
                ] + test.labels, in: directory.url)
            #expect(run.succeeded, "\(test.labels) should reach \(test.receivers): \(run.output)")
        }
    }

    /// The compose target's routing tests among `files`.
    static func routingTests(_ files: [String: String]) throws -> [RoutingTestFile.Case] {
        RoutingTestFile.parse(try #require(files[RoutingTestFile.path]))
    }

    /// The compose target's notification templates among `files`, written to `templates/`; their number.
    static func writeTemplates(from files: [String: String], into directory: TemporaryDirectory) throws -> Int {
        let prefix = "alertmanager/\(AlertmanagerConfigEmitter.templatesFolder)/"
        let templates = files.filter { $0.key.hasPrefix(prefix) }
        for (path, contents) in templates {
            try directory.write("templates/\(path.dropFirst(prefix.count))", contents)
        }
        return templates.count
    }

    @Test("the operator's configuration of the AlertmanagerConfig passes amtool and every routing test")
    func alertmanagerConfig() throws {
        try Self.expectObjectRoutes(try F.files(F.stack(.alertmanagerConfig)))
    }

    @Test(
        "the configuration Secret's alertmanager.yaml passes amtool and every routing test, a time zone included",
        arguments: [F.routing, AlertmanagerFixtures.routing])
    func configSecret(_ routing: Alertmanager) throws {
        let files = try F.files(F.stack(.configSecret(name: "alertmanager-shop"), routing: routing))
        #expect(try F.object("AlertmanagerConfig", in: files) == nil)
        try Self.expectSecretRoutes(files)
    }

    @Test("the operator's translation: a namespace matcher and continue on the top route, names prefixed")
    func translation() throws {
        let files = try F.files(F.stack(.alertmanagerConfig))
        let object = try #require(try F.object("AlertmanagerConfig", in: files))
        let configuration = try OperatorTranslation.configuration(of: object, templates: "templates/*.tmpl")
        let top = try #require(configuration["route"]?["routes"]?.sequenceValue?.first)
        #expect(top["receiver"] == "shop/shop/chat")
        #expect(top["matchers"] == ["namespace=\"shop\""])
        #expect(top["continue"] == true)
        let warning = try #require(
            top["routes"]?.sequenceValue?.first {
                $0["receiver"] == "shop/shop/chat" && $0["mute_time_intervals"] != nil
            })
        #expect(warning["mute_time_intervals"] == ["shop/shop/weekend"])
        #expect(
            configuration["inhibit_rules"]?.sequenceValue?.last?["target_matchers"] == [
                "service!=\"shop-db\"", "namespace=\"shop\"",
            ])
        let receivers = configuration["receivers"]?.sequenceValue?.compactMap { $0["name"]?.stringValue } ?? []
        #expect(receivers.first == "null")
        #expect(receivers.dropFirst().allSatisfy { $0.hasPrefix("shop/shop/") })
    }

    @Test("no credential is written: receivers read Secrets by secretKeyRef, and the README creates them")
    func secrets() throws {
        let files = try F.files(F.stack(.alertmanagerConfig))
        let object = try #require(try F.object("AlertmanagerConfig", in: files))
        let slack = object["spec"]?["receivers"]?.sequenceValue?.first { $0["name"] == "chat" }?["slackConfigs"]
        #expect(slack?.sequenceValue?.first?["apiURL"] == ["name": "slack-url", "key": "slack_url"])
        let hook = object["spec"]?["receivers"]?.sequenceValue?.first { $0["name"] == "hook" }?["webhookConfigs"]
        #expect(
            hook?.sequenceValue?.first?["httpConfig"] == [
                "basicAuth": [
                    "username": ["name": "hook-password", "key": "username"],
                    "password": ["name": "hook-password", "key": "hook_password"],
                ]
            ])
        let readme = try #require(files["README.md"])
        #expect(
            readme.contains(
                "kubectl create secret generic slack-url --namespace shop --from-file=slack_url=secrets/slack_url"))
        #expect(
            readme.contains(
                "kubectl create secret generic hook-password --namespace shop"
                    + " --from-file=hook_password=secrets/hook_password --from-literal=username=am"))
    }

    @Test("kube-prometheus-stack values: the selectors, the namespace label, templates; or the Secret and its mounts")
    func values() throws {
        let path = "\(KubernetesObject.folder)/\(KubePrometheusStackValues.fileName)"
        let object = try YAMLParser().parse(try #require(try F.files(F.stack(.alertmanagerConfig))[path]))
        let prometheus = object["prometheus"]?["prometheusSpec"]
        #expect(prometheus?["ruleSelector"] == ["matchLabels": ["release": "kube-prometheus-stack"]])
        #expect(prometheus?["externalLabels"] == ["namespace": "shop"])
        #expect(object["alertmanager"]?["templateFiles"]?["vigil.tmpl"] != nil)
        #expect(
            object["alertmanager"]?["alertmanagerSpec"]?["alertmanagerConfigSelector"] == [
                "matchLabels": ["release": "kube-prometheus-stack"]
            ])
        let secret = try YAMLParser().parse(
            try #require(try F.files(F.stack(.configSecret(name: "alertmanager-shop")))[path]))
        let spec = secret["alertmanager"]?["alertmanagerSpec"]
        #expect(spec?["useExistingSecret"] == true)
        #expect(spec?["configSecret"] == "alertmanager-shop")
        #expect(spec?["secrets"]?.sequenceValue?.contains("slack-url") == true)
        #expect(secret["prometheus"]?["prometheusSpec"]?["externalLabels"] == nil)
    }

    @Test("a Jira receiver and a schedule in a time zone are errors for an AlertmanagerConfig, not for a Secret")
    func unsupported() {
        let routing = Alertmanager(defaultReceiver: AlertmanagerFixtures.jira) {
            Route(.severity(.info), to: AlertmanagerFixtures.chat, activeDuring: [AlertmanagerFixtures.businessHours])
        }
        let ids = F.diagnostics(F.stack(.alertmanagerConfig, routing: routing)).map(\.id)
        #expect(ids.count == 2)
        #expect(Set(ids) == ["unsupported-kubernetes-receiver", "unsupported-kubernetes-time-zone"])
        #expect(F.diagnostics(F.stack(.configSecret(name: "alertmanager-shop"), routing: routing)).isEmpty)
        let badName = F.diagnostics(F.stack(.configSecret(name: "Alertmanager_Shop")))
        #expect(badName.map(\.id) == ["invalid-kubernetes-name"])
    }

    @Test(
        "the committed examples: their routing passes amtool and every routing test, in the form each declares",
        arguments: KubernetesFixtures.examples)
    func example(_ stack: String) throws {
        let files = try KubernetesFixtures.exampleFiles(stack, alsoUnder: ["alertmanager/"])
        if try F.object("AlertmanagerConfig", in: files) != nil {
            try Self.expectObjectRoutes(files)
        } else {
            try Self.expectSecretRoutes(files)
        }
    }
}
