import ARRCore

/// Text formats of the data-room exports: money as spreadsheets export it, CSV quoting, the
/// cube's month headers.
enum DataRoomFormat {
  static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// `$1,234.50`; negatives in parentheses, `(1,234.50)`; zero as `-` when `dashForZero`.
  static func money(_ cents: Int64, dashForZero: Bool) -> String {
    if cents == 0 && dashForZero { return "-" }
    let a = cents.magnitude
    var whole = String(a / 100)
    var grouped = ""
    while whole.count > 3 {
      grouped = "," + whole.suffix(3) + grouped
      whole.removeLast(3)
    }
    let frac = a % 100
    let text = whole + grouped + "." + (frac < 10 ? "0" : "") + String(frac)
    return cents < 0 ? "(" + text + ")" : "$" + text
  }

  /// Plain decimal, `-12.50`.
  static func plain(_ cents: Int64) -> String { Money.decimalString(cents: cents) }

  /// `Jan-24`.
  static func cubeHeader(_ m: Month) -> String {
    let yy = m.year % 100
    return monthNames[m.month - 1] + "-" + (yy < 10 ? "0" : "") + String(yy)
  }

  /// A CSV field, quoted when it holds a comma, a quote or a line break.
  static func field(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return s
    }
    return "\"" + s.replacingQuotes + "\""
  }

  static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\n" }
}

extension String {
  fileprivate var replacingQuotes: String {
    var out = ""
    for c in self {
      if c == "\"" { out += "\"\"" } else { out.append(c) }
    }
    return out
  }
}
