import ARRCore

/// What a retention figure rests on, for how precisely it is printed: one decision for every
/// report, finding, chart and stress table (trial 37, T37-3, T37-4, T37-13).
///
/// A figure is printed in whole percents (``isFew``) when it rests on fewer than
/// ``Projection/fewAccounts`` accounts by either measure:
/// - the effective number of accounts of its base, n_eff = (Σ m)² ÷ Σ m² by MRR (Kish's, as
///   ``Shrinkage`` weighs evidence): n equal accounts count n, and one whale holding 90% of the
///   MRR among ten small accounts counts 1.2, so one account more or less moves a dollar figure
///   by 90 points however many small accounts sit beside it;
/// - for a projection, the accounts of outcomes its churn was calibrated on: the backtest's
///   accounts, none when the stay probabilities are the documented class defaults alone
///   (priors only), whose every digit is the default and not the company.
public struct PrecisionBase: Sendable, Equatable {
  /// Accounts in the base (MRR > 0 at its month).
  public var accounts: Int
  /// Their effective number by MRR, (Σ m)² ÷ Σ m², at most ``accounts`` (equal to it for a
  /// base measured by count only).
  public var effectiveAccounts: Double
  /// For a projection, the accounts of outcomes its churn was calibrated on (0 under the
  /// class defaults); `nil` for a measured figure.
  public var calibrationAccounts: Int?

  /// A base of `accounts` accounts, `effectiveAccounts` of them by MRR (all of them when not
  /// given), calibrated on `calibrationAccounts` accounts of outcomes (`nil`: measured).
  public init(accounts: Int, effectiveAccounts: Double? = nil, calibrationAccounts: Int? = nil) {
    self.accounts = accounts
    self.effectiveAccounts = min(effectiveAccounts ?? Double(accounts), Double(accounts))
    self.calibrationAccounts = calibrationAccounts
  }

  /// Whether the base has fewer than 10 accounts (the count the "from N accounts" words give).
  public var isFewByCount: Bool { accounts > 0 && accounts < Projection.fewAccounts }

  /// Whether the base's MRR is so concentrated that its effective number is under 10 though
  /// it holds 10 accounts or more.
  public var isConcentrated: Bool {
    accounts >= Projection.fewAccounts && effectiveAccounts < Double(Projection.fewAccounts)
  }

  /// Whether the churn behind the figure was calibrated on fewer than 10 accounts of outcomes
  /// (none: the documented defaults).
  public var isThinlyCalibrated: Bool {
    calibrationAccounts.map { $0 < Projection.fewAccounts } ?? false
  }

  /// Whether the figures are printed in whole percents (and their differences in whole points).
  /// A base with no account prints n/a anyway.
  public var isFew: Bool {
    accounts > 0 && (effectiveAccounts < Double(Projection.fewAccounts) || isThinlyCalibrated)
  }
}

extension Projection {
  /// Accounts in a base below which its retention figures are printed in whole percents with
  /// "from N accounts" beside them, and a backtest below which calibration is not judged
  /// (session 19, ranges lane; trial 18b G4). With fewer than 10 accounts one account more or
  /// less moves logo retention by over 10 points, so a tenth of a point claims a precision the
  /// sample cannot have. JSON keeps the full precision and gives the base's count beside it.
  /// Counted by effective number and calibration too (``PrecisionBase``).
  public static let fewAccounts = 10

  /// Accounts below which a rate counted over them, k of n (a score band's observed churn),
  /// prints in whole percents: one account more or less moves it by more than a point, so a
  /// tenth of a point is noise (render review 38, R38-11: "17.4%" for 4 of 23 accounts, one
  /// account being 4.3 points). The calibration table and chart print all their bands at the
  /// coarsest band's precision, so the columns compare.
  public static let wholeRateAccounts = 100

  /// Whether rates counted over bands of `accounts` accounts print in whole percents (any
  /// band under ``wholeRateAccounts``).
  public static func isWholeRate(_ accounts: [Int]) -> Bool {
    accounts.contains { $0 < wholeRateAccounts }
  }

  /// Whether a base of `accounts` equal accounts is printed in whole percents (1 to 9
  /// accounts; none prints n/a anyway).
  public static func isFew(_ accounts: Int) -> Bool { PrecisionBase(accounts: accounts).isFew }

  /// " from 1 account", " from 3 accounts" for a base of few accounts, else "".
  public static func fromAccounts(_ accounts: Int) -> String {
    fromAccounts(PrecisionBase(accounts: accounts))
  }

  /// The words beside a figure of a base printed in whole percents for its accounts:
  /// " from 3 accounts" under 10 accounts, " from 11 accounts (1.2 effective)" when the MRR is
  /// concentrated; "" otherwise (a projection whose churn is the priors says so where it is
  /// labelled).
  public static func fromAccounts(_ base: PrecisionBase) -> String {
    let n = base.accounts
    let words = " from \(n) account\(n == 1 ? "" : "s")"
    if base.isFewByCount { return words }
    guard base.isConcentrated else { return "" }
    return words + " (\(effectiveText(base.effectiveAccounts)) effective)"
  }

  /// An effective number of accounts to one decimal ("1.2").
  public static func effectiveText(_ x: Double) -> String {
    let tenths = Int((x * 10).rounded(.toNearestOrAwayFromZero))
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// A retention figure of a base, as the explanation prints it: one decimal (``pct(_:)``), or
  /// whole percents (``whole(_:)``) for a base of few accounts (``PrecisionBase/isFew``).
  static func retentionText(_ x: Double, base: PrecisionBase) -> String {
    guard x.isFinite else { return "n/a" }
    return base.isFew ? whole(x) : pct(x)
  }

  /// ``retentionText(_:base:)`` of a base of `accounts` equal, measured accounts.
  static func retentionText(_ x: Double, accounts: Int) -> String {
    retentionText(x, base: PrecisionBase(accounts: accounts))
  }
}

extension RetentionForecast {
  /// What the forecast's figures rest on: its base's accounts and their effective number, and
  /// the accounts of outcomes its churn was calibrated on.
  public var precision: PrecisionBase {
    PrecisionBase(
      accounts: accounts, effectiveAccounts: effectiveAccounts,
      calibrationAccounts: calibrationAccounts)
  }

  /// ``precision`` without the calibration: how last year's projection (a backtest's) prints.
  /// It is a record set against figures measured since, and its misses are measurements of the
  /// method, printed at its base's precision (count and concentration) as the realised figures
  /// beside it are.
  public var basePrecision: PrecisionBase {
    PrecisionBase(accounts: accounts, effectiveAccounts: effectiveAccounts)
  }
}
