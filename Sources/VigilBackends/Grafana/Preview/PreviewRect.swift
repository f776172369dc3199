/// A rectangle of a preview, in whole pixels from the top left corner.
struct PreviewRect: Hashable {
    /// The left edge.
    var x: Int
    /// The top edge.
    var y: Int
    /// The width.
    var width: Int
    /// The height.
    var height: Int

    /// The bottom edge.
    var bottom: Int { y + height }

    /// The rectangle with `inset` pixels taken off each side.
    func inset(by inset: Int) -> PreviewRect {
        PreviewRect(
            x: x + inset, y: y + inset, width: Swift.max(0, width - 2 * inset), height: Swift.max(0, height - 2 * inset)
        )
    }
}
