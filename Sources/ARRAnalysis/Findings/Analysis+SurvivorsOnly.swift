import ARRCore
import ARRMetrics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Analysis {
  /// `survivors_only`: no account that paid in the data ever stopped paying, over enough
  /// account-years that a customer base losing even ``Finding/survivorsOnlyYearlyChurn`` of its
  /// logos a year would almost surely have lost one. The data may list only today's customers,
  /// with those who left removed (a data room's "current customers" sheet): trailing NDR, GRR
  /// and logo retention, the backtest and the projection's calibration then see no churn that
  /// happened (session 21, lead; trial 21, S1: such a cube read trailing NDR 121.9% for 89.7%
  /// on the full history, GRR 98.3% for 72.4%, quality-adjusted ARR 95% of headline for 71%,
  /// with nothing said).
  ///
  /// Exposure is the account-months from each account's first paid month to as-of, the months
  /// in which it could have left. The chance that none of them leaves at a yearly logo churn q
  /// is (1 − q)^(exposure ÷ 12). The finding is raised when that chance is under
  /// ``Finding/survivorsOnlyChance`` among at least ``Finding/survivorsOnlyAccounts`` accounts
  /// over at least ``Finding/shortHistoryMonths`` months of revenue history; critical under
  /// ``Finding/survivorsOnlyCriticalChance``, a warning otherwise. A snapshot says more
  /// (`snapshot_history`). A source file whose name says it lists active or current customers
  /// (`active_customers_mrr.csv`) is itself evidence that those who left were removed: with no
  /// account lost, the finding is raised whatever the chance, a warning naming the file (trial
  /// 50, T50-35: 25 customers over 14 months, none lost, in such a file, with nothing said).
  /// - Returns: The finding, or `nil`.
  /// - Complexity: O(accounts × months).
  static func survivorsOnly(
    _ company: Company, metrics: CompanyMetrics, f: NumberFormat
  ) -> Finding? {
    if company.dataQuality.imported?.isSnapshot == true { return nil }
    guard let first = firstRevenueMonth(metrics),
      company.asOf.months(since: first) + 1 >= Finding.shortHistoryMonths,
      metrics.bridge.allSatisfy({ $0.churnedAccounts == 0 })
    else { return nil }
    let revenue = company.revenue
    let last = company.monthCount - 1
    var accounts = 0
    var exposure = 0
    for a in 0..<company.accountCount {
      guard let start = (0...last).first(where: { revenue.mrr(account: a, month: $0) > 0 })
      else { continue }
      // An account paying nothing at as-of left (the bridge counts it; a check, not a path).
      guard revenue.mrr(account: a, month: last) > 0 else { return nil }
      accounts += 1
      exposure += last - start
    }
    guard accounts >= Finding.survivorsOnlyAccounts else { return nil }
    let years = Double(exposure) / 12
    let chance = pow(1 - Finding.survivorsOnlyYearlyChurn, years)
    // A customer list that only adds facts to the accounts the revenue file holds says nothing
    // of who is in that file (review 52, R52-29: `active_customers.csv` beside a full invoice
    // ledger raised the warning); only a file the revenue is read from counts.
    let summary = company.dataQuality.imported
    let namedFile = summary?.sourceFiles.first { file in
      namesActiveCustomers(file)
        && !(summary?.valuesReason.contains("\(file): customer list (facts only)") ?? false)
    }
    guard chance < Finding.survivorsOnlyChance || namedFile != nil else { return nil }
    let trailing = metrics.trailingRetention
    let figures = [
      trailing.ndr.map { "NDR \(f.percent($0))" }, trailing.grr.map { "GRR \(f.percent($0))" },
      trailing.logoRetention.map { "logo retention \(f.percent($0))" },
    ].compactMap { $0 }
    let quoted = figures.isEmpty ? "" : " (\(figures.joined(separator: ", ")))"
    let months = company.asOf.months(since: first) + 1
    let isCritical = chance < Finding.survivorsOnlyCriticalChance
    let named = namedFile.map {
      ", and the file's name, \"\(($0.split(separator: "/").last).map(String.init) ?? $0)\", "
        + "says it lists active customers"
    }
    let odds =
      chance < Finding.survivorsOnlyChance
      ? ": even at a \(f.percent(Finding.survivorsOnlyYearlyChurn)) yearly logo churn, the "
        + "chance that none would leave over their \(f.integer(Int(years.rounded()))) "
        + "account-years is \(percentText(chance))\(named ?? "")." : "\(named ?? "")."
    return Finding(
      code: .survivorsOnly, severity: isCritical ? .critical : .warning,
      message: "Not one of the \(count(accounts, "account", f)) that paid in the data's "
        + "\(count(months, "month", f)) of revenue stopped paying" + odds
        + " The data may list only today's customers, those who left "
        + "removed: if so, trailing retention\(quoted) is an upper bound, and the backtest and "
        + "the projection have no churn to learn from. Ask for the full customer history, "
        + "churned customers included.",
      weight: isCritical
        ? Finding.survivorsOnlyWeight.critical : Finding.survivorsOnlyWeight.warning)
  }

  /// Words of a file's name saying it lists today's customers only.
  static let activeCustomersWords = [
    "active customers", "active customer", "current customers", "current customer",
    "live customers", "active accounts", "current accounts", "live accounts", "active clients",
    "current clients", "active subscribers", "active subscriptions", "existing customers",
    // In the other order, and in the languages the importer reads (review 52, R52-16:
    // `Aktive_Kunden_MRR.csv` raised nothing).
    "customers active", "accounts active", "clients active", "aktive kunden", "kunden aktiv",
    "bestandskunden", "clients actifs", "clientes activos", "clientes vigentes",
    "clienti attivi", "actieve klanten", "clientes ativos",
  ]

  /// Whether a file's name (`_`, `-` and `.` read as spaces, any case) says it lists active or
  /// current customers.
  static func namesActiveCustomers(_ path: String) -> Bool {
    let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
    let spaced = " " + String(name.map { $0.isLetter || $0.isNumber ? $0 : " " }) + " "
    let words = spaced.split(separator: " ").joined(separator: " ")
    return activeCustomersWords.contains { (" " + words + " ").contains(" " + $0 + " ") }
  }

  /// A small chance in words: whole percents from 1%, "under 1%" below.
  private static func percentText(_ p: Double) -> String {
    p < 0.01 ? "under 1%" : "\(Int((p * 100).rounded()))%"
  }
}
