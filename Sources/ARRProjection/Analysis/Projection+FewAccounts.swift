import ARRCore

extension Projection {
  /// Accounts in a base below which its retention figures are printed in whole percents with
  /// "from N accounts" beside them, and a backtest below which calibration is not judged
  /// (session 19, ranges lane; trial 18b G4). With fewer than 10 accounts one account more or
  /// less moves logo retention by over 10 points, so a tenth of a point claims a precision the
  /// sample cannot have. JSON keeps the full precision and gives the base's count beside it.
  public static let fewAccounts = 10

  /// Whether a base of `accounts` accounts is printed in whole percents (1 to 9 accounts; none
  /// prints n/a anyway).
  public static func isFew(_ accounts: Int) -> Bool { accounts > 0 && accounts < fewAccounts }

  /// " from 1 account", " from 3 accounts" for a base of few accounts, else "".
  public static func fromAccounts(_ accounts: Int) -> String {
    guard isFew(accounts) else { return "" }
    return " from \(accounts) account\(accounts == 1 ? "" : "s")"
  }

  /// A retention figure of a base of `accounts` accounts, as the explanation prints it: one
  /// decimal (``pct(_:)``), or whole percents (``whole(_:)``) for a base of few accounts.
  static func retentionText(_ x: Double, accounts: Int) -> String {
    guard x.isFinite else { return "n/a" }
    return isFew(accounts) ? whole(x) : pct(x)
  }
}
