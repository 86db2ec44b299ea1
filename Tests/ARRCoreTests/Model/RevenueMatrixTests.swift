import Testing

@testable import ARRCore

/// `RevenueMatrix`: a view of its first months shares storage (rows `rowStride` apart) and reads,
/// compares and changes exactly like the dense copy of those months.
@Suite struct RevenueMatrixTests {
  /// Three accounts × four months; cell (a, m) = 100·(a+1) + m, usage = 10·that.
  static func matrix(hasUsage: Bool = true) -> RevenueMatrix {
    let mrr = (0..<3).flatMap { a in (0..<4).map { m in Int64(100 * (a + 1) + m) } }
    return RevenueMatrix(
      accountCount: 3, monthCount: 4, mrr: mrr, usage: hasUsage ? mrr.map { 10 * $0 } : nil,
      oneTimeByMonth: [1, 2, 3, 4])
  }

  /// The dense matrix of the first `count` months, built cell by cell (the reference).
  static func denseCopy(_ m: RevenueMatrix, months count: Int) -> RevenueMatrix {
    let cells = (0..<m.accountCount).flatMap { a in
      (0..<count).map { m.mrr(account: a, month: $0) }
    }
    let usage = m.usage.map { _ in
      (0..<m.accountCount).flatMap { a in (0..<count).map { m.usage(account: a, month: $0) } }
    }
    return RevenueMatrix(
      accountCount: m.accountCount, monthCount: count, mrr: cells, usage: usage,
      oneTimeByMonth: Array(m.oneTimeByMonth.prefix(count)))
  }

  @Test(arguments: [0, 1, 2, 3, 4])
  func aViewReadsLikeItsDenseCopy(months: Int) {
    let full = Self.matrix()
    let view = full.prefix(months: months)
    let dense = Self.denseCopy(full, months: months)
    #expect(view.monthCount == months)
    #expect(view.rowStride == 4)
    #expect(view.mrr == dense.mrr)
    #expect(view.usage == dense.usage)
    #expect(view.oneTimeByMonth == Array([1, 2, 3, 4].prefix(months)))
    #expect(view == dense && dense == view)
    for a in 0..<3 {
      for m in -1...4 {
        #expect(view.mrr(account: a, month: m) == dense.mrr(account: a, month: m))
        #expect(view.usage(account: a, month: m) == dense.usage(account: a, month: m))
      }
    }
  }

  /// Cells are read from the storage at `a * rowStride + m`: account 2's month 1 of a two-month
  /// view is cell 9 of the four-month storage (301), not cell 5 (201).
  @Test func storageIsBorrowedWithTheFullRowStride() {
    let view = Self.matrix().prefix(months: 2)
    let (cell, stride) = view.withStorage { ($0.mrr[2 * $0.rowStride + 1], $0.rowStride) }
    #expect(stride == 4)
    #expect(cell == 301)
    #expect(view.withStorage { $0.usage?[2 * $0.rowStride + 1] } == 3_010)
    #expect(Self.matrix(hasUsage: false).prefix(months: 2).withStorage { $0.usage == nil })
    #expect(view.hasUsage && !Self.matrix(hasUsage: false).prefix(months: 2).hasUsage)
  }

  /// Changing a view gives it dense storage of its own; the full matrix is untouched.
  @Test func changingAViewLeavesTheFullMatrixAlone() {
    let full = Self.matrix()
    var view = full.prefix(months: 2)
    view.mrr[1 * 2 + 1] = 7
    view.usage![0] = 9
    #expect(view.rowStride == 2)
    #expect(view.mrr == [100, 101, 200, 7, 300, 301])
    #expect(view.usage == [9, 1_010, 2_000, 2_010, 3_000, 3_010])
    #expect(full == Self.matrix())
    #expect(full.mrr(account: 1, month: 1) == 201)
  }

  @Test func viewsDifferWhereTheirCellsDiffer() {
    var other = Self.matrix()
    other.mrr[3] = 0  // account 0, month 3: outside a three-month view
    #expect(other.prefix(months: 3) == Self.matrix().prefix(months: 3))
    other.mrr[2] = 0  // month 2: inside it
    #expect(other.prefix(months: 3) != Self.matrix().prefix(months: 3))
    #expect(Self.matrix().prefix(months: 3) != Self.matrix(hasUsage: false).prefix(months: 3))
  }
}
