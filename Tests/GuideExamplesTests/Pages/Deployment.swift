import Vigil

// The examples of docs/guide/deployment.md.
extension Shop {
    // guide:begin compose
    static let composeStack = Stack(
        "guide-compose",
        prometheus: Prometheus(
            scrapeInterval: .seconds(15), evaluationInterval: .seconds(15), externalLabels: ["cluster": "eu-1"],
            retention: .days(33), retentionSize: .gigabytes(20), features: [.nativeHistograms]),
        bindAddress: .loopback, network: .external("shop_default")
    ) {
        Service("shop-api", scrape: .target("api:8080"))
    }
    // guide:end

    // guide:begin targets
    static let configOnly = Stack("guide-config-only", targets: [.prometheus, .alertmanager, .grafana, .readme]) {
        Service("shop-api", scrape: .target("api:8080"))
    }
    // guide:end

    // guide:begin kubernetes
    static let kubernetesStack = Stack(
        "guide-kubernetes",
        kubernetes: Kubernetes(
            namespace: "shop", release: "kube-prometheus-stack",
            alertmanager: .configSecret(name: "alertmanager-shop"))
    ) {
        Service(
            "shop-api",
            scrape: .target("api:8080").kubernetes(.service(["app.kubernetes.io/name": "shop-api"], port: "http")))
        Service("shop-worker", scrape: .target("worker:9100").kubernetes(.pods(["app": "worker"], port: "metrics")))
        Service("payments-db", scrape: .target("db.example.com:9187").kubernetes(.staticTargets))
        Alertmanager(
            defaultReceiver: Receiver("chat", .slack(channel: "#shop", webhook: .secret("slack_webhook_url"))),
            watchdog: Watchdog(to: Receiver("deadmans-switch", .webhook(urlFrom: .secret("deadmans_switch_url")))))
    }
    // guide:end

    // guide:begin remote-write
    static let remoteWriteStack = Stack(
        "guide-remote-write",
        prometheus: Prometheus(remoteWrite: [
            .mimir(
                url: "https://mimir.example.com/api/v1/push", tenant: "shop",
                authorization: .basic(username: "shop", password: .secret("mimir_password")), rawSeries: ["up"]),
            .thanosReceive(url: "http://thanos-receive:19291/api/v1/receive"),
            .victoriaMetrics(url: "http://victoriametrics:8428/api/v1/write", name: "vm-long-term"),
        ])
    ) {
        Service("shop-api", scrape: .target("api:8080"))
    }
    // guide:end

    // guide:begin high-availability
    static let highlyAvailableStack = Stack(
        "guide-ha",
        prometheus: Prometheus(
            remoteWrite: [.victoriaMetrics(url: "http://victoriametrics:8428/api/v1/write")], replicas: 2)
    ) {
        Service("shop-api", scrape: .target("api:8080"))
        Alertmanager(
            defaultReceiver: Receiver("chat", .slack(channel: "#shop", webhook: .secret("slack_webhook_url"))),
            groupInterval: .minutes(1),
            watchdog: Watchdog(to: Receiver("deadmans-switch", .webhook(urlFrom: .secret("deadmans_switch_url")))),
            cluster: AlertmanagerCluster(peers: 3, peerTimeout: .seconds(15)))
    }
    // guide:end
}
