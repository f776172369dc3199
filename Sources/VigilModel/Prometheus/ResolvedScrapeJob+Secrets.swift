import VigilCore

extension ResolvedScrapeJob {
    /// The secrets Prometheus reads to scrape this job, with what each holds.
    var secretUses: [SecretUse] {
        ScrapeAuthorization.secrets(of: authorization, tls: tls).map { secret, holds in
            SecretUse(secret, service: ResolvedPrometheus.serviceName, purpose: "\(holds) for scraping job '\(name)'")
        }
    }
}
