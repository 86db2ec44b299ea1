import ARRCore

/// What the loader says of amounts whose decimals the company's currency explains
/// (``CurrencyDigits``; docs/input.md, "Currencies of 3 or 0 decimals"; session 20, wording
/// lane; trial 18b, G7).
extension CompanyLoader {
  /// The cause of amounts refused for more than 2 decimals when the currency has 3 (KWD), said
  /// once after the error's count ("70 problems in kwd/data. KWD …"), ahead of the per-cell
  /// problems, which stay as they are (bounded, each at its cell): as it was, 70 lines said
  /// "has more than 2 decimals (expected e.g. 1234.50)" with no word of the currency.
  /// - Parameters:
  ///   - count: Amounts refused for more than 2 decimals (``ProblemLog/tooManyDecimals``).
  ///   - profile: The company's profile, its currency final (`--currency` applied).
  ///   - isGiven: Whether the currency came from `--currency` rather than company.json.
  ///   - isSkipped: Lenient: the amounts' rows were skipped, not listed as problems.
  /// - Returns: `". KWD (…) has 3 decimals …"`, or `""` when there is nothing to explain.
  static func decimalsCause(
    _ count: Int, profile: CompanyProfile, isGiven: Bool, isSkipped: Bool = false
  ) -> String {
    let code = profile.currency
    guard count > 0, CurrencyDigits.of(code) == 3 else { return "" }
    let source = isGiven ? "--currency" : "company.json's currency"
    let fate = isSkipped ? "their rows skipped" : "listed below"
    let remedy = CurrencyDigits.threeDecimalsRemedy(code)
    return ". \(code) (\(source)) has \(CurrencyDigits.threeDecimalsFact(code)): "
      + "\(Counted.phrase(count, "amount", verb: ("has", "have"))) 3, \(fate). "
      + remedy.prefix(1).uppercased() + remedy.dropFirst()
      + " and name it \(isGiven ? "with --currency" : "in company.json")"
  }

  /// In lenient mode, the same cause as a note when rows were skipped for it.
  static func decimalsNote(_ log: ProblemLog, profile: CompanyProfile, isGiven: Bool) -> String? {
    guard log.isLenient else { return nil }
    let cause = decimalsCause(
      log.tooManyDecimals, profile: profile, isGiven: isGiven, isSkipped: true)
    guard !cause.isEmpty else { return nil }
    return String(cause.dropFirst(2))
  }

  /// A zero-decimal currency (JPY) whose `mrr` cells hold a fraction of the unit: kept exact, and
  /// said. A fraction is not an error there: `mrr` is normalised to a month, so a ¥10,000
  /// annual contract is ¥833.33 a month; rounding the cells instead would move the ARR and break
  /// the tie-out to the source. The report, report.json and accounts.csv print whole units.
  /// - Returns: The note, or `nil` for another currency or whole cells only.
  /// - Complexity: O(accounts × months), for a zero-decimal currency only.
  static func fractionNote(_ company: Company) -> String? {
    let code = company.profile.currency
    guard CurrencyDigits.of(code) == 0 else { return nil }
    var count = 0
    var example: Int64 = 0
    let r = company.revenue
    for a in 0..<r.accountCount {
      for m in 0..<r.monthCount {
        let v = r.mrr(account: a, month: m)
        if v % 100 != 0 {
          if count == 0 { example = v }
          count += 1
        }
      }
    }
    guard count > 0 else { return nil }
    return "\(MonthlyReader.file): \(CountText.grouped(count)) mrr amount"
      + "\(count == 1 ? " has" : "s have") a fraction of a unit (e.g. "
      + "\(Money.decimalString(cents: example))), though \(code) has no decimals: kept as given "
      + "(a monthly figure may carry one: 10000 a year is 833.33 a month); the report and its "
      + "data files print whole \(code)"
  }
}
