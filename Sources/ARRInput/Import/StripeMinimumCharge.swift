import ARRCore

/// Stripe's minimum charge per currency (`docs/import.md`, "Amount units", 3.; session 56, crm
/// lane; trial 54, T54-30): Stripe charges no less than $0.50, €0.50, £0.30, DKK 2.50… (its
/// "minimum and maximum charge amounts"), so a Stripe file of whole numbers that, read as cents,
/// would hold a charge below its currency's minimum was not written in cents: its small amounts
/// (`9`, `29`, `49`: $49 plans) are plausible as major units, and the "100 times off" doubt is
/// not raised. A note says why instead.
///
/// Decided: a payments export's line and a subscription's price × quantity are each one charge,
/// so one below the minimum settles it; an invoice line is part of an invoice (a small usage or
/// proration line sits beside larger ones), so more than half of the positive lines must be.
/// A currency the table does not list (or a zero-decimal one, left out of the doubt already)
/// says nothing.
enum StripeMinimumCharge {
  /// The minimum charge in hundredths of a unit, by currency code (Stripe's published table).
  static let minimums: [String: Int64] = [
    "USD": 50, "AED": 200, "AUD": 50, "BGN": 100, "BRL": 50, "CAD": 50, "CHF": 50, "CZK": 1_500,
    "DKK": 250, "EUR": 50, "GBP": 30, "HKD": 400, "HUF": 17_500, "INR": 50, "MXN": 1_000,
    "MYR": 200, "NOK": 300, "NZD": 50, "PLN": 200, "RON": 200, "SEK": 300, "SGD": 50,
    "THB": 1_000,
  ]

  /// One amount read as major units: its text, line, currency code (blank: USD, the import's
  /// assumption) and the quantity it is charged times.
  struct Cell {
    var text: String
    var line: Int
    var currency: String
    var quantity: Int64 = 1
  }

  /// How the amounts are charged: each row a charge, or lines of invoices.
  enum Rows { case charges, invoiceLines }

  /// The note saying the whole amounts are major units because, read as cents, charges would be
  /// below Stripe's minimum; `nil` when they would not be (the doubt stands).
  /// - Complexity: O(cells).
  static func note(file: String, header: String, cells: [Cell], rows: Rows) -> String? {
    var positive = 0
    var below = [(cell: Cell, code: String, minimum: Int64)]()
    for cell in cells where !cell.text.isEmpty && cell.quantity > 0 {
      let code = cell.currency.isEmpty ? "USD" : cell.currency.uppercased()
      guard let units = try? CubeMoney.cents(cell.text, isDecimalComma: false), units > 0 else {
        continue
      }
      positive += 1
      // Read as cents, `units` hundredths are `units / 100` hundredths.
      let (charged, overflow) = (units / 100).multipliedReportingOverflow(by: cell.quantity)
      guard let minimum = minimums[code], !overflow, charged < minimum else { continue }
      below.append((cell, code, minimum))
    }
    guard let first = below.first else { return nil }
    switch rows {
    case .charges: break
    case .invoiceLines: guard 2 * below.count > positive else { return nil }
    }
    let asCents = Self.text(first.cell.text)
    let noun = rows == .charges ? "charge" : "line"
    return "\(file): every amount in \"\(header)\" is a whole number, read as major units: read "
      + "as cents, \(below.count) of \(CountText.grouped(positive)) \(noun)s would be below "
      + "Stripe's minimum charge (\"\(first.cell.text)\" on line \(first.cell.line) would be "
      + "\(first.code) \(asCents)\(first.cell.quantity == 1 ? "" : " × \(first.cell.quantity)"), "
      + "the minimum \(first.code) \(Self.decimal(first.minimum))), which Stripe never charges; "
      + "pass --amounts cents if they are cents"
  }

  /// `4900` → `49.00`: whole units `text` read as cents.
  private static func text(_ text: String) -> String {
    decimal((try? CubeMoney.cents(text, isDecimalComma: false)).map { $0 / 100 } ?? 0)
  }

  /// Hundredths as `12.50`.
  private static func decimal(_ v: Int64) -> String {
    "\(v / 100).\(v % 100 < 10 ? "0" : "")\(v % 100)"
  }
}
