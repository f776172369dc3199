/// A tool that proves part of a generated stack, and the release it must be to prove what the stack deploys.
public struct ProvingTool: Hashable, Sendable {
    /// The command's name on `PATH`, e.g. `promtool`.
    public var executable: String
    /// The Debian package that ships it; scripts/bootstrap.sh installs it (scripts/proving-tools.tsv).
    public var debianPackage: String
    /// The release it must be, e.g. `3.5`: the line of ``image``, for a tool of an image.
    public var release: ReleaseVersion
    /// How closely an installed version must match ``release``.
    public var agreement: Agreement
    /// The image whose files the tool checks (promtool for prom/prometheus); `nil` for a tool of no image
    /// (docker-compose, which reads the compose file users run with `docker compose`).
    public var image: ContainerImage?
    /// What the tool does for the proof, for messages.
    public var role: String

    /// How closely an installed tool must match the release it proves.
    public enum Agreement: Hashable, Sendable {
        /// The same major and minor version: a tool of an image, whose minor versions change behaviour
        /// (Prometheus 3.5's left-open ranges, Alertmanager 0.28's receivers).
        case releaseLine
        /// The same major version: Compose v2, whichever minor.
        case majorVersion
    }

    /// A tool `executable` from `debianPackage`, of release `release`, proving `image` if it belongs to one.
    public init(
        _ executable: String, package debianPackage: String, release: ReleaseVersion,
        agreement: Agreement = .releaseLine, image: ContainerImage?, role: String
    ) {
        self.executable = executable
        self.debianPackage = debianPackage
        self.release = release
        self.agreement = agreement
        self.image = image
        self.role = role
    }

    /// Why this entry disagrees with its image: the image's tag is not of the tool's release line; `nil` when
    /// they agree (or the tool proves no image).
    public var drift: String? {
        guard let image else { return nil }
        guard let tagged = ReleaseVersion(in: image.tag) else {
            return "\(image.repository):\(image.tag) has no version number in its tag"
        }
        guard tagged.sameLine(as: release) else {
            return "\(executable) \(release) cannot prove \(image.repository):\(image.tag): the release lines differ"
        }
        return nil
    }

    /// The release as scripts/proving-tools.tsv writes it: `3.5`, or `2` for a major version.
    public var releaseText: String {
        switch agreement {
        case .releaseLine: release.line.description
        case .majorVersion: "\(release.major)"
        }
    }

    /// Why the installed `version` may not prove what a stack deploys, or `nil` when it may. A tool of an image
    /// must be of the release line of `deployedTag` (the image tag of the stack's compose file, which a spec may
    /// change), or of ``release`` when the stack does not deploy the image; another tool of the major version
    /// of ``release``.
    public func refusal(installed version: ReleaseVersion, deployedTag: String?) -> String? {
        switch agreement {
        case .releaseLine:
            let deployed = deployedTag.flatMap { ReleaseVersion(in: $0) }?.line ?? release.line
            guard !version.sameLine(as: deployed) else { return nil }
            let what = deployedTag.map { "\(image?.repository ?? executable):\($0)" } ?? "\(executable) \(deployed)"
            return "\(executable) \(version) cannot prove \(what): the minor versions differ (\(version.line) here, "
                + "\(deployed) deployed); \(remedy(deployed.description))"
        case .majorVersion:
            guard version.major != release.major else { return nil }
            return "\(executable) \(version) is not version \(release.major), which the stack is written for; "
                + remedy(releaseText)
        }
    }

    /// How to get the tool at `wanted`.
    func remedy(_ wanted: String) -> String {
        "put \(executable) \(wanted) first on PATH (scripts/bootstrap.sh tools installs \(executable) \(releaseText) "
            + "into .tools/bin, which the Makefile puts first)"
    }
}

/// The one table of the tools that prove a stack, each beside the image it proves: change an image's pin in
/// ``PinnedImages`` and its tool's release here together (and in scripts/proving-tools.tsv, from which
/// scripts/bootstrap.sh installs them); the unit tests fail when they drift apart.
public enum ProvingTools {
    /// promtool: `check config`, `check rules` and `test rules`, as the Prometheus image runs them.
    public static let promtool = ProvingTool(
        "promtool", package: "promtool", release: ReleaseVersion(3, 5), image: PinnedImages.prometheus,
        role: "checks prometheus.yml and the rules, runs the rule tests")
    /// prometheus: the server `specs e2e` runs on loopback.
    public static let prometheus = ProvingTool(
        "prometheus", package: "prometheus", release: ReleaseVersion(3, 5), image: PinnedImages.prometheus,
        role: "runs the stack end to end")
    /// amtool: `check-config` and the routing tests.
    public static let amtool = ProvingTool(
        "amtool", package: "prometheus-alertmanager", release: ReleaseVersion(0, 28), image: PinnedImages.alertmanager,
        role: "checks alertmanager.yml, runs the routing tests")
    /// alertmanager: the server `specs e2e` runs on loopback.
    public static let alertmanager = ProvingTool(
        "alertmanager", package: "prometheus-alertmanager", release: ReleaseVersion(0, 28),
        image: PinnedImages.alertmanager, role: "routes the alerts end to end")
    /// docker-compose, Compose v2: `config --quiet`, what `docker compose up` reads first.
    public static let dockerCompose = ProvingTool(
        "docker-compose", package: "docker-compose", release: ReleaseVersion(2, 0), agreement: .majorVersion,
        image: nil,
        role: "checks docker-compose.yml as Compose v2 reads it")

    /// vmalert, VictoriaMetrics's rule engine: `-dryRun` parses every rules file as a second engine would run it
    /// (the unit tests run it; no image of the stack runs it). Of the package of ``victoriaMetrics``, so of its
    /// release.
    public static let vmalert = ProvingTool(
        "vmalert", package: "victoria-metrics", release: ReleaseVersion(1, 145), image: nil,
        role: "parses every rules file as a second rule engine")
    /// VictoriaMetrics, single node: the long-term store the remote-write test writes to on loopback, and the
    /// release of the stack's VictoriaMetrics image, whose command line the unit tests start it with.
    public static let victoriaMetrics = ProvingTool(
        "victoria-metrics", package: "victoria-metrics", release: ReleaseVersion(1, 145),
        image: PinnedImages.victoriaMetrics, role: "receives Prometheus's remote writes in the live test")
    /// Every proving tool, in the order `specs validate` reports them.
    public static let all = [promtool, amtool, dockerCompose, prometheus, alertmanager]
    /// Every tool scripts/bootstrap.sh installs: those above, and VictoriaMetrics's, which `specs validate` does
    /// not ask for a version (Debian's build prints none): the bootstrap installs the package's release.
    public static let installed = all + [vmalert, victoriaMetrics]
}
