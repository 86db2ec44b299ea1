import ARRCore
import Testing

@testable import ARRInput

/// List prices in cents with nothing saying so (trial 25, T25-12, T25-14: $49 and $99 plans
/// written 4900 and 9900, under the $10,000 a month the first reading needs, read 100 times too
/// high with not a word): at least half of the amounts whole hundreds, at least half a price
/// ending in 9 read as cents (X900), and the middle monthly amount $1,000 or more as read.
/// Round prices in units ($500, $1,000 a month) are never flagged (`docs/import.md`, "Amount
/// units", 4.; ``CentsLikeAmounts``). Figures by hand.
@Suite struct CentsLikePricesTests {
  func read(_ column: [String], header: String = "mrr") throws -> ImportedCompany {
    let text =
      "customer_id,start_date,\(header)\n"
      + column.enumerated().map { "c\($0),2024-01-01,\($1)" }.joined(separator: "\n")
    return try Importer.read(
      [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2024, month: 3)))
  }

  func finding(_ c: ImportedCompany) -> String? {
    c.log.findings.first { $0.contains("whole number of hundreds") }
  }

  /// 4900, 9900, 9900, 29900: every one X900, the middle (upper of four) 9,900 a month as read:
  /// the finding, quoting two prices and the middle row both ways.
  @Test func listPricesInCentsAreAFinding() throws {
    let c = try read(["4900", "9900", "9900", "29900"])
    let f = try #require(finding(c))
    #expect(
      f.hasPrefix(
        "subs.csv: every amount in \"mrr\" is a whole number, 4 of 4 a whole number of "
          + "hundreds, and read as cents 4 are list prices ending in 9 (\"4900\" on line 2 is "
          + "$49, \"9900\" on line 3 is $99): read as currency units, as they are, the middle "
          + "row pays $9,900 a month; read as cents, $99 a month, an ordinary price."))
    #expect(f.hasSuffix("Pass --amounts cents, or --amounts units to confirm"))
  }

  /// Nine of ten whole hundreds (4950 is not): the finding; so is six of ten (four prices
  /// changed by a discount or a seat count, trial 32, T32-28: 85.4% was silent under the old
  /// 90%), with half the amounts list prices; four list prices of ten is not.
  @Test func halfOfHundredsWithHalfListPrices() throws {
    let nine = Array(repeating: "4900", count: 5) + Array(repeating: "9900", count: 4) + ["4950"]
    #expect(finding(try read(nine))?.contains("9 of 10 a whole number of hundreds") == true)
    let six =
      Array(repeating: "4900", count: 3) + Array(repeating: "9900", count: 3)
      + ["7350", "14850", "2940", "5940"]
    #expect(
      finding(try read(six))?.contains(
        "6 of 10 a whole number of hundreds, and read as cents 6 are list prices ending in 9")
        == true)
    let four =
      Array(repeating: "4900", count: 2) + Array(repeating: "9900", count: 2)
      + ["7350", "14850", "2940", "5940", "7350", "14850"]
    #expect(finding(try read(four)) == nil)
  }

  /// Never on round prices in units: $500s and $1,000s (none ends in 900), a cube-like list of
  /// 1,000 to 1,400, small prices in cents under $1,000 a month as read (900, 1900: as likely
  /// $900 as $9), fewer than half X900, or amounts with decimals.
  @Test(arguments: [
    ["500", "500", "1000", "1500"], ["1000", "1100", "1200", "1300", "1400"],
    ["900", "900", "1900"], ["4900", "5000", "6000", "8000"], ["4900.00", "9900.00", "9900.00"],
  ])
  func roundUnitPricesSayNothing(column: [String]) throws {
    #expect(finding(try read(column)) == nil)
  }

  /// A customer cube: each customer's latest non-zero cell (A 4900, B 9900, C 29900, D 9900 in
  /// February before leaving): all X900, the middle (upper of four) 9,900: the finding, in
  /// cents $99. A cube of round 1,000 to 1,400 a month, or with cents written, says nothing.
  @Test func aCubesLatestCellsAreChecked() throws {
    func cube(_ rows: String) throws -> ImportedCompany {
      try Importer.read([
        Importer.SourceFile(
          name: "cube.csv", bytes: Array(("Customer,2024-01,2024-02,2024-03\n" + rows).utf8))
      ])
    }
    let c = try cube("A,4900,4900,4900\nB,9900,9900,9900\nC,0,29900,29900\nD,9900,9900,0\n")
    let f = try #require(finding(c))
    #expect(f.hasPrefix("cube.csv: every amount in \"month cells\" is a whole number, 4 of 4"))
    #expect(f.contains("the middle row pays $9,900 a month; read as cents, $99 a month"))
    #expect(finding(try cube("A,1000,1000,1000\nB,1200,1200,1200\nC,1400,1400,1400\n")) == nil)
    #expect(
      finding(try cube("A,4900.50,4900,4900.50\nB,9900,9900,9900.50\nC,0,29900,29900.50\n")) == nil)
  }

  /// `--amounts units` confirms: no finding.
  @Test func unitsConfirm() throws {
    let text =
      "customer_id,start_date,mrr\nc0,2024-01-01,4900\nc1,2024-01-01,9900\nc2,2024-01-01,9900\n"
    let c = try Importer.read(
      [Importer.SourceFile(name: "subs.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: Month(year: 2024, month: 3), amounts: .units))
    #expect(finding(c) == nil)
  }
}
