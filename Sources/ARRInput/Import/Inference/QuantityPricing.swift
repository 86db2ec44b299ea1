import ARRCore

/// Whether an account's monthly amounts are a quantity times one price: seats, licences or
/// users billed monthly and trued up as the team changes (`docs/import.md`, "Contract type from
/// the revenue's shape"; session 22, lead; trial 21, U3: 20 of 40 per-seat teams at $30 a seat,
/// ±1 seat most months, read "pay-as-you-go usage … volatile").
///
/// The **unit** is the greatest common divisor of the account's paid amounts (minor units).
/// The amounts are **quantity-priced** when the unit is more than one minor unit and the
/// median month-to-month change, counted in units over the months that change, is at most
/// ``maximumMedianStep``: a team adds or drops a seat or two. Metered usage bills amounts that
/// share no such unit (a unit of one cent), and usage rounded to whole dollars moves by many
/// dollars a month (a $400 account moves by tens of units), so neither passes. A seat count
/// moving by more than three seats at the median, or a month billed off the unit (a prorated or
/// discounted month), is not recognised: such an account keeps the usage reading.
enum QuantityPricing {
  /// The largest median change, in units, that still reads as seats trued up.
  static let maximumMedianStep: Int64 = 3

  /// The unit price when `amounts` (minor units per month, oldest first) are
  /// quantity-priced, else `nil`.
  /// - Complexity: O(months × log(amount)).
  static func unit(of amounts: UnsafeBufferPointer<Int64>) -> Int64? {
    var unit: Int64 = 0
    for v in amounts where v > 0 { unit = gcd(unit, v) }
    guard unit > 1 else { return nil }
    var steps: [Int64] = []
    var previous: Int64 = 0
    for v in amounts {
      if v > 0 && previous > 0 && v != previous {
        // Both are positive multiples of `unit`: the difference cannot overflow and is one too.
        steps.append(Int64((v > previous ? v - previous : previous - v) / unit))
      }
      previous = v
    }
    guard !steps.isEmpty else { return nil }
    steps.sort()
    return steps[(steps.count - 1) / 2] <= maximumMedianStep ? unit : nil
  }

  private static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
    var (x, y) = (a, b)
    while y != 0 { (x, y) = (y, x % y) }
    return x
  }
}
