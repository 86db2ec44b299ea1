import ARRCore
import Testing

@testable import ARRInput

/// Amounts past the cent (trial 32, T32-24): zeros past the cent in four or more decimals read
/// (`3588.000000000`, a warehouse's decimal column); three decimals never do (`1.000` may be a
/// thousand with `.` grouping); a refusal names both readings, or says to round a computed
/// amount.
@Suite struct AmountDecimalsTests {
  @Test(arguments: [
    ("3588.000000000", Int64(358_800)), ("83.3300", 8_333), ("-12.50000", -1_250),
    ("$1,234.5000", 123_450),
  ])
  func zerosPastTheCentRead(text: String, cents: Int64) throws {
    #expect(try CubeMoney.cents(text, isDecimalComma: false) == cents)
  }

  @Test(arguments: ["1.000", "83.333", "83.250", "83.33333333333333", "12.3401"])
  func otherDecimalsAreRefused(text: String) {
    #expect(throws: CubeMoney.Failure.tooManyDecimals) {
      try CubeMoney.cents(text, isDecimalComma: false)
    }
  }

  @Test func aFloatIsToldToRound() {
    #expect(
      CubeReader.moneyMessage("83.33333333333333", .tooManyDecimals, isDecimalComma: false)
        == "\"83.33333333333333\" has 14 decimals: an amount computed and not rounded to the "
        + "cent (e.g. an annual price ÷ 12, written as a float); round the column to 2 decimals "
        + "(zeros past the cent are read)")
  }

  /// A monthly table written by a warehouse reads, by hand: A 3,588.00 in 2024-02.
  @Test func aWarehouseTableReads() throws {
    let text = """
      customer_id,month,mrr
      A,2024-01,3588.000000000
      A,2024-02,3588.000000000
      B,2024-01,100.000000000
      """
    let c = try Importer.read([Importer.SourceFile(name: "m.csv", bytes: Array(text.utf8))])
    #expect(c.mrrRow("A") == [358_800, 358_800])
    #expect(c.mrrRow("B") == [10_000, 0])
  }
}
