/// Counts as prose writes them: digits grouped by thousands (`50,000 segments`), the one form
/// for every count a reader sees, in reports and messages alike.
///
/// A count interpolated raw read "50000 segments … the 49988 other segments" beside "50,000
/// distinct values" in one report (session 20, wording lane; trial 18b, G18). The report's
/// `NumberFormat.integer` groups the same way (both through ``Money/grouped(_:)``); this is
/// its form for the stages below the report, which have no number format.
public enum CountText {
  /// `50000` → `"50,000"`, `-1234` → `"-1,234"`.
  public static func grouped(_ n: Int) -> String {
    (n < 0 ? "-" : "") + Money.grouped(UInt64(n.magnitude))
  }

  /// `"\(n) \(noun)"`, `n` grouped, the noun plural (`s` added) unless `n` is 1, then the verb
  /// in the matching form (`one` for 1, `many` otherwise), if given: `1 account had`,
  /// `1,204 accounts churned`. The one place a count agrees with its noun (a hand-written
  /// `"\(n) accounts"` read "1 accounts").
  public static func phrase(_ n: Int, _ noun: String, verb: (one: String, many: String)? = nil)
    -> String
  {
    let words = "\(grouped(n)) \(noun)\(n == 1 ? "" : "s")"
    guard let verb else { return words }
    return "\(words) \(n == 1 ? verb.one : verb.many)"
  }
}
