import ARRCore
import Testing

@testable import ARRInput

/// Paddle Billing's transactions flattened from its API (trial 22, T22-25b): the dotted
/// `details.totals.subtotal`, `billing_period.starts_at` and `billing_period.ends_at` read as
/// the amount (in the lowest denomination, as Paddle writes every amount) and the service
/// period; the same file with its columns renamed still read in cents; Paddle's ids beside
/// whole amounts under a plain name a doubt. Figures by hand.
@Suite struct PaddleTransactionsTests {
  /// ctm_1: 3000 = $30.00 a month, billed 2024-01-01, 02-01 and 03-01, each for the month to
  /// the next first. ctm_2: 120000 = $1,200.00 for 2024-01-01 to 2025-01-01, $100.00 a month.
  /// As of 2024-03 (`--as-of`): MRR 30 + 100 = $130.00.
  static let transactions = """
    id,status,customer_id,origin,billed_at,currency_code,details.totals.subtotal,\
    details.totals.tax,billing_period.starts_at,billing_period.ends_at
    txn_1,completed,ctm_1,web,2024-01-01T00:00:00.000000Z,USD,3000,600,2024-01-01T00:00:00.000000Z,2024-02-01T00:00:00.000000Z
    txn_2,completed,ctm_2,web,2024-01-01T00:00:00.000000Z,USD,120000,24000,2024-01-01T00:00:00.000000Z,2025-01-01T00:00:00.000000Z
    txn_3,completed,ctm_1,subscription_recurring,2024-02-01T00:00:00.000000Z,USD,3000,600,2024-02-01T00:00:00.000000Z,2024-03-01T00:00:00.000000Z
    txn_4,completed,ctm_1,subscription_recurring,2024-03-01T00:00:00.000000Z,USD,3000,600,2024-03-01T00:00:00.000000Z,2024-04-01T00:00:00.000000Z
    """

  static let march = ImportOptions(asOf: Month(year: 2024, month: 3))

  @Test func theDottedNamesAreReadInCents() throws {
    let c = try Importer.read(
      [Importer.SourceFile(name: "transactions.csv", bytes: Array(Self.transactions.utf8))],
      options: Self.march)
    #expect(c.mrrRow("ctm_1") == [3_000, 3_000, 3_000])
    #expect(c.mrrRow("ctm_2") == [10_000, 10_000, 10_000])
    #expect(
      c.log.files[0].recognisedColumns.contains("service_start: billing_period.starts_at"))
    #expect(
      c.log.notes.contains {
        $0.contains("read in the currency's smallest unit")
          && $0.contains("\"details.totals.subtotal\"")
      })
  }

  /// Renamed as the old refusal advised (`date`, `amount`): Paddle's other names still say
  /// cents.
  @Test func renamedColumnsBesidePaddlesNamesStillReadInCents() throws {
    let text = Self.transactions.replacingOccurrences(of: "billed_at", with: "date")
      .replacingOccurrences(of: "details.totals.subtotal", with: "amount")
    let c = try Importer.read(
      [Importer.SourceFile(name: "tx.csv", bytes: Array(text.utf8))], options: Self.march)
    #expect(c.mrrRow("ctm_1") == [3_000, 3_000, 3_000])
    #expect(
      c.log.notes.contains {
        $0.contains(
          "amounts under \"amount\" read in the currency's smallest unit (cents): the header "
            + "carries Paddle Billing's API field names")
      })
  }

  /// No Paddle field name, only its ids: read as written, with a finding.
  @Test func paddlesIDsBesideWholeAmountsAreADoubt() throws {
    let text = """
      id,customer_id,date,amount
      txn_1,ctm_1,2024-01-01,3000
      txn_2,ctm_1,2024-02-01,3000
      """
    let c = try Importer.read([Importer.SourceFile(name: "tx.csv", bytes: Array(text.utf8))])
    #expect(c.mrrRow("ctm_1").last == 300_000)
    #expect(
      c.log.findings.contains {
        $0.contains("ids such as \"txn_1\" are Paddle Billing's")
          && $0.contains("if these are cents, every amount is 100 times too high")
      })
  }

  /// A Paddle file refused (no customer column here) says to keep the unit when renaming.
  @Test func aRefusalSaysToKeepTheUnit() throws {
    let text = """
      id,status,origin,details.totals.subtotal,billing_period.starts_at,billing_period.ends_at
      txn_1,completed,web,3000,2024-01-01T00:00:00Z,2024-02-01T00:00:00Z
      """
    #expect {
      _ = try Importer.read([Importer.SourceFile(name: "tx.csv", bytes: Array(text.utf8))])
    } throws: { error in
      "\(error)".contains(
        "the header carries Paddle Billing's API field names, and Paddle's API writes every "
          + "amount as a string in the lowest denomination: a renamed amount column keeps that "
          + "unit only as \"amount_cents\"")
    }
  }
}
