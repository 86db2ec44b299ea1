import ARRCore
import Testing

@testable import ARRInput

/// Dates whose month is a name (`31-Jan-2024`: a spreadsheet's d-mmm-yyyy; `31 Jan 2024`:
/// Xero; `Jan 31, 2024`) were "not a date" in a ledger, and such month-end headers no month in
/// a cube.
@Suite struct NamedMonthDateTests {
  @Test(arguments: [
    "31-Jan-2024", "31-Jan-24", "31 Jan 2024", "31 January 2024", "Jan 31, 2024",
    "January 31 2024", "31. Januar 2024", "2024 Jan 31", "31-jan-2024 00:00",
  ])
  func readsTheDay(text: String) {
    #expect(LedgerDate.parse(text, order: nil) == CivilDate(year: 2024, month: 1, day: 31))
    // The name decides: the file's numeric day/month order does not apply.
    #expect(LedgerDate.parse(text, order: .mdy) == LedgerDate.parse(text, order: .dmy))
  }

  @Test(arguments: ["31-Feb-2024", "Jan 31 2024 extra", "31-Jui-2024", "Jan-2024-31x", "1 2 Jan"])
  func rejectsWhatIsNoDay(text: String) {
    #expect(LedgerDate.namedMonthDate(text) == nil)
  }

  @Test func aLedgerOfNamedMonthDatesImports() throws {
    let c = try importLedger(
      """
      Contact,Invoice Date,Line Amount
      Alpha,31 Jan 2024,100.00
      Alpha,29 Feb 2024,100.00
      Alpha,31 Mar 2024,100.00
      """)
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(Array(c.mrr[0..<3]) == [10_000, 10_000, 10_000])
  }

  @Test func aCubeOfMonthEndHeadersImports() throws {
    let text = "Customer,31-Jan-2024,29-Feb-2024,31-Mar-2024\nA,100,100,120\n"
    let c = try Importer.read([Importer.SourceFile(name: "cube.csv", bytes: Array(text.utf8))])
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(Array(c.mrr[0..<3]) == [10_000, 10_000, 12_000])
  }
}
