/// The types Vigil's modules declare, looked up in the running `specs` binary, which links them all: a stack's
/// enum of one of their names would hide it from every stack of the package, which is one Swift module.
enum VigilTypes {
    /// The modules whose types stack code sees through `import Vigil`.
    static let modules = ["Vigil", "VigilDSL", "VigilModel", "VigilCore"]

    /// Whether one of the modules declares a non-generic struct, enum or class `name`: the runtime finds a type
    /// by its mangled name (`8VigilDSL7HeatmapV`), and a generic one only with its arguments; the scaffold's own
    /// references cover the generic ones it uses, such as `Counter`.
    static func declares(_ name: String) -> Bool {
        modules.contains { module in
            ["V", "O", "C"].contains { kind in
                _typeByName("\(module.utf8.count)\(module)\(name.utf8.count)\(name)\(kind)") != nil
            }
        }
    }
}
