import VigilCompiler
import VigilModel

/// What Vigil's checker says of the imported rules, for the report: the plan's stack is lowered and validated
/// as `specs generate` would, and each diagnostic at an input place becomes a remark there, so that a
/// template or an expression the checker rejects is known before generating. Rules are imported raw all the
/// same, never lost.
enum CheckerRemarks {
    /// The diagnostics every imported alert gets, which say nothing of the input: it has no alert tests.
    static let expected: Set<String> = ["untested-alert"]

    /// The remarks on `plan`.
    static func remarks(on plan: ImportPlan, templates: TemplateLibrary) -> ImportReport {
        let files = Set(plan.sources)
        var report = ImportReport()
        let resolved = StackLowering.lower(PlanStack.stack(of: plan), templates: templates)
        for diagnostic in Compiler().validate([resolved])
        where files.contains(diagnostic.location.fileID) && !expected.contains(diagnostic.id) {
            report.add(
                .review, at: InputLocation(diagnostic.location),
                "the checker reports \(diagnostic.severity == .error ? "an error" : "a warning"): \(diagnostic.message) [\(diagnostic.id)]"
            )
        }
        return report
    }
}
