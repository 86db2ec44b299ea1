import ARRCore

extension LineLabels {
  /// Rows of other metrics left out, for the note: each metric as written with its row count,
  /// in first-seen order.
  struct MetricRows: Sendable, Equatable {
    var counts: [(label: String, rows: Int)] = []

    static func == (a: MetricRows, b: MetricRows) -> Bool {
      a.counts.map(\.label) == b.counts.map(\.label) && a.counts.map(\.rows) == b.counts.map(\.rows)
    }

    mutating func add(_ label: String) {
      let key = NonCustomerRows.key(label)
      if let k = counts.firstIndex(where: { NonCustomerRows.key($0.label) == key }) {
        counts[k].rows += 1
      } else {
        counts.append((label, 1))
      }
    }

    /// "file: column "Metric" labels each row's metric: the rows labelled MRR are read, and
    /// the other metrics' rows left out of every figure: ARR (5 rows), API calls (5 rows)", or
    /// `nil` for none.
    func note(file: String, column: LineLabels.Column) -> String? {
      guard !counts.isEmpty else { return nil }
      return "\(file): column \"\(column.header)\" labels each row's metric: the rows labelled "
        + "MRR are read, and the other metrics' rows left out of every figure: "
        + counts.map { "\($0.label) (\(Counted.phrase($0.rows, "row")))" }
        .joined(separator: ", ")
    }
  }

  /// A monthly table's rows labelled revenue billed once, read as their customers' one-time
  /// revenue: the labels as written (first-seen order), the rows and their amounts.
  struct OneTimeRows: Sendable, Equatable {
    var labels: [String] = []
    var rows = 0
    var cents: Int64 = 0

    mutating func add(_ label: String, cents amount: Int64) {
      let key = NonCustomerRows.key(label)
      if !labels.contains(where: { NonCustomerRows.key($0) == key }) { labels.append(label) }
      rows += 1
      cents = cents &+ amount
    }

    /// "file: column "revenue_type" labels 3 rows as revenue billed once (Professional
    /// services, Implementation, One-time): read as their customers' one-time revenue,
    /// $12,500.00 in all, not MRR", or `nil` for none.
    func note(file: String, column: LineLabels.Column, currency: String?) -> String? {
      guard rows > 0 else { return nil }
      return "\(file): column \"\(column.header)\" labels \(Counted.phrase(rows, "row")) as "
        + "revenue billed once (\(labels.prefix(4).joined(separator: ", "))"
        + (labels.count > 4 ? ", …" : "") + "): read as their customers' one-time revenue, "
        + "\(Money.text(cents: cents, currency: currency)) in all, not MRR"
    }
  }
}
