import ARRCore

/// The few account fields the metrics read, packed into flat arrays in one pass over the
/// accounts, so later loops touch bytes instead of whole `Account` values (an `Account` is
/// over a hundred bytes; at a million accounts each extra pass over them costs ~10 ms).
struct AccountFacts: Sendable {
  /// ``RecurringRevenue/Treatment`` raw value per account.
  var treatment: [UInt8]
  /// Position of the contract type in `ContractType.allCases` per account.
  var contract: [UInt8]
  /// `committed_mrr` clamped at 0, or −1 when the account has none.
  var minimum: [Int64]
  /// 1 when the account's commitment is over: a `cancel_date` is set (notice given, or gone),
  /// or its `contract_end_date` is before the as-of month (the term lapsed; a term ending within
  /// the as-of month is at its renewal, not lapsed).
  var isCommitmentOver: [UInt8]
  /// Index into ``segmentNames`` per account (empty when segments were not asked for).
  var segment: [UInt32]
  /// Segment names in order of first appearance; blank and missing are ``Account/noSegmentLabel``.
  var segmentNames: [String]

  /// Packs the facts of `company`'s accounts; reads segments only when `segments` is set.
  /// - Complexity: O(accounts), split across cores.
  static func compute(_ company: Company, segments: Bool) -> AccountFacts {
    let count = company.accountCount
    let ranges = Concurrent.ranges(accounts: count, cellsPerAccount: 1 << 4)
    var treatment = [UInt8](repeating: 0, count: count)
    var contract = [UInt8](repeating: 0, count: count)
    var minimum = [Int64](repeating: 0, count: count)
    var over = [UInt8](repeating: 0, count: count)
    var segment = [UInt32](repeating: 0, count: segments ? count : 0)
    let monthStart = CivilDate.firstDay(of: company.asOf)
    // One pass over the accounts: reading them is memory-bound, so every field is read at once.
    // Each chunk numbers the segment names it meets; the lists are merged below.
    let localNames = treatment.withUnsafeMutableBufferPointer { t in
      contract.withUnsafeMutableBufferPointer { c in
        minimum.withUnsafeMutableBufferPointer { m in
          over.withUnsafeMutableBufferPointer { o in
            segment.withUnsafeMutableBufferPointer { s in
              let (t, c, m, s) = (
                SharedBuffer(t), SharedBuffer(c), SharedBuffer(m), SharedBuffer(s)
              )
              let o = SharedBuffer(o)
              return Concurrent.map(ranges) { _, range in
                var index = SegmentIndex()
                // Borrowed rows: `a[i].trialStatus` (the dynamic member) copied the whole
                // account per field, and an earlier view's terms are rolled back as read.
                company.withAccountRows { accounts in
                  for i in range {
                    let a = accounts.terms(i)
                    t[i] =
                      RecurringRevenue.treatment(trial: a.trialStatus, contract: a.contractType)
                      .rawValue
                    c[i] = a.contractType.code
                    m[i] = a.committedMRR.map { max($0, 0) } ?? -1
                    let lapsed = a.contractEndDate.map { $0 < monthStart } ?? false
                    o[i] = a.cancelDate != nil || lapsed ? 1 : 0
                    if segments { s[i] = UInt32(index.index(of: accounts.segment(i))) }
                  }
                }
                return index.names
              }
            }
          }
        }
      }
    }
    // Merging in chunk order numbers the names by first appearance in account order.
    let names = segments ? SegmentIndex.merge(localNames, of: ranges, into: &segment) : []
    return AccountFacts(
      treatment: treatment, contract: contract, minimum: minimum, isCommitmentOver: over,
      segment: segment,
      segmentNames: names)
  }
}
