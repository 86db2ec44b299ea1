import ARRCore
import ARRScoring

/// One what-if shock, or several at once, read from a scenario file (`--scenario FILE`).
///
/// Every field is optional; a field left `nil` leaves that part of the company as it is, so the
/// empty scenario reproduces the base analysis exactly (to the cent). How each shock moves the
/// figures is defined in `docs/stress.md`.
public struct StressScenario: Sendable, Equatable {
  /// The contract types and classes a churn multiplier can be given for, besides `all`.
  public struct ChurnMultiplier: Sendable, Equatable {
    /// Applies to every account.
    public var all: Double
    /// Per contract type, indexed like ``ContractType/allCases``.
    public var byContractType: [Double]
    /// Per revenue class, indexed by ``RevenueClass/index``.
    public var byClass: [Double]

    /// The neutral multiplier (1 everywhere).
    public init() {
      all = 1
      byContractType = Array(repeating: 1, count: ContractType.allCases.count)
      byClass = [1, 1, 1]
    }

    /// The product of the multipliers that apply to an account of `type` in `revenueClass`.
    /// - Parameters:
    ///   - type: The account's contract type.
    ///   - revenueClass: The account's class in the stressed scenario.
    /// - Returns: `all × type × class`.
    public func factor(_ type: ContractType, _ revenueClass: RevenueClass) -> Double {
      all * byContractType[ContractType.allCases.firstIndex(of: type)!]
        * byClass[revenueClass.index]
    }

    /// True when every multiplier is exactly 1.
    public var isNeutral: Bool {
      all == 1 && byContractType.allSatisfy { $0 == 1 } && byClass.allSatisfy { $0 == 1 }
    }
  }

  /// Shown in the report's column header; the file name without `.json` when absent.
  public var name: String
  /// One sentence saying what the scenario means.
  public var description: String?
  /// Multiplier (≥ 0) on the odds that an active trial converts; 0 = none convert.
  public var trialConversion: Double?
  /// Change (≥ −1) in usage and usage-billed MRR over the last three months; −0.3 = down 30%.
  public var usageChange: Double?
  /// Multipliers (≥ 0) on each account's churn hazard: its 12-month retention probability p
  /// becomes p^m (``ChurnHazard``), so a large loss probability never clips to certainty.
  public var churnMultiplier: ChurnMultiplier?
  /// Multiplier (≥ 0) on the expansion term of projected NDR.
  public var expansionMultiplier: Double?
  /// The N accounts with the largest recurring ARR leave now.
  public var loseTopAccounts: Int?
  /// Share (0–1) of pilots that renew.
  public var pilotsRenew: Double?
  /// List price change (≥ −1) on renewal within the next 12 months; 0.1 = +10%.
  public var priceChange: Double?

  /// Creates a scenario; every shock defaults to none.
  public init(
    name: String, description: String? = nil, trialConversion: Double? = nil,
    usageChange: Double? = nil, churnMultiplier: ChurnMultiplier? = nil,
    expansionMultiplier: Double? = nil, loseTopAccounts: Int? = nil, pilotsRenew: Double? = nil,
    priceChange: Double? = nil
  ) {
    self.name = name
    self.description = description
    self.trialConversion = trialConversion
    self.usageChange = usageChange
    self.churnMultiplier = churnMultiplier
    self.expansionMultiplier = expansionMultiplier
    self.loseTopAccounts = loseTopAccounts
    self.pilotsRenew = pilotsRenew
    self.priceChange = priceChange
  }

  /// True when the scenario changes the company's data (usage or lost accounts), so the
  /// pipeline is re-run; other shocks only adjust the base run's probabilities and amounts.
  public var changesCompany: Bool {
    (usageChange.map { $0 != 0 } ?? false) || (loseTopAccounts.map { $0 > 0 } ?? false)
  }
}
