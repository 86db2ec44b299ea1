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

  /// Whether UsageMonths reads `description` as a month of usage: it names one month with its
  /// year (``month(in:)``), usage (``namesUsage(_:)``) and no term (``termWords``).
  static func reads(_ description: String) -> Month? {
    guard let m = month(in: description), namesUsage(description),
      !hasWord(description, of: termWords)
    else { return nil }
    return m
  }

  /// The one month `description` names with its year; `nil` for none, or for two different.
  static func month(in description: String) -> Month? {
    // Cheap first: a year of this century is written `20..`.
    guard description.contains("20") else { return nil }
    let lowered = description.lowercased()
    let tokens = lowered.split { !$0.isLetter && !$0.isNumber }
    var found: Month?
    for (a, b) in zip(tokens, tokens.dropFirst()) {
      var named: Month?
      if let y = year(b), let n = monthName(a) {
        named = Month(year: y, month: n)
      } else if let y = year(a), let n = monthName(b) {
        named = Month(year: y, month: n)
      } else if let y = year(a), let n = monthNumber(b),
        ["-", "/"].contains(String(lowered[a.endIndex..<b.startIndex]))
      {
        // `2025-03`, `2025/03`: joined, not "2025 - 5 million".
        named = Month(year: y, month: n)
      }
      guard let named else { continue }
      if let f = found, f != named { return nil }
      found = named
    }
    return found
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
    for i in entries.indices {
      let e = entries[i]
      guard e.amount > 0, e.kind != .oneTime, !e.description.isEmpty else { continue }
      if let p = e.period,
        (ServicePeriod.wholeMonths(from: p.start, through: p.end) ?? 0) >= 1
          || p.end.days(since: p.start) >= 27
      {
        continue
      }
      guard let m = reads(e.description), abs(m.months(since: e.date.month)) <= 12 else {
        continue
      }
      entries[i].period = (CivilDate.firstDay(of: m), CivilDate.lastDay(of: m))
      if e.kind == nil { entries[i].kind = .usage }
      read.append(i)
    }
    guard let first = read.first.map({ entries[$0] }) else { return }
    log.notes.append(
      "\(file): \(Counted.phrase(read.count, "line")) bill\(read.count == 1 ? "s" : "") usage "
        + "named for the month measured (\"\(first.description)\" on line \(first.line)): read "
        + "as that month's usage revenue, billed in arrears when invoiced after it")
  }
}
