import Foundation
import VigilCompiler

extension Console {
    /// Prints diagnostics compiler-style, paths relative to the working directory.
    func report(_ diagnostics: [Diagnostic]) {
        let text = DiagnosticPrinter(root: FileManager.default.currentDirectoryPath).render(diagnostics)
        if !text.isEmpty {
            err(String(text.dropLast()))
        }
    }
}
