import ARRCore
import Testing

@testable import ARRInput

/// Income in the accounting sign: a saved search on the revenue accounts shows invoices
/// negative, credit memos positive (session 42, crm lane; trial 41, T41-11: read as written, a
/// NetSuite export was all credits, headline $0, "No account pays recurring revenue").
@Suite struct AccountingSignTests {
  /// By hand at 2025-03: Acme 2,000, Bolt 1,000 and Cato 500 a month; Bolt's March invoice is
  /// credited in full by a credit memo of +1,000 (a credit, read −1,000): it is one-off in the
  /// as-of month, so Bolt keeps 1,000 with a range down to 0.
  @Test func invoicesWrittenNegativeAreRevenue() throws {
    var text = "Date,Type,Document Number,Customer,Account,Memo,Amount\n"
    for m in 1...3 {
      text +=
        "2025-0\(m)-01,Invoice,INV\(m)01,Acme Corp,4000 Subscription Revenue,Platform,-2000.00\n"
      text +=
        "2025-0\(m)-01,Invoice,INV\(m)02,Bolt Inc,4000 Subscription Revenue,Platform,-1000.00\n"
      text +=
        "2025-0\(m)-01,Invoice,INV\(m)03,Cato Ltd,4000 Subscription Revenue,Platform,-500.00\n"
    }
    text +=
      "2025-03-10,Credit Memo,CM301,Bolt Inc,4000 Subscription Revenue,Credit INV302,1000.00\n"
    let c = try importLedger(text, name: "saved-search.csv")
    #expect(c.mrrRow("Acme Corp") == [200_000, 200_000, 200_000])
    #expect(c.mrrRow("Cato Ltd") == [50_000, 50_000, 50_000])
    #expect(c.mrrRow("Bolt Inc") == [100_000, 100_000, 100_000])
    #expect(c.accounts.first { $0.id == "Bolt Inc" }?.ambiguousMRR?.low == 0)
    #expect(
      c.log.notes.contains {
        $0.contains("income in the accounting sign: 9 of the 9 lines typed as invoices")
          && $0.contains("read with its sign reversed")
      })
  }

  /// Control: invoices positive beside a negative credit memo read as written, no note.
  @Test func invoicesWrittenPositiveAreReadAsWritten() throws {
    let c = try importLedger(
      """
      Date,Type,Customer,Amount
      2025-01-01,Invoice,A,1000.00
      2025-02-01,Invoice,A,1000.00
      2025-02-10,Credit Memo,A,-200.00
      """)
    #expect(c.mrrRow("A")[0] == 100_000)
    #expect(!c.log.notes.contains { $0.contains("accounting sign") })
  }

  /// A ledger with no customer column but a bare `Name`: the refusal names it as the customer it
  /// may be, beside the GL account's `Account`.
  @Test func theRefusalNamesABareNameColumn() throws {
    let text = """
      Date,Type,Document Number,Name,Account,Memo,Amount
      2025-01-01,Invoice,INV101,Acme Corp,4000 Subscription Revenue,Platform,-2000.00
      """
    do {
      _ = try importLedger(text, name: "saved-search.csv")
      Issue.record("expected a refusal")
    } catch {
      #expect("\(error)".contains("\"Name\" may name the customer"))
    }
  }
}
