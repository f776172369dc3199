import Foundation
import Synchronization

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

/// A command-line tool some tests run when it is installed (kubectl, kubernetes-validate): where it is absent
/// they are skipped, with one printed line per tool, like the tests on the reference data.
enum InstalledTool {
    /// The tools found absent and already announced.
    private static let announced = Mutex<Set<String>>([])

    /// Whether `name` is on the `PATH`; when it is not, prints (once) that the tests needing it (`what`) are
    /// skipped and how to install it. For `.enabled(if:)` traits.
    static func isPresent(_ name: String, skipping what: String, install: String) -> Bool {
        guard ToolRunner.locate(name) == nil else { return true }
        if announced.withLock({ $0.insert(name).inserted }) {
            print("skipped: \(name) not installed; \(what) does not run (\(install))")
        }
        return false
    }
}
