extension Account {
  /// An account's terms and facts without its names: everything a signal reads, in a value
  /// that copies without reference counting (an ``Account`` holds its name and its id). The one
  /// declaration of these fields: ``Account`` stores them as ``Account/terms`` and reads them
  /// through dynamic member lookup.
  ///
  /// Its optionals are ``Packed``: 64 bytes instead of 104, for a million accounts kept and
  /// copied in every pass.
  ///
  /// The fields are declared in an order that leaves no padding but four bytes (the one-byte
  /// fields, then the four-byte ones, then the eight-byte ones), and those four hold the
  /// account's segment (``Account/segment``): 64 bytes, so an ``Account`` is 96.
  public struct Terms: Sendable, Equatable {
    public var contractType: ContractType
    public var billingCadence: BillingCadence
    public var trialStatus: TrialStatus
    public var isPastDue: Bool?
    public var startDate: CivilDate
    @Packed public var contractEndDate: CivilDate?
    @Packed public var trialEndDate: CivilDate?
    @Packed public var cancelDate: CivilDate?
    /// The month from which the data supports the inferred contract type, cadence, end date and
    /// committed MRR (an importer's `inferred_from`); an earlier view (the backtest) treats them as unknown,
    /// so no inference looks ahead. `nil` when they hold from the account's first month.
    @Packed public var inferredFrom: Month?
    /// Storage of the account's segment (``Account/segment``), not a term: ``SegmentCode/none``
    /// in every `Terms` made or read (``Account/terms`` clears it), set only inside an
    /// ``Account``.
    @usableFromInline var segmentCode: SegmentCode = .none
    /// Fields that were inferred rather than read (the `inferred` column of `accounts.csv`).
    public var inferred: AccountFields
    @Packed public var seatsPurchased: Int?
    @Packed public var seatsActive: Int?
    @Packed public var integrations: Int?
    /// Contractual monthly minimum, in cents.
    @Packed public var committedMRR: Int64?

    @inlinable
    public init(
      contractType: ContractType, billingCadence: BillingCadence, startDate: CivilDate,
      contractEndDate: CivilDate? = nil, trialStatus: TrialStatus = .none,
      trialEndDate: CivilDate? = nil, cancelDate: CivilDate? = nil, seatsPurchased: Int? = nil,
      seatsActive: Int? = nil, integrations: Int? = nil, committedMRR: Int64? = nil,
      isPastDue: Bool? = nil, inferred: AccountFields = [], inferredFrom: Month? = nil
    ) {
      self.contractType = contractType
      self.billingCadence = billingCadence
      self.startDate = startDate
      self.contractEndDate = contractEndDate
      self.trialStatus = trialStatus
      self.trialEndDate = trialEndDate
      self.cancelDate = cancelDate
      self.seatsPurchased = seatsPurchased
      self.seatsActive = seatsActive
      self.integrations = integrations
      self.committedMRR = committedMRR
      self.isPastDue = isPastDue
      self.inferred = inferred
      self.inferredFrom = inferredFrom
    }

    /// Removes, in place, the dated events after `cutoff`: a cancellation dated later has not
    /// happened, and a trial that ends later is still active. The only rule that applies at the
    /// data's own as-of month too (a scheduled cancellation is not yet one).
    @usableFromInline
    mutating func rollBackEvents(to cutoff: CivilDate) {
      if let c = cancelDate, c > cutoff { cancelDate = nil }
      if trialStatus != .none, let end = trialEndDate, end > cutoff { trialStatus = .active }
    }

    /// Removes, in place, what was not known on `cutoff` (the rules of
    /// ``Account/known(atEndOf:dataAsOf:)``, which this is the one home of): the dated events
    /// (``rollBackEvents(to:)``), inferred terms, the current term's end and the snapshot facts.
    @usableFromInline
    mutating func rollBack(to cutoff: CivilDate) {
      // Inferred terms the data did not yet support are unknown then (no look-ahead).
      if let from = inferredFrom, from > cutoff.month {
        if inferred.contains(.contractType) { contractType = .unknown }
        if inferred.contains(.billingCadence) { billingCadence = .unknown }
        if inferred.contains(.contractEndDate) { contractEndDate = nil }
        if inferred.contains(.committedMRR) { committedMRR = nil }
      }
      rollBackEvents(to: cutoff)
      if let end = contractEndDate, end > cutoff {
        contractEndDate = Account.rolledBack(end, to: cutoff, termMonths: contractType.termMonths)
      }
      seatsPurchased = nil
      seatsActive = nil
      integrations = nil
      isPastDue = nil
    }
  }

  /// The account's terms as known at the end of `month`, when the data runs to `asOf`:
  /// ``known(atEndOf:dataAsOf:)`` without copying the names.
  /// - Parameters:
  ///   - month: The month whose end is the cutoff.
  ///   - asOf: The last month of the data the account was read with.
  /// - Returns: The terms with later facts removed.
  @inlinable
  public func terms(knownAtEndOf month: Month, dataAsOf asOf: Month) -> Terms {
    terms(rolledBackTo: month < asOf ? CivilDate.lastDay(of: month) : nil)
  }

  /// The account's terms as known on `cutoff`, or as they are when `cutoff` is `nil`: for a
  /// loop over accounts that works the cutoff out once.
  /// - Parameter cutoff: The last day known, before the data's end; `nil` at the data's end.
  /// - Returns: The terms with later facts removed.
  @inlinable
  public func terms(rolledBackTo cutoff: CivilDate?) -> Terms {
    var t = terms
    if let cutoff { t.rollBack(to: cutoff) }
    return t
  }
}
