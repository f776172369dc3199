/// Makes services of rule groups. When every group's expressions select a single `job` (`job="api"`), the
/// grouping is recognisable and each job becomes a service (groups of the same job merged); otherwise all the
/// groups become one service, named after the stack.
struct ServicePartition {
    /// The names Vigil's own services take, which an imported service cannot.
    static let reservedNames: Set<String> = ["prometheus", "alertmanager"]

    /// The services of `groups` in the stack `stackName` (its name under `generated/`), and the remarks.
    static func services(of groups: [ImportedRuleGroup], stackName: String) -> ([ImportedService], ImportReport) {
        var report = ImportReport()
        let jobs = groups.map(job(of:))
        var services: [ImportedService] = []
        if !groups.isEmpty, jobs.allSatisfy({ $0 != nil }) {
            for (group, job) in zip(groups, jobs) {
                let name = reservedNames.contains(job!) ? job! + "-rules" : job!
                if name != job! {
                    report.add(
                        .review, at: group.location,
                        "group \(group.name) selects job '\(job!)', which names Vigil's own service: imported as service '\(name)'"
                    )
                }
                if let index = services.firstIndex(where: { $0.name == name }) {
                    merge(group, into: &services[index], report: &report)
                } else {
                    services.append(service(name, of: group))
                }
                if group.name != name {
                    report.add(.review, at: group.location, "group \(group.name) becomes service '\(name)' (its job)")
                }
            }
        } else if let first = groups.first {
            var service = service(stackName, of: first)
            for group in groups.dropFirst() { merge(group, into: &service, report: &report) }
            services.append(service)
            for group in groups where group.name != stackName {
                report.add(
                    .review, at: group.location,
                    "group \(group.name) becomes part of service '\(stackName)': no single job matcher names its service"
                )
            }
        }
        return (services, report)
    }

    /// The one job every selector of `group` that names a job matches exactly, when there is one and it is a
    /// valid service name.
    static func job(of group: ImportedRuleGroup) -> String? {
        let values = Set(
            group.rules.flatMap { rule in
                rule.tree.selectors.flatMap(\.matchers).filter { $0.label == "job" && $0.op == .equal }.map(\.value)
            })
        guard values.count == 1, let job = values.first, isServiceName(job) else { return nil }
        let everyRuleNamesIt = group.rules.allSatisfy { rule in
            rule.tree.selectors.contains { $0.matchers.contains { $0.label == "job" && $0.value == job } }
        }
        return everyRuleNamesIt ? job : nil
    }

    /// Letters, digits, `.`, `-` and `_`, starting with a letter or digit.
    static func isServiceName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCII,
            first.properties.isAlphabetic || ("0"..."9").contains(first)
        else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
        }
    }

    private static func service(_ name: String, of group: ImportedRuleGroup) -> ImportedService {
        ImportedService(
            name: name, groupNames: [group.name], interval: group.interval, queryOffset: group.queryOffset,
            labels: group.labels, rules: group.rules)
    }

    private static func merge(
        _ group: ImportedRuleGroup, into service: inout ImportedService, report: inout ImportReport
    ) {
        for (field, differs) in [
            ("interval", group.interval != service.interval),
            ("query_offset", group.queryOffset != service.queryOffset),
        ] where differs {
            report.add(
                .dropped, at: group.location,
                "group \(group.name): its `\(field)` differs from group \(service.groupNames[0])'s, which service '\(service.name)' keeps"
            )
        }
        var rules = group.rules
        if group.labels != service.labels {
            report.add(
                .review, at: group.location,
                "group \(group.name): its labels differ from service '\(service.name)'s and are written on each of its rules"
            )
            for index in rules.indices {
                let own = Set(rules[index].labels.map(\.key))
                rules[index].labels += group.labels.sorted { $0.key < $1.key }.filter { !own.contains($0.key) }
                    .map { (key: $0.key, value: $0.value) }
            }
        }
        service.groupNames.append(group.name)
        service.rules += rules
    }
}
