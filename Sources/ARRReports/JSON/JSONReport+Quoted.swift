import ARRCore
import ARRScoring

// The raw values the accounts array writes for every account, as quoted JSON strings: written
// from a literal (``JSONWriter/Cursor/ascii(_:)``) instead of `string(rawValue)`, which made a
// `String` and checked it for escapes per value (~150 instructions, three times an account).
// Each is `"` + the raw value + `"` (tested against the raw values).

extension AccountStatus {
  /// ``rawValue`` as a quoted JSON string.
  var jsonQuoted: StaticString {
    switch self {
    case .live: "\"live\""
    case .churned: "\"churned\""
    case .trialExpired: "\"trial_expired\""
    case .neverPaid: "\"never_paid\""
    case .notStarted: "\"not_started\""
    case .convertedNotBilled: "\"converted_not_billed\""
    }
  }
}

extension RevenueClass {
  /// ``rawValue`` as a quoted JSON string.
  var jsonQuoted: StaticString {
    switch self {
    case .retained: "\"retained\""
    case .wavering: "\"wavering\""
    case .atRisk: "\"at_risk\""
    }
  }
}

extension ContractType {
  /// ``rawValue`` as a quoted JSON string.
  var jsonQuoted: StaticString {
    switch self {
    case .multiYear: "\"multi_year\""
    case .annual: "\"annual\""
    case .monthly: "\"monthly\""
    case .usage: "\"usage\""
    case .pilot: "\"pilot\""
    case .unknown: "\"unknown\""
    }
  }
}
