/// The customer groups of a cube with one row per product under its customer (QuickBooks'
/// "Sales by Customer Summary" with sub-customers, a revenue sheet by customer and product;
/// `docs/import.md`, "Customer cube"): a customer's name alone on a row, its rows below, then a
/// `Total <name>` (or `Total for <name>`) row.
///
/// Only a pair is a group: a name alone on a row with no matching total below stays a footnote,
/// so nothing is inferred from layout alone. Pairs nest (a sub-customer inside its customer); a
/// row belongs to the innermost group around it.
struct CubeGroups: Sendable {
  /// One confirmed group: its customer's name and the body indices of its two rows.
  struct Group: Sendable, Equatable {
    var name: String
    var header: Int
    var total: Int
  }

  /// Groups in the order their totals appear (inner before outer).
  private(set) var groups: [Group] = []
  /// Group of each header row's body index.
  private(set) var byHeader: [Int: Int] = [:]
  /// Group of each subtotal row's body index.
  private(set) var byTotal: [Int: Int] = [:]
  /// The customer of each body row inside a group (the innermost).
  private(set) var customer: [Int: String] = [:]

  var isEmpty: Bool { groups.isEmpty }

  /// Whether the groups' rows are products of their customer: some row label appears under
  /// two groups or more ("Subscription" under Alpha and under Beta). Otherwise each row's label
  /// is unique, and the groups are sections (segments: "Enterprise" … "Total Enterprise") of
  /// customers, whose rows stay their own accounts.
  private(set) var isProducts = false
  /// A row label that appears under two groups, when ``isProducts``, or under two sections of
  /// a cut (``cut``).
  private(set) var repeatedLabel: String?
  /// The title (a line above the header, or the label column's header) naming the groups a cut
  /// of the customers (`MRR Kunden nach Branche`, `Customers by industry`): the groups are then
  /// sections, whatever their rows' labels (``CutTitle``; trial 55, tr13).
  private(set) var cut: String?
  /// The first row label naming a sub-customer of its group (`Holding Group:Site A` under
  /// `Holding Group`), when every grouped row is one (or the group's customer itself): the
  /// groups are then customers, their rows sub-customers (``isProducts``).
  private(set) var subCustomerLabel: String?
  /// A row's kind of revenue and the heading that names it.
  struct Typed: Sendable, Equatable {
    var kind: RevenueTypeHeading.Kind
    var heading: String
  }

  /// The kind of revenue each body row holds, by the innermost group around it whose heading
  /// names one (``RevenueTypeHeading``): such headings make the groups sections, whatever
  /// their rows' labels (trial 50, T50-36).
  private(set) var kind: [Int: Typed] = [:]
  /// The section of each body row of sections: the innermost group around it whose heading
  /// names no kind of revenue (a segment), when ``isProducts`` is false.
  private(set) var section: [Int: String] = [:]
  /// The headings naming a kind of revenue, in the order of their totals.
  private(set) var typedHeadings: [String] = []

  /// The groups of `body` (the rows below the header). `label`: a row's first non-empty cell
  /// outside the month columns; `isAlone`: whether that is its only non-empty cell;
  /// `isTotals`: whether the row is a totals row.
  /// - Complexity: O(rows × nesting depth).
  static func find(
    _ count: Int, label: (Int) -> String?, isAlone: (Int) -> Bool, isTotals: (Int) -> Bool,
    cut: String? = nil
  ) -> CubeGroups {
    var result = CubeGroups()
    var open = [(name: String, header: Int)]()
    for i in 0..<count {
      guard let text = label(i) else { continue }
      if isTotals(i) {
        guard let name = subtotalName(text),
          let k = open.lastIndex(where: { key($0.name) == key(name) })
        else { continue }
        let g = result.groups.count
        result.groups.append(Group(name: open[k].name, header: open[k].header, total: i))
        result.byHeader[open[k].header] = g
        result.byTotal[i] = g
        for row in (open[k].header + 1)..<i where result.customer[row] == nil {
          result.customer[row] = open[k].name
        }
        open.removeSubrange(k...)
      } else if isAlone(i) {
        open.append((text, i))
      }
    }
    // Headers of inner groups and subtotals are not rows of their customers.
    for g in result.groups {
      result.customer[g.header] = nil
      result.customer[g.total] = nil
    }
    // Headings naming kinds of revenue (`Subscription revenue`, `Professional services
    // revenue`): their rows are customers, typed by the heading (T50-36) — when the headings
    // say so (``RevenueTypeHeading/isEvidence(headings:rows:)``): `Professional services`,
    // `Hardware` or `Services` beside `Healthcare` and `Retail` are customers' industries
    // (review 51b, q01, q02: their customers' MRR was read as one-time, −24% and −57%).
    let typed = result.groups.filter { RevenueTypeHeading.kind($0.name) != nil }
    let isTyped = RevenueTypeHeading.isEvidence(
      headings: typed.map(\.name), all: result.groups.map(\.name),
      rows: typed.map { g in ((g.header + 1)..<g.total).compactMap { label($0) } })
    for g in result.groups where isTyped {
      guard let k = RevenueTypeHeading.kind(g.name) else { continue }
      result.typedHeadings.append(g.name)
      for row in (g.header + 1)..<g.total where result.kind[row] == nil {
        result.kind[row] = Typed(kind: k, heading: g.name)
      }
    }
    for g in result.groups where !result.typedHeadings.contains(g.name) {
      for row in (g.header + 1)..<g.total where result.section[row] == nil {
        result.section[row] = g.name
      }
    }
    for g in result.groups {
      result.kind[g.header] = nil
      result.kind[g.total] = nil
      result.section[g.header] = nil
      result.section[g.total] = nil
    }
    if !result.typedHeadings.isEmpty { return result }
    var groupsOfLabel = [String: String]()
    for (row, name) in result.customer.sorted(by: { $0.key < $1.key }) {
      guard let text = label(row) else { continue }
      let k = key(text)
      if let other = groupsOfLabel[k], other != key(name) {
        result.repeatedLabel = text
        // A cut's sections (industries, regions) hold customers: a label under two of them is
        // one account under both, no product (trial 55, tr13).
        if let cut {
          result.cut = cut
          break
        }
        result.isProducts = true
        break
      }
      groupsOfLabel[k] = key(name)
    }
    if !result.isProducts, let first = subCustomer(result.customer, label: label) {
      result.isProducts = true
      result.subCustomerLabel = first
    }
    return result
  }

  /// The first label of `customer`'s rows naming a sub-customer of its group, QuickBooks' way
  /// (`Parent:Child`, NetSuite's `Parent : Child`: the group's name, a colon, the child's), when
  /// every grouped row is such a sub-customer or the group's customer itself; `nil` otherwise.
  /// Decided (session 27, t27a lane; trial 25, T25-13): QuickBooks says a sub-customer is part
  /// of its parent, so a site lost while the parent pays on is contraction, not a lost logo. A
  /// name with a colon outside such a group (`Acme: EMEA`) is an ordinary name: nothing is
  /// joined by the colon alone.
  private static func subCustomer(_ customer: [Int: String], label: (Int) -> String?) -> String? {
    var first: String?
    for (row, name) in customer.sorted(by: { $0.key < $1.key }) {
      guard let text = label(row) else { continue }
      // The one rule, shared with a ledger's customer column (``SubCustomerName``).
      switch SubCustomerName.relation(text, to: name) {
      case nil: return nil
      case .parent?: continue
      case .child?: break
      }
      if first == nil { first = text }
    }
    return first
  }

  /// `Alpha` from `Total for Alpha`, `Total Alpha` or `Total: Alpha`; `nil` for a bare total.
  static func subtotalName(_ text: String) -> String? {
    var words = text.split(separator: " ")
    guard words.count > 1, words[0].lowercased().hasPrefix("total") else { return nil }
    words.removeFirst()
    if words.count > 1, words[0].lowercased() == "for" { words.removeFirst() }
    let name = words.joined(separator: " ")
    return name.isEmpty ? nil : name
  }

  /// A name compared: lowercased, runs of spaces as one.
  private static func key(_ name: String) -> String {
    name.lowercased().split(separator: " ").joined(separator: " ")
  }
}
