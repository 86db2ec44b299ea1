import ARRAnalysis
import ARRCore
import ARRProjection

extension ReportContext {
  /// A retention figure of a base of `accounts` accounts: one decimal, or whole percents for a
  /// base of fewer than ``Projection/fewAccounts`` (session 19, ranges lane; trial 18b G4:
  /// "79.9%" from one account). `n/a` without a figure.
  func retentionPercent(_ x: Double?, accounts: Int) -> String {
    retentionPercent(x, base: PrecisionBase(accounts: accounts))
  }

  /// A retention figure of `base`: one decimal, or whole percents when it rests on few
  /// accounts by count, by effective number or by calibration (``PrecisionBase/isFew``;
  /// trial 37, T37-3: "96.7%" of a base whose one account held 90% of the MRR).
  func retentionPercent(_ x: Double?, base: PrecisionBase) -> String {
    guard let x else { return "n/a" }
    return format.percent(x, decimals: base.isFew ? 0 : 1)
  }

  /// Projected minus realised (or a figure minus a benchmark) in points of the figures as
  /// printed by ``retentionPercent(_:accounts:)``: whole points for a base of few accounts
  /// (``wholePoints(_:minus:)``), else tenths.
  func retentionPoints(_ a: Double, minus b: Double, accounts: Int) -> String {
    retentionPoints(a, minus: b, base: PrecisionBase(accounts: accounts))
  }

  /// ``retentionPoints(_:minus:accounts:)`` of figures of `base`.
  func retentionPoints(_ a: Double, minus b: Double, base: PrecisionBase) -> String {
    base.isFew ? wholePoints(a, minus: b) : format.displayedPoints(a, minus: b)
  }

  /// The sentence under a table some of whose rows' rates rest on few accounts (session 20,
  /// stay lane: a trial cohort of 3 printed "66.7%"), empty when none does: the rule of the
  /// Retention table, said once per table.
  func fewAccountsRowsNote(_ bases: [Int]) -> String {
    guard bases.contains(where: Projection.isFew) else { return "" }
    return "**Few accounts**: a rate resting on fewer than \(Projection.fewAccounts) accounts is "
      + "shown in whole percents: one account more or less moves it by more than 10 points, and "
      + "a tenth of a point would claim a precision the sample does not have.\n\n"
  }

  /// ``retentionPercent(_:accounts:)`` followed by " from N accounts" for a base of few
  /// accounts.
  func retentionFigure(_ x: Double?, accounts: Int) -> String {
    retentionFigure(x, base: PrecisionBase(accounts: accounts))
  }

  /// ``retentionPercent(_:base:)`` followed by the base's count when it is printed in whole
  /// percents for its accounts (``Projection/fromAccounts(_:)-(PrecisionBase)``).
  func retentionFigure(_ x: Double?, base: PrecisionBase) -> String {
    retentionPercent(x, base: base) + (x == nil ? "" : Projection.fromAccounts(base))
  }

  /// Trailing NDR as ``retentionFigure(_:accounts:)`` prints it, with the usage-averaged
  /// figure beside it when `usage_basis_ndr` holds (``Analysis/usageAveragedTrailingNDR``):
  /// `142.3% (126.7% with usage at its 3-month average)`.
  var trailingNDRFigure: String {
    let t = metrics.trailingRetention
    return Analysis.trailingNDRWords(
      retentionFigure(t.ndr, accounts: t.baseAccounts),
      usageAveraged: analysis.usageAveragedTrailingNDR.map {
        retentionPercent($0, accounts: t.baseAccounts)
      })
  }

  /// The sentence under the Retention table when a base has few accounts: why its figures are
  /// whole percents. Empty otherwise. Beside the count, a projection's base can be few by the
  /// concentration of its MRR or by the outcomes its churn was calibrated on
  /// (``PrecisionBase``; trial 37, T37-3 and T37-4).
  var fewAccountsNote: String {
    let trailing = metrics.trailingRetention.baseAccounts
    var bases: [String] = []
    var reasons: [String] = []
    if Projection.isFew(trailing) {
      bases.append(
        "the trailing figures rest on \(MarkdownText.count(trailing, "account", format: format))")
      reasons.append("one account more or less moves logo retention by more than 10 points")
    }
    if let p = forecast?.precision, p.isFew {
      let accounts = MarkdownText.count(p.accounts, "account", format: format)
      // The verb is said once, by the first base; the later ones elide it ("the trailing
      // figures rest on 4 accounts, the projected figures on 3"). A projected base alone
      // printed "the projected figures on 1 account, so …", with no verb (trial 37, T37-10).
      func rest(_ subject: String, plural: Bool = true) -> String {
        subject + (bases.isEmpty ? (plural ? " rest on " : " rests on ") : " on ")
      }
      if p.isFewByCount {
        bases.append(rest("the projected figures") + accounts)
        if reasons.isEmpty {
          reasons.append("one account more or less moves logo retention by more than 10 points")
        }
      } else if p.isConcentrated {
        bases.append(
          rest("the projected figures") + "\(accounts) whose MRR is as concentrated as "
            + "\(Projection.effectiveText(p.effectiveAccounts)) equal accounts' (the effective "
            + "number, (Σ MRR)² ÷ Σ MRR²)")
        reasons.append("one account more or less moves NDR by more than 10 points")
      }
      // A base few by count is calibrated on few too: its count says it once.
      if p.isThinlyCalibrated, !p.isFewByCount, let n = p.calibrationAccounts {
        bases.append(
          n == 0
            ? rest("the projected churn", plural: false)
              + "the documented class defaults alone (no year of outcomes)"
            : rest("the projected churn", plural: false) + "a backtest of "
              + MarkdownText.count(n, "account", format: format))
        reasons.append(
          n == 0
            ? "a projection from the defaults alone holds no digit of the company's own"
            : "a projection calibrated on so few holds little of the company's own")
      }
    }
    guard !bases.isEmpty else { return "" }
    return "**Few accounts**: " + bases.joined(separator: ", ")
      + ", so these figures are shown in whole "
      + "percents: " + reasons.joined(separator: ", ") + ", and a tenth of a point would claim "
      + "a precision the sample does not have (report.json keeps the full figures and the "
      + "counts).\n\n"
  }

  /// Why figures of `base` are whole percents, in words after "whole percents: ": "the base
  /// held 3 accounts", "the base's MRR was as concentrated as 1.2 equal accounts'", "the
  /// projection's churn was the documented class defaults alone", "… was calibrated on 4
  /// accounts".
  func wholePercentsReason(_ base: PrecisionBase) -> String {
    var reasons: [String] = []
    if base.isFewByCount {
      reasons.append(
        "the base held \(MarkdownText.count(base.accounts, "account", format: format))")
    } else if base.isConcentrated {
      reasons.append(
        "the base's MRR was as concentrated as "
          + "\(Projection.effectiveText(base.effectiveAccounts)) equal accounts'")
    }
    if base.isThinlyCalibrated, let n = base.calibrationAccounts {
      reasons.append(
        n == 0
          ? "the projection's churn was the documented class defaults alone"
          : "the projection's churn was calibrated on "
            + MarkdownText.count(n, "account", format: format))
    }
    return reasons.joined(separator: ", and ")
  }

  /// Projected minus realised in whole points of the figures as printed in whole percents:
  /// "+20 pts", "-24 pts", "0 pts".
  func wholePoints(_ a: Double, minus b: Double) -> String {
    format.displayedWholePoints(a, minus: b)
  }
}
