import ARRCore
import ARRScoring

extension Analysis {
  /// The classes that hold recurring ARR today but had fewer than
  /// ``Finding/classOrderMinimumAccounts`` accounts in the backtest, in class order, with last
  /// year's outcome: their pricing was never checked against outcomes (session 31; render
  /// review 28, R28-14; render review 30, R30-13: ai-hypergrowth's retained class, $7.34M
  /// today, was 6 accounts a year ago, 2 of which churned). Empty without a backtest (priors
  /// only says so already).
  /// - Parameter s: The company's scoring.
  /// - Returns: Each such class and its backtest outcome.
  static func untestedClasses(_ s: ScoringResult) -> [(RevenueClass, ClassOutcome)] {
    guard let bt = s.backtest else { return [] }
    return RevenueClass.allCases.filter {
      s.classMix[$0].recurringARR > 0 && bt[$0].accounts < Finding.classOrderMinimumAccounts
    }.map { ($0, bt[$0]) }
  }

  /// `quality_gap`'s words for ``untestedClasses(_:)``: " The retained class ($7.34M of
  /// recurring ARR) was too small a year ago to test its pricing: 6 accounts, 2 of them
  /// churned.", "… had no account a year ago to test its pricing.", or "" (one account: "1
  /// account, which churned" or "which stayed").
  ///
  /// Only the class's price is untested, so an account whose price a notice or a term running
  /// past the year fixes (``classPriced(_:_:in:)``) is left out: a class with none left is
  /// not named, and one with some gives "($3.52M of recurring ARR, $2.25M of it priced by the
  /// class)" (render review 32, R32-9: Stripe's at-risk class, two accounts priced at 0% by
  /// their notices, "was too small a year ago to test its pricing").
  static func untestedClassWords(_ s: ScoringResult, company: Company, f: NumberFormat)
    -> String
  {
    let parts = untestedClasses(s).compactMap { k, o -> String? in
      let whole = s.classMix[k].recurringARR
      let (priced, pricedStay) = classPriced(s, k, in: company)
      guard priced > 0 else { return nil }
      // "Priced by the class" was defined nowhere (render review 38, R38-7).
      let share =
        priced < whole
        ? ", \(f.compactMoney(cents: priced)) of it priced at the class's rate, the rest fixed "
          + "by notices or terms running past the year" : ""
      let name =
        "the \(k.label) class (\(f.compactMoney(cents: whole)) of recurring ARR\(share))"
      guard o.accounts > 0 else { return name + " had no account a year ago to test its pricing" }
      let outcome =
        o.accounts == 1
        ? (o.churned == 1 ? "1 account, which churned" : "1 account, which stayed")
        : "\(count(o.accounts, "account", f)), \(f.integer(o.churned)) of them churned"
      guard o.accounts > 1, let stay = pricedStay,
        let range = wilsonRange(events: o.churned, trials: o.accounts)
      else { return name + " was too small a year ago to test its pricing: " + outcome }
      // Too few to test is not silent: the little there is leans one way or sits with the
      // price (render review 38, R38-7: 3 of 7 retained accounts churned, 43%, range
      // 16%–75%, against the 12.6% loss the class is priced at).
      let loss = 1 - stay
      let lean =
        loss < range.lowerBound
        ? "what there is points higher"
        : loss > range.upperBound ? "what there is points lower" : "what there is fits it"
      let observed = Double(o.churned) / Double(o.accounts)
      let churned = o.churned == 0 ? "none" : f.integer(o.churned)
      return name + " had only \(count(o.accounts, "account", f)) a year ago, \(churned) of them "
        + "churned (\(f.percent(observed, decimals: 0)), range "
        + "\(f.percent(range.lowerBound, decimals: 0))–"
        + "\(f.percent(range.upperBound, decimals: 0))), against the "
        + "\(f.percent(loss)) loss it is priced at: too few to test its pricing, and " + lean
    }
    guard !parts.isEmpty else { return "" }
    let text = parts.joined(separator: "; ")
    return " " + text.prefix(1).uppercased() + text.dropFirst() + "."
  }

  /// The recurring ARR of class `k` that its class's price values — its accounts less those
  /// whose retention a notice (``DatedNotice``) or a term running past the year
  /// (``TermLock``) fixes whatever the class — in cents, and that ARR's weighted chance of
  /// staying: the class's price as the figures use it, whether the retention is one rate per
  /// class or the model's own odds (`nil` without such ARR). One pass serves both (the words
  /// need both; session 39's two passes repeated the same test per account).
  /// - Complexity: O(accounts).
  static func classPriced(_ s: ScoringResult, _ k: RevenueClass, in company: Company)
    -> (arr: Int64, stay: Double?)
  {
    var total: Int64 = 0
    var kept = 0.0
    for score in s.scores where score.reportedClass == k {
      let terms = company.terms(of: score.account)
      guard !TermLock.holds(terms, asOf: company.asOf),
        DatedNotice.reading(terms, asOf: company.asOf) == .none
      else { continue }
      total += score.recurringARR
      kept += Double(score.recurringARR) * score.retentionProbability
    }
    return (total, total > 0 ? kept / Double(total) : nil)
  }
}
