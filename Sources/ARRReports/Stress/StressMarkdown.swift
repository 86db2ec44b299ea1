import ARRAnalysis
import ARRProjection
import ARRScoring
import ARRStress

/// The `stress --format markdown` document: the base and every scenario side by side, then the
/// change of each scenario against the base.
public enum StressMarkdown {
  /// Renders a stress result.
  /// - Parameter result: The base and scenario figures.
  /// - Returns: Markdown ending with a newline.
  /// - Complexity: O(scenarios).
  public static func render(_ result: StressResult) -> String {
    let company = result.analysis.company
    let f = NumberFormat(currency: company.profile.currency)
    let title =
      company.profile.name.map { "Stress test: \(MarkdownText.escaped($0))" } ?? "Stress test"
    var out = "# \(title)\n\n"
    out +=
      "As of \(f.longMonth(company.asOf)), \(f.integer(company.accounts.count)) accounts, "
      + "\(f.integer(result.scenarios.count)) scenario\(result.scenarios.count == 1 ? "" : "s").\n\n"
    if !result.scenarios.isEmpty {
      out += "## Scenarios\n\n" + scenarioList(result) + "\n"
    }
    out += "## Figures\n\n" + figuresTable(result, format: f).markdown + "\n"
    if !result.scenarios.isEmpty {
      out += "## Change vs base\n\n"
      out += changeTable(result, format: f, label: "Figure").markdown + "\n"
      // Which accounts a scenario removed comes first: the notes after it explain its figures.
      out += lostAccounts(result, format: f)
      out += noEffectSentence(result) + recurringBeyondHeadline(result, format: f)
      out += lossFallsWithARR(result) + pilotsRenewAboveBase(result, format: f)
      out += outsideRecurring(result, format: f)
    }
    let t = result.trialConversion
    let resolved = t.converted + t.expired
    out +=
      "Trial conversion in the base: "
      + (t.isDefault
        ? "\(f.percent(t.probability)) (documented default; "
          // "only 0 trials resolved" read as a count (session 40).
          + (resolved == 0
            ? "no trial resolved in the data)"
            : "only \(f.integer(resolved)) trial\(resolved == 1 ? "" : "s") resolved in the data)")
        : "\(f.percent(t.probability)) (\(f.integer(t.converted)) converted of "
          + "\(f.integer(t.converted + t.expired)) "
          + "resolved trials"
          // The window it pools, as a base rate names it (render review 38, R38-9).
          + (t.firstResolvedMonth.map { " started since \(f.month($0))" } ?? "") + ")")
      + ". Trials and pilots are outside recurring ARR; their expected "
      + "ARR is shown beside it. Definitions: docs/stress.md.\n"
    return out
  }

  /// One line per scenario: its name in bold and its description.
  static func scenarioList(_ result: StressResult) -> String {
    result.scenarios.map { o in
      "- **\(o.scenario.name)**" + (o.scenario.description.map { ": \($0)" } ?? "") + "\n"
    }.joined()
  }

  /// Every figure of the base and each scenario, side by side.
  static func figuresTable(_ result: StressResult, format f: NumberFormat) -> MarkdownTable {
    let columns = [result.base] + result.scenarios.map(\.figures)
    var table = MarkdownTable(["Figure", "Base"] + result.scenarios.map(\.scenario.name))
    for row in rows(f, base: result.base, conversion: result.trialConversion) {
      table.append([row.label] + columns.map { row.value($0) })
    }
    return table
  }

  /// Every figure of the base and each scenario, split into tables of at most eight columns
  /// (the base repeated in each), for the report's appendix: the same figures the stress
  /// section counts (``reportRows(_:format:)``), so a company without trials has no trial
  /// conversion row here either (the stress section says why, once).
  static func figuresTables(_ result: StressResult, format f: NumberFormat) -> String {
    let perTable = maxColumns - 2
    var out = ""
    var start = 0
    let shown = reportRows(result, format: f)
    repeat {
      let chunk = Array(result.scenarios[start..<min(start + perTable, result.scenarios.count)])
      let columns = [result.base] + chunk.map(\.figures)
      var table = MarkdownTable(["Figure", "Base"] + chunk.map(\.scenario.name))
      for row in shown { table.append([row.label] + columns.map { row.value($0) }) }
      out += table.markdown + "\n"
      start += perTable
    } while start < result.scenarios.count
    // Why trial conversion is missing is said once, under Stress scenarios (session 15,
    // report: the paragraph was printed there and here).
    return out
  }

  /// True when the company has trials (active, or resolved in its history); without any, the
  /// trial conversion rate is only the documented default and applies to no account.
  static func hasTrials(_ result: StressResult) -> Bool {
    let t = result.trialConversion
    return result.base.trials.accounts > 0 || t.converted + t.expired > 0
  }

  /// The figures a report shows for a stress result: every row, without trial conversion when
  /// the company has no trials (``hasTrials(_:)``).
  static func reportRows(_ result: StressResult, format f: NumberFormat) -> [Row] {
    let trials = hasTrials(result)
    return rows(f, base: result.base, conversion: result.trialConversion).filter {
      trials || !$0.label.hasPrefix(trialConversionLabel)
    }
  }

  /// Why the trial conversion row is missing, for a company without trials.
  static let noTrialsSentence =
    "\(trialConversionLabel) is not shown: the company has no trials, so a scenario's change of "
    + "the rate applies to no account.\n\n"

  /// Each scenario's change of every figure against the base; `label` heads the first column.
  static func changeTable(_ result: StressResult, format f: NumberFormat, label: String)
    -> MarkdownTable
  {
    var table = MarkdownTable([label] + result.scenarios.map(\.scenario.name))
    table.append(affectedRow(result.scenarios, base: result.base, format: f))
    for row in rows(f, base: result.base, conversion: result.trialConversion) {
      table.append([row.label] + result.scenarios.map { row.change($0.figures, result.base) })
    }
    return table
  }

  /// Only the figures that move in at least one scenario, each scenario's change against the
  /// base, and how many figures did not move; with many scenarios the table is split so that
  /// no table has more than eight columns.
  /// - Parameters:
  ///   - result: The base and scenario figures.
  ///   - format: The company's number format.
  /// - Returns: Markdown: the tables and a sentence, ending with a blank line.
  static func movingChanges(_ result: StressResult, format f: NumberFormat) -> String {
    // A company with no trials at all (none active, none resolved) has only the documented
    // default conversion rate: its change applies to no account and is not a figure of it.
    let all = reportRows(result, format: f)
    let moving = all.filter { row in
      result.scenarios.contains { row.value($0.figures) != row.value(result.base) }
    }
    var out = ""
    if moving.isEmpty {
      return "No figure moves in any scenario (all \(f.integer(all.count)) are unchanged).\n\n"
        + (hasTrials(result) ? "" : noTrialsSentence) + noEffectSentence(result)
    }
    let perTable = maxColumns - 1
    var start = 0
    while start < result.scenarios.count {
      let chunk = Array(result.scenarios[start..<min(start + perTable, result.scenarios.count)])
      var table = MarkdownTable(["Change vs base"] + chunk.map(\.scenario.name))
      table.append(affectedRow(chunk, base: result.base, format: f))
      for row in moving {
        table.append([row.label] + chunk.map { row.change($0.figures, result.base) })
      }
      out += table.markdown + "\n"
      start += perTable
    }
    let still = all.count - moving.count
    out += "Changes are differences of the figures as displayed. "
    out +=
      still == 0
      ? "Every figure moves in at least one scenario.\n\n"
      : "\(f.integer(still)) of the \(f.integer(all.count)) figures of the Appendix move in no scenario and are left "
        + "out: "
        // Semicolons: the labels have commas of their own ("Accounts, retained class").
        + all.filter { row in !moving.contains { $0.label == row.label } }.map(\.label)
        .joined(separator: "; ") + ".\n\n"
    out += lostAccounts(result, format: f)
    if !hasTrials(result) { out += noTrialsSentence }
    out += defaultConversionSentence(result, format: f)
    out += noEffectSentence(result)
    out += outsideRecurring(result, format: f)
    out += recurringBeyondHeadline(result, format: f)
    out += lossFallsWithARR(result)
    out += pilotsRenewAboveBase(result, format: f)
    return out
  }

  /// The label of the trial conversion row.
  static let trialConversionLabel = "Trial conversion"

  /// The most columns a report table has, so it fits a laptop-width column.
  static let maxColumns = 8

  /// A money figure of a column as displayed: the base's rounded figure plus the column's
  /// change rounded once (render review 30, R30-2/R30-3). Rounding each column on its own put
  /// one account's loss $1 apart from its own rounded ARR (-$6,089,201 beside $6,089,202); a
  /// change rounded once is the account's figure, and the column is still the base plus the
  /// change as displayed, so "changes are differences of the figures as displayed" holds.
  static func shownUnits(_ s: StressFigures, base b: StressFigures, _ get: (StressFigures) -> Int64)
    -> Int64
  {
    Footing.roundedUnits(get(b)) + Footing.roundedUnits(get(s) - get(b))
  }

  /// The expected 12-month loss as displayed: the base's recurring less quality-adjusted ARR,
  /// each as displayed, plus the loss's change rounded once. A scenario that removes one
  /// account then moves the loss by exactly that account's loss as the top-10 table shows it
  /// (rounded once), not by the difference of its two figures rounded apart (render review 32,
  /// R32-1: Nova Networks' $182,804 beside a -$182,803 change).
  static func shownLoss(_ s: StressFigures, base b: StressFigures) -> Int64 {
    let baseLoss =
      Footing.roundedUnits(b.recurringARR) - Footing.roundedUnits(b.qualityAdjustedARR)
    let change = (s.recurringARR - s.qualityAdjustedARR) - (b.recurringARR - b.qualityAdjustedARR)
    return baseLoss + Footing.roundedUnits(change)
  }

  /// Quality-adjusted ARR as displayed: recurring ARR as displayed less the loss as displayed
  /// (``shownLoss(_:base:)``), so the two rows and the loss add up in every column (render
  /// review 30, R30-2); the base column's is its own figure rounded (docs/stress.md, "Figures
  /// per column").
  static func shownQualityAdjusted(_ s: StressFigures, base b: StressFigures) -> Int64 {
    shownUnits(s, base: b, \.recurringARR) - shownLoss(s, base: b)
  }

  /// The classes' recurring ARR in whole units, in ``RevenueClass/index`` order: the base's
  /// footed to its rounded sum (largest remainder, ``Footing/money(_:total:)``), and a
  /// scenario's as the base's plus each class's change, the changes footed among the classes
  /// that changed to the change of their sum rounded once (render review 30, R30-1: footing
  /// each column on its own gave an untouched class a phantom +$1). A class whose ARR is
  /// unchanged shows the base's figure; the classes sum to recurring ARR, so the rows foot to
  /// the recurring ARR row as displayed.
  static func footedClassARR(_ s: StressFigures, base b: StressFigures) -> [Int64] {
    let base = RevenueClass.allCases.map { b.classes[$0].recurringARR }
    let footedBase = Footing.money(base, total: base.reduce(0, +))
    let now = RevenueClass.allCases.map { s.classes[$0].recurringARR }
    let change = zip(now, base).map { $0 - $1 }
    let moved = change.indices.filter { change[$0] != 0 }
    guard !moved.isEmpty else { return footedBase }
    let footed = Footing.largestRemainder(
      cents: moved.map { change[$0] }, target: Footing.roundedUnits(change.reduce(0, +)))
    var out = footedBase
    for (k, c) in moved.enumerated() { out[c] += footed[k] }
    return out
  }

  /// One row of the tables: its label, how to print a value, how to print a change.
  struct Row {
    var label: String
    var value: (StressFigures) -> String
    var change: (StressFigures, StressFigures) -> String
  }

  /// Every row of the tables, in order, for columns compared with `base`: money rows as
  /// displayed by ``shownUnits(_:base:_:)``, the loss by ``shownLoss(_:base:)`` and
  /// quality-adjusted ARR by ``shownQualityAdjusted(_:base:)``, the classes by
  /// ``footedClassARR(_:base:)``; the trial conversion row's label says when the base rate is
  /// the documented default (``trialConversionRowLabel(isDefault:since:_:)``).
  static func rows(_ f: NumberFormat, base: StressFigures, conversion: TrialConversion? = nil)
    -> [Row]
  {
    func units(_ label: String, _ shown: @escaping (StressFigures) -> Int64) -> Row {
      Row(
        label: label, value: { f.money(units: shown($0)) },
        change: { f.signedMoney(units: shown($0) - shown($1)) })
    }
    func money(_ label: String, _ get: @escaping (StressFigures) -> Int64) -> Row {
      units(label) { shownUnits($0, base: base, get) }
    }
    // One precision per row, the base's, as the analyze report's Retention prints it
    // (``PrecisionBase``; trial 37, T37-13: "77.3%" and "-18.6 pts" from one account beside the
    // report's "77%"): every column of a row then differs by the changes as displayed.
    let projectedIsWhole = base.forecast?.precision.isFew ?? false
    let trailingIsWhole = Projection.isFew(base.trailingRetention.baseAccounts)
    func ratio(_ label: String, whole: Bool, _ get: @escaping (StressFigures) -> Double?) -> Row {
      Row(
        label: label, value: { get($0).map { f.percent($0, decimals: whole ? 0 : 1) } ?? "n/a" },
        change: { s, b in
          guard let x = get(s), let y = get(b) else { return "n/a" }
          return f.displayedPoints(x, minus: y, isWhole: whole)
        })
    }
    func projected(_ label: String, _ get: @escaping (StressFigures) -> Double?) -> Row {
      ratio(label, whole: projectedIsWhole, get)
    }
    func count(_ label: String, _ get: @escaping (StressFigures) -> Int) -> Row {
      Row(
        label: label, value: { f.integer(get($0)) },
        change: { s, b in
          let d = get(s) - get(b)
          return (d > 0 ? "+" : "") + f.integer(d)
        })
    }
    var rows = [
      money("Headline ARR", \.headlineARR),
      money("Recurring ARR", \.recurringARR),
      money("Committed ARR", \.committedARR),
      units("Quality-adjusted ARR") { shownQualityAdjusted($0, base: base) },
      units("Expected 12-month loss") { shownLoss($0, base: base) },
      projected("Projected NDR (mean)", \.forecast?.ndr),
      projected("Projected NDR, P10", \.forecast?.ndrRange.p10),
      projected("Projected NDR, P90", \.forecast?.ndrRange.p90),
      projected("Projected GRR (mean)", \.forecast?.grr),
      projected("Projected GRR, P10", \.forecast?.grrRange.p10),
      projected("Projected GRR, P90", \.forecast?.grrRange.p90),
      projected("Projected logo retention (mean)", \.forecast?.logoRetention),
      // Trailing figures move under a forward-looking shock because the shock is applied to
      // the as-of month's MRR, the end of the trailing window: the label says so (render
      // review 30, R30-16: "a stress scenario changed last year's NDR" read as an error).
      ratio("Trailing NDR (as-of month shocked)", whole: trailingIsWhole, \.trailingRetention.ndr),
      ratio("Trailing GRR (as-of month shocked)", whole: trailingIsWhole, \.trailingRetention.grr),
    ]
    for c in RevenueClass.allCases {
      // The class rows foot to their total as displayed, in every column, so their changes
      // sum to the recurring ARR row's (render review 28, R28-1: one account lost read
      // -$641,131 in recurring ARR and -$641,130 in its class, each rounded on its own).
      rows.append(
        Row(
          label: "Recurring ARR, \(c.label) class",
          value: { f.money(units: footedClassARR($0, base: base)[c.index]) },
          change: {
            f.signedMoney(
              units: footedClassARR($0, base: base)[c.index]
                - footedClassARR($1, base: base)[c.index])
          }
        ))
      rows.append(count("Accounts, \(c.label) class", { $0.classes[c].accounts }))
    }
    rows.append(money("Expected ARR from active trials", \.trials.expectedARR))
    rows.append(
      ratio(
        trialConversionRowLabel(
          isDefault: conversion?.isDefault ?? false, since: conversion?.firstResolvedMonth, f),
        whole: false,
        \.trials.conversionProbability))
    rows.append(money("Expected ARR from pilot renewals", \.pilots.expectedARR))
    return rows
  }
}
