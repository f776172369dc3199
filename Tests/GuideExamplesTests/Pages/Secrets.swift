import Vigil

// The examples of docs/guide/secrets.md.
extension Shop {
    // guide:begin secrets
    static let secretsStack = Stack("guide-secrets") {
        Service(
            "shop-api",
            scrape: .target("api:8443", scheme: .https)
                .authorization(.basic(username: "prometheus", password: .secret("api_scrape_password")))
                .tls(
                    ScrapeTLS(
                        certificateAuthority: .secret("api_ca"), clientCertificate: .secret("prometheus_cert"),
                        clientKey: .secret("prometheus_key"), serverName: "api.shop.internal")))
        Alertmanager(
            defaultReceiver: Receiver("pager", .pagerDuty(routingKey: .secret("pagerduty_routing_key"))),
            watchdog: Watchdog(to: Receiver("deadmans-switch", .webhook(urlFrom: .secret("deadmans_switch_url")))))
        Grafana(
            adminPassword: .secret("grafana_admin_password"),
            environment: ["GF_SMTP_ENABLED": "true", "GF_SMTP_PASSWORD__FILE": "/run/secrets/grafana_smtp_password"],
            secrets: [.secret("grafana_smtp_password")])
    }
    // guide:end
}
