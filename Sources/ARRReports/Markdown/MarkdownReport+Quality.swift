import ARRAnalysis
import ARRCore
import ARRScoring

extension MarkdownReport {
  /// How many accounts the most-at-risk table lists.
  static let mostAtRiskCount = 10

  /// The walk's at-risk step under `risk_signals_missing`: no account can reach the class, so
  /// its loss is not measured, not measured at $0 (render review 30, R30-5).
  static let atRiskOutOfReachCell = "n/a (no signal can reach it)"

  /// The note under every table whose cells are rounded to foot.
  static let footingNote = "Figures are rounded so that each column sums to its displayed total."

  static func walk(_ c: ReportContext) -> String {
    let f = c.format
    let headline = c.metrics.ladder.headline
    var out = "## ARR walk: headline to quality-adjusted\n\n"
    out += "Each step takes out revenue that does not recur or is not expected to stay; the bold "
    out += "rows are the rungs of the ARR ladder. \(footingNote)\n\n"
    var table = MarkdownTable(["Step", "ARR", "Share of headline"])
    let steps = ARRWalk(c.analysis).steps
    let isSubtotal = steps.map(\.isSubtotal)
    let dollars = Footing.moneyWalk(steps.map(\.arr), isSubtotal: isSubtotal)
    let tenths =
      headline != 0
      ? Footing.walk(steps.map { Double($0.arr) / Double(headline) * 1000 }, isSubtotal: isSubtotal)
      : nil
    // Under `risk_signals_missing` no account can reach the at-risk class: its step is not a
    // measured $0 but no measure at all (render review 30, R30-5; render review 28, R28-13).
    let outOfReach = Analysis.isAtRiskOutOfReach(c.scoring)
    for (k, step) in steps.enumerated() {
      let share = tenths.map { f.percent(tenths: $0[k]) } ?? "n/a"
      if outOfReach, step.key == ARRWalk.atRiskLossKey, step.arr == 0 {
        table.append([step.label, atRiskOutOfReachCell, "n/a"])
      } else if step.isSubtotal {
        table.append(["**\(step.label)**", "**\(f.money(units: dollars[k]))**", "**\(share)**"])
      } else {
        table.append([usageSplit(step, c) ?? step.label, f.signedMoney(units: dollars[k]), share])
      }
    }
    out += table.markdown + "\n"
    // One-time revenue seen and not counted, under the walk's first rungs (T48-20).
    out += oneTimeNote(c)
    out += pooledWalkNote(c)
    out += committedCut(c)
    return out
  }

  /// Under pooled pricing (``ScoringResult/isPricedPooled``) the class rows of the walk split
  /// one rate's loss by each class's share of recurring ARR: said under the table, so the split
  /// is not read as a risk reading (render review 38, R38-2: movements' "wavering −$1.75M,
  /// retained −$3.30M" with every account priced at one 10.5% loss). "" otherwise.
  static func pooledWalkNote(_ c: ReportContext) -> String {
    guard c.scoring.isPricedPooled, let rate = c.scoring.classRetention?.first else { return "" }
    return "Every class is priced at the company's pooled retention (\(c.percent(rate)) to stay): "
      + "the loss rows split one rate's loss by each class's share of recurring ARR, not by its "
      + "risk.\n\n"
  }

  /// The usage step's label with its two parts when it has both (render review 35, R35-1: a
  /// net −$469K read as usage taken out where $1.49M was taken out and $1.02M added back):
  /// "Usage at 3-month average (−$1.49M above it, +$1.02M below it)"; `nil` otherwise.
  static func usageSplit(_ step: ARRWalk.Step, _ c: ReportContext) -> String? {
    let usage = c.metrics.ladder.step(.usageAveraged)
    guard step.key == ARRWalk.usageKey, usage.raised > 0, usage.lowered < 0 else { return nil }
    let f = c.format
    return "\(step.label) (−\(f.compactMoney(cents: -usage.lowered)) above it, "
      + "+\(f.compactMoney(cents: usage.raised)) below it)"
  }

  /// Why the accounts paying MRR in the as-of month (headline ARR's base) and the accounts
  /// with recurring ARR (the class table's) are not the same accounts, when they are not:
  /// usage accounts with no usage revenue this month keep recurring ARR at their 3-month
  /// average; trials and pilots pay MRR that is not recurring. One sentence with a leading
  /// space, or "" when every paying account is classed and every classed account pays.
  static func payingVersusClassed(_ c: ReportContext) -> String {
    let f = c.format
    let last = c.company.monthCount - 1
    func pays(_ account: Int) -> Bool {
      last >= 0 && c.company.revenue.mrr(account: account, month: last) > 0
    }
    var averagedOnly = 0  // classed, no MRR this month
    var notRecurring = 0  // paying, not classed
    for s in c.scoring.scores {
      if s.isClassed && !pays(s.account) { averagedOnly += 1 }
      if pays(s.account) && !s.isClassed { notRecurring += 1 }
    }
    var parts: [String] = []
    if averagedOnly > 0 {
      let one = averagedOnly == 1
      parts.append(
        "\(MarkdownText.count(averagedOnly, "usage account", format: f)) with no usage revenue in "
          + "\(f.month(c.company.asOf)) \(one ? "has" : "have") recurring ARR at "
          + "\(one ? "its" : "their") 3-month average (in the class table, not among the paying "
          + "accounts)")
    }
    if notRecurring > 0 {
      let one = notRecurring == 1
      // Paying without recurring ARR: a live account's kind (trial, pilot) says why.
      var kinds: [UnclassedAccount.Kind: Int] = [:]
      for u in c.scoring.unclassed where pays(u.account) { kinds[u.kind, default: 0] += 1 }
      var why = UnclassedAccount.Kind.allCases.filter { kinds[$0] != nil }.map(\.label)
      if kinds.values.reduce(0, +) < notRecurring { why.append("accounts not live") }
      parts.append(
        "\(MarkdownText.count(notRecurring, "paying account", format: f)) \(one ? "has" : "have") "
          + "no recurring ARR, being \(StressMarkdown.listed(why)) (among the paying accounts, "
          + "not in the class table)")
    }
    guard !parts.isEmpty else { return "" }
    let same = averagedOnly == notRecurring
    return " The two counts \(same ? "are equal but hold different accounts" : "differ"): "
      + parts.joined(separator: ", and ") + "."
  }

  /// An account as the report names it: "River Health (A0383)", its name with its id, or the
  /// id alone when the data has no name for it or its name is its id (a cube keyed by name:
  /// "Blueline Inc #10 (Blueline Inc #10)" said it twice; trial 22, T22-L3). Name and id are
  /// data, written as literal text (``MarkdownText/escaped(_:)``: no bold, link or HTML from a
  /// name; line breaks are spaces).
  static func accountLabel(_ account: Account, detail: String? = nil) -> String {
    let id = MarkdownText.escaped(account.id)
    let inside = [id] + (detail.map { [$0] } ?? [])
    guard let name = account.distinctName else {
      return id + (detail.map { " (\($0))" } ?? "")
    }
    return "\(MarkdownText.escaped(name)) (\(inside.joined(separator: ", ")))"
  }

  /// Where committed ARR sits beside the walk, and its renewal calendar; one sentence when
  /// nothing is committed.
  static func committedCut(_ c: ReportContext) -> String {
    let f = c.format
    let ladder = c.metrics.ladder
    let qa = c.scoring.qualityAdjustedARR
    var out = "### Committed ARR and when it renews\n\n"
    let renewals = c.committedRenewals
    // Nothing committed: a calendar of zeros would say nothing a sentence does not.
    if ladder.committed == 0 && renewals.buckets.allSatisfy({ $0.accounts == 0 }) {
      out += "Committed ARR is \(f.money(cents: 0)): no revenue is under a known contract term "
      out +=
        "or committed minimum ending in \(f.month(c.company.asOf)) or later (no notice "
      out += "given), so there is no "
      out += "renewal calendar to show.\n\n"
      return out
    }
    out += "Committed ARR (\(f.compactMoney(cents: ladder.committed))) is a different cut of "
    out += "recurring ARR, not a rung of the walk: it keeps only revenue under a contract term or "
    // The boundary the ladder uses: a term ending in the as-of month is at its renewal and
    // counts (session 35, render review 35, R35-9: "running past 2026-10" excluded it).
    let asOfMonth = f.month(c.company.asOf)
    // With its amount where some is (R35-9: "$564K of it").
    let now =
      renewals.renewingNow > 0
      ? "terms ending in \(asOfMonth), \(f.compactMoney(cents: renewals.renewingNow)) of it, are "
      : "a term ending in \(asOfMonth) is "
    out +=
      "committed minimum ending in \(asOfMonth) or later (no notice given; \(now)"
      + "at renewal now), whatever its "
    out += "odds of renewing, while quality-adjusted ARR keeps every account weighted by its odds "
    out += "of staying. So committed can sit "
    out +=
      ladder.committed < qa
      ? "below quality-adjusted ARR, as here, " : "above or below quality-adjusted ARR "
    out += "without contradiction. Committed is not revenue that cannot leave within the year: "
    out += "terms end and renew inside the next year, as the calendar shows.\n\n"
    var table = MarkdownTable(["Renewal", "Committed ARR", "Accounts", "Share of committed"])
    let dollars = Footing.money(renewals.buckets.map(\.arr), total: ladder.committed)
    let shares =
      ladder.committed > 0
      ? Footing.tenthsOfPercent(
        renewals.buckets.map { Double($0.arr) / Double(ladder.committed) }, total: 1)
      : nil
    for (k, b) in renewals.buckets.enumerated() {
      table.append([
        renewalLabel(b.period), f.money(units: dollars[k]), f.integer(b.accounts),
        shares.map { f.percent(tenths: $0[k]) } ?? "—",
      ])
    }
    table.append([
      "**Total**", "**\(f.money(cents: ladder.committed))**",
      "**\(f.integer(renewals.buckets.reduce(0) { $0 + $1.accounts }))**",
      ladder.committed > 0 ? "**100.0%**" : "—",
    ])
    out += table.markdown + "\n"
    out += "A quarter holds the contract end dates that fall in it (the first also holds terms "
    out += "ending in \(f.month(c.company.asOf)), at renewal now); **later** is beyond those "
    out += "five quarters, **no end date** is annual or multi-year terms whose contract end "
    out +=
      "date is not in the data, **usage minimum** is the contractual minimum of usage and other "
    out += "accounts without an annual term. "
    // Named by its months: the as-of month (at renewal now) and the 12 after it, 13 month-ends
    // that the quarters above need not line up with (render review 30, R30-11).
    let asOf = c.company.asOf
    out += "\(f.compactMoney(cents: renewals.renewingWithinYear)) of committed ARR renews by "
    out += "\(f.month(asOf.adding(months: 12))) (terms ending in \(f.month(asOf)) or the 12 months "
    out += "after it). "
    // Dated, but not by a contract: the import's own reading of the files (R38-3).
    if renewals.inferredEndARR > 0 {
      let accounts = MarkdownText.count(renewals.inferredEndAccounts, "account", format: f)
      out +=
        renewals.inferredEndARR == ladder.committed
        ? "All of it (\(accounts)) is "
        : "\(f.compactMoney(cents: renewals.inferredEndARR)) of it (\(accounts)) is "
      out += "dated by end dates the import inferred, not read from a contract (Data quality). "
    }
    // A renewal the files hold after the as-of month is said as renewed (render review 40,
    // R40-11: the ledger's 2 terms ending 2026-09, renewed by invoices dated 2026-10, read "at
    // renewal now" while the Stripe export of the same company dated them a year on).
    if renewals.renewedLaterAccounts > 0, let month = renewals.renewedLaterMonth {
      let n = renewals.renewedLaterAccounts
      let all =
        n == renewals.buckets[0].accounts && renewals.renewedLaterARR == renewals.renewingNow
      out +=
        all
        ? (n == 1 ? "The term" : n == 2 ? "Both terms" : "All \(f.integer(n)) terms")
        : "\(f.integer(n)) of the terms"
      out += " ending in \(f.month(asOf)) (\(f.money(cents: renewals.renewedLaterARR))) "
      out += n == 1 ? "has" : "have"
      out += " a paid renewal invoice dated \(f.month(month)) in the file: renewed after the as-of "
      out += "month, so \(n == 1 ? "it stays" : "they stay") at renewal now in every figure here. "
    }
    out += "\(footingNote)\n\n"
    out += c.chartLink(
      .committedRenewals, alt: "Bar chart of committed ARR by renewal quarter")
    return out
  }

  /// A renewal bucket's period in words (`2027-Q1` stays as is).
  static func renewalLabel(_ period: String) -> String {
    switch period {
    case "no_end_date": "no end date"
    case "usage_minimum": "usage minimum"
    default: period
    }
  }

  /// From the accounts in the data to the accounts classed, one step at a time.
  static func accountCount(_ c: ReportContext) -> String {
    let f = c.format
    let scores = c.scoring.scores
    var byStatus: [AccountStatus: Int] = [:]
    for s in scores { byStatus[s.status, default: 0] += 1 }
    var out = "## Accounts: from the data to the classes\n\n"
    var table = MarkdownTable(["Step", "Accounts"])
    table.append(["**Accounts in the data**", "**\(f.integer(scores.count))**"])
    let gone: [(AccountStatus, String)] = [
      (
        .notStarted,
        c.company.dataQuality.rowsAfterAsOf > 0
          ? "first appear after \(f.month(c.company.asOf)) (not yet in the data then)"
          : "start after \(f.month(c.company.asOf)) (not started by the as-of month)"
      ),
      (.churned, "churned before \(f.month(c.company.asOf))"),
      (.trialExpired, "trial expired unpaid"),
      (.convertedNotBilled, "converted from trial, first bill after \(f.month(c.company.asOf))"),
      (.neverPaid, "never paid recurring revenue"),
    ]
    for (status, label) in gone {
      let n = byStatus[status] ?? 0
      if n > 0 { table.append(["− " + label, "-" + f.integer(n)]) }
    }
    let live = byStatus[.live] ?? 0
    table.append(["**Live (scored for risk)**", "**\(f.integer(live))**"])
    let unclassed = c.scoring.unclassed
    for t in unclassed.tallyByKind where t.accounts > 0 {
      table.append(["− \(t.kind.label), no recurring ARR", "-" + f.integer(t.accounts)])
    }
    let classed = c.scoring.classMix.accounts
    table.append(["**With recurring ARR (classed)**", "**\(f.integer(classed))**"])
    out += table.markdown + "\n"
    // Converted trials whose first bill is still to come: converted in the trial table, in no
    // ARR figure here (render review 32, R32-6). A paragraph of its own: the next reconciles
    // the paying and classed counts (ReportWordingRulesTests reads it).
    if let waiting = byStatus[.convertedNotBilled], waiting > 0 {
      out += "\(MarkdownText.count(waiting, "account", format: f)) converted from trial in "
      out += "\(f.month(c.company.asOf.adding(months: -AccountStatus.firstBillMonths))) or "
      out += "\(f.month(c.company.asOf)) and \(waiting == 1 ? "has" : "have") no bill yet: the "
      out += "trial table counts \(waiting == 1 ? "it" : "them") as converted, and no ARR figure "
      out += "counts \(waiting == 1 ? "it" : "them") until the first bill.\n\n"
    }
    let paying = c.metrics.ladder.payingAccounts
    out += "\(MarkdownText.count(paying, "account", format: f)) paid MRR in "
    out += "\(f.month(c.company.asOf)) (the headline ARR's base, trials and pilots included). "
    out +=
      classed == 1
      ? "The class table counts the 1 account with recurring ARR"
      : "The class table counts the \(f.integer(classed)) accounts with recurring ARR"
    if unclassed.isEmpty { return out + "." + payingVersusClassed(c) + "\n\n" }
    let headline = unclassed.reduce(0) { $0 + $1.headlineARR }
    out += "; the \(MarkdownText.count(unclassed.count, "live account", format: f)) without "
    let verb = unclassed.count == 1 ? "is" : "are"
    out += "recurring ARR (\(f.compactMoney(cents: headline)) of headline ARR) \(verb) scored but "
    out += "never classed, and \(verb) listed apart under Revenue quality."
    return out + payingVersusClassed(c) + "\n\n"
  }

  /// Custom weights in words: which values the `--weights` file changed, so a reader can tell
  /// the report from one made with the documented defaults.
  static func weightOverrides(_ overrides: [WeightOverride], _ f: NumberFormat) -> String {
    let shown = 8
    let items = overrides.prefix(shown).map { o in
      "`\(o.key)` \(f.number(o.defaultValue, decimals: 2)) → \(f.number(o.value, decimals: 2))"
    }
    var out = "Custom weights: the `--weights` file changes \(f.integer(overrides.count)) "
    out += overrides.count == 1 ? "value" : "values"
    out += " from the documented defaults (default → given): " + items.joined(separator: ", ")
    if overrides.count > shown { out += ", and \(f.integer(overrides.count - shown)) more" }
    return out + ".\n\n"
  }

  static func revenueQuality(_ c: ReportContext) -> String {
    let f = c.format
    let s = c.scoring
    var out = "## Revenue quality\n\n"
    out += "Every live account is scored 0–100 for risk; each with recurring ARR is put in the "
    out += classBounds(s, f) + " class. "
    let overrides = s.configuredWeights.overrides()
    let configured =
      overrides.isEmpty ? "the documented default weights" : "the `--weights` file's weights"
    if s.modelUsed == .fittedModel {
      out += "The weights were fitted to this company's own churn over the last 12 months "
      out +=
        s.backtest.map(ReportContext.isFitGainNegligible) == true
        ? "(they tied with \(configured) out of sample, ahead by under "
          + "\(c.format.number(ReportContext.negligibleAUCGain, decimals: 2)) of AUC).\n\n"
        : "(they beat \(configured) out of sample).\n\n"
    } else if s.backtest?.fit != nil {
      out += "The score uses \(configured): weights fitted to this company's churn "
      out += "did not rank churners better out of sample.\n\n"
    } else {
      out += "The score uses \(configured) (too little history to fit them).\n\n"
    }
    if !overrides.isEmpty { out += weightOverrides(overrides, f) }
    var classes = MarkdownTable([
      "Class", "Accounts", "Share of logos", "Recurring ARR", "Share of ARR",
      "Quality-adjusted ARR",
    ])
    let all = s.classMix
    let kinds = RevenueClass.allCases
    let arr = Footing.money(kinds.map { all[$0].recurringARR }, total: all.recurringARR)
    let qa = Footing.money(kinds.map { all[$0].qualityAdjustedARR }, total: all.qualityAdjustedARR)
    let logoShares = Footing.tenthsOfPercent(kinds.map { all[$0].logoShare }, total: 1)
    let arrShares = Footing.tenthsOfPercent(kinds.map { all[$0].arrShare }, total: 1)
    let hasLogos = all.accounts > 0
    let hasARR = all.recurringARR > 0
    // An at-risk class empty because no signal can reach it says so on its row: its 0 and $0
    // are the data's reach, not a clean book (render review 28, R28-13; as the walk's step).
    let outOfReach = Analysis.isAtRiskOutOfReach(s)
    for (k, kind) in kinds.enumerated() {
      let x = all[kind]
      classes.append([
        kind == .atRisk && outOfReach ? kind.label + " (no signal can reach it)" : kind.label,
        f.integer(x.accounts), hasLogos ? f.percent(tenths: logoShares[k]) : "—",
        f.money(units: arr[k]), hasARR ? f.percent(tenths: arrShares[k]) : "—",
        f.money(units: qa[k]),
      ])
    }
    classes.append([
      "**Total**", "**\(f.integer(all.accounts))**", hasLogos ? "**100.0%**" : "—",
      "**\(f.money(cents: all.recurringARR))**", hasARR ? "**100.0%**" : "—",
      "**\(f.money(cents: all.qualityAdjustedARR))**",
    ])
    out += classes.markdown + "\n"
    out += footingNote + "\n\n"
    out += unclassedAccounts(c)
    out += c.chartLink(
      .classMix,
      alt: "Bar chart of class mix by ARR and by logos, overall, by segment and by "
        + "contract type")
    out += segmentMix(c)
    // Contract types by their label (`multi-year`), not their input code.
    let byType = s.byContractType.map { g -> GroupClassMix in
      var g = g
      g.key = ContractType.label(forKey: g.key)
      return g
    }
    // One group is the overall mix again, as for segments (render review 40, R40-10: seed's
    // one-row "monthly" table); groups without recurring ARR hold no classed account, and the
    // class-mix chart draws no contract type by the same rule.
    let priced = byType.filter { $0.mix.recurringARR > 0 }
    if priced.count == 1, let only = priced.first {
      out += "**By contract type**: every classed account is on one contract type, "
      out += "\(MarkdownText.escaped(only.key)), whose mix is the one above.\n\n"
    } else {
      out += groupMix("By contract type", byType, c)
    }
    out += snapshotColumns(c)
    out += activityColumns(c)
    out += mostAtRisk(c)
    return out
  }

  /// The class mix by segment: the listed segments, then the others summed in one row
  /// (``ListedSegments``).
  static func segmentMix(_ c: ReportContext) -> String {
    let segments = c.segments
    var groups = c.scoring.bySegment.filter { segments.isListed($0.key) }
    // One group is the overall mix again (render review 38, R38-12: movements' one row,
    // "(no segment)", repeated the class table above it).
    if !segments.isFolding, groups.count == 1, let only = groups.first {
      let isUnnamed = only.key.isEmpty || only.key == Account.noSegmentLabel
      return "**By segment**: "
        + (isUnnamed
          ? "no account has a segment, so there is no split to show."
          : "every classed account is in one segment, \(only.key), whose mix is the one above.")
        + "\n\n"
    }
    guard segments.isFolding else { return groupMix("By segment", groups, c) }
    let folded = segments.foldedMix
    groups.append(GroupClassMix(key: segments.foldedLabel, mix: folded))
    var out = groupMix("By segment", groups, c)
    let f = c.format
    out += "The company has \(f.integer(segments.labels.count + segments.folded.count)) "
    out += "segments: the \(f.integer(segments.labels.count)) with the most recurring ARR are "
    out += "listed here and in the other "
    out += "segment tables, and the \(segments.foldedLabel) (\(c.format.integer(folded.accounts)) "
    out += "classed accounts, \(c.format.money(cents: folded.recurringARR)) of recurring ARR) are "
    out += "summed in the last row; "
    out +=
      segments.isFoldingInJSON
      ? "accounts.csv gives every account's segment and report.json the "
        + "\(f.integer(ListedSegments.jsonLimit)) segments with the most recurring ARR.\n\n"
      : "report.json and accounts.csv list every segment.\n\n"
    return out
  }

  /// The class mix of each group as shares of the group's recurring ARR.
  static func groupMix(_ title: String, _ groups: [GroupClassMix], _ c: ReportContext) -> String {
    guard !groups.isEmpty else { return "" }
    let f = c.format
    let out = "**\(title)** (share of each group's recurring ARR; each row sums to 100.0%)\n\n"
    var table = MarkdownTable([
      "Group", "Accounts", "Recurring ARR", "Retained", "Wavering", "At-risk",
      "Quality-adjusted ARR",
    ])
    for g in groups {
      let m = g.mix
      // A group with no recurring ARR (e.g. pilots, which sit outside it) has no mix.
      let shares =
        m.recurringARR > 0
        ? Footing.tenthsOfPercent(RevenueClass.allCases.map { m[$0].arrShare }, total: 1)
          .map { f.percent(tenths: $0) }
        : ["—", "—", "—"]
      table.append(
        [
          g.key.isEmpty ? Account.noSegmentLabel : MarkdownText.escaped(g.key),
          f.integer(m.accounts),
          f.money(cents: m.recurringARR),
        ]
          + shares + [f.money(cents: m.qualityAdjustedARR)])
    }
    return out + table.markdown + "\n"
  }

  /// The accounts with the largest expected 12-month loss, with their reasons.
  static func mostAtRisk(_ c: ReportContext) -> String {
    let f = c.format
    let scores = c.scoring.scores
    let risky = scores.withUnsafeBufferPointer { s in
      // Largest loss first, then account order.
      Leaders.indices(
        count: mostAtRiskCount, of: s.count, where: { s[$0].arrAtRisk > 0 },
        by: { (s[$0].arrAtRisk, s[$1].account) > (s[$1].arrAtRisk, s[$0].account) })
    }.map { scores[$0] }
    guard !risky.isEmpty else { return "No account carries an expected 12-month loss.\n\n" }
    var out =
      risky.count == 1
      ? "**The 1 account with the largest expected 12-month loss** (any "
      : "**The \(c.format.integer(risky.count)) accounts with the largest expected 12-month loss** (any "
    // Under pooled pricing the largest losses are the largest accounts (render review 38,
    // R38-2): the title says so.
    out +=
      c.scoring.isPricedPooled
      ? "class; every class is priced at the pooled retention, so size more than risk orders "
        + "this list)\n\n"
      : "class)\n\n"
    var table = MarkdownTable(
      ["Account", "Class", "Risk score", "Recurring ARR", "Expected 12-month loss", "Reasons"],
      rightAligned: [false, false, true, true, true, false])
    for r in risky {
      table.append([
        accountLabel(c.company.accounts[r.account]), r.revenueClass.label,
        f.number(
          RevenueClass.shownScore(r.riskScore, weights: c.scoring.weightsUsed), decimals: 1),
        f.money(cents: r.recurringARR), f.money(cents: r.arrAtRisk),
        reasons(c.scoring.reasons(for: r), r, c),
      ])
    }
    return out + table.markdown + "\n" + tieAtTheCut(risky, scores: scores, f)
  }

  /// Under the most-at-risk table, when its last loss is tied with accounts the table leaves
  /// out: "The last 5 rows are 5 of the 10 accounts tied at $144 of expected loss, in file
  /// order; the other 5 are not listed." (render review 40, R40-8: seed-example's "10 accounts
  /// with the largest" loss cut through a 10-way tie by file order, unsaid). Empty otherwise.
  /// - Complexity: O(accounts).
  static func tieAtTheCut(_ shown: [AccountScore], scores: [AccountScore], _ f: NumberFormat)
    -> String
  {
    guard shown.count == mostAtRiskCount, let last = shown.last?.arrAtRisk else { return "" }
    let tied = scores.count { $0.arrAtRisk == last }
    let tiedShown = shown.count { $0.arrAtRisk == last }
    guard tied > tiedShown else { return "" }
    let rows =
      tiedShown == 1
      ? "The last row is 1"
      : "The last \(f.integer(tiedShown)) rows are "
        + "\(f.integer(tiedShown))"
    return "\(rows) of the \(f.integer(tied)) accounts tied at \(f.money(cents: last)) of "
      + "expected loss, in file order; the other \(f.integer(tied - tiedShown)) "
      + (tied - tiedShown == 1 ? "is" : "are") + " not listed.\n\n"
  }

  /// The classes with their score bounds, the weights' thresholds: "**retained** (score under
  /// 15), **wavering** (15 to under 40) or **at-risk** (40 and over)" (session 31; render
  /// review 30, R30-15: the thresholds were never stated, and a score shown as 15 sat in two
  /// classes).
  /// - Parameters:
  ///   - s: The scoring (its weights' thresholds).
  ///   - f: The company's number format.
  ///   - isBold: Whether the class names are bold (the Revenue quality paragraph) or plain
  ///     (the Glossary).
  static func classBounds(_ s: ScoringResult, _ f: NumberFormat, isBold: Bool = true) -> String {
    let w = s.weightsUsed
    func bound(_ x: Double) -> String { f.number(x, decimals: x == x.rounded() ? 0 : 1) }
    func name(_ c: String) -> String { isBold ? "**\(c)**" : c }
    return "\(name("retained")) (score under \(bound(w.waveringThreshold))), \(name("wavering")) "
      + "(\(bound(w.waveringThreshold)) to under \(bound(w.atRiskThreshold))) or "
      + "\(name("at-risk")) (\(bound(w.atRiskThreshold)) and over)"
  }

  /// An account's reasons in one table cell, joined by semicolons; a wavering or at-risk account whose term runs past the year (``TermLock``) says so first,
  /// "under contract to 2028-03: cannot leave within 12 months", since its loss is then only
  /// the contraction survivors show (session 31; render review 28, R28-17: "at-risk" beside a
  /// 97.5% retention, unexplained). With none, where its loss comes from instead of a bare
  /// dash (render review 28, R28-18: billings' retained Kestrel Dynamics read "—" beside a
  /// $198,713 loss): "no reason listed: priced at the retained class's retention (last year's
  /// churn, shrunk to its default), a loss of 15.8% of its ARR", the class's documented
  /// default, or the fitted model's odds for its score, by where the retention probabilities
  /// come from (``RetentionSource``). Retained accounts are never given reasons
  /// (``ScoringResult/reasons(for:)``), so the cell does not claim the account has no signal.
  static func reasons(_ list: [String], _ r: AccountScore, _ c: ReportContext) -> String {
    var list = list
    let terms = c.company.accounts[r.account].terms
    if r.revenueClass != .retained, TermLock.holds(terms, asOf: c.company.asOf),
      let end = terms.contractEndDate
    {
      list.insert(
        "under contract to \(c.format.month(end.month)): cannot leave within 12 months", at: 0)
    }
    // A lapsed term still paid is named in every class, as committed ARR and
    // `lapsed_still_paying` read it: a retained account lists no reasons, and "no reason
    // listed" beside "cancellable any month" read as two companies (trial 37, T37-9).
    if let end = terms.contractEndDate, r.recurringARR > 0,
      AccountFactSignals.isLapsed(end: end, month: c.company.asOf)
    {
      let words = AccountFactSignals.lapsedWords(end, contractType: terms.contractType)
      if !list.contains(words) { list.insert(words, at: 0) }
    }
    guard list.isEmpty else { return list.joined(separator: "; ") }
    let source: String
    switch c.scoring.retentionSource {
    case .backtestClassDepartures:
      // As far as last year's score did not rank churners, the class is priced at the pooled
      // rate (``Backtest/rankingTrust``; render review 32, R32-2).
      switch c.scoring.backtest?.classPricing ?? .byClass {
      case .pooled:
        source =
          "priced at the company's pooled retention (last year's score did not rank churners, "
          + "so every class is priced alike)"
      case .blended:
        source =
          "priced at the \(r.revenueClass.label) class's retention (last year's churn, shrunk "
          + "to its default, blended with the company's pooled rate)"
      case .byClass:
        source =
          "priced at the \(r.revenueClass.label) class's retention (last year's churn, shrunk "
          + "to its default)"
      }
    case .classDefaults:
      source = "priced at the \(r.revenueClass.label) class's documented default retention"
    case .model: source = "priced at the fitted model's odds for its score"
    }
    let share =
      r.recurringARR > 0
      ? ", a loss of \(c.format.percent(Double(r.arrAtRisk) / Double(r.recurringARR))) of its ARR"
      : ""
    return "no reason listed: " + source + share
  }
}
