/// How an account is contracted (`docs/input.md`, `contract_type`).
public enum ContractType: String, Sendable, CaseIterable, Comparable {
  case multiYear = "multi_year"
  case annual
  case monthly
  case usage
  case pilot
  /// Not known: no column says it and the revenue's shape does not (see `docs/definitions.md`,
  /// "Unknown terms"). Never treated as monthly or as annual.
  case unknown

  /// True for terms that cannot be cancelled within the year (annual and multi-year); false
  /// for `unknown`, whose commitment is not known.
  public var isCommitted: Bool { self == .annual || self == .multiYear }

  /// Position in `allCases`, without a search: the index hot loops keep per account.
  package var code: UInt8 {
    switch self {
    case .multiYear: 0
    case .annual: 1
    case .monthly: 2
    case .usage: 3
    case .pilot: 4
    case .unknown: 5
    }
  }

  /// The type as a report's prose, tables and charts write it: `multi-year`, `annual`,
  /// `monthly`, `usage`, `pilot`, `unknown` (the input code `multi_year` is for files and JSON).
  public var label: String { self == .multiYear ? "multi-year" : rawValue }

  /// A group key that is a contract type's raw value, as the report writes it (``label``); any
  /// other key (a segment) as it is.
  public static func label(forKey key: String) -> String {
    ContractType(rawValue: key)?.label ?? key
  }

  public static func < (a: ContractType, b: ContractType) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// How often an account is billed (`docs/input.md`, `billing_cadence`).
public enum BillingCadence: String, Sendable, CaseIterable {
  case upfront
  case annual
  /// Billed every six months.
  case semiannual
  case quarterly
  case monthly
  case inArrears = "in_arrears"
  /// Not known (see `docs/definitions.md`, "Unknown terms").
  case unknown

  /// Position in `allCases`, without a search: the index hot loops keep per account.
  package var code: UInt8 {
    switch self {
    case .upfront: 0
    case .annual: 1
    case .semiannual: 2
    case .quarterly: 3
    case .monthly: 4
    case .inArrears: 5
    case .unknown: 6
    }
  }
}

/// Where an account stands with its trial (`docs/input.md`, `trial_status`).
public enum TrialStatus: String, Sendable, CaseIterable {
  case none
  case active
  case converted
  case expired
}

/// One row of `accounts.csv`: who the customer is and on what terms.
///
/// Optional fields are `nil` when the cell is empty or the column is absent; which columns
/// were present is recorded on ``Company/accountColumns``.
///
/// The terms and facts (contract type, cadence, dates, seats, …) are declared once, in
/// ``Terms``, and stored as ``terms``; `account.contractType` reads and writes them through
/// dynamic member lookup, so no field is restated here.
///
/// 96 bytes, a million of them kept for a whole analysis: the id is an ``AccountID`` (16 bytes,
/// no heap block for ids of up to 20 letters, digits, `_` and `-`) and the segment a
/// ``SegmentCode`` in the terms' spare bytes; ``id`` and ``segment`` read and write them as
/// strings.
@dynamicMemberLookup
public struct Account: Sendable, Equatable {
  @usableFromInline var storedID: AccountID
  public var name: String?
  /// The terms, with the segment's code in their spare bytes.
  @usableFromInline var storedTerms: Terms

  /// The account's id. A `String` made on each read (without allocating for ids of up to 15
  /// bytes); passes over every account that only write it read ``withUTF8ID(_:)``.
  @inlinable
  public var id: String {
    get { storedID.text }
    set { storedID = AccountID(newValue) }
  }

  /// The account's segment as given (`nil` when the cell is empty or the column absent).
  @inlinable
  public var segment: String? {
    get { storedTerms.segmentCode.name }
    set { storedTerms.segmentCode = SegmentCode(newValue) }
  }

  /// The account as prose names it: its name in quotes with its id, `"Delta Ltd, Inc" (C-004)`,
  /// or its id in quotes, `"C-004"`, when the data has no name for it or its name is its id (a
  /// cube keyed by name). A board reader sees whom a finding means without looking an id up
  /// (hostile trial 35, H35-16: page one said `"C-004"` left, the accounts table `Delta Ltd,
  /// Inc (C-004)`). Plain text: a report escapes it for its format.
  public var quotedLabel: String {
    guard let name = distinctName else { return "\"\(id)\"" }
    return "\"\(name)\" (\(id))"
  }

  /// The name a label shows beside the id: ``name`` when it is non-empty and not the id itself
  /// (a cube keyed by name: "Blueline Inc #10 (Blueline Inc #10)" said it twice; trial 22,
  /// T22-L3), else `nil` and the id stands alone. The one rule of every writer's "name (id)"
  /// (``quotedLabel``, the report's tables, the stress notes).
  public var distinctName: String? {
    guard let name, !name.isEmpty, name != id else { return nil }
    return name
  }

  /// The stored code of ``segment``, for writers that keep each segment's bytes.
  @inlinable package var segmentCode: SegmentCode { storedTerms.segmentCode }

  /// Every field but `id`, `name` and `segment` (see ``Terms`` for each one's meaning).
  /// Setting it leaves the segment as it is.
  @inlinable
  public var terms: Terms {
    get {
      var t = storedTerms
      t.segmentCode = .none
      return t
    }
    _modify {
      let code = storedTerms.segmentCode
      storedTerms.segmentCode = .none
      defer { storedTerms.segmentCode = code }
      yield &storedTerms
    }
  }

  /// Creates an account from its names and its terms.
  public init(id: String, name: String? = nil, segment: String? = nil, terms: Terms) {
    self.init(id: AccountID(id), name: name, segment: SegmentCode(segment), terms: terms)
  }

  /// Creates an account from its stored parts: for readers that code the ids and segments of
  /// many accounts (``AccountID/init(utf8:)``, ``SegmentCode/Cache``). Inlinable: as a call,
  /// the account was copied and destroyed once more per row of `accounts.csv`.
  @inlinable
  package init(id: AccountID, name: String?, segment: SegmentCode, terms: Terms) {
    self.storedID = id
    self.name = name
    self.storedTerms = terms
    self.storedTerms.segmentCode = segment
  }

  /// Calls `body` with the id's UTF-8 bytes, without making a `String` (``id``).
  @inlinable
  public func withUTF8ID<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try storedID.withUTF8(body)
  }

  /// Creates an account from every field, as one row of `accounts.csv` gives them: the names,
  /// then ``Terms/init(contractType:billingCadence:startDate:contractEndDate:trialStatus:trialEndDate:cancelDate:seatsPurchased:seatsActive:integrations:committedMRR:isPastDue:inferred:inferredFrom:)``'s
  /// parameters.
  public init(
    id: String, name: String? = nil, segment: String? = nil, contractType: ContractType,
    billingCadence: BillingCadence, startDate: CivilDate, contractEndDate: CivilDate? = nil,
    trialStatus: TrialStatus = .none, trialEndDate: CivilDate? = nil, cancelDate: CivilDate? = nil,
    seatsPurchased: Int? = nil, seatsActive: Int? = nil, integrations: Int? = nil,
    committedMRR: Int64? = nil, isPastDue: Bool? = nil, inferred: AccountFields = [],
    inferredFrom: Month? = nil
  ) {
    self.init(
      id: id, name: name, segment: segment,
      terms: Terms(
        contractType: contractType, billingCadence: billingCadence, startDate: startDate,
        contractEndDate: contractEndDate, trialStatus: trialStatus, trialEndDate: trialEndDate,
        cancelDate: cancelDate, seatsPurchased: seatsPurchased, seatsActive: seatsActive,
        integrations: integrations, committedMRR: committedMRR, isPastDue: isPastDue,
        inferred: inferred, inferredFrom: inferredFrom))
  }

  /// A field of the account's ``terms``: `account.contractType`, `account.cancelDate = …`.
  @inlinable
  public subscript<Value>(dynamicMember field: WritableKeyPath<Terms, Value>) -> Value {
    get { storedTerms[keyPath: field] }
    set { terms[keyPath: field] = newValue }
  }

  /// True when the contract type or the billing cadence is `unknown`.
  public var hasUnknownTerms: Bool {
    storedTerms.contractType == .unknown || storedTerms.billingCadence == .unknown
  }
}

/// The optional columns of `accounts.csv`, so later stages can tell "absent" from "empty".
public enum AccountColumn: String, Sendable, CaseIterable, Hashable {
  case name, segment
  case contractEndDate = "contract_end_date"
  case trialStatus = "trial_status"
  case trialEndDate = "trial_end_date"
  case cancelDate = "cancel_date"
  case seatsPurchased = "seats_purchased"
  case seatsActive = "seats_active"
  case integrations
  case committedMRR = "committed_mrr"
  case pastDue = "past_due"
}

extension Account {
  /// The one label of accounts without a segment (missing or blank), wherever segments are
  /// listed: curves, lifetime values, class mixes, the ARR split and the report's tables.
  public static let noSegmentLabel = "(no segment)"

  /// The account's segment, or ``noSegmentLabel`` when it has none.
  public var segmentLabel: String {
    if let segment, !segment.isEmpty { return segment }
    return Self.noSegmentLabel
  }
}
