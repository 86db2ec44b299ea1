import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Tables whose rows are the company's own lines or cohorts, not customers (trial 48, T48-30:
/// a P&L read as a customer cube gave $3.11M of headline ARR from "Gross profit" and
/// "Subscription revenue"; T48-31: a cohort table's 12 cohorts were 12 accounts).
@Suite struct NotCustomerTablesTests {
  static let months = "Jan-26,Feb-26,Mar-26,Apr-26"

  static let statement =
    "Acme AI Inc. — Income statement (USD)\nLine item,\(months)\n"
    + "Subscription revenue,900,930,960,990\nUsage revenue,200,210,220,230\n"
    + "Total revenue,1100,1140,1180,1220\nCost of revenue,-400,-410,-420,-430\n"
    + "Gross profit,700,730,760,790\nSales & marketing,-500,-510,-520,-530\n"
    + "EBITDA,-450,-460,-470,-480\n"

  static func error(_ files: [(String, String)]) throws -> ARRQualityError {
    try #require(throws: ARRQualityError.self) { try ImportFixtures.read(files) }
  }

  /// The statement alone is refused at its first statement line, naming the title and the
  /// lines; without its title, two statement lines still say it.
  @Test(arguments: [true, false])
  func anIncomeStatementIsRefused(hasTitle: Bool) throws {
    let text = hasTitle ? Self.statement : String(Self.statement.drop { $0 != "\n" }.dropFirst())
    let error = try Self.error([("pnl.csv", text)])
    #expect(error.kind == .invalidData)
    let line = hasTitle ? 6 : 5
    #expect(
      error.message.hasPrefix(
        "pnl.csv:\(line): reads as an income statement ("
          + (hasTitle ? "title \"Acme AI Inc. — Income statement (USD)\" (line 1); " : "")
          + "lines \"Cost of revenue\" (line \(line)), \"Gross profit\" (line \(line + 1)), "
          + "\"Sales & marketing\" (line \(line + 2))): the company's revenue and costs by "
          + "month, not revenue by customer"), "\(error.message)")
  }

  /// Under a title naming the P&L, revenue lines alone are a statement.
  @Test func revenueLinesUnderAStatementTitleAreOne() throws {
    let text =
      "Profit and loss\nLine item,\(Self.months)\nSubscription revenue,900,930,960,990\n"
      + "Services revenue,100,0,50,0\n"
    let error = try Self.error([("pl.csv", text)])
    #expect(error.message.hasPrefix("pl.csv:3: reads as an income statement (title \"Profit"))
  }

  /// Twins: customers whose names hold statement words, a customer cube under a title naming
  /// the P&L with its `Total revenue` row, and one customer named as a statement line, read as
  /// customers (100 + 200 a month).
  @Test(arguments: [
    "MRR by customer\nCustomer,\(months)\nGross Profit Partners LLC,100,100,100,100\n"
      + "EBITDA Labs,200,200,200,200\n",
    "MRR by customer (P&L view)\nCustomer,\(months)\nAlpha,100,100,100,100\n"
      + "Beta,200,200,200,200\nTotal revenue,300,300,300,300\n",
    "Customer,\(months)\nAlpha,100,100,100,100\nOpex,200,200,200,200\n",
  ])
  func customersNamedLikeStatementLinesAreRead(text: String) throws {
    let c = try importCube(text)
    #expect(c.accounts.count == 2)
    #expect(c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, 3)] } == 30_000)
  }

  /// Beside a customer cube, a statement file is left out with a note and the cube reads.
  @Test func aStatementBesideACubeIsLeftOut() throws {
    let cube = "Customer,\(Self.months)\nAlpha,100,100,100,100\n"
    let c = try ImportFixtures.read([("cube.csv", cube), ("pnl.csv", Self.statement)])
    #expect(c.accounts.map(\.id) == ["Alpha"])
    #expect(
      c.log.notes.contains { $0.hasPrefix("Files not used: pnl.csv (an income statement, not") },
      "\(c.log.notes)")
  }

  /// A workbook's P&L tab beside its customer tab is a sheet not used.
  @Test func aStatementTabIsASheetNotUsed() throws {
    func row(_ cells: [String]) -> [XLSXWriter.Cell] {
      cells.map { Double($0).map { XLSXWriter.Cell.number($0, style: 0) } ?? .text($0) }
    }
    let rows = Self.statement.split(separator: "\n").map { line in
      row(line.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
    }
    let bytes = XLSXWriter.workbook([
      XLSXWriter.Sheet(
        "MRR",
        rows: [row(["Customer", "2026-01", "2026-02", "2026-03"]), row(["A", "5", "5", "5"])]
      ),
      XLSXWriter.Sheet("P&L", rows: rows),
    ])
    let c = try Importer.read([Importer.SourceFile(name: "book.xlsx", bytes: bytes)])
    #expect(c.accounts.map(\.id) == ["A"])
    #expect(
      c.log.notes.contains {
        $0.contains("book.xlsx, sheet P&L (an income statement, not customers)")
      }, "\(c.log.notes)")
  }

  /// Cohort tables, by calendar month and by months since start, are refused naming the
  /// cohort header and a cohort row.
  @Test(arguments: [
    (
      "Signup cohort,\(months)\n2026-01 cohort (20 customers),100,95,90,85\n"
        + "2026-02 cohort (21 customers),,100,95,90\n",
      "\"Signup cohort\"; rows such as \"2026-01 cohort (20 customers)\" (line 2)"
    ),
    (
      "Cohort,M0,M1,M2\nJan-26 cohort,100,95,90\nFeb-26 cohort,100,95,\n",
      "\"Cohort\"; rows such as \"Jan-26 cohort\" (line 2)"
    ),
    (
      "Group,\(months)\nJan cohort,100,95,90,85\nFeb cohort,,100,95,90\n",
      "rows such as \"Jan cohort\" (line 2)"
    ),
    (
      "Cohort,M0,M1\nJan-26 cohort,100,95\nFeb-26 cohort,100,\n",
      "\"Cohort\"; rows such as \"Jan-26 cohort\" (line 2)"
    ),
    (
      "Group,\(months)\nJan cohort,100,95,90,85\nFeb cohort,,100,95,90\nTotal,100,195,185,175\n"
        + "Average,100,97.5,92.5,87.5\n",
      "rows such as \"Jan cohort\" (line 2)"
    ),
  ])
  func aCohortTableIsRefused(text: String, said: String) throws {
    let error = try Self.error([("cohorts.csv", text)])
    #expect(error.kind == .invalidData)
    #expect(
      error.message.hasPrefix(
        "cohorts.csv:1: reads as a cohort table (\(said)): each row sums the revenue of a "
          + "cohort of customers, not one customer"), "\(error.message)")
  }

  /// Twins: a cohort column beside the customer column, and a customer named Cohort, read as
  /// customers.
  @Test(arguments: [
    "Customer,Cohort,\(months)\nAlpha,2026-01 cohort,100,100,100,100\n"
      + "Beta,2026-01 cohort,200,200,200,200\n",
    "Cohort,Customer,\(months)\n2026-01,Alpha,100,100,100,100\n2026-01,Beta,200,200,200,200\n",
    "Customer,\(months)\nCohort Health,100,100,100,100\nBeta,200,200,200,200\n",
  ])
  func customersBesideCohortsAreRead(text: String) throws {
    let c = try importCube(text)
    #expect(c.accounts.count == 2)
    #expect(c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, 3)] } == 30_000)
  }

  /// Twin: two customers named with the word cohort among five, under a header naming no
  /// customer, are fewer than half the rows: a customer cube, 100 + 200 + 300 + 400 + 500 a
  /// month.
  @Test func twoCustomersNamedCohortAmongFiveAreRead() throws {
    let c = try importCube(
      "Group,\(Self.months)\nCohort Health,100,100,100,100\nAlpha,200,200,200,200\n"
        + "Cohort Labs,300,300,300,300\nBeta,400,400,400,400\nGamma,500,500,500,500\n")
    #expect(c.accounts.count == 5)
    #expect(c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, 3)] } == 150_000)
  }

  /// Twin: under a title naming the P&L, one customer and its `Total revenue` row are a
  /// customer cube (one revenue line is no statement's revenue lines).
  @Test func oneCustomerAndItsTotalUnderAStatementTitleAreRead() throws {
    let c = try importCube(
      "MRR by customer (P&L view)\nCustomer,\(Self.months)\nAlpha,100,100,100,100\n"
        + "Total revenue,100,100,100,100\n")
    #expect(c.accounts.map(\.id) == ["Alpha"])
  }
}

/// Customer ids Excel saved in scientific notation (trial 48, T48-24).
@Suite struct ScientificIDsTests {
  @Test(arguments: [
    ("1.23457E+14", true), ("9E+11", true), ("1.2e+15", true), ("1.23457E-14", false),
    ("E+14", false), ("1.2.3E+4", false), ("ACME", false), ("123457", false), ("1.5E+", false),
  ])
  func roundedIDs(id: String, isRounded: Bool) {
    #expect(ScientificIDs.isRounded(id) == isRounded)
  }

  /// Three customers sharing a rounded id are refused at their lines; unique rounded ids, and
  /// an ordinary customer on two rows, read as before.
  @Test func rowsSharingARoundedIDAreRefused() throws {
    let text =
      "Account Number,Jan-26,Feb-26,Mar-26\n1.23457E+14,100,100,100\n1.23457E+14,200,200,200\n"
      + "9.87654E+14,300,300,300\n1.23457E+14,50,50,50\n"
    let error = try #require(throws: ARRQualityError.self) { try importCube(text) }
    #expect(
      error.message.hasPrefix(
        "cube.csv:2: customer id \"1.23457E+14\" on lines 2, 3, 5 is a number in scientific "
          + "notation"), "\(error.message)")
    let unique = try importCube(
      "Account Number,Jan-26,Feb-26,Mar-26\n1.23457E+14,100,100,100\n9.87654E+14,300,300,300\n"
        + "Acme,1,1,1\nAcme,2,2,2\n")
    #expect(unique.accounts.count == 3)
    #expect(unique.mrrRow("Acme") == [300, 300, 300])
  }
}
