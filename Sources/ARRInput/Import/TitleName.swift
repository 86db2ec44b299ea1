/// A company's name read from a revenue file's title line (render review 35, R35-11: the
/// billings cube's first line reads "Ledgerline (synthetic): billings by customer" and the
/// report named the company "billings-cube", after the file).
enum TitleName {
  /// Words that say what a table holds: a title whose part after the separator holds one is
  /// "<company>: <what the table is>".
  static let dataWords = [
    "billing", "revenue", "mrr", "arr", "sales", "invoice", "subscription", "customer",
    "income", "booking", "receivable", "payment", "recurring",
  ]

  /// Words that make the part before the separator a report's or a period's name, not a
  /// company's.
  static let reportWords = ["report", "export", "summary", "total", "fy", "ytd", "as of", "as at"]

  /// Whole words that make the part before the separator a label, a period or a currency, not
  /// a company (review 36: "Confidential - Revenue by customer" named the company
  /// "Confidential"): a document's marking, a month, a quarter.
  static let labelWords: Set<String> = [
    "confidential", "draft", "internal", "private", "preliminary", "unaudited", "final",
    "sheet", "table", "data", "page", "tab",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "q1", "q2", "q3", "q4", "h1", "h2",
  ]

  /// The company name in `title`, when it reads "<name>: <what the table is>" (also with
  /// " - ", " – " or " — " between): the name 1 to 60 characters with a letter and none of
  /// ``dataWords`` or ``reportWords`` in it, the rest holding one of ``dataWords``. `nil`
  /// otherwise: a title that is only a report's name ("Customer Sales Report"), a period, or a
  /// name alone is no evidence of which part is the company.
  /// - Parameter title: A title line's text.
  /// - Returns: The name, trimmed.
  /// - Complexity: O(title length).
  static func name(fromTitle title: String) -> String? {
    let chars = Array(title)
    // The first separator: ": ", or a dash between spaces.
    var cut: (name: Int, rest: Int)?
    for i in chars.indices {
      if chars[i] == ":", i + 1 < chars.count, chars[i + 1] == " " {
        cut = (i, i + 2)
        break
      }
      if ["-", "–", "—"].contains(chars[i]), i > 0, chars[i - 1] == " ", i + 1 < chars.count,
        chars[i + 1] == " "
      {
        cut = (i - 1, i + 2)
        break
      }
    }
    guard let cut else { return nil }
    let name = trimmed(chars[..<cut.name])
    let rest = Array(String(chars[cut.rest...]).lowercased())
    guard mayBeCompany(name), hasWord(rest, dataWords) else { return nil }
    return name
  }

  /// Whether `name` may be a company's: 1 to 60 characters with a letter, not a currency code
  /// alone (`USD`), no label, month or quarter (``labelWords``, or one of `otherWords`) among
  /// its words, and none of ``dataWords`` or ``reportWords`` in it.
  static func mayBeCompany(_ name: String, otherWords: Set<String> = []) -> Bool {
    let lowered = Array(name.lowercased())
    let tokens = name.split { !$0.isLetter && !$0.isNumber }.map { $0.lowercased() }
    let isCurrencyCode = tokens.count == 1 && name.count == 3 && name.allSatisfy(\.isUppercase)
    return (1...60).contains(name.count) && name.contains(where: { $0.isLetter })
      && !isCurrencyCode
      && !tokens.contains(where: { labelWords.contains($0) || otherWords.contains($0) })
      && !hasWord(lowered, dataWords) && !hasWord(lowered, reportWords)
  }

  /// Words that make a title line a note on the report, not a company's name ("Prepared by
  /// Finance", "Generated 2026-12-01").
  static let noteWords: Set<String> = [
    "prepared", "generated", "printed", "exported", "run", "created", "updated", "by", "accrual",
    "cash", "basis", "period", "from", "to", "through", "currency", "usd", "eur", "gbp", "all",
    "dates", "date", "amounts",
  ]

  /// The company name of a report's title block: its first line when that line is a name alone
  /// and the next names the report's content ("Northwind AI Inc." above "Sales by Customer
  /// Detail", as QuickBooks, Xero and most accounting exports write it; trial 44, T44-15: the
  /// report was titled after the file name). The first line is a name alone when it has 1 to 60
  /// characters, a letter, none of ``dataWords``, ``reportWords``, ``labelWords`` or
  /// ``noteWords``, no digit, and no separator that ``name(fromTitle:)`` reads; the second
  /// holds one of ``dataWords``. `nil` otherwise (a block whose first line is a report's name,
  /// a period, a marking, or a single line).
  /// - Parameter titles: The title lines above a table, in order.
  /// - Returns: The name, trimmed.
  /// - Complexity: O(length of the first two lines).
  static func name(fromTitles titles: [String]) -> String? {
    guard titles.count >= 2 else { return nil }
    let name = trimmed(ArraySlice(Array(titles[0])))
    guard mayBeCompany(name, otherWords: noteWords), !name.contains(where: { $0.isNumber }),
      self.name(fromTitle: name) == nil, !name.contains(":"),
      hasWord(Array(titles[1].lowercased()), dataWords)
    else { return nil }
    return name
  }

  /// Whether `text` holds one of `words` at a word's start ("ARR" in "Harrow Ltd" is none).
  static func hasWord(_ text: [Character], _ words: [String]) -> Bool {
    words.contains { word in
      let w = Array(word)
      guard w.count <= text.count else { return false }
      for i in 0...(text.count - w.count) where text[i] == w[0] {
        if i > 0 && text[i - 1].isLetter { continue }
        if Array(text[i..<(i + w.count)]) == w { return true }
      }
      return false
    }
  }

  private static func trimmed(_ s: ArraySlice<Character>) -> String {
    String(
      s.drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
  }
}
