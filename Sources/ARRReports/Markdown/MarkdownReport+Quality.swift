extension MarkdownReport {
  /// How many accounts the most-at-risk table lists.
  static let mostAtRiskCount = 10

  static func walk(_ c: ReportContext) -> String {
    let f = c.f
    let headline = c.metrics.ladder.headline
    var out = "## ARR walk: headline to quality-adjusted\n\n"
    out += "Each step takes out revenue that does not recur or is not expected to stay; the bold "
    out += "rows are the rungs of the ARR ladder.\n\n"
    var table = MarkdownTable(["Step", "ARR", "Share of headline"])
    for step in ARRWalk(c.analysis).steps {
      let share = ReportContext.share(step.arr, of: headline).map { f.percent($0) } ?? "n/a"
      if step.isSubtotal {
        table.append(["**\(step.label)**", "**\(f.money(cents: step.arr))**", "**\(share)**"])
      } else {
        table.append([step.label, f.signedMoney(cents: step.arr), share])
      }
    }
    out += table.markdown + "\n"
    out += c.chartLink(
      .arrWalk,
      alt: "Waterfall chart of the ARR walk from headline "
        + "\(f.compactMoney(cents: headline)) to quality-adjusted "
        + "\(f.compactMoney(cents: c.scoring.qualityAdjustedARR))")
    return out
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
    let f = c.f
    let s = c.scoring
    var out = "## Revenue quality\n\n"
    out += "Every account paying recurring revenue is scored 0–100 for risk and classed "
    out += "**retained**, **wavering** or **at-risk**. "
    let overrides = s.configuredWeights.overrides()
    let configured = overrides.isEmpty ? "the documented defaults" : "the `--weights` file's"
    if s.modelUsed == .fittedModel {
      out += "The weights were fitted to this company's own churn over the last 12 months "
      out += "(they beat \(configured) out of sample).\n\n"
    } else if s.backtest?.fit != nil {
      out += "The weights are \(configured): weights fitted to this company's churn "
      out += "did not rank churners better out of sample.\n\n"
    } else {
      out += "The weights are \(configured) (too little history to fit them).\n\n"
    }
    if !overrides.isEmpty { out += weightOverrides(overrides, f) }
    var classes = MarkdownTable([
      "Class", "Accounts", "Share of logos", "Recurring ARR", "Share of ARR",
      "Quality-adjusted ARR",
    ])
    for k in RevenueClass.allCases {
      let x = s.classSummary[k]
      classes.append([
        k.label, f.integer(x.accounts), f.percent(x.logoShare), f.money(cents: x.recurringARR),
        f.percent(x.arrShare), f.money(cents: x.qualityAdjustedARR),
      ])
    }
    let all = s.classSummary
    classes.append([
      "**Total**", "**\(f.integer(all.accounts))**", "**100.0%**",
      "**\(f.money(cents: all.recurringARR))**", "**100.0%**",
      "**\(f.money(cents: all.qualityAdjustedARR))**",
    ])
    out += classes.markdown + "\n"
    out += c.chartLink(
      .classMix,
      alt: "Bar chart of class mix by ARR and by logos, overall, by segment and by "
        + "contract type")
    out += groupMix("By segment", s.bySegment, c)
    out += groupMix("By contract type", s.byContractType, c)
    out += mostAtRisk(c)
    return out
  }

  /// The class mix of each group as shares of the group's recurring ARR.
  static func groupMix(_ title: String, _ groups: [GroupClassMix], _ c: ReportContext) -> String {
    guard !groups.isEmpty else { return "" }
    let f = c.f
    let out = "**\(title)** (share of each group's recurring ARR)\n\n"
    var table = MarkdownTable([
      "Group", "Accounts", "Recurring ARR", "Retained", "Wavering", "At-risk",
      "Quality-adjusted ARR",
    ])
    for g in groups {
      let m = g.mix
      // A group with no recurring ARR (e.g. pilots, which sit outside it) has no mix.
      func share(_ x: Double) -> String { m.recurringARR > 0 ? f.percent(x) : "—" }
      table.append([
        g.key.isEmpty ? "(none)" : g.key, f.integer(m.accounts), f.money(cents: m.recurringARR),
        share(m[.retained].arrShare), share(m[.wavering].arrShare),
        share(m[.atRisk].arrShare), f.money(cents: m.qualityAdjustedARR),
      ])
    }
    return out + table.markdown + "\n"
  }

  /// The accounts with the most ARR at risk, with their reasons.
  static func mostAtRisk(_ c: ReportContext) -> String {
    let f = c.f
    let risky = c.scoring.scores.filter { $0.arrAtRisk > 0 }
      .sorted { ($0.arrAtRisk, $1.account) > ($1.arrAtRisk, $0.account) }
      .prefix(mostAtRiskCount)
    guard !risky.isEmpty else { return "No account carries ARR at risk.\n\n" }
    let out = "**The \(risky.count) accounts most at risk** (by expected ARR lost in 12 months)\n\n"
    var table = MarkdownTable(
      ["Account", "Class", "Risk score", "Recurring ARR", "ARR at risk", "Reasons"],
      rightAligned: [false, false, true, true, true, false])
    for r in risky {
      let account = c.company.accounts[r.account]
      let name = account.name.map { $0.isEmpty ? account.id : "\($0) (\(account.id))" }
      table.append([
        name ?? account.id, r.revenueClass.label, f.number(r.riskScore),
        f.money(cents: r.recurringARR), f.money(cents: r.arrAtRisk),
        r.reasons.isEmpty ? "—" : r.reasons.joined(separator: "; "),
      ])
    }
    return out + table.markdown + "\n"
  }
}
