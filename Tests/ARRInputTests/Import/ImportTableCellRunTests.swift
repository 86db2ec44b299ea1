import ARRCore
import Testing

@testable import ARRInput

/// An unquoted cell's bytes are appended to it at once, up to the delimiter or the line's end
/// (``ImportTable/read(_:file:)``): the same cells as the byte-by-byte reading, which a small
/// reference here restates for files with no quote opening a cell.
@Suite struct ImportTableCellRunTests {
  func cells(_ text: String) throws -> [[String]] {
    try ImportTable.read(Array(text.utf8), file: "cube.csv").records.map(\.cells)
  }

  /// A quote after a cell's first byte that is not blank is text; after blanks it opens a
  /// quoted cell; spaces and tabs around a cell are trimmed.
  @Test func readsQuotesAndBlanksAsBefore() throws {
    #expect(try cells("a,b\nab\"c,d\n") == [["a", "b"], ["ab\"c", "d"]])
    #expect(try cells("a,b\n  \"x,y\" ,z\n") == [["a", "b"], ["x,y", "z"]])
    #expect(
      try cells("a,b\n\t1 2 \t,3\r\n4,5\r6,7") == [
        ["a", "b"], ["1 2", "3"], ["4", "5"], ["6", "7"],
      ])
  }

  /// A line longer than ``ImportTable/maximumRecordBytes`` with no delimiter is still refused.
  @Test func refusesAnEndlessLine() {
    let text = "a,b\n" + String(repeating: "x", count: ImportTable.maximumRecordBytes + 10)
    #expect(throws: ARRQualityError.self) { try ImportTable.read(Array(text.utf8), file: "f.csv") }
  }

  /// The reference: lines ended by LF, CRLF or CR, cells split at commas and trimmed of spaces
  /// and tabs, a line of empty cells blank (no record).
  func reference(_ text: String) -> [(line: Int, cells: [String])] {
    var records = [(line: Int, cells: [String])]()
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n").split(
        separator: "\n", omittingEmptySubsequences: false)
    for (k, line) in lines.enumerated() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map {
        String(
          $0.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
        )
      }
      if k == lines.count - 1 && line.isEmpty { continue }
      if cells.allSatisfy(\.isEmpty) { continue }
      records.append((k + 1, cells))
    }
    return records
  }

  /// Random files of cells over letters, digits, spaces, quotes inside cells and accents,
  /// lines ended three ways, seeded: the table is the reference's, line numbers included.
  @Test func agreesWithTheReferenceOnRandomFiles() throws {
    // No tab: tabs outnumbering commas would make tab the file's delimiter (the by-hand test
    // above trims them).
    let alphabet = Array("ab1.9 \"é$ab19")
    var random = SeededGenerator(seed: 46)
    for _ in 0..<300 {
      var text = "id,value\n"
      for _ in 0..<Int.random(in: 1...12, using: &random) {
        var cells = [String]()
        for _ in 0..<Int.random(in: 1...4, using: &random) {
          var cell = String(
            (0..<Int.random(in: 0...9, using: &random)).map { _ in
              alphabet.randomElement(using: &random)!
            })
          // A quote opening a cell starts a quoted cell: not this reference's case.
          if cell.first(where: { $0 != " " && $0 != "\t" }) == "\"" { cell = "x" + cell }
          cells.append(cell)
        }
        text += cells.joined(separator: ",") + ["\n", "\r\n", "\r"].randomElement(using: &random)!
      }
      let table = try #require(
        try? ImportTable.read(Array(text.utf8), file: "f.csv"), "\(text.debugDescription)")
      let expected = reference(text)
      #expect(table.records.map(\.line) == expected.map(\.line), "\(text.debugDescription)")
      #expect(table.records.map(\.cells) == expected.map(\.cells), "\(text.debugDescription)")
    }
  }
}
