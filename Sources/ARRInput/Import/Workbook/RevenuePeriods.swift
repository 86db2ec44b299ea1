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
    var merged = sorted[0].data
    merged.accounts = []
    merged.negatives = []
    merged.firstMonth = first
    merged.monthCount = months
    merged.pivotMembers = []
    merged.alternativeAsOf = []
    merged.listAnnual = []
    var cells = [Int64]()
    var usage: [Int64]? = sorted.contains { $0.data.usage != nil } ? [] : nil
    var oneTime: [Int64]? = sorted.contains { $0.data.oneTime != nil } ? [] : nil
    var row = [String: Int]()
    // For each merged cell: the part and the account row that set it, for a disagreement.
    var setBy = [Int: (part: Int, line: Int)]()
    func cellName(_ part: Int, line: Int, month: Month) -> String {
      let d = sorted[part].data
      let column = d.layout.months.first { $0.month == month }.map { ":\($0.column + 1)" } ?? ""
      return "\(files[part]):\(line)\(column)"
    }
    for (n, part) in sorted.enumerated() {
      let d = part.data
      let shift = d.firstMonth.months(since: first)
      for (a, account) in d.accounts.enumerated() {
        let target: Int
        if let known = row[account.id] {
          target = known
        } else {
          target = merged.accounts.count
          row[account.id] = target
          merged.accounts.append(account)
          cells += repeatElement(0, count: months)
          usage?.append(contentsOf: repeatElement(0, count: months))
          oneTime?.append(contentsOf: repeatElement(0, count: months))
        }
        for m in 0..<d.monthCount {
          let v = d.cells[a * d.monthCount + m]
          let i = target * months + shift + m
          if let earlier = setBy[i] {
            guard v == cells[i] else {
              let month = first.adding(months: shift + m)
              throw .data(
                "customer \"\(account.id)\" has \(Money.decimalString(cents: cells[i])) in "
                  + "\(month) at \(cellName(earlier.part, line: earlier.line, month: month)) but "
                  + "\(Money.decimalString(cents: v)) at "
                  + "\(cellName(n, line: account.source.line, month: month)): periods of one "
                  + "company's history that both hold a month must agree on it")
            }
            continue
          }
          setBy[i] = (n, account.source.line)
          cells[i] = v
          if let u = d.usage { usage![i] = u[a * d.monthCount + m] }
          if let o = d.oneTime { oneTime![i] = o[a * d.monthCount + m] }
        }
      }
      for var negative in d.negatives {
        negative.account = row[d.accounts[negative.account].id]!
        negative.month += shift
        merged.negatives.append(negative)
      }
    }
    merged.cells = cells
    merged.usage = usage
    merged.oneTime = oneTime
    let listed = zip(sorted, files).map { p, file in
      "\(file) (\(p.data.firstMonth) to \(lastMonth(p.data)), "
        + "\(Counted.phrase(p.data.accounts.count, "customer")))"
    }
    log.notes.append(
      "\(CountText.grouped(sorted.count)) revenue files read as consecutive periods of one "
        + "company's history (the same customers in each) and joined in time, \(first) to "
        + "\(last): " + listed.joined(separator: "; ") + "; together "
        + Counted.phrase(merged.accounts.count, "customer"))
    return merged
  }
}
