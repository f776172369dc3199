import VigilDSL
import VigilModel

extension ResolvedCorrection {
    /// Lowers a DSL correction.
    init(_ correction: Correction) {
        let (correctedText, corrected) = DashboardLowering.promQL(correction.corrected, at: correction.location)
        self.init(
            subject: correction.subject, original: correction.original, corrected: corrected,
            correctedText: correctedText, reason: correction.reason, location: correction.location)
    }
}
