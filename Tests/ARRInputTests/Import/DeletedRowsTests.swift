import ARRCore
import Testing

@testable import ARRInput

/// Rows a sync marks deleted in the source system (`_fivetran_deleted` true, `is_deleted`,
/// `_sdc_deleted_at`) or as an earlier version of a record (`_fivetran_active` false) are skipped
/// with their reason, and rows read = used + skipped (thirteenth session's trial: Fivetran's
/// dbt_quickbooks seeds, `sales_receipt_data.csv` and `invoice_data.csv`, keep deleted rows
/// marked `_fivetran_deleted` TRUE beside the others).
@Suite struct DeletedRowsTests {
  func read(_ text: String, name: String = "x.csv", options: ImportOptions = ImportOptions())
    throws -> ImportedCompany
  {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))], options: options)
  }

  /// Acme pays 100.00 a month, January to March. A deleted 500.00 receipt of February, and a
  /// deleted row with nothing but its id (as Fivetran keeps a deleted QuickBooks record), are
  /// skipped: February is 100.00, not 600.00; 5 rows read, 3 used, 2 skipped as deleted; the
  /// tie-out's source is the 300.00 of the used lines.
  @Test func fivetranDeletedRowsAreSkippedAndCounted() throws {
    let c = try read(
      """
      id,_fivetran_deleted,customer_id,transaction_date,total_amount
      1,FALSE,acme,2024-01-05,100.00
      2,TRUE,acme,2024-02-05,500.00
      3,false,acme,2024-02-05,100.00
      4,TRUE,,,
      5,FALSE,acme,2024-03-05,100.00
      """)
    #expect(c.mrrRow("acme") == [10_000, 10_000, 10_000])
    let f = c.log.files[0]
    #expect(f.rowsRead == 5 && f.rowsUsed == 3 && f.skipped == [.deleted: 2])
    #expect(f.rowsRead == f.rowsUsed + f.rowsSkipped)
    #expect(c.log.tieOut.sourceCents == 30_000)
    #expect(
      c.log.skipped.map(\.line) == [3, 5]
        && c.log.skipped.allSatisfy {
          $0.reason == "deleted record: _fivetran_deleted TRUE: deleted in the source system"
        })
    // The marker column is no column left unread: it was read as the rows' mark.
    #expect(!f.ignoredColumns.contains("_fivetran_deleted"))
  }

  /// Skipped deleted rows keep the list of skipped lines in line order with the others: a
  /// title line (line 1) is listed before the deleted row (line 4), which the reader never saw.
  @Test func skippedLinesStayInLineOrder() throws {
    let c = try read(
      """
      Sales receipts export
      customer_id,date,amount,is_deleted
      acme,2024-01-05,100.00,false
      acme,2024-01-20,900.00,true
      acme,2024-02-05,100.00,false
      """)
    #expect(c.mrrRow("acme") == [10_000, 10_000])
    #expect(c.log.skipped.map(\.line) == [1, 4])
    #expect(c.log.skipped.map { $0.reason.prefix(14) } == ["title line: Sa", "deleted record"])
  }

  /// Fivetran's history mode keeps every version of a record: Acme's subscription at 100.00,
  /// then (current) at 150.00; Beta's at 200.00. Read as rows, Acme paid 250.00 a month. The
  /// earlier version is skipped: MRR in March 150.00 + 200.00 = 350.00.
  @Test func earlierVersionsOfHistoryModeAreSkipped() throws {
    let c = try read(
      """
      subscription_id,customer_id,start_date,end_date,mrr,_fivetran_active
      s1,acme,2024-01-01,,100.00,false
      s1,acme,2024-01-01,,150.00,true
      s2,beta,2024-02-01,,200.00,true
      """, options: ImportOptions(asOf: Month(year: 2024, month: 3)))
    #expect(c.mrrRow("acme").last == 15_000)
    #expect(c.mrrRow("beta").last == 20_000)
    let f = c.log.files[0]
    #expect(f.rowsRead == 3 && f.rowsUsed == 2 && f.skipped == [.earlierVersion: 1])
  }

  /// A deletion time (Stitch's `_sdc_deleted_at`) marks a row deleted when written; `NULL` is
  /// no time. Beta's row is skipped: Acme alone, 100.00 a month.
  @Test func aDeletionTimeMarksARowDeleted() throws {
    let c = try read(
      """
      customer_id,invoice_date,amount,_sdc_deleted_at
      acme,2024-01-05,100.00,NULL
      beta,2024-01-07,300.00,2024-01-09T10:00:00Z
      acme,2024-02-05,100.00,
      """)
    #expect(c.accounts.map(\.id) == ["acme"])
    #expect(c.mrrRow("acme") == [10_000, 10_000])
    #expect(c.log.files[0].skipped == [.deleted: 1])
  }

  /// A mark that says neither true nor false is a problem at its cell, never read as either;
  /// with --lenient its row is a bad row, read and skipped (4 read = 2 used + 1 deleted + 1 bad).
  @Test func anUnreadableMarkIsAProblem() throws {
    let text = """
      customer_id,date,amount,_fivetran_deleted
      acme,2024-01-05,100.00,false
      acme,2024-02-05,100.00,maybe
      acme,2024-02-06,700.00,true
      acme,2024-03-05,100.00,false
      """
    #expect {
      _ = try read(text)
    } throws: { error in
      guard let e = error as? ARRQualityError else { return false }
      return e.problems.map(\.description) == [
        "x.csv:3:4: \"_fivetran_deleted\" says \"maybe\" (expected true or false, 1 or 0, yes or "
          + "no: whether the sync marks the row deleted in the source system)"
      ]
    }
    let c = try read(text, options: ImportOptions(isLenient: true))
    let f = c.log.files[0]
    #expect(f.rowsRead == 4 && f.rowsUsed == 2 && f.skipped == [.deleted: 1, .badRow: 1])
    #expect(c.log.skipped.map(\.line) == [3, 4])
  }

  /// The header repeated below the first (exports joined) is no mark: the reader skips it as a
  /// repeated header, and the deleted row below it is skipped as deleted.
  @Test func aRepeatedHeaderIsNoMark() throws {
    let c = try read(
      """
      customer_id,date,amount,_fivetran_deleted
      acme,2024-01-05,100.00,false
      customer_id,date,amount,_fivetran_deleted
      acme,2024-02-05,100.00,false
      acme,2024-02-09,400.00,true
      """)
    #expect(c.mrrRow("acme") == [10_000, 10_000])
    #expect(c.log.files[0].skipped == [.repeatedHeader: 1, .deleted: 1])
  }
}
