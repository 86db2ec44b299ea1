import ARRCore
import Testing

@testable import ARRInput

/// Trial 48, T48-21 (fixture `/work/team/s48/trial/c18_installments.py`, made smaller): an
/// annual contract billed in monthly instalments, each line carrying the whole year as its
/// service period, is billed one month at a time; its twin, one annual prepaid line and a
/// mid-term add-on with the same period, is spread as before. Every file: Beta's monthly plan,
/// 500 a month with its month's period, January to June 2024, read at 2024-06.
@Suite struct InstalmentPeriodsTests {
  static let header = "Invoice Date,Customer,Description,Amount,Service Start Date,Service End Date"

  static func beta() -> [String] {
    (1...6).map { m in
      let day = LedgerReviewFortyFiveTests.day(m)
      let last = CivilDate.lastDay(of: Month(year: 2024, month: m))
      return "\(day),Beta,Monthly plan,500.00,\(day),\(last)"
    }
  }

  /// Acme pays 1,000 on the 5th of each month for "Annual licence - installment k of 12", the
  /// period 2024-01-01 to 2024-12-31 on every line: 1,000 a month, not 6,000 spread over the
  /// year (500 a month). By hand: 12 × (1,000 + 500) = $18,000, every month of Acme 1,000; the
  /// contract annual, ending 2024-12-31, billed monthly.
  @Test func instalmentsOfOnePeriodAreEachOneMonth() throws {
    let acme = (1...6).map {
      "\(LedgerReviewFortyFiveTests.day($0, 5)),Acme,Annual licence - installment \($0) of 12,"
        + "1000.00,2024-01-01,2024-12-31"
    }
    let c = try importLedger(([Self.header] + acme + Self.beta()).joined(separator: "\n"))
    #expect(c.asOf == Month(year: 2024, month: 6))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_800_000)
    #expect(c.mrrRow("Acme") == [100_000, 100_000, 100_000, 100_000, 100_000, 100_000])
    let a = try #require(c.account("Acme"))
    #expect(a.contractType == .annual)
    #expect(a.contractEndDate == CivilDate("2024-12-31"))
    #expect(a.billingCadence == .monthly)
    #expect(a.rules.contains(.instalmentOfPeriod))
    #expect(
      c.log.notes.contains {
        $0.contains("6 lines of 1 account repeat one service period in successive months")
          && $0.contains("2024-01-01 to 2024-12-31")
      })
    #expect(try c.checkedTieOut().isBalanced)
  }

  /// Instalments billed the month before each month served (December for January) serve the
  /// period's months, not the months they are dated.
  @Test func instalmentsBilledAheadServeThePeriodsMonths() throws {
    let acme = (0...5).map { k in
      let dated = k == 0 ? "2023-12-20" : LedgerReviewFortyFiveTests.day(k, 20)
      return "\(dated),Acme,Annual licence,1000.00,2024-01-01,2024-12-31"
    }
    let c = try importLedger(
      ([Self.header] + acme + Self.beta()).joined(separator: "\n"),
      options: ImportOptions(asOf: Month(year: 2024, month: 6)))
    #expect(c.mrrRow("Acme").suffix(6) == [100_000, 100_000, 100_000, 100_000, 100_000, 100_000])
  }

  /// Twin: an annual prepaid once (12,000 in January) and a mid-term add-on with the same
  /// period (3,000 in February or in April) are no instalments: each is spread over the year.
  /// By hand: Acme 1,000 + 250 a month = 1,250; 12 × (1,250 + 500) = $21,000.
  @Test(arguments: [2, 4])
  func aPrepaidYearAndAnAddOnWithItsPeriodAreSpread(addOnMonth: Int) throws {
    let acme = [
      "2024-01-05,Acme,Annual licence,12000.00,2024-01-01,2024-12-31",
      "\(LedgerReviewFortyFiveTests.day(addOnMonth, 10)),Acme,Annual licence,3000.00,2024-01-01,"
        + "2024-12-31",
    ]
    let c = try importLedger(([Self.header] + acme + Self.beta()).joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_100_000)
    #expect(c.account("Acme")?.rules.contains(.instalmentOfPeriod) == false)
    #expect(!c.log.notes.contains { $0.contains("instalments of that period") })
  }
}
