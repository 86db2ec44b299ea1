import ARRAnalysis
import ARRCore
import ARRProjection

extension ReportContext {
  /// A retention figure of a base of `accounts` accounts: one decimal, or whole percents for a
  /// base of fewer than ``Projection/fewAccounts`` (session 19, ranges lane; trial 18b G4:
  /// "79.9%" from one account). `n/a` without a figure.
  func retentionPercent(_ x: Double?, accounts: Int) -> String {
    guard let x else { return "n/a" }
    return format.percent(x, decimals: Projection.isFew(accounts) ? 0 : 1)
  }

  /// Projected minus realised (or a figure minus a benchmark) in points of the figures as
  /// printed by ``retentionPercent(_:accounts:)``: whole points for a base of few accounts
  /// (``wholePoints(_:minus:)``), else tenths.
  func retentionPoints(_ a: Double, minus b: Double, accounts: Int) -> String {
    Projection.isFew(accounts) ? wholePoints(a, minus: b) : format.displayedPoints(a, minus: b)
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
    retentionPercent(x, accounts: accounts) + (x == nil ? "" : Projection.fromAccounts(accounts))
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
  /// whole percents. Empty otherwise.
  var fewAccountsNote: String {
    let trailing = metrics.trailingRetention.baseAccounts
    let projected = forecast?.accounts ?? 0
    var bases: [String] = []
    if Projection.isFew(trailing) {
      bases.append(
        "the trailing figures rest on \(MarkdownText.count(trailing, "account", format: format))")
    }
    if Projection.isFew(projected) {
      bases.append("the projected on \(MarkdownText.count(projected, "account", format: format))")
    }
    guard !bases.isEmpty else { return "" }
    return "**Few accounts**: " + bases.joined(separator: ", ") + ", so they are shown in whole "
      + "percents: one account more or less moves logo retention by more than 10 points, and a "
      + "tenth of a point would claim a precision the sample does not have (report.json keeps "
      + "the full figures and the counts).\n\n"
  }

  /// Projected minus realised in whole points of the figures as printed in whole percents:
  /// "+20 pts", "-24 pts", "0 pts".
  func wholePoints(_ a: Double, minus b: Double) -> String {
    guard a.isFinite, b.isFinite else { return "n/a" }
    let whole = { (x: Double) in Int((x * 100).rounded(.toNearestOrAwayFromZero)) }
    let d = whole(a) - whole(b)
    return (d > 0 ? "+" : d < 0 ? "-" : "") + "\(abs(d)) pts"
  }
}
