import ARRCore

/// One account as an importer read it: the facts a file gave, the terms inferred (marked in
/// ``inferred``), and `nil` for what stays unknown.
///
/// Every importer (cube, ledger, Stripe) fills this same value; ``ImportedCompany`` turns the
/// accounts into a validated ``Company``, where a `nil` contract type or billing cadence becomes
/// `unknown` and a `nil` start date the first month with revenue (marked inferred).
///
/// Why it does not store an `Account.Terms` (the one declaration of an account's fields): here
/// `nil` means "no file has said it yet", the state merging and inference test for before they
/// fill a term in, which `unknown` (a value a file may give) cannot stand for; and a start date
/// may still be missing. The conversion to ``Account`` is in one place,
/// `ImportedCompany.account(_:row:months:)`.
public struct ImportedAccount: Sendable, Equatable {
  public var id: String
  public var name: String?
  public var segment: String?
  /// `nil`: unknown.
  public var contractType: ContractType?
  /// A contract-type cell that names no type the tool reads, as written (`Enterprise
  /// Agreement`): said in a finding (``UnreadContractTypes``), never as "not given".
  public var unreadContractType: String?
  /// `nil`: unknown.
  public var billingCadence: BillingCadence?
  /// `nil`: the first day of the first month with revenue (marked inferred on conversion).
  public var startDate: CivilDate?
  public var contractEndDate: CivilDate?
  public var trialStatus: TrialStatus
  /// How a trial-status cell gave ``trialStatus``; `nil` when it is `.none` for want of one.
  public var trialStatusCell: TrialStatusCell?
  public var trialEndDate: CivilDate?
  public var cancelDate: CivilDate?
  public var seatsPurchased: Int?
  public var seatsActive: Int?
  public var integrations: Int?
  /// Contractual monthly minimum, in cents.
  public var committedMRR: Int64?
  /// What acquiring the customer cost, in cents (a customer list's `CAC` column).
  public var cac: Int64?
  /// The contract's term in whole months, as a term column states it (`Term (months)`); read
  /// as the contract type when none is given (``TermFromMonths``).
  public var termMonths: Int?
  public var isPastDue: Bool?
  /// The customer's status as a cube's or customer list's status column states it (`Active`,
  /// `Churned`, `Non-renewing`), read against the revenue by ``StatusColumn``; `nil` without one.
  public var status: StatedStatus?
  /// The fields above that were inferred rather than given.
  public var inferred: AccountFields
  /// The month from which the data supports the inferred contract type, cadence and end date
  /// (see ``Account/Terms/inferredFrom``); `nil` when they hold from the account's first month.
  public var inferredFrom: Month?
  /// The rules that decided this account's terms or revenue, each counted once.
  public var rules: [ImportRule]
  /// The as-of MRR, in cents, under the lowest and the highest alternative of the account's
  /// ambiguous choices; `nil` when nothing about the account was ambiguous.
  public var ambiguousMRR: (low: Int64, high: Int64)?
  /// What ``ambiguousMRR`` rests on, by cause, where the importer priced its choices by cause
  /// (the billings spread); a range wider than these is the importer's other readings.
  public var ambiguityShares: [AmbiguityShare] = []
  /// Where the account was read first: file and 1-based line.
  public var source: (file: String, line: Int)
  /// Whether the id was read from a workbook cell holding a plain whole number, which cannot
  /// hold leading zeros (a customer list's; ``CustomerList/zeroPadded(_:_:_:)``).
  public var isIDWholeNumber = false
  /// A list's annualised value (`ACV`) on a term under 12 months, not read as a commitment, as
  /// a monthly amount: an add-on co-termed with a longer term commits it
  /// (``CustomerList/foldSuccessiveTerms(_:matches:asOf:file:)``; review 52, R52-14).
  var annualisedOnShortTerm: Int64?
  /// Shares of the as-of MRR by billing cadence when the account's live subscriptions are billed
  /// on two or more (``Company/billingMix``); empty otherwise.
  public var billingMix: [BillingCadence: Double] = [:]

  /// How a trial-status cell states a customer's trial.
  public enum TrialStatusCell: Sendable, Equatable {
    /// A status word (`none`, `active`, `converted`, `expired`, `trialing`, `paid`…): the
    /// trial's whole story.
    case word
    /// A yes/no answer to "in a trial now?": `no` says only that no trial is running, which a
    /// converted or expired trial agrees with.
    case answer
  }

  /// A status cell as written, and where: the finding that reads it names the cell.
  public struct StatedStatus: Sendable, Equatable {
    /// The cell as written (`Cancelled`).
    public var text: String
    /// The column's header as written (`Status`).
    public var column: String
    /// The file and 1-based line of the row that gave it.
    public var file: String
    public var line: Int
  }

  /// Creates an account with only an id; every term unknown.
  public init(id: String, name: String? = nil, source: (file: String, line: Int) = ("", 0)) {
    self.id = id
    self.name = name
    self.contractType = nil
    self.billingCadence = nil
    self.trialStatus = .none
    self.inferred = []
    self.rules = []
    self.source = source
  }

  /// Records that `rule` decided something about this account (once).
  public mutating func apply(_ rule: ImportRule) {
    if !rules.contains(rule) { rules.append(rule) }
  }

  public static func == (a: ImportedAccount, b: ImportedAccount) -> Bool {
    a.id == b.id && a.name == b.name && a.segment == b.segment && a.contractType == b.contractType
      && a.unreadContractType == b.unreadContractType
      && a.billingCadence == b.billingCadence && a.startDate == b.startDate
      && a.contractEndDate == b.contractEndDate && a.trialStatus == b.trialStatus
      && a.trialStatusCell == b.trialStatusCell
      && a.trialEndDate == b.trialEndDate && a.cancelDate == b.cancelDate
      && a.seatsPurchased == b.seatsPurchased && a.seatsActive == b.seatsActive
      && a.integrations == b.integrations && a.committedMRR == b.committedMRR && a.cac == b.cac
      && a.termMonths == b.termMonths
      && a.isPastDue == b.isPastDue && a.status == b.status && a.inferred == b.inferred
      && a.inferredFrom == b.inferredFrom
      && a.rules == b.rules && a.ambiguousMRR?.low == b.ambiguousMRR?.low
      && a.ambiguousMRR?.high == b.ambiguousMRR?.high && a.ambiguityShares == b.ambiguityShares
      && a.source.file == b.source.file
      && a.source.line == b.source.line && a.isIDWholeNumber == b.isIDWholeNumber
      && a.annualisedOnShortTerm == b.annualisedOnShortTerm
  }
}
