import ArgumentParser
import Foundation
import VigilCompiler
import VigilDSL
import VigilImport

/// `specs import --stack <Name> --rules FILE_OR_DIR... --alertmanager FILE --dashboards DIR`: write a stack folder
/// under specs/ from existing Prometheus rule files, an Alertmanager configuration and Grafana dashboards, register
/// it, and print the report of what was not carried over.
struct ImportCommand: PackageCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write a new stack into specs/<Name>/ from existing rule files, an alertmanager.yml and dashboards.",
        discussion: """
            Reads plain rule files and PrometheusRule resources (several YAML documents a file; a folder \
            gives its .yml, .yaml and .rules files), parses every expression, infers the metrics the rules read \
            (catalogue metrics are declared from Vigil's catalogues) and writes <Name>.swift, \
            <Name>+Metrics.swift and <Name>+Alerts.swift; an Alertmanager configuration (or a Kubernetes \
            Secret holding one) becomes <Name>+Routing.swift: routes (match and match_re converted to \
            matchers), continue, timings, time intervals, inhibitions and receivers, every inline credential \
            moved out to a Secret. A folder of Grafana dashboard JSON files (subfolders as Grafana folders) \
            becomes <Name>+Dashboards.swift: variables, rows (collapsed ones with their panels), panels of every \
            kind Vigil has with their options, queries (metrics inferred from them too), units, thresholds, value \
            mappings, data links and overrides, and header links; an unknown panel kind or option is written as \
            a comment and listed in the report. The files are formatted with swift format and the stack is registered in \
            specs/main.swift. Invalid input, or a taken name, writes nothing. The report lists, with file and \
            line, what is not carried over and what to review. --verify lowers the imported stack, compares \
            each generated rule with its input rule (expression by syntax tree, for, labels, annotations) and \
            its routing tree with the input's (every route, and where a label set derived from each route's \
            matchers goes) and its dashboards with the input's (variables; panels by title, kind and unit; \
            queries by syntax tree); any difference fails the command and writes nothing.
            """)

    @Option(help: ArgumentHelp("The stack's enum, e.g. Shop.", valueName: "Name"))
    var stack: String

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("Rule files or folders of rule files.", valueName: "file-or-dir"))
    var rules: [String] = []

    @Option(help: ArgumentHelp("An alertmanager.yml, or a Kubernetes Secret holding one.", valueName: "file"))
    var alertmanager: String?

    @Option(
        help: ArgumentHelp(
            "A folder of Grafana dashboard JSON files; its subfolders are Grafana folders.", valueName: "dir"))
    var dashboards: String?

    @Flag(help: "Generate the imported rules, routing and dashboards and prove them equal to the input before writing.")
    var verify = false

    func run(stacks: [Stack], templates: TemplateLibrary, package: SpecsPackage?, console: Console) throws
        -> ExitCode
    {
        guard let package else {
            console.err("error: `specs import` needs the package's specs/ folder; run the specs executable")
            return .failure
        }
        guard !rules.isEmpty || alertmanager != nil || dashboards != nil else {
            throw ValidationError(
                "give the rule files to import with --rules, an Alertmanager configuration or a dashboards folder")
        }
        let plan: ImportPlan
        do {
            let configuration = try alertmanager.map { ($0, try String(contentsOfFile: $0, encoding: .utf8)) }
            plan = try Importer(stackName: stack, templates: templates).plan(
                ruleFiles: try RuleFileList(paths: rules).files(), alertmanagerFile: configuration,
                dashboardFiles: try dashboards.map { try DashboardFileList(folder: $0).files() } ?? [])
        } catch let error as ImportError {
            console.err(error.description)
            console.err("nothing was written")
            return .failure
        } catch {
            console.err("error: cannot read the input: \(error.localizedDescription)")
            console.err("nothing was written")
            return .failure
        }
        if verify, try !verified(plan, console: console) { return .failure }
        let files = plan.files
        let newStack: NewStack
        do {
            newStack = try NewStack(
                name: stack, package: package, files: files,
                referencedTypes: Self.referencedTypes(of: files, stack: stack), declared: stacks.map(\.name))
        } catch let refusal as NewStack.Refusal {
            throw ValidationError("cannot import the stack \(stack): \(refusal)")
        }
        try newStack.write()
        let specs = package.specsFolder.lastPathComponent
        SpecFormatter(package: package).format(
            newStack.files.map { newStack.folder.appendingPathComponent($0.name) }, on: console)
        for file in newStack.files { console.out("created \(specs)/\(stack)/\(file.name)") }
        console.out("registered \(stack).stack in \(specs)/main.swift")
        if !plan.groups.isEmpty { console.out("rules: \(plan.queryStyles)") }
        print(plan.report, on: console)
        console.out("next: review the report, then `make generate` writes generated/\(stack.lowercased())/")
        return .success
    }

    /// The capitalised identifiers the files' code refers to, but the lines that declare the stack's enum and
    /// extend it: a stack named like one of them would hide it.
    static func referencedTypes(of files: [(name: String, text: String)], stack: String) -> Set<String> {
        let own: Set<Substring> = ["enum \(stack) {", "extension \(stack) {"]
        let code = files.map { file in
            (file.name, file.text.split(separator: "\n").filter { !own.contains($0) }.joined(separator: "\n"))
        }
        return StackScaffold(files: code).referencedTypes
    }

    private func verified(_ plan: ImportPlan, console: Console) throws -> Bool {
        let rules = try RuleFidelity(plan: plan)
        let routing = RoutingFidelity(plan: plan)
        let dashboards = try DashboardFidelity(plan: plan)
        let mismatches = rules.mismatches + routing.mismatches + dashboards.mismatches
        for mismatch in mismatches { console.err("\(mismatch.location): error: \(mismatch.message)") }
        guard mismatches.isEmpty else {
            console.err("verify: \(mismatches.count) differences from the input; nothing was written")
            return false
        }
        if !plan.groups.isEmpty {
            console.out("verify: \(rules.comparedRules) rules generated equal to their input")
        }
        if plan.alertmanager != nil {
            console.out("verify: \(routing.routedLabelSets) label sets routed as the input routes them")
        }
        if !plan.dashboards.isEmpty {
            console.out(
                "verify: \(dashboards.comparedDashboards) dashboards with \(dashboards.comparedPanels) panels generated equal to their input"
            )
        }
        return true
    }

    private func print(_ report: ImportReport, on console: Console) {
        guard !report.entries.isEmpty else {
            console.out("report: everything was carried over")
            return
        }
        console.out("report: \(report.entries.count) remarks")
        for entry in report.entries { console.out("  \(entry)") }
    }
}
