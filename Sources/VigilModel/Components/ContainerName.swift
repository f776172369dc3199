/// The names of the containers that the lowering adds and the stack README explains by name.
package enum ContainerName {
    /// The read-only proxy in front of the Docker socket.
    package static let dockerSocketProxy = "docker-socket-proxy"
    /// Grafana.
    package static let grafana = "grafana"
    /// Grafana Alloy, which ships the containers' logs.
    package static let alloy = "alloy"
}
