import VigilDSL

/// The label keys of the metrics ``TypedQuery`` builds in process: any label name is one, so that the calls the
/// typed Swift source makes on a metric's own label enum can be made on it with the same names.
struct ImportedLabel: LabelKey {
    let rawValue: String

    /// None: the declarations come from the import plan, not from this type.
    static var allCases: [ImportedLabel] { [] }
}
