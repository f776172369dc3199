extension String {
    /// Whether the text holds a Go template action (`{{`): a label or annotation value known only when the alert
    /// fires. A scan of the UTF-8 bytes: Foundation's `contains` copies the text into an `NSString` first, and the
    /// standard library's generic `contains` of a collection is slower still.
    package var holdsTemplateAction: Bool {
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte == UInt8(ascii: "{") && previous == byte { return true }
            previous = byte
        }
        return false
    }
}
