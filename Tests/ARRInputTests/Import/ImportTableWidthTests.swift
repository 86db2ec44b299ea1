import ARRCore
import Testing

@testable import ARRInput

/// A record wider than a spreadsheet's last column (16,384) is refused at the cell that passes
/// it: no revenue table is that wide, and reading on cost seconds of header searches.
@Suite struct ImportTableWidthTests {
  /// A header of `width` columns `c0…` and one data row of `width` ones.
  static func table(width: Int, dataRowWidth: Int? = nil) -> [UInt8] {
    let header = (0..<width).map { "c\($0)" }.joined(separator: ",")
    let row = Array(repeating: "1", count: dataRowWidth ?? width).joined(separator: ",")
    return Array((header + "\n" + row + "\n").utf8)
  }

  @Test func aRecordOfExactly16384CellsIsRead() throws {
    let table = try ImportTable.read(Self.table(width: 16_384), file: "wide.csv")
    #expect(table.records.map(\.cells.count) == [16_384, 16_384])
    #expect(ImportTable.maximumCellsPerRecord == 16_384)
  }

  @Test(arguments: [(16_385, 1), (200_000, 1)])
  func aWiderHeaderIsRefusedAtItsCell(width: Int, line: Int) {
    #expect {
      _ = try ImportTable.read(Self.table(width: width), file: "wide.csv")
    } throws: { error in
      guard let error = error as? ARRQualityError, error.kind == .invalidData,
        let problem = error.problems.first
      else { return false }
      return problem.file == "wide.csv" && problem.line == line && problem.column == 16_385
        && problem.message.contains("more than 16,384 cells")
        && problem.message.contains("is the delimiter right")
    }
  }

  @Test func aWideDataRowUnderANarrowHeaderIsRefusedOnItsLine() {
    #expect {
      _ = try ImportTable.read(Self.table(width: 3, dataRowWidth: 20_000), file: "wide.csv")
    } throws: { error in
      guard let error = error as? ARRQualityError, let problem = error.problems.first else {
        return false
      }
      return problem.line == 2 && problem.column == 16_385
    }
  }
}
