import ARRCore

/// The customer groups of a grouped ledger report (QuickBooks' *Sales by Customer Detail*,
/// *Transaction Detail by Customer*; `docs/import.md`, "Grouped reports"): a customer's name
/// alone on a row, its transaction lines below with the customer cell empty, then a
/// `Total for <customer>` row.
///
/// Groups nest (a QuickBooks sub-customer inside its parent): a line belongs to the innermost
/// open group, the customer record QuickBooks invoiced; a subtotal closes its group and every
/// group opened inside it, and is checked against the lines read while its group was open.
struct CustomerGroups: Sendable {
  /// One open group.
  struct Group: Sendable {
    /// The customer's name, as its header row wrote it.
    var name: String
    /// 1-based line of its header row.
    var line: Int
    /// The running sum of lines when it opened.
    var sumBefore: Int64
  }

  /// What a grouped report's row with text in the group columns is.
  enum Lead: Equatable {
    /// The report's grand total (`TOTAL`, `Grand total`, `Totals`).
    case grandTotal
    /// A `Total for <name>` (or `Total <name>` of an open group) row: the name written.
    case subtotal(String)
    /// A customer's name opening a group.
    case header(String)
    /// A footer line of the report (`Accrual basis …`, `Cash basis …`).
    case footer
  }

  /// Open groups, outermost first.
  private(set) var open: [Group] = []
  /// Groups opened so far.
  private(set) var opened = 0
  /// Groups opened inside another that had no subtotal yet.
  private(set) var nested = 0
  /// Subtotal rows matched to their group and checked.
  private(set) var checked = 0
  /// Cents of every line read so far: a group's sum is this at its close less ``Group/sumBefore``,
  /// so counting a line costs the same however deep the groups nest.
  private var runningSum: Int64 = 0

  /// The innermost open group: the customer of a line read now.
  var current: Group? { open.last }

  /// Opens a group for `name` (header row `line`) inside the open ones; a name equal to the
  /// innermost group's (written again on its first line) opens nothing.
  mutating func begin(_ name: String, line: Int) {
    if let c = current, Self.key(c.name) == Self.key(name) { return }
    if !open.isEmpty { nested += 1 }
    opened += 1
    open.append(Group(name: name, line: line, sumBefore: runningSum))
  }

  /// Counts a line of `cents` in every open group.
  mutating func add(_ cents: Int64) {
    runningSum = runningSum &+ cents
  }

  /// The innermost open group named `name` (letter case ignored), if any.
  func index(of name: String) -> Int? {
    let key = Self.key(name)
    return open.lastIndex { Self.key($0.name) == key }
  }

  /// Closes the open group at `index` and the groups opened inside it.
  /// - Returns: The closed group and the cents of the lines read while it was open.
  mutating func close(at index: Int) -> (group: Group, sum: Int64) {
    let group = open[index]
    open.removeSubrange(index...)
    checked += 1
    return (group, runningSum &- group.sumBefore)
  }

  /// Closes every open group without checking it: after a subtotal naming no open group (the
  /// lines that follow must not be given to a group it may have meant to close), and at a
  /// repeated header (a new export starts).
  mutating func closeAll() {
    open.removeAll()
  }

  /// What `text`, the first non-empty group cell of a row, says; `hasDate`: whether the row has
  /// a date. A row with a date is a transaction line, never a subtotal: a customer named
  /// "Total Fitness" whose name is written on its first line is that line. `Total <name>` is a
  /// subtotal only when `<name>` is an open group (else it is a customer, "Total Fitness Ltd"
  /// on a row of its own); `Total for <name>` without a date is always a subtotal.
  func lead(_ text: String, hasDate: Bool) -> Lead {
    var t = Substring(CubeLayout.normalized(text))
    while t.last == ":" { t = t.dropLast() }
    if ["total", "totals", "sum", "grand total", "grand totals"].contains(t) { return .grandTotal }
    if t.hasPrefix("accrual basis") || t.hasPrefix("cash basis") { return .footer }
    if hasDate { return .header(text) }
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    if words.count > 2, words[0].lowercased() == "total", words[1].lowercased() == "for" {
      return .subtotal(words.dropFirst(2).joined(separator: " "))
    }
    if words.count > 1, words[0].lowercased() == "total" {
      let name = words.dropFirst().joined(separator: " ")
      if index(of: name) != nil { return .subtotal(name) }
    }
    return .header(text)
  }

  /// A name compared: lowercased, runs of spaces as one.
  private static func key(_ name: String) -> String {
    name.lowercased().split(separator: " ").joined(separator: " ")
  }
}
