import ARRCore

/// The as-of month of a subscriptions table read without `--as-of` (`docs/import.md`,
/// "Subscriptions table"): the table holds no export date, so its rows decide.
///
/// Every start is on or before the export's date; an end is either a churn that has happened
/// (on or before it) or a scheduled one (a term's end, a notice given: after it), and the table
/// does not say which. So the export is the latest start's month, and an end after it decides
/// only when its row's status says the subscription has ended (``endedForSure``: the status is
/// the export's) or its column's name does (`ended at`, `churn date`:
/// ``SubscriptionEndColumns/happened``; session 17, lead), and a cancellation column's day notice was given decides as that day (session
/// 16, lead). Any other end after every start is read as scheduled, with a finding (session
/// 16, import2 lane: trial 16, R8 and C2, a notice given ending two months after the latest
/// signup moved the as-of month there, booked the notice as churn and a pending trial as
/// converted; ends more than 3 months past every start were read as scheduled before, the
/// nearer ones decided: a public contracts table's 2027-09 end gave ARR of its one contract
/// still running then).
enum SubscriptionTableAsOf {
  /// Statuses that say a subscription has ended, whatever the billing system: `cancelled` is
  /// not one (Recurly's `canceled` is a live subscription that will not renew, notice given,
  /// where Stripe's and Chargebee's has ended; trial 16, R1).
  static let endedForSure = SubscriptionStatusCheck.ended.subtracting(["cancelled", "canceled"])

  /// The as-of month of `all` and the line that decided it, with a note saying how (a finding
  /// when ends were read as scheduled); `nil` when no row has a start.
  /// - Complexity: O(rows).
  static func decide(_ all: [StripeSubscription], file: String, log: inout ImportLog)
    -> (month: Month, line: Int)?
  {
    // A CRM's won deals were closed before the export: the as-of month is no later than the
    // latest close date, and a deal starting after it is a booking not live yet (decided,
    // session 26, t26b lane; trial 25, T25-17: a co-termed upsell signed to start two months
    // after a HubSpot export put its as-of month there, ARR not live yet in the headline).
    let closes = all.compactMap { s in s.closedAt.map { (month: $0.month, line: s.line) } }
    var byDates = log
    let decided = decideByDates(all, file: file, log: &byDates)
    guard let latestClose = closes.map(\.month).max(), let d = decided, d.month > latestClose
    else {
      log = byDates
      return decided
    }
    let line = closes.filter { $0.month == latestClose }.map(\.line).min()!
    let later = all.filter { ($0.start?.month).map { $0 > latestClose } ?? false }
    let first = later.min { $0.line < $1.line }
    log.notes.append(
      "\(file): the as-of month is that of the deals' latest close date, \(latestClose) (line "
        + "\(line)): a deal is signed before it is exported, so the file was exported then or "
        + "later"
        + (first.map { f in
          "; \(Counted.phrase(later.count, "deal", verb: ("starts", "start"))) after it (line "
            + "\(f.line), from \(f.start!)): bookings not live at as-of, their revenue not in "
            + "the headline"
        } ?? "")
        + "; pass --as-of to measure another month")
    return (latestClose, line)
  }

  /// The as-of month the rows' dates give (starts, ends, updates), with its note or finding.
  private static func decideByDates(
    _ all: [StripeSubscription], file: String, log: inout ImportLog
  ) -> (month: Month, line: Int)? {
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
      (s.isNoticeByColumn ? s.noticeDay : s.endedAt).map { e in
        let isEndedByStatus = endedForSure.contains(CubeLayout.normalized(s.statusText ?? ""))
        return (
          month: e.month, line: s.line, isNotice: s.isNoticeByColumn,
          isEndedByStatus: isEndedByStatus,
          isEnded: s.isNoticeByColumn || isEndedByStatus || s.isEndHappenedByColumn
        )
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
    // A date in the file's name (`subscriptions_2024-06-30.csv`) is the export's when no start,
    // and no end that has happened, is after its month (decided, session 28, t28b lane: the
    // name's date was not read, and the table was measured at its latest start, months early).
    if let named = FileNameDate.month(in: file) {
      let happened = ends.filter { $0.isEnded }.max { ($0.month, -$0.line) < ($1.month, -$1.line) }
      if named.month >= latestStart, happened.map({ $0.month <= named.month }) ?? true {
        let later = subs.compactMap(\.endedAt).filter { $0.month > named.month }.count
        log.notes.append(
          "\(file): the table gives no export date: the as-of month is that of the date in the "
            + "file's name, \(named.month) (\"\(named.text)\"), no earlier than every start (the "
            + "latest \(latestStart), line \(startLine)), so ends up to it have happened"
            + (later == 0
              ? ""
              : " and \(Counted.phrase(later, "later one", verb: ("is", "are"))) read as "
                + "scheduled (terms that end, or notice given)")
            + "; pass --as-of to measure another month")
        return (named.month, startLine)
      }
      let after =
        named.month < latestStart
        ? "a start in \(latestStart) (line \(startLine))"
        : "an end that has happened in \(happened!.month) (line \(happened!.line))"
      log.notes.append(
        "\(file): the date in the file's name, \"\(named.text)\" (\(named.month)), is not read as "
          + "the export's: the table has \(after), after it")
    }
    // Running rows' ends bunched within one month, each on its start's day: every one's next
    // monthly renewal, so the export is from the month before the latest (trial 32, T32-29),
    // unless an end that has happened is later.
    if let bunch = SubscriptionRenewalBunch.find(subs),
      ends.filter(\.isEnded).allSatisfy({ $0.month <= bunch.month })
    {
      log.notes.append(SubscriptionRenewalBunch.note(bunch, file: file))
      return (bunch.month, bunch.line)
    }
    let intro = "\(file): the table gives no export date: the as-of month is that of its latest "
    guard let latestEnd, latestEnd > latestStart else {
      log.notes.append(
        intro + "start or end, \(latestStart) (the start on line \(startLine)); pass --as-of to "
          + "measure another month")
      return (latestStart, startLine)
    }
    // An end after every start is evidence of the export's date only when its row's status
    // says it has ended, its column's name does (`ended at`, `churn date`), or when it is the
    // day notice was given (a cancellation column's).
    let endedAfter = ends.filter { $0.isEnded && $0.month > latestStart }
    let asOf = endedAfter.map(\.month).max() ?? latestStart
    let deciding = endedAfter.filter { $0.month == asOf }.min { $0.line < $1.line }
    let asOfLine = deciding?.line ?? startLine
    let decidedBy =
      deciding == nil
      ? "start, \(latestStart) (line \(startLine))"
      : deciding!.isNotice
        ? "start, end or cancellation, \(asOf) (the cancellation on line \(asOfLine), after "
          + "every start; its end is later, scheduled)"
        : deciding!.isEndedByStatus
          ? "end whose status says it ended, \(asOf) (line \(asOfLine)), after every start"
          : "end in a column that says it happened, \(asOf) (line \(asOfLine)), after every "
            + "start"
    guard latestEnd > asOf else {
      log.notes.append(intro + decidedBy + "; pass --as-of to measure another month")
      return (asOf, asOfLine)
    }
    let endLine = ends.filter { $0.month == latestEnd }.map(\.line).min()!
    let laterAll = subs.compactMap(\.endedAt).filter { $0.month > asOf }.count
    log.findings.append(
      intro + decidedBy + ": \(laterAll) "
        + (laterAll == 1 ? "end falls" : "ends fall") + " after it, up to \(latestEnd) (line "
        + "\(endLine)), so they are read as scheduled (terms that end, or notice given), not as "
        + "churn that has happened: an end after every start says nothing of the export's date "
        + "unless its row's status says it ended; a customer whose every subscription ends after "
        + "\(asOf) has given notice, unless its end closes whole years from its start (a term's "
        + "end); if the file was exported later, pass --as-of with its month (at most "
        + "\(latestEnd))")
    return (asOf, asOfLine)
  }
}
