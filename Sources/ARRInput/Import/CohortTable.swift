import ARRCore

/// A cohort table: one row per cohort of customers (`2025-12 cohort (20 customers)`), by
/// calendar month or by months since the cohort started (`M0`, `M1`, …). Each row sums many
/// customers, so no account's retention, risk or concentration can be read from it; read as a
/// customer cube, 12 cohorts were called 12 accounts, the largest "10.9% of recurring ARR"
/// (trial 48, T48-31). Refused as the company's totals are (``CompanyMetrics``), or left out
/// beside the revenue files.
enum CohortTable {
  /// Whether `text` holds the word `cohort` or `cohorts`.
  static func namesCohort(_ text: String) -> Bool {
    text.lowercased().split { !$0.isLetter }.contains { $0 == "cohort" || $0 == "cohorts" }
  }

  /// Why `table` reads as a cohort table, with its header's or first cohort row's line, or
  /// `nil`: a header (the first row of three cells or more) whose first cell names a cohort and
  /// none a customer, or rows labelled as cohorts, at least two and at least half the labelled
  /// rows below the header.
  /// - Complexity: O(first cells of the first ``IncomeStatement/searchRows`` rows).
  static func explain(_ table: ImportTable) -> String? {
    let records = table.records.prefix(IncomeStatement.searchRows)
    guard let h = records.firstIndex(where: { $0.cells.filter { !$0.isEmpty }.count >= 3 })
    else { return nil }
    let header = records[h]
    let namesCustomer = header.cells.map(MonthlyTableLayout.key).contains(
      where: CompanyMetrics.customerHeaders.contains)
    let first = header.cells.first { !$0.isEmpty }
    let isCohortHeader = first.map(namesCohort) == true && !namesCustomer
    var labelled = 0
    var cohorts = [(text: String, line: Int)]()
    for r in records[(h + 1)...] {
      guard let label = r.cells.first(where: { !$0.isEmpty }) else { continue }
      labelled += 1
      if namesCohort(label) { cohorts.append((label, r.line)) }
    }
    let isCohortRows = cohorts.count >= 2 && cohorts.count * 2 >= labelled && !namesCustomer
    guard isCohortHeader || isCohortRows else { return nil }
    let example = cohorts.first.map { "rows such as \"\($0.text)\" (line \($0.line))" }
    let said = [isCohortHeader ? first.map { "\"\($0)\"" } : nil, example].compactMap { $0 }
    return "\(table.file):\(header.line): reads as a cohort table ("
      + said.joined(separator: "; ")
      + "): each row sums the revenue of a cohort of customers, not one customer, so no "
      + "account's retention, risk or concentration can be read from it (read as customers, "
      + "each cohort would be called an account); " + CompanyMetrics.instead
  }
}
