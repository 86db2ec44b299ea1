import ARRCore

/// A cube's last month partly filled: exported before the month's invoices were all in
/// (`docs/import.md`, "A last month partly filled"; session 45, crm lane; trial 44, T44-17).
///
/// A founder exporting the MRR cube on December 6 gets a December column holding only the
/// customers already invoiced (those billed on the 1st): read as the as-of month, 70% of the
/// book looked churned (the trial's file: headline $622K for $2.63M, every account at-risk, and
/// only the analysis's "a data cut-off or a real cliff?" question while every figure rested on
/// the cut).
///
/// Decided: of the accounts with an amount in both months before the last (at least
/// ``minimumRegulars``), an account **falls** in a month when it has no amount there. The last
/// month is **partly filled** when at least three in five of them fall in it, the column's
/// total is at most two thirds of the month before's, and the accounts falling in it are at
/// least ``historyFactor`` times as many as fell in any earlier month (counted the same way): a
/// fall far beyond the file's own history, in its last column only, as a cut leaves it. A few
/// large accounts leaving (the rest steady) is no cut, nor is a book whose amounts swing as much
/// every month (usage), nor accounts merely lower (a cut leaves an invoiced account at its
/// amount), nor half the accounts leaving while holding little of the revenue (the total stays
/// above two thirds), nor half of a small book leaving at a renewal or a season's end.
/// The default as-of month is then the month before, the last complete one, and a finding
/// names the column and what measuring it would say; `--as-of` the last month measures it.
///
/// A fall of **two in five** to three in five (a cut later in the month: review 45b, Z-13, an
/// export of December 15 left 46% of the accounts out) moves the as-of month only with a sign
/// in the file that it was exported inside that month: a title's report date inside it, or a
/// title saying `MTD` (``exportSign(order:)``). Without one the as-of month stays, and the
/// partial reading (the month before's amounts) is the headline's other reading, a range, with
/// the finding: the cells alone cannot tell a cut from a cliff (review 45b, rule (c)).
///
/// The sign decides before the fall's size (review 46b, R46b-10, R46b-11, R46b-13): a title
/// dating the export inside the month reads a fall of two in five as a cut at any number of
/// accounts; one dating it on or after the month's last day says the month is complete, so
/// no fall moves the as-of month (a note says why), and a sweeping one is a range with a
/// finding naming both readings (review 47b, R47b-6).
extension CubeData {
  /// Fewest accounts with an amount in both months before the last for a cut to be read: in a
  /// smaller book half the accounts leaving at a year-end renewal or a season's end is an
  /// ordinary cliff (review 45b, Z-1, Z-2, Z-4).
  static let minimumRegulars = 20
  /// How many times the most accounts any earlier month saw fall the last month must see.
  static let historyFactor = 3

  /// What a partly filled last month shows (cells in the file's units).
  struct PartialMonth: Sendable {
    /// The partly filled month (the file's last).
    var month: Month
    /// Accounts with an amount in both months before it.
    var regulars: Int
    /// Of them, those with no amount in it.
    var missing: Int
    /// Of them, those with an amount below half their month before's.
    var lower: Int
    /// The most accounts that fell in an earlier month, and the month (`nil` when none fell).
    var mostBefore: (count: Int, month: Month)?
    /// The column's total over every account, and the month before's.
    var total: Int64
    var previousTotal: Int64

    /// Whether at least three in five of the regulars have no amount in it: a cut read without
    /// a sign in the file.
    var isSweeping: Bool { missing * 5 >= regulars * 3 }
  }

  /// The last month when it reads as partly filled (see the type), else `nil`. Nothing is read
  /// on a table whose as-of reading has an alternative (``alternativeAsOf``). `isSigned`: the
  /// file dates the export inside the month (``exportSign(order:)``), so the fall is read at
  /// any number of accounts, not only from ``minimumRegulars`` on (review 46b, R46b-13).
  /// - Complexity: O(accounts × months).
  func partialLastMonth(isSigned: Bool = false) -> PartialMonth? {
    let n = monthCount
    guard n >= 4, !accounts.isEmpty, alternativeAsOf.isEmpty, cells.count == accounts.count * n
    else { return nil }
    // Accounts with an amount in months m − 2 and m − 1; of them, those falling in m.
    func falls(in m: Int) -> (regulars: Int, missing: Int, lower: Int) {
      var regulars = 0
      var missing = 0
      var lower = 0
      for a in accounts.indices {
        let row = a * n
        let previous = cells[row + m - 1]
        guard cells[row + m - 2] > 0, previous > 0 else { continue }
        regulars += 1
        let v = cells[row + m]
        if v <= 0 {
          missing += 1
        } else if v < previous / 2 {
          lower += 1
        }
      }
      return (regulars, missing, lower)
    }
    let last = falls(in: n - 1)
    // Only accounts with nothing count: a cut leaves an invoiced account at its amount, so
    // accounts merely lower are usage or price moves (review 45b, Z-3).
    let fallen = last.missing
    guard last.regulars >= (isSigned ? 1 : Self.minimumRegulars), fallen * 5 >= last.regulars * 2
    else {
      return nil
    }
    var total: Int64 = 0
    var previousTotal: Int64 = 0
    for a in accounts.indices {
      total = Money.saturatingSum(total, max(0, cells[a * n + n - 1]))
      previousTotal = Money.saturatingSum(previousTotal, max(0, cells[a * n + n - 2]))
    }
    guard Double(total) * 3 <= Double(previousTotal) * 2 else { return nil }
    var mostBefore: (count: Int, month: Month)?
    for m in 2..<(n - 1) {
      let f = falls(in: m)
      let count = f.missing
      if count > 0 && count > (mostBefore?.count ?? 0) {
        mostBefore = (count, firstMonth.adding(months: m))
      }
    }
    guard fallen >= Self.historyFactor * (mostBefore?.count ?? 0) else { return nil }
    return PartialMonth(
      month: firstMonth.adding(months: n - 1), regulars: last.regulars, missing: last.missing,
      lower: last.lower, mostBefore: mostBefore, total: total, previousTotal: previousTotal)
  }

  /// Drops the months from index `kept` on (cells, usage, one-time revenue and the negative
  /// cells in them).
  mutating func keepFirstMonths(_ kept: Int) {
    let n = monthCount
    guard kept > 0, kept < n else { return }
    func cut(_ v: [Int64]) -> [Int64] {
      var out = [Int64]()
      out.reserveCapacity(accounts.count * kept)
      for a in accounts.indices { out.append(contentsOf: v[(a * n)..<(a * n + kept)]) }
      return out
    }
    cells = cut(cells)
    usage = usage.map(cut)
    oneTime = oneTime.map(cut)
    negatives.removeAll { $0.month >= kept }
    monthCount = kept
  }

  /// ARR of a column's total `cents`: 12 × MRR, the cell itself when the cells are ARR.
  static func arr(_ cents: Int64, values: ImportValues) -> Int64 {
    values == .arr ? cents : cents.multipliedReportingOverflow(by: 12).partialValue
  }

  /// What `partial`'s column shows, for its findings: `of the 40 accounts with an amount in
  /// both 2026-10 and 2026-11, 28 have none in it, and its column totals 31% of 2026-11's; no
  /// account fell so in any earlier month. `
  static func fallText(_ partial: PartialMonth) -> String {
    let previous = partial.month.adding(months: -1)
    let share = Double(partial.total) / Double(max(1, partial.previousTotal)) * 100
    let history =
      partial.mostBefore.map {
        "at most \(Counted.phrase($0.count, "account")) fell so in any earlier month "
          + "(\($0.month))"
      } ?? "no account fell so in any earlier month"
    let lower =
      partial.lower == 0
      ? "" : " and \(CountText.grouped(partial.lower)) below half their \(previous) amount"
    return "of the \(CountText.grouped(partial.regulars)) accounts with an amount in both "
      + "\(partial.month.adding(months: -2)) and \(previous), "
      + "\(CountText.grouped(partial.missing)) have none in it\(lower), and its column totals "
      + "\(Int(share.rounded()))% of \(previous)'s; \(history). "
  }

  /// The finding on `partial`, its cells read as `values` (MRR or ARR; billings are never
  /// read so); `money` writes an amount of ARR. `sign`: the title cell dating the export
  /// inside the month, when one moved the as-of month; `isKept`: no sign, and the fall is not
  /// sweeping (``PartialMonth/isSweeping``), so the as-of month stays the last and the
  /// partial reading is a range.
  /// - Returns: The text and its stake: what the headline would lose (or, kept, gain) between
  ///   the two readings.
  static func partialMonthFinding(
    _ partial: PartialMonth, file: String, values: ImportValues, sign: String? = nil,
    isKept: Bool = false, money: (Int64) -> String
  ) -> (text: String, stake: Int64) {
    let previous = partial.month.adding(months: -1)
    func arr(_ cents: Int64) -> Int64 { Self.arr(cents, values: values) }
    let fallen = partial.missing
    let measured =
      "measured there, ARR would be \(money(arr(partial.total))) for "
      + "\(money(arr(partial.previousTotal))) at \(previous)"
    let head: String =
      "\(file): the last month, \(partial.month), \(isKept ? "may be" : "looks") partly filled "
      + "(exported before its invoices were all in): "
    let fall = fallText(partial)
    let reading: String =
      "A cut leaves them out so, in the last column only (or \(CountText.grouped(fallen)) "
      + "accounts left at once). The as-of month is \(previous), the last complete one; "
    let stake = max(0, arr(partial.previousTotal) &- arr(partial.total))
    if isKept {
      let kept: String =
        "A cut leaves them out so, and so do \(CountText.grouped(fallen)) accounts leaving at "
        + "once; nothing in the file dates the export inside \(partial.month) (a title's report date "
        + "before its last day), so the as-of month stays \(partial.month), and ARR is a range: "
        + "\(money(arr(partial.total))) as measured, \(money(arr(partial.previousTotal))) at "
        + "\(previous)'s amounts if the month is partly filled (--as-of \(previous) measures the "
        + "last complete month)"
      return (head + fall + kept, stake)
    }
    let dated = sign.map(insideText) ?? ""
    let text =
      head + fall + reading + measured
      + " (--as-of \(partial.month) measures the partial month anyway)" + dated
    return (text, stake)
  }
}
