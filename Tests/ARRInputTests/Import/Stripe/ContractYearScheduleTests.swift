import ARRCore
import Testing

@testable import ARRInput

/// A CRM contract list's yearly schedule (trial 48, T48-32): ramped deals (`Year 1` $100K,
/// `Year 2` $200K, `Year 3` $300K) were read at their total contract value ÷ the term, $200K a
/// year from the start, and the year columns were ignored: headline $410K for $310K (+32%).
@Suite struct ContractYearScheduleTests {
  static let contracts = """
    Customer,Contract Start,Contract End,Term (months),Total Contract Value,Year 1,Year 2,Year 3
    Ramp Alpha,2026-03-01,2029-02-28,36,600000,100000,200000,300000
    Ramp Beta,2025-09-01,2028-08-31,36,360000,60000,120000,180000
    Flat Gamma,2025-06-01,2028-05-31,36,270000,90000,90000,90000

    """

  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "contracts.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2026, month: 11)))
  }

  func mrr(_ c: ImportedCompany, _ id: String, _ year: Int, _ month: Int) -> Int64 {
    c.mrrRow(id)[Month(year: year, month: month).months(since: c.firstMonth)]
  }

  /// By hand at 2026-11: Alpha is in its first year (from 2026-03), 100,000 ÷ 12 = 8,333.33;
  /// Beta in its second (from 2026-09), 10,000.00; Gamma 7,500.00 every year. Beta's first year
  /// bills 5,000.00 through 2026-08. ARR 310,000 (rounding: 309,999.96).
  @Test func eachContractYearBillsItsOwnValue() throws {
    let c = try read(Self.contracts)
    #expect(c.mrrRow("Ramp Alpha").last == 833_333)
    #expect(c.mrrRow("Ramp Beta").last == 1_000_000)
    #expect(c.mrrRow("Flat Gamma").last == 750_000)
    #expect(mrr(c, "Ramp Beta", 2026, 8) == 500_000)
    #expect(mrr(c, "Ramp Beta", 2026, 9) == 1_000_000)
    #expect(mrr(c, "Ramp Alpha", 2026, 3) == 833_333)
    #expect(
      c.log.notes.contains {
        $0.contains("3 contracts give their schedule by contract year (\"Year 1\" to \"Year 3\")")
      })
    #expect(!c.log.files[0].ignoredColumns.contains("Year 1"))
    #expect(!c.log.findings.contains { $0.contains("averaged over the term") })
  }

  /// The hostile twin: the same list without its year columns is read at the total ÷ the term
  /// (Alpha 600,000 ÷ 36 = 16,666.67), and a finding says a ramped deal reads high early.
  @Test func withoutASchedulePricesAreAveragedAndSaidSo() throws {
    let text = Self.contracts.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).prefix(5).joined(separator: ",")
    }.joined(separator: "\n")
    let c = try read(text)
    #expect(c.mrrRow("Ramp Alpha").last == 1_666_667)
    #expect(
      c.log.findings.contains {
        $0.contains("3 contracts of more than a year (\"Ramp Alpha\" on line 2, 36 months)")
          && $0.contains("a ramped deal")
      })
  }

  /// One-year contracts read at their total ÷ 12 say nothing of ramps: no later year exists.
  @Test func oneYearTermsSayNothing() throws {
    let c = try read(
      """
      Customer,Contract Start,Contract End,Total Contract Value
      Solo,2026-01-01,2026-12-31,120000

      """)
    #expect(c.mrrRow("Solo").last == 1_000_000)
    #expect(!c.log.findings.contains { $0.contains("averaged over the term") })
  }

  /// Headers naming a contract year: value words beside the number only.
  @Test func yearHeaders() {
    #expect(ContractYearSchedule.year("year 1") == 1)
    #expect(ContractYearSchedule.year("y2") == 2)
    #expect(ContractYearSchedule.year("yr 3 acv") == 3)
    #expect(ContractYearSchedule.year("year 2 arr") == 2)
    #expect(ContractYearSchedule.year("year") == nil)
    #expect(ContractYearSchedule.year("year 1 discount %") == nil)
    #expect(ContractYearSchedule.year("fiscal year 2024") == nil)
    #expect(ContractYearSchedule.year("year 2024") == nil)
    #expect(ContractYearSchedule.find(keys: ["customer", "year 2", "year 3"], assigned: []) == nil)
  }

  /// A list whose year columns hold discounts is no schedule: its prices stay the total ÷ term.
  @Test func discountYearsAreNoSchedule() throws {
    let c = try read(
      """
      Customer,Contract Start,Contract End,Total Contract Value,Year 1 Discount %,Year 2 Discount %
      Ramp Alpha,2026-03-01,2028-02-29,480000,10,5

      """)
    #expect(c.mrrRow("Ramp Alpha").last == 2_000_000)
  }

  /// A free first year is a year that bills nothing, not a row to read at its price (Scripts/mutate,
  /// session 50: `v >= 0` → `v > 0` survived). By hand: Free Start's TCV 240,000 over 36 months
  /// from 2026-03; year 1 bills 0, year 2 (from 2027-03) 120,000 ÷ 12 = 10,000.00 a month, not
  /// the average 6,666.67.
  @Test func aZeroYearBillsNothing() throws {
    let c = try Importer.read(
      [
        Importer.SourceFile(
          name: "contracts.csv",
          bytes: Array(
            """
            Customer,Contract Start,Contract End,Term (months),Total Contract Value,Year 1,Year 2,Year 3
            Free Start,2026-03-01,2029-02-28,36,240000,0,120000,120000
            Flat Gamma,2025-06-01,2028-05-31,36,270000,90000,90000,90000

            """.utf8))
      ], options: ImportOptions(asOf: Month(year: 2027, month: 4)))
    #expect(c.mrrRow("Free Start").last == 1_000_000)
    #expect(mrr(c, "Free Start", 2026, 11) == 0)
    #expect(c.mrrRow("Flat Gamma").last == 750_000)
  }

  /// Quarter and half-year columns (`Q1`, `H2`) are no contract years, and a term of 13 months
  /// has two contract years (the second of one month), 12 months one.
  @Test func quartersAreNoYearsAndAThirteenMonthTermHasTwo() {
    #expect(ContractYearSchedule.year("q1") == nil)
    #expect(ContractYearSchedule.year("h2") == nil)
    #expect(ContractYearSchedule.find(keys: ["customer", "q1", "q2", "q3"], assigned: []) == nil)
    let yearly: [Int64] = [1_000_000, 1_200_000]
    #expect(
      ContractYearSchedule.isSchedule(yearly, termMonths: 13, mrr: 1_000_000, isTotal: false))
    #expect(
      !ContractYearSchedule.isSchedule(yearly, termMonths: 12, mrr: 1_000_000, isTotal: false))
  }
}
