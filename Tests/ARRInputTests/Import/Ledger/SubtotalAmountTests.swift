import ARRCore
import Testing

@testable import ARRInput

/// `sub_total` beside `total` and `tax` (Chargebee's `Invoices.csv`; session 16, import lane):
/// the subtotal before tax is read, with a note that the tax column is left out, not `total`
/// with the finding that it may include tax. Figures by hand.
@Suite struct SubtotalAmountTests {
  /// cus_1: 100.00 before 8.00 of tax in January and February; cus_2: 200.00, no tax, in
  /// January and February. Read from `sub_total`: cus_1 100 a month, cus_2 200: headline MRR
  /// 300.00 (from `total` it was 308.00, with a finding).
  static let invoices = """
    invoices.id,invoices.customer_id,invoices.recurring,invoices.status,invoices.date,\
    invoices.currency_code,invoices.sub_total,invoices.tax,invoices.total,invoices.amount_paid,\
    customers.id
    1000,cus_2,true,Paid,2025-01-01,USD,200.00,0.00,200.00,200.00,cus_2
    1001,cus_1,true,Paid,2025-01-10,USD,100.00,8.00,108.00,108.00,cus_1
    1002,cus_2,true,Paid,2025-02-01,USD,200.00,0.00,200.00,200.00,cus_2
    1003,cus_1,true,Paid,2025-02-10,USD,100.00,8.00,108.00,108.00,cus_1
    """

  @Test func theSubtotalBeforeTaxIsRead() throws {
    let c = try Importer.read([
      Importer.SourceFile(name: "Invoices.csv", bytes: Array(Self.invoices.utf8))
    ])
    #expect(c.log.files[0].shape == .ledger)
    #expect(c.mrrRow("cus_1") == [10_000, 10_000])
    #expect(c.mrrRow("cus_2") == [20_000, 20_000])
    #expect(c.log.files[0].recognisedColumns.contains("amount: sub_total"))
    #expect(
      c.log.notes.contains {
        $0.contains(
          "Invoices.csv: amounts read from \"sub_total\", a subtotal before tax; the tax column "
            + "\"tax\" is left out")
      })
    #expect(
      !c.log.findings.contains { $0.contains("may include tax") || $0.contains("includes tax") })
  }

  /// A line whose subtotal exceeds its total less its tax took a discount after the subtotal:
  /// cus_3's 100.00 with a 10.00 discount, 7.20 of tax on the 90.00 left, total 97.20. The
  /// subtotal is read as written (100.00 a month) and a finding gives the excess, 100.00 −
  /// (97.20 − 7.20) = 10.00 a line, 20.00 in all; the lines without a discount add nothing.
  @Test func aSubtotalAboveTotalLessTaxIsAFinding() throws {
    let text =
      Self.invoices + "\n1004,cus_3,true,Paid,2025-01-20,USD,100.00,7.20,97.20,97.20,cus_3\n"
      + "1005,cus_3,true,Paid,2025-02-20,USD,100.00,7.20,97.20,97.20,cus_3"
    let c = try Importer.read([Importer.SourceFile(name: "Invoices.csv", bytes: Array(text.utf8))])
    #expect(c.mrrRow("cus_3") == [10_000, 10_000])
    #expect(
      c.log.findings.contains {
        $0
          == "Invoices.csv: 2 lines (the first on line 6) read from \"sub_total\" exceed "
          + "\"total\" less \"tax\" by 20.00 in all: a discount or credit taken after the "
          + "subtotal; revenue and ARR are overstated by it (it is not taken off)"
      })
  }

  /// Without a tax column a subtotal is still read before `total` (one order of amount
  /// columns), and `amount` or `line amount` before it (a line's own amount, where an invoice's
  /// subtotal repeats on its every line).
  @Test(
    arguments: [
      (["customer", "date", "subtotal", "total"], "subtotal"),
      (["customer", "date", "amount", "sub_total", "total"], "amount"),
      (["customer", "date", "line amount", "subtotal"], "line amount"),
      (["customer", "date", "net amount", "subtotal"], "net amount"),
    ] as [([String], String)])
  func amountColumnOrder(header: [String], expected: String) throws {
    let text =
      header.joined(separator: ",") + "\n"
      + header.map { $0 == "customer" ? "c1" : $0 == "date" ? "2025-01-01" : "10.00" }
      .joined(separator: ",")
    let c = try Importer.read([Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))])
    #expect(c.log.files[0].recognisedColumns.contains("amount: \(expected)"))
  }
}
