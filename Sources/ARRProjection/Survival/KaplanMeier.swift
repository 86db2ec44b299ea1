import ARRCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One step of a Kaplan–Meier curve.
public struct KMPoint: Sendable, Equatable {
  /// The duration at which something happened (events, censorings or both).
  public var time: Int
  /// Accounts still at risk just before `time`: duration ≥ `time` (less those censored at
  /// `time` when they leave first, ``KaplanMeier/estimate(counts:isCensoredFirst:)``).
  public var atRisk: Int
  /// Accounts that churned at `time`.
  public var events: Int
  /// Accounts last seen at `time` without churning (still customers when observation ended).
  public var censored: Int
  /// Ŝ(time): the estimated probability of surviving past `time`.
  public var survival: Double
  /// Greenwood standard error of Ŝ(time).
  public var standardError: Double
}

/// The Kaplan–Meier product-limit estimate of logo survival with right-censoring.
public enum KaplanMeier {
  /// Estimates the survival curve from durations and churn flags.
  ///
  /// Ŝ(t) = Π_{tᵢ ≤ t} (1 − dᵢ/nᵢ), where nᵢ is the number at risk just before tᵢ and dᵢ the
  /// number of events at tᵢ. Greenwood's variance: Var Ŝ(t) = Ŝ(t)² Σ_{tᵢ ≤ t} dᵢ/(nᵢ(nᵢ−dᵢ)).
  ///
  /// Tie rule: when events and censorings share a time, the events are taken to happen first,
  /// so the accounts censored at tᵢ still count in nᵢ (the usual convention, as in Kaplan &
  /// Meier 1958 and R's `survfit`). Once Ŝ reaches 0 (everyone at risk churned) its standard
  /// error is reported as 0, since Greenwood's formula is then 0 × ∞ and the value is known.
  ///
  /// - Parameters:
  ///   - durations: each account's observed duration (periods to churn, or to the end of
  ///     observation), ≥ 0.
  ///   - isEvent: `true` where the account churned at its duration, `false` where it was still
  ///     a customer (censored).
  /// - Returns: one point per distinct duration, ascending.
  /// - Throws: `ARRQualityError` (`.dataError`) when the arrays differ in length or a duration
  ///   is negative.
  /// - Complexity: O(n log n) for n accounts.
  public static func estimate(durations: [Int], isEvent: [Bool]) throws(ARRQualityError)
    -> [KMPoint]
  {
    guard durations.count == isEvent.count else {
      throw .data(
        "Kaplan–Meier: \(durations.count) durations but \(isEvent.count) event flags; "
          + "expected one flag per duration")
    }
    if let bad = durations.firstIndex(where: { $0 < 0 }) {
      throw .data(
        "Kaplan–Meier: duration \(durations[bad]) at position \(bad + 1) is negative; "
          + "expected a duration ≥ 0")
    }
    let order = durations.indices.sorted { durations[$0] < durations[$1] }
    var curve = Curve(atRisk: durations.count)
    var i = 0
    while i < order.count {
      let time = durations[order[i]]
      var events = 0
      var censored = 0
      while i < order.count, durations[order[i]] == time {
        if isEvent[order[i]] { events += 1 } else { censored += 1 }
        i += 1
      }
      curve.step(time: time, events: events, censored: censored)
    }
    return curve.points
  }

  /// ``estimate(durations:isEvent:)`` from the number of accounts at each duration, for a
  /// caller that has counted them: no list of accounts and no sort. The projection counts a
  /// million accounts' spells by length; listing and sorting them held ~23 MB at once, the
  /// analysis's peak memory after the load.
  /// - Parameter counts: At index `d`, the accounts censored at duration `d` and those that
  ///   churned at `d`.
  /// - Returns: One point per duration with any account, ascending: the points
  ///   ``estimate(durations:isEvent:)`` gives for the accounts the counts describe.
  /// - Precondition: No count is negative (a negative count would lift survival above 1).
  /// - Complexity: O(durations).
  /// - Parameter isCensoredFirst: Whether the accounts censored at a time leave the risk set
  ///   before that time's churns; `false`, the usual rule (see the tie rule above), keeps them in it
  ///   until after them.
  public static func estimate(
    counts: [(censored: Int, events: Int)], isCensoredFirst: Bool = false
  ) -> [KMPoint] {
    precondition(
      counts.allSatisfy { $0.censored >= 0 && $0.events >= 0 }, "negative Kaplan–Meier count")
    var curve = Curve(atRisk: counts.reduce(0) { $0 + $1.censored + $1.events })
    curve.isCensoredFirst = isCensoredFirst
    for (time, c) in counts.enumerated() where c.censored + c.events > 0 {
      curve.step(time: time, events: c.events, censored: c.censored)
    }
    return curve.points
  }

  /// The product-limit steps, one distinct duration at a time in ascending order: the one
  /// place both estimates compute Ŝ and Greenwood's error.
  private struct Curve {
    var points: [KMPoint] = []
    var atRisk: Int
    var survival = 1.0
    var greenwood = 0.0
    /// Whether those censored at a time leave before its churns (see ``estimate(counts:isCensoredFirst:)``).
    var isCensoredFirst = false

    init(atRisk: Int) { self.atRisk = atRisk }

    mutating func step(time: Int, events: Int, censored: Int) {
      if isCensoredFirst { atRisk -= censored }
      if events > 0 {
        survival *= 1 - Double(events) / Double(atRisk)
        if events < atRisk {
          greenwood += Double(events) / (Double(atRisk) * Double(atRisk - events))
        }
      }
      let standardError = survival > 0 ? survival * sqrt(greenwood) : 0
      points.append(
        KMPoint(
          time: time, atRisk: atRisk, events: events, censored: censored, survival: survival,
          standardError: standardError))
      atRisk -= events + (isCensoredFirst ? 0 : censored)
    }
  }
}
