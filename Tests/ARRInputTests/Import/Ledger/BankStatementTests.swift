import ARRCore
import Testing

@testable import ARRInput

/// A bank statement (`Date, Description, Counterparty, Money In, Money Out, Balance`): money in
/// is the amount, the counterparty the customer, and a line of money out with none in (a
/// supplier, the payroll) is skipped as an outflow (`docs/import.md`, "Invoice ledger"; trial
/// 28, T28-19: refused, "no column is a customer or an amount", and renamed as advised every
/// outflow line was a bad row, "no amount").
@Suite struct BankStatementTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([
      Importer.SourceFile(name: "statement.csv", bytes: Array(text.utf8))
    ])
  }

  /// By hand: ACME pays 1,500 and BIRCH 800 in each of April, May and June; AWS and the payroll
  /// are money out (BIRCH's April line, 0.00 under money out, is money in). The dates are day
  /// first (25/04). Rows read 9 = used 6 + 3 outflows.
  @Test(arguments: [
    ("Money In", "Money Out"), ("Paid in", "Paid out"), ("amount_in", "amount_out"),
  ])
  func moneyInIsTheAmountAndMoneyOutIsSkipped(inHeader: String, outHeader: String) throws {
    let c = try read(
      """
      Date,Description,Counterparty,\(inHeader),\(outHeader),Balance
      03/04/2025,FPS CREDIT ACME CORP,ACME CORP,1500.00,,11500.00
      07/04/2025,FPS CREDIT BIRCH INC,BIRCH INC,800.00,0.00,12300.00
      25/04/2025,DD AWS EMEA,AWS EMEA,,4200.00,8100.00
      28/04/2025,PAYROLL,,,9000.00,-900.00
      03/05/2025,FPS CREDIT ACME CORP,ACME CORP,1500.00,,600.00
      07/05/2025,FPS CREDIT BIRCH INC,BIRCH INC,800.00,,1400.00
      28/05/2025,PAYROLL,,,9000.00,-7600.00
      03/06/2025,FPS CREDIT ACME CORP,ACME CORP,1500.00,,-6100.00
      07/06/2025,FPS CREDIT BIRCH INC,BIRCH INC,800.00,,-5300.00
      """)
    #expect(c.mrrRow("ACME CORP") == [150_000, 150_000, 150_000])
    #expect(c.mrrRow("BIRCH INC") == [80_000, 80_000, 80_000])
    #expect(c.accounts.count == 2)
    let f = c.log.files[0]
    #expect(f.rowsRead == 9 && f.rowsUsed == 6 && f.skipped[.outflow] == 3)
    #expect(f.recognisedColumns.contains("money_out: \(outHeader)"))
  }

  /// `Credit` and `Debit` are not read as money in and out: an accounts receivable ledger's
  /// debits are its invoices. Such a file is still refused for want of an amount.
  @Test func creditAndDebitColumnsAreNotMoneyInAndOut() {
    #expect(throws: ARRQualityError.self) {
      try read(
        """
        Date,Description,Counterparty,Credit,Debit
        03/04/2025,FPS CREDIT ACME CORP,ACME CORP,1500.00,
        25/04/2025,DD AWS EMEA,AWS EMEA,,4200.00
        03/05/2025,FPS CREDIT ACME CORP,ACME CORP,1500.00,
        """)
    }
  }
}
