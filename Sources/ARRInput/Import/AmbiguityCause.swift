import ARRCore

/// Why an account's as-of MRR is a range: one kind of ambiguous choice an importer made (docs/
/// import.md, "Ambiguity, priced"). Each importer prices its choices by their cause, so the
/// reports can say what the headline's range rests on (session 18, report, P3: page one
/// quoted "$18.6K–$60.6K under the other import readings" with no reason beside it).
///
/// A struct with constants rather than an enum, as ``ImportRule`` is.
public struct AmbiguityCause: RawRepresentable, Hashable, Sendable, Comparable {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public static func < (a: AmbiguityCause, b: AmbiguityCause) -> Bool { a.rawValue < b.rawValue }

  /// A single payment spread over a term by its size; the other ends read it as one month's
  /// revenue, a quarter's, a year's or the company's usual term's.
  public static let singlePaymentSize = AmbiguityCause(rawValue: "single_payment_size")
  /// An off-cycle invoice (or a smaller payment inside a term) that no renewal confirms: an
  /// add-on co-termed to its term, or a one-time fee.
  public static let offCycleUnconfirmed = AmbiguityCause(rawValue: "off_cycle_unconfirmed")
  /// A rhythm of 3 or 6 months read from one gap between two invoices; the other end reads
  /// each invoice as one month's revenue.
  public static let oneGapRhythm = AmbiguityCause(rawValue: "one_gap_rhythm")
  /// A billing rhythm that changed, read from the change; the other end reads one rhythm
  /// throughout.
  public static let rhythmChange = AmbiguityCause(rawValue: "rhythm_change")
  /// A given billing cadence the invoices contradict: the given one is spread, the invoices'
  /// own rhythm is the other end.
  public static let cadenceContradicted = AmbiguityCause(rawValue: "cadence_contradicted")
  /// An excess over monthly invoices that recurs 12 months later, read as an annual fee; the
  /// other end reads it as one-time.
  public static let annualFee = AmbiguityCause(rawValue: "annual_fee")
  /// A recent excess over monthly invoices, too young for a renewal to show, read as one-time;
  /// the other end reads it as an annual fee.
  public static let recentExcess = AmbiguityCause(rawValue: "recent_excess")
  /// Excesses over monthly invoices every 3 months, read as quarterly usage or fees spread over
  /// their quarter; the other end reads them as one-time (trial 34, T34-7).
  public static let quarterlyExcess = AmbiguityCause(rawValue: "quarterly_excess")
  /// An account's range not priced by a named cause (a cube's pivot or cell reading, a
  /// subscription table's readings, a ledger's charges without a run): the notes say which.
  public static let otherAccountReading = AmbiguityCause(rawValue: "other_account_reading")
  /// A subscriptions table's paid row running beside a later one, read as an add-on; the
  /// other end reads the later row as replacing it (session 19, lead; trial 18a, R3:
  /// RavenStack's range rested on 470 such accounts, said as "other readings").
  public static let stackedRows = AmbiguityCause(rawValue: "stacked_rows")
  /// A subscriptions table's row repeating an earlier one in every column but an id, read as
  /// another subscription; the other end reads it as the same one written twice (session 21,
  /// trial20 lane; trial 20, E2).
  public static let repeatedRows = AmbiguityCause(rawValue: "repeated_rows")
  /// Stripe subscriptions whose collection is paused at as-of, not billed; the other end reads
  /// them resumed at their price (trial 41, T41-10).
  public static let pausedCollection = AmbiguityCause(rawValue: "paused_collection")
  /// Stripe subscriptions carrying a coupon whose terms the export does not give, read at
  /// list price; the other end reads them free (trial 41, T41-12).
  public static let couponTerms = AmbiguityCause(rawValue: "coupon_terms")
  /// An account's as-of MRR more than three times what it was billed a month on average since
  /// its first invoice; the other end reads it at that pace (trial 55, T55-1).
  public static let billedPace = AmbiguityCause(rawValue: "billed_pace")
  /// The whole file read one way on thin evidence (`--values auto`): its other reading.
  public static let valuesGuess = AmbiguityCause(rawValue: "values_guess")
  /// A ledger's amounts read as written beside a discount column: the reading net of the
  /// discounts.
  public static let beforeDiscounts = AmbiguityCause(rawValue: "before_discounts")
  /// Trailing months without any amount read as months not reached yet: the other end reads
  /// them as months every customer left, $0 (session 21, lead; trial 21, Q1).
  public static let unreachedMonths = AmbiguityCause(rawValue: "unreached_months")
  /// Customers of an MRR movements log that start mid-life, with no level column to give their
  /// MRR before the log, left out: the other end counts each at the least MRR its movements
  /// allow (session 22, review lane: a log cut by date).
  public static let midLifeCustomers = AmbiguityCause(rawValue: "mid_life_customers")
  /// Another whole-file reading.
  public static let otherFileReading = AmbiguityCause(rawValue: "other_file_reading")

  /// The choice in words, as the reports say it ("single payments spread over a term by their
  /// size, not one month or one-time").
  public var words: String {
    switch self {
    case .singlePaymentSize:
      return "single payments spread over a term by their size (the other ends: one month's "
        + "revenue or another term)"
    case .offCycleUnconfirmed:
      return "off-cycle invoices no renewal confirms (add-on or one-time)"
    case .oneGapRhythm:
      return "rhythms of 3 or 6 months read from one gap between invoices (the other end: each "
        + "invoice one month's revenue)"
    case .rhythmChange:
      return "billing rhythms read as changed (the other end: one rhythm throughout)"
    case .cadenceContradicted:
      return
        "billing cadences given that the invoices contradict (the other end: the invoices' rhythm)"
    case .annualFee:
      return
        "excesses over monthly invoices recurring a year later, read as annual fees (the other "
        + "end: one-time)"
    case .recentExcess:
      return "recent excesses over monthly invoices, read as one-time (the other end: annual fees)"
    case .quarterlyExcess:
      return "excesses over monthly invoices every 3 months, read as quarterly usage or fees "
        + "(the other end: one-time)"
    case .valuesGuess:
      return "the file's amounts read one way on thin evidence (monthly recurring revenue or "
        + "invoiced amounts)"
    case .beforeDiscounts:
      return "amounts read as written, before the discounts beside them"
    case .unreachedMonths:
      return "empty months at the data's end read as not reached yet (the other end: every "
        + "customer gone)"
    case .midLifeCustomers:
      return "customers of a movements log starting mid-life, left out (the other end: each at "
        + "the least MRR its movements allow)"
    case .otherFileReading: return "the file's other reading"
    case .stackedRows:
      return "paid rows running beside a later one, read as add-ons (the other end: the later "
        + "row replaces the earlier)"
    case .repeatedRows:
      return "rows repeating an earlier one but for an id, read as more subscriptions (the "
        + "other end: one subscription written twice)"
    case .pausedCollection:
      return "subscriptions with collection paused, not billed (the other end: resumed at their "
        + "price)"
    case .couponTerms:
      return "coupons whose terms the export does not give, read at list price (the other end: "
        + "free)"
    case .billedPace:
      return "recurring revenue above three times what the accounts were billed a month since "
        + "their first invoice (the other end: their billed pace)"
    default: return "other readings of single accounts (see the notes)"
    }
  }
}

/// One cause's part of an account's as-of MRR range, in cents: the lowest (≤ 0) and highest
/// (≥ 0) move it alone makes.
public struct AmbiguityShare: Sendable, Equatable {
  public var cause: AmbiguityCause
  public var low: Int64
  public var high: Int64
  public init(cause: AmbiguityCause, low: Int64, high: Int64) {
    self.cause = cause
    self.low = low
    self.high = high
  }
}
