import ARRCore
import Testing

@testable import ARRInput

/// A cube's row of company-level adjustments named by its words, and a monthly table's total
/// amount column (trial 50, T50-16 and T50-31; `docs/import.md`, "Rows that are not customers"
/// and "A monthly table").
@Suite struct AdjustmentRowsAndTotalsTests {
  func read(_ text: String, name: String = "mrr.csv") throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
  }

  /// Labels made of adjustment words, one of them a core word, whatever their combination.
  @Test(arguments: [
    "Credits & adjustments", "Refunds and credits", "Manual adjustments", "Billing credits",
    "Other credits", "Credits", "Revenue adjustments", "Rebates and credits", "Manual credit",
    "Credit adjustment", "Write-offs", "One-time credits",
    // One singular core beside a filler no company is named with (review 55, R55-2).
    "Revenue adjustment", "One-time credit", "Billing adjustment", "Other adjustment",
    "Misc credit", "Unallocated discount",
  ])
  func adjustmentLabels(label: String) {
    #expect(NonCustomerRows.kind(label) == .adjustment)
  }

  /// Companies named with an adjustment word stay customers.
  @Test(arguments: [
    "Credit Suisse AG", "Credit Karma", "Adjustable Beds Inc", "Discount Tire", "Refunds Inc",
    "Adjustment Partners LLC", "Other Revenue Labs", "Credit",
    // One core in the singular among filler words is a name (review 54, R54-9): a bank, a
    // billing company.
    "Credit One", "Discount Billing",
  ])
  func companiesNamedSo(label: String) {
    #expect(NonCustomerRows.kind(label) != .adjustment)
  }

  /// An MRR cube grouped by segment with a `Credits & adjustments` row of negative cells below
  /// the subtotals: the row is left out with its note, the cube read as MRR. By hand, March:
  /// Acme 100 + Bolt 200 = 300 MRR, 3,600 ARR; the credits row no account.
  @Test func aCreditsAndAdjustmentsRowIsLeftOut() throws {
    let c = try read(
      """
      Customer,Segment,2026-01,2026-02,2026-03
      Acme,Enterprise,100,100,100
      Subtotal Enterprise,,100,100,100
      Bolt,SMB,200,200,200
      Subtotal SMB,,200,200,200
      Credits & adjustments,,-,$(150),-
      Total MRR,,300,150,300
      """)
    #expect(c.accounts.map(\.id).sorted() == ["Acme", "Bolt"])
    #expect(c.mrrRow("Bolt") == [20_000, 20_000, 20_000])
    #expect(c.log.notes.contains { $0.contains("Credits & adjustments") })
  }

  /// A warehouse table of a fee, a usage revenue and their total: the total is the amount.
  /// By hand: A's total is 100 + usage (10, 20, 30); B pays 50.
  @Test func aTotalRevenueColumnIsTheAmount() throws {
    let c = try read(
      """
      ACCOUNT_ID,REVENUE_MONTH,PLATFORM_FEE,USAGE_REVENUE,TOTAL_REVENUE
      A,2026-01-01,100.00,10.00,110.00
      A,2026-02-01,100.00,20.00,120.00
      A,2026-03-01,100.00,30.00,130.00
      B,2026-01-01,50.00,0.00,50.00
      B,2026-02-01,50.00,0.00,50.00
      B,2026-03-01,50.00,0.00,50.00
      """)
    #expect(c.mrrRow("A") == [11_000, 12_000, 13_000])
    #expect(c.mrrRow("B") == [5_000, 5_000, 5_000])
  }

  /// A total beside a services part is no MRR: the subscription part is, and the services are
  /// one-time revenue (review 54, R54-4: one-off services were read as MRR, +200%). By hand:
  /// A subscribes at 100 and buys 3,000 of services in March; B subscribes at 50.
  @Test func aTotalBesideServicesReadsTheSubscriptionPart() throws {
    let c = try read(
      """
      account,month,subscription_revenue,services_revenue,total_revenue
      A,2026-01,100,0,100
      A,2026-02,100,0,100
      A,2026-03,100,3000,3100
      B,2026-01,50,0,50
      B,2026-02,50,0,50
      B,2026-03,50,0,50
      """)
    #expect(c.mrrRow("A") == [10_000, 10_000, 10_000])
    #expect(c.oneTimeRow("A") == [0, 0, 300_000])
    #expect(c.mrrRow("B") == [5_000, 5_000, 5_000])
  }

  /// Which column a total's parts make the amount (columns 0 and 1 are the customer and month).
  @Test(
    arguments: [
      (["customer", "month", "subscription mrr", "total mrr"], 2, nil),
      (["customer", "month", "platform fee", "usage revenue", "total revenue"], 4, nil),
      (["customer", "month", "subscription revenue", "services revenue", "total revenue"], 2, 3),
      (["customer", "month", "total revenue"], 2, nil),
      // A lone part that names no recurring kind (usage) is no reason to leave the total.
      (["customer", "month", "usage revenue", "total mrr"], 3, nil),
      // A part named MRR recurs whatever else it says (review 55, R55-1); `non` still says not.
      (["customer", "month", "platform mrr", "managed services mrr", "total mrr"], 4, nil),
      (
        ["customer", "month", "non recurring revenue", "subscription revenue", "total revenue"], 3,
        2
      ),
      // An MRR total beside one-time parts alone is the recurring amount (review 55, R55-20).
      (["customer", "month", "setup fee", "total mrr"], 3, 2),
    ] as [([String], Int, Int?)])
  func theAmountBesideATotal(keys: [String], amount: Int, oneTime: Int?) throws {
    let read = try #require(
      MonthlyTableLayout.amount(besideTotal: keys.count - 1, keys: keys, taken: [0, 1]))
    #expect(read.amount == amount)
    #expect(read.oneTime == oneTime)
  }

  /// Parts that do not recur beside two that may: no reading by the names. Nor a revenue total
  /// beside a fee alone: it may hold the fee.
  @Test func servicesBesideTwoRecurringPartsAreNotGuessed() {
    let keys = ["customer", "month", "platform fee", "seat revenue", "services revenue", "total"]
    #expect(MonthlyTableLayout.amount(besideTotal: 5, keys: keys, taken: [0, 1]) == nil)
    let fee = ["customer", "month", "setup fee", "total revenue"]
    #expect(MonthlyTableLayout.amount(besideTotal: 3, keys: fee, taken: [0, 1]) == nil)
  }

  /// Review 55, R55-1 (`tp02`): a managed-services retainer named MRR beside the platform's. By
  /// hand: Acme pays 1,000 of platform MRR and a 500 retainer every month, Beta 500 and 500; the
  /// total, 1,500 and 1,000, is each one's MRR (it was 1,000 and 500, the retainers one-time).
  @Test func aServicesPartNamedMRRRecurs() throws {
    let c = try read(
      """
      month,customer_id,total_mrr,platform_mrr,managed_services_mrr
      2026-01,Acme,1500,1000,500
      2026-02,Acme,1500,1000,500
      2026-01,Beta,1000,500,500
      2026-02,Beta,1000,500,500
      """)
    #expect(c.mrrRow("Acme") == [150_000, 150_000])
    #expect(c.mrrRow("Beta") == [100_000, 100_000])
    #expect(c.oneTimeRow("Acme") == [0, 0])
  }

  /// The plain name wins over a total's: `revenue` beside `total_revenue`.
  @Test func aPlainRevenueColumnIsPreferred() throws {
    let layout = try #require(
      MonthlyTableLayout.find(
        in: ImportTable(
          file: "t.csv",
          records: [
            .init(line: 1, cells: ["customer", "month", "total revenue", "revenue"]),
            .init(line: 2, cells: ["A", "2026-01", "150", "100"]),
            .init(line: 3, cells: ["A", "2026-02", "150", "100"]),
          ])))
    #expect(layout.amount == 3)
  }
}
