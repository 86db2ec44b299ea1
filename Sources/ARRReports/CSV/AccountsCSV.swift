/// The per-account CSV (`--format csv`, and `accounts.csv` in a report bundle): one row per
/// account with its class, score, reasons and every signal's value.
///
/// Columns: `account_id,class,risk_score,recurring_arr,retention_probability,reasons`, then
/// `quality_adjusted_arr,segment,contract_type,status`, then one column per signal (its key),
/// empty when the signal could not be measured for the account. Reasons are joined with `; `.
/// An account that is not live (`status` other than `live`) has an empty class, risk score,
/// retention probability and reasons, as in the JSON.
public enum AccountsCSV {
  /// The header row's column names.
  public static var columns: [String] {
    [
      "account_id", "class", "risk_score", "recurring_arr", "retention_probability", "reasons",
      "quality_adjusted_arr", "segment", "contract_type", "status",
    ] + Signal.allCases.map(\.key)
  }

  /// Renders every account, in input order.
  /// - Parameter analysis: The analysis.
  /// - Returns: RFC 4180 CSV text with a header row, LF line ends.
  /// - Complexity: O(accounts × (signals + months)).
  public static func render(_ analysis: Analysis) -> String {
    var out = columns.map(field).joined(separator: ",") + "\n"
    let company = analysis.company
    for s in analysis.scoring.scores {
      let a = company.accounts[s.account]
      let live = s.isLive
      var row = [
        a.id, s.liveClass?.rawValue ?? "", live ? fixed(s.riskScore, 1) : "",
        Money.decimalString(cents: s.recurringARR),
        live ? fixed(s.retentionProbability, 4) : "",
        live ? s.reasons.joined(separator: "; ") : "",
        Money.decimalString(cents: s.qualityAdjustedARR), a.segment ?? "", a.contractType.rawValue,
        s.status.rawValue,
      ]
      row += s.signals.map { $0.value.map { fixed($0, 4) } ?? "" }
      out += row.map(field).joined(separator: ",") + "\n"
    }
    return out
  }

  /// Quotes a field when it holds a comma, quote or line break (RFC 4180).
  static func field(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return s
    }
    var quoted = "\""
    for c in s {
      if c == "\"" { quoted += "\"" }
      quoted.append(c)
    }
    return quoted + "\""
  }
}

/// `x` with exactly `places` decimals, half away from zero, without Foundation formatters.
func fixed(_ x: Double, _ places: Int) -> String {
  guard x.isFinite else { return "" }
  var scale: Int64 = 1
  for _ in 0..<places { scale *= 10 }
  let n = Int64((x * Double(scale)).rounded(.toNearestOrAwayFromZero))
  let sign = n < 0 ? "-" : ""
  let m = n.magnitude
  let whole = m / UInt64(scale)
  guard places > 0 else { return sign + String(whole) }
  let frac = String(m % UInt64(scale))
  return sign + String(whole) + "." + String(repeating: "0", count: places - frac.count) + frac
}
