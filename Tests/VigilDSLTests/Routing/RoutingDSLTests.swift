import Testing
import VigilDSL

@Suite("Routing declarations")
struct RoutingDSLTests {
    static let pager = Receiver("pager", .pagerDuty(routingKey: .secret("pagerduty_key")))
    static let chat = Receiver("chat", .slack(channel: "#ops", webhook: .secret("slack_url")))

    /// That a string literal does not compile as a secret, with Vigil's message, is ``SecretTests``'s.
    @Test("a secret has no string form it can be built from")
    func secretIsNotALiteral() {
        #expect(!(Secret.self is any LosslessStringConvertible.Type))
        let secret = Secret.secret("pagerduty_key")
        #expect(secret.name == "pagerduty_key")
        #expect(secret == .secret("pagerduty_key"))
    }

    @Test("receivers, routes, matchers and expectations record where they were written")
    func locations() {
        let line = #line + 1
        let route = Route(.severity(.critical), to: Self.pager)
        #expect(route.location.line == line)
        #expect(route.matchers[0].location.line == line)
        #expect(route.location.fileID == "VigilDSLTests/RoutingDSLTests.swift")
        #expect(Self.pager.location.line == 6)
        let expect = Expect(["severity": "critical"], routesTo: Self.pager)
        #expect(expect.location.line == line + 5)
    }

    @Test("matchers render as Alertmanager writes them, values escaped")
    func matcherText() {
        #expect(Matcher.severity(.critical).description == #"severity="critical""#)
        #expect(Matcher.severity(in: [.warning, .info]).description == #"severity=~"warning|info""#)
        #expect(Matcher.label("team", notEquals: "growth").description == #"team!="growth""#)
        #expect(Matcher.label(.service, doesNotMatch: "test-.*").description == #"service!~"test-.*""#)
        #expect(Matcher.alertname("Watchdog").description == #"alertname="Watchdog""#)
        #expect(Matcher.label("note", equals: "say \"hi\"\\\n").description == #"note="say \"hi\"\\\n""#)
        #expect(Matcher.label("x", equals: "a") == Matcher.label("x", equals: "a"))
    }

    @Test("the Alertmanager body collects receivers, routes, inhibitions and expectations through conditionals")
    func alertmanagerBody() {
        let withInfo = true
        let alertmanager = Alertmanager(defaultReceiver: Self.chat) {
            Self.pager
            Route(.severity(.critical), to: Self.pager) {
                Route(.label(.service, equals: "db"), to: Self.chat)
                for team in ["a", "b"] {
                    Route(.label("team", equals: team), to: Self.chat)
                }
            }
            if withInfo {
                Route(.severity(.info), to: Self.chat)
            } else {
                Route(.severity(.warning), to: Self.chat)
            }
            Inhibit(source: .severity(.critical), target: .severity(.info), equal: [.alertname])
            Expect(["severity": "critical"], routesTo: [Self.pager])
        }
        #expect(alertmanager.receivers.map(\.name) == ["pager"])
        #expect(alertmanager.routes.map(\.receiver.name) == ["pager", "chat"])
        #expect(alertmanager.routes[0].routes.count == 3)
        #expect(alertmanager.routes[1].matchers == [.severity(.info)])
        #expect(alertmanager.inhibitions.count == 1)
        #expect(alertmanager.expectations[0].receivers.map(\.name) == ["pager"])
    }

    @Test("Alertmanager defaults: grouped by alert name and service, for 0.28, default inhibition on")
    func defaults() {
        let alertmanager = Alertmanager(defaultReceiver: Self.chat)
        #expect(alertmanager.groupBy == [.alertname, .service])
        #expect(alertmanager.groupWait == .seconds(30))
        #expect(alertmanager.groupInterval == .minutes(5))
        #expect(alertmanager.repeatInterval == .hours(4))
        #expect(alertmanager.compatibility == .v028)
        #expect(alertmanager.inhibitsWarningsWhenCritical)
        #expect(alertmanager.watchdog == nil)
        #expect(Watchdog(to: Self.chat).repeatInterval == .hours(1))
    }

    @Test("a stack body takes its Alertmanager")
    func stackBody() {
        let routing = Alertmanager(defaultReceiver: Self.chat)
        let stack = Stack("shop") {
            Service("api")
            routing
        }
        #expect(stack.services.map(\.name) == ["api"])
        #expect(stack.alertmanagers.count == 1)
    }

    @Test("a receiver without integrations is the null receiver")
    func nullReceiver() {
        #expect(Receiver("null").isNull)
        #expect(!Self.pager.isNull)
        let both = Receiver(
            "both", .email(to: "a@b.example", from: "c@b.example", smarthost: "smtp:587"),
            .opsgenie(apiKey: .secret("og")))
        #expect(both.integrations.count == 2)
        #expect(both.integrations.flatMap(\.templates).map(\.name).contains("vigil.opsgenie.priority"))
    }

    @Test("times of day and the time-interval vocabulary")
    func schedules() {
        #expect(TimeOfDay(9, 5).description == "09:05")
        #expect(TimeOfDay.endOfDay.description == "24:00")
        #expect(TimeOfDay(24).isValid && !TimeOfDay(24, 1).isValid && !TimeOfDay(7, 60).isValid)
        #expect(Weekday.sunday < .monday && Month.january < .december)
        let schedule = Schedule("office", timeZone: "Europe/Berlin") {
            Period(weekdays: Weekday.workdays, times: [TimeRange(from: TimeOfDay(9), to: TimeOfDay(17))])
            Period(daysOfMonth: [-1])
        }
        #expect(schedule.periods.count == 2)
        #expect(schedule.periods[0].weekdays.count == 5)
    }

    @Test("versions order by release")
    func versions() {
        #expect(AlertmanagerVersion.v025 < .v026 && AlertmanagerVersion.v027 < .v028)
        #expect(AlertmanagerVersion(1, 0) > .v028)
        #expect(AlertmanagerVersion.v027.description == "0.27")
        #expect(NotificationTemplate.title.description == #"{{ template "vigil.title" . }}"#)
    }
}
