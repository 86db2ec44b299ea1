import ARRCore

/// Currency signs written instead of a code, in a currency cell (`$`, `€`) or beside an amount
/// (`$100`), and the one that is ambiguous: a bare `$` is the sign of the US, Canadian,
/// Australian and other dollars. It is read as USD (as a US export means it), and a finding says
/// so and how to name another currency (decided, twelfth session: a currency column holding
/// only `$` made the company's currency "$", and the tie-out read `200.00 $`); under an amount
/// header naming another dollar (`Amount (CAD)`) it is that dollar (review 12, F8).
struct CurrencySigns {
  /// The code each sign names, uppercased (`CA$`, `C$` and `A$` name their own dollars).
  static let codes: [String: String] = [
    "$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "CA$": "CAD", "C$": "CAD",
    "AU$": "AUD", "A$": "AUD", "NZ$": "NZD", "₪": "ILS", "R$": "BRL",
  ]

  /// The letters written right before the first `$` in `text`, uppercased (`CA$5` → `CA`,
  /// `$5` → empty); `nil` when `text` has no `$`. With ``codes`` they name a dollar of its own
  /// (`CA` + `$` → CAD): one reading for amount cells and cube titles.
  static func dollarPrefix<S: StringProtocol>(_ text: S) -> String? {
    guard let dollar = text.firstIndex(of: "$") else { return nil }
    return String(text[..<dollar].reversed().prefix(while: \.isLetter).reversed()).uppercased()
  }

  /// Currencies whose sign is a bare `$`: under a header naming one of them (`Amount (CAD)`),
  /// `$` is that currency (review 12, F8: `$` cells under `Amount (CAD)` were refused as US
  /// dollars).
  static let dollarCurrencies: Set<String> = [
    "USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN", "CLP", "COP", "ARS",
  ]

  /// Refuses `--currency` naming another currency than the one the data shows (a cell's sign
  /// or code, a title, a currency column): `--currency` labels amounts that name none, and
  /// amounts are never converted (decided, session 32, lead; trial 32, T32-12: `--currency USD`
  /// on a file of `1250,00€` relabelled the euros as dollars, with no word). A sign several
  /// currencies share contradicts none of them: a bare `$` (read as USD) any dollar, `¥` (read
  /// as JPY) the yuan. With `--lenient`, lines in another currency are a ledger's bad rows
  /// instead, as before.
  /// - Throws: `.invalidData` naming both currencies.
  static func checkGiven(_ options: ImportOptions, seen: String?, files: [String])
    throws(ARRQualityError)
  {
    guard !options.isLenient, let given = options.currency?.uppercased(),
      let seen = seen?.uppercased(), given != seen,
      !(seen == "USD" && dollarCurrencies.contains(given)), !(seen == "JPY" && given == "CNY")
    else { return }
    throw .data(
      files.joined(separator: ", ")
        + ": the amounts are in \(seen) (the data names it: a sign or code in the cells, a title or a "
        + "currency column), not \(given) (--currency): amounts are never converted (rates are "
        + "not supported); leave out --currency to read them in \(seen), or convert the file")
  }

  /// The currency a non-empty currency cell names: its sign's code (a bare `$` is `named`, the
  /// currency the amount header names, when that is a dollar), else the cell uppercased when it
  /// is a three-letter code; `nil` for anything else (review 12, F14: QuickBooks' numeric
  /// `currency_id` 1 made a currency named "1").
  static func code(cell: String, named: String? = nil) -> String? {
    let c = cell.uppercased()
    if c == "$", let named, dollarCurrencies.contains(named) { return named }
    // `RMB` (renminbi) is the yuan's code in Chinese books (R51-19).
    if c == "RMB" { return "CNY" }
    if let code = codes[c] { return code }
    guard c.count == 3, c.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
    return c
  }

  /// The currency an amount cell's own sign or code names (`$100`, `€100`, `100 EUR`), if any:
  /// a bare `$` is `named`, the currency the amount header names, when that is a dollar.
  static func code(amount: String, named: String?) -> String? {
    guard let found = CubeMoney.currency(amount) else { return nil }
    if found == "USD", let named, named != "USD", dollarCurrencies.contains(named) {
      let upper = amount.uppercased()
      if !upper.contains("US$") && !upper.contains("USD") { return named }
    }
    // `¥` is the Chinese yuan's sign as much as the yen's (Excel's zh-CN currency format): on a
    // line or under a header naming CNY it is the yuan (session 51, imp lane; review 51,
    // R51-19: a Chinese ledger's `¥12,000.00` beside `CNY` was refused line by line as yen).
    if found == "JPY", named == "CNY", !amount.uppercased().contains("JPY") { return named }
    return found
  }

  /// The currency an amount's own sign or code names when it contradicts its line's currency
  /// cell (`€450.00` on a line whose currency column says `USD`), else `nil`. A bare `$` names
  /// any dollar (a `CAD` line may write `$100`); `US$`, `USD` and the other signs are exact
  /// (session 16's trial, P2: euro-signed amounts on lines coded USD were summed as dollars,
  /// silently, where the same file without the code column was refused for two currencies).
  static func conflict(amount: String, lineCurrency: String) -> String? {
    // The amount's sign read as ``code(amount:named:)`` reads it under a header naming the
    // line's currency: a bare `$` is then that dollar.
    guard let found = code(amount: amount, named: lineCurrency), found != lineCurrency else {
      return nil
    }
    return found
  }

  /// The problem of an amount whose sign names `found` on a line whose currency cell says
  /// `line`.
  static func conflictProblem(amount: String, found: String, line: String) -> String {
    "amount \"\(amount)\" is in \(found) but the line's currency is \(line) (expected one "
      + "currency a line: the amount's sign or the currency cell is wrong)"
  }

  /// The problem of a currency cell that names no currency (``code(cell:named:)`` `nil`).
  static func problem(_ cell: String) -> String {
    "currency \"\(cell)\" is not a currency (expected a three-letter code such as USD or EUR, or "
      + "a sign such as $ or €)"
  }

  /// Whether a currency column holds only numbers (QuickBooks' `currency_id`, an id into a
  /// currency table): no currency is named, so the column is not read (review 12, F14).
  /// `cells`: the column's non-empty cells.
  static func isNumericIDs<S: Sequence>(_ cells: S) -> Bool where S.Element == String {
    var any = false
    for c in cells where !c.isEmpty {
      guard c.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
      any = true
    }
    return any
  }

  /// The first line whose currency was a bare `$` (cell or amount sign).
  private(set) var firstBareLine: Int?
  /// Whether a line named US dollars by code or as `US$`.
  private(set) var isUSDNamed = false
  /// The first line whose currency was a bare `¥`, and whether a line named the yen.
  private(set) var firstBareYenLine: Int?
  private(set) var isJPYNamed = false

  /// Records the currency cell (empty for none) and amount text of a line read as `code`.
  mutating func see(cell: String, amount: String, code: String?, line: Int) {
    // `¥` read as the yen is the yuan's sign too (review 52, R52-42: a Chinese ledger's `¥`
    // amounts were stated as JPY, nothing said).
    if code == "JPY" {
      let text = cell.isEmpty ? amount.uppercased() : cell.uppercased()
      if text.contains("JPY") || text.contains("円") || text.contains("JP¥") {
        isJPYNamed = true
      } else if text.contains("¥") || text.contains("￥"), firstBareYenLine == nil {
        firstBareYenLine = line
      }
      return
    }
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
    if named == nil, currency == "JPY", !isJPYNamed, let line = firstBareYenLine {
      return "\(file): the currency is written only as \"¥\" (first on line \(line)), read as "
        + "Japanese yen (JPY); \"¥\" is also the sign of the Chinese yuan (renminbi): if the "
        + "amounts are in yuan, set its code in the imported company.json (`\"currency\": "
        + "\"CNY\"`); the amounts are not converted either way"
    }
    guard named == nil, currency == "USD", !isUSDNamed, let line = firstBareLine else {
      return nil
    }
    // Codes other than the company's own in code spans: the report's glossary defines its
    // words, not currency codes.
    return "\(file): the currency is written only as \"$\" (first on line \(line)), read as "
      + "United States dollars (USD); \"$\" is also the sign of the Canadian, Australian and "
      + "other dollars: if the amounts are in another currency, set its code in the imported "
      + "company.json (`\"currency\": \"CAD\"`); the amounts are not converted either way"
  }
}
