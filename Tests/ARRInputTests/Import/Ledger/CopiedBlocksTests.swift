import ARRCore
import Testing

@testable import ARRInput

/// A block of invoice lines written a second time further down, invoice numbers included, is
/// counted once (``CopiedBlocks``; trial 55, T55-9).
@Suite struct CopiedBlocksTests {
  /// Three customers invoiced 100, 200 and 300 each month, January to April (12 lines, INV-1 to
  /// INV-12), then INV-1 to INV-4 pasted again at the end. By hand: 600 a month (March's
  /// total, 600, not 600 + INV-1…4's 100 + 200 + 300 + 100 in their months); rows read 16 =
  /// used 12 + skipped 4, the four as repeated lines; a finding names the block.
  static func invoices(withCopy: Bool, document: Bool = true) -> String {
    var rows = [document ? "invoice_number,customer,date,amount" : "customer,date,amount"]
    var n = 0
    for month in 1...4 {
      for (customer, amount) in [("A", 100), ("B", 200), ("C", 300)] {
        n += 1
        let doc = document ? "INV-\(n)," : ""
        rows.append("\(doc)\(customer),2026-0\(month)-05,\(amount)")
      }
    }
    if withCopy { rows += rows[1...4] }
    return rows.joined(separator: "\n")
  }

  @Test func aBlockWrittenTwiceIsCountedOnce() throws {
    let c = try importLedger(Self.invoices(withCopy: true), name: "invoices.csv")
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000, 10_000])
    #expect(c.mrrRow("B") == [20_000, 20_000, 20_000, 20_000])
    let f = c.log.files[0]
    #expect(f.rowsRead == 16 && f.rowsUsed == 12 && f.skipped[.repeatedLine] == 4)
    #expect(
      c.log.findings.contains(
        "invoices.csv: 4 lines repeat earlier lines exactly, invoice numbers included (lines "
          + "14–17 repeat lines 2–5: INV-1, INV-2, INV-3, INV-4): the same invoices written "
          + "twice; skipped, not counted twice"))
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// The twins: without invoice numbers equal lines may be equal charges (read, none skipped);
  /// one invoice's seven equal seat lines are no block (all read).
  @Test func equalChargesAreNoBlock() throws {
    let plain = try importLedger(Self.invoices(withCopy: true, document: false))
    #expect(plain.log.files[0].skipped[.repeatedLine] == nil)
    let seats =
      "invoice_number,customer,date,amount\n"
      + Array(repeating: "INV-9,A,2026-01-05,10", count: 7).joined(separator: "\n")
      + "\nINV-10,A,2026-02-05,70"
    let c = try importLedger(seats)
    #expect(c.log.files[0].skipped[.repeatedLine] == nil)
    #expect(c.mrrRow("A") == [7_000, 7_000])
  }
}
