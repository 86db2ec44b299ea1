/// What an importer read, skipped and inferred: the part of its log that reaches the reports
/// (the JSON `import` object and the data-quality section). `nil` on ``DataQuality/imported`` for
/// a native company folder. Definitions: `docs/import.md`.
public struct ImportSummary: Sendable, Equatable {
  /// A source line left out of the data, with why (a bad row, a title line, a totals row…).
  public struct Skip: Sendable, Equatable {
    public var file: String
    /// 1-based physical line.
    public var line: Int
    public var reason: String
    public init(file: String, line: Int, reason: String) {
      self.file = file
      self.line = line
      self.reason = reason
    }
  }

  /// How many accounts one inference rule decided, and the headline ARR of those accounts.
  public struct RuleCount: Sendable, Equatable {
    /// The rule's stable name (`docs/import.md`), e.g. `rhythm_12_annual`.
    public var rule: String
    public var accounts: Int
    /// Headline ARR (12 × MRR at the as-of month) of the accounts it decided, in cents.
    public var arrCents: Int64
    public init(rule: String, accounts: Int, arrCents: Int64) {
      self.rule = rule
      self.accounts = accounts
      self.arrCents = arrCents
    }
  }

  /// One kind of ambiguous choice behind ``ambiguousARRLow`` … ``ambiguousARRHigh``, priced
  /// alone (session 18, report, P3: page one quoted the range with no reason beside it).
  public struct AmbiguousChoice: Sendable, Equatable {
    /// A stable code (`single_payment_size`, `values_guess`, …; docs/import.md).
    public var code: String
    /// The choice in words, as the reports print it.
    public var words: String
    /// Accounts whose as-of MRR it moves; 0 for a reading of a whole file.
    public var accounts: Int
    /// Headline ARR with this choice alone at its lowest / highest alternative, in cents.
    public var arrLow: Int64
    public var arrHigh: Int64
    public init(code: String, words: String, accounts: Int, arrLow: Int64, arrHigh: Int64) {
      self.code = code
      self.words = words
      self.accounts = accounts
      self.arrLow = arrLow
      self.arrHigh = arrHigh
    }
  }

  /// The source's shape: `cube`, `ledger`, `stripe-subscriptions`, `stripe-invoices`.
  public var shape: String
  /// How cells were read: `mrr` or `billings`.
  public var values: String
  /// Why `values` was chosen (given, or what `--values auto` saw).
  public var valuesReason: String
  /// Whether `--values auto` chose `values` on thin evidence: the other reading is in the
  /// ambiguous range, and the report's import line says the reading was a guess (review 13,
  /// F4).
  public var isValuesGuess = false
  /// Whether a ledger's amounts were read as written beside a discount column with a discount
  /// on some line: the reading net of the discounts is priced in the headline's range only,
  /// and the figures built account by account (concentration, churn) rest on the amounts
  /// before the discounts (review 13, F24; session 16, report).
  public var isBeforeDiscounts = false
  /// Whether the revenue history comes from a snapshot of current amounts: a subscriptions
  /// table with one row per customer, a start and no end, each customer's current price carried
  /// back to its start (`snapshot_history`; session 17, import2 lane).
  public var isSnapshot = false
  /// The files read, as given.
  public var sourceFiles: [String]
  /// Non-blank records other than headers, over every file: `rowsUsed + rowsSkipped`.
  public var rowsRead: Int
  public var rowsUsed: Int
  /// Rows left out, title, totals and footnote lines included (each in ``skipped`` with why).
  public var rowsSkipped: Int
  /// The skipped rows, in file then line order (the first ``DataQuality/skippedSampleLimit``).
  public var skipped: [Skip]
  /// Accounts whose field was inferred, per field.
  public var inferredContractType: Int
  public var inferredBillingCadence: Int
  public var inferredStartDate: Int
  public var inferredContractEndDate: Int
  /// Accounts whose contract type / billing cadence stays unknown.
  public var unknownContractType: Int
  public var unknownBillingCadence: Int
  /// Accounts and ARR per inference rule, in rule order.
  public var rules: [RuleCount]
  /// Headline ARR with every ambiguous choice at its lowest / highest alternative, in cents.
  public var ambiguousARRLow: Int64
  public var ambiguousARRHigh: Int64
  /// The choices behind that range, each priced alone, the widest first (ties by code). Their
  /// moves need not sum to the range's: an account meets several, and its range stops at zero.
  public var ambiguousChoices: [AmbiguousChoice] = []
  /// Committed ARR that rests on single payments read as terms by their size (rule
  /// `single_payment_term_by_size`): 12 × the as-of MRR of accounts whose committed contract
  /// type and end the import inferred from one payment, ending in the as-of month or later, in
  /// cents. Read as one month's revenue each, these payments commit nothing, so committed ARR
  /// would be about this much lower (render review 38, R38-3: billings' $9.18M of $19.3M).
  public var singlePaymentCommittedARR: Int64 = 0
  /// Billed but not yet earned at the as-of month, in cents.
  public var deferredCents: Int64
  /// Rounding residual of even spreads (under a cent per spread month), in cents.
  public var residualCents: Int64
  /// Findings and notes in words (totals that differ, rows summed, rules that applied…).
  public var notes: [String]

  public init(
    shape: String, values: String, valuesReason: String = "", sourceFiles: [String] = [],
    rowsRead: Int = 0, rowsUsed: Int = 0, rowsSkipped: Int = 0, skipped: [Skip] = [],
    inferredContractType: Int = 0, inferredBillingCadence: Int = 0, inferredStartDate: Int = 0,
    inferredContractEndDate: Int = 0, unknownContractType: Int = 0, unknownBillingCadence: Int = 0,
    rules: [RuleCount] = [], ambiguousARRLow: Int64 = 0, ambiguousARRHigh: Int64 = 0,
    deferredCents: Int64 = 0, residualCents: Int64 = 0, notes: [String] = []
  ) {
    self.shape = shape
    self.values = values
    self.valuesReason = valuesReason
    self.sourceFiles = sourceFiles
    self.rowsRead = rowsRead
    self.rowsUsed = rowsUsed
    self.rowsSkipped = rowsSkipped
    self.skipped = skipped
    self.inferredContractType = inferredContractType
    self.inferredBillingCadence = inferredBillingCadence
    self.inferredStartDate = inferredStartDate
    self.inferredContractEndDate = inferredContractEndDate
    self.unknownContractType = unknownContractType
    self.unknownBillingCadence = unknownBillingCadence
    self.rules = rules
    self.ambiguousARRLow = ambiguousARRLow
    self.ambiguousARRHigh = ambiguousARRHigh
    self.deferredCents = deferredCents
    self.residualCents = residualCents
    self.notes = notes
  }
}
