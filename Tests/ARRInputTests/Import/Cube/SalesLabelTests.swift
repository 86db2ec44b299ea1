import ARRCore
import Testing

@testable import ARRInput

/// A cube titled as invoiced sales (QuickBooks' *Sales by Customer Summary* by month) is read as
/// billings (trial 50, T50-18: its annual 18,000 invoice, never repeated, was read as one month
/// of MRR and a churn, −33%, with no range and no finding).
@Suite struct SalesLabelTests {
  func read(_ text: String, name: String = "cube.csv") throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
  }

  /// Acme pays 2,000 every month; Bolt 18,000 once, in May. By hand, as invoices: Bolt's
  /// 18,000 is a year from May (1,500 a month), so October's MRR is 2,000 + 1,500 = 3,500;
  /// read as MRR it was 2,000 (Bolt churned in June).
  static func summary(title: String) -> String {
    """
    \(title)
    Northwind SaaS Inc.

    ,Jan 2026,Feb 2026,Mar 2026,Apr 2026,May 2026,Jun 2026,Jul 2026,Aug 2026,Sep 2026,Oct 2026,Total
    Acme Corp,"2,000.00","2,000.00","2,000.00","2,000.00","2,000.00","2,000.00","2,000.00","2,000.00","2,000.00","2,000.00","20,000.00"
    Bolt LLC,,,,,"18,000.00",,,,,,"18,000.00"
    TOTAL,"2,000.00","2,000.00","2,000.00","2,000.00","20,000.00","2,000.00","2,000.00","2,000.00","2,000.00","2,000.00","38,000.00"
    """
  }

  @Test func aSalesSummaryIsReadAsInvoices() throws {
    let c = try read(Self.summary(title: "Sales by Customer Summary"))
    #expect(c.log.files[0].values == .billings)
    #expect(c.log.files[0].valuesReason.contains("\"Sales by Customer Summary\" names sales"))
    #expect(c.mrrRow("Bolt LLC").last == 150_000)
    #expect(c.mrrRow("Acme Corp").last == 200_000)
  }

  /// Twins: a title naming MRR, or none, keeps the reading by the cells' shape (MRR, Bolt's
  /// lump a guess priced in the range).
  @Test(arguments: ["MRR by customer", "Recurring sales by customer", "Revenue by customer"])
  func otherTitlesKeepTheShapesReading(title: String) throws {
    let c = try read(Self.summary(title: title))
    #expect(c.log.files[0].values == .mrr)
  }

  /// A title naming MRR is not overruled by a file named after sales.
  @Test func anMRRTitleWinsOverTheFileName() throws {
    let c = try read(Self.summary(title: "MRR by customer"), name: "sales.csv")
    #expect(c.log.files[0].values == .mrr)
  }

  /// Trial 51, T51-31: a cube of cash received is read as invoiced amounts, saying why: Bolt's
  /// 18,000 paid once is a year from May, not a month of MRR and a churn.
  @Test(arguments: ["Cash receipts by customer (bank)", "Collections by customer"])
  func cashReceivedIsReadAsInvoices(title: String) throws {
    let c = try read(Self.summary(title: title))
    #expect(c.log.files[0].values == .billings)
    #expect(c.log.files[0].valuesReason.contains("names cash received, which follows the invoices"))
    #expect(c.mrrRow("Bolt LLC").last == 150_000)
  }

  @Test(
    arguments: [
      ("Cash receipts by customer", true), ("Payments received by customer", true),
      ("Zahlungseingänge je Kunde", true), ("MRR by customer (cash basis)", false),
      ("Sales by Customer Summary", true), ("Invoiced by customer", true),
      ("Ventas por cliente", true), ("Billings by month", true), ("Umsatz je Kunde", false),
      ("MRR by customer", false), ("Recurring sales", false), ("Salesforce export", false),
      ("MRR (excluding one-off sales)", false), ("Revenue by customer", false),
    ])
  func labels(text: String, says: Bool) {
    #expect(SalesLabel.says(text) == says)
  }
}
