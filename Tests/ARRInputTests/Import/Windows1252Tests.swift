import ARRCore
import Testing

@testable import ARRInput

/// A CSV file saved as Windows-1252 (Excel's "CSV (Comma delimited)" on Western Windows; trial
/// 28, T28-21: refused with one problem per accented cell, 69 of them, even with `--lenient`).
@Suite struct Windows1252Tests {
  static func read(_ bytes: [UInt8]) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "cube.csv", bytes: bytes)], options: ImportOptions(values: .mrr))
  }

  /// `Müller GmbH` (ü = FC) and `Café € SA` (é = E9, € = 80): decoded, with a note naming the
  /// first line with such a letter; MRR 100 + 50 = 150 in March.
  @Test func aWindows1252FileIsDecodedWithANote() throws {
    let bytes =
      Array("Customer,Jan-24,Feb-24,Mar-24\nM".utf8) + [0xFC]
      + Array("ller GmbH,100,100,100\nCaf".utf8) + [0xE9, 0x20, 0x80]
      + Array(" SA,50,50,50\n".utf8)
    let c = try Self.read(bytes)
    #expect(c.accounts.map(\.id) == ["Müller GmbH", "Café € SA"])
    #expect(c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, 2)] } == 15_000)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix("cube.csv: not UTF-8; read as Windows-1252 text")
          && $0.contains("the first on line 2")
      }, "\(c.log.notes)")
  }

  /// UTF-8 `é` (C3 A9) on one line and bare FC bytes on two others: no Windows-1252 file (it
  /// would turn `é` into `Ã©`); refused once, at the first bad cell, counting the others.
  @Test func aMixedFileIsRefusedOnce() throws {
    let bytes =
      Array("Customer,Jan-24,Feb-24,Mar-24\nCafé,1,1,1\nM".utf8) + [0xFC]
      + Array("ller,2,2,2\nJ".utf8) + [0xFC] + Array("rgen,3,3,3\n".utf8)
    let error = try #require(throws: ARRQualityError.self) { try Self.read(bytes) }
    #expect(error.problemCount == 1)
    let problem = try #require(error.problems.first).description
    #expect(problem.contains("cube.csv:3:1: cell"), "\(problem)")
    #expect(problem.contains("is not valid UTF-8"))
    #expect(problem.contains("save the file as \"CSV UTF-8\""))
    #expect(problem.contains("; 1 more cell is not UTF-8 either"))
  }

  /// A byte Windows-1252 leaves undefined (81) is no Windows-1252 file: refused.
  @Test func anUndefinedByteIsNoWindows1252() throws {
    let bytes = Array("Customer,Jan-24,Feb-24,Mar-24\nA".utf8) + [0x81] + Array(",1,1,1\n".utf8)
    #expect(throws: ARRQualityError.self) { try Self.read(bytes) }
    #expect(Windows1252.decode(bytes) == nil)
  }
}
