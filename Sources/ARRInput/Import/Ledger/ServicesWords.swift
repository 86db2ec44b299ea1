/// The one list of words naming services or set-up work billed once beside a subscription: a
/// ledger's descriptions (``LedgerImporter/isOneTimeText(_:)``), its type and revenue-type
/// values (``LedgerReader/kind(_:dialect:)``) and a CRM deal's kind
/// (``SubscriptionTableReader/saysServices(_:key:customer:)``) read the same words (session 35,
/// crm lane; review 34, item 10: three copies disagreed: `installation` and `professional
/// service` typed a line one-time but not a description or a deal; `consulting fee`, `training
/// fee` and `professional services fee` named no type).
enum ServicesWords {
  /// The words, lowercased, `-` and `_` read as spaces.
  static let words = [
    "setup", "set up", "onboarding", "implementation", "professional services",
    "professional service", "consulting", "training", "installation",
    // Hebrew and Italian (session 50, imp lane; trial 50, T50-6, T50-20: "הטמעה והדרכה (חד
    // פעמי)" and "Attività di formazione e avviamento (una tantum)" were spread into the annual
    // beside them, +7.6% and +12%): one-time, implementation, training, installation,
    // consulting.
    "חד פעמי", "הטמעה", "הדרכה", "התקנה", "ייעוץ", "una tantum", "avviamento",
    "consulenza", "installazione",
  ]

  /// Whether normalized text (a description, a deal's kind) holds one of ``words``, as letters
  /// ("Onboarding - Acme", "Implementation services").
  static func isIn(_ text: String) -> Bool {
    words.contains { text.contains($0) }
  }

  /// Whether a normalized type value is one of ``words``, alone or followed by `fee`
  /// ("implementation", "setup fee").
  static func isType(_ value: String) -> Bool {
    let base = value.hasSuffix(" fee") ? String(value.dropLast(4)) : value
    return words.contains(base)
  }
}
