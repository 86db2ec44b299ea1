import ARRCore

/// A CRM contract list's per-year schedule: columns `Year 1`, `Year 2`, `Year 3` (or `Y1`,
/// `Yr 2`, `Yr 3 ACV`, `Year 1 ARR`) beside a contract's start give what each contract year bills
/// (`docs/import.md`, "Subscriptions table"; session 49, crm lane).
///
/// Trial 48, T48-32: a ramped deal (Year 1 $100K, Year 2 $200K, Year 3 $300K, TCV $600K) was read
/// at its total contract value ÷ its term, $200K of ARR in its first year, and the year columns
/// were "ignored": headline $410K for $310K (+32%). A total ÷ term is a price only when no
/// schedule is given.
struct ContractYearSchedule: Sendable, Equatable {
  /// The column of each contract year, year 1 first.
  var columns: [Int]

  /// Words a year's column may carry beside its number (`Yr 1 ACV`, `Year 2 value`, `Jahr 1
  /// Betrag`, `Année 2 montant`).
  static let valueWords: Set<String> = [
    "acv", "arr", "value", "amount", "price", "fee", "fees", "revenue", "total", "contract",
    "annual", "($)", "$", "usd", "eur", "gbp", "wert", "betrag", "umsatz", "vertrag", "montant",
    "valeur", "contrat", "importe", "valor", "monto", "contrato", "€", "(€)", "valore",
    "importo", "contratto", "waarde", "bedrag",
  ]

  /// Numbers written in words (`Year One`, `Jahr zwei`), 1 to 10.
  static let numberWords: [String: Int] = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
    // German, French, Spanish, Italian, Dutch, Portuguese (review 51, R51-22).
    "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "un": 1, "deux": 2, "trois": 3,
    "quatre": 4, "cinq": 5, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "due": 2,
    "tre": 3, "quattro": 4, "cinque": 5, "een": 1, "twee": 2, "drie": 3, "um": 1, "dois": 2,
    "três": 3,
  ]
  /// Ordinals before a year's noun (`First year`, `1st year`, `2nd Year ACV`), 1 to 10.
  static let ordinals: [String: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
  ]

  /// Words naming a contract year before its number: `Year 1`, `Yr1`, `Y1`, `FY1`, `FY 2`
  /// (session 50, imp lane), and German, French and Spanish `Jahr 1`, `Année 1`, `Año 1`;
  /// Italian, Dutch, Portuguese and Scandinavian `Anno 1`, `Jaar 1`, `Ano 1`, `År 1` (session 51,
  /// imp lane; review 51, R51-22: `Anno 1..3` were no schedule, a ramp read at its average,
  /// +100%).
  static let yearNouns = [
    "year", "yr", "y", "fy", "jahr", "année", "annee", "año", "ano", "anno", "jaar", "år",
  ]

  /// The contract year a normalized header names (`year 1`, `y1`, `yr 2 acv`, `contract year
  /// 3`, `fy 2`, `jahr 3`), or `nil`: its other words must be value words (``valueWords``), so
  /// `year 1 discount %`, a plain `year` or `jahr` (a column of years) and `fy2026` (a fiscal
  /// year's column: its number is no contract year, 1 to 10) name none.
  static func year(_ key: String) -> Int? {
    var words = key.split(separator: " ").map(String.init)
    var number: Int?
    if let i = words.firstIndex(where: { yearNouns.contains($0) }), i + 1 < words.count,
      let n = Int(words[i + 1])
    {
      number = n
      words.removeSubrange(i...(i + 1))
    } else if let i = words.firstIndex(where: { yearNouns.contains($0) }),
      let n = i + 1 < words.count ? numberWords[words[i + 1]] : nil
    {
      // `Year One` (review 50, R50-24).
      number = n
      words.removeSubrange(i...(i + 1))
    } else if let i = words.firstIndex(where: { yearNouns.contains($0) }), i > 0,
      let n = ordinals[words[i - 1]]
    {
      // `First year`, `1st year`.
      number = n
      words.removeSubrange((i - 1)...i)
    } else if let i = words.firstIndex(where: { w in
      yearNouns.contains { p in
        w.hasPrefix(p) && w.count > p.count && w.dropFirst(p.count).allSatisfy(\.isNumber)
      }
    }) {
      number = Int(words[i].drop { !$0.isNumber })
      words.remove(at: i)
    }
    guard let number, (1...10).contains(number), words.allSatisfy(valueWords.contains) else {
      return nil
    }
    return number
  }

  /// The schedule in a header of normalized `keys`: year columns 1, 2, … in a run (at least
  /// two), none of them `assigned` to another role; `nil` otherwise.
  static func find(keys: [String], assigned: Set<Int>) -> ContractYearSchedule? {
    var byYear = [Int: Int]()
    for c in keys.indices where !assigned.contains(c) {
      if let y = year(keys[c]), byYear[y] == nil { byYear[y] = c }
    }
    var columns = [Int]()
    while let c = byYear[columns.count + 1] { columns.append(c) }
    return columns.count >= 2 ? ContractYearSchedule(columns: columns) : nil
  }

  /// Each contract year's monthly amount in hundredths (the year's value ÷ 12) for a row of
  /// `cells`, through its last non-blank year; `nil` when no year is given, a year before the
  /// last given is blank, or a cell is no amount: the row is then read at its price.
  func monthly(_ cells: [String], amounts: AmountCells, currency: String?) -> [Int64]? {
    var out = [Int64]()
    var blanks = 0
    for c in columns {
      let text = c < cells.count ? cells[c] : ""
      if text.isEmpty || text == "-" {
        blanks += 1
        continue
      }
      // A year written as a cell (`2026`) is no year's value (review 49b, R49b-2).
      let isYear =
        text.count == 4 && text.allSatisfy(\.isNumber) && (1990...2100).contains(Int(text) ?? 0)
      guard blanks == 0, !isYear, let v = amounts.hundredthsIfAny(text, currency: currency), v >= 0
      else {
        return nil
      }
      out.append(ServicePeriod.proportion(v, 1, 12))
    }
    return out.isEmpty ? nil : out
  }

  /// Whether a row's `yearly` monthly amounts behave as its contract's schedule (review 49b,
  /// R49b-1, R49b-2, R49b-7, R49b-9: year columns holding a customer's yearly history, calendar
  /// years' revenue or the years themselves were read as contract years, the headline 45% to
  /// 98% low): the row has a term (`termMonths`) of as many contract years as years given, and
  /// the years sum to its total contract value (`isTotal`: `mrr` × the term's months) or one of
  /// them is its annual price (`mrr` × 12), each within 1%.
  static func isSchedule(_ yearly: [Int64], termMonths: Int?, mrr: Int64, isTotal: Bool) -> Bool {
    guard let months = termMonths, months > 12, yearly.count == (months + 11) / 12 else {
      return false
    }
    func near(_ a: Int64, _ b: Int64) -> Bool {
      let d = a > b ? a - b : b - a
      return Double(d) <= max(Double(max(a, b)) * 0.01, 100)
    }
    if isTotal {
      return near(yearly.reduce(0, &+) &* 12, mrr &* Int64(months))
    }
    return yearly.contains { near($0, mrr) }
  }

  /// The monthly amount of `month` in a schedule of `yearly` monthly amounts whose year 1
  /// starts in `start`: the contract year holding it, the first before the start, the last after
  /// the schedule.
  static func amount(_ yearly: [Int64], start: Month, month: Month) -> Int64 {
    let k = month.months(since: start) / 12
    return yearly[min(max(k, 0), yearly.count - 1)]
  }
}
