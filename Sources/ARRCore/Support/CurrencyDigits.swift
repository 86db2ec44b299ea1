/// How many decimals a currency's amounts have (ISO 4217's minor unit): 2 for most, 0 for the
/// yen and a few others, 3 for the dinars of Kuwait, Bahrain, Jordan, Iraq, Libya and Tunisia
/// and the Omani rial.
///
/// The product keeps every amount in hundredths of the unit (cents, `Int64`; docs/input.md,
/// "Amounts"). A three-decimal amount (125.375 KWD) does not fit, and is refused with its
/// cause said once (`CompanyLoader`); a fraction of a zero-decimal unit (¥833.33, a ¥10,000
/// annual contract normalised to a month) is kept exact and printed in whole units (session 20,
/// wording lane; trial 18b, G7). The importers' Stripe tables keep their own list
/// (`AmountUnit`), which is Stripe's, not ISO's.
public enum CurrencyDigits {
  /// ISO 4217 currencies whose minor unit is the unit itself.
  public static let zero: Set<String> = [
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
    "VUV", "XAF", "XOF", "XPF",
  ]
  /// ISO 4217 currencies whose minor unit is a thousandth.
  public static let three: Set<String> = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]

  /// The decimals of `code` (trimmed, any letter case): 0, 2 or 3.
  public static func of(_ code: String) -> Int {
    let c = Money.normalisedCurrency(code)
    return zero.contains(c) ? 0 : three.contains(c) ? 3 : 2
  }

  /// The name of a three-decimal currency's thousandth, for messages: `fils` (KWD, BHD, JOD,
  /// IQD), `baisa` (OMR), `millimes` (TND), `dirhams` (LYD); `nil` for other currencies.
  public static func thousandthName(_ code: String) -> String? {
    switch Money.normalisedCurrency(code) {
    case "KWD", "BHD", "JOD", "IQD": "fils"
    case "OMR": "baisa"
    case "TND": "millimes"
    case "LYD": "dirhams"
    default: nil
    }
  }

  /// What a three-decimal currency's amounts meet here, one phrase for every message that says
  /// it (the folder loader's cause, an importer's cell): `3 decimals (fils), but amounts are
  /// kept to 2 (cents)`.
  /// - Parameter code: The currency code.
  public static func threeDecimalsFact(_ code: String) -> String {
    "3 decimals\(thousandthName(code).map { " (\($0))" } ?? ""), but amounts are kept to 2 (cents)"
  }

  /// What to do about it, lower case: `round each to 2 decimals (a change of at most 0.005
  /// KWD), or convert the amounts to another currency`. Never `--decimal-comma`, which reads
  /// `12.345` as 12,345 (trial 30, T30-9).
  /// - Parameter code: The currency code.
  public static func threeDecimalsRemedy(_ code: String) -> String {
    "round each to 2 decimals (a change of at most 0.005 \(code)), or convert the amounts to "
      + "another currency"
  }
}
