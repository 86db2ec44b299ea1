import ARRCore
import Testing

@testable import ARRInput

/// Zuora's Invoice Item data-source export (trial 50, T50-7, case c08 made smaller): its
/// customer is `Account.AccountNumber`, which a ledger read as a possible GL account and refused.
@Suite struct ZuoraAccountNumberTests {
  static let header =
    "Account.AccountNumber,Account.Name,Invoice.InvoiceNumber,Invoice.InvoiceDate,Invoice.Status,"
    + "InvoiceItem.ChargeName,InvoiceItem.ChargeAmount,InvoiceItem.ServiceStartDate,"
    + "InvoiceItem.ServiceEndDate,RatePlanCharge.ChargeType"

  /// By hand at 2026-10: Stark's annual licence 60,000 for 2026 is 5,000 a month; Cyberdyne
  /// 1,000 a month, January to October. Headline 12 × 6,000 = $72,000.
  @Test func accountNumberBesideInvoicesIsTheCustomer() throws {
    let cyberdyne = (1...10).map { m -> String in
      let month = "2026-\(m < 10 ? "0" : "")\(m)"
      let last = CivilDate.lastDay(of: Month(year: 2026, month: m))
      return "A00000003,Cyberdyne Systems,INV\(m + 1),\(month)-01,Posted,Analytics - Monthly,"
        + "1000.00,\(month)-01,\(last),Recurring"
    }
    let text =
      ([Self.header]
      + [
        "A00000001,Stark Industries,INV1,2026-01-01,Posted,Platform License - Annual,60000.00,"
          + "2026-01-01,2026-12-31,Recurring"
      ] + cyberdyne).joined(separator: "\n")
    let c = try Importer.read(
      [Importer.SourceFile(name: "InvoiceItem.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 10)))
    #expect(c.accounts.map(\.id).sorted() == ["A00000001", "A00000003"])
    #expect(c.mrrRow("A00000001").last == 500_000)
    #expect(c.mrrRow("A00000003").last == 100_000)
    #expect(c.accounts.first { $0.id == "A00000001" }?.name == "Stark Industries")
  }

  /// Twins: an account's number joined to a journal's lines (a GL account), and a bare
  /// `Account Number`, are not made the customer.
  @Test func anAccountNumberBesideNoInvoicesIsNoCustomer() throws {
    let journal = try #require(
      TablePrefixes.strip([
        "Account.AccountNumber", "JournalLine.Date", "JournalLine.Debit", "JournalLine.Credit",
      ]))
    #expect(journal.cells[0] == "AccountNumber")
    #expect(TablePrefixes.strip(["Account Number", "Date", "Amount"]) == nil)
    let zuora = try #require(
      TablePrefixes.strip([
        "Account.AccountNumber", "InvoiceItem.ChargeAmount", "InvoiceItem.ServiceStartDate",
        "Invoice.InvoiceDate",
      ]))
    #expect(zuora.cells[0] == "customer id")
  }
}
