extension Signal {
  /// The signal in plain words for prose (`seat_underuse` → "unused seats"): what the report's
  /// Appendix lists as unavailable and what findings name.
  public var words: String {
    switch self {
    case .monthToMonth: return "month-to-month contract"
    case .usageContract: return "usage contract"
    case .pilot: return "pilot"
    case .multiYear: return "multi-year contract"
    case .billedMonthly: return "billed monthly"
    case .billedQuarterly: return "billed quarterly"
    case .billedInArrears: return "billed in arrears"
    case .billedUpfront: return "prepaid up front"
    case .trialActive: return "active trial"
    case .trialConvertedRecently: return "trial converted recently"
    case .trialExpired: return "trial expired"
    case .usageDecline: return "usage decline"
    case .zeroUsageMonths: return "months with zero usage"
    case .usageVolatility: return "volatile usage revenue"
    case .mrrContraction: return "MRR down from its high"
    case .newAccount: return "new account"
    case .renewalDue: return "renewal due"
    case .cancellationNotice: return "cancellation notice"
    case .cancelled: return "cancelled"
    case .seatUnderuse: return "unused seats"
    case .fewIntegrations: return "few integrations"
    case .pastDue: return "payment past due"
    case .belowCommitment: return "usage below its committed minimum"
    case .unknownTerms: return "unknown terms"
    case .logTenure: return "tenure"
    case .smallAccount: return "small account"
    }
  }
}
