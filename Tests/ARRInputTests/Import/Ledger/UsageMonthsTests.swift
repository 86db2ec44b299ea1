import ARRCore
import Testing

@testable import ARRInput

/// A usage line named for the month it measures is that month's usage revenue (`docs/import.md`,
/// "Usage named for its month"; ``UsageMonths``; trial 33, T33-25: "API usage - March 2025"
/// beside a subscription was a charge that never repeats, one-time revenue, −$1.19M of ARR).
@Suite struct UsageMonthsTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "lines.csv", bytes: Array(text.utf8))])
  }

  /// Acme pays "Pro plan" 3,000.00 a month (January–December 2025, a period each) and "API
  /// usage - <month> 2025" on the 1st of the next month (300.00 for January rising by 50.00 a
  /// month to 850.00 for December); Iris pays "Usage for <Mon> 2025" alone the same way (1,000.00
  /// plus 100.00 a month). By hand: the December usage is invoiced 2026-01-01, so as of 2025-12
  /// (every invoice covers it); December MRR 3,000 + 850 + 2,100 = 5,950.00, headline ARR
  /// 71,400.00; Acme's usage is recurring every month, none of it one-time. Before: as of
  /// 2026-01, Acme's usage one-time and Acme churned in January (its plan ended in December).
  static var lines: String {
    let names = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    var text =
      "Invoice Line Item ID,Invoice Created (UTC),Customer ID,Description,Amount,"
      + "Period Start (UTC),Period End (UTC),Type\n"
    for m in 1...12 {
      func day(_ y: Int, _ m: Int) -> String { "\(y)-\(m < 10 ? "0" : "")\(m)-01" }
      let start = day(2025, m)
      let next = m == 12 ? day(2026, 1) : day(2025, m + 1)
      text += "p\(m),\(start),acme,Pro plan,3000.00,\(start),\(next),subscription\n"
      text +=
        "u\(m),\(next),acme,API usage - \(names[m - 1]) 2025,\(250 + 50 * m).00,\(next),"
        + "\(next),invoiceitem\n"
      text +=
        "i\(m),\(next),iris,Usage for \(names[m - 1].prefix(3)) 2025,\(900 + 100 * m).00,"
        + "\(next),\(next),invoiceitem\n"
    }
    return text
  }

  @Test func usageNamedForItsMonthIsThatMonthsRevenue() throws {
    let c = try read(Self.lines)
    #expect(c.asOf == Month(year: 2025, month: 12))
    let acme: [Int64] = (1...12).map { m in Int64(3000 + 250 + 50 * m) * 100 }
    let iris: [Int64] = (1...12).map { m in Int64(900 + 100 * m) * 100 }
    #expect(c.mrrRow("acme") == acme)
    #expect(c.mrrRow("iris") == iris)
    #expect(c.oneTimeRow("acme").allSatisfy { $0 == 0 })
    let december = ["acme", "iris"].map { c.mrrRow($0).last ?? 0 }.reduce(0, +)
    #expect(december * 12 == 7_140_000)
    #expect(c.account("iris")?.contractType == .usage)
    #expect(c.account("iris")?.billingCadence == .inArrears)
    #expect(
      c.log.notes.contains {
        $0.hasPrefix(
          "lines.csv: 24 lines bill usage named for the month measured (\"API usage - January "
            + "2025\" on line 3)")
      })
  }

  @Test(arguments: [
    ("API usage - March 2025", Month(year: 2025, month: 3)),
    ("Usage for Apr 2025", Month(year: 2025, month: 4)),
    ("Tokens 2025-03", Month(year: 2025, month: 3)),
    ("Usage Mar 2025 - Apr 2025", nil),
    ("Pro plan 2025", nil),
  ])
  func namesAMonth(description: String, month: Month?) {
    #expect(UsageMonths.month(in: description) == month)
  }

  /// Units named for their month are that month's usage, not a pack bought (``PrepaidCommits``).
  @Test func unitsNamedForTheirMonthAreNoPurchase() {
    let e = LedgerEntry(
      account: 0, line: 2, date: CivilDate(year: 2025, month: 4, day: 1)!, period: nil,
      kind: nil, description: "Compute units - March 2025", amount: 100, isProration: false)
    #expect(!PrepaidCommits.isPurchase(e))
  }
}
