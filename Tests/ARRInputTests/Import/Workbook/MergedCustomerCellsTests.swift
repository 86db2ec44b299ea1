import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A customer merged down its product rows is its value on each row, as the sheet shows it
/// (trial 41, T41-19: refused "no customer id or name … unmerge the cells and fill the value
/// down"; `docs/workbook.md`, merged cells).
@Suite struct MergedCustomerCellsTests {
  static func read(_ rows: [[XLSXWriter.Cell]], merges: [String]) throws -> ImportedCompany {
    try Importer.read([
      Importer.SourceFile(
        name: "pack.xlsx",
        bytes: XLSXWriter.workbook([XLSXWriter.Sheet("MRR", rows: rows, merges: merges)]))
    ])
  }

  /// Acme (A2:A3) 1,000 + 200, Bolt (A4:A5) 500 + 100, Cato 300: by hand 2,100 a month at
  /// 2025-02, each customer one account; no "one per product?" doubt for merged rows.
  @Test func aMergedCustomerIsEveryRowsCustomer() throws {
    let c = try Self.read(
      [
        ["Customer", "Product", "Jan-25", "Feb-25"],
        ["Acme", "Subscription", 1000, 1000],
        ["", "Usage", 200, 200],
        ["Bolt", "Subscription", 500, 500],
        ["", "Usage", 100, 100],
        ["Cato", "Subscription", 300, 300],
      ], merges: ["A2:A3", "A4:A5"])
    #expect(c.accounts.map(\.id) == ["Acme", "Bolt", "Cato"])
    #expect(c.mrrRow("Acme") == [120_000, 120_000])
    #expect(c.mrrRow("Bolt") == [60_000, 60_000])
    let note = try #require(c.log.notes.first { $0.contains("merged range") })
    #expect(
      note.contains(
        "2 merged ranges of the customer column (first A2:A3, \"Acme\") read with each one's "
          + "value on every row they cover"))
    #expect(!c.log.findings.contains { $0.contains("one per product?") })
  }

  /// A merge of an amount column is not filled (it would count once per row), nor one
  /// spanning columns: the blank customer cell stays a problem naming the merge.
  @Test func otherMergesAreLeftAsStored() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try Self.read(
        [
          ["Customer", "Product", "Jan-25", "Feb-25"],
          ["Acme", "Subscription", 1000, 1000],
          ["", "Usage", 200, 200],
        ], merges: ["A2:B3"])
    }
    #expect(error.problems.first?.message.contains("no customer id or name") == true)
  }
}
