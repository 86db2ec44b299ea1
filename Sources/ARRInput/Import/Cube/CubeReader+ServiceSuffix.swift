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
