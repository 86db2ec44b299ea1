import ARRCore

/// A customer list's annual recurring revenue column (`arr`, `Current ARR`) beside a cube: the
/// best cross-check of what the cube's cells are (review 13, F9: a list whose `arr` equalled
/// each cube cell was "ignored", and the cube read as MRR, 12 times too high). Each account's
/// list ARR is compared with the cube's last month cell read as MRR (× 12) and as ARR (× 1).
struct ListAnnualColumn: Sendable {
  /// The list's file, its header line and the column's header, as written.
  var file: String
  var line: Int
  var header: String
  /// Each list row's ARR, in cents, by its line (rows whose cell is blank or no amount are
  /// left out).
  var byLine: [Int: Int64]

  /// The list's first column whose header names annual recurring revenue and not monthly
  /// revenue (``AnnualLabel/isAnnual(_:)``) nor another moment or a movement than the
  /// customer's current ARR (``otherMomentWords``: `Starting ARR`, `Churned ARR`; review 43,
  /// V10), read in the amounts' unit, × 1,000 when its header names thousands (`ARR ($k)`,
  /// `ARR (000s)`: ``ThousandsLabel/names(_:)``; review 43, V8); `nil` when there is none or no
  /// row holds an amount in it.
  static func find(_ table: ImportTable, options: ImportOptions) -> ListAnnualColumn? {
    guard let header = table.records.first,
      let c = header.cells.firstIndex(where: {
        AnnualLabel.isAnnual($0) && !AnnualLabel.namesMonthlyRevenue($0) && !namesOtherMoment($0)
      })
    else { return nil }
    let amounts = AmountCells(
      unit: options.amounts ?? .units,
      isDecimalComma: CubeReader.sideDecimalComma(
        table.records.dropFirst(), columns: [c], options: options),
      reason: "--amounts", currency: options.currency)
    let scale: Int64 = options.amounts == nil && ThousandsLabel.names(header.cells[c]) ? 1_000 : 1
    var byLine = [Int: Int64]()
    for r in table.records.dropFirst() where c < r.cells.count && !r.cells[c].isEmpty {
      if let v = amounts.hundredthsIfAny(r.cells[c]), v > 0 {
        let (scaled, o) = v.multipliedReportingOverflow(by: scale)
        if !o { byLine[r.line] = scaled }
      }
    }
    guard !byLine.isEmpty else { return nil }
    return ListAnnualColumn(
      file: table.file, line: header.line, header: header.cells[c], byLine: byLine)
  }

  /// Words of a header naming ARR at another moment than now, or a movement of it (`Starting
  /// ARR`, `Prior ARR`, `Churned ARR`, `Target ARR`).
  static let otherMomentWords: Set<String> = [
    "starting", "start", "initial", "original", "previous", "prior", "opening", "beginning",
    "churned", "churn", "lost", "expansion", "contraction", "new", "target", "potential",
    "pipeline", "budget", "budgeted", "forecast", "projected", "planned", "quota", "lifetime",
  ]

  /// Whether `header` names ARR at another moment or a movement (``otherMomentWords``).
  static func namesOtherMoment(_ header: String) -> Bool {
    CubeLayout.normalized(header).split(whereSeparator: { !$0.isLetter }).contains {
      otherMomentWords.contains(String($0))
    }
  }

  /// What the column says of a cube's cells: on how many accounts (with both amounts) the list
  /// ARR equals the last month cell (the cells are ARR) and 12 × it (the cells are MRR), within
  /// 1% or one currency unit of the list's figure.
  struct Check: Sendable, Equatable {
    var column: String
    var file: String
    var line: Int
    var equal = 0
    var twelveTimes = 0
    var both = 0
    /// Sums over the accounts compared: the list's ARR and the cells.
    var listARR: Int64 = 0
    var cells: Int64 = 0

    /// Whether most accounts (4 in 5, and 2 at least or the only one) agree with `count`.
    func isMost(_ count: Int) -> Bool { AnnualLabel.isMost(count, of: both) }
    /// The list says the cells are ARR.
    var saysAnnual: Bool { isMost(equal) }
    /// The list says the cells are MRR.
    var saysMonthly: Bool { isMost(twelveTimes) }
  }

  /// Compares the column with `cells` (the cube's, per account × `months`) at its last month,
  /// on the accounts `list`'s rows join (``CustomerList/match(_:_:)``).
  /// - Complexity: O(rows + accounts).
  func check(list: [ImportedAccount], accounts: [ImportedAccount], cells: [Int64], months: Int)
    -> Check?
  {
    var out = Check(column: header, file: file, line: line)
    func near(_ a: Int64, _ b: Int64) -> Bool {
      let gap = a > b ? a &- b : b &- a
      return gap <= max(100, a / 100)
    }
    for (entry, match) in zip(list, CustomerList.match(list, accounts)) {
      guard let i = match, let arr = byLine[entry.source.line], months > 0 else { continue }
      let m = cells[i * months + months - 1]
      guard m > 0 else { continue }
      out.both += 1
      out.listARR = out.listARR &+ arr
      out.cells = out.cells &+ m
      if near(arr, m) { out.equal += 1 }
      let (twelve, o) = m.multipliedReportingOverflow(by: 12)
      if !o && near(arr, twelve) { out.twelveTimes += 1 }
    }
    return out.both > 0 ? out : nil
  }
}
