import ARRCore

/// Lines of one account that repeat one service period in successive months at one amount are
/// instalments of that period (`docs/import.md`, "Instalments of one period"): an annual
/// contract billed in 12 monthly instalments, each line carrying the whole contract year as its
/// service period (NetSuite's rev-rec dates, QuickBooks' service dates on "Annual licence -
/// installment 3 of 12"). Decided (session 49, imp lane; trial 48, T48-21: each instalment was
/// spread over the year, an account paying $5,000 every month read $1,666.68 four months into
/// its renewal year, headline $474,003 for $882,000, an invented "MRR fell 43.2%", NDR 51%).
///
/// A run is two or more positive lines of one account, not typed usage, with the same period of
/// two whole months or more and the same description (digits aside, ``LedgerImporter/repeatKey(_:)``),
/// dated in successive months, one a month, each within 1% of the run's first amount, and no
/// more lines than the period has months. Each line serves one month of the period: the month
/// it is dated, moved by as few months as puts every line inside the period (a run billed the
/// month before each month served). The period stays the line's term (``LedgerEntry/term``):
/// its length and end are the account's contract (``LedgerTerms``), billed monthly.
///
/// Not a run: one prepaid line and a mid-term add-on with the same period (different amounts,
/// or months apart), two lines with the period in one month. Nor, unless every line's words name an
/// instalment of the period (``namesInstalment(_:months:)``), a run whose descriptions differ or
/// that stops before its period's last month and before the file's last month (review 49, R49-1, R49-2, R49-3, R49-14: an annual paid in two
/// or three payments, a voided annual re-issued, two add-ons a month apart, two products sharing
/// a quarter were each read as one month's revenue, the account dropped).
enum InstalmentPeriods {
  /// The share two instalments' amounts may differ by (a rounding cent on the last one).
  static let amountTolerance = 0.01

  /// Gives each instalment of a run the one month it serves, and notes what it did.
  static func apply(_ entries: inout [LedgerEntry], file: String, log: inout ImportLog) {
    struct Key: Hashable {
      var account: Int
      var start: CivilDate
      var end: CivilDate
      var text: String
    }
    var groups = [Key: [Int]]()
    for (i, e) in entries.enumerated() where e.amount > 0 && e.kind != .usage {
      guard let p = e.period, e.term == nil,
        let k = ServicePeriod.wholeMonths(from: p.start, through: p.end), k >= 2
      else { continue }
      groups[
        Key(
          account: e.account, start: p.start, end: p.end,
          text: LedgerImporter.repeatKey(e.description)),
        default: []
      ].append(i)
    }
    var lines = 0
    var accounts = Set<Int>()
    var first: Int?
    let lastMonth = entries.map(\.date.month).max()
    for (key, members) in groups where members.count >= 2 {
      let run = members.map { entries[$0] }
      let length = ServicePeriod.wholeMonths(from: key.start, through: key.end) ?? 0
      // Every line counting its instalment out of n, n dividing the period's months: each pays
      // for length ÷ n months (review 50, R50-15: `instalment 2 of 4` of a year is a quarter).
      let counts = Set(run.map { counter($0.description)?.n })
      var step = 1
      if counts.count == 1, let n = counts.first ?? nil, n >= 2, n < length, length % n == 0 {
        step = length / n
      }
      guard let served = servedMonths(run, start: key.start, end: key.end, step: step),
        let last = served.max(), let lastMonth
      else { continue }
      // One description to the period's end or the file's, or every line naming its instalment.
      let reaches =
        last >= min(key.end.month, lastMonth) || run.map(\.date.month).max() == lastMonth
      // Digits aside, as the run was formed (review 50, R50-13: `payment 3/12`).
      let isOneText = Set(run.map { LedgerImporter.repeatKey($0.description) }).count == 1
      guard
        step > 1 || (isOneText && reaches)
          || run.allSatisfy({ namesInstalment($0.description, months: length) })
      else { continue }
      for (i, month) in zip(members, served) {
        let p = entries[i].period!
        entries[i].term = p
        let day1 = CivilDate.firstDay(of: month)
        entries[i].period = (day1, CivilDate.lastDay(of: month.adding(months: step - 1)))
        lines += 1
        accounts.insert(key.account)
        if first.map({ entries[i].line < entries[$0].line }) ?? true { first = i }
      }
    }
    guard let first else { return }
    let e = entries[first]
    let t = e.term!
    log.notes.append(
      "\(file): \(Counted.phrase(lines, "line")) of \(Counted.phrase(accounts.count, "account")) "
        + "repeat one service period in successive months at one amount (e.g. line \(e.line), "
        + "\(t.start) to \(t.end)): read as instalments of that period, each one month's "
        + "revenue in the month it bills, the period the contract's term")
  }

  /// Whether `text` names an instalment of a period of `months` months: a counter `k of n` /
  /// `k von n` (k ≤ n) whose n is `months` (`payment 2 of 2` on a quarter is half of it, no
  /// month's), else `instalment`, `installment`, `Teilzahlung`, `Rate`, `échéance`, `cuota`.
  static func namesInstalment(_ text: String, months: Int) -> Bool {
    let w = UsageMonths.words(text)
    if let c = counter(text) { return c.n == months }
    let stems = [
      "instal", "teilzahl", "ratenzahl", "échéance", "echeance", "cuota", "termijn", "parcela",
      "prestação", "prestacao",
    ]
    return w.contains { word in
      stems.contains { word.hasPrefix($0) } || word == "rate" || word == "rata"
    }
  }

  /// The counter `k of n` (`von`, `de`, `sur`, `van`, `di`; k ≤ n) or `k/n`
  /// (``slashCounter(_:)``) in `text`, if any.
  static func counter(_ text: String) -> (k: Int, n: Int)? {
    let w = UsageMonths.words(text)
    if w.count >= 3 {
      for i in 0...(w.count - 3) where ["of", "von", "de", "sur", "van", "di"].contains(w[i + 1]) {
        guard let k = Int(w[i]), let n = Int(w[i + 2]), k >= 1, k <= n else { continue }
        return (k, n)
      }
    }
    return slashCounter(text).map { (0, $0) }
  }

  /// The n of a counter `k/n` in `text` (k from 1 to n, n from 2 to 36), not part of a date
  /// (`03/12/2026`, `12/2026`) nor after a date's word (`PO 3/12`; review 50, R50-13: `payment
  /// 3/12` was no instalment).
  static func slashCounter(_ text: String) -> Int? {
    let c = Array(text)
    for (i, ch) in c.enumerated() where ch == "/" && i > 0 && i + 1 < c.count {
      var j = i
      while j > 0 && c[j - 1].isNumber { j -= 1 }
      var e = i + 1
      while e < c.count && c[e].isNumber { e += 1 }
      guard let k = Int(String(c[j..<i])), let n = Int(String(c[(i + 1)..<e])), k >= 1, k <= n,
        (2...36).contains(n), i - j <= 2, e - i - 1 <= 2
      else { continue }
      if j > 0 && (c[j - 1] == "/" || c[j - 1] == "." || c[j - 1] == "-") { continue }
      if e < c.count && (c[e] == "/" || c[e] == "." || c[e] == "-") { continue }
      let before = UsageMonths.words(String(c[..<j])).last.map(String.init) ?? ""
      if ["po", "order", "dated", "date", "on", "from", "ref", "until", "by"].contains(before) {
        continue
      }
      return n
    }
    return nil
  }

  /// The month each line of `run` serves, in its order, or `nil` when the lines are no run of
  /// instalments of the period from `start` through `end`.
  static func servedMonths(
    _ run: [LedgerEntry], start: CivilDate, end: CivilDate, step: Int = 1
  ) -> [Month]? {
    let months = run.map(\.date.month)
    let sorted = months.sorted()
    guard let lo = sorted.first, let hi = sorted.last,
      Set(months).count == months.count, hi.months(since: lo) == step * (months.count - 1),
      zip(sorted, sorted.dropFirst()).allSatisfy({ $1.months(since: $0) == step }),
      let length = ServicePeriod.wholeMonths(from: start, through: end),
      months.count * step <= length
    else { return nil }
    let base = Double(run[0].amount)
    guard run.allSatisfy({ abs(Double($0.amount) - base) <= amountTolerance * base }) else {
      return nil
    }
    // The fewest months moved that put every line inside the period.
    let low = start.month.months(since: lo)
    let high = end.month.months(since: hi) - (step - 1)
    guard low <= high else { return nil }
    let shift = low > 0 ? low : min(0, high)
    return months.map { $0.adding(months: shift) }
  }
}
