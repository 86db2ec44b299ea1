import ARRCore
import Testing

@testable import ARRInput

/// Trial 54, T54-18: Stripe's payments export writes each charge in the currency the customer
/// paid in (`Amount`, `Currency`: USD, THB, EUR) beside the same charge converted to the
/// currency the account settles in (`Converted Amount`, `Converted Currency`). The company is
/// read in that one currency (``SettlementAmount``); a real file was read in its presentment
/// currency, THB, and one with several was refused.
@Suite struct SettlementAmountTests {
  /// The unified payments export's columns (`/work/team/s56/crm-repro/t54-18-unified_payments.csv`,
  /// trimmed). By hand: Acme pays $49.00 a month; Baan THB 3,500.00, settled as $103.61,
  /// $101.96 and $97.09; Café €90.00, settled as $97.56, $98.10 and $97.47. March's MRR
  /// 49.00 + 97.09 + 97.47 = $243.56, ARR $2,922.72, in USD.
  static let header =
    "id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Converted Amount,"
    + "Converted Amount Refunded,Converted Currency,Status,Customer ID,Customer Email"
  static let rows = [
    "ch_1,2026-01-05 08:12:44,49.00,0.00,usd,true,49.00,0.00,usd,Paid,cus_A,a@acme.io",
    "ch_2,2026-01-07 02:30:10,\"3,500.00\",0.00,thb,true,103.61,0.00,usd,Paid,cus_B,b@baan.th",
    "ch_3,2026-01-09 11:02:51,90.00,0.00,eur,true,97.56,0.00,usd,Paid,cus_C,c@cafe.fr",
    "ch_4,2026-02-05 08:12:40,49.00,0.00,usd,true,49.00,0.00,usd,Paid,cus_A,a@acme.io",
    "ch_5,2026-02-07 02:30:15,\"3,500.00\",0.00,thb,true,101.96,0.00,usd,Paid,cus_B,b@baan.th",
    "ch_6,2026-02-09 11:02:49,90.00,0.00,eur,true,98.10,0.00,usd,Paid,cus_C,c@cafe.fr",
    "ch_7,2026-03-05 08:12:38,49.00,0.00,usd,true,49.00,0.00,usd,Paid,cus_A,a@acme.io",
    "ch_8,2026-03-07 02:30:22,\"3,500.00\",0.00,thb,true,97.09,0.00,usd,Paid,cus_B,b@baan.th",
    "ch_9,2026-03-09 11:02:55,90.00,0.00,eur,true,97.47,0.00,usd,Paid,cus_C,c@cafe.fr",
  ]

  static func text(_ rows: [String], header: String = header) -> String {
    ([header] + rows).joined(separator: "\n")
  }

  @Test func chargesInSeveralCurrenciesAreReadInTheSettlementCurrency() throws {
    let c = try importLedger(Self.text(Self.rows), name: "unified_payments.csv")
    #expect(c.log.currency == "USD")
    #expect(c.asOf == Month(year: 2026, month: 3))
    #expect(c.mrrRow("cus_A") == [4_900, 4_900, 4_900])
    #expect(c.mrrRow("cus_B") == [10_361, 10_196, 9_709])
    #expect(c.mrrRow("cus_C") == [9_756, 9_810, 9_747])
    let march = ["cus_A", "cus_B", "cus_C"].compactMap { c.mrrRow($0).last }.reduce(0, +)
    #expect(march * 12 == 292_272)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix(
          "unified_payments.csv: amounts read from \"Converted Amount\", in USD, the currency "
            + "every charge settles in (\"Converted Currency\", 9 charges)")
          && $0.contains("(USD, THB, EUR)")
      })
  }

  /// A charge that never settled, its converted amount blank (a real export's
  /// `requires_payment_method` rows; review 56, R56-3: the file was refused again), does not
  /// stop the reading in the settlement currency.
  @Test func anUnsettledChargeDoesNotStopTheSettlementReading() throws {
    let unsettled =
      "ch_x,2026-03-08 10:00:00,\"1,200.00\",0.00,thb,false,,,,requires_payment_method,cus_B,b@baan.th"
    let c = try importLedger(Self.text(Self.rows + [unsettled]), name: "unified_payments.csv")
    #expect(c.log.currency == "USD")
    #expect(c.mrrRow("cus_B") == [10_361, 10_196, 9_709])
  }

  /// One presentment currency (every charge in THB) settled in USD: read in USD too, the
  /// currency the money arrives in. By hand: Baan's March $97.09.
  @Test func oneForeignCurrencyIsReadInTheSettlementCurrency() throws {
    let c = try importLedger(Self.text(Self.rows.filter { $0.contains("thb") }))
    #expect(c.log.currency == "USD")
    #expect(c.mrrRow("cus_B") == [10_361, 10_196, 9_709])
  }

  /// Hostile twins: without the converted columns, charges in three currencies are refused as
  /// before (no rate, nothing converted); a charge with no converted amount, or two settlement
  /// currencies, is not consistent: the own amounts are read, refused for their currencies.
  @Test func withoutAConsistentSettlementTheOwnAmountsAreRead() throws {
    let plain = Self.text(
      Self.rows.map { row in
        var cells = row.split(separator: ",", omittingEmptySubsequences: false)
        // "3,500.00" is quoted: drop the converted cells counted from the end.
        for _ in 0..<3 { cells.remove(at: cells.count - 4) }
        return cells.joined(separator: ",")
      },
      header: "id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Status,"
        + "Customer ID,Customer Email")
    #expect(throws: ARRQualityError.self) { try importLedger(plain) }
    var missing = Self.rows
    missing[2] = missing[2].replacingOccurrences(of: "97.56", with: "")
    #expect(throws: ARRQualityError.self) { try importLedger(Self.text(missing)) }
    var two = Self.rows
    two[2] = two[2].replacingOccurrences(of: "97.56,0.00,usd", with: "90.00,0.00,eur")
    #expect(throws: ARRQualityError.self) { try importLedger(Self.text(two)) }
  }
}
