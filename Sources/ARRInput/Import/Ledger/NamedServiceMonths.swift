import ARRCore

/// Recurring lines named for the month they bill, invoiced a month before or after it
/// (`docs/import.md`, "Lines named for their month"; session 42, crm lane; trial 41, T41-6).
///
/// A company invoicing on the 28th for the next month writes "Subscription - June 2025" on an
/// invoice dated 28 May; one invoicing in arrears writes "Subscription - May 2025" on 1 June.
/// Dated by the invoice, every month shifted one early (or late): a customer still paying in
/// the as-of month read churned, and the headline was the next month's figure under this
/// month's label. ``UsageMonths`` reads usage lines so; a subscription's line names no usage.
///
/// Decided: among the positive lines not typed one-time or usage, without a service period of
/// their own, whose description names exactly one month with its year (``UsageMonths/month(in:)``)
/// and no term or cadence (`annual`, `quarterly`, `contract`…), when at least 3 do and at least
/// nine in ten of them name the month one after (or one before) their invoice's month, every
/// such line within a year of its invoice serves the month it names: it is given that month as
/// its service period, its type unchanged. A file whose lines name their own invoice month
/// changes nothing, and a file whose lag varies is read by its invoice dates.
enum NamedServiceMonths {
  /// Words naming a term or a cadence: a line naming one bills more than its month.
  static let termWords =
    PrepaidCommits.commitmentWords + [
      "quarter", "quarterly", "semiannual", "biannual", "renewal", "agreement",
    ]

  /// Words saying the month named is when money is due or was paid, not what the line serves
  /// ("payment due July 2025"; review 42, R9: every invoice moved a month, a churn hidden).
  static let dueWords = ["due", "payment", "paid", "payable", "received", "receipt"]

  /// Gives each line named for its month that month, when the file names months with one lag
  /// of a month, and says so in a note.
  static func apply(_ entries: inout [LedgerEntry], file: String, log: inout ImportLog) {
    var named = [(index: Int, month: Month)]()
    // Each distinct description read once (hostile 55, H55-2): the month it names, unless its
    // words name a term or a due date.
    var month = DescriptionMemo { text -> Month? in
      guard let m = UsageMonths.month(in: text), !UsageMonths.hasWord(text, of: termWords),
        !UsageMonths.hasWord(text, of: dueWords)
      else { return nil }
      return m
    }
    for (i, e) in entries.enumerated() {
      guard e.amount > 0, e.period == nil, e.kind != .oneTime, e.kind != .usage,
        !e.isPrepaidPurchase, !e.description.isEmpty,
        let m = month(e.description),
        abs(m.months(since: e.date.month)) <= 12
      else { continue }
      named.append((i, m))
    }
    guard named.count >= 3 else { return }
    var lags = [Int: Int]()
    for (i, m) in named { lags[m.months(since: entries[i].date.month), default: 0] += 1 }
    guard let (lag, count) = lags.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
      lag == 1 || lag == -1, count * 10 >= named.count * 9
    else { return }
    for (i, m) in named {
      entries[i].period = (CivilDate.firstDay(of: m), CivilDate.lastDay(of: m))
    }
    let first = entries[named[0].index]
    log.notes.append(
      "\(file): \(Counted.phrase(named.count, "line")) name the month they bill "
        + "(\"\(first.description)\" on line \(first.line), invoiced \(first.date)), \(count) of "
        + "them invoiced \(lag == 1 ? "the month before it (billed ahead)" : "the month after it (billed in arrears)"): "
        + "each is read as the revenue of the month it names, not of its invoice's month")
  }
}
