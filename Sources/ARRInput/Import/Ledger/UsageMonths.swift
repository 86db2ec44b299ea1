import ARRCore

/// A usage line named for the month it measures is that month's usage revenue (`docs/import.md`,
/// "Usage named for its month"; session 34, imp lane; trial 33, T33-25).
///
/// Usage-priced companies invoice each month's usage after it, as an invoice item whose only
/// date is the invoice's ("API usage - March 2025" on April 1st, "Usage for Apr 2025"). Each
/// such description is its own, so beside a subscription the lines were charges that never
/// repeat, one-time revenue (the trial's file: −$1.19M of ARR), and the month they bill was
/// the invoice's, not the month measured.
///
/// Decided: a positive line not typed one-time, without a service period of a month or more,
/// whose description names usage (``usageWords``, whole words), no term or cadence
/// (``termWords``: "Annual API platform plan - December 2025" is a year's plan, not a month's
/// usage; session 34 review, item 1) and exactly one month with its year (a month name beside a
/// four-digit year, `March 2025`, `2025 Mar`; or `2025-03`, `2025/03` joined without a space:
/// "API calls 2025 - 5 million calls" names no month, review item 6), at most a year
/// from its invoice month, serves that calendar month: it is given that month as its service
/// period and typed usage (untyped lines), so the usage is its month's recurring revenue and a
/// month invoiced after it is billed in arrears (the default as-of month is then the last month
/// measured).
enum UsageMonths {
  /// Whole words naming usage or its units (not their beginnings: "United Health", "Call
  /// recording"; session 34 review, item 5). `units` names usage only without a seat word
  /// (``seatWords``: "Seat pack - 10 units").
  static let usageWords: Set<String> = [
    "usage", "consumption", "consumed", "metered", "overage", "overages", "token", "tokens",
    "units", "calls", "requests", "compute", "gpu", "api", "query", "queries", "messages",
    "minutes",
  ]
  /// Words naming seats or licences, beside which `units` counts them, not usage.
  static let seatWords: Set<String> = [
    "seat", "seats", "user", "users", "licence", "licences", "license", "licenses",
  ]
  /// Words or phrases (whole words) naming a term or a cadence: a line naming one bills a plan or
  /// a commitment, not a month of usage (``PrepaidCommits/commitmentWords`` and these).
  static let termWords =
    PrepaidCommits.commitmentWords + [
      "quarter", "quarterly", "semiannual", "biannual", "subscription", "plan", "licence",
      "license", "renewal",
    ]

  /// The lowercased words of `text`, letters and digits.
  static func words(_ text: String) -> [Substring] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }
  }

  /// Whether `words` (``words(_:)``) hold any of `phrases` as whole words in a row, not directly
  /// after a word `isBlocking` holds for (a negation: "no annual contract"; another plan's:
  /// "switched from monthly billing"). One matcher for every reader of such phrases.
  static func hasPhrase(
    _ words: [Substring], of phrases: [String], unlessAfter isBlocking: (Substring) -> Bool
  ) -> Bool {
    phrases.contains { phrase in
      let p = phrase.split(separator: " ")
      guard words.count >= p.count else { return false }
      return (0...(words.count - p.count)).contains { i in
        words[i..<(i + p.count)].elementsEqual(p) && (i == 0 || !isBlocking(words[i - 1]))
      }
    }
  }

  /// Whether `text` holds any of `phrases` as whole words (a phrase of several words in a row).
  static func hasWord(_ text: String, of phrases: [String]) -> Bool {
    let t = " " + words(text).joined(separator: " ") + " "
    return phrases.contains { t.contains(" \($0) ") }
  }

  /// Whether words (``words(_:)``) name units of usage in `list`, `units` not beside a seat word.
  static func namesUnits(_ tokens: [Substring], in list: Set<String>) -> Bool {
    let seats = tokens.contains { seatWords.contains(String($0)) }
    return tokens.contains { w in
      let s = String(w)
      return list.contains(s) && !(seats && (s == "units" || s == "unit"))
    }
  }

  /// The words of ``termWords`` but `quarter` and `quarterly`: a line naming a quarter may say
  /// it is quarterly ("Quarterly usage overage - Q3 2026").
  static let quarterTermWords = termWords.filter { $0 != "quarter" && $0 != "quarterly" }

  /// Whether UsageMonths reads `description` as usage of a named month or quarter: it names one
  /// (``named(in:)``), usage (``namesUsage(_:)``) and no term (``termWords``; for a quarter,
  /// ``quarterTermWords``).
  /// - Returns: The first month measured and how many (1, or 3 for a quarter).
  static func reads(_ description: String) -> (first: Month, months: Int)? {
    guard let p = named(in: description), namesUsage(description),
      !hasWord(description, of: p.months == 3 ? quarterTermWords : termWords)
    else { return nil }
    return p
  }

  /// The one month `description` names with its year (``named(in:)``); `nil` for none, two
  /// different, or a quarter.
  static func month(in description: String) -> Month? {
    guard let p = named(in: description), p.months == 1 else { return nil }
    return p.first
  }

  /// The one month or quarter `description` names with its year: a month name beside a
  /// four-digit year (`March 2025`, `2025 Mar`), year and month number joined by `-` or `/`
  /// (`2025-03`, `2025/03`; not "2025 - 5 million"), month number and year so joined (`03/2025`,
  /// `3/2025`, `03-2025`; not the end of a date, `15/03/2025`), or a quarter beside its year
  /// (`Q3 2026`, `2026 Q3`, `Q3-2026`: its three months; trial 34, T34-7), or a range of three
  /// months (``range(_:at:in:)``: `Jan-Mar 2024`, `Jan 2024 – Mar 2024`, `01/2024-03/2024`).
  /// `nil` for none, for two different, or for a range of another length.
  static func named(in description: String) -> (first: Month, months: Int)? {
    // Cheap first: a year of this century is written `20..`.
    guard description.contains("20") else { return nil }
    let lowered = description.lowercased()
    let tokens = lowered.split { !$0.isLetter && !$0.isNumber }
    func joined(_ a: Substring, _ b: Substring) -> Bool {
      ["-", "/"].contains(String(lowered[a.endIndex..<b.startIndex]))
    }
    var found: (first: Month, months: Int)?
    var after = 0  // the first token not read in a range
    for (k, (a, b)) in zip(tokens, tokens.dropFirst()).enumerated() where k >= after {
      var named: (first: Month, months: Int)?
      if let r = range(tokens, at: k, in: lowered) {
        guard r.months == 3 else { return nil }
        named = (r.first, 3)
        after = k + r.tokens
      } else if let y = year(b), let n = monthName(a) {
        named = (Month(year: y, month: n), 1)
      } else if let y = year(a), let n = monthName(b) {
        named = (Month(year: y, month: n), 1)
      } else if let y = year(a), let n = monthNumber(b), joined(a, b) {
        // `2025-03`, `2025/03`: joined, not "2025 - 5 million".
        named = (Month(year: y, month: n), 1)
      } else if let y = year(b), let n = monthNumber(a), joined(a, b),
        k == 0 || !(tokens[k - 1].allSatisfy(\.isNumber) && joined(tokens[k - 1], a))
      {
        // `03/2025`, `3/2025`: joined, and not a date's month and year (`15/03/2025`).
        named = (Month(year: y, month: n), 1)
      } else if let y = year(b), let q = quarter(a) {
        named = (Month(year: y, month: 3 * q - 2), 3)
      } else if let y = year(a), let q = quarter(b) {
        named = (Month(year: y, month: 3 * q - 2), 3)
      }
      guard let named else { continue }
      if let f = found, f != named { return nil }
      found = named
    }
    return found
  }

  /// A range of months starting at `tokens[k]` (of `text`): two month names joined by a dash
  /// before a year (`Jan-Mar 2024`, `Nov–Jan 2025`: the first in the year before), or two
  /// months each with its year (`Jan 2024 - Mar 2024`, `01/2024-03/2024`) so joined (trial 43
  /// review, V27: 'Premium Support (Jan-Mar 2024)' was read as March).
  /// - Returns: The first month, how many months the range holds (1 to 12; `0` when it is
  ///   reversed or longer) and how many tokens it takes.
  static func range(_ tokens: [Substring], at k: Int, in text: String)
    -> (first: Month, months: Int, tokens: Int)?
  {
    func dash(_ a: Substring, _ b: Substring) -> Bool {
      let between = text[a.endIndex..<b.startIndex].filter { !$0.isWhitespace }
      return ["-", "–", "—"].contains(between)
    }
    func length(_ first: Month, _ last: Month) -> Int {
      let n = last.months(since: first) + 1
      return (1...12).contains(n) ? n : 0
    }
    guard k + 2 < tokens.count else { return nil }
    let (a, b, c) = (tokens[k], tokens[k + 1], tokens[k + 2])
    if let m = monthName(a), let n = monthName(b), let y = year(c), dash(a, b) {
      let first = Month(year: m <= n ? y : y - 1, month: m)
      return (first, length(first, Month(year: y, month: n)), 3)
    }
    // ISO months on both sides: `2024-01..2024-03`, `2024-01 - 2024-03`, `2024-01 to 2024-03`
    // (review 44b, X-12).
    // `to` is a token of its own: the second month then starts one token later.
    let isTo = c == "to"
    let (c2, at) = isTo ? (k + 3 < tokens.count ? tokens[k + 3] : c, k + 4) : (c, k + 3)
    if at < tokens.count, let y = year(a), let m = monthNumber(b), let z = year(c2),
      let n = monthNumber(tokens[at]), text[a.endIndex..<b.startIndex] == "-",
      text[c2.endIndex..<tokens[at].startIndex] == "-",
      isTo
        || ["-", "–", "—", ".."].contains(
          String(text[b.endIndex..<c.startIndex].filter { !$0.isWhitespace }))
    {
      let first = Month(year: y, month: m)
      return (first, length(first, Month(year: z, month: n)), at + 1 - k)
    }
    guard k + 3 < tokens.count, let y = year(b), let z = year(tokens[k + 3]), dash(b, c) else {
      return nil
    }
    let d = tokens[k + 3]
    if let m = monthName(a), let n = monthName(c) {
      let first = Month(year: y, month: m)
      return (first, length(first, Month(year: z, month: n)), 4)
    }
    if let m = monthNumber(a), let n = monthNumber(c), text[a.endIndex..<b.startIndex] == "/",
      text[c.endIndex..<d.startIndex] == "/"
    {
      let first = Month(year: y, month: m)
      return (first, length(first, Month(year: z, month: n)), 4)
    }
    return nil
  }

  /// A quarter, `q1` to `q4`.
  static func quarter(_ w: Substring) -> Int? {
    // `Q4`, French `T4` (trimestre), Dutch `K4` (kwartaal) (review 52b, R52b-20).
    guard w.count == 2, let f = w.first, "qtk".contains(f), let d = w.last?.wholeNumberValue,
      (1...4).contains(d)
    else { return nil }
    return d
  }

  /// A four-digit year from 2000 to 2099.
  static func year(_ w: Substring) -> Int? {
    guard w.count == 4, w.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(w),
      (2000...2099).contains(y)
    else { return nil }
    return y
  }

  /// A month name or its abbreviation (``MonthHeader/monthNumber(_:)``), letters only.
  static func monthName(_ w: Substring) -> Int? {
    guard w.allSatisfy(\.isLetter) else { return nil }
    return MonthHeader.monthNumber(w)
  }

  /// A month number, `3` or `03`.
  static func monthNumber(_ w: Substring) -> Int? {
    guard (1...2).contains(w.count), w.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(w),
      (1...12).contains(n)
    else { return nil }
    return n
  }

  /// Whether `description` names usage (``usageWords``, whole words).
  static func namesUsage(_ description: String) -> Bool {
    namesUnits(words(description), in: usageWords)
  }

  /// Gives each usage line named for its month that month as its service period, and says so
  /// in a note.
  static func apply(_ entries: inout [LedgerEntry], file: String, log: inout ImportLog) {
    var read = [Int]()
    // Each distinct description read once (hostile 55, H55-2).
    var reading = DescriptionMemo(reads)
    for i in entries.indices {
      let e = entries[i]
      guard e.amount > 0, e.kind != .oneTime, !e.description.isEmpty else { continue }
      if let p = e.period,
        (ServicePeriod.wholeMonths(from: p.start, through: p.end) ?? 0) >= 1
          || p.end.days(since: p.start) >= 27
      {
        continue
      }
      guard let m = reading(e.description), abs(m.first.months(since: e.date.month)) <= 12 else {
        continue
      }
      entries[i].period = (
        CivilDate.firstDay(of: m.first), CivilDate.lastDay(of: m.first.adding(months: m.months - 1))
      )
      if e.kind == nil { entries[i].kind = .usage }
      read.append(i)
    }
    guard let first = read.first.map({ entries[$0] }) else { return }
    let quarters = read.count { i in
      entries[i].period.map { $0.start.month != $0.end.month } ?? false
    }
    let unit =
      quarters == 0 ? "month" : quarters == read.count ? "quarter" : "month or quarter"
    log.notes.append(
      "\(file): \(Counted.phrase(read.count, "line")) bill\(read.count == 1 ? "s" : "") usage "
        + "named for the \(unit) measured (\"\(first.description)\" on line \(first.line)): "
        + "read as that \(quarters > 0 && quarters < read.count ? "period" : unit)'s usage "
        + "revenue, billed in arrears when invoiced after it")
  }
}
