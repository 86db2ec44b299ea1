import ARRAnalysis
import ARRCore
import ARRProjection
import ARRStress

/// Why a scenario that touches accounts can leave every ARR figure where it was, and where the
/// base's trial conversion rate comes from (render review 30, R30-10 and R30-14: plg-smb's
/// "Trial cliff" affected 58 free trials and printed $0 everywhere, read as "the trial funnel
/// does not matter"; ai-hypergrowth's "Pilots not renewing" moved no ARR rung and said nothing;
/// enterprise-saas printed a 25.0% conversion beside a trial table showing 100% without saying
/// the 25.0% is the documented default).
extension StressMarkdown {
  /// The trial conversion row's label: "Trial conversion", with "(documented default)" when the
  /// base rate is the default (``TrialConversion/isDefault``), so a table pasted alone keeps
  /// the caveat.
  /// The company's own rate names the window it pools, "(trials since 2024-11)" (render review
  /// 38, R38-9: the base's 59.5% pooled every resolved trial since 2024-11 beside a table whose
  /// latest complete months convert at 52.5%).
  static func trialConversionRowLabel(isDefault: Bool, since: Month? = nil, _ f: NumberFormat)
    -> String
  {
    if isDefault { return trialConversionLabel + " (documented default)" }
    return trialConversionLabel + (since.map { " (trials since \(f.month($0)))" } ?? "")
  }

  /// Where the base's trial conversion rate comes from when it is the documented default
  /// although the company has trials: too few resolved to use the company's own rate.
  /// - Returns: One sentence, or "" when the rate is the company's own or it has no trials.
  static func defaultConversionSentence(_ result: StressResult, format f: NumberFormat) -> String {
    let t = result.trialConversion
    guard t.isDefault, hasTrials(result) else { return "" }
    let resolved = t.converted + t.expired
    var out = "Trial conversion in the base is the documented default, "
    out += f.percent(TrialConversion.defaultProbability) + ": "
    if resolved == 0 {
      out += "no trial is resolved in the data"
    } else {
      out += "only \(CountText.grouped(resolved)) trial\(resolved == 1 ? " is" : "s are") "
      out += "resolved in the data (\(CountText.grouped(t.converted)) converted)"
    }
    out += ", fewer than the \(TrialConversion.minimumResolvedTrials) the company's own rate "
    return out + "needs.\n\n"
  }

  /// For each scenario that affects accounts but moves none of headline, recurring and
  /// quality-adjusted ARR nor the expected 12-month loss (as displayed), why, by its shocks:
  /// - a trial conversion shock on trials that pay nothing now: a trial's expected ARR is its
  ///   current MRR × its chance of converting, so a free trial is worth $0 whatever the chance;
  ///   priced in words at the median first paid MRR of the trials that converted in the data
  ///   (``TrialConversion/medianConvertedMRR``), when there is one;
  /// - a `pilots_renew` share that moves the expected ARR from pilot renewals: pilots are
  ///   outside recurring and quality-adjusted ARR.
  /// - Returns: One paragraph, or "" when no scenario needs it.
  static func outsideRecurring(_ result: StressResult, format f: NumberFormat) -> String {
    let base = result.base
    func units(_ cents: Int64) -> Int64 { Footing.roundedUnits(cents) }
    var sentences: [String] = []
    for o in result.scenarios where !o.hasNoEffect(against: base) {
      let s = o.figures
      let rungs: [KeyPath<StressFigures, Int64>] = [
        \.headlineARR, \.recurringARR, \.qualityAdjustedARR, \.arrAtRisk,
      ]
      guard rungs.allSatisfy({ units(s[keyPath: $0]) == units(base[keyPath: $0]) }) else {
        continue
      }
      let name = "**\(o.scenario.name)**"
      if o.scenario.trialConversion != nil, base.trials.accounts > 0, base.trials.arr == 0,
        s.trials.conversionProbability != base.trials.conversionProbability
      {
        let n = base.trials.accounts
        let before = f.percent(base.trials.conversionProbability)
        let after = f.percent(s.trials.conversionProbability)
        var text = "\(name) changes the chance that the \(CountText.grouped(n)) active "
        text += "trial\(n == 1 ? "" : "s") convert (\(before) → \(after)), but "
        text += n == 1 ? "it pays" : "they pay"
        text += " nothing now and a trial's expected ARR is its current MRR × that chance, so no "
        text += "ARR figure moves: the report does not guess what a free trial will pay."
        let t = result.trialConversion
        if let median = t.medianConvertedMRR,
          let inBase = worth(n, median, base.trials.conversionProbability),
          let inScenario = worth(n, median, s.trials.conversionProbability)
        {
          text += " Priced at the median first paid MRR of the \(CountText.grouped(t.converted)) "
          text += "trial\(t.converted == 1 ? "" : "s") that converted in the data "
          text += "(\(f.money(cents: median)) a month), \(n == 1 ? "it" : "they") would bring "
          text += "\(f.money(cents: inBase)) of ARR in the base and "
          text += "\(f.money(cents: inScenario)) here."
        }
        sentences.append(text)
      } else if o.scenario.pilotsRenew != nil,
        units(s.pilots.expectedARR) != units(base.pilots.expectedARR)
      {
        let before = f.money(cents: base.pilots.expectedARR)
        let after = f.money(cents: s.pilots.expectedARR)
        var text: String
        // "Only" is said only when nothing else moved as displayed (render review 32, R32-3:
        // ai-hypergrowth's sentence said "only" under a column of projected NDR -1.1 pts).
        if let moved = projectionMoves(s, base: base, format: f) {
          text = "\(name) moves no ARR figure (pilots are outside recurring and quality-adjusted "
          text += "ARR) but changes the expected ARR from pilot renewals (\(before) → \(after)) "
          text += "and \(moved): the projection's base counts the pilots paying now."
        } else {
          text = "\(name) moves only the expected ARR from pilot renewals (\(before) → "
          text += "\(after)): pilots are outside recurring and quality-adjusted ARR, so no ARR "
          text += "figure moves."
        }
        sentences.append(text + pilotReach(o, base: base))
      }
    }
    return sentences.isEmpty ? "" : sentences.joined(separator: " ") + "\n\n"
  }

  /// How a scenario moves the projected means as displayed, in words: "lowers projected NDR by
  /// 1.1 points, GRR by 0.8 and logo retention by 0.3" (each the difference of the figures as
  /// the change table shows them, so the words match its cells: whole points when it prints
  /// whole percents); `nil` when none moves.
  static func projectionMoves(_ s: StressFigures, base: StressFigures, format f: NumberFormat)
    -> String?
  {
    guard let a = s.forecast, let b = base.forecast else { return nil }
    let figures: [(String, Double, Double)] = [
      ("NDR", a.ndr, b.ndr), ("GRR", a.grr, b.grr),
      ("logo retention", a.logoRetention, b.logoRetention),
    ]
    // In whole points where the table prints the base's projection in whole percents
    // (``PrecisionBase``; trial 37, T37-13).
    let isWhole = b.precision.isFew
    let step = { (x: Double) in
      isWhole ? Int64((x * 100).rounded(.toNearestOrAwayFromZero)) : Footing.tenths(x)
    }
    var down: [(String, Int64)] = []
    var up: [(String, Int64)] = []
    for (name, x, y) in figures {
      let d = step(x) - step(y)
      if d < 0 { down.append((name, -d)) } else if d > 0 { up.append((name, d)) }
    }
    func words(_ verb: String, _ moves: [(String, Int64)]) -> String {
      let parts = moves.enumerated().map { k, m in
        let points = isWhole ? "\(m.1)" : f.number(Double(m.1) / 10, decimals: 1)
        return k == 0 ? "projected \(m.0) by \(points) points" : "\(m.0) by \(points)"
      }
      let list =
        parts.count > 1
        ? parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1] : parts[0]
      return verb + " " + list
    }
    let clauses = [(down, "lowers"), (up, "raises")].filter { !$0.0.isEmpty }.map {
      words($0.1, $0.0)
    }
    return clauses.isEmpty ? nil : clauses.joined(separator: " and ")
  }

  /// Why a `pilots_renew` shock reaches fewer accounts than the pilots paying now, with a
  /// leading space: " It reaches 20 of the 28 paying pilots; the other 8 are already counted as
  /// leaving." (a pilot whose chance of renewing already is the scenario's share: at 0, one
  /// that gave notice). "" when it reaches them all, or when the scenario has other shocks
  /// whose accounts the count would mix in (R32-3: ai-hypergrowth's 20 affected beside 28
  /// live pilots was unexplained).
  static func pilotReach(_ o: StressOutcome, base: StressFigures) -> String {
    let sc = o.scenario
    guard let share = sc.pilotsRenew, sc.trialConversion == nil, sc.usageChange == nil,
      sc.churnMultiplier == nil, sc.expansionMultiplier == nil, sc.loseTopAccounts == nil,
      sc.priceChange == nil
    else { return "" }
    let reached = o.figures.accountsAffected
    let paying = base.pilots.accounts
    guard reached < paying else { return "" }
    let other = paying - reached
    let already = share == 0 ? "counted as leaving" : "at that chance of renewing"
    return " It reaches \(CountText.grouped(reached)) of the \(CountText.grouped(paying)) paying "
      + "pilots; "
      + (other == 1
        ? "the other is already \(already)."
        : "the other \(CountText.grouped(other)) are already \(already).")
  }

  /// round(12 × `accounts` × `mrr` × `p`), cents; `nil` past `Int64`.
  static func worth(_ accounts: Int, _ mrr: Int64, _ p: Double) -> Int64? {
    Int64(exactly: (12 * Double(accounts) * Double(mrr) * p).rounded())
  }
}
