import VigilDSL

/// The alert every blackbox exporter brings: a probe that has failed for a while, and the test proving it
/// fires then and not before.
enum ProbeFailedAlert {
    /// The alert's name.
    static let name = "ProbeFailed"

    /// The alert and its test, attributed to the exporter's declaration.
    static func elements(
        job: String, probes: [Probe], severity: Severity, failingFor: Duration, at location: SourceLocation
    )
        -> [ServiceElement]
    {
        let fileID = location.fileID
        let filePath = location.filePath
        let line = location.line
        let column = location.column
        let minutes = Int(max(1, (failingFor.milliseconds + 59_999) / 60_000))
        let probed = ["job": job, "instance": probes.first?.target ?? "http://app:8080/health"]
        let elements: [ServiceElement] = [
            .alert(
                Alert(
                    name, severity: severity, for: failingFor, fileID: fileID, filePath: filePath, line: line,
                    column: column
                ) {
                    BlackboxExporterMetrics.success.equals(0)
                } annotations: {
                    AlertAnnotation("summary", "Probe of {{ $labels.instance }} fails")
                    AlertAnnotation(
                        "description",
                        "blackbox-exporter has found {{ $labels.instance }} unhealthy for \(failingFor) (job {{ $labels.job }})."
                    )
                }),
            .alertTest(
                AlertTest(
                    "\(name) fires after \(failingFor) of failed probes", fileID: fileID, filePath: filePath,
                    line: line, column: column
                ) {
                    InputSeries(
                        BlackboxExporterMetrics.success, labels: probed,
                        values: .constant(1, steps: 2) + .constant(0, steps: minutes + 5))
                } expect: {
                    Quiet(name, at: .minutes(Int64(1 + minutes)))
                    Fires(name, at: .minutes(Int64(minutes + 4)), labels: probed)
                }),
        ]
        return elements
    }
}
