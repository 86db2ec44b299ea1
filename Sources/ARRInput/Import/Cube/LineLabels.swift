import ARRCore

/// A column beside the customer that says what each row of a cube holds: a revenue type
/// (`Subscription`, `Professional services`), a product line, or a metric (`MRR`, `ARR`,
/// `Seats`, `API calls`) (`docs/import.md`, "Rows that are not customers"; session 41, trial 41,
/// T41-1 and T41-2: a cube's `Revenue type` column put $12,500 of services fees into MRR, and a
/// `Metric` column's ARR and API-call rows were summed with the MRR rows, 150× the headline).
///
/// Rows stay one per product and are summed into their customer, as before, unless the label
/// names what is not the customer's monthly recurring revenue:
/// - a kind of revenue billed once (``NonCustomerRows/otherRevenue`` and the one-time words
///   below): the row is left out of MRR, named in the note of rows left out with its total;
/// - a metric other than MRR (``otherMetrics``), when the column labels some rows `MRR`: the
///   row is left out the same way. When metrics label the rows and none is MRR, the cube's
///   cells are not MRR and the file is refused, naming the column and the metrics.
enum LineLabels {
  /// Headers of such a column, as ``NonCustomerRows/key(_:)`` writes them.
  static let headers: Set<String> = [
    "revenue type", "type", "line type", "product", "product service", "product or service",
    "category", "revenue category", "revenue stream", "stream", "item", "line item",
    "charge type", "kind", "metric", "measure", "kpi", "class", "revenue class",
  ]

  /// Labels of revenue billed once, beside ``NonCustomerRows/otherRevenue``.
  static let oneTime: Set<String> = [
    "one time", "one off", "non recurring", "one time fee", "one off fee", "setup",
    "set up", "setup fee", "set up fee", "implementation fee",
  ]

  /// Labels of the monthly recurring revenue itself among metrics.
  static let mrr: Set<String> = ["mrr", "monthly recurring revenue"]

  /// Labels of metrics that are not MRR: annual figures, counts and usage.
  static let otherMetrics: Set<String> = [
    "arr", "annual recurring revenue", "annualized revenue", "annualised revenue",
    "run rate", "seats", "users", "active users", "api calls", "calls", "requests", "tokens",
    "customers", "logos", "licenses", "licences", "units", "quantity", "headcount",
    "accounts", "nps", "arpa", "arpu", "acv", "tcv", "bookings", "billings", "cash",
    "collections", "ltv", "cac",
  ]

  /// What a labelled row holds when it is not the customer's MRR.
  enum LeftOut: Sendable, Equatable {
    /// Revenue billed once (services, set-up, one-time fees).
    case oneTime
    /// Another metric than MRR.
    case otherMetric
  }

  /// The label column of a cube: its 0-based index, and whether its labels are metrics with
  /// an MRR row among them.
  struct Column: Sendable, Equatable {
    var index: Int
    var header: String
    /// Some row is labelled MRR: rows of other metrics are left out.
    var hasMRRRows: Bool
  }

  /// The first header cell not already read (`taken`: months, period, amount, roles) that
  /// names a label column, with what its labels say; `nil` when none does.
  /// - Parameters:
  ///   - body: The rows below the header.
  ///   - header: The header row's cells.
  ///   - taken: Columns already read.
  ///   - headerLine: The header's line, for the error.
  ///   - file: The file, for the error.
  /// - Throws: A data error when the column labels the rows by metric and no row is MRR: the
  ///   amounts are not MRR, and summing them would count ARR, seats or calls as revenue.
  /// - Complexity: O(rows).
  static func find(
    _ body: some Collection<ImportTable.Record>, header: [String], taken: Set<Int>, headerLine: Int,
    file: String
  ) throws(ARRQualityError) -> Column? {
    func written(_ c: Int) -> [String] {
      body.map { $0.cell(c) }.filter { !$0.allSatisfy(\.isWhitespace) }
    }
    // A header naming the column, or a blank header over metric names alone (an export that
    // left the metric column unnamed).
    guard
      let c = header.indices.first(where: {
        !taken.contains($0) && headers.contains(NonCustomerRows.key(header[$0]))
      })
        ?? header.indices.first(where: {
          !taken.contains($0) && header[$0].allSatisfy(\.isWhitespace)
            && isMetricColumn(written($0))
        })
    else { return nil }
    let labels = written(c)
    let column = Column(
      index: c, header: header[c].isEmpty ? "column \(c + 1)" : header[c],
      hasMRRRows: labels.contains { mrr.contains(NonCustomerRows.key($0)) })
    let others = otherMetricLabels(labels)
    if isMetricColumn(labels) && !column.hasMRRRows {
      throw .data(
        "\(file):\(headerLine):\(c + 1): column \"\(header[c])\" labels the rows by metric ("
          + others.prefix(4).joined(separator: ", ") + (others.count > 4 ? ", …" : "")
          + ") and no row is MRR: expected rows labelled MRR, which are read (the other "
          + "metrics' rows are left out); summed, the rows would count \(others[0]) as "
          + "revenue. Label the MRR rows MRR, or keep one metric; a table of ARR says so in "
          + "its title or file name (\"ARR by customer\")")
    }
    return column
  }

  /// Whether metrics label every row (a total or a non-customer row aside), another than MRR
  /// among them: a metric column.
  static func isMetricColumn(_ labels: [String]) -> Bool {
    !otherMetricLabels(labels).isEmpty
      && labels.allSatisfy { label in
        let key = NonCustomerRows.key(label)
        return mrr.contains(key) || otherMetrics.contains(key)
          || NonCustomerRows.kind(label) != nil || key == "total"
      }
  }

  /// The metrics other than MRR the column's `labels` name, in first-seen order, written as
  /// the file writes them.
  static func otherMetricLabels(_ labels: [String]) -> [String] {
    var seen = Set<String>()
    var out: [String] = []
    for label in labels {
      let key = NonCustomerRows.key(label)
      guard otherMetrics.contains(key), seen.insert(key).inserted else { continue }
      out.append(label)
    }
    return out
  }

  /// What a row labelled `label` holds that is not MRR, or `nil` when it is read as MRR.
  /// - Complexity: O(label length).
  static func leftOut(_ label: String, in column: Column) -> LeftOut? {
    let key = NonCustomerRows.key(label)
    if NonCustomerRows.otherRevenue.contains(key) || oneTime.contains(key) { return .oneTime }
    if column.hasMRRRows && otherMetrics.contains(key) { return .otherMetric }
    return nil
  }
}
