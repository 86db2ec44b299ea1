import ARRCore
import Testing

@testable import ARRInput

/// A charge that never repeats is one-time only when it is not a monthly charge whose amount
/// changed (`docs/import.md`, "What a line is", rule 5; ``LedgerImporter/MonthlyRuns``).
@Suite struct MonthlyRunsTests {
  /// tava-health/data-technical-assessment's `data/raw/invoices.csv`, customer C001's three
  /// invoices (the January one `open`).
  static let tavaC001 = """
    invoice_id,customer_id,issued_at,invoice_month,status,paid_at,total_amount
    I001,C001,2024-12-10,2024-12-01,paid,2024-12-11,100.00
    I002,C001,2025-01-10,2025-01-01,open,,100.00
    I003,C001,2025-02-10,2025-02-01,paid,2025-02-12,120.00
    """

  /// tava-health/data-technical-assessment's `data/raw/invoices.csv`, C001: 100 in 2024-12 and
  /// 2025-01, 120 in 2025-02 (its line items: the 100 subscription, tax and a fee). The 120 was
  /// one-time and C001 churned in February; it continues the monthly run: MRR 100, 100, 120.
  @Test func aChangedMonthlyChargeIsNoOneTimeFee() throws {
    let c = try importLedger(Self.tavaC001, name: "invoices.csv")
    #expect(c.mrrRow("C001") == [10_000, 10_000, 12_000])
    #expect(c.oneTimeRow("C001") == [0, 0, 0])
    #expect(!c.accounts[0].rules.contains(.oneTimeNeverRepeats))
    // The 120 is C001's latest charge: read as one-time, C001 churned, so its as-of MRR is
    // the range 0 … 120.00, and a note says how the charge was read.
    #expect(c.accounts[0].ambiguousMRR?.low == 0)
    #expect(c.accounts[0].ambiguousMRR?.high == 12_000)
    #expect(
      c.log.notes.contains {
        $0.contains("1 charge that never repeats continues its account's run")
          && $0.contains("$120.00 on line 4") && $0.contains("for 1 account such a charge")
      })
  }

  /// A growing monthly account (seats added): 100, 100, 120, 130, 140, 150 is MRR in every
  /// month, 150 at as-of (it was 0 from March, the rest one-time). A one-off 500 invoiced beside
  /// the month's 100 (two charges in 2025-03) stays one-time, and so does a 70 three months
  /// from any other charge (no run to continue); B repeats 100 in every month. A's 150 is its
  /// latest charge: as-of MRR 0 … 150.00.
  @Test func runsAndOneOffs() throws {
    let c = try importLedger(
      """
      customer_id,date,amount
      A,2025-01-10,100
      A,2025-02-10,100
      A,2025-03-10,120
      A,2025-04-10,130
      A,2025-05-10,140
      A,2025-06-10,150
      B,2025-01-10,100
      B,2025-02-10,100
      B,2025-03-10,100
      B,2025-03-20,500
      B,2025-04-10,100
      B,2025-05-10,100
      B,2025-06-10,100
      """)
    #expect(c.mrrRow("A") == [10_000, 10_000, 12_000, 13_000, 14_000, 15_000])
    #expect(c.oneTimeRow("A") == [0, 0, 0, 0, 0, 0])
    #expect(c.mrrRow("B") == [10_000, 10_000, 10_000, 10_000, 10_000, 10_000])
    #expect(c.oneTimeRow("B") == [0, 0, 50_000, 0, 0, 0])
    #expect(c.accounts[0].ambiguousMRR?.low == 0)
    #expect(c.accounts[0].ambiguousMRR?.high == 15_000)
    let lonely = try importLedger(
      """
      customer_id,date,amount
      C,2025-01-10,100
      C,2025-02-10,100
      C,2025-05-10,70
      """)
    #expect(lonely.oneTimeRow("C") == [0, 0, 0, 0, 7_000])
    #expect(lonely.mrrRow("C") == [10_000, 10_000, 0, 0, 0])
  }

  /// Review 7, `termfee2.csv`: A pays 1,000 a month January to June, then 3,000 in July (a
  /// termination fee: three times the monthly price, not close to it); B pays 500 a month
  /// January to July. As-of 2024-07. The 3,000 never joins A's run (it was A's 3,000 + 500,
  /// ARR 42,000, with no range). In the as-of month it cannot be told from an upgrade yet
  /// (trial 28, T28-3; ``StepUpAtAsOfTests``): A keeps its 1,000, the other 2,000 one-time;
  /// headline ARR 12 × 1,500 = 18,000, from 6,000 (a last fee: A left) to 42,000 (an upgrade).
  @Test func aFeeAfterTheLastChargeIsOneTime() throws {
    let c = try importLedger(
      """
      customer_id,date,amount
      A,2024-01-01,1000
      A,2024-02-01,1000
      A,2024-03-01,1000
      A,2024-04-01,1000
      A,2024-05-01,1000
      A,2024-06-01,1000
      A,2024-07-05,3000
      B,2024-01-01,500
      B,2024-02-01,500
      B,2024-03-01,500
      B,2024-04-01,500
      B,2024-05-01,500
      B,2024-06-01,500
      B,2024-07-01,500
      """)
    #expect(c.mrrRow("A") == Array(repeating: 100_000, count: 7))
    #expect(c.oneTimeRow("A") == [0, 0, 0, 0, 0, 0, 200_000])
    #expect(c.mrrRow("B") == Array(repeating: 50_000, count: 7))
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 600_000)
    #expect(s.ambiguousARRHigh == 4_200_000)
    #expect(!c.log.notes.contains { $0.contains("continue") && $0.contains("run") })
  }

  /// Review 7, `setup.csv` shortened: a 5,000 setup fee in December 2023, the month before
  /// 1,000 a month starts (five times it). December is one-time 5,000 and MRR starts in
  /// January (it was MRR 1,000 in December, never billed as a subscription, and one-time 4,000).
  @Test func aFeeBeforeTheFirstChargeIsOneTime() throws {
    let c = try importLedger(
      """
      customer_id,date,amount
      A,2023-12-15,5000
      A,2024-01-01,1000
      A,2024-02-01,1000
      A,2024-03-01,1000
      """)
    #expect(c.mrrRow("A") == [0, 100_000, 100_000, 100_000])
    #expect(c.oneTimeRow("A") == [500_000, 0, 0, 0])
    #expect(c.accounts[0].rules.contains(.oneTimeNeverRepeats))
  }

  /// Review 7, `twofees.csv`: A pays 1,000 a month January to April, then fees of 2,500 in
  /// August and 4,000 in September (within twice each other, but neither joins A's run: July
  /// and October hold nothing, and one fee cannot vouch for the other). Both are one-time and
  /// A churned in April (it was re-read as a quarterly account, 833.33 a month through
  /// September). B pays 500 in January and September. As-of 2024-09.
  @Test func twoFeesNextToEachOtherAreOneTime() throws {
    let c = try importLedger(
      """
      customer_id,date,amount
      A,2024-01-05,1000
      A,2024-02-05,1000
      A,2024-03-05,1000
      A,2024-04-05,1000
      A,2024-08-05,2500
      A,2024-09-05,4000
      B,2024-01-05,500
      B,2024-09-05,500
      """)
    #expect(c.mrrRow("A") == [100_000, 100_000, 100_000, 100_000, 0, 0, 0, 0, 0])
    #expect(c.oneTimeRow("A") == [0, 0, 0, 0, 0, 0, 0, 250_000, 400_000])
    #expect(!c.accounts[0].rules.contains(.rhythmQuarterly))
  }

  /// Review 7, `quarterly.csv` (finding 3): A is billed every quarter 300, 300, 360, 390
  /// (January, April, July, October); B pays 100 a month. As-of 2024-12. A's rhythm is 3
  /// months (its repeating 300s): the 360 joins the April 300 (1.2 times it), the 390 the 360.
  /// Each quarter is spread over its 3 months: 100 × 6, 120 × 3, 130 × 3 (it was one-time 360
  /// and 390, A churned in July). As-of MRR 130 + 100 = 230, ARR 2,760; the 390 is A's latest
  /// charge, so A's range is 0 … 130 and ARR's low end (230 − 130) × 12 = 1,200.
  @Test func aPriceRiseOnAQuarterlyAccountIsRecurring() throws {
    var rows = ["customer_id,date,amount"]
    rows += ["A,2024-01-05,300", "A,2024-04-05,300", "A,2024-07-05,360", "A,2024-10-05,390"]
    rows += (1...12).map { "B,2024-\($0 < 10 ? "0" : "")\($0)-05,100" }
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(
      c.mrrRow("A") == [
        10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 12_000, 12_000, 12_000, 13_000, 13_000,
        13_000,
      ])
    #expect(c.oneTimeRow("A") == Array(repeating: 0, count: 12))
    #expect(c.accounts[0].ambiguousMRR?.low == 0)
    #expect(c.accounts[0].ambiguousMRR?.high == 13_000)
    let s = try #require(try c.company().company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 120_000)
    #expect(s.ambiguousARRHigh == 276_000)
  }

  /// A price rise of half the price in the as-of month (1,000 → 1,500) joins the run: MRR
  /// 1,500, given as the range 0 … 1,500 (read as one-time, the account churned). Closeness is
  /// from half to twice: 2,000 after 1,000 is close, 2,001 is not, and neither overflows.
  @Test func closeIsWithinAFactorOfTwo() throws {
    let c = try importLedger(
      """
      customer_id,date,amount
      A,2024-01-01,1000
      A,2024-02-01,1000
      A,2024-03-01,1500
      """)
    #expect(c.mrrRow("A") == [100_000, 100_000, 150_000])
    #expect(c.accounts[0].ambiguousMRR?.low == 0)
    #expect(c.accounts[0].ambiguousMRR?.high == 150_000)
    typealias Runs = LedgerImporter.MonthlyRuns
    #expect(Runs.isClose(1_000, 2_000) && Runs.isClose(2_000, 1_000))
    #expect(!Runs.isClose(1_000, 2_001) && !Runs.isClose(2_001, 1_000))
    #expect(Runs.isClose(.max, .max) && !Runs.isClose(1, .max))
  }
}
