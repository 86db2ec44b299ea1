import ARRCore

/// The as-of month of a subscriptions table read without `--as-of` (`docs/import.md`,
/// "Subscriptions table"): the table holds no export date, so its rows decide.
///
/// Every start is on or before the export's date; an end is either a churn that has happened
/// (on or before it) or a scheduled one (a term's end, a notice given: after it). So the export
/// is at least the latest start's month, and the latest start or end is taken, as a churn after
/// the last new customer is common. Ends running more than ``scheduledGap`` months past every
/// start are read as scheduled instead: a business that kept losing customers for months with
/// not one new one is rarer than a contract table whose terms end in the future, and read so its
/// months up to those ends were billed as if they had happened (a public contracts table's
/// 2027-09 end gave ARR of its one contract still running then).
enum SubscriptionTableAsOf {
  /// Months an end may run past every start and still decide the as-of month.
  static let scheduledGap = 3

  /// The as-of month of `all` and the line that decided it, with a note saying how (a finding
  /// when ends were read as scheduled); `nil` when no row has a start.
  /// - Complexity: O(rows).
  static func decide(_ all: [StripeSubscription], file: String, log: inout ImportLog)
    -> (month: Month, line: Int)?
  {
    // A row whose status says it has not started (Chargebee's `future`) starts on a scheduled
    // date: it says nothing of the export's, unless every row is one (fifteenth session's trial:
    // such a start would have put the as-of month months ahead, every running row billed there).
    let started = all.filter { !SubscriptionStatusCheck.saysNotStarted($0.statusText ?? "") }
    let subs = started.isEmpty ? all : started
    guard let latestStart = subs.compactMap(\.start).map(\.month).max() else { return nil }
    let startLine = subs.filter { $0.start?.month == latestStart }.map(\.line).min()!
    // An end on a row whose status says it runs is its period's end, still ahead: it says
    // nothing of the export's date (review 13, F21: renewal dates moved the as-of month past
    // every start).
    // Nor does an end a cancellation column marks as notice given (a scheduled cancellation,
    // or a cancellation day before the end: ``SubscriptionEndColumns``): the end was set ahead
    // when notice was given, and the day notice was given (when known) is what happened
    // (session 16, lead: Recurly's `expires_at` two months after the last start moved the
    // as-of month there, the notice read as churn).
    let ends = subs.filter { $0.statusSaysRunning != true }.compactMap { s in
      (s.isNoticeByColumn ? s.noticeDay : s.endedAt).map {
        (month: $0.month, line: s.line, isNotice: s.isNoticeByColumn)
      }
    }
    let latestEnd = ends.map(\.month).max()
    // Rows that say when they were last written (`updated_at`) put the export no earlier than
    // the latest of them: ends up to it have happened, later ones are scheduled (decided,
    // eleventh session's trial: Rishika73/enterprise-customer-revenue-platform's public
    // `subscriptions.csv`, updated up to 2026-09-12, was read as of its latest start, 2026-04,
    // five months early, its September renewals five months away).
    let updates = subs.compactMap { s in s.updatedAt.map { (month: $0.month, line: s.line) } }
    if let latestUpdate = updates.map(\.month).max(), latestUpdate >= latestStart {
      let line = updates.filter { $0.month == latestUpdate }.map(\.line).min()!
      let later = subs.compactMap(\.endedAt).filter { $0.month > latestUpdate }.count
      log.notes.append(
        "\(file): the as-of month is that of the rows' latest update, \(latestUpdate) (line "
          + "\(line)): the file was exported then or later, so ends up to it have happened and "
          + "\(later) later one\(later == 1 ? " is" : "s are") read as scheduled (terms that end, "
          + "or notice given); pass --as-of to measure another month")
      return (latestUpdate, line)
    }
    let intro = "\(file): the table gives no export date: the as-of month is that of its latest "
    guard let latestEnd, latestEnd > latestStart else {
      log.notes.append(
        intro + "start or end, \(latestStart) (the start on line \(startLine)); pass --as-of to "
          + "measure another month")
      return (latestStart, startLine)
    }
    let deciding = ends.filter { $0.month == latestEnd }.min { $0.line < $1.line }!
    let endLine = deciding.line
    guard latestEnd.months(since: latestStart) > scheduledGap else {
      log.notes.append(
        deciding.isNotice
          ? intro + "start, end or cancellation, \(latestEnd) (the cancellation on line "
            + "\(endLine), after every start; its end is later, scheduled); pass --as-of to "
            + "measure another month"
          : intro + "start or end, \(latestEnd) (the end on line \(endLine), after every start: "
            + "if ends are scheduled, that is past the export's date); pass --as-of to measure "
            + "another month")
      return (latestEnd, endLine)
    }
    let laterAll = subs.compactMap(\.endedAt).filter { $0.month > latestStart }.count
    log.findings.append(
      intro + "start, \(latestStart) (line \(startLine)): \(laterAll) "
        + (laterAll == 1 ? "end falls" : "ends fall") + " after it, up to \(latestEnd) (line "
        + "\(endLine)), more than \(scheduledGap) months after every start, so they are read as "
        + "scheduled (terms that end, or notice given), not as churn that has happened; a "
        + "customer whose every subscription ends after \(latestStart) has given notice, unless "
        + "its end closes whole years from its start (a term's end); if the file was exported "
        + "later, pass --as-of with its month (at most \(latestEnd))")
    return (latestStart, startLine)
  }
}
