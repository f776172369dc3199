import Testing
import VigilCore

@testable import VigilModel

@Suite("Source locations as hints name them")
struct SourceLocationReferenceTests {
    @Test("a hint names the spec by its path in the package, the stack's folder included")
    func reference() {
        let location = VigilCore.SourceLocation(
            fileID: "specs/Ledgerly+Routing.swift", filePath: "/home/me/vigil/specs/Ledgerly/Ledgerly+Routing.swift",
            line: 12, column: 5)
        #expect(location.reference == "specs/Ledgerly/Ledgerly+Routing.swift:12")
        // A path without the module's folder falls back to the file ID.
        let elsewhere = VigilCore.SourceLocation(fileID: "specs/A.swift", filePath: "/tmp/A.swift", line: 3, column: 1)
        #expect(elsewhere.reference == "specs/A.swift:3")
    }
}
