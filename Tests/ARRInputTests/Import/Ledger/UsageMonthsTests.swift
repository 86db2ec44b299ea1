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
    // A year-number month only joined without a space (review 34, item 6).
    ("Usage 2025/03", Month(year: 2025, month: 3)),
    ("API calls 2025 - 5 million calls", nil),
    ("Usage 2025 / 03", nil),
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

  /// The reviewer's ledgers (review 34) in the plain form: Customer, Date, Description, Amount.
  func plain(_ rows: [(String, String, String, String)]) throws -> ImportedCompany {
    var text = "Customer,Date,Description,Amount\n"
    for m in 1...12 { text += "acme,2025-\(m < 10 ? "0" : "")\(m)-01,Pro plan,3000.00\n" }
    for (c, d, t, a) in rows { text += "\(c),\(d),\(t),\(a)\n" }
    return try read(text)
  }

  /// Review 34, item 1: "Annual API platform plan - December 2025" (120,000.00 on 2025-12-01)
  /// beside Acme's 3,000.00 a month names a month and `api` but also a term: not a month of
  /// usage. By hand, as of 2025-12: Big is annual, 120,000 ÷ 12 = 10,000.00 of December MRR;
  /// headline ARR (3,000 + 10,000) × 12 = 156,000.00. Before: Big was a month of usage,
  /// 120,000 × 12 = $1,440,000 of ARR.
  @Test func aTermNamedLineIsNoMonthOfUsage() throws {
    let c = try plain([
      ("big", "2025-12-01", "Annual API platform plan - December 2025", "120000.00")
    ])
    #expect(UsageMonths.reads("Annual API platform plan - December 2025") == nil)
    #expect(c.account("big")?.contractType == .annual)
    let december = ["acme", "big"].map { c.mrrRow($0).last ?? 0 }
    #expect(december == [300_000, 1_000_000])
    #expect(december.reduce(0, +) * 12 == 15_600_000)
    #expect(!c.log.notes.contains { $0.contains("usage named for the month measured") })
  }

  /// Review 34, item 2: Cobalt buys "Credit top-up - <Mon> 2025" (20,000.00) on the 5th of
  /// January, March, April, August, October and December: the month names no usage, so each is
  /// a top-up, as without it. By hand (``CreditTopUpsTests``' spans): January and February
  /// 10,000.00 each, March 20,000.00, April–July 5,000.00, August–November 10,000.00, December
  /// 20,000 × (27/31) ÷ (27/31 + 1 + 3/28) = 8,806.06; headline ARR (3,000 + 8,806.06) × 12 =
  /// 141,672.72. Before: no top-up, a quarterly rhythm, $116,000.04.
  @Test func aTopUpNamingItsMonthIsStillATopUp() throws {
    let months = [(1, "Jan"), (3, "Mar"), (4, "Apr"), (8, "Aug"), (10, "Oct"), (12, "Dec")]
    let c = try plain(
      months.map { (m, name) in
        ("cobalt", "2025-\(m < 10 ? "0" : "")\(m)-05", "Credit top-up - \(name) 2025", "20000.00")
      })
    #expect(
      c.mrrRow("cobalt") == [
        1_000_000, 1_000_000, 2_000_000, 500_000, 500_000, 500_000, 500_000, 1_000_000,
        1_000_000, 1_000_000, 1_000_000, 880_606,
      ])
    #expect(c.account("cobalt")?.contractType == .usage)
    let december = ["acme", "cobalt"].map { c.mrrRow($0).last ?? 0 }.reduce(0, +)
    #expect(december * 12 == 14_167_272)
  }

  /// Review 34, item 6: Zed pays "API calls 2025 - 1 million calls" (6,000.00, 2025-02-10) and
  /// "API calls 2025 - 5 million calls" (30,000.00, 2025-11-10): no month is named, so the lines
  /// keep their invoice dates and Zed is live in December. Before: read as January and May 2025
  /// usage, Zed churned at $0.
  @Test func aYearBesideACountIsNoMonth() throws {
    let c = try plain([
      ("zed", "2025-02-10", "API calls 2025 - 1 million calls", "6000.00"),
      ("zed", "2025-11-10", "API calls 2025 - 5 million calls", "30000.00"),
    ])
    #expect((c.mrrRow("zed").last ?? 0) > 0)
    #expect(!c.log.notes.contains { $0.contains("usage named for the month measured") })
  }

  /// Review 34, item 5: words, not their beginnings. "Seat pack - 10 units" (1,000.00) and
  /// "United Health subscription - <Month> 2025" (2,000.00), each on the 1st of every month of
  /// 2025, are neither a pack of usage nor a month of usage: not usage contracts, their
  /// December MRR as billed (100,000 and 200,000 cents). Before: both usage contracts.
  @Test func wholeWordsNotBeginnings() throws {
    let names = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    var rows = [(String, String, String, String)]()
    for m in 1...12 {
      let d = "2025-\(m < 10 ? "0" : "")\(m)-01"
      rows.append(("seats", d, "Seat pack - 10 units", "1000.00"))
      rows.append(("united", d, "United Health subscription - \(names[m - 1]) 2025", "2000.00"))
    }
    let c = try plain(rows)
    #expect(c.account("seats")?.contractType != .usage)
    #expect(c.account("united")?.contractType != .usage)
    #expect(c.mrrRow("seats").last == 100_000)
    #expect(c.mrrRow("united").last == 200_000)
    #expect(!UsageMonths.namesUsage("United Health subscription - March 2025"))
  }
}
