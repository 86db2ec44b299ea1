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
/// Decided: a notice column whose name may be a deadline's (``deadlineNames``: `Notice Date`,
/// a bare `Notice`, never `Notice Received Date`, `Notice Given Date`, `Date of Notice`, `Cancellation Notice
/// Date`, which say the notice happened; session 52, crm lane; review 51b, R51b-2: customers who
/// gave notice on the last allowed day lost it, committed $24,000 for $0) filled on every row
/// with an end (two rows at least) is a column of deadlines, not read (listed as ignored), with
/// a note, when each day is
/// - the same number of days before its row's end (within 3 days either way: 90 days before the
///   end of a 30- or 31-day month), or
/// - its row's own notice period before its end, a notice period column beside (``periodDays``;
///   review 51b, R51b-13: 90, 30 and 60 days on three rows were notice given, committed $96,000
///   for $120,000), within the same 3 days.
/// A column of notices given is filled only on the rows that gave one, on days of their own.
extension SubscriptionEndColumns {
  /// Days either way a deadline may vary around its column's span (months of 28 to 31 days).
  static let deadlineSlack: Int32 = 3

  /// Headers (normalised) of notice columns that may hold deadlines: the plain name, which
  /// registers use for both. A name saying the notice was given or received never does.
  static let deadlineNames: Set<String> = [
    "notice", "notice date", "non renewal notice date", "nonrenewal notice date",
  ]

  /// A column of the row's notice period (`Notice Period (days)`, `Notice Period`, `Notice
  /// (days)`, `Notice Days`, `Notice Period (months)`): its index and whether it counts months.
  /// A header naming a date is none.
  static func periodColumn(_ keys: [String]) -> (column: Int, isMonths: Bool)? {
    for (c, key) in keys.enumerated() {
      let words = key.split { !$0.isLetter }.map(String.init)
      guard words.first == "notice", !words.contains("date"), !words.contains("given"),
        words.contains("period") || words.contains("days") || words.contains("months")
      else { continue }
      return (c, words.contains("months"))
    }
    return nil
  }

  /// A notice period cell in days: `90`, `90 days`, `3 months`, `3` in a column of months (a
  /// month 30 days, a deadline's slack absorbing the rest); `nil` when it is none.
  static func periodDays(_ cell: String, isMonths: Bool) -> Int32? {
    let words = cell.lowercased().split { !$0.isLetter && !$0.isNumber }
    guard let first = words.first, let n = Int32(first), n >= 0, n <= 3_660 else { return nil }
    let unit = words.dropFirst().first.map(String.init) ?? ""
    if unit.hasPrefix("month") || (unit.isEmpty && isMonths) { return n <= 120 ? n * 30 : nil }
    guard unit.isEmpty || unit.hasPrefix("day") else { return nil }
    return n
  }

  /// Drops from ``notices`` the columns of deadlines (see the notes) and returns them with
  /// their span in days (`nil` when each row's own notice period gave it) and the rows read.
  /// - Parameters:
  ///   - rows: The body's rows' cells.
  ///   - keys: The header's cells, normalised.
  ///   - isBlank: Whether a cell says no value.
  ///   - parse: Reads a cell as a day.
  /// - Complexity: O(rows × notice columns).
  mutating func dropDeadlines(
    _ rows: [[String]], keys: [String], isBlank: (String) -> Bool,
    parse: (String) -> CivilDate?
  ) -> [(column: Int, days: Int32?, rows: Int)] {
    var dropped = [(column: Int, days: Int32?, rows: Int)]()
    let period = Self.periodColumn(keys)
    for c in notices where c < keys.count && Self.deadlineNames.contains(keys[c]) {
      var spans = [Int32]()
      // Each row's span less its own notice period, while every row gives one.
      var offsets: [Int32]? = period == nil ? nil : []
      var isDeadline = true
      for cells in rows {
        guard let e = end(in: cells, isBlank: isBlank), let endDay = parse(e.text) else {
          continue
        }
        guard c < cells.count, let day = parse(cells[c]), day < endDay else {
          isDeadline = false
          break
        }
        let span = endDay.daysSinceEpoch - day.daysSinceEpoch
        spans.append(span)
        if let p = period, p.column < cells.count,
          let days = Self.periodDays(cells[p.column], isMonths: p.isMonths)
        {
          offsets?.append(span - days)
        } else {
          offsets = nil
        }
      }
      guard isDeadline, spans.count >= 2, let low = spans.min(), let high = spans.max() else {
        continue
      }
      if high - low <= 2 * Self.deadlineSlack {
        dropped.append((c, (low + high) / 2, spans.count))
      } else if let offsets, offsets.allSatisfy({ abs($0) <= Self.deadlineSlack }) {
        dropped.append((c, nil, spans.count))
      }
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
