import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 47, R47-13 (fixtures `/work/team/s47/review/s14`, `s14b`, made smaller): an invoice
/// printed over two pages carries the running sum of its lines from the foot of one page to
/// the head of the next (`Carried forward` / `Brought forward`, `Übertrag`): page totals, not
/// lines. Every file: a book of monthly customers through 2024, read at 2024-12.
@Suite struct PageTotalRowsTests {
  typealias Y = LedgerReviewFortyFiveTests

  static func arr(_ c: ImportedCompany) -> Int64 { LedgerReviewFortyTwoTests.asOfARR(c) }

  static let header = "Invoice No,Date,Customer,Description,Amount"

  /// Acme's invoice: 4 usage lines of 150, `carried` 600 at the page's foot, a `Page 2` row
  /// and the header again, `brought` 600, 6 more lines of 150, then `Subtotal` 1,500, `VAT
  /// 20%`, `Total` 1,800; Bolt 900 with its own summary rows.
  static func book(carried: String, brought: String) -> String {
    Y.ledger(header) { m in
      let d = Y.day(m)
      let usage = (1...10).map { "A-\(m),\(d),Acme,API calls region \($0),150.00" }
      return Array(usage[0..<4]) + [
        "A-\(m),\(d),Acme,\(carried),600.00", "Page 2,,,,", header,
        "A-\(m),\(d),Acme,\(brought),600.00",
      ] + Array(usage[4...]) + [
        "A-\(m),\(d),Acme,Subtotal,1500.00", "A-\(m),\(d),Acme,VAT 20%,300.00",
        "A-\(m),\(d),Acme,Total,1800.00", "B-\(m),\(d),Bolt,Platform subscription,900.00",
        "B-\(m),\(d),Bolt,Subtotal,900.00", "B-\(m),\(d),Bolt,VAT 20%,180.00",
        "B-\(m),\(d),Bolt,Total,1080.00",
      ]
    }
  }

  /// The page totals are skipped as such and the summary rows match again: Acme 1,500 + Bolt
  /// 900 a month, $28,800 (read as lines: $108,000 in the fixture's shape); every row accounted
  /// for, 24 page totals.
  @Test(arguments: [
    ("Carried forward", "Brought forward"), ("Übertrag", "Übertrag"), ("c/f", "b/f"),
    ("À reporter", "Report"),
  ])
  func pageTotalsAreNoLines(carried: String, brought: String) throws {
    let c = try importLedger(Self.book(carried: carried, brought: brought))
    #expect(Self.arr(c) == 2_880_000)
    let f = c.log.files[0]
    #expect(f.skipped[.pageTotal] == 24)
    #expect(f.rowsRead == f.rowsUsed + f.skipped.values.reduce(0, +))
    #expect(
      c.log.notes.contains { $0.contains("24 rows (the first on line 6) are the page total") })
  }

  /// Twin: a `Report` billed beside the lines, equal to the line above it and away from any
  /// page break, is a line (Acme 500 + 500, Bolt 900 a month: $22,800).
  @Test func aReportBilledIsALine() throws {
    let c = try importLedger(
      Y.ledger(Self.header) { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,500.00", "A-\(m),\(d),Acme,Report,500.00",
          "A-\(m),\(d),Acme,Total,1000.00", "B-\(m),\(d),Bolt,Platform subscription,900.00",
        ]
      })
    #expect(Self.arr(c) == 2_280_000)
    #expect(c.log.files[0].skipped[.pageTotal] == nil)
  }

  /// Twin: a `Brought forward` at a page's head that is not the sum of the lines above it (a
  /// balance carried from an earlier invoice) is no page total.
  @Test func aBroughtForwardOfAnotherAmountIsNoPageTotal() throws {
    let c = try importLedger(
      Y.ledger(Self.header) { m in
        let d = Y.day(m)
        return [
          "A-\(m),\(d),Acme,Platform subscription,1000.00", "Page 2,,,,", Self.header,
          "A-\(m),\(d),Acme,Brought forward,250.00",
          "B-\(m),\(d),Bolt,Platform subscription,900.00",
        ]
      })
    #expect(c.log.files[0].skipped[.pageTotal] == nil)
  }
}
