import Testing

@testable import ARRCore

/// Compact activity columns share one decode table per scale (``ActivityColumn/decodeTables``):
/// a table of its own cost each column 256 KB, so 20,000 activity columns took 5 GB.
@Suite struct ActivityColumnSharedTableTests {
  /// The table a compact column reads through, by address.
  static func tableAddress(_ column: ActivityColumn) -> UnsafePointer<Float>? {
    column.withCells(monthCount: 2) { cells, _ in
      if case .compact(_, let table) = cells { return table.baseAddress }
      return nil
    }
  }

  @Test(arguments: [(Float(3), 0), (Float(2.5), 1), (Float(0.25), 2)])
  func compactColumnsOfOneScaleShareOneTable(value: Float, scaleIndex: Int) throws {
    // Two columns compacted by the loader's path and one by `compact()`, all at the scale
    // `value` needs: whole numbers, tenths, hundredths.
    let scale = ActivityColumn.scales[scaleIndex]
    let cell = try #require(ActivityColumn.encode(value, scale: scale))
    let first = ActivityColumn(name: "a", compactCells: [cell, cell], scaleIndex: scaleIndex)
    let second = ActivityColumn(name: "b", compactCells: [cell], scaleIndex: scaleIndex)
    var third = ActivityColumn(name: "c", values: [value, .nan])
    third.compact()
    #expect(third.isCompact)
    let address = try #require(Self.tableAddress(first))
    #expect(Self.tableAddress(second) == address)
    #expect(Self.tableAddress(third) == address)
    // Shared, the tables still read the values written: 3, 2.5 and 0.25 exactly.
    #expect(first.values.map(\.bitPattern) == [value, value].map(\.bitPattern))
    #expect(third.values[0] == value && third.values[1].isNaN)
  }

  @Test func eachScaleHasItsOwnTable() {
    let addresses = ActivityColumn.decodeTables.map { table in
      table.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
    }
    #expect(Set(addresses).count == 3)
    for (table, scale) in zip(ActivityColumn.decodeTables, ActivityColumn.scales) {
      // Cell 25 stands for 25 / scale; the missing cell for nan.
      #expect(table[ActivityColumn.slot(25)] == 25 / scale)
      #expect(table[ActivityColumn.slot(ActivityColumn.missingCell)].isNaN)
    }
  }
}
