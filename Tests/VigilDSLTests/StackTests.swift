import Testing
import VigilDSL

@Suite("Stack and Service declarations")
struct StackTests {
    @Test("a service records where it was written")
    func serviceLocation() {
        let line = #line + 1
        let service = Service("api", scrape: .target("api:8080"))
        #expect(service.location.line == line)
        #expect(service.location.column == 30)  // Swift reports the call's opening parenthesis
        #expect(service.location.fileID == "VigilDSLTests/StackTests.swift")
        #expect(service.location.filePath.hasSuffix("Tests/VigilDSLTests/StackTests.swift"))
        #expect(service.scrape?.location.line == line)
    }

    @Test("the stack body collects services in order, through conditionals and loops")
    func builder() {
        let withWorkers = true
        let stack = Stack("shop") {
            Service("api", scrape: .target("api:8080"))
            if withWorkers {
                Service("worker", scrape: .targets(["worker-1:9100", "worker-2:9100"]))
            }
            for name in ["postgres", "redis"] {
                Service(name)
            }
            [Service("cache"), Service("queue")]
        }
        #expect(stack.services.map(\.name) == ["api", "worker", "postgres", "redis", "cache", "queue"])
        #expect(stack.services[1].scrape?.targets == ["worker-1:9100", "worker-2:9100"])
        #expect(stack.services[2].scrape == nil)
    }

    @Test("scrape defaults: /metrics over http, intervals from the stack")
    func scrapeDefaults() {
        let scrape = Scrape.target("api:8080")
        #expect(scrape.metricsPath == "/metrics")
        #expect(scrape.scheme == .http)
        #expect(scrape.interval == nil)
        #expect(scrape.timeout == nil)
        #expect(scrape.labels.isEmpty)
    }

    @Test("Prometheus defaults suit a single host")
    func prometheusDefaults() {
        let prometheus = Prometheus()
        #expect(prometheus.scrapeInterval == .seconds(15))
        #expect(prometheus.scrapeTimeout == .seconds(10))
        #expect(prometheus.evaluationInterval == .seconds(15))
        #expect(prometheus.retention == .days(15))
    }
}
