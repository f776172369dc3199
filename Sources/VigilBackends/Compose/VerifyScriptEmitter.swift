import VigilModel

/// Renders `verify.sh`: the checks `specs validate` runs, run on the deploy host by the images the stack deploys.
///
/// Each check runs in a one-off container of a compose service (`docker compose run --rm --no-deps`) with
/// another entrypoint: the service's own image at the version `.env` picks, its configuration mounted as it
/// will be, and its secrets in `/run/secrets`, so that `promtool check config` and `amtool check-config` also
/// find the secret files. The script checks the compose file, prometheus.yml, every rule file and rule test,
/// alertmanager.yml and every line of the routing tests; it reads the rule and test files and the routing tests
/// when it runs, so it checks what the folder holds. It runs every check, reports each failure and exits 1 when
/// one failed; `--dry-run` prints the commands instead.
public struct VerifyScriptEmitter: ArtefactEmitter {
    /// The script's path in the stack folder.
    public static let path = "verify.sh"

    /// Creates the emitter.
    public init() {}

    public func emit(_ stack: ResolvedStack) throws -> [OutputFile] {
        guard let prometheus = configurationMount(of: stack.prometheus.replicas[0].name, in: stack) else { return [] }
        let promtool = (["promtool"] + stack.prometheus.promtoolArguments).joined(separator: " ")
        var lines = header(stack) + [""] + checkFunction + [""]
        lines += ["run_check compose docker compose config --quiet"]
        lines += stack.components.remoteHosts.map {
            "run_check compose docker compose --file \(RemoteHostProject.path(of: $0)) config --quiet"
        }
        lines += [
            "run_check prometheus promtool check config \(prometheus.target)/prometheus.yml",
            "",
            "# The rule files and their tests, as paths inside the container.",
            "shopt -s nullglob",
            "rules=(\(prometheus.folder)/rules/*.yml)",
            "tests=(\(prometheus.folder)/tests/*.yml)",
            "if [ ${#rules[@]} -gt 0 ]; then",
            "    run_check prometheus \(promtool) check rules \"${rules[@]/#\(prometheus.folder)/\(prometheus.target)}\"",
            "fi",
            "if [ ${#tests[@]} -gt 0 ]; then",
            "    run_check prometheus \(promtool) test rules \"${tests[@]/#\(prometheus.folder)/\(prometheus.target)}\"",
            "fi",
        ]
        if let peer = stack.alertmanager?.peers.first, let alertmanager = configurationMount(of: peer.name, in: stack) {
            let config = "\(alertmanager.target)/alertmanager.yml"
            lines += [
                "",
                "run_check alertmanager amtool check-config \(config)",
                "",
                "# Each routing test: the receivers, then the labels, separated by tabs.",
                "if [ -f \(RoutingTestFile.path) ]; then",
                "    while IFS=$'\\t' read -r -a fields; do",
                "        if [ ${#fields[@]} -eq 0 ] || [[ ${fields[0]} == '#'* ]]; then continue; fi",
                "        run_check alertmanager amtool config routes test --config.file=\(config) \\",
                "            --verify.receivers=\"${fields[0]}\" \"${fields[@]:1}\"",
                "    done <\(RoutingTestFile.path)",
                "fi",
            ]
        }
        lines += [
            "",
            "if [ \"$failures\" -gt 0 ]; then",
            "    echo \"verify: $failures check(s) failed; do not deploy\" >&2",
            "    exit 1",
            "fi",
            "$dry_run || echo \"verify: every check passed\"",
        ]
        return [OutputFile(path: Self.path, contents: lines.joined(separator: "\n") + "\n")]
    }

    /// The folder of the stack a service's configuration comes from and where the container sees it.
    func configurationMount(of service: String, in stack: ResolvedStack) -> (folder: String, target: String)? {
        let container = ComposeProject(stack).containers.first { $0.name == service }
        for volume in container?.volumes ?? [] {
            if case .stackFolder(let folder) = volume.source, volume.readOnly { return (folder, volume.target) }
        }
        return nil
    }

    func header(_ stack: ResolvedStack) -> [String] {
        [
            "#!/usr/bin/env bash",
            GeneratedYAML.header,
            "# Verifies the '\(stack.name)' stack with the promtool and amtool of the images docker-compose.yml runs",
            "# (the versions .env sets, or the pinned ones) before `docker compose up -d`:",
            "#   bash verify.sh            run every check; exits 1 when one fails",
            "#   bash verify.sh --dry-run  print the commands and run nothing",
            "# Create the secret files secrets/README.md lists first: the checks read them as the containers will.",
            "set -euo pipefail",
            "cd \"$(dirname \"$0\")\"",
            "",
            "dry_run=false",
            "case \"${1:-}\" in",
            "'') ;;",
            "--dry-run) dry_run=true ;;",
            "*)",
            "    echo \"usage: bash verify.sh [--dry-run]\" >&2",
            "    exit 64",
            "    ;;",
            "esac",
            "failures=0",
        ]
    }

    /// `run_check SERVICE TOOL ARGS...`: TOOL in a one-off container of SERVICE (`compose` for docker compose
    /// itself), counting failures; printed instead under `--dry-run`.
    var checkFunction: [String] {
        [
            "# run_check SERVICE TOOL ARGS...: TOOL in a one-off container of the compose service SERVICE, with its",
            "# image, configuration and secrets (SERVICE compose: the command itself). Counts failures.",
            "run_check() {",
            "    local service=\"$1\"",
            "    shift",
            "    local command=(\"$@\")",
            "    if [ \"$service\" != compose ]; then",
            "        command=(docker compose run --rm --no-deps --quiet-pull -T --entrypoint \"$1\" \"$service\" \"${@:2}\")",
            "    fi",
            "    if $dry_run; then",
            "        printf '%q' \"${command[0]}\"",
            "        printf ' %q' \"${command[@]:1}\"",
            "        echo",
            "        return 0",
            "    fi",
            "    echo \"verify: $service: $*\"",
            "    if ! \"${command[@]}\" </dev/null; then",
            "        echo \"verify: FAILED: $service: $*\" >&2",
            "        failures=$((failures + 1))",
            "    fi",
            "}",
        ]
    }
}
