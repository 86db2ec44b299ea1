import ARRCore
import ARRMetrics

/// How long the MRR paying at as-of has been paying (session 27, t27b lane; trial 25, T25-4):
/// sums by the month each account first paid, its *paying-since* month (the start month of its
/// cohort, ``Cohorts``). See `docs/findings.md`, `tenure_mix`.
public struct TenureMix: Sendable, Equatable {
  /// MRR paying at as-of, cents.
  public var total: Int64 = 0
  /// Of it, accounts that first paid in the last ``Finding/tenureMixYoungMonths`` months (paying since
  /// as-of − 2 or later), cents, and how many accounts.
  public var underThree: Int64 = 0
  public var underThreeAccounts = 0
  /// Of it, accounts that first paid in the last 12 months (paying since as-of − 11 or later).
  public var underTwelve: Int64 = 0
  public var underTwelveAccounts = 0
  /// Of it, accounts already paying in the first month of data, when that month is under 12
  /// months before as-of, with no start date given: they may have started before the data, so
  /// their tenure is unknown and they are in neither share.
  public var unknown: Int64 = 0

  /// The sums of the cohorts' MRR at as-of. The first month's cohort, when left-censored and
  /// under 12 months before as-of, is read account by account: an account whose start date is
  /// given (not inferred) is paying since that date's month or the first month of data,
  /// whichever is earlier; the rest are ``unknown`` (session 28, render review 28, R28-2).
  /// - Complexity: O(cohorts), and O(accounts) when the first month's cohort is read by account.
  public init(_ cohorts: Cohorts, company: Company) {
    let asOf = company.asOf
    for c in cohorts.cohorts {
      let age = asOf.months(since: c.startMonth)
      guard age >= 0, age < c.mrrByAge.count, c.mrrByAge[age] > 0 else { continue }
      total += c.mrrByAge[age]
      if c.isLeftCensored {
        if age < Finding.tenureMixYearMonths { addFirstMonth(company, age: age) }
        continue
      }
      add(c.mrrByAge[age], accounts: c.activeByAge[age], age: age)
    }
  }

  /// Adds MRR paying for `age` months (0: first paid in the as-of month) to the shares it is in.
  private mutating func add(_ mrr: Int64, accounts: Int, age: Int) {
    if age < Finding.tenureMixYoungMonths {
      underThree += mrr
      underThreeAccounts += accounts
    }
    if age < Finding.tenureMixYearMonths {
      underTwelve += mrr
      underTwelveAccounts += accounts
    }
  }

  /// The accounts paying in the first month of data and at as-of (`age` months later), each by
  /// its given start date, or ``unknown`` without one.
  private mutating func addFirstMonth(_ company: Company, age: Int) {
    let matrix = company.revenue
    for a in 0..<matrix.accountCount where matrix.mrr(account: a, month: 0) > 0 {
      let mrr = matrix.mrr(account: a, month: age)
      guard mrr > 0 else { continue }
      let terms = company.terms(of: a)
      if terms.inferred.contains(.startDate) {
        unknown += mrr
      } else {
        let since = min(terms.startDate.month, company.firstMonth)
        add(mrr, accounts: 1, age: company.asOf.months(since: since))
      }
    }
  }

  /// ``underThree`` and ``underTwelve`` as shares of ``total`` (0 when nothing pays).
  public var underThreeShare: Double { total > 0 ? Double(underThree) / Double(total) : 0 }
  public var underTwelveShare: Double { total > 0 ? Double(underTwelve) / Double(total) : 0 }
}

extension Analysis {
  /// `tenure_mix`: a warning when at least ``Finding/tenureMixWarningShare`` of the MRR paying
  /// at as-of is from accounts that first paid in the last 3 months, information from
  /// ``Finding/tenureMixInfoShare`` under 3 months or ``Finding/tenureMixYearInfoShare`` under
  /// 12: revenue that has not yet met a renewal or a year of churn, whose retention no figure
  /// of the data has measured.
  /// - Complexity: O(cohorts).
  static func tenureMix(_ company: Company, metrics m: CompanyMetrics, f: NumberFormat) -> Finding?
  {
    let mix = TenureMix(m.cohorts, company: company)
    let young = mix.underThreeShare
    let year = mix.underTwelveShare
    let isWarning = young >= Finding.tenureMixWarningShare
    guard isWarning || young >= Finding.tenureMixInfoShare || year >= Finding.tenureMixYearInfoShare
    else { return nil }
    // Never a month before the data: seed-example, starting in 2025-05, read "first paid in
    // 2025-04 or later" (render review 28, R28-2; render review 30, R30-6).
    let since = max(
      company.asOf.adding(months: 1 - Finding.tenureMixYoungMonths), company.firstMonth)
    let three = (
      share: f.percent(young),
      held: "(\(f.compactMoney(cents: mix.underThree * 12)), "
        + "\(count(mix.underThreeAccounts, "account", f)))",
      // "First paid in the last 3 months", not "paying for under 3 months": an account first
      // paid two months before as-of has paid three monthly bills (trial 34, T34-17).
      what: "accounts that first paid in the last \(Finding.tenureMixYoungMonths) months ("
        + "\(f.month(since)) or later)"
    )
    let twelve = (
      share: f.percent(year),
      held: "(\(f.compactMoney(cents: mix.underTwelve * 12)), "
        + "\(count(mix.underTwelveAccounts, "account", f)))",
      what: "accounts that first paid in the last 12 months"
    )
    // Led by the share that raised it: under 12 months when that alone did (session 28: "0.0%
    // of headline ARR ($0, 0 accounts) is from accounts paying for under 3 months" led).
    let (lead, other) =
      isWarning || young >= Finding.tenureMixInfoShare ? (three, twelve) : (twelve, three)
    var message = "\(lead.share) of headline ARR \(lead.held) is from \(lead.what) and "
    message += "\(other.share) \(other.held) from \(other.what)"
    message += ": revenue that has not yet met a renewal or a year of churn, so no "
    message += "figure here has measured how it retains."
    if mix.unknown > 0 {
      message += " Accounts already paying in \(f.month(company.firstMonth)), the first month of "
      message +=
        "data, with no start date given are in neither share (\(f.percent(Double(mix.unknown) / Double(mix.total))) "
      message += "of headline ARR): they may have started before the data."
    }
    return Finding(
      code: .tenureMix, severity: isWarning ? .warning : .info, message: message,
      weight: isWarning ? 2 + young : young)
  }
}
