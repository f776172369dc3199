import Foundation
import Testing

@testable import VigilBackends
@testable import VigilCompiler
@testable import VigilModel

@Suite("The template library")
struct TemplateLibraryTests {
    @Test("reads a folder at any depth, skipping hidden files; a missing folder is empty")
    func loading() throws {
        let directory = try TemporaryDirectory()
        try directory.write("alertmanager/a.tmpl", "{{ define \"a\" }}A{{ end }}")
        try directory.write("alertmanager/nested/b.tmpl", "{{- define \"b.x\" -}}B{{ end }}")
        try directory.write("alertmanager/.hidden.tmpl", "x")
        try directory.write("README.md", "# templates")
        let library = try TemplateLibrary(contentsOf: directory.url)
        #expect(library.paths == ["README.md", "alertmanager/a.tmpl", "alertmanager/nested/b.tmpl"])
        let alertmanager = library.files(in: "alertmanager", endingIn: ".tmpl")
        #expect(alertmanager.paths == ["a.tmpl", "nested/b.tmpl"])
        #expect(alertmanager.definedTemplateNames == ["a", "b.x"])
        let missing = try TemplateLibrary(contentsOf: directory.url.appendingPathComponent("nothing"))
        #expect(missing.files.isEmpty)
    }

    @Test("the package's own templates define every name Vigil's receivers use by default")
    func packageTemplates() {
        let defined = AlertmanagerFixtures.templates.files(in: "alertmanager", endingIn: ".tmpl").definedTemplateNames
        for name in [
            "vigil.title", "vigil.slack.text", "vigil.email.html", "vigil.teams.text", "vigil.markdown.text",
            "vigil.telegram.html", "vigil.pagerduty.severity", "vigil.opsgenie.priority", "vigil.jira.priority",
        ] {
            #expect(defined.contains(name), "\(name)")
        }
    }
}
