import ARRCore
import Testing

@testable import ARRInput

/// A payments export's charged-back and disputed payments, and its joined customer table's id
/// (trial 22, T22-21: GoCardless' `charged_back` payments were billed revenue with no note, and
/// `customers.id`, 4 of 13 headers prefixed, was no customer).
@Suite struct ChargedBackPaymentsTests {
  /// GoCardless' payments export, as of 2024-12 (charge dates): A pays 100 in October,
  /// November and December (`paid_out`, `confirmed`); B's 200 in November was charged back,
  /// December's disputed, October's paid; C's December 50 is `reversed` and its November
  /// `dispute_lost`, its October `failed`. Billed: A 100 in each month; B 200 in October; C
  /// nothing.
  static let payments = """
    id,created_at,charge_date,amount,currency,description,status,amount_refunded,customers.id,customers.company_name,mandates.id
    PM1,2024-10-01T09:00:00.000Z,2024-10-05,100.00,GBP,Monthly,paid_out,0.00,CU1,Practice A,MD1
    PM2,2024-11-01T09:00:00.000Z,2024-11-05,100.00,GBP,Monthly,confirmed,0.00,CU1,Practice A,MD1
    PM3,2024-12-01T09:00:00.000Z,2024-12-05,100.00,GBP,Monthly,paid_out,0.00,CU1,Practice A,MD1
    PM4,2024-10-01T09:00:00.000Z,2024-10-05,200.00,GBP,Monthly,paid_out,0.00,CU2,Practice B,MD2
    PM5,2024-11-01T09:00:00.000Z,2024-11-05,200.00,GBP,Monthly,charged_back,0.00,CU2,Practice B,MD2
    PM6,2024-12-01T09:00:00.000Z,2024-12-05,200.00,GBP,Monthly,disputed,0.00,CU2,Practice B,MD2
    PM7,2024-10-01T09:00:00.000Z,2024-10-05,50.00,GBP,Monthly,failed,0.00,CU3,Practice C,MD3
    PM8,2024-11-01T09:00:00.000Z,2024-11-05,50.00,GBP,Monthly,dispute_lost,0.00,CU3,Practice C,MD3
    PM9,2024-12-01T09:00:00.000Z,2024-12-05,50.00,GBP,Monthly,reversed,0.00,CU3,Practice C,MD3
    """

  @Test func chargebacksAreSkippedAndCustomersIDIsTheCustomer() throws {
    let imported = try Importer.read(
      [Importer.SourceFile(name: "payments.csv", bytes: Array(Self.payments.utf8))])
    let file = imported.log.files[0]
    #expect(file.recognisedColumns.contains("customer_id: customer id"))
    #expect(file.skipped[.chargedBack] == 4)
    #expect(file.skipped[.declinedPayment] == 1)
    #expect(
      imported.log.skipped.contains {
        $0.line == 6 && $0.reason == "charged-back payment: charged_back"
      })
    // Billed: A 100 in every month, B 200 in October, C never: 500.00 read in all.
    let a = try #require(imported.accounts.firstIndex { $0.id == "CU1" })
    #expect(imported.mrr[imported.cell(a, imported.monthCount - 1)] == 10_000)
    #expect(imported.log.tieOut.sourceCents == 50_000)
    #expect(imported.accounts.allSatisfy { $0.id != "CU3" })
    #expect(
      imported.log.notes.contains {
        $0
          == "payments.csv: \"customers.id\", \"mandates.id\" are joined tables' ids: read with "
          + "the table's name in the singular (\"customers.id\" as \"customer id\")"
      })
  }
}
