import ARRCore
import Testing

@testable import ARRInput

/// Tables dumped from a billing API, whose money is in cents (trial 22, T22-25): Chargebee's
/// subscription fields read in cents with a note; a doubt (Unix-time dates, one API field name)
/// said in a finding; a cancelled subscription's current MRR of 0 billed at its period's price
/// while it ran. Figures by hand.
@Suite struct APIMinorUnitsTests {
  /// Chargebee's subscription object as an ELT tool lands it: Unix seconds, `plan_unit_price`
  /// and `mrr` in cents. As of 2024-05 (`--as-of`), from 2024-01.
  /// - cust_1: 4900 cents = $49.00 a month from 2024-01-01.
  /// - cust_2: 2 × 2900 = $58.00 a month from 2024-01-01, cancelled 2024-05-01 (on the 1st:
  ///   January to April), its `mrr` 0 as Chargebee writes a cancelled one.
  /// - cust_3: 120000 cents a year = $1,200.00, $100.00 a month from 2024-02-01 (`mrr` 10000).
  /// Headline MRR at May: 49 + 100 = $149.00.
  static let chargebee = """
    id,customer_id,plan_quantity,plan_unit_price,billing_period,billing_period_unit,status,\
    started_at,cancelled_at,mrr,currency_code
    sub_1,cust_1,1,4900,1,month,active,1704067200,,4900,USD
    sub_2,cust_2,2,2900,1,month,cancelled,1704067200,1714521600,0,USD
    sub_3,cust_3,1,120000,1,year,active,1706745600,,10000,USD
    """

  static let may = ImportOptions(asOf: Month(year: 2024, month: 5))

  @Test func chargebeesFieldNamesReadInCentsAndAnEndedRowBillsItsPrice() throws {
    let c = try Importer.read(
      [
        Importer.SourceFile(name: "subscription.csv", bytes: Array(Self.chargebee.utf8))
      ], options: Self.may)
    #expect(c.log.files[0].shape == .subscriptions)
    #expect(c.firstMonth == Month(year: 2024, month: 1))
    #expect(c.asOf == Month(year: 2024, month: 5))
    #expect(c.mrrRow("cust_1") == [4_900, 4_900, 4_900, 4_900, 4_900])
    #expect(c.mrrRow("cust_2") == [5_800, 5_800, 5_800, 5_800, 0])
    #expect(c.mrrRow("cust_3") == [0, 10_000, 10_000, 10_000, 10_000])
    #expect(
      c.log.notes.contains {
        $0.contains(
          "amounts under \"mrr\" read in the currency's smallest unit (cents): the header "
            + "carries Chargebee's API field names")
          && $0.contains("\"4900\" on line 2 is 49.00")
      })
    #expect(
      c.log.notes.contains {
        $0.contains(
          "1 subscription has an end and 0 under \"mrr\" (a cancelled subscription's current "
            + "MRR) but a price under \"plan_unit_price\"")
          && $0.contains("(\"cust_2\" on line 3: $58.00 a month)")
      })
    // Its churn is in the data now: no "never billing" note, no cents finding.
    #expect(!c.log.notes.contains { $0.contains("read as never billing") })
    #expect(!c.log.findings.contains { $0.contains("cents") })
    #expect(try c.checkedTieOut().isBalanced)
  }

  @Test func amountsUnitsKeepsThemAsWritten() throws {
    let c = try Importer.read(
      [Importer.SourceFile(name: "subscription.csv", bytes: Array(Self.chargebee.utf8))],
      options: ImportOptions(asOf: Month(year: 2024, month: 5), amounts: .units))
    #expect(c.mrrRow("cust_1") == [490_000, 490_000, 490_000, 490_000, 490_000])
    // The ended row bills its price as written: 2 × 2,900.00.
    #expect(c.mrrRow("cust_2") == [580_000, 580_000, 580_000, 580_000, 0])
    #expect(!c.log.notes.contains { $0.contains("Chargebee's API field names") })
  }

  /// Decimals are major units whatever the header: Chargebee's UI export writes `49.00`.
  @Test func decimalsUnderAPINamesAreMajorUnits() throws {
    let text = Self.chargebee.replacingOccurrences(of: ",4900,", with: ",49.00,")
    let c = try Importer.read(
      [
        Importer.SourceFile(name: "subscription.csv", bytes: Array(text.utf8))
      ], options: Self.may)
    #expect(c.mrrRow("cust_1") == [4_900, 4_900, 4_900, 4_900, 4_900])
    #expect(!c.log.notes.contains { $0.contains("Chargebee's API field names") })
    #expect(!c.log.findings.contains { $0.contains("100 times too high") })
  }

  /// A plain table (no vendor's names) with Unix-time dates and whole amounts: read as written
  /// (4900 is $4,900.00 a month), with a finding naming the doubt.
  @Test func unixDatesBesideWholeNumbersAreADoubt() throws {
    let text = """
      customer_id,start_date,end_date,mrr
      a,1704067200,,4900
      b,1706745600,,9900
      """
    let c = try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))])
    #expect(c.mrrRow("a") == [490_000, 490_000])
    #expect(
      c.log.findings.contains {
        $0.contains(
          "every amount in \"mrr\" is a whole number (2 amounts, e.g. \"4900\" on line 2)")
          && $0.contains("the dates are Unix time (\"1704067200\" on line 2)")
          && $0.contains("if these are cents, every amount is 100 times too high")
      })
  }

  /// One of Chargebee's names alone is a doubt, not a reading.
  @Test func oneAPIFieldNameIsADoubt() throws {
    let text = """
      customer_id,start_date,plan_unit_price,billing_period_unit
      a,2024-01-01,4900,month
      """
    let one = text.replacingOccurrences(of: "billing_period_unit", with: "interval unit")
    let c = try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(one.utf8))])
    #expect(c.mrrRow("a") == [490_000])
    #expect(
      c.log.findings.contains {
        $0.contains("the header \"plan_unit_price\" is Chargebee's API field name")
      })
  }
}
