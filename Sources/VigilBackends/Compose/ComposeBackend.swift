import VigilModel

/// The single-host deployment: `docker-compose.yml`, `.env.example`, the components' configuration, the
/// `secrets/` folder and `verify.sh`; its containers must be hardened and bound only where the stack says.
public struct ComposeBackend: TargetBackend {
    public let target = OutputTarget.compose
    public let emitters: [any ArtefactEmitter] = [
        ComposeEmitter(), EnvExampleEmitter(), ComponentConfigEmitter(), SecretsEmitter(), VerifyScriptEmitter(),
    ]
    public let rules = ContainerRules.all + BindAddressRules.all

    /// Creates the backend.
    public init() {}
}
