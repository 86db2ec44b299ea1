// BillingsSpreader: what a cadence fixes and a rhythm implies (rule, cadence, contract type), and the median invoice.
import ARRCore

extension BillingsSpreader {
  /// The spacing a given cadence fixes (`nil`: none; upfront may be 24 or 36 months).
  static func forcedRhythm(_ cadence: BillingCadence) -> [Int]? {
    switch cadence {
    case .monthly, .inArrears: return [1]
    case .quarterly: return [3]
    case .annual: return [12]
    case .semiannual: return [6]
    case .upfront: return [24, 36]
    case .unknown: return nil
    }
  }

  static func rule(forRhythm r: Int) -> ImportRule {
    switch r {
    case 1: return .rhythmMonthly
    case 3: return .rhythmQuarterly
    case 6: return .rhythmSemiannual
    case 12: return .rhythmAnnual
    default: return .rhythmMultiYear
    }
  }

  /// Sets the cadence and contract type a rhythm of `r` months implies, where no file gave them
  /// (the cadence only when `infersCadence`).
  static func apply(
    _ t: (rhythm: Int, from: Int, rule: ImportRule), to a: inout ImportedAccount,
    firstMonth: Month, infersCadence: Bool = true
  ) {
    a.apply(t.rule)
    var inferredSomething = false
    if a.billingCadence == nil && infersCadence {
      let cadence: BillingCadence? =
        switch t.rhythm {
        case 1: .monthly
        case 3: .quarterly
        case 12: .annual
        case 6: .semiannual
        case 24, 36: .upfront
        default: nil
        }
      if let cadence {
        a.billingCadence = cadence
        a.inferred.insert(.billingCadence)
        inferredSomething = true
      }
    }
    if a.contractType == nil && t.rhythm >= 12 {
      a.contractType = t.rhythm == 12 ? .annual : .multiYear
      a.inferred.insert(.contractType)
      inferredSomething = true
    }
    if inferredSomething || a.inferred.contains(.contractEndDate) {
      let month = firstMonth.adding(months: t.from)
      a.inferredFrom = a.inferredFrom.map { max($0, month) } ?? month
    }
  }

  static func median(_ values: [Int64]) -> Int64? {
    guard !values.isEmpty else { return nil }
    let s = values.sorted()
    return s[s.count / 2]
  }
}
