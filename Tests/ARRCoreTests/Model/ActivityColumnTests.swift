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
