import ARRCore

/// A monthly table of level snapshots at regular dates (`customer_id,quarter_end,arr`: a board
/// pack's "ARR by customer, quarterly"; `docs/import.md`, "Monthly table"; trial 22, T22-20).
///
/// Read as they are, a quarter's snapshot was one month's level and the two months after it
/// were empty: gaps, as invoices leave them. Renamed as the old refusal advised (a start
/// date), each snapshot became another subscription added up: $5.27M for $986K. A date column
/// named as a snapshot date (``MonthlyTableLayout/snapshotNames``), with a level amount (`arr`,
/// `mrr`), whose rows fall on at least ``minimumSnapshots`` months spaced evenly 2 to 12 months
/// apart, with some customer on two of them, is a table of levels: each customer's level at a
/// snapshot holds through the months before the next one, and a customer with no row at a
/// snapshot has none then. The months between snapshots are not observed: a note says so.
enum SnapshotLevels {
  /// Snapshot months a table needs to show its spacing.
  static let minimumSnapshots = 3

  /// What carrying did: the spacing in months, the snapshot months, the customer-months filled
  /// and the amount they add (hundredths).
  struct Carried: Sendable, Equatable {
    var spacing: Int
    var snapshots: [Int]
    var months: Int
    var added: Int64
  }

  /// The spacing of `months` (offsets of the months holding rows, ascending): the one gap
  /// between every two, 2 to 12; `nil` for fewer than ``minimumSnapshots`` months or uneven
  /// gaps.
  static func spacing(_ months: [Int]) -> Int? {
    guard months.count >= minimumSnapshots else { return nil }
    let gap = months[1] - months[0]
    guard (2...12).contains(gap),
      zip(months, months.dropFirst()).allSatisfy({ $1 - $0 == gap })
    else { return nil }
    return gap
  }

  /// Carries each account's level in `cells` (accounts × `span` months, row-major) from each
  /// snapshot month through the month before the next, when `snapshotMonths` are evenly
  /// spaced (``spacing(_:)``) and some account has a level at two of them; `nil` (and `cells`
  /// unchanged) otherwise. The months after the last snapshot are left as they are.
  /// - Complexity: O(accounts × span).
  static func carry(_ cells: inout [Int64], span: Int, snapshotMonths: [Int]) -> Carried? {
    guard let gap = spacing(snapshotMonths), span > 0 else { return nil }
    let accounts = cells.count / span
    let isSeveral = (0..<accounts).contains { a in
      snapshotMonths.count { cells[a * span + $0] != 0 } >= 2
    }
    guard isSeveral else { return nil }
    var months = 0
    var added: Int64 = 0
    for a in 0..<accounts {
      for (s, next) in zip(snapshotMonths, snapshotMonths.dropFirst()) {
        let level = cells[a * span + s]
        guard level != 0 else { continue }
        for m in (s + 1)..<next where cells[a * span + m] == 0 {
          cells[a * span + m] = level
          months += 1
          added &+= level
        }
      }
    }
    return Carried(spacing: gap, snapshots: snapshotMonths, months: months, added: added)
  }

  /// The note for `carried`, the table's snapshot column `period` and amount `amount` in
  /// `file`, its first month `first`.
  static func note(
    _ carried: Carried, file: String, period: String, amount: String, first: Month
  ) -> String {
    let from = first.adding(months: carried.snapshots.first ?? 0)
    let to = first.adding(months: carried.snapshots.last ?? 0)
    return "\(file): \"\(period)\" names snapshot dates and \"\(amount)\" a level: the rows are "
      + "levels at \(carried.snapshots.count) dates \(carried.spacing) months apart (\(from) to "
      + "\(to)), so each customer's level is carried through the months before the next "
      + "snapshot, and a customer with no row at a snapshot has none then; "
      + "\(CountText.grouped(carried.months)) customer-month\(carried.months == 1 ? "" : "s") "
      + "carried (\(Money.decimalString(cents: carried.added)) counted in the tie-out's source as "
      + "read). The months between snapshots are not observed: a change or a churn inside one "
      + "shows at the next snapshot"
  }
}
