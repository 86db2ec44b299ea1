import ARRCore
import ARRFileSystem
import ARRTestSupport
import Testing

@testable import ARRInput

/// A table of credits alone (credit memos, credit notes, refund receipts) is no revenue file:
/// refused, saying what it is (thirteenth session's trial: Fivetran's dbt_quickbooks
/// `credit_memo_data.csv`, a customer, a date and a positive `total_amount` per credit memo,
/// was imported as revenue).
@Suite struct CreditTableTests {
  /// The refusal's message, or `nil` (a read is recorded as a failure).
  func refusal(_ files: [(name: String, text: String)]) -> String? {
    do {
      _ = try ImportFixtures.read(files)
      Issue.record("read, not refused")
      return nil
    } catch {
      return error.message
    }
  }

  /// QuickBooks' credit memo table, as Fivetran writes it: `remaining_credit` is a credit's. Its
  /// two credits total 890.51 + 561.81 = 1,452.32.
  static let creditMemos = """
    id,customer_id,transaction_date,total_amount,remaining_credit,currency_id
    2702,4,2017-11-13,890.51,0,USD
    2708,21,2017-11-21,561.81,0,USD
    """

  @Test func aCreditMemoTableIsRefused() {
    let message = refusal([("credit_memo_data.csv", Self.creditMemos)])
    #expect(
      message
        == "credit_memo_data.csv: a table of credits, not of revenue (its column "
        + "\"remaining_credit\" is a credit memo's or credit note's): its 2 lines ($1,452.32 in "
        + "all) reduce what invoices bill, and read as a ledger they would be revenue; import "
        + "the invoices as the revenue file, with these credits as lines of the same file and a "
        + "type column saying \"Credit Memo\" or \"Credit Note\" (written positive or negative, "
        + "they are read as credits), or leave this file out")
  }

  /// Every line typed a credit document: refused, whatever the file's name, and whichever
  /// sign the credits have.
  @Test(arguments: ["-100.00", "100.00"])
  func aTableTypedCreditsOnlyIsRefused(amount: String) {
    let message = refusal([
      (
        "export.csv",
        """
        customer,date,amount,type
        acme,2024-01-15,\(amount),Credit Memo
        beta,2024-02-15,\(amount),credit memo
        """
      )
    ])
    #expect(
      message?.hasPrefix(
        "export.csv: a table of credits, not of revenue (every line's type is a credit document "
          + "(\"Credit Memo\", first on line 2)): its 2 lines ($200.00 in all)") == true)
  }

  /// Without a type column or a credit's header, the table's name decides: the same lines
  /// named `credit_notes.csv` are refused, named `ledger.csv` or
  /// `invoices_and_credit_notes.csv` read as invoices (100.00 a month).
  @Test func theNameSaysCreditsOnlyWhenItSaysNothingElse() throws {
    let lines = """
      customer,date,amount
      acme,2024-01-15,100.00
      acme,2024-02-15,100.00
      """
    #expect(
      refusal([("exports/credit_notes.csv", lines)])?.hasPrefix(
        "exports/credit_notes.csv: a table of credits, not of revenue (its file name "
          + "\"credit_notes\" says credits)") == true)
    #expect(refusal([("RefundReceipts.csv", lines)])?.contains("\"RefundReceipts\" says") == true)
    for name in ["ledger.csv", "invoices_and_credit_notes.csv"] {
      #expect(try ImportFixtures.read([(name, lines)]).mrrRow("acme") == [10_000, 10_000])
    }
  }

  /// A ledger of invoices and credit memos is read, as before: Acme's 100.00 credit memo beside
  /// February's 1,000.00 is a one-off credit, left out (``OneOffCredits``).
  @Test func invoicesWithCreditsAreRead() throws {
    let c = try ImportFixtures.read([
      (
        "credit_memos.csv",
        """
        customer,date,amount,type
        acme,2024-01-01,1000.00,Invoice
        acme,2024-02-01,1000.00,Invoice
        acme,2024-02-15,-100.00,Credit Memo
        acme,2024-03-01,1000.00,Invoice
        """
      )
    ])
    #expect(c.mrrRow("acme") == [100_000, 100_000, 100_000])
    #expect(c.log.tieOut.leftOutCents == -10_000)
  }

  /// A workbook of invoices (100.00 in January and February) and a sheet of credit notes
  /// (`Scripts/make-workbook-fixtures.py`, `credits-sheet.xlsx`): the credits sheet is left
  /// unused and listed, the invoices read; named with --sheet, it is refused.
  @Test func aWorkbooksCreditsSheetIsLeftUnused() throws {
    let path = Repository.root + "/Tests/ARRWorkbookTests/Fixtures/credits-sheet.xlsx"
    let file = Importer.SourceFile(name: "book.xlsx", bytes: try InputFile.read(path))
    let c = try Importer.read([file])
    #expect(c.mrrRow("acme") == [10_000, 10_000])
    #expect(
      c.log.notes.contains(
        "Sheets not used: book.xlsx, sheet Credit Notes (credits alone, not revenue)."))
    let error = try #require(throws: ARRQualityError.self) {
      try Importer.read([file], options: ImportOptions(sheet: "Credit Notes"))
    }
    #expect(
      error.message.hasPrefix(
        "book.xlsx, sheet Credit Notes: a table of credits, not of revenue (its sheet name "
          + "\"Credit Notes\" says credits)"))
  }

  /// Beside an invoice ledger, the credits file is refused as credits (not "a second file of
  /// invoice lines"), whichever comes first.
  @Test func besideInvoicesTheCreditTableIsRefusedAsSuch() {
    let invoices = (
      "invoice_data.csv",
      """
      id,customer_id,transaction_date,total_amount
      1,4,2017-11-01,1000.00
      """
    )
    let credits = ("credit_memo_data.csv", Self.creditMemos)
    for files in [[invoices, credits], [credits, invoices]] {
      #expect(
        refusal(files)?.hasPrefix("credit_memo_data.csv: a table of credits, not of revenue")
          == true)
    }
  }
}
