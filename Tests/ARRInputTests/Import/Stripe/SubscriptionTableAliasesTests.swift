import ARRCore
import Testing

@testable import ARRInput

/// Headers trial 20 found unread in subscriptions tables (`docs/import.md`, "Subscriptions
/// table"): A1, a discount in money (`discount_applied`, `discount_amount`,
/// `discount_applied_amount`); A3, `contract_mrr` as the monthly price and `plan_type`
/// (`Annual`/`Monthly`) as the contract type and, with no cadence column, the cadence.
@Suite struct SubscriptionTableAliasesTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))])
  }

  @Test(arguments: [
    ("discount_applied", "discount_amount"), ("discount_amount", "discount_amount"),
    ("Discount Applied Amount", "discount_amount"), ("contract_mrr", "monthly_price"),
    ("plan_type", "contract_type"),
  ])
  func headerMapsToItsRole(header: String, role: String) throws {
    let keys = ["customer_id", "start_date", header].map { LedgerLayout.normalized($0) }
    let columns = HeaderRoles.assign(keys, aliases: SubscriptionTableReader.aliases)
    #expect(columns.first { $0.value == 2 }?.key.rawValue == role)
  }

  /// As of 2024-03 (`c`'s start). By hand: `a` 100.00 less 20.00 = 80.00, annual by its plan
  /// type, billed annually; `b` 50.00, monthly; `c` 80.00 less 8.00 (written −8.00) = 72.00, its
  /// plan type a tier (no term). As-of MRR 202.00; at list prices 230.00, the range's high end.
  static let table = """
    customer_id,start_date,end_date,contract_mrr,discount_applied,plan_type
    a,2024-01-01,,100.00,20.00,Annual
    b,2024-01-01,,50.00,,Monthly
    c,2024-03-01,,80.00,-8.00,Pro
    """

  @Test func aDiscountAmountAndAPlanTypeAreRead() throws {
    let c = try read(Self.table)
    #expect(c.asOf == Month(year: 2024, month: 3))
    let last = c.monthCount - 1
    let mrr = c.accounts.indices.map { c.mrr[c.cell($0, last)] }
    #expect(c.accounts.map(\.id) == ["a", "b", "c"])
    #expect(mrr == [8_000, 5_000, 7_200])
    #expect(c.accounts[0].ambiguousMRR?.low == 8_000 && c.accounts[0].ambiguousMRR?.high == 10_000)
    #expect(c.accounts[2].ambiguousMRR?.high == 8_000)
    #expect(c.accounts[0].contractType == .annual && c.accounts[0].billingCadence == .annual)
    #expect(c.accounts[1].contractType == .monthly && c.accounts[1].billingCadence == .monthly)
    #expect(c.accounts[2].contractType == nil && c.accounts[2].billingCadence == nil)
    let file = c.log.files[0]
    #expect(file.recognisedColumns.contains("discount_amount: discount_applied"))
    #expect(file.recognisedColumns.contains("monthly_price: contract_mrr"))
    #expect(file.recognisedColumns.contains("contract_type: plan_type"))
    #expect(file.ignoredColumns.isEmpty)
  }

  /// A `discount_applied` column of yes/no flags is no amount: not read, with a note; prices
  /// are read as written.
  @Test func aFlagColumnIsNotReadAsAnAmount() throws {
    let c = try read(
      """
      customer_id,start_date,mrr,discount_applied
      a,2024-01-01,100.00,True
      b,2024-01-01,50.00,False
      """)
    #expect(c.mrr[c.cell(0, c.monthCount - 1)] == 10_000)
    #expect(
      c.log.notes.contains {
        $0.contains("\"discount_applied\" is not read as a discount amount: \"True\" on line 2")
      })
  }

  /// More than the price is a problem of its cell.
  @Test func moreThanThePriceIsAProblem() {
    #expect(throws: ARRQualityError.self) {
      try read(
        """
        customer_id,start_date,mrr,discount_amount
        a,2024-01-01,100.00,120.00
        """)
    }
  }
}
