import ARRCore

/// The currency a table's title lines name (`Northwind Analytics — MRR by customer (USD)`,
/// `Revenue by customer, €`, `in euros`): a cube whose cells carry no currency then is in that
/// currency, not "USD (assumed)", and its bare `$` cells are that dollar (`docs/import.md`,
/// "Customer cube", currency; session 22, lead; trial 21, M3: a title naming USD still drew the
/// finding that "$" might be another dollar).
///
/// Read: an ISO code of ``known`` written in capitals as a word of its own (`USD`, `(EUR)`), a
/// sign with its own currency (`€`, `£`, `¥`, `US$`, `CA$`, `A$`, `NZ$`), or the word `euro` or
/// `euros`. A bare `$` names no one dollar and is not read. Titles naming two currencies (`EUR
/// converted to USD`) name none: the cells decide, as without a title.
enum TitleCurrency {
  /// Codes read in a title: the currencies data rooms are kept in. Capitals only, so an
  /// English word (`try`) is not a currency.
  static let known: Set<String> = [
    "AED", "ARS", "AUD", "BGN", "BHD", "BRL", "CAD", "CHF", "CLP", "CNY", "COP", "CZK", "DKK",
    "EGP", "EUR", "GBP", "HKD", "HUF", "IDR", "ILS", "INR", "IQD", "ISK", "JOD", "JPY", "KES",
    "KRW", "KWD", "LYD", "MXN", "MYR", "NGN", "NOK", "NZD", "OMR", "PEN", "PHP", "PLN", "QAR",
    "RON", "SAR", "SEK", "SGD", "THB", "TND", "TRY", "TWD", "UAH", "USD", "VND", "ZAR",
  ]

  /// The one currency the title lines name, with the line naming it first; `nil` when they
  /// name none or several.
  /// - Complexity: O(characters of the title lines).
  static func find(titles: ArraySlice<ImportTable.Record>) -> Found? {
    var found: Found?
    for record in titles {
      for cell in record.cells {
        for code in Self.codes(in: cell) {
          if let f = found, f.code != code { return nil }
          if found == nil { found = Found(code: code, line: record.line) }
        }
      }
    }
    return found
  }

  /// A currency named by a title, a sheet or a file: its code, the line it is tied to and
  /// where it is written, for the messages (`the title on line 1`).
  struct Found: Sendable, Equatable {
    var code: String
    var line: Int
    var place: String

    init(code: String, line: Int, place: String? = nil) {
      self.code = code
      self.line = line
      self.place = place ?? "the title on line \(line)"
    }
  }

  /// The one currency a workbook sheet's name names (`UK Ltd (GBP)`), else a CSV file's name
  /// without its extension (`mrr_by_customer_EUR.csv`, `_` read as a space), tied to the
  /// header's `line`; `nil` when neither names exactly one. Where a tab or an export's name
  /// is the only word on its currency (trial 48, T48-6: entity sheets `US Inc (USD)` and `UK Ltd
  /// (GBP)` were added up as dollars, "assumed: the data names none"). A workbook's name is not
  /// read (pass `file: nil`): it names every tab, and a board pack named `…_EUR.xlsx` holds a
  /// tab of US$ cells (review 50, R50-10: that tab was refused as two currencies).
  static func named(sheet: String?, file: String?, line: Int) -> Found? {
    if let sheet {
      let codes = Set(nameCodes(in: sheet))
      if codes.count == 1, let code = codes.first {
        return Found(code: code, line: line, place: "the sheet name \"\(sheet)\"")
      }
      if codes.count > 1 { return nil }
    }
    guard let file else { return nil }
    let name = file.split(separator: "/").last.map(String.init) ?? file
    let stem = name.split(separator: ".").dropLast().joined(separator: ".")
    let codes = Set(nameCodes(in: stem.isEmpty ? name : stem))
    guard codes.count == 1, let code = codes.first else { return nil }
    return Found(code: code, line: line, place: "the file name \"\(name)\"")
  }

  /// Lower-case codes read in a sheet's or a file's name (`mrr_gbp.csv`): the major currencies
  /// only, none an English word (`all`, `try`, `top` are codes too, never read in lower case).
  static let lowerCaseInNames: Set<String> = [
    "usd", "eur", "gbp", "cad", "aud", "nzd", "chf", "jpy", "sek", "nok", "dkk", "ils", "inr",
    "sgd", "hkd", "brl", "mxn", "zar", "pln",
  ]

  /// The currencies a sheet's or a file's name names: `_` read as a space (`UK_Ltd_GBP`,
  /// review 50, R50-9: such sheets were added up as dollars), and a major currency's code in
  /// lower case (``lowerCaseInNames``; R50-33: `mrr_gbp.csv`).
  static func nameCodes(in name: String) -> [String] {
    let words = String(name.map { $0 == "_" ? " " : $0 })
    return words.split { $0.isWhitespace || "()[]{},;:/|–—-.".contains($0) }.flatMap { word in
      lowerCaseInNames.contains(String(word)) ? [word.uppercased()] : codes(in: String(word))
    }
  }

  /// The currencies `text` names, in the order written.
  static func codes(in text: String) -> [String] {
    var out: [String] = []
    // Words: runs of letters, with a currency sign kept as part of the word it touches
    // (`US$`, `€000s`); a sentence's full stop ends a word (`Amounts in USD.`, a footnote).
    let words = text.split { $0.isWhitespace || "()[]{},;:/|–—-.".contains($0) }
    for raw in words {
      let word = String(raw)
      if let code = signCode(word) {
        out.append(code)
      } else if word.count == 3, known.contains(word) {
        out.append(word)
      } else if ["euro", "euros"].contains(word.lowercased().filter(\.isLetter)) {
        out.append("EUR")
      }
    }
    return out
  }

  /// The currency a word's sign names: `US$`, `CA$`, `A$`, `NZ$` (letters before the `$`),
  /// `€`, `£` or `¥` anywhere in it; `nil` for a bare `$` and for no sign.
  private static func signCode(_ word: String) -> String? {
    if let prefix = CurrencySigns.dollarPrefix(word) {
      return prefix.isEmpty ? nil : CurrencySigns.codes[prefix + "$"]
    }
    if word.contains("€") { return "EUR" }
    if word.contains("£") { return "GBP" }
    if word.contains("¥") { return "JPY" }
    return nil
  }
}
