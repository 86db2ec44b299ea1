import ARRCore

/// A row labelled services that repeats one amount month after month: a retainer, recurring
/// (`docs/import.md`, "A column saying what each row holds"; session 55, crm lane; trial 54,
/// T54-1).
///
/// Optify's real MRR feed labels each row `Software` or `Services`; its `Services` rows are
/// managed-services retainers, NBC News Digital's 6,000 every month: read as revenue billed
/// once, headline −16% with a note only. A cube's row named a customer's services is read so
/// already (``CubeReader/isSteady(_:name:)``, review 53, R53-1), and a ledger's bare `services`
/// type by its rhythm (review 34). Decided: a label of revenue billed once that names no project
/// nor a one-time fee (``mayRecur(_:)``: `Services`, `Professional services`, `Consulting`, not
/// `Implementation`, `Setup fees`, `One-time`) whose customer's rows hold one amount four
/// months running or more is that customer's recurring revenue, with a note; three equal
/// months stay one-time (a project's instalments as often).
extension LineLabels {
  /// Whether a label of revenue billed once (``leftOut(_:in:)``) may be a retainer: no project
  /// word (``CubeReader/projectWords``), no words of a fee billed once.
  static func mayRecur(_ label: String) -> Bool {
    let key = NonCustomerRows.key(label)
    let words = key.split(separator: " ")
    if oneTime.contains(key) || words.contains(where: CubeReader.projectWords.contains) {
      return false
    }
    let once: Set<Substring> = ["one", "off", "non", "setup", "set", "fee", "fees", "once"]
    return !words.contains(where: once.contains)
  }

  /// A monthly table's row read as revenue billed once by its label: the row's index among
  /// the rows read, its customer, month, label and amount.
  struct LabelledOnce {
    var row: Int
    var account: Int
    var month: Month
    var label: String
    var cents: Int64
  }

  /// The rows of `labelled` whose customer's rows of one label (``mayRecur(_:)``) hold one
  /// amount four months running or more (the month's rows of that label summed): retainers.
  /// - Complexity: O(rows × log rows).
  static func steadyRows(_ labelled: [LabelledOnce]) -> Set<Int> {
    var groups = [String: [LabelledOnce]]()
    for l in labelled where mayRecur(l.label) {
      groups["\(l.account)\u{1F}\(NonCustomerRows.key(l.label))", default: []].append(l)
    }
    var out = Set<Int>()
    for rows in groups.values {
      var byMonth = [Month: Int64]()
      for r in rows {
        byMonth[r.month, default: 0] = Money.saturatingSum(byMonth[r.month] ?? 0, r.cents)
      }
      guard let first = byMonth.keys.min(), let last = byMonth.keys.max() else { continue }
      let months = (0...last.months(since: first)).map { byMonth[first.adding(months: $0)] ?? 0 }
      if CubeReader.isSteady(months) { out.formUnion(rows.map(\.row)) }
    }
    return out
  }

  /// "file: column "Type" labels 12 rows as services (Services) that repeat one amount four
  /// months running or more for their customer: read as recurring revenue (a retainer), not
  /// one-time, $45,600.00 in all", or `nil` for none.
  static func retainerNote(
    file: String, column: Column, labels: [String], rows: Int, cents: Int64, currency: String?
  ) -> String? {
    guard rows > 0 else { return nil }
    return "\(file): column \"\(column.header)\" labels \(Counted.phrase(rows, "row")) as "
      + "services (\(labels.prefix(4).joined(separator: ", "))\(labels.count > 4 ? ", …" : "")) "
      + "that repeat one amount four months running or more for their customer: read as "
      + "recurring revenue (a retainer), not one-time, "
      + "\(Money.text(cents: cents, currency: currency)) in all"
  }
}
