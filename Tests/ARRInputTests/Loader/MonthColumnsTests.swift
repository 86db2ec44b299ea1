import ARRCore
import Testing

@testable import ARRInput

/// ``MonthColumns``: cells written straight into the matrices (``MonthColumns/dense``) or into
/// columns of their own months (MRR and usage side by side), laid out as the account × month
/// matrices, with and without usage (one lane), months never written left zero and activity
/// never written `nan`; compact (`Int32`) unless a value written does not fit, then wide with
/// every value exact.
@Suite struct MonthColumnsTests {
  @Test(arguments: [false, true], [3, 70_000])
  func cellsLayOutAsTheMatrices(hasUsage: Bool, accounts: Int) throws {
    for wide in [false, true] {
      try layOut(hasUsage: hasUsage, accounts: accounts, wide: wide)
    }
    // Activity written compact (whole numbers at scale 1), one value it cannot hold.
    try layOut(hasUsage: hasUsage, accounts: accounts, wide: false, activityScale: 0)
  }

  /// Account `a`'s MRR in month `m`: beyond `Int32` for the last account when `wide`, both ways
  /// (the usage is `-` it).
  static func value(_ a: Int, _ m: Int, accounts: Int, wide: Bool) -> Int64 {
    wide && a == accounts - 1 ? Int64(Int32.max) * Int64(m + 3) + 7 : Int64(a * 10 + m)
  }

  /// Account `a`'s activity in month `m` (written for even accounts): whole numbers, but half a
  /// login for account 2 in month 2, which two-byte cells at scale 1 cannot hold (nor numbers
  /// beyond 32,767).
  static func activity(_ a: Int, _ m: Int) -> Float { a == 2 && m == 2 ? 4.5 : Float(a + m) }

  func layOut(hasUsage: Bool, accounts: Int, wide: Bool, activityScale: Int? = nil) throws {
    let first = Month(year: 2024, month: 1)
    let o = first.ordinal
    // No matrices, exactly the months, the middle month only, and a month more than read.
    for expected in [nil, o...(o + 2), (o + 1)...(o + 1), (o - 1)...(o + 2)] {
      let columns = MonthColumns(
        accountCount: accounts, hasUsage: hasUsage, activityCount: 1, expected: expected,
        activityScales: [activityScale])
      #expect(columns.activityScales == [expected == nil ? nil : activityScale])
      #expect(columns.lanes == (hasUsage ? 2 : 1))
      #expect((columns.dense == nil) == (expected == nil))
      // Months 0 and 2 are written; month 1 has no row.
      for m in [0, 2] {
        let cells = try #require(columns.cells(Int(first.adding(months: m).ordinal)))
        let mrr = try #require(cells.mrr)
        let activity = try #require(cells.activity)
        #expect((cells.usage == nil) == !hasUsage)
        let (mrrHigh, usageHigh) = (try #require(cells.mrrHigh), cells.usageHigh)
        var beyond = 0
        var overflows = 0
        for a in 0..<accounts {
          let v = Self.value(a, m, accounts: accounts, wide: wide)
          if MonthCells.write(v, mrr, mrrHigh, at: a * cells.stride) { beyond += 1 }
          if let usage = cells.usage, let usageHigh,
            MonthCells.write(-10 * v, usage, usageHigh, at: a * cells.stride)
          {
            beyond += 1
          }
          if a % 2 == 0, activity[0].write(Self.activity(a, m), at: a * cells.activityStride) {
            overflows += 1
          }
        }
        #expect(beyond == (wide ? (hasUsage ? 2 : 1) : 0))
        // Only a compact matrix's month (not a month of its own) holds two-byte cells.
        let isCompact = activity[0].compact != nil
        // The half, and beyond 32,767 (70,000 accounts) whole numbers too.
        let misfits = (0..<accounts).filter {
          $0 % 2 == 0 && ActivityColumn.encode(Self.activity($0, m), scale: 1) == nil
        }
        #expect(overflows == (isCompact ? misfits.count : 0))
        #expect(misfits.contains(2) == (m == 2))
      }
      let (mrrCells, usageCells) = columns.takeDense(
        from: first, through: first.adding(months: 2), isMRRWide: wide, isUsageWide: wide)
      #expect(mrrCells.isWide == wide && (usageCells?.isWide ?? wide) == wide)
      let (mrr, usage) = (mrrCells.values, usageCells?.values)
      let column = columns.activityColumn(
        0, name: "logins", from: first, through: first.adding(months: 2), isCompact: false)
      #expect(!column.isCompact)
      let logins = column.values
      #expect(mrr.count == accounts * 3 && logins.count == accounts * 3)
      #expect((usage == nil) == !hasUsage)
      for a in [0, 1, accounts - 1] {
        let row = (a * 3)..<(a * 3 + 3)
        let v = { Self.value(a, $0, accounts: accounts, wide: wide) }
        #expect(Array(mrr[row]) == [v(0), 0, v(2)])
        if let usage { #expect(Array(usage[row]) == [-10 * v(0), 0, -10 * v(2)]) }
        let expectedLogins: [Float] =
          a % 2 == 0 ? [Self.activity(a, 0), .nan, Self.activity(a, 2)] : [.nan, .nan, .nan]
        #expect(logins[row].map(\.bitPattern) == expectedLogins.map(\.bitPattern))
      }
    }
  }

  /// Both halves give every `Int64` back exactly, the low half alone every `Int32`.
  @Test func writtenValuesReadBackExactly() {
    let values: [Int64] = [
      0, 1, -1, Int64(Int32.max), Int64(Int32.min), Int64(Int32.max) + 1, Int64(Int32.min) - 1,
      1 << 32, -(1 << 32), (1 << 32) + (1 << 31), Int64.max, Int64.min, Int64.max - (1 << 31),
      768_614_336_404_564_650,
    ]
    var low = [Int32](repeating: 0, count: values.count)
    var high = [Int32](repeating: 0, count: values.count)
    low.withUnsafeMutableBufferPointer { low in
      high.withUnsafeMutableBufferPointer { high in
        for (i, v) in values.enumerated() {
          let isBeyond = MonthCells.write(v, low.baseAddress!, high.baseAddress!, at: i)
          #expect(isBeyond == (Int32(exactly: v) == nil))
          #expect(isBeyond || (high[i] == 0 && Int64(low[i]) == v))
          #expect(MonthCells.read(low.baseAddress!, high.baseAddress!, at: i) == v)
        }
      }
    }
  }
}
