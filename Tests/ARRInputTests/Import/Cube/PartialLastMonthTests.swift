import ARRCore
import Testing

@testable import ARRInput

/// A cube's last month partly filled, exported before its invoices were all in, is left out:
/// the as-of month is the last complete one (``CubeData/partialLastMonth()``; trial 44, T44-17:
/// a cube exported on December 6 read 70% of the book churned, headline $622K for $2.63M).
@Suite struct PartialLastMonthTests {
  static let header = "Customer,2026-06,2026-07,2026-08,2026-09,2026-10,2026-11\n"

  /// Customers C0…C19 paying 100, 200, … 2,000 a month (21,000 in all) from June to October;
  /// `last(k)` is C`k`'s November cell.
  static func cube(_ last: (Int) -> String) -> String {
    var text = header
    for k in 0..<20 {
      let v = "\((k + 1) * 100)"
      text += "C\(k),\(v),\(v),\(v),\(v),\(v),\(last(k))\n"
    }
    return text
  }

  /// November holds only C0…C5 (2,100 of 21,000): 14 of the 20 accounts paying in September
  /// and October have nothing in it, and no earlier month lost any. The as-of month is October,
  /// 12 × 21,000 = $252,000, with a finding naming the column and what measuring it would say
  /// ($25,200), staked at the $226,800 between them; November's 2,100 is counted after the
  /// as-of month, so the import ties out.
  @Test func aLastColumnMostAccountsAreMissingFromIsLeftOut() throws {
    let c = try importCube(Self.cube { $0 < 6 ? "\(($0 + 1) * 100)" : "" })
    #expect(c.asOf == Month(year: 2026, month: 10))
    #expect(c.mrrRow("C19") == [200_000, 200_000, 200_000, 200_000, 200_000])
    #expect(c.mrrRow("C0").count == 5)
    let tie = try c.checkedTieOut()
    #expect(tie.afterAsOfCents == 210_000)
    #expect(tie.isBalanced)
    let text =
      "cube.csv: the last month, 2026-11, looks partly filled (exported before its invoices "
      + "were all in): of the 20 accounts with an amount in both 2026-09 and 2026-10, 14 have "
      + "none in it, and its column totals 10% of 2026-10's; no account fell so in any earlier "
      + "month. A cut leaves them out so, in the last column only (or 14 accounts left at once). "
      + "The as-of month is 2026-10, the last complete one; measured there, ARR would be "
      + "$25,200 for $252,000 at 2026-10 (--as-of 2026-11 measures the partial month anyway)"
    #expect(c.log.findings.contains(text))
    #expect(c.log.stakes[text]?.arrCents == 22_680_000)
  }

  /// `--as-of 2026-11` measures the partial month anyway: 12 × 2,100 = $25,200, nothing said.
  @Test func anAsOfGivenMeasuresThePartialMonth() throws {
    var options = ImportOptions()
    options.asOf = Month(year: 2026, month: 11)
    let c = try importCube(Self.cube { $0 < 6 ? "\(($0 + 1) * 100)" : "" }, options: options)
    #expect(c.asOf == Month(year: 2026, month: 11))
    #expect(!c.log.findings.contains { $0.contains("partly filled") })
  }

  /// The hostile twins, each measured at November with nothing said:
  /// - a real churn cliff: the three largest accounts (5,700 of 21,000) leave, the rest steady;
  /// - half the accounts leave: the ten smallest (5,500) go, fewer than three in five;
  /// - a price cut of a third across the book: every account lower, none below half;
  /// - accounts merely lower (review 45b, Z-3): 14 of the 20 bill a quarter of October, none
  ///   has nothing (a cut leaves an invoiced account at its amount).
  @Test(arguments: ["cliff", "small half", "price cut", "lower"])
  func aFallTheRuleDoesNotReadAsACut(name: String) throws {
    let last: (Int) -> String
    switch name {
    case "cliff": last = { $0 >= 17 ? "" : "\(($0 + 1) * 100)" }
    case "small half": last = { $0 < 10 ? "" : "\(($0 + 1) * 100)" }
    case "lower": last = { $0 < 6 ? "\(($0 + 1) * 100)" : "\(($0 + 1) * 25)" }
    default: last = { "\(($0 + 1) * 67)" }
    }
    let c = try importCube(Self.cube(last))
    #expect(c.asOf == Month(year: 2026, month: 11), "\(name)")
    #expect(!c.log.findings.contains { $0.contains("partly filled") }, "\(name)")
  }

  /// A small book's season end (review 45b, Z-1, Z-4): 12 accounts paying 1,000 from June to
  /// October, eight with nothing in November (the column a third of October's). Fewer than 20
  /// accounts: an ordinary cliff, measured at November.
  @Test func mostOfASmallBookLeavingIsNoCut() throws {
    var text = Self.header
    for k in 0..<12 {
      text += "C\(k),1000,1000,1000,1000,1000,\(k < 8 ? "" : "1000")\n"
    }
    let c = try importCube(text)
    #expect(c.asOf == Month(year: 2026, month: 11))
    #expect(!c.log.findings.contains { $0.contains("partly filled") })
  }

  /// A book where accounts pay nothing some months (usage): account k has nothing in July…
  /// October's month m when k and m leave the same remainder by 4 (12 of 48 each month), and in
  /// November the 4 in 5 accounts whose k leaves a remainder below 4 by 5. Of the 24 accounts
  /// paying in September and October, 20 have nothing in November, fewer than 3 × the 12 of
  /// earlier months: the file's own history, no cut.
  @Test func aBookSwingingAsMuchEveryMonthIsNoCut() throws {
    var text = Self.header
    for k in 0..<48 {
      let cells = (0..<6).map { m -> String in
        if m == 5 { return k % 5 < 4 ? "" : "1000" }
        return m >= 1 && k % 4 == m % 4 ? "" : "1000"
      }
      text += "C\(k)," + cells.joined(separator: ",") + "\n"
    }
    let c = try importCube(text)
    #expect(c.asOf == Month(year: 2026, month: 11))
    #expect(!c.log.findings.contains { $0.contains("partly filled") })
  }

  /// A cut later in the month (review 45b, Z-13, and its rule (c)): the nine largest accounts
  /// (14,400 of 21,000) have nothing in November, 9 of 20 — not three in five. With no sign in
  /// the file the as-of month stays November (12 × 6,600 = $79,200) and October's amounts are
  /// the other reading ($252,000), a range, with a finding staked at the $172,800 between.
  @Test func aLaterCutWithoutASignKeepsTheAsOfMonthAndGivesARange() throws {
    let c = try importCube(Self.cube { $0 >= 11 ? "" : "\(($0 + 1) * 100)" })
    #expect(c.asOf == Month(year: 2026, month: 11))
    #expect(c.otherReadingAsOfMRR == 2_100_000)
    let text =
      "cube.csv: the last month, 2026-11, may be partly filled (exported before its invoices "
      + "were all in): of the 20 accounts with an amount in both 2026-09 and 2026-10, 9 have "
      + "none in it, and its column totals 31% of 2026-10's; no account fell so in any earlier "
      + "month. A cut leaves them out so, and so do 9 accounts leaving at once; nothing in the "
      + "file dates the export inside 2026-11 (a title's report date before its last day), so the as-of month stays "
      + "2026-11, and ARR is a range: $79,200 as measured, $252,000 at 2026-10's amounts if the "
      + "month is partly filled (--as-of 2026-10 measures the last complete month)"
    #expect(c.log.findings.contains(text))
    #expect(c.log.stakes[text]?.arrCents == 17_280_000)
  }

  /// The same file titled "As of Nov 15, 2026" (the cell quoted, as a CSV export writes a cell
  /// holding a comma): the title dates the export inside November, so
  /// the as-of month is October ($252,000), the finding saying why. The twin: a title at the
  /// month's last day ("As of Nov 30, 2026") says November is complete: it stays, with no
  /// range (review 46b, R46b-11: the range was offered before).
  @Test(arguments: ["Nov 15, 2026", "Nov 30, 2026"])
  func aTitleDateInsideTheMonthMovesTheAsOfMonth(title: String) throws {
    let text =
      "Customer MRR report\n\"As of \(title)\"\n"
      + Self.cube {
        $0 >= 11 ? "" : "\(($0 + 1) * 100)"
      }
    let c = try importCube(text)
    let inside = title.hasPrefix("Nov 15")
    #expect(c.asOf == Month(year: 2026, month: inside ? 10 : 11), "\(title)")
    #expect(
      c.log.findings.contains {
        $0.hasSuffix("The title's \"As of Nov 15, 2026\" dates the export inside it.")
      } == inside, "\(title)")
    #expect(!c.log.findings.contains { $0.contains("may be partly filled") }, "\(title)")
    #expect(c.otherReadingAsOfMRR == nil, "\(title)")
  }
}
