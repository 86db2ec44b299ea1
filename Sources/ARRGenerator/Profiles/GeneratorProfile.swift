import ARRCore

/// The kind of company the generator makes (see `docs/scenarios.md`).
public enum GeneratorProfile: String, Sendable, CaseIterable {
  /// Trials, month-to-month and usage plans, spiky usage billing, a few pilots, steep logo growth.
  case aiHypergrowth = "ai-hypergrowth"
  /// Annual and multi-year terms, quarterly/annual/upfront billing, low churn, large expansions.
  case enterpriseSaaS = "enterprise-saas"
  /// Monthly plans billed monthly, thousands of small accounts, high churn, frequent reactivation.
  case plgSMB = "plg-smb"
}

/// What to generate: a profile, a size and a seed. Same options, same bytes.
public struct GeneratorOptions: Sendable, Equatable {
  public var profile: GeneratorProfile
  /// Number of accounts (rows of `accounts.csv`); negative values are treated as 0.
  public var accounts: Int
  /// Months of history ending at `asOf`; values below 1 are treated as 1.
  public var months: Int
  public var seed: UInt64
  /// The last month of `monthly.csv` and the `as_of` of `company.json`.
  public var asOf: Month
  /// Whether `monthly.csv` gets a `logins` activity column: active seats (5 people for a usage
  /// account) × 15 × e^(0.5 × health + usage decline), so it moves with the latent health that
  /// drives churn. Off by default (the bundled scenarios have none); the benchmark's
  /// `--activity` turns it on. Drawing nothing at random, it leaves every other byte unchanged.
  public var hasLogins = false

  /// The default as-of month, 2026-10.
  public static let defaultAsOf = Month(year: 2026, month: 10)

  /// Creates options.
  /// - Parameters:
  ///   - profile: the kind of company.
  ///   - accounts: how many accounts (rows of `accounts.csv`).
  ///   - months: how many months of history, ending at `asOf`.
  ///   - seed: the random seed; the same options always give the same files.
  ///   - asOf: the last month (default 2026-10).
  public init(
    profile: GeneratorProfile, accounts: Int, months: Int, seed: UInt64,
    asOf: Month = GeneratorOptions.defaultAsOf
  ) {
    self.profile = profile
    self.accounts = accounts
    self.months = months
    self.seed = seed
    self.asOf = asOf
  }

  /// The first month of the history.
  public var firstMonth: Month { asOf.adding(months: -(max(1, months) - 1)) }
}
