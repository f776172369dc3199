import VigilModel

/// The single-host deployment: `docker-compose.yml`, `.env.example`, the components' configuration, the
/// `secrets/` folder, `verify.sh` and each remote host's exporters-only compose file; its containers must be hardened
/// and bound only where the stack says.
public struct ComposeBackend: TargetBackend {
    public let target = OutputTarget.compose
    public let emitters: [any ArtefactEmitter] = [
        ComposeEmitter(), EnvExampleEmitter(), ComponentConfigEmitter(), SecretsEmitter(), VerifyScriptEmitter(),
        RemoteHostComposeEmitter(),
    ]
    public let rules = ContainerRules.all + BindAddressRules.all

    /// Creates the backend.
    public init() {}
}
