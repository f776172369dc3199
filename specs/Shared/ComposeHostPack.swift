import Vigil

/// The node pack's overrides for a host whose node-exporter runs as a compose container, shared by the stacks
/// that run one: container and pseudo filesystems left out of the filesystem alerts, and the systemd alerts
/// disabled, since the container runs without the exporter's systemd collector.
enum ComposeHostPack {
    /// Why the systemd alerts are off.
    static let noSystemd = "node-exporter runs in a container without the systemd collector."

    /// The overrides.
    static let overrides: [PackOverride<NodeAlert>] = [
        .exclude(.fstype, matching: "tmpfs|overlay|squashfs|nsfs"),
        .disable(.systemdServiceFailed, because: noSystemd),
        .disable(.systemdServiceCrashlooping, because: noSystemd),
    ]
}
