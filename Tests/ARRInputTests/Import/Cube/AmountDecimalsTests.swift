import ARRCore
import Testing

@testable import ARRInput

/// Amounts past the cent (trial 32, T32-24): zeros past the cent in four or more decimals read
/// (`3588.000000000`, a warehouse's decimal column); three decimals never do (`1.000` may be a
/// thousand with `.` grouping), and a refusal names both readings. Four decimals or more with a
/// digit past the cent are a number computed and written as a float: rounded to the cent as a
/// workbook's stored number is, half away from zero (hostile trial 35, H35-9).
@Suite struct AmountDecimalsTests {
  @Test(arguments: [
    ("3588.000000000", Int64(358_800)), ("83.3300", 8_333), ("-12.50000", -1_250),
    ("$1,234.5000", 123_450),
  ])
  func zerosPastTheCentRead(text: String, cents: Int64) throws {
    #expect(try CubeMoney.cents(text, isDecimalComma: false) == cents)
  }

  @Test(arguments: ["1.000", "83.333", "83.250", "2.675"])
  func threeDecimalsAreRefused(text: String) {
    #expect(throws: CubeMoney.Failure.tooManyDecimals) {
      try CubeMoney.cents(text, isDecimalComma: false, roundsPastCent: true)
    }
  }

  /// By hand, half away from zero at the cent: 833.33|33… → 833.33, 2,083.33|33… → 2,083.33,
  /// 666.58|33… → 666.58, 12.34|01 → 12.34, 2.67|500001 → 2.68, −833.33|33… → −833.33,
  /// (1,234.56|78) → −1,234.57; `1.00499999999999989` is the double a spreadsheet shows as
  /// 1.005 and rounds to 1.01, as the workbook reader does (``CentAmount``). With a decimal
  /// comma, `833,3333333333334` is 833.33.
  @Test(arguments: [
    ("833.3333333333334", false, Int64(83_333)), ("2083.3333333333335", false, 208_333),
    ("666.5833333333334", false, 66_658), ("12.3401", false, 1_234), ("2.67500001", false, 268),
    ("-833.3333333333334", false, -83_333), ("(1,234.5678)", false, -123_457),
    ("1.00499999999999989", false, 101), ("833,3333333333334", true, 83_333),
  ])
  func aFloatIsRoundedToTheCent(text: String, isDecimalComma: Bool, cents: Int64) throws {
    #expect(
      try CubeMoney.cents(text, isDecimalComma: isDecimalComma, roundsPastCent: true) == cents)
    #expect(CubeMoney.isRoundedToCent(text))
    // Asked only whether a cell is an amount (a layout's test), a float is still none.
    #expect(throws: CubeMoney.Failure.tooManyDecimals) {
      try CubeMoney.cents(text, isDecimalComma: isDecimalComma)
    }
  }

  @Test(arguments: ["833.33", "3588.000000000", "1.000", "1234", "2025-01-01", "12.3400"])
  func otherCellsAreNotCountedAsRounded(text: String) {
    #expect(!CubeMoney.isRoundedToCent(text))
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

  /// Hostile trial 35, H35-9 (`floats/pandas-floats.csv`): MRR = ACV ÷ 12 written by pandas.
  /// By hand, each month cell at the cent: 833.33 + 2,083.33 + 666.58 + 102.88 = 3,686.12 a
  /// month, ARR $44,233.44, as the workbook of the same numbers reads; the CSV was refused (18
  /// problems) and `--lenient` kept Delta alone ($1,234.56). The finding is the workbook's.
  @Test(arguments: [false, true])
  func aPandasCubeReadsAsItsWorkbook(isLenient: Bool) throws {
    var text = "customer,2025-01,2025-02,2025-03,2025-04,2025-05,2025-06\n"
    for (name, cell) in [
      ("Alpha", "833.3333333333334"), ("Bravo", "2083.3333333333335"),
      ("Charlie", "666.5833333333334"), ("Delta", "102.88"),
    ] {
      text += name + String(repeating: ",\(cell)", count: 6) + "\n"
    }
    let c = try Importer.read(
      [Importer.SourceFile(name: "p.csv", bytes: Array(text.utf8))],
      options: ImportOptions(isLenient: isLenient))
    #expect(c.mrrRow("Alpha") == Array(repeating: 83_333, count: 6))
    #expect(c.mrrRow("Charlie") == Array(repeating: 66_658, count: 6))
    let s = try #require(try c.company(name: "T").company.dataQuality.imported)
    #expect(s.ambiguousARRHigh == 4_423_344)
    // A note (sub-cent rounding is no page-one matter), each cell at `file:line:column` as
    // every CSV message names one (review 37, R37-18: `B2`).
    #expect(
      c.log.notes.contains(
        "p.csv: 18 numbers are not a whole number of cents and were rounded half away from zero "
          + "(p.csv:2:2 833.3333333333334 → 833.33, p.csv:2:3 833.3333333333334 → 833.33, "
          + "p.csv:2:4 833.3333333333334 → 833.33, p.csv:2:5 833.3333333333334 → 833.33, "
          + "p.csv:2:6 833.3333333333334 → 833.33, …)."), "\(c.log.notes)")
    #expect(!c.log.findings.contains { $0.contains("whole number of cents") })
  }

  /// The same in an invoice ledger and a monthly table: by hand 833.33 a month, ARR $9,999.96,
  /// and the rounded lines counted.
  @Test(arguments: [
    "customer,date,amount\n" + (1...6).map { "Alpha,2025-0\($0)-01,833.3333333333334\n" }.joined(),
    "customer_id,month,mrr\n" + (1...6).map { "Alpha,2025-0\($0),833.3333333333334\n" }.joined(),
  ])
  func aLedgerAndAMonthlyTableRoundToo(text: String) throws {
    let c = try Importer.read([Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))])
    let s = try #require(try c.company(name: "T").company.dataQuality.imported)
    #expect(s.ambiguousARRHigh == 999_996)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix("l.csv: 6 numbers are not a whole number of cents and were rounded")
      }, "\(c.log.notes)")
  }
}
