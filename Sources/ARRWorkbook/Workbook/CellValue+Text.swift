/// A number rounded to the cent, as the importers read money.
public struct CentAmount: Sendable, Equatable {
  /// The amount in cents, rounded half away from zero.
  public var cents: Int64
  /// Whether the stored number is more than 1e-6 away from a whole cent (a computed
  /// allocation, a rate): rounding it changed it, and the reader reports the cell.
  public var isOffCent: Bool

  /// The largest magnitude converted: beyond it a Double no longer holds whole cents.
  public static let maxMagnitude = 90_071_992_547_409.0  // 2^53 cents

  /// Rounds `value` to the cent, half away from zero.
  ///
  /// The half is judged as the spreadsheet shows the number: 1.005 is stored as
  /// 1.00499999999999989…, and `ROUND(1.005, 2)` gives 1.01, so a value within a few units in
  /// the last place of a half cent counts as the half and rounds away from zero.
  /// - Returns: `nil` when `value` is not finite or too large to hold in cents.
  public init?(_ value: Double) {
    guard value.isFinite, value.magnitude <= Self.maxMagnitude else { return nil }
    let scaled = value * 100
    let down = scaled.rounded(.towardZero)
    let fraction = (scaled - down).magnitude
    let tolerance = 8 * scaled.ulp
    var rounded = scaled.rounded(.toNearestOrAwayFromZero)
    if (fraction - 0.5).magnitude <= tolerance {
      rounded = down + (scaled < 0 ? -1 : 1)
    }
    cents = Int64(rounded)
    isOffCent = (scaled - rounded).magnitude > 1e-4
  }
}

extension CellValue {
  /// The cell as a CSV export would give it to an importer: text as is, a date as
  /// `YYYY-MM-DD`, `TRUE`/`FALSE`, an error value as written (`#DIV/0!`), a whole number
  /// without decimals (`1001`), any other number rounded to the cent (`1234.50`); a percent as
  /// the sheet shows it (`20%` for 0.2), a number in a currency format with its currency
  /// (`€1000`, `USD 1234.50`; review 13, F6 and F37).
  ///
  /// - Returns: the text, and the rounded amount for a fractional number (so a caller can
  ///   report an off-cent value); `nil` text for a number too large to hold in cents.
  public func exportText() -> (text: String?, amount: CentAmount?) {
    switch self {
    case .text(let s): return (s, nil)
    case .date(let d): return (d.description, nil)
    case .boolean(let b): return (b ? "TRUE" : "FALSE", nil)
    case .error(let e): return (e, nil)
    case .number(let x): return Self.numberText(x)
    case .percent(let x):
      // Hundredths of a percent to six places (0.2 → `20%`, 0.125 → `12.5%`), as the
      // subscriptions table's discount reader takes a percent.
      let scaled = (x * 100_000_000).rounded()
      guard scaled.magnitude < 9e18 else { return Self.numberText(x) }
      var text = Self.decimal(Int64(scaled), places: 6)
      while text.last == "0" { text.removeLast() }
      if text.last == "." { text.removeLast() }
      return (text + "%", nil)
    case .money(let x, let currency):
      let (text, amount) = Self.numberText(x)
      guard let text, let shown = Self.shown(currency) else { return (text, amount) }
      let isNegative = text.hasPrefix("-")
      let digits = isNegative ? String(text.dropFirst()) : text
      return ((isNegative ? "-" : "") + shown + digits, amount)
    }
  }

  /// How a currency export writes `currency` before an amount, when the importers read it
  /// there: a sign (`€1000.00`), `¥` as `JPY ` (the importers know no `¥` beside an amount),
  /// or an ISO code they know (`USD 1000.00`); `nil` for another code (the number stays bare).
  static func shown(_ currency: String) -> String? {
    switch currency {
    case "€", "£", "$": return currency
    case "¥": return "JPY "
    case "USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY": return currency + " "
    default: return nil
    }
  }

  /// A number's text: whole without decimals (`1001`), else rounded to the cent (`1234.50`).
  private static func numberText(_ x: Double) -> (text: String?, amount: CentAmount?) {
    if x == x.rounded(), x.magnitude < 1e15 { return (Self.decimal(Int64(x), places: 0), nil) }
    guard let amount = CentAmount(x) else { return (nil, nil) }
    return (Self.decimal(amount.cents, places: 2), amount)
  }

  /// `value` scaled down by 10^`places` (0, 2 or 6) as decimal text, without intermediate strings:
  /// a sheet has millions of numbers.
  private static func decimal(_ value: Int64, places: Int) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
      var end = 24
      var magnitude = value.magnitude
      var written = 0
      repeat {
        if written == places && places > 0 {
          end -= 1
          buffer[end] = UInt8(ascii: ".")
        }
        end -= 1
        buffer[end] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        written += 1
      } while magnitude > 0 || written <= places
      if value < 0 {
        end -= 1
        buffer[end] = UInt8(ascii: "-")
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[end..<24]), as: UTF8.self)
    }
  }
}
