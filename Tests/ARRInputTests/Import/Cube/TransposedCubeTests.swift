import ARRCore
import Testing

@testable import ARRInput

/// A cube with months down the rows and customers across the columns, proved by a total
/// column, is read turned back (trial 50, T50-37; `docs/import.md`, "A transposed cube").
@Suite struct TransposedCubeTests {
  func read(_ text: String, name: String = "mrr.csv") throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
  }

  func table(_ text: String) throws -> ImportTable {
    try ImportTable.read(Array(text.utf8), file: "mrr.csv")
  }

  /// Ibis pays 1,500 a month; Jaguar starts in March at 4,200; Kite leaves after February. By
  /// hand, the total column is each month's sum: 2,100, 2,100, 5,700, 5,700.
  static let transposed = """
    Month,Ibis Insurance,"Jaguar Jets, Inc.",Kite Kitchens,Total
    2026-01,"1,500",,600,"2,100"
    2026-02,"1,500",,600,"2,100"
    2026-03,"1,500","4,200",,"5,700"
    2026-04,"1,500","4,200",,"5,700"
    """

  @Test func aTransposedCubeIsReadTurnedBack() throws {
    let c = try read(Self.transposed)
    #expect(c.mrrRow("Ibis Insurance") == [150_000, 150_000, 150_000, 150_000])
    #expect(c.mrrRow("Jaguar Jets, Inc.") == [0, 0, 420_000, 420_000])
    #expect(c.mrrRow("Kite Kitchens") == [60_000, 60_000, 0, 0])
    #expect(c.accounts.count == 3)
    #expect(c.log.files.map(\.file) == ["mrr.csv (transposed)"])
    // The total column is the totals row, checked against the customers' sums and skipped.
    #expect(c.log.files[0].rowsSkipped == 1)
    let note = try #require(c.log.notes.first { $0.contains("a transposed cube") })
    #expect(note.contains("column 1, \"Month\", 2026-01 to 2026-04"))
  }

  /// Newest month first, a totals row at the bottom, dashes for zero: the same reading.
  @Test func newestFirstWithATotalsRow() throws {
    let c = try read(
      """
      Period,Acme,Bolt,Grand total
      Mar 2026,100,—,100
      Feb 2026,100,50,150
      Jan 2026,100,50,150
      Total,300,100,400
      """)
    #expect(c.mrrRow("Acme") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("Bolt") == [5_000, 5_000, 0])
  }

  /// Hostile twins left to the readers as before: the company's own lines by month (no total
  /// column summing them), metric columns, a total that is no sum, a long monthly table (text
  /// in the cells), and months that are not consecutive.
  @Test(arguments: [
    "Month,Deposits,Withdrawals,Balance\n2026-01,100,50,50\n2026-02,100,50,100\n2026-03,100,50,150\n",
    "Month,New MRR,Churned MRR,Total\n2026-01,100,50,150\n2026-02,100,50,150\n2026-03,100,50,150\n",
    "Month,Acme,Bolt,Total\n2026-01,100,50,999\n2026-02,100,50,150\n2026-03,100,50,150\n",
    "Customer,Month,MRR,Total\nAcme,2026-01,100,100\nAcme,2026-02,100,100\nAcme,2026-03,100,100\n",
    "Month,Acme,Bolt,Total\n2026-01,100,50,150\n2026-03,100,50,150\n2026-04,100,50,150\n",
  ])
  func notATransposedCube(text: String) throws {
    #expect(TransposedCube.turn(try table(text)) == nil)
  }

  /// A Total column summing the others is every budget's too: columns headed by the company's
  /// lines, regions, channels or plans, or a title naming a cut or costs, are no customers, and
  /// the table is not turned (review 54, R54-2, R54-10).
  @Test(arguments: [
    "Month,Salaries,Rent,Hosting (AWS),Marketing,Total",
    "Month,North America,EMEA,APAC,Total",
    "Month,Stripe,PayPal,Bank transfer,Total",
    "Month,Starter,Growth,Enterprise,Total",
    "Operating expenses by month\nMonth,Acme,Bolt,Cole,Total",
    "MRR by region\nMonth,Acme,Bolt,Cole,Total",
    // Review 55, R55-6: costs in German, countries beyond the first list, a French cut.
    "Kostenübersicht 2026\nMonat,Gehälter,Miete,Reisekosten,Summe",
    "Month,Brazil,Mexico,Spain,Total", "MRR par région\nMonth,Acme,Bolt,Cole,Total",
  ])
  func theCompanysOwnLinesAreNotTurned(header: String) throws {
    let rows = ["2026-01,100,50,25,175", "2026-02,100,50,25,175", "2026-03,100,50,25,175"]
    let fourColumns = header.split(separator: "\n").last!.split(separator: ",").count == 6
    let body = rows.map { fourColumns ? $0.replacing(",175", with: ",10,185") : $0 }
    #expect(TransposedCube.turn(try table(header + "\n" + body.joined(separator: "\n"))) == nil)
  }

  /// A title naming customers wins over headings that look like channels or a plan (review 55,
  /// R55-3): the tables turn.
  @Test(arguments: [
    "MRR by customer\nMonth,Stripe,Adyen,PayPal,Total",
    "MRR by customer - Enterprise plan\nMonth,Acme,Bolt,Cole,Total",
    "Customer MRR (budget model)\nMonth,Acme,Bolt,Cole,Total",
  ])
  func aTitleNamingCustomersTurns(header: String) throws {
    let rows = ["2026-01,100,50,25,175", "2026-02,100,50,25,175", "2026-03,100,50,25,175"]
    #expect(TransposedCube.turn(try table(header + "\n" + rows.joined(separator: "\n"))) != nil)
  }

  /// A customer named as a channel or plan among other customers stays one: the table turns.
  @Test func oneCustomerNamedLikeAChannelStaysACustomer() throws {
    let c = try read(
      """
      Month,Stripe,Ibis Insurance,Kite Kitchens,Total
      2026-01,100,50,25,175
      2026-02,100,50,25,175
      2026-03,100,50,25,175
      """)
    #expect(c.mrrRow("Stripe") == [10_000, 10_000, 10_000])
    #expect(c.accounts.count == 3)
  }

  @Test(arguments: [
    ("Hosting (AWS)", "hosting"), ("North America", "north america"), ("R&D", "r and d"),
    ("Acme [legacy]", "acme"),
  ])
  func headings(text: String, heading: String) {
    #expect(TransposedCube.heading(text) == heading)
  }

  /// A cube the right way round is no transposed one.
  @Test func aCubeIsNotTurned() throws {
    let cube = "Customer,2026-01,2026-02,2026-03,Total\nAcme,100,100,100,300\nBolt,50,50,50,150\n"
    #expect(TransposedCube.turn(try table(cube)) == nil)
  }

  @Test(
    arguments: [
      ("1,500", false, 150_000), ("$1,234.50", false, 123_450), ("(150)", false, -15_000),
      ("", false, 0), ("—", false, 0), ("1.234,50", true, 123_450), ("€ 99,90", true, 9_990),
    ] as [(String, Bool, Int64)])
  func amounts(cell: String, isDecimalComma: Bool, cents: Int64) {
    #expect(TransposedCube.cents(cell, isDecimalComma: isDecimalComma) == cents)
  }

  /// A total read with decimal commas sums its parts; one a cent off each part's rounding passes,
  /// one off by more does not.
  @Test(arguments: [
    ("2026-01;1.000,50;499,50;1.500,00", true),
    ("2026-01;1.000,33;499,33;1.499,67", true),
    ("2026-01;1.000,50;499,50;1.500,10", false),
  ])
  func sumsInCentsWithEitherMark(row: String, isSum: Bool) throws {
    let cells = row.split(separator: ";").map(String.init)
    let record = ImportTable.Record(line: 2, cells: cells)
    #expect(TransposedCube.isSum(record, total: 3, of: [1, 2]) == isSum)
  }
}
