import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A cube whose title, customer header, sheet or file name says bookings or a forecast (trial
/// 48, T48-15: a "Bookings (TCV)" cube was read as billings, $1.28M of headline ARR, the word
/// "Bookings" said nowhere).
@Suite struct BookingsLabelTests {
  static let body =
    "Jan-26,Feb-26,Mar-26,Apr-26\nAcme,36000,,,\nBeta,,,12000,\nCobalt,,24000,,\n"

  /// A title, the customer column's header or the file's name saying bookings stops `--values
  /// auto`, naming where and what to export.
  @Test(arguments: [
    (
      "Bookings (TCV) by customer — closed-won\nCustomer,", "cube.csv",
      "cube.csv:1: \"Bookings (TCV) by customer — closed-won\""
    ),
    ("Bookings,", "cube.csv", "cube.csv:1: \"Bookings\""),
    (
      "Customer,", "bookings_by_month.csv",
      "bookings_by_month.csv:1: the file name \"bookings_by_month.csv\""
    ),
    ("Pipeline by account\nCustomer,", "cube.csv", "cube.csv:1: \"Pipeline by account\""),
  ])
  func bookingsAreRefused(head: String, name: String, said: String) throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importCube(head + Self.body, name: name)
    }
    #expect(
      error.message.hasPrefix(
        said + " says the cells are bookings (contract values at signing), not revenue billed "
          + "or earned each month"), "\(error.message)")
    #expect(
      error.message.contains("a contract's whole value would land in the month it was signed"))
    #expect(
      error.message.hasSuffix(
        "pass --values mrr or --values billings if the cells are monthly revenue after all"))
  }

  /// A forecast's title is refused as figures to come.
  @Test func aForecastTitleIsRefused() throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importCube("MRR forecast by customer\nCustomer," + Self.body)
    }
    #expect(
      error.message.hasPrefix(
        "cube.csv:1: \"MRR forecast by customer\" says the cells are a forecast or budget "
          + "(figures to come)"))
    #expect(error.message.contains("figures not yet billed would be counted as the company's ARR"))
  }

  /// `--values billings` reads the cells as written, with a note: Acme's 36,000 in January.
  @Test func valuesGivenReadTheCellsWithANote() throws {
    let c = try importCube(
      "Bookings by customer\nCustomer," + Self.body, options: ImportOptions(values: .billings))
    #expect(c.accounts.count == 3)
    #expect(
      c.log.notes.contains(
        "cube.csv: \"Bookings by customer\" (line 1) speaks of bookings (contract values at "
          + "signing), but --values billings was given: the cells are read as invoiced amounts"))
  }

  /// Twins: a label naming revenue or billings beside the word, actuals beside a forecast, a
  /// plan band over the months, a workbook named as a budget: read as before.
  @Test(arguments: [
    "MRR by customer (booked revenue)\nCustomer,", "Bookings and billings by customer\nCustomer,",
    "MRR — actuals and forecast\nCustomer,", ",Budget,,Actual,\nCustomer,",
  ])
  func labelsNamingRevenueToo(head: String) throws {
    let c = try importCube(head + Self.body, options: ImportOptions(values: .billings))
    #expect(c.accounts.count == 3)
    #expect(
      !c.log.notes.contains {
        $0.contains("speaks of bookings") || $0.contains("speaks of a forecast")
      })
  }

  /// A CSV file named as a forecast is read: the name is as often the export's purpose.
  @Test func aFileNamedAsAForecastIsNotALabel() throws {
    let c = try importCube(
      "Customer," + Self.body, options: ImportOptions(values: .billings),
      name: "mrr_final_forecast.csv")
    #expect(c.accounts.count == 3)
  }

  @Test func aWorkbookNamedAsABudgetIsNotALabel() throws {
    let bytes = XLSXWriter.workbook([
      XLSXWriter.Sheet(
        "MRR",
        rows: [
          ["Customer", "2026-01", "2026-02", "2026-03"],
          [.text("A"), .number(5, style: 0), .number(5, style: 0), .number(5, style: 0)],
        ])
    ])
    let c = try Importer.read([Importer.SourceFile(name: "Budget 2027.xlsx", bytes: bytes)])
    #expect(c.accounts.map(\.id) == ["A"])
  }
  /// Trial 51, T51-30: a title counting seats, users or calls, with no money word and no
  /// currency sign in the cells, stops `--values auto`: each seat would be a dollar of MRR.
  @Test(arguments: [
    "Active seats by customer (month end)", "API calls by customer", "Licences by account",
    "Nutzer je Kunde",
  ])
  func countsAreRefused(title: String) throws {
    let error = try #require(throws: ARRQualityError.self) {
      try importCube(title + "\nCustomer,Jan-26,Feb-26,Mar-26\nAcme,120,125,130\nBeta,40,40,41\n")
    }
    #expect(error.message.contains("says the cells are counts (seats, users, units)"))
    #expect(error.message.contains("each seat or unit would be counted as a dollar of MRR"))
  }

  /// Twins: money beside the count's words, a currency sign in the cells, a customer column
  /// headed `User` (one user per row), and `--values mrr` given.
  @Test(arguments: [
    ("MRR by customer (seat-based pricing)\nCustomer,", "120,125,130"),
    ("Revenue per seat by customer\nCustomer,", "120,125,130"),
    ("Seats by customer\nCustomer,", "$120,$125,$130"),
    ("User,", "120,125,130"),
  ])
  func moneyBesideACountIsRead(head: String, cells: String) throws {
    let c = try importCube(head + "Jan-26,Feb-26,Mar-26\nAcme," + cells + "\nBeta,40,40,41\n")
    #expect(c.mrrRow("Acme").last == 13_000)
  }

  @Test func aCountReadAsMRROnRequestSaysSo() throws {
    let c = try importCube(
      "Active seats by customer\nCustomer,Jan-26,Feb-26,Mar-26\nAcme,120,125,130\n",
      options: ImportOptions(values: .mrr))
    #expect(c.log.notes.contains { $0.contains("speaks of counts (seats, users, units)") })
  }
}
