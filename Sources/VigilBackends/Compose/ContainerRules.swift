import VigilModel

/// The rules on the containers a stack runs: what docker compose would reject or run unsafely. One rule of
/// several checks, all of the stack's ``ComposeProject``, which is built once for them.
enum ContainerRules {
    static let all: [ValidationRule] = [
        ValidationRule(
            "the containers publish each host port once, pin their images, mount inside the stack folder, are "
                + "given the secrets they read, carry no credential in their environment or command, and find the "
                + "templates they render",
            of: ComposeProject.init,
            checks: [hostPorts, pinnedImages, mountsInsideStack, providedSecrets, credentials, missingTemplates])
    ]

    /// Each host port published by one container.
    static func hostPorts(_ project: ComposeProject) -> [Diagnostic] {
        let published = project.containers.flatMap { container in
            container.ports.map { (container: container.name, port: $0) }
        }
        return DuplicateNames.find(published, by: \.port.host).map { publication, first in
            let port = publication.port
            return .error(
                "duplicate-host-port",
                "host port \(port.host) is published by both '\(first.container)' and '\(publication.container)'",
                at: port.location, hint: "give one of them another port, e.g. `port: \(port.host + 1)`")
        }
    }

    /// Each image pinned to a tag other than `latest`.
    static func pinnedImages(_ project: ComposeProject) -> [Diagnostic] {
        project.containers.compactMap { container in
            let tag = container.image.tag
            guard tag.isEmpty || tag == "latest" else { return nil }
            return .error(
                "unpinned-image",
                "image \(container.image.repository) of '\(container.name)' has "
                    + (tag.isEmpty ? "no tag" : "the tag 'latest'") + ", which changes under the stack",
                at: container.location,
                hint: "pin a release such as `version: \"1.2.3\"`, or leave `version:` out for Vigil's pinned tag")
        }
    }

    /// Each bind mount of a folder of the stack inside it.
    static func mountsInsideStack(_ project: ComposeProject) -> [Diagnostic] {
        project.containers.flatMap { container in
            container.volumes.compactMap { volume -> Diagnostic? in
                guard case .stackFolder(let path) = volume.source, !StackFolderPath.staysInside(path) else {
                    return nil
                }
                return .error(
                    "volume-outside-stack",
                    "'\(container.name)' mounts '\(path)', which is outside the stack folder",
                    at: volume.location,
                    hint: "a generated stack must work wherever it is copied: use an absolute host path, "
                        + "or a path inside the stack folder")
            }
        }
    }

    /// Each secret a container's environment or configuration files read from `/run/secrets/` provided to it.
    static func providedSecrets(_ project: ComposeProject) -> [Diagnostic] {
        project.containers.flatMap { container -> [Diagnostic] in
            let provided = Set(container.secrets)
            // A secret whose name is no file name (invalid-secret-name) garbles the references to it.
            guard provided.allSatisfy(SecretRules.isValidSecretName) else { return [] }
            let references =
                container.environment.map { (where: "its setting \($0.name)", text: $0.value) }
                + project.configFiles.filter { $0.container == container.name }.map {
                    (where: $0.path, text: $0.contents)
                }
            return references.flatMap { reference in
                SecretReferences.names(in: reference.text).filter { !provided.contains($0) }.map { name in
                    .error(
                        "undeclared-secret",
                        "\(reference.where) of '\(container.name)' reads /run/secrets/\(name), "
                            + "which docker-compose.yml does not provide to it",
                        at: container.location, hint: "declare it, e.g. `secrets: [.secret(\"\(name)\")]`")
                }
            }
        }
    }

    /// Each template a component renders present in the library.
    static func missingTemplates(_ project: ComposeProject) -> [Diagnostic] {
        project.missingTemplates.map(\.diagnostic)
    }

    /// A credential in a container's environment or command would be written into docker-compose.yml; the
    /// ``CredentialRules`` of the model check the scrape targets.
    static func credentials(_ project: ComposeProject) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for container in project.containers {
            let values =
                container.environment.map { ("environment variable \($0.name)", $0.value) }
                + container.command.map { ("command argument", $0) }
            for (place, value) in values {
                guard let credential = URLCredentials.credential(in: value) else { continue }
                diagnostics.append(
                    CredentialRules.diagnostic(
                        "the \(place) of '\(container.name)' carries \(credential)", container.location))
            }
        }
        return diagnostics
    }
}
