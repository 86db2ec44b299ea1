import ARRCore

extension CubeReader {
  /// Customers of a cube by their name's key (``NonCustomerRows/key(_:)``): the name as
  /// written and the id beside it, for rows named after another row's customer
  /// (``serviceSuffix(_:customers:)``).
  typealias CustomersByKey = [String: (name: String, id: String)]

  /// Each row's customer by its name's key, the first row of a name giving it.
  /// - Complexity: O(rows).
  static func customersByKey(_ body: [ImportTable.Record], layout: CubeLayout) -> CustomersByKey {
    guard let n = layout.roles[.name] else { return [:] }
    var out = CustomersByKey()
    for r in body {
      let name = r.cell(n)
      guard !name.isEmpty else { continue }
      let key = NonCustomerRows.key(name)
      if out[key] == nil { out[key] = (name, layout.roles[.id].map { r.cell($0) } ?? "") }
    }
    return out
  }

  /// Whether `cents` (a row's months) hold one amount above 0 four months running or more (a
  /// retainer, not revenue billed once), and `name` names no project: three equal months are
  /// a project's instalments as often (review 53, R53-1: `Acme - Implementation services` at
  /// 5,000 for three months became a customer of its own, +111%, and a finished `Beta
  /// (onboarding)` a churn).
  static func isSteady(_ cents: [Int64], name: String = "") -> Bool {
    let words = NonCustomerRows.key(name).split(separator: " ")
    if words.contains(where: projectWords.contains) { return false }
    var run = 0
    for (k, v) in cents.enumerated() {
      run = v > 0 && k > 0 && v == cents[k - 1] ? run + 1 : (v > 0 ? 1 : 0)
      if run >= 4 { return true }
    }
    return false
  }

  /// Words naming a project, billed once however it is instalmented.
  static let projectWords: Set<Substring> = [
    "implementation", "implementations", "onboarding", "setup", "migration", "installation",
    "deployment", "einrichtung", "implementierung", "mise", "implantación", "implementación",
    "implementação", "implementazione",
  ]

  /// The customer and the one-time label of a row named another row's customer followed by
  /// revenue billed once (`Acme - Implementation services`, `Birch (professional services)`,
  /// `Cobalt: Training`): that customer's one-time revenue, not a customer of its own (trial
  /// 51, T51-57: two such rows were two more customers with recurring revenue, recurring ARR
  /// ×2.6). `nil` when the name has no such suffix, or the part before it names no other
  /// row's customer (`Services Corp`, `Acme - EMEA`).
  /// - Complexity: O(name length).
  static func serviceSuffix(_ name: String, customers: CustomersByKey) -> (
    customer: (name: String, id: String), label: String
  )? {
    var cuts: [(base: Substring, label: Substring)] = []
    for separator in [" - ", " – ", " — ", ": "] {
      if let r = name.firstRange(of: separator) {
        cuts.append((name[..<r.lowerBound], name[r.upperBound...]))
      }
    }
    if name.hasSuffix(")"), let open = name.lastIndex(of: "(") {
      cuts.append(
        (name[..<open], name[name.index(after: open)..<name.index(before: name.endIndex)]))
    }
    for (base, label) in cuts {
      let key = NonCustomerRows.key(String(label))
      guard
        NonCustomerRows.otherRevenue.contains(key) || LineLabels.oneTime.contains(key)
          || RevenueTypeHeading.kind(String(label)) == .oneTime
      else { continue }
      let baseKey = NonCustomerRows.key(String(base))
      guard !baseKey.isEmpty, baseKey != NonCustomerRows.key(name),
        let customer = customers[baseKey]
      else { continue }
      return (customer, String(label).trimmingSpaces)
    }
    return nil
  }
}

extension String {
  /// The text without leading and trailing spaces.
  fileprivate var trimmingSpaces: String {
    var s = Substring(self)
    while s.first == " " { s = s.dropFirst() }
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
