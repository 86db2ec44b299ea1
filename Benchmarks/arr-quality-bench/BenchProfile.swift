/// The shape of a company the DuckDB comparison generates (`--duckdb`, ``BenchCompany``).
///
/// Two profiles so that a speed-up never hinges on one generator's regularities: they differ in
/// id format and length, cohort growth, churn, reactivation, price points, the activity column's
/// name and number format, quoting in `accounts.csv` and how often `one_time` is filled.
enum BenchProfile: String, CaseIterable, Sendable {
  /// A product-led hypergrowth company: Stripe-like ids (`cus_` + 7 to 14 characters), a small
  /// installed base and cohorts growing 9% a month, monthly plans with cents, trial months at
  /// zero MRR, frequent expansion and churn, an integer `active_users` column.
  case hypergrowth
  /// A sales-led company: numeric ids of 4 to 7 digits with an optional region suffix, a large
  /// installed base, cohorts growing 2% a month, annual prices divided by twelve (odd cents),
  /// repricing at each anniversary, rare churn with some reactivation, a decimal `health_score`
  /// column with gaps, quoted names with commas in `accounts.csv`, set-up fees in `one_time`.
  case steady

  /// The name of the extra numeric activity column of `monthly.csv`.
  var activityColumn: String {
    switch self {
    case .hypergrowth: "active_users"
    case .steady: "health_score"
    }
  }

  /// The share of accounts already customers before the first month.
  var installedShare: Double {
    switch self {
    case .hypergrowth: 0.35
    case .steady: 0.55
    }
  }

  /// Each month's new cohort over the one before.
  var cohortGrowth: Double {
    switch self {
    case .hypergrowth: 1.09
    case .steady: 1.02
    }
  }

  /// The chance per month that a paying account leaves.
  var monthlyChurn: Double {
    switch self {
    case .hypergrowth: 0.035
    case .steady: 0.010
    }
  }

  /// The chance per month that a churned account comes back.
  var reactivation: Double {
    switch self {
    case .hypergrowth: 0.02
    case .steady: 0.04
    }
  }

  /// Monthly list prices in cents for one seat (or one contract unit).
  var unitPrices: [Int64] {
    switch self {
    case .hypergrowth: [999, 1_900, 2_499, 4_900, 7_999, 14_950]
    // Annual list prices divided by twelve: 12,000 → 1,000.00; 9,950 → 829.17; …
    case .steady: [20_833, 41_667, 82_917, 100_000, 208_333, 416_667]
    }
  }
}
