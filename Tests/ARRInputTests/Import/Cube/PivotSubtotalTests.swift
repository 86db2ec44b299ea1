import ARRCore
import Testing

@testable import ARRInput

/// An Excel pivot table pasted as a cube (review 13, F15): in compact form each group's top row
/// is its subtotal (`Enterprise` 3,000 above `Acme` 1,000 and `Beta` 2,000), and the group rows
/// were read as customers, the headline exactly twice the file's own `Grand Total`. In tabular
/// form the subtotals are `Enterprise Total` rows below the group.
@Suite struct PivotSubtotalTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "pivot.csv", bytes: Array(text.utf8))])
  }

  static func error(_ body: () throws -> Void) -> ARRQualityError? {
    do {
      try body()
      return nil
    } catch let error as ARRQualityError {
      return error
    } catch {
      Issue.record("not a library error: \(error)")
      return nil
    }
  }

  static let compact = """
    Row Labels,Jan-24,Feb-24,Mar-24
    Enterprise,3000,3000,3000
    Acme,1000,1000,1000
    Beta,2000,2000,2000
    SMB,300,300,250
    Gamma,100,100,100
    Delta,200,200,150
    Grand Total,3300,3300,3250
    """

  /// ``compact`` without its Grand Total: nothing confirms the subtotals.
  static let compactWithoutTotal = compact.split(separator: "\n").dropLast().joined(
    separator: "\n")

  static func lastMonth(_ c: ImportedCompany) -> Int64 {
    c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
  }

  /// By hand: Acme 1,000 + Beta 2,000 + Gamma 100 + Delta 150 = 3,250 in March (the file's
  /// Grand Total), ARR 39,000; the tool read 6,500 with the group rows as customers.
  @Test func compactFormTopRowSubtotalsAreExcluded() throws {
    let c = try read(Self.compact)
    #expect(c.accounts.map(\.id) == ["Acme", "Beta", "Gamma", "Delta"])
    #expect(Self.lastMonth(c) == 325_000)
    #expect(c.accounts.map(\.segment) == ["Enterprise", "Enterprise", "SMB", "SMB"])
    let file = c.log.files[0]
    #expect(file.skipped[.subtotal] == 2)
    #expect(file.rowsRead == file.rowsUsed + file.rowsSkipped)
    #expect(c.log.notes.contains { $0.contains("2 rows (lines 2, 5) are subtotals") })
    #expect(c.log.notes.contains { $0.contains("the totals row (line 8) equals the column sums") })
    #expect(!c.log.findings.contains { $0.contains("totals row") })
  }

  /// Without a Grand Total nothing confirms the reading: the rows are still subtotals (each
  /// equals the rows below it up to the next), and a finding gives March both ways.
  @Test func withoutATotalsRowAFindingGivesBothFigures() throws {
    let c = try read(Self.compactWithoutTotal)
    #expect(c.accounts.map(\.id) == ["Acme", "Beta", "Gamma", "Delta"])
    #expect(Self.lastMonth(c) == 325_000)
    #expect(
      c.log.findings.contains {
        $0.contains("no totals row confirms it") && $0.contains("$3,250.00 to $6,500.00")
      }, "\(c.log.findings)")
    // The other reading, priced: ARR 39,000 to 78,000.
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 3_900_000)
    #expect(s.ambiguousARRHigh == 7_800_000)
  }

  /// A totals row equal to the sum of every row says the top rows are customers: 300 = 100 +
  /// 200 and 50 = 50 by chance, but the total 700 counts A and D too.
  @Test func aTotalsRowCountingEveryRowKeepsThemCustomers() throws {
    let c = try read(
      """
      Customer,Jan-24,Feb-24,Mar-24
      A,300,300,300
      B,100,100,100
      C,200,200,200
      D,50,50,50
      E,50,50,50
      Total,700,700,700
      """)
    #expect(c.accounts.map(\.id) == ["A", "B", "C", "D", "E"])
    #expect(Self.lastMonth(c) == 70_000)
  }

  /// Tabular form: `Enterprise Total` (Excel's wording) is a subtotal, as `Total Enterprise` is;
  /// it was refused as a row without a customer.
  @Test func tabularFormLabelTotalRowsAreSubtotals() throws {
    let c = try read(
      """
      Segment,Customer,Jan-24,Feb-24,Mar-24
      Enterprise,Acme,1000,1000,1000
      ,Beta,2000,2000,2000
      Enterprise Total,,3000,3000,3000
      SMB,Gamma,100,100,100
      ,Delta,200,200,150
      SMB Total,,300,300,250
      Grand Total,,3300,3300,3250
      """)
    #expect(c.accounts.map(\.id) == ["Acme", "Beta", "Gamma", "Delta"])
    #expect(Self.lastMonth(c) == 325_000)
    #expect(c.log.notes.contains { $0.contains("the totals row (line 8) equals the column sums") })
  }

  /// Rows summing to exactly twice the totals row in every month (subtotals below their groups,
  /// unlabelled as totals) are refused: every figure would be doubled.
  @Test func exactlyTwiceTheTotalsRowIsRefused() throws {
    let error = try #require(
      Self.error {
        _ = try read(
          """
          Customer,Jan-24,Feb-24,Mar-24
          Acme,1000,1000,1000
          Beta,2000,2000,2000
          Enterprise,3000,3000,3000
          Gamma,100,100,100
          Delta,200,200,150
          SMB,300,300,250
          Grand Total,3300,3300,3250
          """)
      })
    #expect(error.kind == .invalidData)
    #expect(
      error.message.contains(
        "the rows sum to exactly twice the totals row (line 8) in every month (2024-01: total "
          + "$3,300.00, rows $6,600.00)"), "\(error.message)")
  }
}
