import ARRCore

/// A plan change log read as a monthly table: each row a customer's (or a subscription's) MRR
/// from the date of an event (`new`, `upgrade`, `cancelled`) until its next row, not one
/// month's MRR (`docs/import.md`, "A plan change log").
///
/// Read as a table of months, such a file gives each customer revenue only in the months of its
/// events: a customer who started in January and changed nothing shows MRR in January alone,
/// and headline ARR at the last month counts only the customers with an event in it (thirteenth
/// session: a log of three customers imported with ARR 0 at its last month). The rows are a
/// change log when an event column says so (a start label and a change or end label among its
/// values), at least one customer or subscription has two rows, the levels carried forward
/// would fill more customer-months than the rows give, and fewer than half of a key's
/// consecutive rows repeat the level of the month before (a table of levels repeats, a log of
/// changes does not).
///
/// Decided (the reverted first attempt, 21bfa13, and review 12): a level is carried per
/// subscription when the table has a subscription id column, per customer otherwise; an end
/// label ends the level whatever the amount (a cancelled plan's price is not MRR after it); a
/// key whose first row is a change or an end (`upgrade`, `cancelled`) paid before that row at a
/// level the log does not give, and a finding says so; a start label on a key still paying is
/// read as replacing its level, and a finding says that several subscriptions need a
/// subscription column.
enum ChangeLog {
  /// What an event label says about the level.
  enum Kind: Sendable, Equatable {
    /// A subscription's start (`new`, `created`): nothing was paid before.
    case start
    /// A change of a level paid before (`upgrade`, `downgrade`, `renewal`).
    case change
    /// A return after an end (`reactivation`): nothing was paid just before.
    case restart
    /// An end (`cancelled`, `churn`): the level is 0 from the row's month.
    case end
    /// No label, or one not known: the row's amount is the level.
    case unlabelled
  }

  /// Labels of each kind, after ``CubeLayout/normalized(_:)``.
  static let starts: Set<String> = [
    "new", "new biz", "new business", "new subscription", "new mrr", "created", "create",
    "subscription created", "started", "start", "subscribed", "subscription started",
    "activated", "activation", "signup", "sign up", "signed up", "trial converted", "converted",
  ]
  static let changes: Set<String> = [
    "upgrade", "upgraded", "downgrade", "downgraded", "expansion", "contraction", "plan change",
    "plan changed", "changed", "change", "updated", "update", "subscription updated", "renewal",
    "renewed", "quantity change", "seat change", "price change", "expansion mrr",
    "contraction mrr",
  ]
  static let restarts: Set<String> = [
    "reactivation", "reactivated", "resubscription", "resubscribed", "restarted",
  ]
  static let ends: Set<String> = [
    "churn", "churned", "cancel", "cancelled", "canceled", "cancellation", "ended", "end",
    "terminated", "termination", "expired", "voluntary churn", "delinquent churn", "churn mrr",
    "subscription cancelled", "subscription canceled", "subscription ended",
  ]
  /// Headers of a subscription id column, after ``MonthlyTableLayout/key(_:)``.
  static let subscriptionNames: Set<String> = [
    "subscription id", "subscription", "sub id", "subscription key", "subscription number",
  ]

  /// The kind `label` names.
  static func kind(_ label: String) -> Kind {
    let key = CubeLayout.normalized(label)
    if starts.contains(key) { return .start }
    if changes.contains(key) { return .change }
    if restarts.contains(key) { return .restart }
    if ends.contains(key) { return .end }
    return .unlabelled
  }

  /// The first column of `body` (not in `excluding`) whose values hold a start label and a
  /// change or end label: the event column; `nil` when none does. A column of more than 64
  /// distinct values (ids, dates, amounts) is not one.
  /// - Complexity: O(columns × rows) at most, each column's scan stopping at 65 values.
  static func eventColumn(
    header: [String], body: some Collection<ImportTable.Record>, excluding: Set<Int>
  ) -> Int? {
    for c in header.indices.prefix(200) where !excluding.contains(c) {
      var values = Set<String>()
      for r in body where c < r.cells.count && !r.cells[c].isEmpty {
        values.insert(r.cells[c])
        if values.count > 64 { break }
      }
      guard values.count <= 64 else { continue }
      let kinds = Set(values.map(kind))
      if kinds.contains(.start) && (kinds.contains(.change) || kinds.contains(.end)) { return c }
    }
    return nil
  }

  /// The subscription id column among `header` (not in `excluding`), if any.
  static func subscriptionColumn(header: [String], excluding: Set<Int>) -> Int? {
    header.indices.first {
      !excluding.contains($0) && subscriptionNames.contains(MonthlyTableLayout.key(header[$0]))
    }
  }

  /// One row of the log.
  struct Event: Sendable, Equatable {
    /// The carried key (a subscription, or the customer when there is no subscription column).
    var key: Int
    var account: Int
    /// Months since the table's first.
    var month: Int
    /// The row's date, when the cell names a day (orders two events of one month).
    var day: CivilDate?
    var line: Int
    var cents: Int64
    var kind: Kind
  }

  /// The levels of a change log, per account × month.
  struct Reading: Sendable {
    /// Cents per account × month: the sum of the account's keys' levels.
    var cells: [Int64]
    /// Customer-months with no row whose level was carried (non-zero).
    var carriedMonths: Int
    /// Keys whose first row is a change or an end after the first month: (account, line).
    var paidBefore: [(account: Int, line: Int)]
    /// Start rows of a key still paying: (account, line).
    var startsWhilePaying: [(account: Int, line: Int)]
    /// Whether a sum of levels overflowed (the cell is left at its last sum).
    var hasOverflowed = false
  }

  /// Events sorted by key, then month, day and line: the order levels follow.
  static func sorted(_ events: [Event]) -> [Event] {
    events.sorted {
      ($0.key, $0.month, $0.day?.daysSinceEpoch ?? Int32.min, $0.line)
        < ($1.key, $1.month, $1.day?.daysSinceEpoch ?? Int32.min, $1.line)
    }
  }

  /// The levels of `events` (``read(_:accounts:span:)``) when they read as a change log
  /// rather than a table of levels (the type's rules): some key has two rows, carrying would
  /// fill more customer-months than the rows with a level give, and fewer than half of the
  /// consecutive rows of a key repeat the month before's level; `nil` otherwise. The events
  /// are sorted once, for the test and the reading.
  /// - Parameters:
  ///   - accounts: Accounts (rows of the result's cells; 0 to test only).
  ///   - span: Months read.
  /// - Complexity: O(n log n + keys × span) for n events.
  static func reading(_ events: [Event], accounts: Int, span: Int) -> Reading? {
    let ordered = sorted(events)
    let levelled = events.count(where: { $0.kind != .end && $0.cents != 0 })
    var pairs = 0
    var repeats = 0
    for (a, b) in zip(ordered, ordered.dropFirst()) where a.key == b.key {
      pairs += 1
      if b.month == a.month + 1 && a.cents == b.cents && a.kind != .end && b.kind != .end {
        repeats += 1
      }
    }
    guard pairs > 0 && 2 * repeats < pairs else { return nil }
    let reading = read(ordered: ordered, accounts: accounts, span: span)
    return reading.carriedMonths > levelled ? reading : nil
  }

  /// The levels of `events`: each key's level is its last row's in the month (an end's is 0)
  /// and is carried through the months without a row, through month `span − 1`.
  /// - Parameters:
  ///   - accounts: Accounts (rows of the result; 0 to count only).
  ///   - span: Months read.
  /// - Complexity: O(n log n + keys × span) for n events.
  static func read(_ events: [Event], accounts: Int, span: Int) -> Reading {
    read(ordered: sorted(events), accounts: accounts, span: span)
  }

  /// ``read(_:accounts:span:)`` of events already in ``sorted(_:)``'s order.
  static func read(ordered: [Event], accounts: Int, span: Int) -> Reading {
    var out = Reading(
      cells: [Int64](repeating: 0, count: accounts * span), carriedMonths: 0, paidBefore: [],
      startsWhilePaying: [])
    var i = ordered.startIndex
    while i < ordered.endIndex {
      let key = ordered[i].key
      let account = ordered[i].account
      var j = i
      while j < ordered.endIndex && ordered[j].key == key { j += 1 }
      let first = ordered[i]
      if first.month > 0 && (first.kind == .change || first.kind == .end) {
        out.paidBefore.append((account, first.line))
      }
      var level: Int64 = 0
      var next = i
      for m in 0..<span {
        var hasRow = false
        while next < j && ordered[next].month == m {
          let e = ordered[next]
          if e.kind == .start && level != 0 { out.startsWhilePaying.append((account, e.line)) }
          level = e.kind == .end ? 0 : e.cents
          hasRow = true
          next += 1
        }
        if !hasRow && level != 0 { out.carriedMonths += 1 }
        if accounts > 0 {
          let c = account * span + m
          let (sum, isOverflow) = out.cells[c].addingReportingOverflow(level)
          if isOverflow { out.hasOverflowed = true } else { out.cells[c] = sum }
        }
      }
      i = j
    }
    return out
  }
}
