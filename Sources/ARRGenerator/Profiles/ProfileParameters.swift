import ARRCore

/// The customer segments the generator uses.
enum Segment: String, Sendable {
  case smb
  case midMarket = "mid-market"
  case enterprise

  var index: Int {
    switch self {
    case .smb: 0
    case .midMarket: 1
    case .enterprise: 2
    }
  }
}

/// Every number that makes one profile's company look the way it does. Probabilities are per
/// month unless a name says otherwise; "logit" values are log-odds fed to a sigmoid.
struct ProfileParameters: Sendable {
  var companyName: String
  var segmentMix: [(Segment, Double)]
  /// Contract mix of new accounts, by segment index.
  var contractMix: [[(ContractType, Double)]]
  /// Share of accounts that were customers before the first generated month.
  var preWindowShare: Double
  /// Log growth per month of the number of new accounts.
  var logoGrowth: Double
  /// Share of new month-to-month / usage accounts that start with a trial.
  var trialShare: Double
  /// Share of trials that pay a reduced price (the rest are free: 0 MRR, usage only).
  var paidTrialShare: Double
  var trialConversionLogit: Double
  var pilotConversionLogit: Double
  /// Price per seat per month in cents (median), by segment index.
  var seatPriceCents: [Double]
  /// Median seats, by segment index.
  var seatsMedian: [Double]
  /// Median usage units per month for usage contracts, by segment index.
  var usageMedian: [Double]
  var usageSigma: Double
  var usageSpikeChance: Double
  /// Log growth per month of a neutral usage account's usage.
  var usageGrowth: Double
  /// Price of 1,000 usage units, in cents.
  var centsPerThousandUnits: Double
  /// Share of usage contracts with a contractual monthly minimum (an annual commitment).
  var usageMinimumShare: Double
  /// Monthly churn log-odds of a neutral account, by contract (monthly and usage), and
  /// log-odds of not renewing at a term end (annual, multi-year, committed usage).
  var monthlyChurnLogit: Double
  var usageChurnLogit: Double
  var renewalChurnLogit: Double
  var multiYearChurnLogit: Double
  var declineLogit: Double
  var pastDueLogit: Double
  var expansionLogit: Double
  var expansionRange: ClosedRange<Double>
  var renewalExpansionLogit: Double
  var renewalExpansionRange: ClosedRange<Double>
  var reactivationChance: Double
  /// Setup-fee chance at the first paid month, by segment index, and its range in dollars.
  var setupFeeChance: [Double]
  var setupFeeDollars: ClosedRange<Double>
  var servicesChance: Double
  var servicesDollars: ClosedRange<Double>
  var integrationsLogit: Double
  var grossMargin: String
  var discountRate: String
  /// Acquisition cost per new account, in cents: by segment (segment name, cents) for a profile
  /// with several segments, whose customers cost very different amounts to win; one pair named
  /// `nil` for a single-segment profile (written as one company-wide number).
  var cacCents: [(segment: String?, cents: Int64)]

  /// Billing cadence for a contract type.
  func cadence(
    for contract: ContractType, segment: Segment, rng: inout SeededGenerator
  ) -> BillingCadence {
    switch contract {
    case .monthly: return .monthly
    // Never drawn: the generator knows every term it simulates.
    case .unknown: return .unknown
    case .usage: return .inArrears
    case .pilot: return rng.pick([(.upfront, 0.6), (.monthly, 0.4)])
    case .multiYear: return rng.pick([(.upfront, 0.5), (.annual, 0.5)])
    case .annual:
      return segment == .smb
        ? rng.pick([(.annual, 0.5), (.monthly, 0.5)])
        : rng.pick([(.annual, 0.5), (.quarterly, 0.35), (.monthly, 0.15)])
    }
  }
}

extension GeneratorProfile {
  /// The numbers behind this profile (documented in `docs/scenarios.md`).
  var parameters: ProfileParameters {
    switch self {
    case .aiHypergrowth:
      return ProfileParameters(
        companyName: "Nimbus AI (synthetic)",
        segmentMix: [(.smb, 0.6), (.midMarket, 0.3), (.enterprise, 0.1)],
        contractMix: [
          [(.monthly, 0.55), (.usage, 0.40), (.annual, 0.05)],
          [(.monthly, 0.30), (.usage, 0.37), (.annual, 0.28), (.pilot, 0.05)],
          [(.annual, 0.35), (.pilot, 0.25), (.usage, 0.25), (.multiYear, 0.15)],
        ],
        preWindowShare: 0.05, logoGrowth: 0.09, trialShare: 0.5, paidTrialShare: 0.6,
        trialConversionLogit: 0.1, pilotConversionLogit: 0.2,
        seatPriceCents: [3_900, 4_500, 5_500], seatsMedian: [4, 35, 180],
        usageMedian: [220_000, 2_000_000, 12_000_000], usageSigma: 0.35, usageSpikeChance: 0.07,
        usageGrowth: 0.03,
        centsPerThousandUnits: 50, usageMinimumShare: 0.15,
        monthlyChurnLogit: -3.4, usageChurnLogit: -3.1, renewalChurnLogit: -1.9,
        multiYearChurnLogit: -2.6, declineLogit: -3.2, pastDueLogit: -3.9,
        expansionLogit: -2.8, expansionRange: 0.1...0.6,
        renewalExpansionLogit: -0.8, renewalExpansionRange: 0.1...0.8,
        reactivationChance: 0.015,
        setupFeeChance: [0.1, 0.35, 0.7], setupFeeDollars: 500...15_000,
        servicesChance: 0.01, servicesDollars: 1_000...10_000,
        integrationsLogit: -1.3, grossMargin: "0.55", discountRate: "0.12",
        cacCents: [
          ("smb", 150_000), ("mid-market", 1_800_000), ("enterprise", 12_000_000),
        ])
    case .enterpriseSaaS:
      return ProfileParameters(
        companyName: "Ledgerline (synthetic)",
        segmentMix: [(.midMarket, 0.6), (.enterprise, 0.4)],
        contractMix: [
          [(.annual, 1)],
          [(.annual, 0.75), (.multiYear, 0.15), (.usage, 0.05), (.monthly, 0.05)],
          [(.annual, 0.55), (.multiYear, 0.33), (.usage, 0.08), (.pilot, 0.04)],
        ],
        preWindowShare: 0.3, logoGrowth: 0.03, trialShare: 0.05, paidTrialShare: 0.0,
        trialConversionLogit: 0.5, pilotConversionLogit: 0.8,
        seatPriceCents: [8_000, 9_000, 11_000], seatsMedian: [10, 45, 200],
        usageMedian: [1_000_000, 10_000_000, 60_000_000], usageSigma: 0.15,
        usageSpikeChance: 0.02, usageGrowth: 0.01, centsPerThousandUnits: 80,
        usageMinimumShare: 1.0,
        monthlyChurnLogit: -4.0, usageChurnLogit: -4.0, renewalChurnLogit: -2.7,
        multiYearChurnLogit: -3.2, declineLogit: -3.9, pastDueLogit: -4.3,
        expansionLogit: -4.4, expansionRange: 0.1...0.4,
        renewalExpansionLogit: -1.3, renewalExpansionRange: 0.15...0.8,
        reactivationChance: 0.004,
        setupFeeChance: [0.5, 0.6, 0.8], setupFeeDollars: 5_000...40_000,
        servicesChance: 0.02, servicesDollars: 2_000...20_000,
        integrationsLogit: -0.4, grossMargin: "0.78", discountRate: "0.10",
        cacCents: [("mid-market", 7_000_000), ("enterprise", 40_000_000)])
    case .plgSMB:
      return ProfileParameters(
        companyName: "Tasklet (synthetic)",
        segmentMix: [(.smb, 1)],
        contractMix: [
          [(.monthly, 0.92), (.annual, 0.06), (.usage, 0.02)],
          [(.monthly, 1)],
          [(.monthly, 1)],
        ],
        preWindowShare: 0.15, logoGrowth: 0.04, trialShare: 0.6, paidTrialShare: 0.0,
        trialConversionLogit: -0.2, pilotConversionLogit: 0,
        seatPriceCents: [1_200, 1_200, 1_200], seatsMedian: [3, 3, 3],
        usageMedian: [30_000, 30_000, 30_000], usageSigma: 0.3, usageSpikeChance: 0.03,
        usageGrowth: 0.005,
        centsPerThousandUnits: 100, usageMinimumShare: 0,
        monthlyChurnLogit: -2.9, usageChurnLogit: -2.7, renewalChurnLogit: -1.5,
        multiYearChurnLogit: -2, declineLogit: -3.0, pastDueLogit: -3.6,
        expansionLogit: -3.8, expansionRange: 0.2...0.7,
        renewalExpansionLogit: -2, renewalExpansionRange: 0.1...0.5,
        reactivationChance: 0.03,
        setupFeeChance: [0.03, 0.03, 0.03], setupFeeDollars: 49...199,
        servicesChance: 0.002, servicesDollars: 99...499,
        integrationsLogit: -1.6, grossMargin: "0.80", discountRate: "0.10",
        cacCents: [(nil, 35_000)])
    }
  }
}
