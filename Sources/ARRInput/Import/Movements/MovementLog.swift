import ARRCore

/// Each account's month-end MRR rebuilt from an MRR movements log (`docs/import.md`, "MRR
/// movements log"): the movements of an account summed in date order, a month's MRR the level
/// after its last movement, a month without movements keeping the level.
///
/// Rules (decided, session 21):
/// - A churn sets the level to 0, whatever its amount; an amount that is not the level it ends
///   (−level written signed, +level as a size) is reported. A `new_cancelled` sets it to 0 too.
/// - A loss may not take a level below 0: the row is a problem at its amount's cell, and the
///   account is not read (the file stops, or with `--lenient` the account is left out).
/// - An account whose first movement is not a start (`new`, `reactivation`) began before the
///   log: its level before is unknown, so it is left out, reported with its movements' net.
///   Starting it at 0 would count a long-standing customer as new and let a contraction make a
///   negative level; a reactivation starts from 0 by its meaning (it had churned).
/// - Losses are written negative (signed) when any loss row is negative, else as positive sizes
///   that are subtracted; a gain is never negative.
enum MovementLog {
  /// How a file writes losses.
  enum Signs: Sendable, Equatable {
    /// Losses negative (`contraction −50`), as ChartMogul writes them.
    case signed
    /// Losses as positive sizes (`contraction 50`), subtracted.
    case sizes
  }

  /// One row of the log.
  struct Event: Sendable, Equatable {
    var account: Int
    /// Months since the log's first.
    var month: Int
    /// The row's date, when the cell names a day (orders two movements of one month).
    var day: CivilDate?
    var line: Int
    var kind: MovementKind
    /// The amount as written, in cents; `nil` when the cell is blank.
    var cents: Int64?
    /// The level after the movement, from a level column, when the row gives one.
    var levelAfter: Int64? = nil
  }

  /// An account's level at a row the rules stop at.
  struct Stop: Sendable, Equatable {
    var account: Int
    var line: Int
    /// The level before the row.
    var before: Int64
    /// The row's amount as written.
    var cents: Int64
  }

  /// The rebuilt levels.
  struct Reading: Sendable {
    /// Cents per account × month (0 for an account not read).
    var cells: [Int64]
    /// Accounts whose first movement is not a start, with that row's line, the net of their
    /// movements (signs applied) and the least MRR at the last month they allow
    /// (``leastLevel(_:signs:)``).
    var midLife: [(account: Int, line: Int, net: Int64, least: Int64)] = []
    /// Losses that would take a level below 0 (one per account, its first).
    var belowZero: [Stop] = []
    /// Churns whose amount is not the level they end.
    var churnMismatches: [Stop] = []
    /// Starts (`new`, `reactivation`) of an account already paying, read as adding the amount.
    var startsWhilePaying: [Stop] = []
    /// `new_cancelled` rows.
    var newCancelled = 0
    /// The log's own sums by movement type per month, as positive sizes, of the accounts read.
    var sums: [[MovementKind: Int64]]
    /// Whether a sum overflowed.
    var hasOverflowed = false
    /// Accounts not read: mid-life, or stopped below 0.
    var notRead = Set<Int>()
    /// Mid-life accounts whose level before the log the level column gives (its first row's
    /// level after, less the change): the line and that level, carried from the first month.
    var opened: [(account: Int, line: Int, level: Int64)] = []
    /// The level before the log of each opened account.
    var openings: [Int: Int64] = [:]
    /// Rows whose level column is not the level rebuilt (`before`: the rebuilt level,
    /// `cents`: the column's).
    var levelMismatches: [Stop] = []
  }

  /// The level before `e`, the first movement of a customer that began before the log, when a
  /// level column gives its level after: that level less the change (a churn's level before is
  /// its amount's size); `nil` when it cannot be known or would be negative.
  static func opening(_ e: Event, signs: Signs) -> Int64? {
    guard let after = e.levelAfter else { return nil }
    let before: Int64?
    switch e.kind {
    case .churn:
      before = after == 0 ? e.cents.map { signs == .signed ? 0 &- $0 : $0 } : nil
    case .contraction: before = e.cents.map { after &- loss($0, signs: signs) }
    case .expansion: before = e.cents.map { after &- $0 }
    case .new, .reactivation, .newCancelled: before = nil
    }
    guard let before, before >= 0 else { return nil }
    return before
  }

  /// The least MRR after the last of `events` (one customer's, in order, its level before the
  /// first unknown) that they allow: the level before is at least what keeps every level after
  /// it at 0 or more; after a churn (or `new_cancelled`) the level is known, 0, and followed.
  /// A customer +40 then −50 was at least 10 before (0 after); one +40 alone is at least 40.
  /// - Complexity: O(events).
  static func leastLevel(_ events: ArraySlice<Event>, signs: Signs) -> Int64 {
    // The level less the one before the log, and its lowest value, until a churn sets it.
    var offset: Int64 = 0
    var lowest: Int64 = 0
    var known: Int64?
    for e in events {
      let change: Int64
      switch e.kind {
      case .churn, .newCancelled:
        known = 0
        continue
      case .contraction: change = loss(e.cents ?? 0, signs: signs)
      case .new, .expansion, .reactivation: change = e.cents ?? 0
      }
      if let k = known {
        known = max(0, k &+ change)
      } else {
        offset = offset &+ change
        lowest = min(lowest, offset)
      }
    }
    return known ?? max(0, offset &- lowest)
  }

  /// How `events` write losses: signed when some loss is negative.
  static func signs(_ events: [Event]) -> Signs {
    events.contains { $0.kind.isLoss && ($0.cents ?? 0) < 0 } ? .signed : .sizes
  }

  /// What is wrong with a row's amount under `signs`, if anything: a negative gain, or a
  /// positive loss in a file whose losses are negative.
  static func signProblem(_ kind: MovementKind, cents: Int64, signs: Signs) -> String? {
    if kind.isGain && cents < 0 {
      return "a \(kind.words) movement of \(Money.decimalString(cents: cents)): a gain of MRR "
        + "cannot be negative"
    }
    if kind == .contraction && signs == .signed && cents > 0 {
      return "a contraction of +\(Money.decimalString(cents: cents)) in a log whose losses are "
        + "written negative: is the sign missing?"
    }
    return nil
  }

  /// The change a loss of `cents` (as written) makes under `signs`.
  static func loss(_ cents: Int64, signs: Signs) -> Int64 {
    signs == .signed ? cents : 0 &- cents
  }

  /// The levels of `events` (any order; sorted here by account, month, day, line) over `span`
  /// months for `accounts` accounts.
  /// - Complexity: O(n log n + accounts × span) for n events.
  static func read(_ events: [Event], accounts: Int, span: Int, signs: Signs) -> Reading {
    let ordered = events.sorted {
      ($0.account, $0.month, $0.day?.daysSinceEpoch ?? Int32.min, $0.line)
        < ($1.account, $1.month, $1.day?.daysSinceEpoch ?? Int32.min, $1.line)
    }
    var out = Reading(
      cells: [Int64](repeating: 0, count: accounts * span),
      sums: [[MovementKind: Int64]](repeating: [:], count: span))
    func add(_ v: Int64, _ kind: MovementKind, _ m: Int, into sums: inout [[MovementKind: Int64]]) {
      let (s, o) = (sums[m][kind] ?? 0).addingReportingOverflow(v)
      if o { out.hasOverflowed = true } else { sums[m][kind] = s }
    }
    var i = ordered.startIndex
    while i < ordered.endIndex {
      let a = ordered[i].account
      var j = i
      while j < ordered.endIndex && ordered[j].account == a { j += 1 }
      defer { i = j }
      var level: Int64 = 0
      if !ordered[i].kind.isStart, let before = opening(ordered[i], signs: signs) {
        level = before
        out.opened.append((a, ordered[i].line, before))
        out.openings[a] = before
      } else if !ordered[i].kind.isStart {
        var net: Int64 = 0
        for e in ordered[i..<j] {
          switch e.kind {
          case .churn, .newCancelled: break
          case .contraction: net = net &+ loss(e.cents ?? 0, signs: signs)
          default: net = net &+ (e.cents ?? 0)
          }
        }
        let least = leastLevel(ordered[i..<j], signs: signs)
        out.midLife.append((a, ordered[i].line, net, least))
        out.notRead.insert(a)
        continue
      }
      var sums = [[MovementKind: Int64]](repeating: [:], count: span)
      var next = i
      var isStopped = false
      var row = [Int64](repeating: 0, count: span)
      for m in 0..<span where !isStopped {
        while next < j && ordered[next].month == m {
          let e = ordered[next]
          next += 1
          let cents = e.cents ?? 0
          switch e.kind {
          case .churn:
            let expected = signs == .signed ? 0 &- level : level
            if e.cents != nil && cents != expected {
              out.churnMismatches.append(
                Stop(account: a, line: e.line, before: level, cents: cents))
            }
            add(e.cents.map { $0 == .min ? .max : abs($0) } ?? level, .churn, m, into: &sums)
            level = 0
          case .newCancelled:
            out.newCancelled += 1
            level = 0
          case .contraction:
            let change = loss(cents, signs: signs)
            let (after, o) = level.addingReportingOverflow(change)
            guard !o, after >= 0 else {
              out.belowZero.append(Stop(account: a, line: e.line, before: level, cents: cents))
              isStopped = true
              break
            }
            add(0 &- change, .contraction, m, into: &sums)
            level = after
          case .new, .expansion, .reactivation:
            if e.kind.isStart && level != 0 {
              out.startsWhilePaying.append(
                Stop(account: a, line: e.line, before: level, cents: cents))
            }
            let (after, o) = level.addingReportingOverflow(cents)
            if o { out.hasOverflowed = true } else { level = after }
            add(cents, e.kind, m, into: &sums)
          }
          if isStopped { break }
          if let after = e.levelAfter, after != level {
            out.levelMismatches.append(Stop(account: a, line: e.line, before: level, cents: after))
          }
        }
        row[m] = level
      }
      guard !isStopped else {
        out.notRead.insert(a)
        continue
      }
      for m in 0..<span {
        out.cells[a * span + m] = row[m]
        for (k, v) in sums[m] { add(v, k, m, into: &out.sums) }
      }
    }
    return out
  }
}
