import ARRCore

/// Services billed like a retainer but not named one: a description read one-time by its words
/// (`Monthly consulting hours`) billed to one account at one amount every month for at least
/// ``minimumRun`` months through the as-of month, with no contract word to make it recurring
/// (``LedgerImporter/recurringServices(_:isOneTimeByText:)``). Decided (session 46, imp lane;
/// review 45, X-6's variant: a year of `Monthly consulting hours` was read one-time, $46,800 for
/// $76,800, with no word): a ledger cannot tell a project billed monthly from a retainer but by
/// its words, so the one-time reading stays, and the other is the high end of the account's
/// range, with a finding naming the stake. A set-up charge (`onboarding`, `setup`,
/// `implementation`, `installation`) is once per something, never a retainer: no range.
enum UnwordedServiceRuns {
  /// Consecutive months through the as-of month a run needs: half a year.
  static let minimumRun = 6

  /// Words of a charge made once per customer, site or client, whatever its rhythm.
  static let setUpWords = ["onboarding", "setup", "set up", "implementation", "installation"]

  /// One account's run: the amount billed each month, its first line and description, and
  /// how many months it runs through the as-of month.
  struct Run {
    var account: Int
    var cents: Int64
    var line: Int
    var description: String
    var months: Int
  }

  /// The runs of `entries` read one-time by description (`isOneTime`; or any other reading a
  /// caller picks) that bill one account one amount, their descriptions alike but for a period
  /// they name, once a month for at least `minimum` consecutive months ending at `asOf`. In
  /// first-line order.
  static func find(
    _ entries: [LedgerEntry], isOneTime: (Int) -> Bool, asOf: Month, minimum: Int = minimumRun
  ) -> [Run] {
    struct Key: Hashable {
      var account: Int
      var text: String
      var cents: Int64
    }
    var groups = [Key: [Int]]()
    var keys = DescriptionMemo(LedgerImporter.periodlessKey)
    for (i, e) in entries.enumerated()
    where isOneTime(i) && e.amount > 0 && e.period == nil && e.date.month <= asOf {
      groups[
        Key(account: e.account, text: keys(e.description), cents: e.amount),
        default: []
      ].append(i)
    }
    var out = [Run]()
    for (key, members) in groups where members.count >= minimum {
      guard !UsageMonths.hasWord(key.text, of: setUpWords) else { continue }
      let months = Set(members.map { entries[$0].date.month })
      // One line a month, the last in the as-of month.
      guard months.count == members.count, months.contains(asOf) else { continue }
      var run = 0
      var m = asOf
      while months.contains(m) {
        run += 1
        m = m.adding(months: -1)
      }
      guard run >= minimum, let first = members.min(by: { entries[$0].line < entries[$1].line })
      else { continue }
      out.append(
        Run(
          account: key.account, cents: key.cents, line: entries[first].line,
          description: entries[first].description, months: run))
    }
    return out.sorted { $0.line < $1.line }
  }

  /// Widens each run's account's as-of MRR range to the run read recurring, and says so.
  static func apply(
    _ runs: [Run], file: String, currency: String?, into company: inout ImportedCompany
  ) {
    guard let first = runs.first else { return }
    let n = company.monthCount
    var stake: Int64 = 0
    for r in runs {
      let mrr = company.mrr[company.cell(r.account, n - 1)]
      let high = Money.saturatingSum(mrr, r.cents)
      let range = company.accounts[r.account].ambiguousMRR
      company.accounts[r.account].ambiguousMRR = (
        low: min(range?.low ?? mrr, mrr), high: max(range?.high ?? high, high)
      )
      stake = Money.saturatingSum(stake, r.cents)
    }
    let name = company.accounts[first.account].name ?? company.accounts[first.account].id
    company.log.findings.append(
      "\(file): check: \(Counted.phrase(runs.count, "services charge")) billed to one account at "
        + "one amount every month through the as-of month, for \(minimumRun) months or more, "
        + "with no retainer or subscription word (\(name)'s \"\(first.description)\", "
        + "\(Money.text(cents: first.cents, currency: currency)) a month for \(first.months) "
        + "months, line \(first.line)) \(runs.count == 1 ? "is" : "are") read one-time by "
        + "\(runs.count == 1 ? "its" : "their") words; if a retainer, ARR is "
        + "\(Money.text(cents: Money.saturatingProduct(stake, times: 12), currency: currency)) higher "
        + "(the range's high end)")
  }
}
