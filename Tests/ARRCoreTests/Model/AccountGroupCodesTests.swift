import Testing

@testable import ARRCore

/// `AccountGroupCodes`: each account's segment numbered by first appearance in account order
/// and its contract type's code, the same in eight account ranges as in one pass.
@Suite struct AccountGroupCodesTests {
  /// 50 accounts over 23 segment labels (more than the 16 `SegmentIndex` scans before hashing),
  /// a blank and a missing one among them, in an order where later ranges meet names earlier
  /// ranges have not.
  static let company: Company = {
    let labels: [String?] = (0..<20).map { "segment-\($0)" } + [nil, "", "late"]
    let types = ContractType.allCases
    let accounts = (0..<50).map { i in
      Account(
        id: "a\(i)", segment: labels[(i * 7 + i / 10) % labels.count],
        contractType: types[(i * 3) % types.count], billingCadence: .monthly,
        startDate: CivilDate(year: 2024, month: 1, day: 1)!)
    }
    let matrix = RevenueMatrix(
      accountCount: accounts.count, monthCount: 1, mrr: [Int64](repeating: 100, count: 50),
      usage: nil, oneTimeByMonth: [0])
    let first = Month(year: 2024, month: 1)
    return Company(
      profile: CompanyProfile(), accounts: accounts, firstMonth: first, asOf: first,
      revenue: matrix, accountColumns: Set(AccountColumn.allCases))
  }()

  /// The reference: one `SegmentIndex` over the accounts in order.
  @Test(arguments: [1, .max])
  func codesMatchOnePassInAccountOrder(parallelFrom: Int) {
    let codes = AccountGroupCodes(Self.company, parallelFrom: parallelFrom)
    var index = SegmentIndex()
    let numbers = Self.company.accounts.map { UInt32(index.index(of: $0.segment)) }
    #expect(codes.segment == numbers)
    #expect(codes.segmentNames == index.names)
    #expect(codes.segmentNames.contains(Account.noSegmentLabel))
    #expect(codes.contract == Self.company.accounts.map(\.contractType.code))
  }

  /// Ranges that each number their own names are renumbered by first appearance overall; a
  /// range whose numbers already agree is left as it is.
  @Test func mergeRenumbersByFirstAppearance() {
    // Range 0..<3 met ["b", "a"]; range 3..<5 met ["c", "a"]; range 5..<6 met ["b"].
    var numbers: [UInt32] = [0, 1, 0, 0, 1, 0]
    let names = SegmentIndex.merge(
      [["b", "a"], ["c", "a"], ["b"]], of: [0..<3, 3..<5, 5..<6], into: &numbers)
    #expect(names == ["b", "a", "c"])
    #expect(numbers == [0, 1, 0, 2, 1, 0])
  }
}
