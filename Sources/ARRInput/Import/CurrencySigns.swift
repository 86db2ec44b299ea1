/// Currency signs written instead of a code, in a currency cell (`$`, `€`) or beside an amount
/// (`$100`), and the one that is ambiguous: a bare `$` is the sign of the US, Canadian,
/// Australian and other dollars. It is read as USD (as a US export means it), and a finding says
/// so and how to name another currency (decided, twelfth session: a currency column holding
/// only `$` made the company's currency "$", and the tie-out read `200.00 $`).
struct CurrencySigns {
  /// The code each sign names, uppercased (`CA$`, `C$` and `A$` name their own dollars).
  static let codes: [String: String] = [
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "CA$": "CAD", "C$": "CAD",
    "AU$": "AUD", "A$": "AUD", "NZ$": "NZD",
  ]

  /// The currency a non-empty currency cell names: its sign's code, else the cell uppercased.
  static func code(cell: String) -> String {
    let c = cell.uppercased()
    return codes[c] ?? c
  }

  /// The first line whose currency was a bare `$` (cell or amount sign).
  private(set) var firstBareLine: Int?
  /// Whether a line named US dollars by code or as `US$`.
  private(set) var isUSDNamed = false

  /// Records the currency cell (empty for none) and amount text of a line read as `code`.
  mutating func see(cell: String, amount: String, code: String?, line: Int) {
    guard code == "USD" else { return }
    let text = cell.isEmpty ? amount.uppercased() : cell.uppercased()
    if text.contains("USD") || text.contains("US$") {
      isUSDNamed = true
    } else if text.contains("$"), firstBareLine == nil {
      firstBareLine = line
    }
  }

  /// The finding when the file's one currency, `currency`, is USD named only by bare `$` signs;
  /// `named`: a currency the amount header or `--currency` names (then nothing to say).
  func finding(file: String, currency: String?, named: String?) -> String? {
    guard named == nil, currency == "USD", !isUSDNamed, let line = firstBareLine else {
      return nil
    }
    return "\(file): the currency is written only as \"$\" (first on line \(line)), read as US "
      + "dollars (USD); \"$\" is also the sign of the Canadian, Australian and other dollars: if "
      + "the amounts are in another currency, set \"currency\" in the imported company.json "
      + "(e.g. \"CAD\"); the amounts are not converted either way"
  }
}
