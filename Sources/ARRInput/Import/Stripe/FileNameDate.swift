import ARRCore

/// A date written in a file's name (`subscriptions_2024-06-30.csv`,
/// `customers-as-of-2024-06.csv`, `export_20240630.csv`): the month an export was taken, which
/// a subscriptions table with no export date of its own may be measured at
/// (``SubscriptionTableAsOf``; `docs/import.md`, "Subscriptions table"; session 28, t28b lane).
///
/// Read: a year from 1990 to 2099 and a month 01–12, joined by `-`, `_` or `.`, with a day
/// 01–31 after it or not (`2024-06`, `2024_06_30`); or eight digits, a valid day
/// (`20240630`). Digits on either side make it no date (`v120240630`, an id). Several dates of
/// more than one month (`2024-01_to_2024-06`, a period) give none: which is the export's is not
/// said.
enum FileNameDate {
  /// The month of the one date in `name` (its last path component, extension dropped), and
  /// that date as written; `nil` when it has none, or dates of two months.
  static func month(in name: String) -> (month: Month, text: String)? {
    var base = name.split(separator: "/").last.map(String.init) ?? name
    if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = String(base[..<dot]) }
    let chars = Array(base)
    var found: [(month: Month, text: String)] = []
    var i = 0
    while i < chars.count {
      guard chars[i].isASCII, chars[i].isNumber, i == 0 || !chars[i - 1].isNumber else {
        i += 1
        continue
      }
      var j = i
      while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
      let run = String(chars[i..<j])
      if let m = read(run: run, chars: chars, end: j) {
        found.append(m.date)
        i = m.end
      } else {
        i = j
      }
    }
    guard let first = found.first, found.allSatisfy({ $0.month == first.month }) else {
      return nil
    }
    return first
  }

  /// A date starting with the digit run `run` that ends at `end` in `chars`.
  private static func read(run: String, chars: [Character], end: Int) -> (
    date: (month: Month, text: String), end: Int
  )? {
    func digits(_ s: String) -> Int? { Int(s) }
    if run.count == 8, let y = digits(String(run.prefix(4))),
      let m = digits(String(run.dropFirst(4).prefix(2))), let d = digits(String(run.suffix(2))),
      isYear(y), (1...12).contains(m), (1...31).contains(d),
      CivilDate(year: y, month: m, day: d) != nil
    {
      return ((Month(year: y, month: m), run), end)
    }
    guard run.count == 4, let y = digits(run), isYear(y) else { return nil }
    // The month: a separator and two digits, then no digit (or a separator and a day).
    guard let (m, afterMonth) = part(chars, at: end), (1...12).contains(m) else { return nil }
    var stop = afterMonth
    if let (d, afterDay) = part(chars, at: afterMonth), (1...31).contains(d),
      chars[afterMonth] == chars[end]
    {
      guard CivilDate(year: y, month: m, day: d) != nil else { return nil }
      stop = afterDay
    }
    let text = String(chars[(end - 4)..<stop])
    return ((Month(year: y, month: m), text), stop)
  }

  /// Two digits after a separator (`-`, `_`, `.`) at `at`, with no digit after them: their
  /// value and the index after them.
  private static func part(_ chars: [Character], at: Int) -> (Int, Int)? {
    guard at + 2 < chars.count, "-_.".contains(chars[at]),
      chars[at + 1].isASCII, chars[at + 1].isNumber, chars[at + 2].isASCII, chars[at + 2].isNumber,
      at + 3 == chars.count || !chars[at + 3].isNumber,
      let v = Int(String(chars[(at + 1)...(at + 2)]))
    else { return nil }
    return (v, at + 3)
  }

  private static func isYear(_ y: Int) -> Bool { (1990...2099).contains(y) }
}
