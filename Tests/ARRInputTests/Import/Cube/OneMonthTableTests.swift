import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A monthly table of one month, alone (trial 30, T30-5): a seed company's first "MRR by
/// customer" export is read as a company of one month, as the folder format reads one; it was
/// refused as a subscriptions table without a start column. Beside another file, a one-month
/// table is still a customer list with an as-of date (review 9). A one-month cube alone is read
/// the same way.
@Suite struct OneMonthTableTests {
  static let table = """
    customer_id,month,mrr
    A,2025-06,1000.00
    B,2025-06,250
    """

  @Test func aOneMonthTableAloneIsReadAsOneMonth() throws {
    let c = try importCube(Self.table, name: "mrr.csv")
    #expect(c.firstMonth == Month(year: 2025, month: 6) && c.monthCount == 1)
    #expect(c.mrrRow("A") == [100_000])
    #expect(c.mrrRow("B") == [25_000])
    let company = try c.company().company
    // Headline: (1,000 + 250) × 12 = 15,000.00.
    let mrr = (0..<2).reduce(Int64(0)) { $0 + company.revenue.mrr(account: $1, month: 0) }
    #expect(mrr * 12 == 1_500_000)
  }

  /// The same export as a cube of one month column beside a customer column, alone (session
  /// 32, t28c): read as one month too; (100 + 5) × 12 = 1,260.00. Beside another file such a
  /// header is no cube (a one-month list of customers).
  @Test(arguments: ["customer,2024-02\nA,100\nB,5\n", "Customer ID,Feb 2024\nA,100\nB,5\n"])
  func aOneMonthCubeAloneIsReadAsOneMonth(text: String) throws {
    let c = try importCube(text, name: "cube.csv")
    #expect(c.firstMonth == Month(year: 2024, month: 2) && c.monthCount == 1)
    #expect(c.mrrRow("A") == [10_000])
    #expect(c.mrrRow("B") == [500])
    let company = try c.company().company
    let mrr = (0..<2).reduce(Int64(0)) { $0 + company.revenue.mrr(account: $1, month: 0) }
    #expect(mrr * 12 == 126_000)
  }

  /// A single month-like cell with no customer column stays no cube: a title's date.
  @Test func oneMonthWithoutACustomerColumnIsNoCube() throws {
    let table = try ImportTable.read(Array("plan,2024-02\nPro,100\n".utf8), file: "t.csv")
    #expect(try CubeLayout.find(in: table, dateOrder: nil, allowsOneMonth: true) == nil)
    let cube = try ImportTable.read(Array("customer,2024-02\nA,100\n".utf8), file: "c.csv")
    #expect(try CubeLayout.find(in: cube, dateOrder: nil) == nil)
    #expect(try CubeLayout.find(in: cube, dateOrder: nil, allowsOneMonth: true) != nil)
  }

  @Test func besideACubeItIsStillACustomerList() throws {
    let c = try ImportFixtures.read([
      ("cube.csv", "customer,2025-04,2025-05,2025-06\nA,10,10,10\nB,5,5,5\n"),
      ("list.csv", "customer_id,month,mrr\nA,2025-06,10\nB,2025-06,5\n"),
    ])
    #expect(c.monthCount == 3)
    #expect(c.log.files[1].valuesReason == CustomerList.valuesReason)
  }
}
