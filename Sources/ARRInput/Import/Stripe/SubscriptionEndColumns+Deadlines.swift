import ARRCore

/// A `Notice Date` column holding the last day to give notice, not the day it was given
/// (`docs/import.md`, "Subscriptions table", "Notice dates"; session 51, crm lane; review 51,
/// R51-8).
///
/// Many registers and CLM exports (Ironclad, DocuSign CLM) write under `Notice Date` the day by
/// which notice must be given, a fixed span before each contract's end. Read as notice given (a
/// day before the end), every auto-renewing contract of such a register had given notice:
/// committed $0 for $120,000, quality-adjusted $0.
///
/// Decided: a notice column filled on every row with an end (two rows at least), each day the
/// same number of days before its row's end (within 3 days either way: 90 days before the end
/// of a 30- or 31-day month), is a column of deadlines: not read (listed as ignored), with a
/// note. A column of notices given is filled only on the rows that gave one, on days of their
/// own.
extension SubscriptionEndColumns {
  /// Days either way a deadline may vary around its column's span (months of 28 to 31 days).
  static let deadlineSlack: Int32 = 3

  /// Drops from ``notices`` the columns of deadlines (see the notes) and returns them with
  /// their span in days and the rows read.
  /// - Parameters:
  ///   - rows: The body's rows' cells.
  ///   - isBlank: Whether a cell says no value.
  ///   - parse: Reads a cell as a day.
  /// - Complexity: O(rows × notice columns).
  mutating func dropDeadlines(
    _ rows: [[String]], isBlank: (String) -> Bool, parse: (String) -> CivilDate?
  ) -> [(column: Int, days: Int32, rows: Int)] {
    var dropped = [(column: Int, days: Int32, rows: Int)]()
    for c in notices {
      var spans = [Int32]()
      var isDeadline = true
      for cells in rows {
        guard let e = end(in: cells, isBlank: isBlank), let endDay = parse(e.text) else {
          continue
        }
        guard c < cells.count, let day = parse(cells[c]), day < endDay else {
          isDeadline = false
          break
        }
        spans.append(endDay.daysSinceEpoch - day.daysSinceEpoch)
      }
      guard isDeadline, spans.count >= 2, let low = spans.min(), let high = spans.max(),
        high - low <= 2 * Self.deadlineSlack
      else { continue }
      dropped.append((c, (low + high) / 2, spans.count))
    }
    let columns = Set(dropped.map(\.column))
    notices.removeAll { columns.contains($0) }
    return dropped
  }
}

extension SubscriptionStatusCheck {
  /// Rows whose notice day (a cancellation or notice column's, ``StripeSubscription/noticeDay``)
  /// falls after the as-of month: notice not given yet at as-of, so none (review 51, R51-8: a day
  /// that has not come cannot be a notice received). Returns how many and the first.
  /// - Complexity: O(rows).
  static func dropLaterNotices(
    _ groups: inout [(customer: String, subs: [StripeSubscription])], asOf: Month
  ) -> (count: Int, line: Int, day: CivilDate)? {
    var first: (count: Int, line: Int, day: CivilDate)?
    for g in groups.indices {
      for i in groups[g].subs.indices {
        let s = groups[g].subs[i]
        guard s.isNoticeByColumn, let day = s.noticeDay, day.month > asOf else { continue }
        groups[g].subs[i].isNoticeByColumn = false
        groups[g].subs[i].noticeDay = nil
        if first == nil || s.line < first!.line { first = (first?.count ?? 0, s.line, day) }
        first!.count += 1
      }
    }
    return first
  }
}
