import VigilBackends
import VigilDSL

/// The stack's tracing backend as the subject of its rule pack: the backend's job and the address it serves
/// its own metrics at, the backend the alerts of the other one are absent for, and the overrides written on
/// the ``Tracing`` declaration.
struct TracingPackSubject: PackSubject {
    /// The declaration.
    var tracing: Tracing

    var job: String { TracingLowering.serviceName(tracing.backend) }
    var instance: String { "\(job):\(TracingLowering.metricsPort(tracing.backend))" }
    var overrides: [any AnyPackOverride] { tracing.pack }
    var location: SourceLocation { tracing.location }
}
