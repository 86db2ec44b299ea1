import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// A workbook with two revenue tabs (review 13, F5: tabs `US` and `EU` were read from the first
/// alone, the company's ARR 70% low, the second tab only in a note): refused without `--sheet`;
/// `--sheet US --sheet EU` reads them as slices of one company.
@Suite struct RevenueSheetsTests {
  static let header: [XLSXWriter.Cell] = [
    "Customer", "Jan-24", "Feb-24", "Mar-24", "Apr-24", "May-24", "Jun-24",
  ]

  static func row(_ name: String, _ cells: [Double]) -> [XLSXWriter.Cell] {
    [.text(name)] + cells.map { XLSXWriter.Cell.number($0, style: 0) }
  }

  /// US: Acme 100 and Beta 200 a month; EU: Cobalt 300 and Dyna 400, Jan–Jun 2024.
  static func book(eu: [[XLSXWriter.Cell]]? = nil) -> Importer.SourceFile {
    let flat = { (v: Double) in [Double](repeating: v, count: 6) }
    let bytes = XLSXWriter.workbook([
      XLSXWriter.Sheet("US", rows: [header, row("Acme", flat(100)), row("Beta", flat(200))]),
      XLSXWriter.Sheet(
        "EU", rows: eu ?? [header, row("Cobalt", flat(300)), row("Dyna", flat(400))]),
    ])
    return Importer.SourceFile(name: "book.xlsx", bytes: bytes)
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

  static func lastMonthTotal(_ c: ImportedCompany) -> Int64 {
    c.accounts.indices.reduce(0) { $0 + c.mrr[c.cell($1, c.monthCount - 1)] }
  }

  @Test func twoRevenueTabsWithoutSheetAreRefusedEachListedWithItsTotal() throws {
    let error = try #require(Self.error { _ = try Importer.read([Self.book()]) })
    #expect(error.kind == .invalidData)
    // Last month's totals by hand: US 100 + 200 = 300, EU 300 + 400 = 700.
    #expect(
      error.message.contains(
        "book.xlsx, sheet US (a customer cube: 2 customers, 2024-06 totals $300.00)"),
      "\(error.message)")
    #expect(
      error.message.contains(
        "book.xlsx, sheet EU (a customer cube: 2 customers, 2024-06 totals $700.00)"))
    #expect(error.message.contains("--sheet US --sheet EU"))
  }

  @Test func sheetGivenTwiceReadsTheTabsAsSlicesOfOneCompany() throws {
    let c = try Importer.read([Self.book()], options: ImportOptions(sheets: ["US", "EU"]))
    #expect(Set(c.accounts.map(\.id)) == ["Acme", "Beta", "Cobalt", "Dyna"])
    // MRR 100 + 200 + 300 + 400 = 1,000 in 2024-06 (ARR $12,000).
    #expect(Self.lastMonthTotal(c) == 100_000)
    #expect(c.asOf == Month(year: 2024, month: 6))
    #expect(c.log.files.map(\.file) == ["book.xlsx, sheet US", "book.xlsx, sheet EU"])
    #expect(c.log.files.allSatisfy { $0.values == .mrr })
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("2 sheets read as slices of one company")
          && $0.contains(
            "book.xlsx, sheet EU (a customer cube: 2 customers, 2024-06 totals $700.00)")
      }, "\(c.log.findings)")
  }

  @Test func oneSheetNamedReadsItAloneAndListsTheOther() throws {
    let c = try Importer.read([Self.book()], options: ImportOptions(sheet: "EU"))
    #expect(Set(c.accounts.map(\.id)) == ["Cobalt", "Dyna"])
    #expect(Self.lastMonthTotal(c) == 70_000)
    #expect(c.log.notes.contains { $0.contains("book.xlsx, sheet US (another revenue sheet") })
  }

  /// Trial 51, T51-11: a customer buying from two entities has revenue in one month in both
  /// sheets: added up (Acme 100 + 50 in March and April), with a note.
  @Test func aCustomerMonthInTwoSlicesIsAddedUp() throws {
    let flat = { (v: Double) in [Double](repeating: v, count: 6) }
    let eu = [Self.header, Self.row("Cobalt", flat(300)), Self.row("Acme", [0, 0, 50, 50, 0, 0])]
    let c = try Importer.read([Self.book(eu: eu)], options: ImportOptions(sheets: ["US", "EU"]))
    let acme = try #require(c.accounts.firstIndex { $0.id == "Acme" })
    #expect(
      (0..<6).map { c.mrr[c.cell(acme, $0)] } == [10_000, 10_000, 15_000, 15_000, 10_000, 10_000])
    #expect(c.log.notes.contains { $0.hasPrefix("1 customer has revenue in more than one sheet") })
  }

  /// A sheet whose monthly totals are the others' summed (a consolidation beside its
  /// entities): a customer-month in two sheets is refused, naming both.
  @Test func aCustomerMonthInASummaryAndItsSliceIsRefusedNamingBoth() throws {
    let flat = { (v: Double) in [Double](repeating: v, count: 6) }
    let bytes = XLSXWriter.workbook([
      XLSXWriter.Sheet("US", rows: [Self.header, Self.row("Acme", flat(100))]),
      XLSXWriter.Sheet("EU", rows: [Self.header, Self.row("Cobalt", flat(300))]),
      XLSXWriter.Sheet(
        "Group", rows: [Self.header, Self.row("Acme", flat(100)), Self.row("Cobalt", flat(300))]),
    ])
    let error = try #require(
      Self.error {
        _ = try Importer.read(
          [Importer.SourceFile(name: "book.xlsx", bytes: bytes)],
          options: ImportOptions(sheets: ["US", "EU", "Group"]))
      })
    #expect(error.kind == .invalidData)
    #expect(
      error.message.contains(
        "customer \"Acme\" has revenue in 2024-01 in both book.xlsx, sheet US (line 2) and "
          + "book.xlsx, sheet Group (line 2)"), "\(error.message)")
  }

  @Test func aCustomerInTwoSlicesInDifferentMonthsIsAddedUp() throws {
    // Acme bills 100 in the US tab Jan–Mar and 100 in the EU tab Apr–Jun (it moved entity):
    // one customer, 100 every month, no churn in March.
    let us = [
      Self.header, Self.row("Acme", [100, 100, 100, 0, 0, 0]),
      Self.row("Beta", [Double](repeating: 200, count: 6)),
    ]
    let eu = [Self.header, Self.row("Acme", [0, 0, 0, 100, 100, 100])]
    let bytes = XLSXWriter.workbook([
      XLSXWriter.Sheet("US", rows: us), XLSXWriter.Sheet("EU", rows: eu),
    ])
    let c = try Importer.read(
      [Importer.SourceFile(name: "book.xlsx", bytes: bytes)],
      options: ImportOptions(sheets: ["US", "EU"]))
    let acme = try #require(c.accounts.firstIndex { $0.id == "Acme" })
    #expect(
      (0..<6).map { c.mrr[c.cell(acme, $0)] } == [10_000, 10_000, 10_000, 10_000, 10_000, 10_000])
    #expect(c.accounts.count == 2)
    #expect(
      c.log.findings.contains { $0.contains("(1 in more than one sheet)") })
  }

  @Test func slicesEndingInDifferentMonthsAreRefused() throws {
    let short: [XLSXWriter.Cell] = ["Customer", "Jan-24", "Feb-24", "Mar-24", "Apr-24", "May-24"]
    let eu = [short, Self.row("Cobalt", [300, 300, 300, 300, 300])]
    let error = try #require(
      Self.error {
        _ = try Importer.read([Self.book(eu: eu)], options: ImportOptions(sheets: ["US", "EU"]))
      })
    #expect(error.message.contains("ends in 2024-06 but book.xlsx, sheet EU in 2024-05"))
  }

  /// Review 53, R53-29: US (Acme 1,000, Beta 2,000, Cobalt 800) and UK (Acme 500, Beta 700,
  /// Cobalt 300), every customer in both: refused by default as two views of one company
  /// (R53-4), the message naming `--add-sheets`; with it, added up: 5,300 a month.
  @Test func entitiesSharingEveryCustomerAreAddedWhenAsked() throws {
    let flat = { (v: Double) in [Double](repeating: v, count: 6) }
    let bytes = XLSXWriter.workbook([
      XLSXWriter.Sheet(
        "US",
        rows: [
          Self.header, Self.row("Acme", flat(1000)), Self.row("Beta", flat(2000)),
          Self.row("Cobalt", flat(800)),
        ]),
      XLSXWriter.Sheet(
        "UK",
        rows: [
          Self.header, Self.row("Acme", flat(500)), Self.row("Beta", flat(700)),
          Self.row("Cobalt", flat(300)),
        ]),
    ])
    let file = Importer.SourceFile(name: "group.xlsx", bytes: bytes)
    let error = try #require(
      Self.error { _ = try Importer.read([file], options: ImportOptions(sheets: ["US", "UK"])) })
    #expect(error.kind == .invalidData)
    #expect(
      error.message.contains(
        "most of one sheet's customers have revenue in another in the same months: two views "
          + "of one company"), "\(error.message)")
    #expect(
      error.message.hasSuffix(
        "if the sheets are entities selling to the same customers, give --add-sheets to add "
          + "them up"))
    var adding = ImportOptions(sheets: ["US", "UK"])
    adding.isAddingSheets = true
    let c = try Importer.read([file], options: adding)
    #expect(Self.lastMonthTotal(c) == 530_000)
    #expect(c.accounts.count == 3)
  }

  /// Twins: a consolidation beside its entities is refused naming its totals, and
  /// `--add-sheets` without a customer in two sheets changes nothing.
  @Test func aSummaryIsRefusedAndDisjointSlicesStayAdded() throws {
    let flat = { (v: Double) in [Double](repeating: v, count: 6) }
    let bytes = XLSXWriter.workbook([
      XLSXWriter.Sheet("US", rows: [Self.header, Self.row("Acme", flat(100))]),
      XLSXWriter.Sheet("EU", rows: [Self.header, Self.row("Cobalt", flat(300))]),
      XLSXWriter.Sheet(
        "Group", rows: [Self.header, Self.row("Acme", flat(100)), Self.row("Cobalt", flat(300))]),
    ])
    let error = try #require(
      Self.error {
        _ = try Importer.read(
          [Importer.SourceFile(name: "book.xlsx", bytes: bytes)],
          options: ImportOptions(sheets: ["US", "EU", "Group"]))
      })
    #expect(error.message.contains("one sheet's monthly totals are within a tenth of the others'"))
    var adding = ImportOptions(sheets: ["US", "EU"])
    adding.isAddingSheets = true
    let c = try Importer.read([Self.book()], options: adding)
    #expect(Self.lastMonthTotal(c) == 100_000)
  }
}
