import ARRCore
import Testing

@testable import ARRInput

/// A payments table dated by `payment_date`, `PaymentDate` or Stripe's `created_utc` (session
/// 28, t28c lane; trial 28, T28-15: refused, "no column is a date", on three public repos'
/// payments, NaluTheAnalyst/novasaas-revenue-analysis' among them).
@Suite struct LedgerPaymentDateTests {
  /// novasaas' columns, cut to two customers: by hand, c1 pays 49 a month, c2 149 → February
  /// MRR 198 (ARR 2,376).
  @Test(arguments: ["payment_date", "PaymentDate", "created_utc", "paid_date", "date_paid"])
  func aPaymentDateIsTheDate(header: String) throws {
    let c = try Importer.read(
      [
        Importer.SourceFile(
          name: "payments.csv",
          bytes: Array(
            """
            payment_id,customer_id,\(header),amount,payment_method
            P1,c1,2023-01-05,49.00,card
            P2,c1,2023-02-05,49.00,card
            P3,c2,2023-01-10,149.00,card
            P4,c2,2023-02-10,149.00,card
            """.utf8))
      ])
    #expect(c.mrrRow("c1") == [4_900, 4_900])
    #expect(c.mrrRow("c2") == [14_900, 14_900])
    #expect(c.log.files[0].recognisedColumns.contains { $0.hasSuffix(": \(header)") })
  }
}
