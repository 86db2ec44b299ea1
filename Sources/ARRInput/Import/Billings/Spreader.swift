import ARRCore

/// One account's revenue as invoices are spread: MRR and one-time per month, plus the parts of
/// the tie-out (deferred past the as-of month, rounding residual, credits left out) and the
/// ambiguity of the choices made.
struct Spreader: Sendable {
  let months: Int
  /// Offset of the as-of month (the last one).
  let asOf: Int
  private(set) var mrr: [Int64]
  private(set) var oneTime: [Int64]
  private var lowDelta: Int64 = 0
  private var highDelta: Int64 = 0
  private var isAmbiguous = false
  /// Each cause's part of the account's range, in the order first met.
  private var shares: [AmbiguityShare] = []
  /// The as-of MRR range of the account just finished (see ``finish(into:account:)``).
  private(set) var ambiguousRange: (low: Int64, high: Int64)?
  /// The causes of ``ambiguousRange`` (see ``ImportedAccount/ambiguityShares``).
  private(set) var ambiguousShares: [AmbiguityShare] = []
  private(set) var totalDeferred: Int64 = 0
  private(set) var totalResidual: Int64 = 0
  private(set) var totalLeftOut: Int64 = 0

  init(months: Int, asOf: Int) {
    self.months = months
    self.asOf = asOf
    mrr = Array(repeating: 0, count: months)
    oneTime = Array(repeating: 0, count: months)
  }

  /// Starts the next account.
  mutating func reset() {
    for i in 0..<months {
      mrr[i] = 0
      oneTime[i] = 0
    }
    lowDelta = 0
    highDelta = 0
    isAmbiguous = false
    ambiguousRange = nil
    shares = []
    ambiguousShares = []
  }

  /// `amount ÷ count` rounded to the cent, half away from zero.
  static func share(_ amount: Int64, _ count: Int) -> Int64 {
    let c = Int64(count)
    return amount >= 0 ? (2 * amount + c) / (2 * c) : -((2 * -amount + c) / (2 * c))
  }

  /// Spreads `amount` evenly over `count` months from month `start`: each month the same share,
  /// the rounding residual to the tie-out, months past the as-of month deferred.
  mutating func spread(_ amount: Int64, from start: Int, over count: Int) {
    let q = Self.share(amount, count)
    totalResidual &+= amount &- q &* Int64(count)
    for k in 0..<count {
      let m = start + k
      if m <= asOf {
        mrr[m] &+= q
      } else {
        totalDeferred &+= q
      }
    }
  }

  /// Books `amount` as one-time revenue in month `m`.
  mutating func oneTime(_ amount: Int64, at m: Int) { oneTime[m] &+= amount }

  /// A credit (`amount` < 0) in month `m` not read as recurring: it reduces the month's one-time
  /// revenue; what it cannot reduce is left out and reported.
  mutating func credit(_ amount: Int64, at m: Int) {
    let used = min(-amount, oneTime[m])
    oneTime[m] -= used
    totalLeftOut &+= amount &+ used
  }

  /// Records an ambiguous choice: its as-of MRR contribution as chosen and under each
  /// alternative, and its cause (what the reports say the range rests on).
  mutating func ambiguity(
    chosen: Int64, alternatives: [Int64], cause: AmbiguityCause = .otherAccountReading
  ) {
    guard let lo = alternatives.min(), let hi = alternatives.max(), lo != hi else { return }
    isAmbiguous = true
    let down = min(lo, chosen) - chosen
    let up = max(hi, chosen) - chosen
    lowDelta &+= down
    highDelta &+= up
    if let k = shares.firstIndex(where: { $0.cause == cause }) {
      shares[k].low &+= down
      shares[k].high &+= up
    } else {
      shares.append(AmbiguityShare(cause: cause, low: down, high: up))
    }
  }

  /// Clamps negative months to zero (the excess left out), then writes the account's rows.
  mutating func finish(into company: inout ImportedCompany, account a: Int) {
    for m in 0..<months where mrr[m] < 0 {
      totalLeftOut &+= mrr[m]
      mrr[m] = 0
    }
    let base = a * months
    for m in 0..<months {
      company.mrr[base + m] = mrr[m]
      company.oneTime[base + m] = oneTime[m]
    }
    if isAmbiguous {
      ambiguousRange = (max(0, mrr[asOf] + lowDelta), max(0, mrr[asOf] + highDelta))
      ambiguousShares = shares.filter { $0.low != 0 || $0.high != 0 }
    }
  }
}
