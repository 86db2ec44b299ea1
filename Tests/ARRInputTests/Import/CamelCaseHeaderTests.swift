import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Headers written together in camel case (`CustomerID`, `CustomerName`), as database and BI
/// exports write them, name their roles in a cube, a monthly table and a customer list as they
/// already did in a ledger. Found by the tenth session's trial: birchpoplar/saasops' public
/// `data/testdb_csv/customers.csv` (`CustomerID,Name,City,State`) and contract tables; a monthly
/// table headed `CustomerID,Month,MRR` was "shape not recognised", and a cube's `CustomerID`
/// column was read as its name with `CustomerName` ignored.
@Suite struct CamelCaseHeaderTests {
  /// MRR by hand from saasops' `contracts_v2.csv` (2787d65), contract 1 of customer 1:
  /// 150,000 over 2024-06-01–2024-08-31, three months, 50,000 a month; customer 2's contract 3,
  /// 120,000 over 2024-07-01–2025-06-30, twelve months, 10,000 a month.
  static let monthly = """
    CustomerID,Month,MRR
    1,2024-06,50000
    1,2024-07,50000
    1,2024-08,50000
    2,2024-07,10000
    2,2024-08,10000
    """
  /// saasops' `data/testdb_csv/customers.csv` (0fcb447), its header and first two rows.
  static let customers = """
    CustomerID,Name,City,State
    1,Hernandez Tech Inc.,Harrisborough,Minnesota
    2,Bennett Tech Inc.,North Megan,Vermont
    """

  @Test func aMonthlyTableAndItsListAreRead() throws {
    let files = [
      Importer.SourceFile(name: "mrr.csv", bytes: Array(Self.monthly.utf8)),
      Importer.SourceFile(name: "customers.csv", bytes: Array(Self.customers.utf8)),
    ]
    let c = try Importer.read(files)
    #expect(c.log.files[0].shape == .monthly)
    #expect(c.mrrRow("1") == [5_000_000, 5_000_000, 5_000_000])
    #expect(c.mrrRow("2") == [0, 1_000_000, 1_000_000])
    #expect(c.accounts.map(\.name) == ["Hernandez Tech Inc.", "Bennett Tech Inc."])
  }

  @Test func aCubesIdAndNameColumnsAreRead() throws {
    let text = """
      CustomerID,CustomerName,Jan-24,Feb-24,Mar-24
      C1,Acme,100,100,100
      C2,Beta,50,50,60
      """
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.id) == ["C1", "C2"])
    #expect(c.accounts.map(\.name) == ["Acme", "Beta"])
    #expect(c.log.files[0].ignoredColumns.isEmpty)
  }

  /// A camel-case customer list whose rows hold three dates is a list beside a cube, as its
  /// snake-case form is (``CubeLayout/isNamedHeader(_:)``), not a cube headed by its first row.
  @Test func aCamelCaseListWithThreeDatesIsAList() throws {
    let cube = "Customer,2024-01,2024-02,2024-03\nA1,1,1,1\nA2,2,2,0\n"
    let list = """
      CustomerID,StartDate,ContractEndDate,CancelDate,Segment
      A1,2021-05-27,2027-04-30,,smb
      A2,2021-05-21,2025-04-30,2024-03-01,ent
      """
    let c = try ImportFixtures.read(
      [("cube.csv", cube), ("accounts.csv", list)], options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.segment) == ["smb", "ent"])
    #expect(c.log.files[1].rowsUsed == 2)
  }

  /// The key itself: camel case split, all-capitals kept whole, a unit in parentheses dropped.
  @Test func keys() {
    #expect(MonthlyTableLayout.key("CustomerID") == "customer id")
    #expect(MonthlyTableLayout.key("YearMonth") == "year month")
    #expect(MonthlyTableLayout.key("MRR (USD)") == "mrr")
    #expect(MonthlyTableLayout.key("customer_id") == "customer id")
  }
}
