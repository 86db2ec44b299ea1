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
  }

  /// Account `a`'s MRR in month `m`: beyond `Int32` for the last account when `wide`, both ways
  /// (the usage is `-` it).
  static func value(_ a: Int, _ m: Int, accounts: Int, wide: Bool) -> Int64 {
    wide && a == accounts - 1 ? Int64(Int32.max) * Int64(m + 3) + 7 : Int64(a * 10 + m)
  }

  func layOut(hasUsage: Bool, accounts: Int, wide: Bool) throws {
    let first = Month(year: 2024, month: 1)
    let o = first.ordinal
    // No matrices, exactly the months, the middle month only, and a month more than read.
    for expected in [nil, o...(o + 2), (o + 1)...(o + 1), (o - 1)...(o + 2)] {
      let columns = MonthColumns(
        accountCount: accounts, hasUsage: hasUsage, activityCount: 1, expected: expected)
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
        for a in 0..<accounts {
          let v = Self.value(a, m, accounts: accounts, wide: wide)
          if MonthCells.write(v, mrr, mrrHigh, at: a * cells.stride) { beyond += 1 }
          if let usage = cells.usage, let usageHigh,
            MonthCells.write(-10 * v, usage, usageHigh, at: a * cells.stride)
          {
            beyond += 1
          }
          if a % 2 == 0 { activity[0][a * cells.activityStride] = Float(a + m) }
        }
        #expect(beyond == (wide ? (hasUsage ? 2 : 1) : 0))
      }
      let (mrrCells, usageCells) = columns.takeDense(
        from: first, through: first.adding(months: 2), isMRRWide: wide, isUsageWide: wide)
      #expect(mrrCells.isWide == wide && (usageCells?.isWide ?? wide) == wide)
      let (mrr, usage) = (mrrCells.values, usageCells?.values)
      let logins = columns.denseActivity(0, from: first, through: first.adding(months: 2))
      #expect(mrr.count == accounts * 3 && logins.count == accounts * 3)
      #expect((usage == nil) == !hasUsage)
      for a in [0, 1, accounts - 1] {
        let row = (a * 3)..<(a * 3 + 3)
        let v = { Self.value(a, $0, accounts: accounts, wide: wide) }
        #expect(Array(mrr[row]) == [v(0), 0, v(2)])
        if let usage { #expect(Array(usage[row]) == [-10 * v(0), 0, -10 * v(2)]) }
        let expectedLogins: [Float] =
          a % 2 == 0 ? [Float(a), .nan, Float(a + 2)] : [.nan, .nan, .nan]
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
