import Foundation
import VigilCompiler

/// Formats spec files in place with `swift format` and the package's configuration, as `make format` does.
struct SpecFormatter {
    /// The package whose configuration applies.
    var package: SpecsPackage
    /// The executable that runs swift-format, found on `PATH`.
    var swift = "swift"

    /// Formats `files`; prints a note when swift-format cannot run or fails, and leaves them as written.
    func format(_ files: [URL], on console: Console) {
        let arguments =
            ["format", "--in-place", "--configuration", package.formatConfiguration.path] + files.map(\.path)
        do {
            let run = try ToolRunner().run(swift, arguments, in: package.root)
            if !run.succeeded {
                console.err(
                    "note: swift format could not format the imported files (exit \(run.status)); run `make format`")
            }
        } catch {
            console.err("note: \(swift) is not on PATH; run `make format` on the imported files")
        }
    }
}
