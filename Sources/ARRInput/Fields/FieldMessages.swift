import ARRCore

/// The wording of every cell-level problem: `<column> "<value>" is not <what> (expected <example>)`.
enum FieldMessages {
  static let amountExample = "e.g. 1234.50"
  static let countExample = "e.g. 12"
  static let monthExample = "YYYY-MM, e.g. 2025-03"
  static let dateExample = "YYYY-MM-DD, e.g. 2025-03-01"
  static let boolExample = "true, false, 1, 0, yes or no"

  /// ``Money/maximumMRRCents`` as the contract writes it: `7686143364045646.50`.
  static let maximumAmount = Money.decimalString(cents: Money.maximumMRRCents)

  /// Whether `bytes` are valid UTF-8 (ASCII, the usual case, is checked without decoding).
  static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if bytes.allSatisfy({ $0 < 0x80 }) { return true }
    return String(validating: bytes, as: UTF8.self) != nil
  }

  /// A text cell that is not UTF-8: say so at its own cell, with what to do.
  static func invalidUTF8(_ column: String, _ value: String) -> String {
    "\(column) \(quoted(value)) is not valid UTF-8 (expected UTF-8 text; save the file as "
      + "\"CSV UTF-8\")"
  }

  static func quoted(_ value: String) -> String { "\"" + FieldText.display(value) + "\"" }

  static func amount(_ column: String, _ value: String, _ error: MoneyError) -> String {
    switch error {
    case .notAnAmount:
      return "\(column) \(quoted(value)) is not an amount (expected \(amountExample))"
    case .tooManyDecimals:
      return "\(column) \(quoted(value)) has more than 2 decimals (expected \(amountExample))"
    case .negative:
      return "\(column) \(quoted(value)) must not be negative (expected \(amountExample)"
        + (creditHint[column].map { "; " + $0 } ?? "") + ")"
    case .tooLarge:
      return
        "\(column) \(quoted(value)) is too large (expected at most \(maximumAmount), the "
        + "largest amount whose 12-month run rate is exact in cents)"
    }
  }

  /// Where a credit or refund goes, for the columns a data room's credit months land in
  /// (session 20, wording lane; trial 18b, G7: "must not be negative" said nothing of it).
  static let creditHint = [
    "mrr":
      "a credit or refund is not recurring revenue: net it into the month's mrr (not below 0), "
      + "or leave it out",
    "one_time": "a refunded fee: net it into the month's one_time (not below 0), or leave it out",
  ]

  static func count(_ column: String, _ value: String, _ error: CountError) -> String {
    switch error {
    case .notANumber:
      return "\(column) \(quoted(value)) is not a whole number (expected \(countExample))"
    case .negative:
      return "\(column) \(quoted(value)) must not be negative (expected \(countExample))"
    case .tooLarge:
      return "\(column) \(quoted(value)) is too large (expected at most 18 digits)"
    }
  }

  static func month(_ column: String, _ value: String) -> String {
    "\(column) \(quoted(value)) is not a month (expected \(monthExample), a year from "
      + "\(ScalarParsers.minimumYear) to \(ScalarParsers.maximumYear))"
  }

  static func date(_ column: String, _ value: String) -> String {
    "\(column) \(quoted(value)) is not a date (expected \(dateExample))"
  }

  static func bool(_ column: String, _ value: String) -> String {
    "\(column) \(quoted(value)) is not true or false (expected \(boolExample))"
  }

  static func choice(_ column: String, _ value: String, allowed: String) -> String {
    "\(column) \(quoted(value)) is not one of the allowed values (expected one of \(allowed))"
  }

  static func empty(_ column: String, expected: String) -> String {
    "\(column) is empty (expected \(expected))"
  }

  static func fieldCount(expected: Int, found: Int) -> String {
    let message = "expected \(expected) fields as in the header, found \(found)"
    // The usual cause of extra fields is an unquoted comma inside a value.
    guard found > expected else { return message }
    return message
      + " (a value with a comma, such as an amount written 10,000, must be quoted: \"10,000\")"
  }

  /// An activity column past the limit (``MonthlyReader/maximumActivityColumns``).
  static func tooManyActivityColumns(_ name: String, found: Int, limit: Int) -> String {
    "\(quoted(name)) is extra column \(limit + 1) of \(found) (expected at most \(limit) "
      + "columns besides account_id, month, mrr, one_time and usage: each is read as an "
      + "activity measure and becomes two risk signals; keep the ones that measure use, such "
      + "as logins, seats or API calls, and leave the rest out of monthly.csv)"
  }

  static let unterminatedQuote = "unterminated quoted field (no closing \")"
  static let badQuote = "unexpected character after a closing quote"
}
