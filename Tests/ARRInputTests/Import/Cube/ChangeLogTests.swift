import ARRCore
import Testing

@testable import ARRInput

/// A plan change log: each row a customer's MRR level from the date of a change until its next
/// row. Expected cells worked by hand from the rows.
@Suite struct ChangeLogTests {
  static let log = """
    account_id,changed_at,mrr_usd,change_reason
    a,2024-01-15,100,new
    a,2024-03-01,150,upgrade
    a,2024-05-10,0,churn
    b,2024-02-01,50,new
    b,2024-02-20,80,upgrade
    """

  /// a: 100 from January, 150 from March, gone in May; b: two changes in February, the later
  /// (80) is February's level and carries through May, the last month read. The tie-out's
  /// source counts the carried months (a: Feb 100, Apr 150; b: Mar–May 3 × 80 = 490).
  @Test func levelsCarryForwardUntilTheNextChange() throws {
    let c = try importCube(Self.log, name: "changes.csv")
    #expect(c.log.files[0].shape == .monthly)
    #expect(c.log.files[0].values == .mrr)
    #expect(c.log.currency == "USD")
    #expect(c.mrrRow("a") == [10_000, 10_000, 15_000, 15_000, 0])
    #expect(c.mrrRow("b") == [0, 8_000, 8_000, 8_000, 8_000])
    #expect(try c.company().log.tieOut.isBalanced)
    #expect(c.log.tieOut.sourceCents == 38_000 + 49_000)
    #expect(c.log.tieOut.leftOutCents == 5_000)
    #expect(c.log.notes.contains { $0.contains("5 customer-months carried forward, 490.00") })
  }

  /// A change's date beside a flow (`amount`) is no change log (refused here: no ledger date),
  /// and a table of months is not carried forward (a month without a row has no revenue).
  @Test func onlyALevelBesideAChangeDateIsCarried() throws {
    let flow = "account_id,changed_at,amount\na,2024-01-15,100\na,2024-03-01,150\n"
    #expect(throws: ARRQualityError.self) { try importCube(flow, name: "ledger.csv") }
    let months = "customer_id,month,mrr\na,2024-01,100\na,2024-03,100\n"
    #expect(try importCube(months).mrrRow("a") == [10_000, 0, 10_000])
  }

  /// An amount header naming a currency (`mrr_usd`) is read as `mrr` in that currency; a
  /// currency column naming another is refused, naming both.
  @Test func aCurrencyInTheAmountHeader() throws {
    let usd = "customer_id,month,mrr_usd\na,2024-01,100\na,2024-02,100\n"
    let c = try importCube(usd)
    #expect(c.mrrRow("a") == [10_000, 10_000])
    #expect(c.log.currency == "USD")
    let eur = "customer_id,month,mrr_usd,currency\na,2024-01,100,EUR\na,2024-02,100,EUR\n"
    do {
      _ = try importCube(eur)
      Issue.record("expected a refusal")
    } catch let error as ARRQualityError {
      #expect(error.message.contains("\"mrr_usd\" names USD, but the currency column says EUR"))
    }
  }
}
