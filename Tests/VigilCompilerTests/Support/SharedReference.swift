import Foundation
import Synchronization
import Testing

/// The third-party reference data in `../shared/reference`, beside the package: rule corpora, Grafana's JSON
/// schemas, Sloth's and Pyrra's golden files. CI has it; a user's clone does not. The tests that compare against
/// it run where it is, and where a folder of it is absent they are skipped, with one printed line per folder.
enum SharedReference {
    /// `../shared/reference`, beside the package's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // VigilCompilerTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package
        .appendingPathComponent("../shared/reference").standardized

    /// The folders found absent and already announced.
    private static let announced = Mutex<Set<String>>([])

    /// The folder `name` of the reference data, e.g. `corpus`.
    static func url(_ name: String) -> URL { root.appendingPathComponent(name) }

    /// Whether the folder `name` is present; when it is absent, prints (once) which folder is missing and that
    /// the tests comparing against it are skipped. For `.enabled(if:)` traits.
    static func isPresent(_ name: String) -> Bool {
        guard !FileManager.default.fileExists(atPath: url(name).path) else { return true }
        let first = announced.withLock { $0.insert(name).inserted }
        if first {
            print(
                "skipped: ../shared/reference/\(name) is not beside the package; the tests that compare with it do not run"
            )
        }
        return false
    }

    /// The folder `name`, for a test that needs it among other checks: the test is cancelled (skipped) when the
    /// folder is absent.
    static func folder(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        guard isPresent(name) else {
            try Test.cancel("../shared/reference/\(name) is absent", sourceLocation: sourceLocation)
        }
        return url(name)
    }
}
