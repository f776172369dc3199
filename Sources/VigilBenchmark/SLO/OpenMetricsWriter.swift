import Foundation
import VigilDSL

/// Writes the synthetic traffic as OpenMetrics text, the input of `promtool tsdb create-blocks-from openmetrics`:
/// the counter family, then the histogram family, each series with all its scrapes in time order, then `# EOF`.
/// Tens of millions of lines: the text is laid out byte by byte in a buffer written a few megabytes at a time.
struct OpenMetricsWriter {
    /// The traffic to write.
    let traffic: SyntheticTraffic

    /// Writes every series to `path` and returns the requests served in the `window` seconds before the end.
    func write(to path: String, window: Int64) throws -> EventCounts {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let file = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { try? file.close() }
        var output = Output(file: file)
        let shape = traffic.shape
        let counterFamily =
            shape.requestsMetric.hasSuffix("_total")
            ? String(shape.requestsMetric.dropLast("_total".count)) : shape.requestsMetric
        try output.append("# HELP \(counterFamily) HTTP requests handled.\n# TYPE \(counterFamily) counter\n")
        var counted = EventCounts()
        for endpoint in shape.endpoints.indices {
            let (timeline, counts) = traffic.timeline(of: endpoint, window: window)
            counted = counted + counts
            for status in shape.statuses.indices {
                let prefix = Array("\(shape.requestsMetric){\(labels(endpoint, status))} ".utf8)
                try write(timeline.values[status][timeline.countColumn], prefix: prefix, to: &output)
            }
        }
        let histogram = shape.latencyMetric
        try output.append("# HELP \(histogram) HTTP request latency.\n# TYPE \(histogram) histogram\n")
        for endpoint in shape.endpoints.indices {
            let timeline = traffic.timeline(of: endpoint, window: window).timeline
            for status in shape.statuses.indices {
                try writeHistogram(timeline, endpoint: endpoint, status: status, to: &output)
            }
        }
        try output.append("# EOF\n")
        try output.flush()
        return counted
    }

    /// One histogram series set: at every scrape its buckets, its count and its sum, as one OpenMetrics point.
    func writeHistogram(_ timeline: EndpointTimeline, endpoint: Int, status: Int, to output: inout Output) throws {
        let shape = traffic.shape
        let labels = labels(endpoint, status)
        let bounds = shape.buckets.map { NormalizedFloat.label($0) } + ["+Inf"]
        let bucketPrefixes = bounds.map { Array("\(shape.latencyMetric)_bucket{\(labels),le=\"\($0)\"} ".utf8) }
        let countPrefix = Array("\(shape.latencyMetric)_count{\(labels)} ".utf8)
        let sumPrefix = Array("\(shape.latencyMetric)_sum{\(labels)} ".utf8)
        let columns = timeline.values[status]
        for (scrape, time) in traffic.times.enumerated() {
            for (column, prefix) in bucketPrefixes.enumerated() {
                output.line(prefix, value: columns[column][scrape], time: time)
            }
            output.line(countPrefix, value: columns[timeline.countColumn][scrape], time: time)
            output.line(sumPrefix, milliseconds: columns[timeline.sumColumn][scrape], time: time)
            try output.flushIfFull()
        }
    }

    /// One series: its value at every scrape.
    func write(_ values: [Int64], prefix: [UInt8], to output: inout Output) throws {
        for (scrape, time) in traffic.times.enumerated() {
            output.line(prefix, value: values[scrape], time: time)
            try output.flushIfFull()
        }
    }

    /// The labels of one endpoint and status, in the text of a selector.
    func labels(_ endpoint: Int, _ status: Int) -> String {
        let shape = traffic.shape
        let served = shape.endpoints[endpoint]
        return "job=\"\(shape.job)\",method=\"\(served.method)\",route=\"\(served.route)\","
            + "status=\"\(shape.statuses[status])\""
    }

    /// The buffer the text is laid out in, and the file it goes to.
    struct Output {
        let file: FileHandle
        var buffer: [UInt8] = []
        /// Written out once it holds this many bytes.
        let capacity = 4 << 20

        init(file: FileHandle) {
            self.file = file
            buffer.reserveCapacity(capacity + 4096)
        }

        mutating func append(_ text: String) throws {
            buffer.append(contentsOf: text.utf8)
            try flushIfFull()
        }

        /// `<prefix><value> <time>\n`.
        mutating func line(_ prefix: [UInt8], value: Int64, time: Int64) {
            buffer.append(contentsOf: prefix)
            appendDigits(value)
            buffer.append(UInt8(ascii: " "))
            appendDigits(time)
            buffer.append(UInt8(ascii: "\n"))
        }

        /// `<prefix><seconds with three decimals> <time>\n`, for a value held in milliseconds.
        mutating func line(_ prefix: [UInt8], milliseconds: Int64, time: Int64) {
            buffer.append(contentsOf: prefix)
            appendDigits(milliseconds / 1000)
            buffer.append(UInt8(ascii: "."))
            let fraction = milliseconds % 1000
            buffer.append(UInt8(ascii: "0") + UInt8(fraction / 100))
            buffer.append(UInt8(ascii: "0") + UInt8(fraction / 10 % 10))
            buffer.append(UInt8(ascii: "0") + UInt8(fraction % 10))
            buffer.append(UInt8(ascii: " "))
            appendDigits(time)
            buffer.append(UInt8(ascii: "\n"))
        }

        /// A non-negative integer in decimal.
        mutating func appendDigits(_ value: Int64) {
            precondition(value >= 0, "counters never go below zero")
            var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            var count = 0
            var rest = UInt64(value)
            withUnsafeMutableBytes(of: &digits) { bytes in
                repeat {
                    bytes[31 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                    count += 1
                } while rest > 0
                buffer.append(contentsOf: bytes[(32 - count)...])
            }
        }

        mutating func flushIfFull() throws {
            if buffer.count >= capacity { try flush() }
        }

        mutating func flush() throws {
            try file.write(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }
}
