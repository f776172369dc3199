/// The time each stage of one compilation took.
struct StageSeconds: Codable, Sendable {
    /// Building the DSL values, as running the specs does before the compiler starts.
    var build: Stopwatch.Reading
    /// `Compiler.lower`.
    var lower: Stopwatch.Reading
    /// `Compiler.validate`.
    var validate: Stopwatch.Reading
    /// `Compiler.emit`.
    var emit: Stopwatch.Reading
    /// `OutputWriter.write` into an empty folder.
    var write: Stopwatch.Reading

    /// Lowering, validation, emission and writing: the compiler's work once the specs have run.
    var total: Stopwatch.Reading { lower + validate + emit + write }

    /// The faster of two measurements, stage by stage.
    func fastest(_ other: StageSeconds) -> StageSeconds {
        StageSeconds(
            build: build.fastest(other.build), lower: lower.fastest(other.lower),
            validate: validate.fastest(other.validate), emit: emit.fastest(other.emit),
            write: write.fastest(other.write))
    }
}
