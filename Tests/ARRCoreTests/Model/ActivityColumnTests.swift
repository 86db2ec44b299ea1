import Testing

@testable import ARRCore

/// ``ActivityColumn``: an earlier view shares the full column's cells and reads like the rows
/// it keeps, copied.
@Suite struct ActivityColumnTests {
  /// Three accounts × four months, cell `a × 10 + m`, account 1's month 2 missing.
  static let column: ActivityColumn = {
    var v = (0..<3).flatMap { a in (0..<4).map { m in Float(a * 10 + m) } }
    v[1 * 4 + 2] = .nan
    return ActivityColumn(name: "logins", values: v)
  }()

  /// The first `count` months of every account, copied: what a view must read as.
  static func rows(_ v: [Float], stride: Int, count: Int) -> [Float] {
    (0..<(v.count / stride)).flatMap { v[($0 * stride)..<($0 * stride + count)] }
  }

  static func bits(_ v: [Float]) -> [UInt32] { v.map(\.bitPattern) }

  @Test(arguments: [1, 2, 3, 4])
  func aViewReadsLikeItsRowsCopied(months: Int) {
    let full = Self.column.values
    let view = Self.column.prefix(months: months, of: 4)
    #expect(Self.bits(view.values) == Self.bits(Self.rows(full, stride: 4, count: months)))
    view.withCells(monthCount: months) { cells, stride in
      #expect(stride == 4 && cells.count == full.count)
      for a in 0..<3 {
        for m in 0..<months {
          #expect(cells[a * stride + m].bitPattern == full[a * 4 + m].bitPattern)
        }
      }
    }
    // A view of a view keeps the first stride: its rows are still 4 cells apart.
    let twice = view.prefix(months: 1, of: months)
    #expect(Self.bits(twice.values) == Self.bits(Self.rows(full, stride: 4, count: 1)))
    twice.withCells(monthCount: 1) { _, stride in #expect(stride == 4) }
  }

  @Test func aDenseColumnStepsByTheCompanysMonths() {
    Self.column.withCells(monthCount: 4) { cells, stride in
      #expect(stride == 4 && cells.count == 12)
    }
  }

  /// Changing a view gives it cells of its own; the full column is untouched.
  @Test func changingAViewCopiesItsRowsFirst() {
    var view = Self.column.prefix(months: 2, of: 4)
    view.values[0] = 99
    #expect(view.values == [99, 1, 10, 11, 20, 21])
    view.withCells(monthCount: 2) { cells, stride in #expect(stride == 2 && cells.count == 6) }
    #expect(Self.column.values[0] == 0)
    #expect(view == ActivityColumn(name: "logins", values: [99, 1, 10, 11, 20, 21]))
  }
}

/// ``ActivityColumn/compact()``: two-byte cells where every value comes back bit for bit, the
/// `Float` cells otherwise; reads, views, changes and equality are the same either way.
@Suite struct CompactActivityColumnTests {
  static func bits(_ v: [Float]) -> [UInt32] { v.map(\.bitPattern) }

  /// `values` compacted, checked to read back exactly; whether it was compact.
  static func compacted(_ values: [Float]) -> ActivityColumn {
    var column = ActivityColumn(name: "logins", values: values)
    column.compact()
    #expect(bits(column.values) == bits(values))
    column.withCells(monthCount: 1) { cells, _ in
      #expect((0..<values.count).allSatisfy { cells[$0].bitPattern == values[$0].bitPattern })
      cells.withFloats(0..<values.count) { #expect(bits(Array($0)) == bits(values)) }
    }
    return column
  }

  @Test func wholeNumbersOneAndTwoDecimalsAreCompact() {
    #expect(Self.compacted([0, 1, 933, .nan, -4, 32767, -32767]).isCompact)
    // Parsed as a loader parses them: the nearest `Float` to the decimal.
    #expect(Self.compacted(["78.5", "74.7", "0.1", "-3.3", "100"].map { Float($0)! }).isCompact)
    #expect(Self.compacted(["3.25", "0.01", "-327.67"].map { Float($0)! }).isCompact)
    #expect(Self.compacted([.nan, .nan]).isCompact)
  }

  @Test func anythingElseStaysFloat() {
    for odd: Float in [0.001, 32768, -32768, 1e9, -0.0, .infinity, 1.0 / 3] {
      #expect(!Self.compacted([1, 2, odd, 3]).isCompact, "\(odd)")
    }
    #expect(!Self.compacted([]).isCompact)
  }

  /// Every two-byte integer at every scale reads back as itself, and the table holds what
  /// ``ActivityColumn/decode(_:scale:)`` gives.
  @Test func everyCellRoundTrips() {
    for scale: Float in [1, 10, 100] {
      let table = ActivityColumn.decodeTable(scale: scale)
      table.withUnsafeBufferPointer { t in
        let wrong = (-32767...32767).first { n in
          let value = ActivityColumn.decode(Int16(n), scale: scale)
          return t[ActivityColumn.slot(Int16(n))].bitPattern != value.bitPattern
            || ActivityColumn.encode(value, scale: scale, table: t) != Int16(n)
        }
        #expect(wrong == nil, "scale \(scale)")
        #expect(t[ActivityColumn.slot(ActivityColumn.missingCell)].isNaN)
        #expect(ActivityColumn.encode(.nan, scale: scale, table: t) == ActivityColumn.missingCell)
      }
    }
  }

  /// The loader's rule (``ActivityColumn/encode(_:scale:)``, no table) gives the cell
  /// ``compact()``'s rule gives, and ``ActivityColumn/servedScales(_:among:)`` names the scales
  /// ``compact()`` may choose: the first it serves is the one a column of that value alone gets.
  @Test func theLoadersRuleIsCompactsRule() {
    let values: [Float] =
      [
        0, -0.0, 1, -1, 933, 32767, -32767, 32768, 3276.7, 327.67, 0.5, 78.5, 0.001, 1.0 / 3, .nan,
        .infinity, -.infinity, 1e9,
      ]
      + ["74.7", "0.1", "-3.3", "3.25", "0.01", "-327.67", "0.125"].map { Float($0)! }
    for scale in ActivityColumn.scales {
      ActivityColumn.decodeTable(scale: scale).withUnsafeBufferPointer { t in
        for v in values {
          #expect(
            ActivityColumn.encode(v, scale: scale)
              == ActivityColumn.encode(v, scale: scale, table: t),
            "\(v) at \(scale)")
        }
      }
    }
    for v in values {
      let served = ActivityColumn.servedScales(v)
      #expect(ActivityColumn.servedScales(v, among: 0b010) == served & 0b010)
      var column = ActivityColumn(name: "x", values: [v, 1])
      column.compact()
      #expect(column.isCompact == (served != 0), "\(v)")
      guard served != 0 else { continue }
      let scale = ActivityColumn.scales[served.trailingZeroBitCount]
      column.withCells(monthCount: 1) { cells, _ in
        guard case .compact(let c, let table) = cells else { return }
        #expect(c[0] == ActivityColumn.encode(v, scale: scale), "\(v)")
        #expect(table[ActivityColumn.slot(100)] == 100 / scale)
      }
    }
  }

  /// A column long enough to be converted on every core, with one cell that does not fit in
  /// its last piece: it stays `Float`; without that cell it is compact.
  @Test func aLargeColumnIsCheckedToItsLastCell() {
    var values = (0..<200_000).map { Float($0 % 1000) }
    values[7] = .nan
    #expect(Self.compacted(values).isCompact)
    values[199_999] = 0.001
    #expect(!Self.compacted(values).isCompact)
    values[199_999] = 40_000
    #expect(!Self.compacted(values).isCompact)
  }

  @Test(arguments: [1, 2, 3, 4])
  func aViewOfACompactColumnReadsLikeItsRowsCopied(months: Int) {
    var column = ActivityColumnTests.column
    column.compact()
    #expect(column.isCompact)
    let full = ActivityColumnTests.column.values
    let view = column.prefix(months: months, of: 4)
    let rows = ActivityColumnTests.rows(full, stride: 4, count: months)
    #expect(Self.bits(view.values) == Self.bits(rows))
    view.withCells(monthCount: months) { cells, stride in
      #expect(stride == 4)
      for a in 0..<3 {
        cells.withFloats((a * stride)..<(a * stride + months)) {
          #expect(Self.bits(Array($0)) == Self.bits(Array(rows[(a * months)..<((a + 1) * months)])))
        }
      }
    }
    #expect(view == ActivityColumnTests.column.prefix(months: months, of: 4))
  }

  /// Changing a compact column gives it `Float` cells again; a view's change leaves the full
  /// column as it was.
  @Test func changingACompactColumnGoesBackToFloat() {
    var column = ActivityColumnTests.column
    column.compact()
    let view = column.prefix(months: 2, of: 4)
    column.values[0] = 0.25
    #expect(!column.isCompact && column.values[0] == 0.25 && column.values[1] == 1)
    #expect(view.isCompact && view.values == [0, 1, 10, 11, 20, 21])
    #expect(column != ActivityColumnTests.column)
    column.values[0] = 0
    #expect(column == ActivityColumnTests.column)
  }
}
