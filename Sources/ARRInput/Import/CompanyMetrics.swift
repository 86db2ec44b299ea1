import ARRCore

/// A company's SaaS metrics instead of its customers' revenue (`docs/import.md`, "Files that
/// hold no recurring revenue"): a table of the company's totals by month (`month, mrr, new_mrr,
/// churned_mrr, arr`: one row per month, no customer column), or a cube whose rows are such
/// metrics (`MRR`, `New MRR`, `Churned MRR` by month), alone or below the customers. Read as a
/// cube, each metric row was a customer: the movements and ARR were added to the MRR as if they
/// were revenue (a public FP&A sample's `mrr.csv`, transposed as the cube hint then said, gave
/// $30.8M headline ARR for a company of $2.36M), so both are refused with what to export instead.
enum CompanyMetrics {
  /// Labels of company-wide metrics, after ``MonthlyTableLayout/key(_:)`` (letter case, `_`,
  /// `-` and a trailing unit in parentheses aside). Decided: exact names only, so a customer
  /// called "MRR Labs" or "Churn Buster" is still a customer.
  static let names: Set<String> = {
    var out: Set<String> = [
      "monthly recurring revenue", "annual recurring revenue", "recurring revenue", "run rate",
      "arr run rate", "customers", "active customers", "paying customers", "new customers",
      "churned customers", "customer count", "logos", "new logos", "churned logos", "arpu",
      "arpa", "acv", "ltv", "cac", "nrr", "ndr", "grr", "net revenue retention",
      "gross revenue retention", "net dollar retention", "gross dollar retention", "churn rate",
      "logo churn", "revenue churn", "mrr churn rate", "mrr growth", "growth rate",
      "quick ratio",
    ]
    let kinds = [
      "", "total ", "net ", "ending ", "end ", "closing ", "beginning ", "starting ",
      "opening ", "new ", "new business ", "new biz ", "expansion ", "upgrade ", "contraction ",
      "downgrade ", "churned ", "churn ", "lost ", "reactivation ", "reactivated ", "net new ",
    ]
    for kind in kinds {
      out.insert(kind + "mrr")
      out.insert(kind + "arr")
    }
    return out
  }()

  /// Whether `label` names a company-wide metric rather than a customer.
  /// Also ``otherNames`` and a metric named first and spelled out (``namesMetricFirst(_:)``).
  static func isMetric(_ label: String) -> Bool {
    let key = MonthlyTableLayout.key(label)
    return names.contains(key) || otherNames.contains(key) || namesMetricFirst(label)
  }

  /// Headers of the company's revenue (`revenue`, `total revenue`): a metric beside a period
  /// column without a customer column (session 15, import lane: `quarter,revenue` was "shape not
  /// recognised"). Not among ``names``: a cube's row called `Revenue` is not refused by them.
  static let revenueNames: Set<String> = [
    "revenue", "total revenue", "net revenue", "gross revenue", "subscription revenue",
    "total subscription revenue", "sales", "net sales", "total sales",
  ]

  /// Headers of a quarter or year column (a board deck's or a public filing's metrics table:
  /// `quarter` 2023-Q1, `year` 2024), and whether each names quarters.
  static let coarsePeriods: [String: Bool] = [
    "quarter": true, "fiscal quarter": true, "fiscal period": true, "year": false,
    "fiscal year": false,
  ]

  /// Whether `cell` names a quarter (`2023-Q1`, `Q1 2023`, `2023 Q1`, `FY23 Q1`) or, when
  /// `isQuarter` is false, a year (`2024`, `FY2024`).
  static func isPeriod(_ cell: String, isQuarter: Bool) -> Bool {
    let words = cell.uppercased().split { " -_/".contains($0) }
    func isYear(_ w: Substring) -> Bool {
      let digits = w.hasPrefix("FY") ? w.dropFirst(2) : w
      return (digits.count == 4 || (digits.count == 2 && w.hasPrefix("FY")))
        && digits.allSatisfy(\.isNumber)
    }
    if !isQuarter { return words.count == 1 && isYear(words[0]) }
    return words.count == 2 && words.contains(where: isYear)
      && words.contains { ["Q1", "Q2", "Q3", "Q4"].contains($0) }
  }

  /// Why `table` holds the company's totals by month rather than revenue per customer, with the
  /// header's line, or `nil`: a header among the first rows with a month column
  /// (``MonthlyTableLayout/periodNames``, or `date`), or a quarter or year column
  /// (``coarsePeriods``, trial 14), at least one metric column and no customer column, and at
  /// least two periods below it.
  /// - Complexity: O(cells of the table).
  static func totals(in table: ImportTable) -> String? { reading(of: table)?.why }

  /// Whether `table` has periods that repeat row after row, with no column named as a customer
  /// (``totals(in:)`` refuses it as rows per something, not as the company's totals): a monthly
  /// table whose customer column is named otherwise, perhaps the revenue itself.
  static func hasRepeatedPeriods(_ table: ImportTable) -> Bool {
    reading(of: table)?.isRepeated == true
  }

  /// Header keys (``MonthlyTableLayout/key(_:)``) naming a customer column: a cube's id and
  /// name aliases and the other names a monthly table reads as its customer. A table with one is
  /// about customers, not the company's totals or cohorts (``CohortTable``).
  static let customerHeaders: Set<String> = Set(
    CubeLayout.aliases.filter { $0.0 == .id || $0.0 == .name }.flatMap(\.1)
  ).union(MonthlyTableLayout.otherCustomerNames)

  /// ``totals(in:)``'s reason, and whether it is of periods that repeat.
  private static func reading(of table: ImportTable) -> (why: String, isRepeated: Bool)? {
    for (index, record) in table.records.prefix(CubeLayout.headerSearchRows).enumerated() {
      let keys = record.cells.map(MonthlyTableLayout.key)
      guard !keys.contains(where: customerHeaders.contains),
        let period = keys.firstIndex(where: {
          MonthlyTableLayout.periodNames.contains($0)
            || MonthlyTableLayout.weakPeriodNames.contains($0) || coarsePeriods[$0] != nil
        })
      else { continue }
      let isQuarter = coarsePeriods[keys[period]]
      let metrics = record.cells.indices.filter {
        $0 != period && (names.contains(keys[$0]) || revenueNames.contains(keys[$0]))
      }
      guard !metrics.isEmpty else { continue }
      let months = table.records[(index + 1)...].lazy.filter { r in
        guard period < r.cells.count else { return false }
        return isQuarter.map { isPeriod(r.cells[period], isQuarter: $0) }
          ?? MonthHeader.read(r.cells[period]).isMonth
      }
      guard months.dropFirst().first != nil else { continue }
      // Built in steps: one expression of `+`, `?:` and `??` took the type checker ten seconds.
      let shown: [String] = ([period] + metrics).prefix(4).map { "\"\(record.cells[$0])\"" }
      let columns: String = shown.joined(separator: ", ") + (metrics.count > 3 ? ", …" : "")
      let unit: String
      if let isQuarter { unit = isQuarter ? "quarter" : "year" } else { unit = "month" }
      // Periods that repeat are no company's totals (one row a period): rows per something, a
      // customer under a name not read as one (session 28, t28c lane; trial 28, T28-14: the
      // message said "one row per month and no customer column", false on both counts).
      // Two rows a period or more on average: a period written twice (a re-pull's month) is
      // still totals.
      var periods = Set<String>()
      var periodRows = 0
      for r in table.records[(index + 1)...] where period < r.cells.count {
        guard !r.cells[period].isEmpty else { continue }
        periodRows += 1
        periods.insert(r.cells[period])
      }
      let isRepeated = periodRows >= 2 * periods.count
      if isRepeated {
        let other = record.cells.indices.first {
          $0 != period && !metrics.contains($0) && !record.cells[$0].isEmpty
        }
        let hint: String
        if let other {
          hint = ": if \"\(record.cells[other])\" names the customer, rename it \"customer_id\""
        } else {
          hint = " (expected a header such as \"customer_id\" or \"customer\")"
        }
        let why: String =
          "\(table.file):\(record.line): has a \(unit) column and amounts (\(columns)) with "
          + "several rows a \(unit), but no column is named as a customer\(hint)"
        return (why, true)
      }
      let why: String =
        "\(table.file):\(record.line): reads as the company's totals by \(unit) (\(columns)"
        + "; one row per \(unit) and no customer column): company totals cannot show which "
        + "customers stay, grow or leave, so there is no churn, retention or risk to measure; "
        + instead
      return (why, false)
    }
    return nil
  }

  /// What to export instead of company totals.
  static let instead =
    "export MRR per customer and month instead (a monthly table: customer, month, mrr; or a "
    + "customer cube), or the invoice lines or subscriptions behind the totals"

  /// The accounts of a cube (or monthly table) whose id or name is a metric (`New MRR`,
  /// `Churned MRR`): summary rows, not customers.
  /// - Complexity: O(accounts).
  static func rows(_ accounts: [ImportedAccount]) -> [ImportedAccount] {
    let rows = accounts.filter { isMetric($0.id) || ($0.name.map(isMetric) ?? false) }
    // A short metric name is also a company's (ACV Auctions, Logos Bible Software): among
    // customers, such rows are metrics only beside a row that can only be one (`New MRR`), or
    // when every row is one (review 10, F11: a cube with a customer "ACV" was refused).
    guard rows.count < accounts.count else { return rows }
    func isWeak(_ a: ImportedAccount) -> Bool {
      [a.id, a.name].contains { $0.map { weakNames.contains(MonthlyTableLayout.key($0)) } ?? false }
    }
    return rows.allSatisfy(isWeak) ? [] : rows
  }

  /// Metric names that are also plausible customer names: a metric row among customers only
  /// beside another metric row that is not one of them.
  static let weakNames: Set<String> = [
    "logos", "acv", "cac", "ltv", "arpu", "arpa", "nrr", "ndr", "grr",
  ]

  /// The finding for rows read as customers though their name is also a metric's (``weakNames``),
  /// or `nil` when there are none.
  static func weakRowsFinding(_ accounts: [ImportedAccount], file: String) -> String? {
    let rows = accounts.filter { isMetric($0.id) || ($0.name.map(isMetric) ?? false) }
    guard let first = rows.first else { return nil }
    return
      "\(file): \(Counted.phrase(rows.count, "customer")) named like a company "
      + "metric (\"\(first.name ?? first.id)\", line \(first.source.line)) read as "
      + "\(rows.count == 1 ? "a customer" : "customers"): if \(rows.count == 1 ? "it is" : "they are") "
      + "a summary row, delete \(rows.count == 1 ? "it" : "them"): \(rows.count == 1 ? "its" : "their") "
      + "amounts are counted as revenue"
  }

  /// The refusal of `file`, whose `rows` (of `accounts` in all) name metrics, by line: the
  /// company's totals when every row is one, summary rows below the customers otherwise.
  static func refusal(_ rows: [ImportedAccount], of accounts: Int, file: String)
    -> ARRQualityError
  {
    let shown =
      rows.prefix(3).map { "\"\($0.name ?? $0.id)\" (line \($0.source.line))" }
      .joined(separator: ", ") + (rows.count > 3 ? ", …" : "")
    if rows.count == accounts {
      return .data(
        "\(file): every row names a company metric, not a customer (\(shown)): this reads as "
          + "the company's totals by month; read as customers, the metrics would be added up as "
          + "revenue (the new, churned and ARR rows with the MRR); " + instead)
    }
    let plural = rows.count == 1 ? "row names a company metric" : "rows name company metrics"
    return .data(
      "\(file): \(CountText.grouped(rows.count)) \(plural), not a customer (\(shown)): read as customers, they "
        + "would be added to the revenue; delete these summary rows (a totals row, \"Total\", is "
        + "recognised and checked; other summary rows are not) or export the customer rows only")
  }
}
