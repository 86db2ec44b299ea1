import ARRCore

/// Revenue files or sheets that are consecutive periods of one company's history (`docs/import.md`,
/// "Several files"; `docs/workbook.md`): one tab per year (`FY2023`, `FY2024`, Jan–Dec each) or a
/// pair of yearly cube exports (`cube_2023.csv`, `cube_2024.csv`), the same customers in each.
/// They are joined in time into one cube, with a note. A month two of them both hold must agree
/// for every customer (read once); a disagreement is an error naming both cells.
///
/// Decided (session 24, lane t24b; trial 22, T22-11): such a workbook was refused, the advised
/// `--sheet FY2023 --sheet FY2024` refused as ending in different months, and the advised
/// `--as-of` refused both ways; the CSV pair was "a second revenue file".
enum RevenuePeriods {
  /// Share of the smaller part's customers the other part must hold too for two parts to be
  /// periods of one history (rather than slices: an entity, a region).
  static let sharedCustomerShare = 0.5

  static func lastMonth(_ d: CubeData) -> Month { d.firstMonth.adding(months: d.monthCount - 1) }

  /// Whether `later` reads as another period of `first`'s history: the two start in different
  /// months, and at least ``sharedCustomerShare`` of the smaller one's customers are in both.
  static func isPeriod(_ later: CubeData, of first: CubeData) -> Bool {
    guard later.firstMonth != first.firstMonth, !later.accounts.isEmpty, !first.accounts.isEmpty
    else { return false }
    let ids = Set(first.accounts.map(\.id))
    let shared = later.accounts.filter { ids.contains($0.id) }.count
    let smaller = min(first.accounts.count, later.accounts.count)
    return Double(shared) >= sharedCustomerShare * Double(smaller)
  }

  /// The parts joined in time: months from the earliest first month to the latest last month.
  /// - Throws: `.invalidData` for a gap between two parts (months no part holds), or a customer
  ///   whose amounts in a month two parts both hold differ, naming both cells.
  static func join(_ parts: [RevenueSheets.Slice], log: inout ImportLog)
    throws(ARRQualityError) -> CubeData
  {
    let sorted = parts.sorted { $0.data.firstMonth < $1.data.firstMonth }
    let files = sorted.map { log.files[$0.index].file }
    for n in sorted.indices.dropFirst() {
      let end = sorted[..<n].map { lastMonth($0.data) }.max()!
      let start = sorted[n].data.firstMonth
      if start.months(since: end) > 1 {
        throw .data(
          "\(files[n - 1]) ends in \(end) but \(files[n]) starts in \(start): read as periods of "
            + "one company's history (the same customers in each), they must follow each other "
            + "with no month missing between them (\(end.adding(months: 1)) to "
            + "\(start.adding(months: -1)) is in neither)")
      }
    }
    let first = sorted[0].data.firstMonth
    let last = sorted.map { lastMonth($0.data) }.max()!
    let months = last.months(since: first) + 1
    func cellName(_ part: Int, line: Int, month: Month) -> String {
      let d = sorted[part].data
      let column = d.layout.months.first { $0.month == month }.map { ":\($0.column + 1)" } ?? ""
      return "\(files[part]):\(line)\(column)"
    }
    let merged = try CubeParts.combine(
      sorted.map(\.data), from: first, months: months, overlap: .agree
    ) { clash in
      .data(
        "customer \"\(clash.account.id)\" has \(Money.decimalString(cents: clash.earlierCents)) in "
          + "\(clash.month) at "
          + "\(cellName(clash.earlier.part, line: clash.earlier.line, month: clash.month)) but "
          + "\(Money.decimalString(cents: clash.laterCents)) at "
          + "\(cellName(clash.later.part, line: clash.later.line, month: clash.month)): periods "
          + "of one company's history that both hold a month must agree on it")
    }
    // A month two parts both hold is read once: its second copy, counted in the source as each
    // part was read, is left out in the tie-out (session 25: it did not tie out).
    var read: Int64 = 0
    for p in sorted {
      for v in p.data.cells { read = read &+ v }
      for v in p.data.oneTime ?? [] { read = read &+ v }
    }
    var kept: Int64 = 0
    for v in merged.cells { kept = kept &+ v }
    for v in merged.oneTime ?? [] { kept = kept &+ v }
    log.tieOut.add(read &- kept, to: \.leftOutCents)
    let listed = zip(sorted, files).map { p, file in
      "\(file) (\(p.data.firstMonth) to \(lastMonth(p.data)), "
        + "\(Counted.phrase(p.data.accounts.count, "customer")))"
    }
    log.notes.append(
      "\(CountText.grouped(sorted.count)) revenue files read as consecutive periods of one "
        + "company's history (the same customers in each) and joined in time, \(first) to "
        + "\(last): " + listed.joined(separator: "; ") + "; together "
        + Counted.phrase(merged.accounts.count, "customer")
        + (read == kept
          ? ""
          : "; the months two of them hold are read once, so their second copy, "
            + "\(Money.decimalString(cents: read &- kept)), is left out in the tie-out"))
    return merged
  }
}
