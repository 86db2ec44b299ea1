// CubeReader: the totals row checked against the column sums, and a pivot's subtotals on its groups' top rows.
import ARRCore

extension CubeReader {
  /// Compares the last totals row with the column sums; any difference is a finding.
  /// - Throws: `.invalidData` when the rows sum to exactly twice the totals row in every month
  ///   it is not zero (review 13, F15: subtotal rows read as customers double every figure; a
  ///   report on them is never right).
  /// - Parameter leftOut: The cells of the rows that are no customer (``NonCustomerRows``) by
  ///   month column, when there are any: a totals row equal to the sums with them is no
  ///   difference.
  static func checkTotals(
    _ totals: [(line: Int, cells: [Int64], blank: Set<Int>)], data: CubeData, layout: CubeLayout,
    file: String,
    currency: String?, leftOut: [Int64]? = nil, log: inout ImportLog
  ) throws(ARRQualityError) {
    guard let t = totals.last else { return }
    if totals.count > 1 {
      log.notes.append(
        "\(file): \(CountText.grouped(totals.count)) totals rows; the last (line \(t.line)) is checked against the "
          + "column sums, the others are excluded unchecked")
    }
    var diffs = [String]()
    // Whether every month's total equals its sum with the rows that are no customer.
    var isWithLeftOut = leftOut != nil
    var isDouble = true
    var doubled: (month: Month, total: Int64, sum: Int64)?
    for (k, m) in layout.months.enumerated()
    where m.month.months(since: data.firstMonth) < data.monthCount {
      let mi = m.month.months(since: data.firstMonth)
      // A blank total is not given, not $0.00 (retest 36, N5: "2025-02 total $0.00 vs sum
      // $13,734.50" of a February total left blank).
      if t.blank.contains(k) { continue }
      var sum: Int64 = 0
      for a in data.accounts.indices { sum &+= data.cells[a * data.monthCount + mi] }
      if t.cells[k] != 0 {
        if sum == t.cells[k] &* 2 {
          doubled = doubled ?? (m.month, t.cells[k], sum)
        } else {
          isDouble = false
        }
      }
      if let leftOut, k < leftOut.count, sum &+ leftOut[k] != t.cells[k] { isWithLeftOut = false }
      if sum != t.cells[k] {
        diffs.append(
          "\(m.month) total \(Money.text(cents: t.cells[k], currency: currency)) vs sum "
            + "\(Money.text(cents: sum, currency: currency)) "
            + "(\(Money.text(cents: t.cells[k] - sum, currency: currency)))")
      }
    }
    if isDouble, let d = doubled {
      throw .data(
        "\(file): the rows sum to exactly twice the totals row (line \(t.line)) in every month "
          + "(\(d.month): total \(Money.text(cents: d.total, currency: currency)), rows "
          + "\(Money.text(cents: d.sum, currency: currency))): some rows are subtotals of others "
          + "read as customers (a pivot table's group rows?), and every figure would be doubled; "
          + "remove the subtotal rows, or export the pivot in tabular form (Excel: Design, Report "
          + "Layout, Show in Tabular Form), and import again")
    }
    if diffs.isEmpty {
      log.notes.append("\(file): the totals row (line \(t.line)) equals the column sums")
    } else if isWithLeftOut {
      log.notes.append(
        "\(file): the totals row (line \(t.line)) equals the column sums with the rows that "
          + "are not customers")
    } else {
      log.findings.append(
        "\(file): the totals row (line \(t.line)) differs from the sum of the rows in "
          + "\(Counted.phrase(diffs.count, "month")): "
          + diffs.prefix(6).joined(separator: "; ") + (diffs.count > 6 ? "; …" : ""))
    }
  }

  /// Subtotals on each group's top row (``CubePivot``), looked for in a cube without `Total
  /// <name>` groups or repeated headers.
  static func findPivot(
    _ body: [ImportTable.Record], header: [String], layout: CubeLayout, groups: CubeGroups,
    totalRows: Set<Int>, summaryRows: Set<Int>, amountCells: AmountCells
  ) -> CubePivot {
    guard groups.isEmpty, !body.contains(where: { ImportTable.repeatsHeader($0.cells, header) })
    else { return CubePivot() }
    let monthColumns = Set(layout.months.map(\.column))
    func amounts(_ i: Int) -> [Int64]? {
      var out = [Int64]()
      out.reserveCapacity(layout.months.count)
      for m in layout.months {
        let text = m.column < body[i].cells.count ? body[i].cells[m.column] : ""
        guard let v = text.isEmpty ? 0 : amountCells.hundredthsIfAny(text) else { return nil }
        out.append(v)
      }
      return out
    }
    var rows = [Int]()
    for (i, r) in body.enumerated() where !totalRows.contains(i) && !summaryRows.contains(i) {
      let hasAmount = layout.months.contains {
        $0.column < r.cells.count && !r.cells[$0.column].isEmpty
      }
      if hasAmount || r.cells.filter({ !$0.isEmpty }).count > 1 { rows.append(i) }
    }
    return CubePivot.find(
      rows, amounts: amounts,
      label: { i in
        body[i].cells.indices.first { !monthColumns.contains($0) && !body[i].cells[$0].isEmpty }
          .map { body[i].cells[$0] } ?? ""
      }, totals: totalRows.max().flatMap(amounts))
  }

  /// Says what ``CubePivot`` found: a note when a totals row confirms it, else a finding with
  /// the last month both ways.
  static func pivotFinding(
    _ pivot: CubePivot, body: [ImportTable.Record], kept: [(column: Int, month: Month)],
    amountCells: AmountCells, file: String, currency: String?, log: inout ImportLog
  ) {
    let lines = pivot.subtotals.sorted().map { body[$0].line }
    let shown =
      lines.prefix(6).map(String.init).joined(separator: ", ")
      + (lines.count > 6 ? ", …" : "")
    let said =
      "\(file): \(CountText.grouped(lines.count)) rows (lines \(shown)) are subtotals on their group's top row, as "
      + "a pivot table's compact form lays them out: each equals, in every month, the sum of the "
      + "rows below it up to the next such row; they are excluded, and their labels are their "
      + "rows' segment"
    if pivot.isConfirmedByTotals {
      log.notes.append(said + " (the totals row equals the sum of the groups' rows)")
      return
    }
    guard let last = kept.last else { return }
    var sum: Int64 = 0
    for i in pivot.subtotals {
      let text = last.column < body[i].cells.count ? body[i].cells[last.column] : ""
      sum = sum &+ (amountCells.hundredthsIfAny(text) ?? 0)
    }
    log.findings.append(
      said + "; no totals row confirms it: read as customers, they would double \(last.month)'s "
        + "cells, \(Money.text(cents: sum, currency: currency)) to "
        + "\(Money.text(cents: sum &* 2, currency: currency)) (priced in the headline's range)")
  }
}
