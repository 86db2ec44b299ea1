import ARRCore

extension LedgerImporter {
  /// Per account, its charges by month, to tell a one-off fee from a recurring charge whose
  /// amount changed (seats added, a price rise, a tax or fee line folded into the invoice):
  /// 100, 100, 120, 130, 140, 150 is a growing monthly account, not two months of revenue and
  /// three one-time fees (decided: read so, it churned in its third month and its revenue went
  /// to one-time, as tava-health/data-technical-assessment's public `invoices.csv` showed with
  /// 100, 100, 120), and 300, 300, 360, 390 a quarter apart a quarterly account whose price rose.
  ///
  /// A charge that never repeats (a candidate) **continues its account's run** when it is the
  /// account's only charge of its month and the charge one rhythm before or after it is part of
  /// the run and close in amount (from half to twice it). The run is anchored on the account's
  /// charges that repeat (untyped or typed recurring, without a period) and grows one accepted
  /// candidate at a time, so two fees cannot vouch for each other; the rhythm is the shortest
  /// gap, up to 12 months, between months holding anchors (1 when there is one such month).
  /// A fee of three times the monthly price after the last charge, or a setup fee of five times
  /// it before the first, stays one-time (review 7: read as recurring, a termination fee made
  /// ARR 7 times too high).
  ///
  /// A candidate **in the as-of month** that steps up from a steady run (the account's only
  /// charge of that month, more than twice the run's charge one rhythm before it, which is close
  /// to the one two rhythms before)
  /// cannot be told from an upgrade yet: a new price has not had a month to repeat. It keeps
  /// the run's level, the rest one-time (``steppedUp``): never dropped (decided, session 29,
  /// t28c lane; trial 28, T28-3: novasaas' `payments.csv`, three customers paying 49 a month,
  /// then 149 in the as-of month as they upgraded, were read one-time and churned). One that
  /// steps **down** to less than half such a run's charge is a downgrade at its own price: it
  /// continues the run (``continued``; session 55, lead: trial 54, T54-14).
  struct MonthlyRuns {
    /// Positive lines per account (indexing the array) and month (any kind but one-time).
    var charges: [[Month: Int]]
    /// Indices of the candidates read as continuing their account's run.
    var continued = Set<Int>()
    /// Candidates in the as-of month stepping up from their account's steady run, with the
    /// run's charge one rhythm before them (the level kept).
    var steppedUp = [Int: Int64]()

    /// `isCandidate[i]`: line `i` never repeats (rule 5's test, before the run). `accounts`:
    /// how many accounts the entries index (per-account arrays, not dictionaries hashing the
    /// account number per line; session 20, lead, trial 18a H1).
    /// `asOf`: the as-of month, where a step up is kept at the run's level (``steppedUp``).
    init(
      _ entries: [LedgerEntry], accounts: Int, isOneTimeByText: [Bool], isCandidate: [Bool],
      asOf: Month? = nil
    ) {
      charges = [[Month: Int]](repeating: [:], count: accounts)
      // Per account, the run's total by month: anchors now, accepted candidates as they join.
      var run = [[Month: Int64]](repeating: [:], count: accounts)
      var candidates = [[Int]](repeating: [], count: accounts)
      for (i, e) in entries.enumerated()
      where e.amount > 0 && e.kind != .oneTime && !isOneTimeByText[i] {
        charges[e.account][e.date.month, default: 0] += 1
        guard e.period == nil, e.kind == nil || e.kind == .recurring else { continue }
        if isCandidate[i] {
          candidates[e.account].append(i)
        } else {
          let (s, o) = run[e.account][e.date.month, default: 0].addingReportingOverflow(e.amount)
          run[e.account][e.date.month] = o ? .max : s
        }
      }
      for (a, indices) in candidates.enumerated() where !indices.isEmpty {
        // An account with no anchor has no run to continue.
        guard !run[a].isEmpty else { continue }
        var months = run[a]
        let anchors = months.keys.sorted()
        let step =
          zip(anchors, anchors.dropFirst()).map { $1.months(since: $0) }
          .filter { (1...12).contains($0) }.min() ?? 1
        var pending = indices.filter { charges[a][entries[$0].date.month] == 1 }
        var grew = true
        while grew {
          grew = false
          pending.removeAll { i in
            let e = entries[i]
            let m = e.date.month
            let joins = [m.adding(months: -step), m.adding(months: step)].contains {
              months[$0].map { Self.isClose(e.amount, $0) } ?? false
            }
            if joins {
              months[m] = e.amount
              continued.insert(i)
              grew = true
            }
            return joins
          }
        }
        // A step up or down in the as-of month from a run steady over the two rhythms before it.
        for i in pending where entries[i].date.month == asOf {
          let m = entries[i].date.month
          guard let base = months[m.adding(months: -step)],
            let before = months[m.adding(months: -2 * step)], base > 0, before > 0,
            Self.isClose(base, before)
          else { continue }
          if entries[i].amount > base {
            steppedUp[i] = base
          } else {
            // Less than half the run's charge, alone on the run's rhythm: a downgrade at its own
            // price, read as recurring (its account's latest charge continuing the run, so the
            // range's low end reads it as one-time; trial 54, T54-14: 19 customers paying $199
            // in the as-of month after $499 a month read as churned).
            continued.insert(i)
          }
        }
      }
    }

    /// Whether `a` and `b` (positive) are within a factor of two of each other.
    static func isClose(_ a: Int64, _ b: Int64) -> Bool {
      let (a2, aOver) = a.multipliedReportingOverflow(by: 2)
      let (b2, bOver) = b.multipliedReportingOverflow(by: 2)
      return (aOver || a2 >= b) && (bOver || b2 >= a)
    }
  }
}
