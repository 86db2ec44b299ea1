import ARRCore
import Testing

@testable import ARRInput

/// A column that classes each line (QuickBooks' `Class`, Xero's tracking option under a
/// "Revenue Stream" tracking name, QuickBooks' `Product/Service` beside `Memo/Description`), and
/// a fee beside the month's charge that vouches for no other (session 42, crm lane; trial 41,
/// T41-5: two 15,000 services milestones three months apart beside a 2,000 monthly fee read the
/// second as the as-of month's MRR, $222,000 for $42,000, the range excluding the truth).
@Suite struct LineClassTests {
  /// The trial's transaction list, January to June 2025: Acme 2,000, Bolt 1,000 and Cato 500 a
  /// month, Acme's two milestones of 15,000 (March 20, June 20) and Cato's 4,000 data migration
  /// (January 15), their class `subscription` or `services` (after the customer), each row
  /// ending with `trailer`.
  static func transactions(
    header: String, subscription: String, services: String, trailer: String = ""
  ) -> String {
    var text = header + "\n"
    for m in 1...6 {
      let d = "2025-0\(m)-01"
      text +=
        "\(d),Invoice,\(1000 + m),Acme Corp,\(subscription),Platform - monthly,2000.00\(trailer)\n"
      text +=
        "\(d),Invoice,\(2000 + m),Bolt Inc,\(subscription),Platform - monthly,1000.00\(trailer)\n"
      text +=
        "\(d),Invoice,\(3000 + m),Cato Ltd,\(subscription),Platform - monthly,500.00\(trailer)\n"
      if m == 1 {
        text += "2025-01-15,Invoice,3100,Cato Ltd,\(services),Data migration,4000.00\(trailer)\n"
      }
      if m == 3 {
        text +=
          "2025-03-20,Invoice,1100,Acme Corp,\(services),Project Phoenix - milestone 1,15000.00\(trailer)\n"
      }
      if m == 6 {
        text +=
          "2025-06-20,Invoice,1101,Acme Corp,\(services),Project Phoenix - milestone 2,15000.00\(trailer)\n"
      }
    }
    return text
  }

  /// By hand at 2025-06: MRR 2,000 + 1,000 + 500 = 3,500 (ARR 42,000); one-time 34,000.
  static func expectHandFigures(_ c: ImportedCompany) {
    #expect(c.asOf == Month(year: 2025, month: 6))
    #expect(c.mrrRow("Acme Corp") == Array(repeating: 200_000, count: 6))
    #expect(c.mrrRow("Bolt Inc") == Array(repeating: 100_000, count: 6))
    #expect(c.mrrRow("Cato Ltd") == Array(repeating: 50_000, count: 6))
    #expect(c.oneTime.reduce(0, +) == 3_400_000)
    #expect(c.accounts.allSatisfy { $0.ambiguousMRR == nil })
  }

  @Test func aQuickBooksClassTypesTheLines() throws {
    let c = try importLedger(
      Self.transactions(
        header: "Date,Transaction Type,Num,Customer,Class,Memo/Description,Amount",
        subscription: "Subscription", services: "Professional Services"))
    Self.expectHandFigures(c)
    #expect(
      c.log.notes.contains {
        // A class types one-time only (review 42, R1): the 18 subscription lines stay untyped.
        $0.contains("3 lines typed by their class (\"Class\"")
          && $0.contains("): 3 one-time (no part of headline ARR)")
      })
  }

  /// QuickBooks' item path beside the memo: `Services:Professional Services` is one-time,
  /// `Subscription:Platform` recurring.
  @Test func aQuickBooksItemBesideTheMemoTypesTheLines() throws {
    let c = try importLedger(
      Self.transactions(
        header: "Date,Transaction Type,Num,Customer,Product/Service,Memo/Description,Amount",
        subscription: "Subscription:Platform", services: "Services:Professional Services"))
    Self.expectHandFigures(c)
  }

  /// Xero's tracking: `TrackingOption1` classes the lines when `TrackingName1` says "Revenue
  /// Stream"; under "Region" it classes nothing and stays ignored.
  @Test func aXeroTrackingOptionUnderARevenueStreamTypesTheLines() throws {
    let text = Self.transactions(
      header:
        "Date,Type,InvoiceNumber,ContactName,TrackingOption1,Description,LineAmount,TrackingName1",
      subscription: "Subscription", services: "Professional Services", trailer: ",Revenue Stream")
    let c = try importLedger(text.replacingOccurrences(of: ",Invoice,", with: ",Sales invoice,"))
    Self.expectHandFigures(c)
    #expect(!c.log.files[0].ignoredColumns.contains("TrackingName1"))
    let region = try importLedger(
      text.replacingOccurrences(of: ",Revenue Stream", with: ",Region"))
    #expect(region.log.files[0].ignoredColumns.contains("TrackingOption1"))
  }

  /// Without any class the milestones are fees beside the month's charge at 7.5 times it: they
  /// vouch for no run of their own, so both are one-time and the hand figures hold (the June
  /// one was the as-of month's MRR, 17,000, range to $237,000).
  @Test func feesBesideTheMonthsChargeVouchForNoRun() throws {
    let text = Self.transactions(
      header: "Date,Transaction Type,Num,Customer,Class,Memo/Description,Amount",
      subscription: "", services: "")
    Self.expectHandFigures(try importLedger(text))
  }

  /// Controls: a seat line added beside the base fee repeats in the next month and stays
  /// recurring (A: 500, then 500 + 1,500 in March and April: MRR 500, 500, 2,000, 2,000); a class
  /// naming no kind (a region) types nothing and is no finding.
  @Test func aRepeatingAddOnAndARegionClassAreUnchanged() throws {
    let c = try importLedger(
      """
      customer_id,invoice_date,Class,description,amount
      A,2025-01-01,East,Base,500.00
      A,2025-02-01,East,Base,500.00
      A,2025-03-01,East,Base,500.00
      A,2025-03-01,East,Seats,1500.00
      A,2025-04-01,East,Base,500.00
      A,2025-04-01,East,Seats,1500.00
      """)
    #expect(c.mrrRow("A") == [50_000, 50_000, 200_000, 200_000])
    #expect(!(c.log.notes + c.log.findings).contains { $0.contains("class") })
  }
}
