import ARRCore
import Testing

@testable import ARRInput

/// A cube's last month partly filled, exported before its invoices were all in, is left out:
/// the as-of month is the last complete one (``CubeData/partialLastMonth()``; trial 44, T44-17:
/// a cube exported on December 6 read 70% of the book churned, headline $622K for $2.63M).
@Suite struct PartialLastMonthTests {
  static let header = "Customer,2026-06,2026-07,2026-08,2026-09,2026-10,2026-11\n"

  /// Customers C0…C9 paying 100, 200, … 1,000 a month (5,500 in all) from June to October;
  /// `last(k)` is C`k`'s November cell.
  static func cube(_ last: (Int) -> String) -> String {
    var text = header
    for k in 0..<10 {
      let v = "\((k + 1) * 100)"
      text += "C\(k),\(v),\(v),\(v),\(v),\(v),\(last(k))\n"
    }
    return text
  }

  /// November holds only C0, C1 and C2 (600 of 5,500): 7 of the 10 accounts paying in
  /// September and October have nothing in it, and no earlier month lost any. The as-of month
  /// is October, 12 × 5,500 = $66,000, with a finding naming the column and what measuring it
  /// would say ($7,200), staked at the $58,800 between them; November's 600 is counted after
  /// the as-of month, so the import ties out.
  @Test func aLastColumnMostAccountsAreMissingFromIsLeftOut() throws {
    let c = try importCube(Self.cube { $0 < 3 ? "\(($0 + 1) * 100)" : "" })
    #expect(c.asOf == Month(year: 2026, month: 10))
    #expect(c.mrrRow("C9") == [100_000, 100_000, 100_000, 100_000, 100_000])
    #expect(c.mrrRow("C0").count == 5)
    let tie = try c.checkedTieOut()
    #expect(tie.afterAsOfCents == 60_000)
    #expect(tie.isBalanced)
    let text =
      "cube.csv: the last month, 2026-11, looks partly filled (exported before its invoices "
      + "were all in): of the 10 accounts with an amount in both 2026-09 and 2026-10, 7 have "
      + "none in it, and its column totals 11% of 2026-10's; no account fell so in any earlier "
      + "month. A cut leaves them out so, in the last column only (or 7 accounts left at once). "
      + "The as-of month is 2026-10, the last complete one; measured there, ARR would be $7,200 "
      + "for $66,000 at 2026-10 (--as-of 2026-11 measures the partial month anyway)"
    #expect(c.log.findings.contains(text))
    #expect(c.log.stakes[text]?.arrCents == 5_880_000)
  }

  /// `--as-of 2026-11` measures the partial month anyway: 12 × 600 = $7,200, nothing said.
  @Test func anAsOfGivenMeasuresThePartialMonth() throws {
    var options = ImportOptions()
    options.asOf = Month(year: 2026, month: 11)
    let c = try importCube(Self.cube { $0 < 3 ? "\(($0 + 1) * 100)" : "" }, options: options)
    #expect(c.asOf == Month(year: 2026, month: 11))
    #expect(!c.log.findings.contains { $0.contains("partly filled") })
  }

  /// The hostile twins, each measured at November with nothing said:
  /// - a real churn cliff: the three largest accounts (2,700 of 5,500, 49%) leave, the rest
  ///   steady: 3 of 10 fell, not half;
  /// - half the accounts leave holding little: the five smallest (1,500) go, the column keeps
  ///   73% of October's;
  /// - a price cut of a third across the book: every account lower, none below half.
  @Test(arguments: ["cliff", "small half", "price cut"])
  func aFallTheRuleDoesNotReadAsACut(name: String) throws {
    let last: (Int) -> String
    switch name {
    case "cliff": last = { $0 >= 7 ? "" : "\(($0 + 1) * 100)" }
    case "small half": last = { $0 < 5 ? "" : "\(($0 + 1) * 100)" }
    default: last = { "\(($0 + 1) * 67)" }
    }
    let c = try importCube(Self.cube(last))
    #expect(c.asOf == Month(year: 2026, month: 11), "\(name)")
    #expect(!c.log.findings.contains { $0.contains("partly filled") }, "\(name)")
  }

  /// A book whose amounts swing every month (usage): each month half the accounts fall from
  /// 1,000 to 300; in November those five fall and three more pay nothing. 8 fell, fewer than
  /// 3 × the 5 of every earlier month: the file's own history, no cut.
  @Test func aBookSwingingAsMuchEveryMonthIsNoCut() throws {
    var text = Self.header
    for k in 0..<10 {
      let cells = (0..<6).map { m -> String in
        if m == 5 && (k == 1 || k == 3 || k == 5) { return "" }
        return (k + m) % 2 == 0 ? "1000" : "300"
      }
      text += "C\(k)," + cells.joined(separator: ",") + "\n"
    }
    let c = try importCube(text)
    #expect(c.asOf == Month(year: 2026, month: 11))
    #expect(!c.log.findings.contains { $0.contains("partly filled") })
  }
}
