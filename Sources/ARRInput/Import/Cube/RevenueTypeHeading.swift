/// A cube group's heading that names a kind of revenue, not a customer (`docs/import.md`,
/// "Customer groups"): `Subscription revenue`, `Recurring revenue`, `Professional services
/// revenue`, `Implementation fees`, `Hardware`. An FP&A model stacks such blocks, each listing
/// the same customers with its own subtotal; the headings are sections and their rows customers,
/// and a block of revenue billed once is its customers' one-time revenue, not MRR (session 51,
/// imp lane; trial 50, T50-36: the two headings were read as two customers, the services block
/// summed into recurring revenue, +94%).
///
/// The heading must be such a name as a whole once `revenue`, `income`, `sales` or `fees` around
/// it are set aside (``NonCustomerRows/key(_:)`` compares): `Services Corp` and `Platform` name
/// no kind of revenue and keep the group's reading.
enum RevenueTypeHeading {
  /// What a heading's rows hold.
  enum Kind: Sendable, Equatable {
    /// Recurring revenue: the rows are read as MRR.
    case recurring
    /// Revenue billed once: the rows are their customers' one-time revenue.
    case oneTime
  }

  /// Words around a kind that only say it is revenue.
  static let revenueWords: Set<String> = [
    "revenue", "revenues", "income", "sales", "fees", "fee", "umsatz", "umsatze", "umsätze",
    "umsatzerlöse", "erlöse", "erlose", "chiffre", "d", "affaires", "ingresos", "de", "par",
    "by", "customer", "client", "kunde",
  ]

  /// Kinds of recurring revenue.
  static let recurring: Set<String> = [
    "subscription", "subscriptions", "recurring", "saas", "software subscription",
    "software subscriptions", "subscription and support", "support and maintenance",
    "maintenance and support", "maintenance", "support", "hosting", "recurring subscription",
    "recurring subscriptions", "abonnement", "abonnements", "abos", "wartung", "suscripciones",
    "suscripción", "suscripcion", "abbonamenti", "abonnementen", "assinaturas",
  ]

  /// Kinds of revenue billed once, beside ``ServicesWords/words``.
  static let oneTime: Set<String> = [
    "services", "service", "one time", "one off", "non recurring", "nonrecurring", "hardware",
    "equipment", "devices", "dienstleistungen", "dienstleistung", "beratung", "schulung",
    "schulungen", "einrichtung", "implementierung", "services professionnels",
    "prestations", "formation", "servicios", "servicios profesionales", "implementación",
    "implementacion", "servizi", "diensten", "serviços", "servicos",
  ]

  /// Words saying a heading names revenue (not `by`, `customer`: words of any heading).
  static let namesRevenue: Set<String> = [
    "revenue", "revenues", "income", "sales", "fees", "fee", "umsatz", "umsatze", "umsätze",
    "umsatzerlöse", "erlöse", "erlose", "chiffre", "ingresos", "ricavi", "omzet", "receita",
  ]

  /// Whether group headings naming kinds of revenue (`headings`, among `all` the groups'
  /// headings, with each one's row labels `rows`) are revenue types rather than customers'
  /// industries or segments: one of them names revenue (`Professional services revenue`), the
  /// same customer stands under two of them (stacked blocks), or every group's heading names a
  /// kind and one a recurring kind (`Subscription` and `Services` blocks). `Professional
  /// services`, `Hardware` or `Services` beside `Healthcare` and `Retail`, each customer once,
  /// are industries (review 51b, q01, q02).
  static func isEvidence(headings: [String], all: [String], rows: [[String]]) -> Bool {
    guard !headings.isEmpty else { return false }
    if headings.contains(where: { h in
      !Set(NonCustomerRows.key(h).split(separator: " ").map(String.init)).isDisjoint(
        with: namesRevenue)
    }) {
      return true
    }
    var seen = [String: Int]()
    for (k, labels) in rows.enumerated() {
      for l in Set(labels.map(NonCustomerRows.key)) {
        if let other = seen[l], other != k { return true }
        seen[l] = k
      }
    }
    // A heading that can only be a kind of revenue (`Subscription`, `SaaS`, `Recurring`), not
    // `Hosting`, `Maintenance` or `Support`, which are as often customers' industries (review
    // 52, R52-22: `Hosting`, `Services` and `Hardware` verticals, each customer once, read as
    // revenue types, −76% recurring).
    return headings.count == all.count && headings.count >= 2
      && headings.contains { kind($0) == .recurring && !isIndustryToo($0) }
  }

  /// Recurring kinds that also name an industry or a line of business.
  static let industryKinds: Set<String> = ["hosting", "maintenance", "support", "wartung"]

  /// Whether `heading`, once the words around it that only say revenue are set aside, is one
  /// of ``industryKinds``.
  static func isIndustryToo(_ heading: String) -> Bool {
    var words = NonCustomerRows.key(heading).split(separator: " ").map(String.init)
    while let w = words.first, revenueWords.contains(w) { words.removeFirst() }
    while let w = words.last, revenueWords.contains(w) { words.removeLast() }
    return industryKinds.contains(words.joined(separator: " "))
  }

  /// The kind of revenue `heading` names, or `nil` when it names none (a customer, a product,
  /// a segment).
  /// - Complexity: O(heading length).
  static func kind(_ heading: String) -> Kind? {
    var words = NonCustomerRows.key(heading).split(separator: " ").map(String.init)
    // `Revenue: Subscription`, `Subscription revenue`, `Revenue by customer – services`.
    while let w = words.first, revenueWords.contains(w) { words.removeFirst() }
    while let w = words.last, revenueWords.contains(w) { words.removeLast() }
    guard !words.isEmpty else { return nil }
    let text = words.joined(separator: " ")
    if recurring.contains(text) { return .recurring }
    if isOneTime(text) { return .oneTime }
    // `Professional services and training`, `Implementation & onboarding`: every part billed
    // once.
    let parts = words.split(separator: "and").map { $0.joined(separator: " ") }
    if parts.count > 1, parts.allSatisfy(isOneTime) { return .oneTime }
    return nil
  }

  /// Whether `text` (a key) names revenue billed once: a word of ``oneTime`` or
  /// ``ServicesWords``, alone or followed by `services` (`implementation services`).
  private static func isOneTime(_ text: String) -> Bool {
    if oneTime.contains(text) || ServicesWords.words.contains(text) { return true }
    if text.hasSuffix(" services") {
      let base = String(text.dropLast(" services".count))
      return ServicesWords.words.contains(base) || oneTime.contains(base)
    }
    return false
  }
}
