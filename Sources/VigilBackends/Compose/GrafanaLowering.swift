import VigilModel

/// The Grafana container: provisioning and dashboards read-only, its database on a volume, the admin
/// password from a secret file, sign-up, anonymous access, Gravatar and phoning home off.
package enum GrafanaLowering {
    /// The compose service.
    package static let serviceName = ContainerName.grafana
    /// The port Grafana listens on inside its container.
    package static let port = 3000
    /// The image's user, 472, in the image's group 0, which its folders are writable by; its plugins folder is
    /// below /var/lib/grafana, on the data volume.
    static let user = ContainerUser.account(uid: 472, gid: 0)
    /// What Grafana writes outside its data volume.
    static let scratchFolders = [
        ScratchFolder(
            "/tmp", megabytes: 256,
            reason: "plugin archives, downloaded there before they are unpacked into the plugins folder "
                + "(Grafana 12 installs its preinstalled plugins at start-up)"),
        ScratchFolder(
            "/var/log/grafana", megabytes: 16,
            reason: "log files, should a setting switch the image's console logging to files"),
    ]

    /// The container, waiting for the containers its data sources query.
    static func container(_ grafana: Grafana, dependencies: [ContainerDependency]) -> ResolvedContainer {
        var environment = [
            "GF_SECURITY_ADMIN_USER": grafana.adminUser,
            "GF_SECURITY_ADMIN_PASSWORD__FILE": grafana.adminPassword.path,
            "GF_SECURITY_DISABLE_GRAVATAR": "true",
            "GF_USERS_ALLOW_SIGN_UP": "false",
            "GF_AUTH_ANONYMOUS_ENABLED": "false",
            "GF_ANALYTICS_REPORTING_ENABLED": "false",
            "GF_ANALYTICS_CHECK_FOR_UPDATES": "false",
            "GF_PATHS_PROVISIONING": "/etc/grafana/provisioning",
        ]
        if let rootURL = grafana.rootURL {
            environment["GF_SERVER_ROOT_URL"] = rootURL
        }
        environment.merge(grafana.environment) { $1 }
        let uses = ResolvedComponents.secretUses(of: grafana)
        return ResolvedContainer(
            name: serviceName, purpose: "dashboards, logs and traces",
            image: PinnedImages.grafana.pinned(to: grafana.version),
            environment: Label.sorted(environment),
            ports: [PublishedPort(grafana.port, container: port, purpose: "web UI", location: grafana.location)],
            volumes: [
                .configuration("grafana/provisioning", at: "/etc/grafana/provisioning", location: grafana.location),
                .configuration(
                    "grafana/dashboards", at: GrafanaProvisioningEmitter.dashboardsMountPath, location: grafana.location
                ),
                .state("grafana-data", at: "/var/lib/grafana", location: grafana.location),
            ],
            secretUses: uses, health: .wget("http://127.0.0.1:\(port)/api/health"), dependencies: dependencies,
            // Backend plugins run as processes of their own.
            limits: ResourceLimits(cpus: "1.0", memory: "512m", processes: 512), user: user,
            scratchFolders: scratchFolders, location: grafana.location)
    }
}
