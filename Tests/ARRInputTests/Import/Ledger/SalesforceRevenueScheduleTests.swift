import ARRCore
import Testing

@testable import ARRInput

/// Salesforce's opportunity product schedule report: two title lines, a blank, the header
/// (`Account Name, Opportunity Name, Stage, Product Name, Schedule Date, Schedule Amount`), one
/// line per deal and month of recognised revenue, a blank and `Grand Totals (N records)`
/// (`docs/import.md`, "Invoice ledger"; trial 28, T28-13: refused whichever way the user
/// followed the advice, the first error "no deal stage" on the totals row).
@Suite struct SalesforceRevenueScheduleTests {
  static let report = """
    Opportunity Product Schedule Report
    As of 6/30/2025

    Account Name,Opportunity Name,Stage,Product Name,Schedule Date,Schedule Amount
    Globex,Globex FY25,Closed Won,Platform,4/1/2025,"4,000.00"
    Globex,Globex FY25,Closed Won,Platform,5/1/2025,"4,000.00"
    Globex,Globex FY25,Closed Won,Platform,6/1/2025,"4,400.00"
    Globex,Globex FY25,Closed Won,Platform,7/1/2025,"4,400.00"
    Hooli,Hooli Q2,Closed Won,Platform,5/1/2025,"3,000.00"
    Hooli,Hooli Q2,Closed Won,Platform,6/1/2025,"3,000.00"
    Initech,Initech New,Closed Lost,Platform,6/1/2025,"9,000.00"

    Grand Totals (7 records),,,,,"31,800.00"
    """

  /// By hand at 2025-06: Globex 4,400 and Hooli 3,000 a month; Initech's lost deal is no
  /// revenue; the totals row is excluded and checked (its 31,800 includes the lost deal, so
  /// the check differs by 9,000). Rows read 8 = used 6 + 1 deal not won + 1 totals row. No
  /// option is needed: the title's "As of 6/30/2025" gives the as-of month and the dates'
  /// order (``TitleAsOf``; session 32).
  @Test func scheduleLinesOfWonDealsAreALedger() throws {
    let c = try Importer.read(
      [Importer.SourceFile(name: "schedules.csv", bytes: Array(Self.report.utf8))])
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("Globex") == [400_000, 400_000, 440_000])
    #expect(c.mrrRow("Hooli") == [0, 300_000, 300_000])
    #expect(c.account("Initech") == nil)
    let f = c.log.files[0]
    #expect(f.skipped[.notWon] == 1 && f.skipped[.totals] == 1)
    #expect(
      c.log.notes.contains { $0.hasPrefix("schedules.csv:2: the title's \"As of 6/30/2025\"") })
    #expect(!c.log.findings.contains { $0.contains("each line is a month of a revenue schedule") })
  }

  /// Without a title giving the report's date, the file is refused, asking for --as-of
  /// (decided, session 53, lead; trial 51, T51-60: the latest line's month was the as-of month,
  /// the schedule's future); with it, the later months are left out: at 2025-06 Globex 4,400
  /// and Hooli 3,000.
  @Test func withoutATitleDateTheScheduleAsksForTheAsOfMonth() throws {
    let text = Self.report.replacing("As of 6/30/2025", with: "All opportunities")
    let file = Importer.SourceFile(name: "schedules.csv", bytes: Array(text.utf8))
    #expect {
      _ = try Importer.read([file], options: ImportOptions(dateOrder: .mdy))
    } throws: { error in
      "\(error)".contains("each line is a month of a revenue schedule (\"Schedule Date\")")
        && "\(error)".contains("pass --as-of")
    }
    let c = try Importer.read(
      [file], options: ImportOptions(asOf: Month(year: 2025, month: 6), dateOrder: .mdy))
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("Globex").last == 440_000)
    #expect(c.mrrRow("Hooli").last == 300_000)
  }

  /// Salesforce's "Opportunities with Products and Schedules" names each month's amount
  /// `Revenue` (trial 51, c96): beside `Schedule Date` it is the amount. At 2026-04: 5,000.
  @Test func aSchedulesRevenueColumnIsItsAmount() throws {
    let rows = (1...6).map { "Acme Corp,Acme FY26,Closed Won,Platform,\($0)/1/2026,5000.00" }
    let text =
      (["Account Name,Opportunity Name,Stage,Product Name,Schedule Date,Revenue"] + rows)
      .joined(separator: "\n")
    let c = try Importer.read(
      [Importer.SourceFile(name: "schedules.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 4), dateOrder: .mdy))
    #expect(c.mrrRow("Acme Corp").last == 500_000)
    #expect(c.log.notes.contains { $0.contains("2 lines dated after the as-of month") })
  }

  /// The same schedule renamed (`Customer`, `Date`, `Amount`: trial 51, c96's variant): the
  /// `Stage` column's closing stages and every date a month's first day say it is one, refused
  /// asking for --as-of (was read as of the schedule's last month); with it, at 2026-04, 5,000.
  /// Twin: a `Stage` of invoice states is read as before.
  @Test func aRenamedDealScheduleAsksForTheAsOfMonth() throws {
    func text(_ day: Int, stage: String = "Closed Won") -> String {
      let rows = (1...6).map { "Acme Corp,Acme FY26,\(stage),Platform,\($0)/\(day)/2026,5000.00" }
      return (["Customer,Opportunity Name,Stage,Product Name,Date,Amount"] + rows)
        .joined(separator: "\n")
    }
    func file(_ text: String) -> Importer.SourceFile {
      Importer.SourceFile(name: "renamed.csv", bytes: Array(text.utf8))
    }
    #expect {
      _ = try Importer.read([file(text(1))], options: ImportOptions(dateOrder: .mdy))
    } throws: { error in
      "\(error)".contains("each line is a month of a CRM deal's revenue schedule (\"Stage\"")
        && "\(error)".contains("pass --as-of")
    }
    let c = try Importer.read(
      [file(text(1))], options: ImportOptions(asOf: Month(year: 2026, month: 4), dateOrder: .mdy))
    #expect(c.mrrRow("Acme Corp").last == 500_000)
    let invoices = try Importer.read(
      [file(text(1, stage: "Paid"))], options: ImportOptions(dateOrder: .mdy))
    #expect(invoices.asOf == Month(year: 2026, month: 6))
  }

  /// A customer named "Total" with dated lines is read as a customer, not a totals row.
  @Test func aCustomerNamedTotalWithDatesIsACustomer() throws {
    let text = """
      customer,date,amount
      Total,2025-05-01,19.00
      Total,2025-06-01,19.00
      Acme,2025-06-01,100.00
      """
    let c = try Importer.read([Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))])
    #expect(c.mrrRow("Total") == [1_900, 1_900])
  }
}
