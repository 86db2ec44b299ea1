import ARRCore
import Testing

@testable import ARRInput

/// A ledger with service periods and no invoice date (OpenPay-style import templates: customer,
/// `service_period_start`, `service_period_end`, amount; session 15, import lane): each line is
/// dated by its period's start and spread over its period as any ledger's period is.
@Suite struct ServicePeriodOnlyTests {
  static let template = """
    customer_email,service_period_start,service_period_end,amount,currency,description
    acme@example.com,2024-01-01,2024-01-31,100.00,USD,Pro monthly
    acme@example.com,2024-02-01,2024-02-29,100.00,USD,Pro monthly
    acme@example.com,2024-03-01,2024-03-31,100.00,USD,Pro monthly
    beta@example.com,2024-01-01,2024-12-31,1200.00,USD,Pro annual
    gamma@example.com,2024-02-15,2024-03-14,300.00,USD,Team monthly
    gamma@example.com,2024-03-15,2024-04-14,300.00,USD,Team monthly
    delta@example.com,2024-01-10,2024-03-31,840.00,USD,Team prorated
    """

  /// Acme: three whole months of 100.00. Beta: 1,200.00 for 2024, 100.00 a month, 900.00 of it
  /// deferred past the as-of month (2024-03, the latest period's start). Gamma: two periods of
  /// one whole month from the 15th, each in its start month (300.00 in February and March).
  /// Delta: 840.00 from 10 January to 31 March, not whole months, prorated by days: January
  /// weighs 22/31, February and March 1 each, so January gets 840 × 22 / 84 = 220.00 and
  /// February and March 840 × 31 / 84 = 310.00 each.
  @Test func periodsAloneDateAndSpreadTheLines() throws {
    let c = try Importer.read(
      [Importer.SourceFile(name: "template.csv", bytes: Array(Self.template.utf8))])
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.mrrRow("acme@example.com") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("beta@example.com") == [10_000, 10_000, 10_000])
    #expect(c.mrrRow("gamma@example.com") == [0, 30_000, 30_000])
    #expect(c.mrrRow("delta@example.com") == [22_000, 31_000, 31_000])
    #expect(c.log.tieOut.deferredCents == 90_000)
    #expect(c.log.files[0].shape == .ledger)
    #expect(
      c.log.notes.contains {
        $0 == "template.csv: no column is an invoice date: each line is dated by its service "
          + "period's start (\"service_period_start\"), and the as-of month is the latest "
          + "period's start month"
      })
  }

  /// A line whose period start is blank has no date: one problem at that cell, the period's,
  /// not a line dropped (and not a second problem calling the start cell a date); so with both
  /// days blank.
  @Test(arguments: [
    (",2024-02-29", "t.csv:3:2: service period start missing"),
    (",", "t.csv:3:2: service period missing (no column is an invoice date"),
  ])
  func aBlankStartIsAProblemAtItsCell(period: String, says: String) throws {
    let text = """
      customer,service_period_start,service_period_end,amount
      acme,2024-01-01,2024-01-31,100.00
      acme,\(period),100.00
      """
    #expect {
      try Importer.read([Importer.SourceFile(name: "t.csv", bytes: Array(text.utf8))])
    } throws: { error in
      let text = "\(error)"
      return text.contains(says) && !text.contains("is not a date")
    }
  }
}
