import ARRCore

/// A subscriptions table's end columns when it has more than one, and what a cancellation
/// column beside the end says (`docs/import.md`, "Subscriptions table"; session 16, lead).
///
/// Billing systems keep two dates for a cancellation: when it was asked for and when service
/// ends. Recurly's subscriptions export writes `canceled_at` ("the date the subscription was
/// marked canceled", notice) beside `expires_at` (when it ends, or ended); Maxio (Chargify)
/// writes `delayed_cancel_at` (a cancellation scheduled for a later date) beside `canceled_at`
/// (when it ended). Read from `canceled_at` alone, a Recurly subscription cancelled in May and
/// paid through July churned in May, and a Maxio subscription set to end in August read as
/// retained (the sixteenth session's trial, R1 and M2).
///
/// The rule, by header and never by vendor. End columns are of three kinds: **ends** (`end
/// date`, `ended at`, `expires at`, `contract end`…: when service ends or ended), **scheduled
/// cancellations** (``scheduled``) and **cancellations** (``cancellation``: when one was made).
/// - With an end column, a row's end is its first end column's cell: blank, the row has not
///   ended (a `canceled_at` beside a blank `ended_at` is no end: ergest/metricsplaybook's
///   public table), unless a scheduled cancellation column has a day, which is then the end.
/// - Without one, the end is the first scheduled cancellation column's day, else the first
///   cancellation column's (a Maxio row that ended has `canceled_at`, a running one set to end
///   `delayed_cancel_at`).
/// - An end read from a scheduled cancellation column is notice given; so is a day in a
///   cancellation column before an end read from another column (that day). The same day, or
///   a later one, is the churn written twice.
///
/// Notice given means the customer's cancellation date is the end, never read as a term's end
/// or the next renewal (``StripeSubscriptionImporter``).
struct SubscriptionEndColumns: Sendable {
  /// Headers (normalised) of columns that hold the day a cancellation takes effect when it was
  /// scheduled ahead: an end read from one is notice given.
  static let scheduled: Set<String> = [
    "delayed cancel at", "scheduled cancel at", "scheduled cancellation date",
    "scheduled cancel date", "cancel at", "cancels at", "cancels on", "cancellation effective date",
  ]
  /// Headers (normalised) of columns that hold the day a cancellation was made: beside an end
  /// read from another column, when notice was given.
  static let cancellation: Set<String> = [
    "canceled at", "cancelled at", "canceled on", "cancelled on", "cancellation date",
    "cancel date", "canceled date", "cancelled date", "subscription cancelled date",
    "subscription canceled date",
  ]

  /// Headers (normalised) of end columns whose name says the end has happened (`ended at`,
  /// `expired at`, `churn date`): a day in one is a churn the export saw, where `end date`,
  /// `expires at` or `contract end` may be a term's end or a cancellation still ahead
  /// (``SubscriptionTableAsOf``; session 17, lead: a churn table with no status whose last
  /// churns came after its last signup was measured at that signup, its churns unread).
  static let happened: Set<String> = [
    "ended at", "ended on", "subscription ended at", "expired at", "expired on", "churn date",
    "churned at", "churned on", "churned date",
  ]

  /// The end columns in the order they are read: the first end column (none or one), the
  /// scheduled cancellation columns, then the cancellation columns when there is no end column.
  let columns: [Int]
  /// The normalised header of each column in ``columns``.
  let keys: [String]
  /// The cancellation columns (whether read as ends or not), for the day notice was given.
  let cancellations: [Int]
  /// The columns holding the day notice was given (``noticeDates``), never read as an end.
  var notices: [Int]

  /// Headers (normalised) of columns holding the day notice was given (a contracts register's
  /// `Notice Date`): a day there before the end is notice given, as a cancellation's (trial 50,
  /// T50-25: Echo's notice of 2026-09-20 was ignored, the account "retained" and committed).
  /// A bare `Notice` holding days is one too (session 53, crm lane; review 52b, R52b-19: filled
  /// for two rows of four, on their deadlines, it was not read, committed +38%); as `Notice
  /// Date`, it may hold deadlines (``deadlineNames``).
  static let noticeDates: Set<String> = [
    "notice", "notice date", "notice given date", "notice received date", "notice given on",
    "notice received on", "date of notice", "cancellation notice date", "non renewal notice date",
    "nonrenewal notice date", "notice of non renewal", "notice of non renewal date",
  ]

  /// - Parameters:
  ///   - keys: The header's cells, normalised.
  ///   - assigned: The columns serving a role (the end's among them).
  ///   - end: The end's column, if any (the first of the end's aliases the header has).
  ///   - aliases: The end's aliases, in rank order (ends, then scheduled cancellations, then
  ///     cancellations, then the contract's ends).
  init(keys: [String], assigned: Set<Int>, end: Int?, aliases: [String]) {
    notices = keys.indices.filter { Self.noticeDates.contains(keys[$0]) && !assigned.contains($0) }
    guard let end else {
      columns = []
      self.keys = []
      cancellations = []
      return
    }
    func of(_ names: Set<String>) -> [Int] {
      aliases.filter(names.contains).flatMap { alias in
        keys.indices.filter { keys[$0] == alias && ($0 == end || !assigned.contains($0)) }
      }
    }
    let scheduled = of(Self.scheduled)
    let cancellations = of(Self.cancellation)
    let isEnd = !Self.scheduled.contains(keys[end]) && !Self.cancellation.contains(keys[end])
    columns = (isEnd ? [end] : []) + scheduled + (isEnd ? [] : cancellations)
    self.keys = columns.map { keys[$0] }
    self.cancellations = cancellations
  }

  /// The end cell of a row and its column: the first of ``columns`` with a value, or the first
  /// column's blank cell; `nil` without an end column.
  /// - Parameters:
  ///   - cells: The row's cells.
  ///   - isBlank: Whether a cell says no value (blank, `NULL`…).
  func end(in cells: [String], isBlank: (String) -> Bool) -> (text: String, column: Int)? {
    guard let first = columns.first else { return nil }
    for c in columns where c < cells.count && !isBlank(cells[c]) { return (cells[c], c) }
    return (first < cells.count ? cells[first] : "", first)
  }

  /// Whether an end read from `column` has happened by its column's name (``happened``).
  func isHappened(endColumn column: Int) -> Bool {
    guard let k = columns.firstIndex(of: column) else { return false }
    return Self.happened.contains(keys[k])
  }

  /// What a row whose end (`end`) was read from `column` says of notice: given when the end
  /// came from a scheduled cancellation column (its day unknown), or when a cancellation
  /// column other than it holds a day before the end (that day). A cancellation dated on or
  /// after the end is the churn itself, no notice (a table that writes the day twice).
  /// - Parameters:
  ///   - cells: The row's cells.
  ///   - column: The column the end was read from.
  ///   - end: The end read.
  ///   - parse: Reads a cell as a day (`nil` when it is none).
  func notice(
    _ cells: [String], endColumn column: Int, end: CivilDate, parse: (String) -> CivilDate?
  ) -> (isGiven: Bool, day: CivilDate?) {
    guard let k = columns.firstIndex(of: column) else { return (false, nil) }
    if Self.scheduled.contains(keys[k]) { return (true, nil) }
    for c in cancellations + notices where c != column && c < cells.count {
      guard let day = parse(cells[c]), day < end else { continue }
      return (true, day)
    }
    return (false, nil)
  }

  /// The first day a cancellation column of the row holds, and its column: the end of a row
  /// whose status says it has ended and whose end column is blank (Zuora's cancelled
  /// subscription with no effective end: its `Subscription.CancelledDate`; session 28, t28b
  /// lane); `nil` when none holds a day.
  func cancellationDay(_ cells: [String], parse: (String) -> CivilDate?) -> (
    day: CivilDate, column: Int
  )? {
    for c in cancellations where c < cells.count {
      if let day = parse(cells[c]) { return (day, c) }
    }
    return nil
  }
}
