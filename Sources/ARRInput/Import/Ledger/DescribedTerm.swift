import ARRCore

/// A line whose description states the term it pays for ("Paid pilot - 3 months", "Proof of
/// concept - 90 days", "3-month pilot", "annual subscription (12 months)") serves that term
/// from its date (`docs/import.md`, "A term stated in a description"; session 34, lead; trial
/// 34, T34-3: pilots invoiced once for three months were spread as annual terms by their size,
/// headline $213,000 for $510,000 and committed $159,000 for $60,000).
///
/// Decided: a positive line without a service period of its own, not typed usage, whose
/// description names exactly one duration, a whole number of months (`3 months`, `3-month`,
/// `6 month`) or years (`1 year`, `2-year`) from 1 to 36 months, or of days from 28 to 1,100
/// (`90 days`), and no payment-terms words (`net`, `due`, `payment`, `overdue`, `within`:
/// "Net 30 days" says when it is paid, not what it pays for), is given the period from its date
/// to the day before the same day that many months (or days) later. The spread and the term
/// then follow the period, as for a line with service period columns.
enum DescribedTerm {
  /// Words that make a duration payment terms, not a service term.
  static let paymentWords: Set<String> = ["net", "due", "payment", "overdue", "within", "late"]

  /// The months or days `text` names as its term, or `nil` unless exactly one duration.
  static func duration(_ text: String) -> (months: Int, days: Int)? {
    let words = UsageMonths.words(text)
    guard !words.contains(where: { paymentWords.contains(String($0)) }) else { return nil }
    var found: [(months: Int, days: Int)] = []
    for (k, w) in words.enumerated() where k + 1 < words.count {
      guard let n = Int(w), n > 0 else { continue }
      switch words[k + 1] {
      case "month", "months", "mo", "mos":
        if n <= 36 { found.append((n, 0)) }
      case "year", "years", "yr", "yrs":
        if n <= 3 { found.append((12 * n, 0)) }
      case "day", "days":
        if n >= 28 && n <= 1_100 { found.append((0, n)) }
      default: continue
      }
    }
    return found.count == 1 ? found[0] : nil
  }

  /// The period of `months` months (or `days` days) from `start`: to the day before the same day
  /// that many months later (the month's last day when it has no such day).
  static func period(from start: CivilDate, months: Int, days: Int) -> (CivilDate, CivilDate) {
    if months == 0 {
      return (start, CivilDate(daysSinceEpoch: start.daysSinceEpoch + Int32(days) - 1))
    }
    let same = ServicePeriod.adding(months: months, to: start)
    return (start, CivilDate(daysSinceEpoch: same.daysSinceEpoch - 1))
  }

  /// Gives each line that states its term that period, with a note.
  static func apply(_ entries: inout [LedgerEntry], file: String, log: inout ImportLog) {
    var read = [Int]()
    for i in entries.indices {
      let e = entries[i]
      guard e.amount > 0, e.period == nil, e.kind != .usage, !e.description.isEmpty,
        let d = duration(e.description)
      else { continue }
      entries[i].period = period(from: e.date, months: d.months, days: d.days)
      read.append(i)
    }
    guard let first = read.first.map({ entries[$0] }) else { return }
    log.notes.append(
      "\(file): \(Counted.phrase(read.count, "line")) state\(read.count == 1 ? "s" : "") the "
        + "term it pays for (\"\(first.description)\" on line \(first.line)): served from its "
        + "date over that term, not a term guessed by its size")
  }
}
