/// Headline and recurring ARR split by segment and by contract type.
///
/// Every split sums to the ladder's totals: Σ headline = ``ARRLadder/headline``,
/// Σ recurring = ``ARRLadder/recurring``, Σ accounts = ``ARRLadder/payingAccounts``.
public struct ARRSplit: Sendable, Equatable {
  /// One group of accounts.
  public struct Group: Sendable, Equatable {
    /// The segment name (``ARRSplit/noSegment`` when blank) or the contract type's raw value.
    public var name: String
    /// 12 × Σ as-of MRR, in cents.
    public var headline: Int64
    /// 12 × Σ recurring MRR, in cents.
    public var recurring: Int64
    /// Accounts with MRR > 0 in the as-of month.
    public var accounts: Int

    public init(name: String, headline: Int64, recurring: Int64, accounts: Int) {
      self.name = name
      self.headline = headline
      self.recurring = recurring
      self.accounts = accounts
    }
  }

  /// The name used for accounts without a segment.
  public static let noSegment = "(none)"

  /// One group per segment present among the accounts, ordered by name (byte order).
  public var bySegment: [Group]
  /// One group per contract type present among the accounts, in `ContractType.allCases` order.
  public var byContractType: [Group]

  public init(bySegment: [Group], byContractType: [Group]) {
    self.bySegment = bySegment
    self.byContractType = byContractType
  }

  /// The split of `company` at its as-of month.
  /// - Parameter company: The company.
  /// - Returns: The split.
  /// - Complexity: O(accounts × segments) for few segments, O(accounts) hashing beyond.
  public static func compute(_ company: Company) -> ARRSplit {
    compute(company, recurringMRR: RecurringRevenue.recurringMRR(of: company))
  }

  /// The split from per-account recurring MRR already computed for `company`.
  /// - Parameters:
  ///   - company: The company.
  ///   - recurringMRR: ``RecurringRevenue/recurringMRR(of:)`` of `company`.
  /// - Returns: The split.
  /// - Complexity: O(accounts × segments) for few segments, O(accounts) hashing beyond.
  public static func compute(_ company: Company, recurringMRR: [Int64]) -> ARRSplit {
    precondition(recurringMRR.count == company.accounts.count)
    let last = company.monthCount - 1
    let revenue = company.revenue
    var segments = SegmentIndex()
    var segmentSums: [(headline: Int64, recurring: Int64, accounts: Int, members: Int)] = []
    let types = ContractType.allCases
    var typeSums = [(headline: Int64, recurring: Int64, accounts: Int, members: Int)](
      repeating: (0, 0, 0, 0), count: types.count)
    for i in company.accounts.indices {
      let now = revenue.mrr(account: i, month: last)
      let paying = now > 0 ? 1 : 0
      let s = segments.index(of: company.accounts[i].segment)
      if s == segmentSums.count { segmentSums.append((0, 0, 0, 0)) }
      segmentSums[s].headline += now
      segmentSums[s].recurring += recurringMRR[i]
      segmentSums[s].accounts += paying
      segmentSums[s].members += 1
      let t = types.firstIndex(of: company.accounts[i].contractType)!
      typeSums[t].headline += now
      typeSums[t].recurring += recurringMRR[i]
      typeSums[t].accounts += paying
      typeSums[t].members += 1
    }
    let bySegment = zip(segments.names, segmentSums)
      .map {
        Group(
          name: $0, headline: 12 * $1.headline, recurring: 12 * $1.recurring,
          accounts: $1.accounts)
      }
      .sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
    let byType = zip(types, typeSums).filter { $0.1.members > 0 }
      .map {
        Group(
          name: $0.rawValue, headline: 12 * $1.headline, recurring: 12 * $1.recurring,
          accounts: $1.accounts)
      }
    return ARRSplit(bySegment: bySegment, byContractType: byType)
  }
}

/// Numbers segment names in order of first appearance without hashing every account's
/// string: a linear scan over the few names seen so far, then a dictionary past 16 names.
private struct SegmentIndex {
  var names: [String] = []
  private var lookup: [String: Int] = [:]
  private var last: (name: String, index: Int)?

  mutating func index(of segment: String?) -> Int {
    let name = segment.flatMap { $0.isEmpty ? nil : $0 } ?? ARRSplit.noSegment
    if let last, last.name == name { return last.index }
    let found: Int
    if names.count <= 16 {
      found = names.firstIndex(of: name) ?? add(name)
    } else {
      found = lookup[name] ?? add(name)
    }
    last = (name, found)
    return found
  }

  private mutating func add(_ name: String) -> Int {
    names.append(name)
    lookup[name] = names.count - 1
    return names.count - 1
  }
}
