import ARRCore

/// Headline and recurring ARR split by segment and by contract type.
///
/// Every split sums to the ladder's totals: Σ headline = ``ARRLadder/headline``,
/// Σ recurring = ``ARRLadder/recurring``, Σ accounts = ``ARRLadder/payingAccounts``.
public struct ARRSplit: Sendable, Equatable {
  /// One group of accounts.
  public struct Group: Sendable, Equatable {
    /// The segment name (``Account/noSegmentLabel`` when blank) or the contract type's raw value.
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
    compute(company, facts: .compute(company, segments: true), recurringMRR: recurringMRR)
  }

  /// The split from facts (with segments) and recurring MRR already computed for `company`.
  static func compute(
    _ company: Company, facts: AccountFacts, recurringMRR: [Int64]
  ) -> ARRSplit {
    precondition(recurringMRR.count == company.accountCount)
    let n = company.monthCount
    let revenue = company.revenue
    let types = ContractType.allCases
    let groups = facts.segmentNames.count
    let ranges = Concurrent.ranges(accounts: company.accountCount, cellsPerAccount: 1 << 4)
    let partials = Concurrent.map(ranges) { _, range in
      var segmentSums = [Sums](repeating: Sums(), count: groups)
      var typeSums = [Sums](repeating: Sums(), count: types.count)
      facts.segment.withUnsafeBufferPointer { segment in
        facts.contract.withUnsafeBufferPointer { contract in
          revenue.withStorage { storage in
            recurringMRR.withUnsafeBufferPointer { recurring in
              for i in range {
                let now = storage.mrr[i * storage.rowStride + n - 1]
                segmentSums[Int(segment[i])].add(now: now, recurring: recurring[i])
                typeSums[Int(contract[i])].add(now: now, recurring: recurring[i])
              }
            }
          }
        }
      }
      return (segments: segmentSums, types: typeSums)
    }
    var segmentTotals = [Sums](repeating: Sums(), count: groups)
    var typeTotals = [Sums](repeating: Sums(), count: types.count)
    for p in partials {
      for g in 0..<groups { segmentTotals[g].add(p.segments[g]) }
      for t in types.indices { typeTotals[t].add(p.types[t]) }
    }
    let bySegment = zip(facts.segmentNames, segmentTotals)
      .map { $1.group(name: $0) }
      .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    let byType = zip(types, typeTotals).filter { $0.1.members > 0 }
      .map { $1.group(name: $0.rawValue) }
    return ARRSplit(bySegment: bySegment, byContractType: byType)
  }

  /// Running sums of one group, in monthly cents.
  struct Sums: Sendable {
    var headline: Int64 = 0
    var recurring: Int64 = 0
    var accounts = 0
    var members = 0

    @inline(__always)
    mutating func add(now: Int64, recurring r: Int64) {
      headline += now
      recurring += r
      if now > 0 { accounts += 1 }
      members += 1
    }

    mutating func add(_ o: Sums) {
      headline += o.headline
      recurring += o.recurring
      accounts += o.accounts
      members += o.members
    }

    func group(name: String) -> Group {
      Group(name: name, headline: 12 * headline, recurring: 12 * recurring, accounts: accounts)
    }
  }
}
