import ARRCore

/// Invoices every 30 days (or every 28, 29 or 31) are one subscription's run, spread over the
/// days they cover together (`docs/import.md`, "Invoices every 30 days"; session 50, imp lane;
/// trial 48, T48-7).
///
/// A 30-day billing cycle invoices about 12.17 times a year: one calendar month in a year holds
/// two invoices, so read by the month invoiced an account's MRR doubled in that month and fell
/// back the next (an expansion and a contraction that never happened), and spread invoice by
/// invoice over its own 30 days each month wavered by up to 3% with the months' lengths.
///
/// Decided: a **run** is four or more positive lines of one account, not typed usage or
/// one-time, not named one-time by their words, with the same description (digits aside,
/// ``LedgerImporter/repeatKey(_:)``), successive (no other such line of the description between
/// them), each dated (or, with a service period of d days, starting) exactly d days after the
/// one before, d from 28 to 31, the amount kept (within 1%) from one line to the next on a
/// third of the gaps at least (a price that grows every other invoice is one run of several
/// segments: review 51, R51-14; usage changing every invoice is none). A calendar month's
/// invoices are never
/// three such gaps in a row (July to August is 31 days, August to September 30), so a monthly
/// invoice on a day of the month is no run. Each line without a period is given its cycle, from
/// its date for d days; the lines of a run at one amount (a price change starts another) are
/// spread together over the days from the first's start to the last's end, prorated by each
/// month's share of its days as every period is (``ServicePeriod``): every whole month inside
/// gets the same amount, what the invoices bill per calendar month, the invoice's amount ×
/// 365 ÷ (12 × d) on average (×1.014 for 30 days: twelve months hold 12.17 invoices), and the
/// sum is what was invoiced, to the cent. A second invoice of the month off the run (an
/// upgrade, a top-up) is no line of it and is read as before.
enum FixedDayCycles {
  /// Fewest lines of a run.
  static let minimumLines = 4
  /// The cycles read, in days.
  static let cycleDays = 28...31
  /// The share two lines' amounts may differ by and still be one price.
  static let amountTolerance = 0.01

  /// Whether two amounts are one price (``amountTolerance``).
  static func isSamePrice(_ a: Int64, _ b: Int64) -> Bool {
    abs(Double(a) - Double(b)) <= amountTolerance * Double(max(a, b))
  }

  /// Gives each line of a run its cycle and its segment (``LedgerEntry/cycle``), and notes what
  /// it did.
  static func apply(_ entries: inout [LedgerEntry], file: String, log: inout ImportLog) {
    struct Key: Hashable {
      var account: Int
      var text: String
    }
    // A line's day in its cycle: its period's start, or its date without one.
    func day(_ e: LedgerEntry) -> Int32 { (e.period?.start ?? e.date).daysSinceEpoch }
    var groups = [Key: [Int]]()
    // Each distinct description read once (hostile 55, H55-2): its repeat key, `nil` when it
    // names one-time work.
    var keys = DescriptionMemo { text in
      LedgerImporter.namesOneTime(text) ? nil : LedgerImporter.repeatKey(text)
    }
    for (i, e) in entries.enumerated() {
      guard e.amount > 0, e.kind != .usage, e.kind != .oneTime, e.term == nil, !e.isProration,
        !e.isPrepaidPurchase, !e.isPrepaidUsage, e.cycle == nil
      else { continue }
      if let p = e.period, !cycleDays.contains(Int(p.end.days(since: p.start)) + 1) { continue }
      guard let text = keys(e.description) else { continue }
      groups[Key(account: e.account, text: text), default: []].append(i)
    }
    var segment = 0
    var lines = 0
    var accounts = Set<Int>()
    var first: (line: Int, days: Int)?
    for key in groups.keys.sorted(by: { ($0.account, $0.text) < ($1.account, $1.text) }) {
      let members = groups[key]!.sorted { (day(entries[$0]), $0) < (day(entries[$1]), $1) }
      // The cycle of a line with a period: its length in days.
      func length(_ i: Int) -> Int? {
        entries[i].period.map { Int($0.end.days(since: $0.start)) + 1 }
      }
      // Maximal stretches of successive lines (no other line of the description between them)
      // whose gaps are one d, each line's own period (if any) d days long.
      var k = 0
      while k + 1 < members.count {
        let d = Int(day(entries[members[k + 1]]) - day(entries[members[k]]))
        var end = k + 1
        guard cycleDays.contains(d), (length(members[k]) ?? d) == d else {
          k += 1
          continue
        }
        while end + 1 < members.count,
          Int(day(entries[members[end + 1]]) - day(entries[members[end]])) == d,
          (length(members[end]) ?? d) == d
        {
          end += 1
        }
        let run = Array(members[k...end])
        k = end
        guard run.count >= minimumLines, (length(run.last!) ?? d) == d else { continue }
        // A price kept on a third of the gaps at least: a price that grows (seats added every
        // other invoice) is a run of several segments; an amount that changes on every invoice
        // (usage) is none (review 51, R51-14: three times in four made a growing price no run,
        // and the month holding two invoices doubled, +66%).
        let kept = zip(run, run.dropFirst()).count { a, b in
          isSamePrice(entries[a].amount, entries[b].amount)
        }
        guard 3 * kept >= run.count - 1 else { continue }
        segment += 1
        for (j, i) in run.enumerated() {
          if j > 0 && !isSamePrice(entries[run[j - 1]].amount, entries[i].amount) { segment += 1 }
          if entries[i].period == nil {
            let date = entries[i].date
            entries[i].period = (
              date, CivilDate(daysSinceEpoch: date.daysSinceEpoch + Int32(d) - 1)
            )
          }
          entries[i].cycle = segment
        }
        k = end + 1
        lines += run.count
        accounts.insert(key.account)
        if first.map({ entries[run[0]].line < $0.line }) ?? true {
          first = (entries[run[0]].line, d)
        }
      }
    }
    guard let first else { return }
    log.notes.append(
      "\(file): \(Counted.phrase(lines, "line")) of \(Counted.phrase(accounts.count, "account")) "
        + "are invoiced every \(first.days) days or so (a fixed cycle, not a calendar month; e.g. "
        + "line \(first.line)): each run at one price is spread over the days its invoices "
        + "cover, so a month holding two of them is not read as an expansion, nor the next as a "
        + "contraction")
  }

  /// Spreads each segment of a run (its lines' amounts, `cycles`: the first day, the last
  /// day and the sum of its kept lines) over its days, into `company`'s MRR.
  static func spread(
    _ cycles: [Int: (account: Int, start: CivilDate, end: CivilDate, cents: Int64)],
    into company: inout ImportedCompany
  ) {
    let n = company.monthCount
    for id in cycles.keys.sorted() {
      let c = cycles[id]!
      // A segment of one invoice by days: on the 31st it covers the 31st to the 29th, whole
      // months by the calendar, which put the invoice wholly in its month (review 52, R52-4: a
      // new price on the latest invoice doubled the as-of month, +55%). A longer segment on
      // whole months keeps them (invoices on one day of the month, one re-issued a day late).
      let isOneCycle = c.end.days(since: c.start) + 1 <= cycleDays.upperBound
      guard
        let p = ServicePeriod.spread(
          c.cents, from: c.start, through: c.end, byDays: isOneCycle)
      else { continue }
      company.log.tieOut.add(p.residual, to: \.residualCents)
      let offset = p.firstMonth.months(since: company.firstMonth)
      for (k, share) in p.shares.enumerated() {
        if offset + k < n && offset + k >= 0 {
          LedgerImporter.add(
            share, to: &company.mrr[company.cell(c.account, offset + k)],
            tie: &company.log.tieOut)
        } else {
          company.log.tieOut.add(share, to: \.deferredCents)
        }
      }
    }
  }
}
