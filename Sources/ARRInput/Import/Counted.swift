import ARRCore

/// A count with its noun and verb agreeing, for import notes: `1 trial row bills`,
/// `2 trial rows bill` (a note built by hand read "1 trial row … bill nothing").
enum Counted {
  /// `"\(n) \(noun)"`, `n` grouped by thousands (``CountText``), the noun plural (`s` added)
  /// unless `n` is 1, then the verb in the matching form (`one` for 1, `many` otherwise), if
  /// given.
  static func phrase(_ n: Int, _ noun: String, verb: (one: String, many: String)? = nil) -> String {
    CountText.phrase(n, noun, verb: verb)
  }
}
