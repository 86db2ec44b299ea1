import ARRCore

extension ImportLog {
  /// What a finding can move: the accounts it names (their ARR is added up when the import is
  /// converted, ``ImportedCompany/stakes(_:)``), an ARR figure the importer computed, or a doubt
  /// about every amount's unit (cents read as units). Every finding is a report finding
  /// (`import_finding`, `docs/findings.md`); its stake sets its severity and rank.
  public struct Stake: Sendable, Equatable {
    /// Ids of the accounts the finding is about; their ARR at the as-of month is its stake.
    public var accountIDs: [String] = []
    /// ARR at stake, in cents, when the importer computed it.
    public var arrCents: Int64?
    /// Whether the finding doubts the unit of every amount.
    public var isUnitDoubt = false
    /// Whether the finding reports a decision on how the file was read
    /// (``ImportFindingStake/isDecision``).
    public var isDecision = false
    /// The share of the as-of month's billed customers the finding leaves out of every figure,
    /// when their money cannot be weighed against the headline (``ImportFindingStake/customerShare``).
    public var customerShare: Double?

    /// Creates a stake.
    public init(
      accountIDs: [String] = [], arrCents: Int64? = nil, isUnitDoubt: Bool = false,
      isDecision: Bool = false
    ) {
      self.accountIDs = accountIDs
      self.arrCents = arrCents
      self.isUnitDoubt = isUnitDoubt
      self.isDecision = isDecision
    }
  }

  /// Appends the finding `text` with what it can move.
  /// - Parameters:
  ///   - text: The finding, as ``findings`` holds it.
  ///   - accounts: Ids of the accounts it is about (their as-of ARR is its stake).
  ///   - arrCents: ARR at stake, when computed here.
  ///   - isUnitDoubt: Whether it doubts the unit of every amount.
  ///   - customerShare: The share of the as-of month's billed customers it leaves out of every
  ///     figure, when their money cannot be weighed.
  public mutating func addFinding(
    _ text: String, accounts: [String] = [], arrCents: Int64? = nil, isUnitDoubt: Bool = false,
    customerShare: Double? = nil
  ) {
    findings.append(text)
    if !accounts.isEmpty || arrCents != nil || isUnitDoubt || customerShare != nil {
      var stake = Stake(accountIDs: accounts, arrCents: arrCents, isUnitDoubt: isUnitDoubt)
      stake.customerShare = customerShare
      stakes[text] = stake
    }
  }

  /// Appends the finding `text` reporting a decision on how the file was read (the day/month
  /// order from its rhythm, timestamps read as UTC month starts): no ARR is quoted beside it.
  public mutating func addDecision(_ text: String) {
    findings.append(text)
    stakes[text] = Stake(isDecision: true)
  }
}
