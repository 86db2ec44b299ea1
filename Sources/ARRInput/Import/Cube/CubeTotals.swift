import ARRCore

/// Which rows of a cube are totals and summary rows rather than customers (`docs/import.md`,
/// "Customer cube").
///
/// A row labelled only as a total (`Total`, `Totals`, `Grand total`, `Subtotal…`, `Sum`, `Sum
/// of…`, or `Total` followed by words of a total: `Total revenue`, `Total MRR (USD)`, `Total for
/// 2024`) is a totals row. A label that only starts with `Total` (`Total Alpha`, `Total EMEA`,
/// `Total Wine & More`) is one only when its amounts are a sum of the rows above it: those since
/// the last totals row or repeated header (a group's or section's subtotal), or all of them since
/// the last repeated header (a grand total); otherwise it is a customer (review 13, F33: a
/// customer named "Total Wine & More" was dropped as the totals row, −32% in that file, and the
/// finding blamed the file's totals). So is a label ending in `Total` (`Enterprise Total`, a
/// pivot table's subtotal in tabular form; review 13, F15). Below a totals row, rows labelled as a statistic
/// (`Average`, `Median`, `# of customers`, `Count`) are summary rows (review 13, F45: they were
/// read as customers, +50%).
enum CubeTotals {
  /// Words that may follow `total` in a totals row's label.
  static let totalWords: Set<String> = [
    "revenue", "revenues", "mrr", "arr", "amount", "amounts", "billings", "billed", "sales",
    "recurring", "monthly", "annual", "all", "customers", "clients", "accounts", "company",
    "for", "in", "of", "net", "gross", "income", "value", "usd", "eur", "gbp", "cad", "aud",
    "row", "rows", "sum", "general", "overall",
  ]

  /// Labels (after ``CubeLayout/normalized(_:)``) of a statistic row, or their first words.
  static let statistics: Set<String> = [
    "average", "avg", "mean", "median", "count", "min", "minimum", "max", "maximum", "std dev",
    "standard deviation", "# of customers", "number of customers", "no of customers",
    "no. of customers", "customer count", "# customers", "# of accounts", "number of accounts",
    "% of total", "percent of total", "share of total",
  ]
  static let statisticPrefixes = [
    "average ", "avg ", "avg. ", "mean ", "median ", "# of ", "number of ",
  ]

  /// How a label reads as a total.
  enum Kind: Sendable, Equatable {
    case none
    /// A total by its words alone.
    case total
    /// `Total` and other words: a total only if its amounts are a sum of the rows above.
    case totalIfSums
  }

  /// The kind of the label in `cells`' first non-empty cell outside the months.
  static func kind(_ cells: [String], monthColumns: Set<Int>) -> Kind {
    guard let c = cells.indices.first(where: { !monthColumns.contains($0) && !cells[$0].isEmpty })
    else { return .none }
    // Every total's label holds `sum` or `total`; an ASCII label holding neither (a customer's
    // id or name, on every row of a cube) is none, read from its bytes.
    if !HeaderWords.mayContain(cells[c], anyOf: ["sum", "total"] + foreignFragments) {
      return .none
    }
    var t = Substring(CubeLayout.normalized(cells[c]))
    while t.last == ":" { t = t.dropLast() }
    if t == "sum" || t.hasPrefix("sum of") || t == "total" || t == "totals" { return .total }
    if let kind = foreignKind(t) { return kind }
    // `Grand total`, `Subtotal`, `Sub total`, alone or followed by words of a total
    // (`Subtotals`, `Subtotal MRR`, `Grand total for 2024`), are totals by their words; followed
    // by a name (`Subtotal Analytics`, a company; `Subtotal EMEA`), only when they sum the rows
    // above, as `Total Wine & More` (session 27, t27a lane; trial 25, T25-23: the customer
    // `Subtotal Analytics` was dropped as a totals row and its mismatch reported as the file's).
    for prefix in [
      "grand totals", "grand total", "subtotals", "subtotal", "sub totals", "sub total",
    ]
    where t.hasPrefix(prefix) {
      let rest = t.dropFirst(prefix.count)
      guard rest.isEmpty || !(rest.first!.isLetter || rest.first!.isNumber) else { continue }
      return isTotalWords(rest) ? .total : .totalIfSums
    }
    // Excel's own subtotal wording in a pivot's tabular form: `Enterprise Total` (review 13,
    // F15), a total when it sums the rows above it, as `Total Enterprise` is.
    // So is a section's `Enterprise subtotal` (trial 48, T48-2: a Google-Sheets schedule's
    // section subtotals were read as customers and the file refused as doubled).
    if [" total", " totals", " subtotal", " subtotals", " sub total", " sub-total"].contains(
      where: { t.hasSuffix($0) })
    {
      return .totalIfSums
    }
    guard t.hasPrefix("total ") else { return .none }
    return isTotalWords(t.dropFirst(6)) ? .total : .totalIfSums
  }

  /// Whether every word of `text` is a word of a total (``totalWords``) or a number (a year).
  private static func isTotalWords(_ text: Substring) -> Bool {
    text.split { !$0.isLetter && !$0.isNumber }.allSatisfy {
      totalWords.contains(String($0)) || $0.allSatisfy(\.isNumber)
    }
  }

  /// Whether `row` is `sum`, a sum of `count` rows: to the cent, or, when `row` is in whole
  /// units (a total rounded), within the rounding of each: each month's difference at most half
  /// a unit for each of the rows and for the total itself (`(count + 1) × 0.50`).
  static func sums(_ row: [Int64], _ sum: [Int64], count: Int) -> Bool {
    guard row.count == sum.count else { return false }
    let isWhole = row.allSatisfy { $0 % 100 == 0 }
    let tolerance: Int64 = isWhole ? Int64(count + 1) * 50 : 0
    return zip(row, sum).allSatisfy { a, b in
      let d = a &- b
      return (d < 0 ? 0 &- d : d) <= tolerance
    }
  }

  /// Whether the label in `cells` is `Total` or `Totals` alone, which may be a company's name.
  static func isBareTotal(_ cells: [String], monthColumns: Set<Int>) -> Bool {
    guard let c = cells.indices.first(where: { !monthColumns.contains($0) && !cells[$0].isEmpty })
    else { return false }
    var t = CubeLayout.normalized(cells[c])
    while t.last == ":" { t.removeLast() }
    return t == "total" || t == "totals"
  }

  /// Whether `row` is far below `sum`, no total of it: some month sums above 0, and in each
  /// month `row` is under half the sum (0 where the sum is 0).
  static func isFarBelow(_ row: [Int64], _ sum: [Int64]) -> Bool {
    guard row.count == sum.count, sum.contains(where: { $0 > 0 }) else { return false }
    return zip(row, sum).allSatisfy { v, s in
      s <= 0 ? v == 0 : v >= 0 && v < s / 2
    }
  }

  /// What a `Total …` label in `cells` totals (``CubeGroups/subtotalName(_:)``: `Total for
  /// Beta Inc` totals `Beta Inc`), normalized and trimmed.
  private static func named(_ cells: [String], monthColumns: Set<Int>) -> String {
    guard let c = cells.indices.first(where: { !monthColumns.contains($0) && !cells[$0].isEmpty }),
      let name = CubeGroups.subtotalName(cells[c])
    else { return "" }
    return trimmed(CubeLayout.normalized(name))
  }

  private static func trimmed(_ text: String) -> String {
    String(
      text.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }
        .reversed())
  }

  /// Whether the label in `cells` names a statistic of the rows (`Average`, `# of customers`)
  /// or a company metric (``CompanyMetrics/isMetric(_:)``: `ARR (MRR x 12)`, `Net new MRR`):
  /// below a totals row, the schedule's own figures, not a customer (trial 48, T48-2: an `ARR
  /// (MRR x 12)` row under `Total MRR` refused the schedule as naming a company metric), or an
  /// income statement's line (`COGS`, `Gross margin`: review 50, R50-1).
  static func isStatistic(_ cells: [String], monthColumns: Set<Int>) -> Bool {
    guard let c = cells.indices.first(where: { !monthColumns.contains($0) && !cells[$0].isEmpty })
    else { return false }
    var t = CubeLayout.normalized(cells[c])
    while t.last == ":" { t.removeLast() }
    return statistics.contains(t) || statisticPrefixes.contains { t.hasPrefix($0) }
      || CompanyMetrics.isMetric(cells[c])
      || IncomeStatement.lines.contains(IncomeStatement.phrase(cells[c]))
  }

  /// The totals rows and the summary rows of `body` (indices).
  /// - Parameters:
  ///   - monthColumns: The month columns, in order.
  ///   - header: The header's cells (a row repeating it starts another export).
  ///   - amount: The hundredths of the cell `text` of row `row` (an index into `body`) in the
  ///     month column `monthColumns[slot]`, `nil` when it is no amount (blank reads 0).
  /// - Complexity: O(rows × months).
  static func rows(
    _ body: [ImportTable.Record], monthColumns: [Int], header: [String],
    amount: (_ row: Int, _ slot: Int, _ text: String) -> Int64?
  ) -> (
    totals: Set<Int>, summaries: Set<Int>, unlabeledTotal: Int?, suspectTotal: Int?,
    sumTotal: Int?
  ) {
    let columns = Set(monthColumns)
    // The last row with an amount: with no label, it is the totals row when it sums the rows
    // above (``isUnlabeled(_:monthColumns:)``).
    let lastAmountRow = body.indices.last { i in
      monthColumns.contains { $0 < body[i].cells.count && !body[i].cells[$0].isEmpty }
    }
    var unlabeledTotal: Int?
    // A labelled last row equal to the sum of the rows above that nothing else shows to be a
    // totals row: read as a customer, and said (review 51, R51-2).
    var suspectTotal: Int?
    // A labelled last row equal to the sum of three rows or more, its label naming no company:
    // the totals row (review 52, R52-20).
    var sumTotal: Int?
    var totals = Set<Int>()
    var summaries = Set<Int>()
    var sinceLast = [Int64](repeating: 0, count: monthColumns.count)
    var sinceExport = sinceLast
    // The rows in each sum.
    var countSinceLast = 0
    var countSinceExport = 0
    // The rows with an amount in each month, since the last repeated header.
    var payersSinceExport = [Int](repeating: 0, count: monthColumns.count)
    // The columns outside the months whose values are distinct and filled on every row summed
    // since the last repeated header, each with the values seen (`nil` before the first row):
    // an id column (the id beside the name). A column missing or repeating a value on some row
    // is dropped; the set of columns filled on every row that T50-1 kept beside it decided
    // nothing once R51-1 asked for distinct values.
    var distinctValues: [Int: Set<String>]?
    var isBelowTotals = false
    // Labels alone on a row (a group's or section's name), normalized.
    var groupLabels = Set<String>()
    func add(_ v: [Int64], cells: [String]) {
      var columnsLeft =
        distinctValues
        ?? Dictionary(
          uniqueKeysWithValues: cells.indices.filter { !columns.contains($0) && !cells[$0].isEmpty }
            .map { ($0, Set<String>()) })
      // Released before the sets grow, so they grow in place (never copied per row).
      distinctValues = nil
      for c in Array(columnsLeft.keys) {
        // A repeated (or missing) value: no id column; not followed further.
        if c >= cells.count || cells[c].isEmpty
          || columnsLeft[c]!.insert(cells[c]).inserted == false
        {
          columnsLeft[c] = nil
        }
      }
      distinctValues = columnsLeft
      for k in v.indices {
        sinceLast[k] = sinceLast[k] &+ v[k]
        sinceExport[k] = sinceExport[k] &+ v[k]
        if v[k] != 0 { payersSinceExport[k] += 1 }
      }
      countSinceLast += 1
      countSinceExport += 1
    }
    let top = topTotal(body, monthColumns: monthColumns, header: header, amount: amount)
    if let top { sumTotal = top }
    for (i, r) in body.enumerated() {
      if i == top {
        totals.insert(i)
        continue
      }
      if ImportTable.repeatsHeader(r.cells, header) {
        for k in sinceLast.indices { (sinceLast[k], sinceExport[k]) = (0, 0) }
        for k in payersSinceExport.indices { payersSinceExport[k] = 0 }
        distinctValues = nil
        (countSinceLast, countSinceExport) = (0, 0)
        isBelowTotals = false
        continue
      }
      func values() -> [Int64]? {
        var out = [Int64]()
        for (slot, c) in monthColumns.enumerated() {
          let text = r.cell(c)
          guard let v = text.isEmpty ? 0 : amount(i, slot, text) else { return nil }
          out.append(v)
        }
        return out
      }
      switch kind(r.cells, monthColumns: columns) {
      case .total:
        // A bare `Total` whose amounts are under half the rows above it in every month they
        // sum to something is a customer named Total (session 28, t28c lane; trial 28, T28-7:
        // roadmunk's customer "Total", $19 a month among 7,065, was dropped as the totals row
        // and its 61 months reported as mismatches).
        if isBareTotal(r.cells, monthColumns: columns), let v = values(),
          isFarBelow(v, sinceLast), isFarBelow(v, sinceExport)
        {
          add(v, cells: r.cells)
          continue
        }
        totals.insert(i)
      case .totalIfSums:
        // Naming a label alone on a row above (a group's or section's name): its subtotal,
        // checked as such however it sums. Amounts that are no sum of the rows above: a
        // customer. Cells that are not all amounts: excluded as a total, as before (not
        // checked).
        if !groupLabels.contains(named(r.cells, monthColumns: columns)), let v = values(),
          !sums(v, sinceLast, count: countSinceLast),
          !sums(v, sinceExport, count: countSinceExport)
        {
          add(v, cells: r.cells)
          continue
        }
        totals.insert(i)
      case .none:
        // An unlabeled last row that sums the rows above (to the cent, or within the rounding
        // of each when in whole units) is the totals row: excluded and checked as `Total` is;
        // one far above a row's share, an unlabeled totals row that does not sum, is said so
        // in its "no customer" problem (session 29, t28b lane; trial 28, T28-16: roadmunk's
        // real cube ends with such a row, which refused the whole file as "no customer id").
        if i == lastAmountRow, countSinceExport >= 2, isUnlabeled(r.cells, monthColumns: columns),
          let v = values()
        {
          if sums(v, sinceExport, count: countSinceExport) {
            totals.insert(i)
            break
          }
          if isNearSums(v, sinceExport) { unlabeledTotal = i }
        } else if i == lastAmountRow, countSinceExport >= 2, let v = values(),
          isSumOfSeveral(v, sinceExport, payers: payersSinceExport, count: countSinceExport)
        {
          // A labelled last row that is the sum of the rows above, month by month, and lacks
          // the id every row above has left of its label (a column of distinct values: the
          // customer id beside the name), is the totals row whatever its label's language
          // (trial 50, T50-1: `;Summe;…` under rows of `Kundennr.;Kunde`). A row with its id,
          // or lacking only an attribute (a blank segment right of the name, or a column whose
          // values repeat), is a customer whose MRR happens to equal the others' (review of
          // T50-1, and review 51, R51-1: `Cobalt` at 3,000 under Acme 1,000 + Beta 2,000 with
          // its segment blank was dropped): read, and said, as is any such row (R51-2).
          let label = r.cells.indices.first { !columns.contains($0) && !r.cells[$0].isEmpty }
          // Three rows or more: two rows' values are always distinct (review 51b, R51b-15: a
          // region column of EMEA and APAC was taken for ids).
          if let label, countSinceExport >= 3,
            (distinctValues ?? [:]).keys.contains(where: { c in
              c < label && (c >= r.cells.count || r.cells[c].isEmpty)
            })
          {
            totals.insert(i)
            break
          }
          // Equal to the cent to the sum of three rows or more in three months or more, its
          // label holding no legal form: a totals row in words not listed (review 52, R52-20:
          // Excel's grand total in Slovak, Norwegian, Hebrew, Bulgarian… doubled every figure,
          // each language added one at a time). A customer's MRR equal to three others' to the
          // cent every month is no chance; a parent's equal to its subsidiaries' is their
          // subtotal. A company's name (`Acme Holdings Inc`) stays a customer, and is said.
          if let label, countSinceExport >= 3, CustomerList.legalBase(r.cells[label]) == nil {
            totals.insert(i)
            sumTotal = i
            break
          }
          suspectTotal = i
        }
        if r.cells.count(where: { !$0.isEmpty }) == 1,
          let label = r.cells.first(where: { !$0.isEmpty }),
          !monthColumns.contains(where: { $0 < r.cells.count && !r.cells[$0].isEmpty })
        {
          groupLabels.insert(trimmed(CubeLayout.normalized(label)))
        }
        if isBelowTotals && isStatistic(r.cells, monthColumns: columns) {
          summaries.insert(i)
        } else if let v = values() {
          add(v, cells: r.cells)
        }
        continue
      }
      for k in sinceLast.indices { sinceLast[k] = 0 }
      countSinceLast = 0
      isBelowTotals = true
    }
    return (totals, summaries, unlabeledTotal, suspectTotal, sumTotal)
  }

  /// Whether `row` is a sum of several rows above as no customer's revenue would be (the caller
  /// also asks that it lack a cell every row above has): equal to
  /// it to the cent in every month (no rounding allowed: a label that names no total needs the
  /// exact sum), in three or more months the sum is not 0, and in one month two or more rows
  /// have an amount (one customer above and a row equal to it is two customers on one price).
  /// Within a cent a row summed (`count`): a total of amounts rounded each to the cent after
  /// the total was summed unrounded (review 52b, R52b-18: 333.33 × 3 + 1,000.00 under a total
  /// of 2,000.00 doubled every figure).
  static func isSumOfSeveral(_ row: [Int64], _ sum: [Int64], payers: [Int], count: Int = 0)
    -> Bool
  {
    row.count == sum.count
      && zip(row, sum).allSatisfy { r, s in r == s || abs(r &- s) <= Int64(count) }
      && sum.count(where: { $0 != 0 }) >= 3 && payers.contains { $0 >= 2 }
  }

  /// The first row with an amount when it is labelled, holds no legal form, and sums the three
  /// rows or more below it (up to a repeated header or a totals row) as
  /// ``isSumOfSeveral(_:_:payers:count:)`` asks: a grand total written on top (review 52b,
  /// R52b-18: Slovak `Celkový súčet` as the first row doubled every figure).
  static func topTotal(
    _ body: [ImportTable.Record], monthColumns: [Int], header: [String],
    amount: (_ row: Int, _ slot: Int, _ text: String) -> Int64?
  ) -> Int? {
    let columns = Set(monthColumns)
    func values(_ i: Int) -> [Int64]? {
      var out = [Int64]()
      for (slot, c) in monthColumns.enumerated() {
        let text = body[i].cell(c)
        guard let v = text.isEmpty ? 0 : amount(i, slot, text) else { return nil }
        out.append(v)
      }
      return out
    }
    guard
      let f = body.indices.first(where: { i in
        monthColumns.contains { $0 < body[i].cells.count && !body[i].cells[$0].isEmpty }
      }), kind(body[f].cells, monthColumns: columns) == .none,
      let label = body[f].cells.indices.first(where: {
        !columns.contains($0) && !body[f].cells[$0].isEmpty
      }), CustomerList.legalBase(body[f].cells[label]) == nil, let top = values(f)
    else { return nil }
    var sum = [Int64](repeating: 0, count: monthColumns.count)
    var payers = [Int](repeating: 0, count: monthColumns.count)
    var count = 0
    for i in body.indices.dropFirst(f + 1) {
      if ImportTable.repeatsHeader(body[i].cells, header)
        || kind(body[i].cells, monthColumns: columns) != .none
      {
        break
      }
      guard let v = values(i) else { continue }
      for k in v.indices {
        sum[k] = sum[k] &+ v[k]
        if v[k] != 0 { payers[k] += 1 }
      }
      count += 1
    }
    return count >= 3 && isSumOfSeveral(top, sum, payers: payers, count: count) ? f : nil
  }

  /// Whether every cell of `cells` outside the months is empty.
  static func isUnlabeled(_ cells: [String], monthColumns: Set<Int>) -> Bool {
    cells.indices.allSatisfy { monthColumns.contains($0) || cells[$0].isEmpty }
  }

  /// Whether `row` is as large as a total of `sum` would be though not equal to it: over the
  /// months, its amounts add up to between half and twice the sums' (positive).
  static func isNearSums(_ row: [Int64], _ sum: [Int64]) -> Bool {
    let r = row.reduce(0, &+)
    let s = sum.reduce(0, &+)
    return s > 0 && r >= s / 2 && r <= s &* 2
  }
}
