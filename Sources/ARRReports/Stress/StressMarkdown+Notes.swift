import ARRAnalysis
import ARRCore
import ARRMetrics
import ARRScoring
import ARRStress

/// What the change table cannot say by itself: which scenarios touch no account, and why a
/// scenario can take more recurring than headline ARR.
extension StressMarkdown {
  /// The "Accounts affected" row: per scenario the accounts whose MRR, class, retention
  /// probability or quality-adjusted ARR move, 0 for a scenario that moves nothing: a count
  /// like every count of the table (the class rows print 0 too), with the sentence below the
  /// table saying why.
  static func affectedRow(_ scenarios: [StressOutcome], base: StressFigures, format f: NumberFormat)
    -> [String]
  {
    ["Accounts affected"]
      + scenarios.map { o in
        f.integer(o.hasNoEffect(against: base) ? 0 : o.figures.accountsAffected)
      }
  }

  /// The scenarios whose shocks match no account, each with what the data lacks for it
  /// (``missingWords(_:)``), or "" when there are none.
  static func noEffectSentence(_ result: StressResult) -> String {
    let idle = result.scenarios.filter { $0.hasNoEffect(against: result.base) }
    guard !idle.isEmpty else { return "" }
    let unknown = unknownTermsPaying(result.analysis.company)
    let movesRate = idle.contains { $0.scenario.trialConversion != nil } && hasTrials(result)
    let rate =
      movesRate ? " (the trial conversion rate it sets applies to no account)" : ""
    if idle.count == 1 {
      let o = idle[0]
      return "**\(o.scenario.name)** affects no account: "
        + "\(missingWords(o.scenario, unknownTerms: unknown)), so every "
        + "ARR and projected figure stays the base's\(rate). The charts mark it \"no accounts "
        + "affected\".\n\n"
    }
    var out =
      "\(CountText.grouped(idle.count)) scenarios affect no account, as nothing in the data "
    out += "matches their shocks, so every ARR and projected figure stays the base's"
    out += movesRate ? " (a trial conversion rate they set applies to no account)" : ""
    out += "; the charts mark them \"no accounts affected\":\n\n"
    for o in idle {
      out += "- **\(o.scenario.name)**: \(missingWords(o.scenario, unknownTerms: unknown)).\n"
    }
    return out + "\n"
  }

  /// Paying accounts in the as-of month whose contract type is unknown (an import that gives no
  /// terms): what a churn multiplier keyed on contract types does not reach.
  static func unknownTermsPaying(_ company: Company) -> Int {
    let last = company.monthCount - 1
    let revenue = company.revenue
    return company.withAccountRows { rows in
      rows.indices.filter {
        rows.contractType($0) == .unknown && revenue.mrr(account: $0, month: last) > 0
      }.count
    }
  }

  /// What the data lacks for each shock of a scenario that affects no account, joined with
  /// "and": "no account is on an active trial", "no paying account is on month-to-month terms".
  /// Only the scenario's own shocks are named, so the words are true of an idle scenario. A
  /// churn multiplier keyed on contract types that misses `unknownTerms` paying accounts of
  /// unknown terms names the key that reaches them (decided, session 25, lane t25b; trial 21,
  /// M2: on an import every term is unknown and the bundled monthly shock hit nothing, the note
  /// suggesting nothing).
  static func missingWords(_ s: StressScenario, unknownTerms: Int = 0) -> String {
    var parts: [String] = []
    if s.trialConversion != nil { parts.append("no account is on an active trial") }
    if s.usageChange != nil {
      parts.append("no account is billed by usage or reports usage")
    }
    if let m = s.churnMultiplier, !m.isNeutral {
      var groups: [String] = []
      let types = ContractType.allCases.enumerated().filter { m.byContractType[$0.offset] != 1 }
      if !types.isEmpty {
        groups.append("on " + listed(types.map { termWords($0.element) }, or: true) + " terms")
      }
      let classes = RevenueClass.allCases.filter { m.byClass[$0.index] != 1 }
      if !classes.isEmpty {
        groups.append(
          "in the " + listed(classes.map(\.label), or: true) + " class"
            + (classes.count == 1 ? "" : "es"))
      }
      let unknownIndex = ContractType.allCases.firstIndex(of: .unknown)!
      let suggestion =
        !types.isEmpty && m.byContractType[unknownIndex] == 1 && unknownTerms > 0
        ? "; \(CountText.grouped(unknownTerms)) paying account\(unknownTerms == 1 ? " has" : "s have") "
          + "unknown contract terms, which no contract-type key but \"unknown\" reaches: add "
          + "`\"unknown\": \(JSONConfig.format(m.byContractType[types[0].offset]))` to "
          + "the scenario's churn multipliers to shock them too"
        : ""
      parts.append(
        m.all != 1 || groups.isEmpty
          ? "no account pays in the as-of month"
          : "no paying account is " + listed(groups, or: true) + suggestion)
    }
    if s.pilotsRenew != nil { parts.append("no account is a paying pilot") }
    if s.expansionMultiplier != nil { parts.append("no account expanded over the last year") }
    if s.priceChange != nil { parts.append("no account renews within the next 12 months") }
    if s.loseTopAccounts != nil { parts.append("no account has recurring ARR") }
    return parts.isEmpty ? "its shocks match nothing in the data" : listed(parts)
  }

  /// A contract type as terms are named in prose: `monthly` → "month-to-month".
  static func termWords(_ t: ContractType) -> String {
    t == .monthly ? "month-to-month" : t.label
  }

  /// For each scenario whose `pilots_renew` share is above the renewal the base expects of its
  /// paying pilots (expected renewal ARR ÷ their ARR), why expected pilot ARR rises: the share
  /// replaces each pilot's own probability, it does not cap it (`docs/stress.md`).
  /// - Returns: One paragraph, or "" when no scenario does this.
  static func pilotsRenewAboveBase(_ result: StressResult, format f: NumberFormat) -> String {
    let pilots = result.base.pilots
    guard pilots.arr > 0 else { return "" }
    let baseShare = Double(pilots.expectedARR) / Double(pilots.arr)
    let raising = result.scenarios.filter { o in
      guard let share = o.scenario.pilotsRenew else { return false }
      return share > baseShare && o.figures.pilots.expectedARR > pilots.expectedARR
    }
    guard !raising.isEmpty else { return "" }
    let parts = raising.map { o in
      "**\(o.scenario.name)** sets it to \(f.percent(o.scenario.pilotsRenew ?? 0))"
    }
    return "The paying pilots are expected to renew \(f.percent(baseShare)) of their ARR in "
      + "the base; \(listed(parts)), which replaces each pilot's own probability, so expected "
      + "ARR from pilot renewals rises there although the scenario reads as a downside.\n\n"
  }

  /// For each scenario whose recurring ARR falls more than its headline ARR (in cents), why:
  /// recurring ARR counts usage-billed accounts at their trailing 3-month average, so losing an
  /// account whose average is above this month's run-rate removes more recurring than headline
  /// ARR. A lost account (`lose_top_accounts`) is named with both figures.
  /// - Returns: One paragraph, or "" when no scenario does this.
  static func recurringBeyondHeadline(_ result: StressResult, format f: NumberFormat) -> String {
    let base = result.base
    let company = result.analysis.company
    let last = company.monthCount - 1
    var sentences: [String] = []
    for o in result.scenarios {
      // In cents, not as displayed: two totals rounded on their own can differ by a unit
      // when the exact changes are equal, and that is rounding, not usage averaging.
      let headline = o.figures.headlineARR - base.headlineARR
      let recurring = o.figures.recurringARR - base.recurringARR
      guard recurring < 0, recurring < headline else { continue }
      // The amounts are the table's; the accounts' own figures below are rounded on their
      // own, so they are not set against the table's differences in one sentence.
      var text = "In **\(o.scenario.name)** recurring ARR falls more than headline ARR"
      let lost = o.topAccountLoss.lost
      let averaged = lost.filter { i in
        result.analysis.metrics.recurringMRR[i] > company.revenue.mrr(account: i, month: last)
      }
      if !averaged.isEmpty {
        let parts = averaged.map { i in
          let name = accountName(company, i)
          let avg = 12 * result.analysis.metrics.recurringMRR[i]
          let now = 12 * company.revenue.mrr(account: i, month: last)
          return "\(name), counts \(f.money(cents: avg)) in recurring ARR (its trailing "
            + "3-month average) but \(f.money(cents: now)) in headline ARR (its "
            + "\(f.month(company.asOf)) run-rate)"
        }
        text +=
          ": recurring ARR counts usage-billed revenue at its trailing 3-month average, and "
          + (lost.count == 1 ? "the account lost, " : "of the accounts lost, ")
          + parts.joined(separator: "; ") + "; so losing "
          + (averaged.count == 1 ? "it" : "them") + " removes more recurring than headline ARR."
      } else {
        text +=
          ": recurring ARR counts usage-billed revenue at its trailing 3-month average, which "
          + "for the accounts the shock hits is above their run-rate this month, so the same "
          + "shock removes more of it."
      }
      sentences.append(text)
    }
    return sentences.isEmpty ? "" : sentences.joined(separator: " ") + "\n\n"
  }

  /// The scenarios whose expected 12-month loss is below the base's while their recurring ARR
  /// is lower too (both as displayed): the shock took revenue away now, so less is left to
  /// lose, which reads as good news unless said.
  /// - Returns: One sentence, or "" when no scenario does this.
  static func lossFallsWithARR(_ result: StressResult) -> String {
    let base = result.base
    let falling = result.scenarios.filter { o in
      Footing.roundedUnits(o.figures.arrAtRisk) < Footing.roundedUnits(base.arrAtRisk)
        && Footing.roundedUnits(o.figures.recurringARR) < Footing.roundedUnits(base.recurringARR)
    }
    guard !falling.isEmpty else { return "" }
    let names = listed(falling.map { "**\($0.scenario.name)**" })
    // "Which falls" only where it does (trial 22, T22-15: it was said of a scenario whose
    // quality-adjusted ARR equalled the base's).
    let isQualityFalling = falling.allSatisfy {
      Footing.roundedUnits($0.figures.qualityAdjustedARR)
        < Footing.roundedUnits(base.qualityAdjustedARR)
    }
    return "In \(names) the expected 12-month loss is below the base's although recurring ARR "
      + "is lower: the shock removes revenue now, so less is left to lose over the next 12 "
      + "months; that is not lower risk, and quality-adjusted ARR"
      + (isQualityFalling ? ", which falls," : "") + " is the figure to compare.\n\n"
  }

  /// Account `i` as the stress notes name it: as the report's tables do
  /// (``MarkdownReport/accountLabel(_:detail:)``: `Name (id)`, the id alone when it has no
  /// name of its own, escaped as Markdown text).
  static func accountName(_ company: Company, _ i: Int) -> String {
    MarkdownReport.accountLabel(company.accounts[i])
  }

  /// `a`, `a and b`, `a, b and c` (with `or`: `a, b or c`).
  static func listed(_ items: [String], or: Bool = false) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + items.last!
  }
}
