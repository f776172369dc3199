import VigilModel

extension ResolvedStack {
    /// The stack as the Kubernetes target deploys it: without the components only compose runs (Grafana's,
    /// Loki's, Alloy's and the tracing backend's jobs, with their rules, tests, packs and dashboards). The
    /// cluster's Grafana is kube-prometheus-stack's, scraped under its own job, and the cluster runs no Loki,
    /// Alloy or tracing backend of the stack's.
    var deployedOnKubernetes: ResolvedStack {
        let left = Set(scrapeJobs.filter(\.scrapesComposeComponent).map(\.name))
        guard !left.isEmpty else { return self }
        var stack = self
        stack.scrapeJobs.removeAll { left.contains($0.name) }
        stack.services.removeAll { left.contains($0.name) }
        stack.ruleGroups.removeAll { left.contains($0.name) }
        stack.alerts.removeAll { left.contains($0.group) }
        stack.recordingRules.removeAll { left.contains($0.group) }
        stack.alertTests.removeAll { left.contains($0.group) }
        stack.rulePacks.removeAll { left.contains($0.job) }
        stack.dashboards.removeAll { dashboard in
            dashboard.tags.contains(ResolvedDashboard.derivedTag) && dashboard.tags.contains(where: left.contains)
        }
        return stack
    }
}
