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

/// Compact (`Int32`) and wide (`Int64`) cells: a matrix is compact exactly when every value of
/// it fits `Int32`, per matrix; values read, compare and change the same either way.
@Suite struct RevenueMatrixCellWidthTests {
  static let beyond = Int64(Int32.max) + 1

  static func matrix(mrr: [Int64], usage: [Int64]?) -> RevenueMatrix {
    RevenueMatrix(
      accountCount: 2, monthCount: 3, mrr: mrr, usage: usage, oneTimeByMonth: [0, 0, 0])
  }

  /// Cell by cell, every value of every account and month.
  static func cells(_ m: RevenueMatrix) -> [Int64] {
    (0..<m.accountCount).flatMap { a in (0..<m.monthCount).map { m.mrr(account: a, month: $0) } }
  }

  @Test func eachMatrixIsCompactExactlyWhenAllItsValuesFit() {
    let small: [Int64] = [0, 1, -2, Int64(Int32.max), Int64(Int32.min), 7]
    let big: [Int64] = [0, 1, 2, 3, 4, Self.beyond]
    let compact = Self.matrix(mrr: small, usage: small)
    #expect(!compact.isMRRWide && !compact.isUsageWide)
    // One cell beyond Int32 widens its own matrix, all of it; the other stays compact.
    let wideMRR = Self.matrix(mrr: big, usage: small)
    #expect(wideMRR.isMRRWide && !wideMRR.isUsageWide)
    let wideUsage = Self.matrix(mrr: small, usage: [Int64(Int32.min) - 1, 0, 0, 0, 0, 0])
    #expect(!wideUsage.isMRRWide && wideUsage.isUsageWide)
    // Values are never truncated.
    #expect(wideMRR.mrr == big && wideMRR.mrr(account: 1, month: 2) == Self.beyond)
    #expect(wideUsage.usage(account: 0, month: 0) == Int64(Int32.min) - 1)
    #expect(compact.mrr == small && compact.usage == small)
    #expect(Self.cells(compact) == small && Self.cells(wideMRR) == big)
    #expect(!Self.matrix(mrr: small, usage: nil).isUsageWide)
  }

  /// A compact matrix equals a wide one holding the same values, and not one that differs.
  @Test func equalityComparesValuesNotWidths() {
    let values: [Int64] = [5, 0, 7, 100, 0, 3]
    let compact = Self.matrix(mrr: values, usage: values)
    var wide = compact
    wide.setMRR(Self.beyond, account: 0, month: 0)
    wide.setUsage(Self.beyond, account: 0, month: 0)
    #expect(wide.isMRRWide && wide.isUsageWide)
    #expect(wide != compact)
    // Back to the same values: still wide, equal to the compact one, both ways.
    wide.setMRR(5, account: 0, month: 0)
    wide.setUsage(5, account: 0, month: 0)
    #expect(wide.isMRRWide && wide.isUsageWide)
    #expect(wide == compact && compact == wide)
    #expect(wide.prefix(months: 2) == compact.prefix(months: 2))
    wide.setUsage(6, account: 1, month: 2)
    #expect(wide != compact)
  }

  /// Setting a cell that does not fit widens the whole matrix and keeps every other value; a
  /// view changed that way gets its own storage and leaves the full matrix compact.
  @Test func aValueBeyondInt32WidensTheWholeMatrix() {
    let values: [Int64] = [1, 2, 3, 4, 5, 6]
    var m = Self.matrix(mrr: values, usage: nil)
    m.setMRR(-9, account: 1, month: 1)
    #expect(!m.isMRRWide && m.mrr == [1, 2, 3, 4, -9, 6])
    m.setMRR(Self.beyond, account: 0, month: 2)
    #expect(m.isMRRWide && m.mrr == [1, 2, Self.beyond, 4, -9, 6])
    let full = Self.matrix(mrr: values, usage: values)
    var view = full.prefix(months: 2)
    view.setUsage(Self.beyond, account: 1, month: 1)
    #expect(view.rowStride == 2 && view.isUsageWide && !full.isUsageWide)
    #expect(view.usage == [1, 2, 4, Self.beyond])
    #expect(full.usage == values)
  }

  /// The borrowed storage has the matrix's width; `withInt64s` reads a row of either width as
  /// `Int64`, and a view's rows are `rowStride` apart in both.
  @Test(arguments: [false, true])
  func storageOfEitherWidthReadsTheSameValues(wide: Bool) {
    let values: [Int64] = [10, 11, 12, 20, 21, wide ? Self.beyond : 22]
    let view = Self.matrix(mrr: values, usage: values).prefix(months: 2)
    view.withStorage { storage in
      switch storage.mrr {
      case .compact: #expect(!wide)
      case .wide: #expect(wide)
      }
      #expect(storage.rowStride == 3)
      #expect(storage.mrr[1 * 3 + 1] == 21 && storage.usage?[1 * 3 + 1] == 21)
      #expect(storage.mrr.withInt64s(3..<5) { Array($0) } == [20, 21])
      #expect(storage.usage!.withInt64s(0..<2) { Array($0) } == [10, 11])
      #expect(storage.mrr.withInt64s(4..<6) { Array($0) } == [21, values[5]])
    }
  }

  /// The money bound reads compact and wide cells alike.
  @Test func firstExcessIsTheSameForBothWidths() {
    let near = Money.maximumMRRCents / 2 + 1
    let wide = Self.matrix(mrr: [near, 0, 0, near, 0, 0], usage: nil)
    #expect(wide.isMRRWide)
    #expect(wide.firstExcess() == RevenueMatrix.Excess(figure: "total MRR", monthOffset: 0))
    let compact = Self.matrix(mrr: [1, 2, 3, 4, 5, 6], usage: nil)
    #expect(compact.firstExcess() == nil)
    #expect(compact.firstExcess(scaledBy: Double(Money.maximumMRRCents)) != nil)
  }

  /// The bound is checked in account ranges on every core (from 65,536 cells): 4,000 accounts ×
  /// 20 months, eight ranges of 500. Month 7 holds a quarter of the limit plus one cent in each
  /// of accounts 0, 1,000, 2,000 and 3,000 (four different ranges, none past the limit alone):
  /// only their sum passes it, and month 7 is named. Without the extra cents the sum is exactly
  /// the limit: no excess. A later month past it in one range (month 12, account 3,999) does not
  /// hide the earlier one.
  @Test func firstExcessAddsTheRangesTotals() {
    let accounts = 4_000
    let months = 20
    let quarter = Money.maximumMRRCents / 4
    func matrix(extra: Int64, late: Bool) -> RevenueMatrix {
      var mrr = [Int64](repeating: 1, count: accounts * months)
      for a in [0, 1_000, 2_000, 3_000] { mrr[a * months + 7] = quarter }
      mrr[7] = quarter + extra + Money.maximumMRRCents % 4 - 3_996
      if late { mrr[3_999 * months + 12] = Money.maximumMRRCents }
      return RevenueMatrix(
        accountCount: accounts, monthCount: months, mrr: mrr, usage: nil,
        oneTimeByMonth: [Int64](repeating: 0, count: months))
    }
    #expect(Concurrent.ranges(accounts: accounts, cellsPerAccount: months).count == 8)
    // Month 7: 4 × quarter + limit % 4 − 3,996 + the other 3,996 accounts' 1 cent = the limit:
    // not past it, but the sum over all months is.
    #expect(
      matrix(extra: 0, late: false).firstExcess()
        == RevenueMatrix.Excess(
          figure: "MRR plus one_time summed over every month", monthOffset: nil))
    #expect(
      matrix(extra: 1, late: false).firstExcess()
        == RevenueMatrix.Excess(figure: "total MRR", monthOffset: 7))
    #expect(
      matrix(extra: 1, late: true).firstExcess()
        == RevenueMatrix.Excess(figure: "total MRR", monthOffset: 7))
    #expect(
      matrix(extra: 0, late: true).firstExcess()
        == RevenueMatrix.Excess(figure: "total MRR", monthOffset: 12))
  }
}
