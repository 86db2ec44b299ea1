import ARRCore

/// An invoice's tax written as a line of its own ("Sales tax 10%", "VAT 20%", "GST") beside its
/// item lines, or a NetSuite search's tax posting (no item, account "22000 Sales Tax Payable")
/// (`docs/import.md`, "Tax lines"; session 44, crm lane; review 43, V5 and G2's variant: the tax
/// was read as recurring revenue, $38,280 for $34,800). Tax is collected for the state, not
/// earned: such a line is skipped and a note counts it.
extension LedgerReader {
  /// Names of a tax, lowercased: a line whose item and description say only this (a rate, a
  /// number or a two-letter region beside it aside) bills tax.
  static let taxLineNames: Set<String> = [
    "tax", "taxes", "sales tax", "sales taxes", "use tax", "state tax", "state sales tax",
    "county tax", "city tax", "local tax", "vat", "value added tax", "gst", "hst", "pst", "qst",
    "tva", "mwst", "ust", "iva", "igst", "cgst", "sgst", "tax amount", "total tax", "tax total",
    "output vat", "output tax", "vat on sales", "gst on sales", "gst on income",
    // Other languages' names and pairs (review 44, W-8).
    // The bare acronyms `mva`, `alv`, `tps`, `tvq`, `moms` only with a rate (``rateOnlyTaxNames``; review 45,
    // Y-8: `TPS` and `MVA` lines were skipped as tax, $40,800 for $45,360).
    "umsatzsteuer", "mehrwertsteuer", "btw", "gst hst",
    "tps tvq", "gst pst", "gst qst", "消費税", "impuesto", "imposta", "sales and use tax",
    "county sales tax", "city sales tax", "local sales tax", "consumption tax",
    // Tax the customer withholds and pays for the seller: no revenue taken off (review 46,
    // R46-19: a `Withholding tax 10%` row cut the invoice, $42,120 for $46,800).
    "withholding", "withholding tax", "tax withheld", "retención", "retencion", "irpf",
    "retención irpf", "retenue à la source", "quellensteuer",
  ]

  /// Words before a tax's name that add nothing to it (`zzgl. 19% USt.`, `plus VAT`).
  static let taxFillerWords: Set<String> = [
    "zzgl", "inkl", "incl", "plus", "excl", "exkl", "zuzüglich", "inklusive",
  ]

  /// Full names of the regions a tax line may name (`Sales Tax (Texas)`, `New York State Sales
  /// Tax`): US states and Canadian provinces.
  static let regionNames: Set<String> = [
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
    "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
    "ontario", "quebec", "british columbia", "alberta", "manitoba", "saskatchewan",
    "nova scotia", "new brunswick",
  ]

  /// `words` without a region on either side (a code of ``regionCodes`` or a name of
  /// ``regionNames``), when a word stays.
  static func withoutRegions(_ words: [String]) -> [String] {
    var words = words
    func isRegion(_ part: ArraySlice<String>) -> Bool {
      part.count == 1 && regionCodes.contains(part.first ?? "")
        || regionNames.contains(part.joined(separator: " "))
    }
    for n in [2, 1] where words.count > n && isRegion(words.suffix(n)) {
      words.removeLast(n)
      break
    }
    for n in [2, 1] where words.count > n && isRegion(words.prefix(n)) {
      words.removeFirst(n)
      break
    }
    return words
  }

  /// The largest share of a document's other rows a tax line may be (review 44, W-4).
  static let maximumTaxShare = 0.3

  /// Words an account's name adds to a tax's: "Sales Tax Payable", "VAT Control", "GST
  /// Liability".
  static let taxAccountWords: Set<String> = [
    "payable", "liability", "liabilities", "control", "account", "collected", "owed", "due",
  ]

  /// Whether `text` names a tax and nothing else ("Sales tax 10%", "VAT (20%)", "GST @ 15%",
  /// "Sales Tax - CA"); "Tax filing service" names a product. `isAccount`: the text is a
  /// ledger account's name, its number and a word such as `Payable` aside ("22000 Sales Tax
  /// Payable").
  static func isTaxLineText(_ text: String, isAccount: Bool = false) -> Bool {
    var words = withoutRates(text.lowercased()).split { !$0.isLetter && !$0.isNumber }.filter {
      $0 != "rate"
    }.map(String.init)
    // An account's number (`22000 Sales Tax Payable`) is no part of its name; elsewhere a
    // number not written as a rate names a product (`Tax 360`, `GST 2.0`; review 44, W-3).
    if isAccount { words.removeAll { $0.allSatisfy(\.isNumber) || taxAccountWords.contains($0) } }
    // Before the name only: `Tax Plus` names a product.
    while words.count > 1, let first = words.first, taxFillerWords.contains(first) {
      words.removeFirst()
    }
    words = withoutRegions(words)
    // A county's or a city's tax (`Travis County Tax`): its place's one or two words aside.
    if (2...4).contains(words.count),
      words.suffix(2) == ["county", "tax"] || words.suffix(2) == ["city", "tax"]
    {
      return true
    }
    let name = words.joined(separator: " ")
    // A bare acronym that is also a product code counts with its rate written beside it only
    // (`MVA 25%`, not `MVA`; review 45, Y-8).
    if rateOnlyTaxNames.contains(name) { return withoutRates(text) != text }
    return !words.isEmpty && taxLineNames.contains(name)
  }

  /// Tax names that are also product codes (`TPS` a Third-Party Sync add-on, `MVA` a Managed
  /// Vulnerability Assessment): tax lines only with a rate beside them.
  static let rateOnlyTaxNames: Set<String> = ["mva", "alv", "tps", "tvq", "moms"]

  /// `text` without its rates: a number followed by `%` (`10%`, `7.25 %`) or after `@`
  /// (`GST @ 15`).
  static func withoutRates(_ text: String) -> String {
    let chars = Array(text)
    var out = ""
    var i = 0
    while i < chars.count {
      guard chars[i].isNumber else {
        out.append(chars[i])
        i += 1
        continue
      }
      var j = i
      while j < chars.count,
        chars[j].isNumber
          || ((chars[j] == "." || chars[j] == ",") && j + 1 < chars.count && chars[j + 1].isNumber)
      {
        j += 1
      }
      var k = j
      while k < chars.count && chars[k] == " " { k += 1 }
      var p = i - 1
      while p >= 0 && chars[p] == " " { p -= 1 }
      if k < chars.count && chars[k] == "%" {
        i = k + 1
      } else {
        if p < 0 || chars[p] != "@" { out.append(contentsOf: chars[i..<j]) }
        i = j
      }
    }
    return out
  }

  /// Known region codes a tax line may end with (`Sales Tax - CA`, `VAT UK`): US states, Canadian
  /// provinces and the countries whose taxes are named above; any other two letters name a
  /// product (`Tax AI`, `VAT IQ`; review 44, W-3).
  static let regionCodes: Set<String> = [
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il", "in",
    "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh",
    "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut",
    "vt", "va", "wa", "wv", "wi", "wy", "on", "qc", "bc", "ab", "mb", "sk", "ns", "nb", "nl",
    "pe", "uk", "gb", "eu", "fr", "es", "it", "be", "at", "ie", "au", "nz", "ch", "se",
    "dk", "no", "fi", "pl", "pt", "sg", "us",
  ]

  /// The column naming each row's ledger account (NetSuite's `Account`), when one is not read
  /// for another role.
  static func accountColumn(layout: LedgerLayout, header: [String]) -> Int? {
    let used = Set(layout.columns.values)
    return header.indices.first { c in
      !used.contains(c)
        && ["account", "account name", "gl account", "ledger account", "income account"]
          .contains(LedgerLayout.normalized(header[c]))
    }
  }

  /// The source lines of `body` that are tax lines: with a document column, a row whose item
  /// and description (those not blank, one at least) each name a tax (``isTaxLineText(_:isAccount:)``),
  /// or, both blank, whose account names one, in a document of one customer with another row
  /// that does not, and at most ``maximumTaxShare`` of that document's other rows. Empty without
  /// a document column. `cents` reads an amount cell as the file's amounts read (its unit and
  /// decimal mark), `nil` when it is none.
  /// - Complexity: O(rows).
  static func taxLines(
    layout: LedgerLayout, header: [String], body: ArraySlice<ImportTable.Record>,
    cents: (String) -> Int64?
  ) -> Set<Int> {
    guard let doc = layout.columns[.document], layout.columns[.amount] != nil else { return [] }
    let texts = [layout.columns[.description], layout.columns[.lineClass]].compactMap { $0 }
    let account = accountColumn(layout: layout, header: header)
    guard !texts.isEmpty || account != nil else { return [] }
    func at(_ r: ImportTable.Record, _ c: Int?) -> String { c.map(r.cell) ?? "" }
    struct Key: Hashable {
      var customer: String
      var document: String
    }
    var tax = [Key: [(line: Int, cents: Int64)]]()
    // Each document's other rows' amounts, summed as magnitudes (saturating).
    var others = [Key: Int64]()
    func amount(_ r: ImportTable.Record) -> Int64? { cents(at(r, layout.columns[.amount])) }
    for r in body where !at(r, doc).isEmpty {
      let key = Key(
        customer: at(r, layout.columns[.customerID] ?? layout.columns[.customerName]),
        document: at(r, doc))
      let cells = texts.map { at(r, $0) }.filter { !$0.isEmpty }
      // A row posted to a tax liability account is tax whatever its item says (NetSuite's
      // `AVATAX` or `CA BOE` item on `22000 Sales Tax Payable`; review 44, W-9): no revenue
      // posts to a liability. An income account named for tax work (`4100 Tax`, a firm's
      // tax-compliance fees) decides only for rows with no item or description (review 45,
      // Y-3: its lines were dropped as tax, $48,000 for $60,000).
      let accountText = at(r, account)
      let isTax =
        (isTaxLineText(accountText, isAccount: true)
          && (cells.isEmpty || isLiabilityAccount(accountText)))
        || (!cells.isEmpty && cells.allSatisfy { isTaxLineText($0) })
      if isTax, let v = amount(r) {
        tax[key, default: []].append((r.line, v))
      } else {
        others[key] = Money.saturatingSum(others[key, default: 0], magnitude(amount(r) ?? 0))
      }
    }
    // A tax is a part of what it taxes: at most ``maximumTaxShare`` of the document's other
    // rows (no standard rate is above 27%); a `Sales Tax` or `VAT` line larger than that is a
    // product of that name (a tax-software company's module; review 44, W-4).
    var lines = Set<Int>()
    for (key, rows) in tax {
      guard let base = others[key], base > 0 else { continue }
      let total = rows.reduce(Int64(0)) { Money.saturatingSum($0, magnitude($1.cents)) }
      guard Double(total) <= maximumTaxShare * Double(base) else { continue }
      lines.formUnion(rows.map(\.line))
    }
    return lines
  }

  /// `|v|`, `Int64.max` for `Int64.min`.
  /// `|v|`, saturated at `Int64.max` (for sums of amounts in either sign).
  static func magnitude(_ v: Int64) -> Int64 { v == .min ? .max : abs(v) }

  /// Whether an account's text names a liability (`22000 Sales Tax Payable`, `Tax liabilities`,
  /// `VAT control`): where collected tax is posted, never revenue.
  static func isLiabilityAccount(_ text: String) -> Bool {
    UsageMonths.hasWord(
      text, of: ["payable", "liability", "liabilities", "control", "collected", "owed", "due"])
  }
}
