import ARRCore

/// Several sheets of a workbook that read as revenue files (review 13, F5: a workbook with a
/// `US` and an `EU` tab was read from its first tab alone, the company's ARR 70% low, the second
/// tab named only in a note).
///
/// Without `--sheet`, two or more revenue sheets are refused, as two revenue CSV files are: the
/// message lists each with its last month's total and says how to choose. Which tabs are slices
/// of one company (entities, regions, years) and which a summary of the others is not guessed.
/// With `--sheet` given twice or more, the named sheets are read as slices of one company: they
/// must be cubes or monthly tables of the same kind, read the same way (`--values`), ending in
/// the same month, in one currency, and no customer may have revenue in the same month in two of
/// them (`docs/workbook.md`, "Which sheets").
enum RevenueSheets {
  /// One sheet that read as a revenue file, as the refusal lists it.
  struct Found {
    /// `book.xlsx, sheet US`.
    var file: String
    /// The tab's name, for the `--sheet` advice; `nil` for a delimited file.
    var sheet: String?
    /// What it read as, with its last month's total.
    var what: String
  }

  /// `a customer cube: 2 customers, cells of 2024-06 summing to $300.00`.
  static func describe(_ data: CubeData, shape: ImportShape, currency: String?) -> String {
    let last = data.monthCount - 1
    var sum: Int64 = 0
    for a in data.accounts.indices { sum = sum &+ data.cells[a * data.monthCount + last] }
    let kind = shape == .monthly ? "a monthly table" : "a customer cube"
    return
      "\(kind): \(Counted.phrase(data.accounts.count, "customer")), "
      + "\(data.firstMonth.adding(months: last)) totals "
      + Money.text(cents: sum, currency: data.currency ?? currency)
  }

  /// What the sources just read (`after`, against `before`) hold: a ledger's last month's
  /// invoiced total, or a subscriptions file's count.
  static func describe(_ after: DataRoomSources, before: DataRoomSources, currency: String?)
    -> String
  {
    if before.lines == nil, let lines = after.lines, let latest = lines.entries.map(\.date).max() {
      let month = latest.month
      var sum: Int64 = 0
      for e in lines.entries where e.date.month == month { sum = sum &+ e.amount }
      return
        "invoice lines: \(CountText.grouped(lines.accounts.count)) customers, \(month) invoiced "
        + Money.text(cents: sum, currency: lines.currency ?? currency)
    }
    if before.subscriptions == nil, let subs = after.subscriptions {
      return "subscriptions: \(CountText.grouped(subs.subs.count)) rows"
    }
    return "a revenue file"
  }

  /// Sheets a refusal lists by name; the rest are counted (trial 25, T25-22: a workbook of 300
  /// tabs, one cube per sales rep, was refused in a 40 KB message naming every tab twice).
  static let listedSheets = 10
  /// Tabs the slices' example names before it counts the rest.
  static let exampleSheets = 3

  /// The refusal of two or more revenue sheets read without `--sheet`: the first
  /// ``listedSheets`` listed, the rest counted.
  static func refusal(_ found: [Found]) -> ARRQualityError {
    let rest = found.count - min(found.count, listedSheets)
    let listed =
      found.prefix(listedSheets).map { "\($0.file) (\($0.what))" }.joined(separator: "; ")
      + (rest > 0 ? "; and \(CountText.grouped(rest)) more" : "")
    // Each name one shell word (``ShellWord``; session 27, t27b lane; trial 25, T25-9).
    let names = found.compactMap(\.sheet).map(ShellWord.quoted)
    let example =
      names.prefix(exampleSheets).map { "--sheet \($0)" }.joined(separator: " ")
      + (names.count > exampleSheets
        ? " …, one --sheet for each of the \(CountText.grouped(names.count))" : "")
    return .data(
      "\(CountText.grouped(found.count)) sheets read as revenue files: \(listed). Which is the company's revenue is "
        + "not guessed (a tab may be a slice of the company, such as an entity or a region, or a "
        + "summary of the others): name the one to read with --sheet"
        + (names.count >= 2
          ? ", or name each (\(example)) to read them as slices of one company, their "
            + "customers added up" : ""))
  }

  /// One sheet named with `--sheet`, read as a cube or a monthly table.
  struct Slice {
    var data: CubeData
    var index: Int
  }

  /// The slices (`--sheet` given twice or more) as one cube: customers added up across sheets,
  /// months from the earliest first month to the shared last month.
  /// - Returns: The cube, and the values reading every slice shares (`nil` when `--values` was
  ///   given or a slice has an annual label, which ``CubeImporter`` settles).
  /// - Throws: `.invalidData` when the slices differ in shape, last month, currency or values
  ///   reading, or when one customer has revenue in the same month in two of them.
  static func merge(_ slices: [Slice], options: ImportOptions, log: inout ImportLog)
    throws(ARRQualityError) -> (data: CubeData, values: (ImportValues, String)?)
  {
    let files = slices.map { log.files[$0.index].file }
    let first = slices[0]
    let shape = log.files[first.index].shape
    func lastMonth(_ s: Slice) -> Month { s.data.firstMonth.adding(months: s.data.monthCount - 1) }
    for (n, s) in slices.enumerated().dropFirst() {
      if log.files[s.index].shape != shape {
        throw .data(
          "\(files[0]) reads as \(shape.rawValue) but \(files[n]) as "
            + "\(log.files[s.index].shape.rawValue): sheets read as slices of one company "
            + "(--sheet given \(CountText.grouped(slices.count)) times) must be the same kind of file"
        )
      }
      if lastMonth(s) != lastMonth(first) {
        // `--as-of` at the earlier end reads only when every sheet holds that month (T22-11:
        // advised for sheets of consecutive years, it was refused both ways).
        let earlier = min(lastMonth(s), lastMonth(first))
        let isAsOfRead = slices.allSatisfy { $0.data.firstMonth <= earlier }
        throw .data(
          "\(files[0]) ends in \(lastMonth(first)) but \(files[n]) in \(lastMonth(s)): sheets read "
            + "as slices of one company must end in the same month"
            + (isAsOfRead ? " (pass --as-of to measure at the earlier one)" : ""))
      }
      if let a = first.data.currency, let b = s.data.currency, a != b {
        throw .data(
          "\(files[0]) is in \(a) but \(files[n]) in \(b): sheets read as slices of one company "
            + "are added up, so they must be in one currency")
      }
    }
    var values: (ImportValues, String)?
    if options.values == .auto && slices.allSatisfy({ $0.data.annualLabel == nil }) {
      let decided = slices.map { CubeValues.decide($0.data) }
      for (n, d) in decided.enumerated() where d.values != decided[0].values {
        throw .data(
          "\(files[0]) reads as \(decided[0].values.rawValue) (\(decided[0].reason)) but "
            + "\(files[n]) as \(d.values.rawValue) (\(d.reason)): sheets read as slices of one "
            + "company must be read the same way; pass --values")
      }
      for (s, d) in zip(slices, decided) {
        log.files[s.index].values = d.values
        log.files[s.index].valuesReason = d.reason
      }
      values = (decided[0].values, decided[0].reason + " (the same in each sheet read)")
    }
    let start = slices.map(\.data.firstMonth).min()!
    let months = lastMonth(first).months(since: start) + 1
    // A customer buying from two entities is the usual case in a group's data room (trial 51,
    // T51-11: a customer in the US and the UK sheets refused the slices): its revenue in two
    // sheets is added up, unless one sheet's monthly totals are the others' summed (a
    // consolidation beside its entities), where the clash is refused as before.
    var totals = [[Int64]](repeating: [Int64](repeating: 0, count: months), count: slices.count)
    for (n, s) in slices.enumerated() {
      let shift = s.data.firstMonth.months(since: start)
      for a in s.data.accounts.indices {
        for m in 0..<s.data.monthCount {
          totals[n][shift + m] = totals[n][shift + m] &+ s.data.cells[a * s.data.monthCount + m]
        }
      }
    }
    // A summary: within a tenth of the others' summed in every month it has (a consolidation
    // after eliminations, FX or rounding, or a group tab of fewer months), or most of its
    // customers in another sheet in the same months (two views of one company): refused as
    // before (review 53, R53-4: each was added up, ×2.07).
    let isSummary = totals.indices.contains { n in
      totals[n].contains { $0 != 0 }
        && (0..<months).allSatisfy { m in
          let others = totals.indices.reduce(Int64(0)) { $1 == n ? $0 : $0 &+ totals[$1][m] }
          return totals[n][m] == 0 || abs(totals[n][m] &- others) * 10 <= abs(others)
        }
    }
    // Each sheet's customer-months with revenue, by customer id.
    var held = [[String: Set<Int>]](repeating: [:], count: slices.count)
    for (n, s) in slices.enumerated() {
      let shift = s.data.firstMonth.months(since: start)
      for (a, account) in s.data.accounts.enumerated() {
        for m in 0..<s.data.monthCount where s.data.cells[a * s.data.monthCount + m] != 0 {
          held[n][account.id, default: []].insert(shift + m)
        }
      }
    }
    let isMostlyShared = held.indices.contains { n in
      let shared = held[n].filter { id, months in
        held.indices.contains { k in
          k != n && !(held[k][id] ?? []).isDisjoint(with: months)
        }
      }
      return !held[n].isEmpty && shared.count * 2 > held[n].count
    }
    // Unless the user says the sheets are entities selling to the same customers (review 53,
    // R53-29: three multinationals buying from a US and a UK entity were refused).
    let isView = (isSummary || isMostlyShared) && !options.isAddingSheets
    let merged = try CubeParts.combine(
      slices.map(\.data), from: start, months: months, overlap: isView ? .add : .share
    ) { clash in
      .data(
        "customer \"\(clash.account.id)\" has revenue in \(clash.month) in both "
          + "\(files[clash.earlier.part]) (line \(clash.earlier.line)) and \(files[clash.later.part]) "
          + "(line \(clash.later.line)), and "
          + (isSummary
            ? "one sheet's monthly totals are within a tenth of the others' summed"
            : "most of one sheet's customers have revenue in another in the same months")
          + ": two views of one company, not slices of it (--sheet given "
          + "\(CountText.grouped(slices.count)) times), so a customer-month must be in one sheet "
          + "only; if one sheet sums the others, name only the sheets it sums, or it alone; if "
          + "the sheets are entities selling to the same customers, give --add-sheets to add "
          + "them up")
    }
    let parts = zip(slices, files).map { s, file in
      "\(file) (\(describe(s.data, shape: shape, currency: options.currency)))"
    }
    let shared = merged.accounts.count
    let total = slices.reduce(0) { $0 + $1.data.accounts.count }
    // Customers with revenue in one month in two sheets, added up (T51-11).
    var seen = [String: Int]()
    var both = [String]()
    for (n, s) in slices.enumerated() {
      for (a, account) in s.data.accounts.enumerated()
      where (0..<s.data.monthCount).contains(where: {
        s.data.cells[a * s.data.monthCount + $0] != 0
      }) {
        if let k = seen[account.id], k != n, !both.contains(account.id) { both.append(account.id) }
        seen[account.id] = seen[account.id] ?? n
      }
    }
    if !both.isEmpty {
      log.notes.append(
        "\(Counted.phrase(both.count, "customer")) \(both.count == 1 ? "has" : "have") revenue in "
          + "more than one sheet (" + both.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
          + (both.count > 3 ? ", …" : "") + "): added up, one account each (a customer "
          + "contracting with two of the group's entities); no sheet's totals are the others' "
          + "summed")
    }
    log.findings.append(
      "\(CountText.grouped(slices.count)) sheets read as slices of one company (--sheet given \(CountText.grouped(slices.count)) "
        + "times), their customers added up: " + parts.joined(separator: "; ") + "; together "
        + "\(shared) customer\(shared == 1 ? "" : "s")"
        + (shared < total
          ? " (\(CountText.grouped(total - shared)) in more than one sheet)"
          : ""))
    return (merged, values)
  }
}
