import ARRCore
import Testing

@testable import ARRInput

/// Review 49b's regressions of the session's subscription rules: year columns that are no
/// contract's schedule, and Paddle's cents re-saved with two decimals.
@Suite struct ReviewFortyNineSubscriptionTests {
  /// A 3-year ramp whose years sum to its TCV is a schedule; twins whose years do not (a
  /// customer's yearly history beside its ARR, cells holding years) read at the price.
  @Test(arguments: [
    ([Int64(833_333), 1_666_667, 2_500_000], 36, Int64(1_666_667), true, true),
    ([Int64(500_000), 800_000, 1_000_000], 36, Int64(1_666_667), true, false),
    ([Int64(1_000_000), 1_000_000], 12, Int64(1_000_000), false, false),
    ([Int64(800_000), 1_000_000, 1_200_000], 36, Int64(1_000_000), false, true),
    ([Int64(800_000), 1_000_000], 36, Int64(1_000_000), false, false),
  ])
  func yearsBehavingAsASchedule(
    yearly: [Int64], months: Int, mrr: Int64, isTotal: Bool, isSchedule: Bool
  ) {
    #expect(
      ContractYearSchedule.isSchedule(yearly, termMonths: months, mrr: mrr, isTotal: isTotal)
        == isSchedule)
  }

  /// Paddle's dotted amount re-saved with two decimals is not overruled; Recurly's is.
  @Test func onlyUnitAmountIsOverruledByDecimals() {
    var notes = [String]()
    let cells = [(text: "298800.00", line: 2)]
    #expect(
      AmountUnit.isMinorAfterCells(
        raw: "unit_amount", isMinor: true, given: nil, cells: cells, isDecimalComma: false,
        file: "f.csv", notes: &notes) == false)
    #expect(
      AmountUnit.isMinorAfterCells(
        raw: "details.totals.total", isMinor: true, given: nil, cells: cells,
        isDecimalComma: false, file: "f.csv", notes: &notes) == true)
  }
}
