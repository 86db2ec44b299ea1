import ARRCore

/// Lines naming the period they serve, one period further on each invoice ("Support - Q1
/// 2025", "Support - Q2 2025" … to one customer): a recurring fee (`docs/import.md`, "Lines
/// named for their month"; session 43, crm lane; review 42, G3).
///
/// Read by the billing rules, such a quarterly fee holding a services word was one-time charge
/// by charge, and one without was an excess over its account's monthly invoice: the range left
/// out the truth. The label advancing one period per invoice is the evidence of recurrence.
///
/// Decided: per account and description (the period it names aside,
/// ``LedgerImporter/periodlessKey(_:)``), among the positive lines not typed one-time or usage,
/// without a service period of their own, each naming one month or quarter with its year
/// (``UsageMonths/named(in:)``) that holds its invoice's month or starts the month after (billed
/// ahead; a month named on its own invoice's month only when its words would make the line
/// one-time, ``LedgerImporter/isOneTimeText(_:)``): when at least ``minimumRun`` of them name, in date order, consecutive periods of one
/// length, every one of them serves the period it names and is typed recurring, with a note. A
/// label repeated (hours billed monthly against one quarter's project), a gap, or a numbering
/// that is no period ("Phase 1", "Phase 2"), or amounts that do not repeat
/// (``isRepeatedAmount(_:)``) make no run, and the lines stay with the billing rules.
enum AdvancingPeriodLabels {
  /// Lines of one run at least: two consecutive labels may be two milestones of one project.
  static let minimumRun = 3

  /// Whether a run's amounts repeat, the largest at most ``amountBand`` times the smallest: a
  /// fee does, hours billed against a project named by month do not (review 43, V23:
  /// "Implementation services - October 2024" 6,000, November 4,500, December 2,000 read as a
  /// recurring fee, $72,000 for $48,000).
  static func isRepeatedAmount(_ amounts: [Int64]) -> Bool {
    guard let low = amounts.min(), let high = amounts.max(), low > 0 else { return false }
    return Double(high) <= Double(low) * amountBand
  }

  /// How far apart a run's amounts may be: a price step or a seat added, not a project's hours.
  static let amountBand = 1.25

  /// Gives each line of an advancing run the period it names, typed recurring; a note says so.
  /// - Returns: The source lines of the runs shorter than ``UnwordedServiceRuns/minimumRun``
  ///   whose words would make them one-time (``shortOneOffRanges(_:lines:asOf:file:currency:into:)``).
  /// - Complexity: O(lines × log lines).
  @discardableResult
  static func apply(_ entries: inout [LedgerEntry], file: String, log: inout ImportLog) -> Set<Int>
  {
    struct Key: Hashable {
      var account: Int
      var text: String
    }
    var runs = [Key: [(index: Int, first: Month, months: Int)]]()
    var order = [Key]()
    // Each distinct description read once (hostile 55, H55-2): the period it names (not as a
    // due date), whether its words make it one-time, and its key.
    var reading = DescriptionMemo {
      text -> (named: (first: Month, months: Int), isOneTime: Bool, key: String)? in
      guard let named = UsageMonths.named(in: text),
        !UsageMonths.hasWord(text, of: NamedServiceMonths.dueWords)
      else { return nil }
      return (named, LedgerImporter.namesOneTime(text), LedgerImporter.periodlessKey(text))
    }
    for (i, e) in entries.enumerated() {
      guard e.amount > 0, e.period == nil, e.kind == nil || e.kind == .recurring,
        !e.isPrepaidPurchase, !e.description.isEmpty,
        let said = reading(e.description)
      else { continue }
      let named = said.named
      // The invoice falls in the period named, or in the month before it. A month named on
      // its own invoice's month ("Invoice 2026-01", a common memo) changes nothing unless its
      // words would make it one-time.
      let offset = e.date.month.months(since: named.first)
      guard offset >= -1, offset < named.months,
        named.months > 1 || offset != 0 || said.isOneTime
      else { continue }
      let key = Key(account: e.account, text: said.key)
      if runs[key] == nil { order.append(key) }
      runs[key, default: []].append((i, named.first, named.months))
    }
    var read = [Int]()
    var short = Set<Int>()
    for key in order {
      guard let lines = runs[key], lines.count >= minimumRun else { continue }
      let sorted = lines.sorted {
        (entries[$0.index].date, $0.index) < (entries[$1.index].date, $1.index)
      }
      let length = sorted[0].months
      guard sorted.allSatisfy({ $0.months == length }),
        zip(sorted, sorted.dropFirst()).allSatisfy({
          $1.first == $0.first.adding(months: length)
        }),
        isRepeatedAmount(sorted.map { entries[$0.index].amount })
      else { continue }
      if sorted.count < UnwordedServiceRuns.minimumRun,
        sorted.allSatisfy({ LedgerImporter.isOneTimeText(entries[$0.index]) })
      {
        short.formUnion(sorted.map { entries[$0.index].line })
      }
      for line in sorted {
        entries[line.index].period = (
          CivilDate.firstDay(of: line.first),
          CivilDate.lastDay(of: line.first.adding(months: length - 1))
        )
        entries[line.index].kind = .recurring
        read.append(line.index)
      }
    }
    guard let firstIndex = read.min() else { return short }
    let first = entries[firstIndex]
    log.notes.append(
      "\(file): \(Counted.phrase(read.count, "line")) name the period they serve, one further "
        + "on each invoice of their customer (\"\(first.description)\" on line \(first.line)): "
        + "a recurring fee, each line read over the period it names, whatever its words")
    return short
  }

  /// Gives each account billed in the as-of month by a short run of one-off words (`Training
  /// workshop - October 2024`, `- November 2024`, `- December 2024`: three sessions or a fee?)
  /// the one-time reading as its range's low end, and says so with the stake (session 46, imp
  /// lane; review 45, Y-14: read recurring with no range, $70,800 for $46,800).
  static func shortOneOffRanges(
    _ entries: [LedgerEntry], lines: Set<Int>, asOf: Month, file: String, currency: String?,
    into company: inout ImportedCompany
  ) {
    guard !lines.isEmpty else { return }
    var less = [Int: Int64]()
    var first: LedgerEntry?
    for e in entries where lines.contains(e.line) {
      guard let p = e.period, p.start.month <= asOf, asOf <= p.end.month else { continue }
      let months = Int64(p.end.month.months(since: p.start.month) + 1)
      less[e.account, default: 0] = Money.saturatingSum(
        less[e.account, default: 0], e.amount / months)
      if first.map({ e.line < $0.line }) ?? true { first = e }
    }
    guard let first else { return }
    let n = company.monthCount
    var stake: Int64 = 0
    for (a, cents) in less {
      let mrr = company.mrr[company.cell(a, n - 1)]
      let low = max(0, mrr &- cents)
      let range = company.accounts[a].ambiguousMRR
      company.accounts[a].ambiguousMRR = (
        low: min(range?.low ?? low, low), high: max(range?.high ?? mrr, mrr)
      )
      stake = Money.saturatingSum(stake, mrr &- low)
    }
    company.log.findings.append(
      "\(file): check: \(Counted.phrase(less.count, "account")) \(less.count == 1 ? "is" : "are") "
        + "billed in the as-of month by a run of lines naming the period they serve whose words "
        + "say one-off work, fewer than \(UnwordedServiceRuns.minimumRun) periods long "
        + "(\"\(first.description)\" on line \(first.line)): read as a recurring fee; if each "
        + "line is one-off work, ARR is \(Money.text(cents: Money.saturatingProduct(stake, times: 12), currency: currency)) "
        + "lower (the range's low end)")
  }
}
