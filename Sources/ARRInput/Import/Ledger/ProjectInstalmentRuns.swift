import ARRCore

/// A fixed-price project billed in equal monthly instalments (`Website redesign` 3,000 a month
/// from July), read recurring by its rhythm: the mirror of ``UnwordedServiceRuns``. Decided
/// (session 48, imp lane; review 46, R46-17: six instalments of a website redesign were read as
/// $36,000 of ARR with no word and no range): a ledger cannot tell instalments from a fee by
/// their rhythm, so the recurring reading stays when the words name no project, and when they
/// do (``projectWords``, no retainer or subscription word) the project read one-time is the low
/// end of the account's range, with a finding naming the stake.
enum ProjectInstalmentRuns {
  /// Words of work done once and billed in parts: a project, not a service that recurs.
  static let projectWords = [
    "redesign", "web design", "website design", "website build", "migration", "instalment",
    "instalments", "installment", "installments", "milestone", "fixed fee", "fixed price",
    "fit out", "build out",
  ]

  /// Whether a description names project work (``projectWords``) and no retainer or
  /// subscription (``LedgerImporter/retainerWords``).
  static func isProject(_ description: String) -> Bool {
    let text = LedgerImporter.periodlessKey(description)
    return UsageMonths.hasWord(text, of: projectWords)
      && !UsageMonths.hasWord(text, of: LedgerImporter.retainerWords)
  }

  /// Narrows each run's account's as-of MRR range to the run read one-time, and says so.
  static func apply(
    _ runs: [UnwordedServiceRuns.Run], file: String, currency: String?,
    into company: inout ImportedCompany
  ) {
    guard let first = runs.first else { return }
    let n = company.monthCount
    var stake: Int64 = 0
    for r in runs {
      let mrr = company.mrr[company.cell(r.account, n - 1)]
      let low = max(0, mrr &- r.cents)
      guard low < mrr else { continue }
      let range = company.accounts[r.account].ambiguousMRR
      company.accounts[r.account].ambiguousMRR = (
        low: min(range?.low ?? low, low), high: max(range?.high ?? mrr, mrr)
      )
      stake = Money.saturatingSum(stake, mrr &- low)
    }
    guard stake > 0 else { return }
    let name = company.accounts[first.account].name ?? company.accounts[first.account].id
    company.log.findings.append(
      "\(file): check: \(Counted.phrase(runs.count, "charge")) billed to one account at one "
        + "amount every month through the as-of month, whose words name project work and no "
        + "retainer or subscription (\(name)'s \"\(first.description)\", "
        + "\(Money.text(cents: first.cents, currency: currency)) a month for \(first.months) "
        + "months, line \(first.line)), \(runs.count == 1 ? "is" : "are") read recurring by "
        + "\(runs.count == 1 ? "its" : "their") rhythm; if a fixed-price project billed in "
        + "instalments, ARR is "
        + "\(Money.text(cents: Money.saturatingProduct(stake, times: 12), currency: currency)) lower "
        + "(the range's low end)")
  }
}
