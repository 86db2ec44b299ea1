import ARRCore
import Testing

@testable import ARRInput

/// Trial 54, T54-30: whole-number amounts in a Stripe file raised "if these are cents, every
/// amount is 100 times too high" even where cents are impossible: `29` read as cents is $0.29,
/// below Stripe's minimum charge ($0.50), which Stripe never charges (``StripeMinimumCharge``).
@Suite struct StripeMinimumChargeTests {
  func read(_ text: String, name: String = "export.csv") throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
  }

  /// Stripe's subscriptions export with whole prices. By hand: cus_1 $29 a month, cus_2 $99,
  /// cus_3 $490 a year ($40.83 a month, rounded): read as major units either way; read as
  /// cents cus_1's $0.29 is below the $0.50 minimum, so a note, no finding. Its twin, prices of
  /// $99, $149 and $490 ($0.99, $1.49, $4.90 as cents: all chargeable) keeps the finding.
  static func subscriptions(
    _ prices: [String], quantity: String = "1", quantities: [String]? = nil
  ) -> String {
    var lines = [
      "id,Customer ID,Status,Amount,Currency,Interval,Quantity,Start Date (UTC),"
        + "Current Period Start (UTC),Current Period End (UTC)"
    ]
    for (k, p) in prices.enumerated() {
      let interval = k == 2 ? "year" : "month"
      let end = k == 2 ? "2026-01-01" : "2025-07-01"
      lines.append(
        "sub_\(k),cus_\(k + 1),active,\(p),usd,\(interval),\(quantities?[k] ?? quantity),2025-01-01,"
          + "2025-06-01,\(end)"
      )
    }
    return lines.joined(separator: "\n")
  }

  @Test func aPriceBelowTheMinimumAsCentsIsNoDoubt() throws {
    let c = try read(Self.subscriptions(["29", "99", "490"]))
    #expect(c.mrrRow("cus_1").last == 2_900)
    #expect(c.mrrRow("cus_2").last == 9_900)
    #expect(c.mrrRow("cus_3").last == 4_083)
    #expect(!c.log.findings.contains { $0.contains("whole number") })
    #expect(
      c.log.notes.contains {
        $0.contains("read as cents, 1 of 3 charges would be below Stripe's minimum charge")
          && $0.contains("\"29\" on line 2 would be USD 0.29, the minimum USD 0.50")
      })
  }

  /// Hostile twins: prices chargeable as cents keep the finding; so does a $29 seat price
  /// times 10 seats ($2.90 as cents).
  @Test func chargeablePricesKeepTheFinding() throws {
    for text in [
      Self.subscriptions(["99", "149", "490"]),
      Self.subscriptions(["29", "99", "490"], quantity: "10"),
      // A metered per-unit price (quantity blank) is no charge: the cents export's doubt stays
      // (review 56, R56-2).
      Self.subscriptions(["4900", "9900", "49000", "2"], quantities: ["1", "1", "1", ""]),
    ] {
      let c = try read(text)
      #expect(c.log.findings.contains { $0.contains("whole number") })
      #expect(!c.log.notes.contains { $0.contains("minimum charge") })
    }
  }

  /// Stripe's payments export: each line a charge. By hand: `25` DKK as cents is 0.25, below
  /// DKK 2.50: a note. Invoice lines are parts of invoices: one small line of three (a usage
  /// line beside plans) keeps the finding, two of three do not.
  @Test func paymentsAreChargesInvoiceLinesAreParts() throws {
    let payments = """
      id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status,Customer ID
      ch_1,2026-01-10,25,0,dkk,true,Paid,cus_A
      ch_2,2026-01-11,400,0,dkk,true,Paid,cus_B
      ch_3,2026-02-10,25,0,dkk,true,Paid,cus_A
      """
    let p = try read(payments, name: "payments.csv")
    #expect(p.mrrRow("cus_A").last == 2_500)
    #expect(!p.log.findings.contains { $0.contains("whole number") })
    #expect(p.log.notes.contains { $0.contains("would be DKK 0.25, the minimum DKK 2.50") })
    func lines(_ amounts: [String]) -> String {
      "Line Item ID,Customer ID,Invoice Created (UTC),Amount,Currency,Period Start (UTC),"
        + "Period End (UTC)\n"
        + amounts.enumerated().map { k, a in
          "il_\(k),cus_\(k),2025-01-01 00:00,\(a),usd,2025-01-01 00:00,2025-02-01 00:00"
        }.joined(separator: "\n")
    }
    let one = try read(lines(["12", "4900", "9900"]))
    #expect(one.log.findings.contains { $0.contains("whole number") })
    let two = try read(lines(["12", "29", "9900"]))
    #expect(!two.log.findings.contains { $0.contains("whole number") })
    #expect(two.log.notes.contains { $0.contains("2 of 3 lines would be below") })
  }
}
