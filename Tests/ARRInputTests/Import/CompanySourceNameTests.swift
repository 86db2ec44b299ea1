import ARRCore
import ARRTestSupport
import Foundation
import Testing

@testable import ARRInput

/// A company the input does not name is named after its file or folder (`docs/input.md`,
/// "Company name").
@Suite(.scratchFolders) struct CompanySourceNameTests {
  @Test(arguments: [
    (["Scenarios/data-room-billings/billings-cube.csv"], "billings-cube", "file_name"),
    (["data-room.xlsx"], "data-room", "file_name"),
    (["room/Acme billings 2026.v2.csv"], "Acme billings 2026.v2", "file_name"),
    (["room/.hidden"], ".hidden", "file_name"),
    (["ledger"], "ledger", "file_name"),
    (["room/subs.csv", "room/invoices.csv"], "room", "folder_name"),
    (["a/subs.csv", "b/invoices.csv"], "subs", "file_name"),
    (["subs.csv", "invoices.csv"], "subs", "file_name"),
  ])
  func filesAreNamedAfterTheFileOrTheirFolder(files: [String], name: String, source: String) {
    let derived = CompanySource.derivedName(files: files)
    #expect(derived?.name == name)
    #expect(derived?.source.rawValue == source)
  }

  @Test func pathsWithoutANameGiveNone() {
    #expect(CompanySource.derivedName(files: []) == nil)
    #expect(CompanySource.derivedName(files: ["/"]) == nil)
    #expect(CompanySource.derivedName(files: ["./"]) == nil)
    #expect(CompanySource.pathName("Scenarios/plg-smb/") == "plg-smb")
    #expect(CompanySource.pathName("..") == nil)
  }

  /// An option that only says how to read data-room files, given with a company folder, is a
  /// usage error naming it (hostile 56, H56-11: silently unapplied); `--currency`, `--as-of`
  /// and `--lenient` apply to a folder too.
  @Test func importOnlyOptionsWithAFolderAreRefused() throws {
    let folder = try TemporaryCompany(
      accounts: Array("account_id\nA1\n".utf8),
      monthly: Array("account_id,month,mrr\nA1,2024-01,100\n".utf8))
    var options: [(ImportOptions, String)] = []
    for (change, name): ((inout ImportOptions) -> Void, String) in [
      ({ $0.amounts = .cents }, "--amounts"), ({ $0.sheets = ["2"] }, "--sheet"),
      ({ $0.values = .arr }, "--values"), ({ $0.isDecimalComma = true }, "--decimal-comma"),
      ({ $0.shape = .ledger }, "--shape"), ({ $0.dateOrder = .dmy }, "--date-order"),
      ({ $0.isAddingSheets = true }, "--add-sheets"),
    ] {
      var o = ImportOptions()
      change(&o)
      options.append((o, name))
    }
    for (o, name) in options {
      let error = #expect(throws: ARRQualityError.self) {
        try CompanySource.load(paths: [folder.path], importOptions: o)
      }
      #expect(error?.kind == .invalidArgument)
      #expect(error?.message.hasPrefix("\(name) says how to read data-room files") == true)
    }
    var kept = ImportOptions()
    kept.currency = "EUR"
    kept.isLenient = true
    #expect(
      try CompanySource.load(paths: [folder.path], importOptions: kept).profile.currency == "EUR")
  }

  /// A folder whose company.json gives no name is named after the folder; one that gives a
  /// name keeps it, with no source.
  @Test func aFolderWithoutANameIsNamedAfterIt() throws {
    let accounts = Array("account_id\nA1\n".utf8)
    let monthly = Array("account_id,month,mrr\nA1,2024-01,100\n".utf8)
    let unnamed = try TemporaryCompany(accounts: accounts, monthly: monthly)
    let company = try CompanySource.load(paths: [unnamed.path + "/"])
    let folder = try #require(unnamed.path.split(separator: "/").last)
    #expect(company.profile.name == String(folder))
    #expect(company.profile.nameSource == .folderName)
    let named = try TemporaryCompany(
      accounts: accounts, monthly: monthly, json: Array("{\"name\": \"Acme\"}".utf8))
    let given = try CompanySource.load(paths: [named.path])
    #expect(given.profile.name == "Acme")
    #expect(given.profile.nameSource == nil)
  }

  /// A revenue file's title line "<company>: <what the table is>" names the company over the
  /// file's name (render review 35, R35-11); other titles do not.
  @Test(arguments: [
    ("Ledgerline (synthetic): billings by customer", "Ledgerline (synthetic)"),
    ("Acme Corp - Revenue by customer", "Acme Corp"),
    ("Harrow Ltd: MRR by month", "Harrow Ltd"),
    ("Customer Sales Report", nil),
    ("MRR: by customer", nil),
    ("FY2025: revenue by customer", nil),
    ("Notes: see the tab below", nil),
    ("Sales by Customer Summary - January 2025", nil),
    ("2025-01-01: invoices", nil),
    // Labels, periods and currencies before the separator are no company (review 36).
    ("Confidential - Revenue by customer", nil),
    ("January 2025 - revenue by customer", nil),
    ("Q3 2025: billings", nil),
    ("USD - MRR by customer", nil),
    ("Draft: invoices by customer", nil),
    ("Marchetti Foods: invoices", "Marchetti Foods"),
  ])
  func aTitleLineNamesTheCompany(title: String, name: String?) {
    #expect(TitleName.name(fromTitle: title) == name)
  }

  /// A report's title block names the company on its first line when the next names the
  /// report's content (trial 44, T44-15: QuickBooks' "Northwind AI Inc." above "Sales by
  /// Customer Detail"); a first line that is a report's name, a period, a marking, a note or a
  /// date, or a block of one line, names none (the twins).
  @Test(arguments: [
    (
      ["Northwind AI Inc.", "Sales by Customer Detail", "January 2025 - November 2026"],
      "Northwind AI Inc."
    ),
    (["Acme Cloud, Inc.", "Billings by customer"], "Acme Cloud, Inc."),
    (["Harrow Ltd", "Invoice list"], "Harrow Ltd"),
    (["Northwind AI Inc."], nil),
    (["Northwind AI Inc.", "All dates"], nil),
    (["Customer Sales Report", "Sales by Customer Detail"], nil),
    (["Confidential", "Revenue by customer"], nil),
    (["November 2026", "Revenue by customer"], nil),
    (["Prepared by Finance", "Revenue by customer"], nil),
    (["11/30/2026 10:15 AM", "Sales by Customer Detail"], nil),
    (["Accrual Basis", "Sales by Customer Detail"], nil),
    (["Ledgerline: billings by customer", "Revenue by customer"], nil),
  ])
  func aTitleBlockNamesTheCompanyOnItsFirstLine(titles: [String], name: String?) {
    #expect(TitleName.name(fromTitles: titles) == name)
  }

  /// End to end on a QuickBooks-shaped report: the first title line names the company.
  @Test func aReportsTitleBlockNamesTheCompany() throws {
    let path = scratchFolder() + "/Northwind AI Inc_Sales by Customer Detail.csv"
    var text = "Northwind AI Inc.\nSales by Customer Detail\nJanuary 2025 - March 2025\n\n"
    text += "Customer,2025-01,2025-02,2025-03\nA,100,100,100\nB,200,200,200\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let company = try CompanySource.load(paths: [path])
    #expect(company.profile.name == "Northwind AI Inc.")
    #expect(company.profile.nameSource == .titleLine)
  }

  /// Read end to end: the cube's title line names the company, marked as from its title line.
  @Test func aCubeIsNamedByItsTitleLine() throws {
    let path = scratchFolder() + "/cube.csv"
    let text = "Ledgerline: billings by customer\nCustomer,2024-01,2024-02\nA,100,100\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let company = try CompanySource.load(paths: [path])
    #expect(company.profile.name == "Ledgerline")
    #expect(company.profile.nameSource == .titleLine)
  }

  /// `--company-name` names the company over company.json's name and over the folder's, and
  /// then no source is given; a blank one is refused.
  @Test func aGivenNameWinsOverTheDataAndThePath() throws {
    let accounts = Array("account_id\nA1\n".utf8)
    let monthly = Array("account_id,month,mrr\nA1,2024-01,100\n".utf8)
    var options = LoadOptions()
    options.companyName = "  Acme Holdings, Inc. "
    for json: [UInt8]? in [nil, Array("{\"name\": \"acme-export\"}".utf8)] {
      let folder = try TemporaryCompany(accounts: accounts, monthly: monthly, json: json)
      let company = try CompanySource.load(paths: [folder.path], options: options)
      #expect(company.profile.name == "Acme Holdings, Inc.")
      #expect(company.profile.nameSource == nil)
    }
    options.companyName = " \t"
    let folder = try TemporaryCompany(accounts: accounts, monthly: monthly)
    #expect(throws: ARRQualityError.self) {
      try CompanySource.load(paths: [folder.path], options: options)
    }
  }
}
