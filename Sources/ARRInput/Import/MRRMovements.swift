import ARRCore

/// Movement labels found where an MRR movements log was not read (``MovementLogReader``
/// declined the file): a ledger's type column or a monthly table's column naming both a gain
/// and a loss of MRR, or a file of no shape. Read as invoices or as MRR such a file gives wrong
/// figures with nothing to show for it (churn read as a credit note, a month's change as its
/// whole revenue), so it is refused, saying what a movements log needs and that
/// `--shape movements` reads it (`docs/import.md`, "MRR movements log").
///
/// The labels here are the unambiguous ones: deal types (`Upgrade`, `Downgrade`) beside
/// invoice amounts are no sign of movements.
enum MRRMovements {
  /// Labels of a loss of MRR, after ``CubeLayout/normalized(_:)``.
  static let losses: Set<String> = [
    "churn", "churned", "contraction", "cancellation", "voluntary churn", "delinquent churn",
    "churn mrr", "contraction mrr",
  ]
  /// Labels of a customer's loss of all its MRR: a level after one is 0.
  static let churns: Set<String> = [
    "churn", "churned", "cancellation", "voluntary churn", "delinquent churn", "churn mrr",
  ]
  /// Labels of a gain of MRR.
  static let gains: Set<String> = [
    "new", "new biz", "new business", "new mrr", "expansion", "expansion mrr", "reactivation",
    "reactivated", "resubscription",
  ]

  /// Whether `label` names a churn.
  static func isChurn(_ label: String) -> Bool { churns.contains(CubeLayout.normalized(label)) }

  /// Whether `label` names a loss of MRR (a churn or a contraction).
  static func isLoss(_ label: String) -> Bool { losses.contains(CubeLayout.normalized(label)) }

  /// The movement labels among `values` (a column's distinct cells), sorted, when they name
  /// both a gain and a loss of MRR (one kind alone may be a plan name or a status); `nil`
  /// otherwise.
  static func labels<S: Sequence<String>>(in values: S) -> [String]? {
    var found = Set<String>()
    var isGain = false
    var isLoss = false
    for v in values {
      let key = CubeLayout.normalized(v)
      if gains.contains(key) {
        isGain = true
        found.insert(v)
      } else if losses.contains(key) {
        isLoss = true
        found.insert(v)
      }
    }
    return isGain && isLoss ? found.sorted() : nil
  }

  /// The refusal for `file`, whose column `column` holds the movement labels `labels`.
  static func refusal(file: String, column: String, labels: [String]) -> ARRQualityError {
    .data(message(file: file, column: column, labels: labels))
  }

  /// The refusal's message, for a file that read as no shape at all but whose columns below
  /// its first row hold movement labels (a log whose customer, date or amount header is not
  /// one a movements log's reader knows): `nil` when no column does.
  /// - Complexity: O(cells of the table).
  static func inColumns(_ table: ImportTable) -> String? {
    guard let header = table.records.first?.cells else { return nil }
    // The first 200 columns, and of each its distinct values while they are few: a column of
    // more than 64 (ids, dates, amounts) holds no labels, and a hostile file of a million rows
    // or cells must not be kept whole in sets.
    for (c, name) in header.prefix(200).enumerated() where !name.isEmpty {
      var values = Set<String>()
      for r in table.records.dropFirst() where c < r.cells.count {
        values.insert(r.cells[c])
        if values.count > 64 { break }
      }
      guard values.count <= 64 else { continue }
      if let labels = labels(in: values) {
        return message(file: table.file, column: name, labels: labels)
      }
    }
    return nil
  }

  /// The text of ``refusal(file:column:labels:)``.
  static func message(file: String, column: String, labels: [String]) -> String {
    "\(file): column \"\(column)\" holds MRR movement types ("
      + labels.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ")
      + ") but the file does not read as an MRR movements log, and read as invoices or as "
      + "MRR every figure would be wrong (a churn as a credit note, an expansion as a month's "
      + "whole revenue); a movements log needs a customer (id or name), a date and an amount "
      + "column whose amounts are changes (a header such as mrr_movement or mrr_change, a loss "
      + "written negative, or a churn with an amount); if they are, pass --shape movements"
  }
}
