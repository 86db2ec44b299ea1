import ARRCore

/// How every number in a report is written: money, percentages, ratios, counts and months.
///
/// One value per company (it carries the currency), used by the Markdown text, the tables and
/// the charts alike, so a figure reads the same everywhere. Everything is computed on integers
/// and doubles without Foundation formatters: the output is the same bytes on every locale.
///
/// Rounding is half away from zero everywhere (`999.5` → `1,000`, `-2.5` → `-3`). Negative
/// numbers use the ASCII hyphen-minus (`-$1.30K`) so they paste into any spreadsheet or deck.
/// See `docs/report-style.md` for every format with examples.
public struct NumberFormat: Sendable, Hashable {
  /// The ISO 4217 code, upper-cased (`"USD"`); empty when the company gave none.
  public let currencyCode: String
  /// What goes before an amount: `"$"`, `"€"`, `"CA$"`, or the code and a space (`"CHF "`).
  public let currencySymbol: String
  /// Decimals shown by ``moneyWithCents(cents:)``: 2, or 0 for currencies without minor units
  /// in everyday use (JPY).
  public let fractionDigits: Int

  /// Creates the format for a company's currency.
  /// - Parameter currency: an ISO 4217 code such as `"USD"` (any case, surrounding spaces
  ///   ignored). Known symbols: USD `$`, EUR `€`, GBP `£`, ILS `₪`, JPY `¥`,
  ///   CAD `CA$`, AUD `A$`; any other code prints as itself and a space (`CHF 1.23M`); an empty
  ///   code prints bare numbers (`1.23M`). A currency without decimals (JPY, KRW:
  ///   ``CurrencyDigits``) prints none.
  public init(currency: String) {
    let code = Money.normalisedCurrency(currency)
    currencyCode = code
    currencySymbol = Money.currencySymbol(code)
    fractionDigits = CurrencyDigits.of(code) == 0 ? 0 : 2
  }

  /// US dollars, the default when a company names no currency.
  public static let usd = NumberFormat(currency: "USD")

  /// A count with thousands separators: `12345` → `"12,345"`, `-7` → `"-7"`.
  public func integer(_ value: Int64) -> String {
    (value < 0 ? "-" : "") + Money.grouped(value.magnitude)
  }

  /// A count with thousands separators: `12345` → `"12,345"`.
  public func integer(_ value: Int) -> String { CountText.grouped(value) }

  /// A plain number with a fixed number of decimals and thousands separators:
  /// `(1234.56, 1)` → `"1,234.6"`; `"n/a"` when `value` is NaN or infinite.
  /// - Parameters:
  ///   - value: the number.
  ///   - decimals: digits after the point, 0–9.
  public func number(_ value: Double, decimals: Int = 0) -> String {
    DecimalText.fixed(value, places: min(max(decimals, 0), 9), isGrouped: true) ?? "n/a"
  }
}
