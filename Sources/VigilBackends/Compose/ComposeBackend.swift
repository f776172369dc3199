import VigilModel

/// The single-host deployment: `docker-compose.yml`, `.env.example`, the components' configuration, the
/// `secrets/` folder, `verify.sh` and each remote host's compose file (exporters, and the Prometheus agent of a host
/// that forwards, with its configuration); its containers must be hardened
/// and bound only where the stack says.
public struct ComposeBackend: TargetBackend {
    public let target = OutputTarget.compose
    public let emitters: [any ArtefactEmitter] = [
        ComposeEmitter(), EnvExampleEmitter(), ComponentConfigEmitter(), SecretsEmitter(), VerifyScriptEmitter(),
        RemoteHostComposeEmitter(), AgentConfigEmitter(),
    ]
    public let rules = ContainerRules.all + BindAddressRules.all

    /// Creates the backend.
    public init() {}
}
