import ARRCore
import Testing

@testable import ARRInput

/// Prepaid credits bought with no term (a top-up) are usage paid ahead, spread to the account's
/// next purchase, never a commitment (`docs/import.md`, "Prepaid credits and commitments";
/// ``PrepaidCommits``; trial 33, T33-3: a Stripe line items export's irregular top-ups were
/// each a 12-month annual term, $750K of false committed ARR, or a month of MRR each).
@Suite struct CreditTopUpsTests {
  func read(_ text: String, asOf: String? = nil) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "lines.csv", bytes: Array(text.utf8))],
      options: ImportOptions(asOf: asOf.flatMap { Month($0) }))
  }

  /// Stripe's invoice line items: Cobalt buys "Credit top-up" on the 5th of January (20,000),
  /// March (25,000), April (12,000), August (40,000), October (30,000) and December (24,000),
  /// invoice items whose period is their day; Dune buys "Prepaid credits - 500,000 tokens"
  /// (5,000) on 2025-02-12 and 2025-11-12; Delta pays 36,000 for 2025-03-01 to 2026-03-01 (an
  /// annual plan); Acme 3,000 a month.
  static var lines: String {
    var text =
      "Invoice Line Item ID,Invoice Created (UTC),Customer ID,Description,Amount,"
      + "Period Start (UTC),Period End (UTC),Type\n"
    var n = 0
    func line(
      _ date: String, _ customer: String, _ text2: String, _ amount: String, _ end: String? = nil,
      _ type: String = "invoiceitem"
    ) {
      n += 1
      text += "il_\(n),\(date),\(customer),\"\(text2)\",\(amount),\(date),\(end ?? date),\(type)\n"
    }
    for m in 1...12 {
      let d = "2025-\(m < 10 ? "0" : "")\(m)-01"
      let next = m == 12 ? "2026-01-01" : "2025-\(m < 9 ? "0" : "")\(m + 1)-01"
      line(d, "acme", "Pro plan", "3000.00", next, "subscription")
    }
    line(
      "2025-03-01", "delta", "Enterprise plan (annual)", "36000.00", "2026-03-01", "subscription")
    for (d, a) in [
      ("2025-01-05", "20000.00"), ("2025-03-05", "25000.00"), ("2025-04-05", "12000.00"),
      ("2025-08-05", "40000.00"), ("2025-10-05", "30000.00"), ("2025-12-05", "24000.00"),
    ] {
      line(d, "cobalt", "Credit top-up", a)
    }
    line("2025-02-12", "dune", "Prepaid credits - 500,000 tokens", "5000.00")
    line("2025-11-12", "dune", "Prepaid credits - 500,000 tokens", "5000.00")
    return text
  }

  /// By hand, as of 2025-12: each of Cobalt's top-ups lasts to the day before the next, whole
  /// months here (2025-01-05 to 2025-03-04 is January and February, 10,000.00 each; March
  /// 25,000.00; April–July 3,000.00; August–September 20,000.00; October–November 15,000.00);
  /// the latest, 2025-12-05, lasts the median of its 59, 31, 122, 61 and 61 days between
  /// purchases, 61: to 2026-02-03, by days December 27/31, January 1, February 3/28 of the
  /// weight, so December is 24,000 × (27/31) ÷ (27/31 + 1 + 3/28) = 10,567.27. Dune's latest
  /// lasts its one span, 273 days: 2025-11-12 to 2026-08-11, nine whole months as the first
  /// (2025-02-12 to 2025-11-11), so 555.56 a month from February. Usage contracts, nothing
  /// committed; Delta stays annual. Before: Dune's purchases were annual commitments (committed
  /// ARR 5,000.00 each), Cobalt's a month of MRR each (December 24,000.00).
  @Test func topUpsAreUsageSpreadToTheNextPurchase() throws {
    let c = try read(Self.lines)
    #expect(c.asOf == Month(year: 2025, month: 12))
    #expect(
      c.mrrRow("cobalt") == [
        1_000_000, 1_000_000, 2_500_000, 300_000, 300_000, 300_000, 300_000, 2_000_000,
        2_000_000, 1_500_000, 1_500_000, 1_056_727,
      ])
    let cobalt = try #require(c.account("cobalt"))
    #expect(cobalt.contractType == .usage)
    #expect(cobalt.committedMRR == nil)
    #expect(cobalt.contractEndDate == nil)
    #expect(c.mrrRow("dune") == [0] + Array(repeating: 55_556, count: 11))
    let dune = try #require(c.account("dune"))
    #expect(dune.contractType == .usage)
    #expect(dune.contractEndDate == nil)
    #expect(c.account("delta")?.contractType == .annual)
    #expect(cobalt.rules.contains(.prepaidUsage))
    let finding = try #require(c.log.findings.first { $0.contains("with no term (top-ups") })
    #expect(
      finding.hasPrefix(
        "lines.csv: 8 lines buy prepaid credits with no term (top-ups of 2 accounts, "
          + "$161,000.00 in all, the first $20,000.00 on line 15, \"Credit top-up\"): read as "
          + "usage paid ahead, never a commitment"))
    #expect(!c.log.findings.contains { $0.contains("read as a commitment of 12 months") })
  }

  /// As of 2025-09, what was known then: Cobalt's August top-up has no later purchase by
  /// September, so it lasts the median of 59, 31 and 122 days, 59 (to 2025-10-02): September
  /// is 40,000 × 1 ÷ (27/31 + 1 + 2/31) = 40,000 × 31/60 = 20,666.67.
  @Test func aPurchaseAfterAsOfIsNotTheNext() throws {
    let c = try read(Self.lines, asOf: "2025-09")
    #expect(c.mrrRow("cobalt").last == 2_066_667)
  }

  /// Packs not worded "prepaid credits" (trial 33, T33-5): Fable buys "Token pack 1M"
  /// (2,000.00) on the 10th of January, February, April, July, August and November; Gamma "API
  /// credits bundle" (7,500.00) on the 1st of February, March, June, October and December;
  /// Helio "Compute units" (4,000.00, 6,000.00, 4,000.00, 8,000.00, 5,000.00) on the 20th of
  /// January, March, April, August and October; Acme 3,000.00 a month. By hand, December:
  /// Fable's latest lasts the median of 31, 59, 91, 31 and 92 days, 59, to 2026-01-07:
  /// 2,000 × 1 ÷ (21/30 + 1 + 7/31) = 1,038.53; Gamma's the median of 28, 92, 122 and 61, 76
  /// (76.5 rounded down), to 2026-02-14: 7,500 ÷ (1 + 1 + 14/28) = 3,000.00; Helio's 2025-10-20
  /// purchase the median of 59, 31, 122 and 61, 60, to 2025-12-18: 5,000 × 18/61 = 1,475.41.
  /// December MRR 8,513.94, headline ARR 102,167.28; no pack buyer churns or comes back between
  /// purchases. Before: the billings rules read rhythms from the purchases (Helio quarterly,
  /// Gamma churned in 2025-08 and reactivated in 2025-10), headline 94,000.08.
  @Test func packsAreTopUpsToo() throws {
    var text = "Customer,Date,Description,Amount\n"
    for m in 1...12 { text += "acme,2025-\(m < 10 ? "0" : "")\(m)-01,Pro plan,3000.00\n" }
    for d in ["01", "02", "04", "07", "08", "11"] {
      text += "fable,2025-\(d)-10,Token pack 1M,2000.00\n"
    }
    for d in ["02", "03", "06", "10", "12"] {
      text += "gamma,2025-\(d)-01,API credits bundle,7500.00\n"
    }
    for (d, a) in [("01", "4000"), ("03", "6000"), ("04", "4000"), ("08", "8000"), ("10", "5000")] {
      text += "helio,2025-\(d)-20,Compute units,\(a).00\n"
    }
    let c = try read(text)
    #expect(c.asOf == Month(year: 2025, month: 12))
    let december = ["acme", "fable", "gamma", "helio"].map { c.mrrRow($0).last ?? 0 }
    #expect(december == [300_000, 103_853, 300_000, 147_541])
    #expect(december.reduce(0, +) * 12 == 10_216_728)
    for id in ["fable", "gamma", "helio"] {
      let row = c.mrrRow(id)
      let first = try #require(row.firstIndex { $0 > 0 })
      #expect(row[first...].allSatisfy { $0 > 0 }, "\(id): \(row)")
      #expect(c.account(id)?.contractType == .usage)
    }
  }

  @Test(arguments: [
    ("Token pack 1M", true),
    ("API credits bundle", true),
    ("Compute units", true),
    ("Block of 1,000 minutes", true),
    ("Community edition bundle", false),
    ("Support hours block", false),
    ("Credit top-up", true),
    ("Wallet top up", true),
    ("Prepaid credits - 500,000 tokens", true),
    ("Seat top-up (5 users)", false),
    ("Pro plan", false),
    // Whole words (review 34, item 5): `units` beside seats or licences counts them.
    ("Seat pack - 10 units", false),
    ("Licence pack (25 units)", false),
    ("Call recording bundle", false),
    ("Pro bundle incl. API access", false),
    ("Block of 500 API calls", true),
  ])
  func namesAPurchase(description: String, isPurchase: Bool) {
    #expect(PrepaidCommits.namesPurchase(description) == isPurchase)
  }

  /// A purchase named a commitment keeps its 12 months (Orb's "Prepaid credits (annual
  /// commit)"); one typed Metronome's `commit_purchase` too, whatever its name.
  @Test func aCommitmentIsNoTopUp() {
    func entry(_ text: String, commitType: Bool = false) -> LedgerEntry {
      var e = LedgerEntry(
        account: 0, line: 2, date: CivilDate(year: 2025, month: 1, day: 1)!, period: nil,
        kind: nil, description: text, amount: 100, isProration: false)
      e.isPrepaidPurchase = commitType
      e.isCommitmentType = commitType
      return e
    }
    #expect(!PrepaidCommits.isTopUp(entry("Prepaid credits (annual commit)")))
    #expect(!PrepaidCommits.isTopUp(entry("Tokens", commitType: true)))
    #expect(PrepaidCommits.isTopUp(entry("Prepaid credits")))
    // Whole words (review 34, item 12): "semiannual" and "contractor" name no commitment.
    #expect(PrepaidCommits.isTopUp(entry("Credit top-up (semiannual)")))
    #expect(PrepaidCommits.isTopUp(entry("Contractor credits top-up")))
    #expect(!PrepaidCommits.isTopUp(entry("Credit top-up - 12 months commitment")))
    // A month named without usage keeps the purchase (review 34, item 2).
    #expect(PrepaidCommits.isPurchase(entry("Credit top-up - Dec 2025")))
    #expect(!PrepaidCommits.isTopUp(entry("Prepaid credits (annual commit) - March 2025")))
    #expect(PrepaidCommits.isPurchase(entry("Prepaid credits (annual commit) - March 2025")))
  }

  /// Review 35, finding 5 (`h6_fee_topup.csv`): T pays a 1,000.00 "Platform fee" (untyped) on
  /// the 1st of every month, 2025-11 to 2026-10, and buys a 3,000.00 "Credit top-up" on
  /// 2025-11-05 and 2026-05-05; no usage line is billed (the credits are spent unbilled).
  static let feeAndTopUps: String = {
    var lines = ["Customer,Date,Description,Amount"]
    let months = ["2025-11", "2025-12"] + (1...10).map { "2026-\($0 < 10 ? "0" : "")\($0)" }
    for m in months {
      lines.append("T,\(m)-01,Platform fee,1000.00")
      if m == "2025-11" || m == "2026-05" { lines.append("T,\(m)-05,Credit top-up,3000.00") }
    }
    return lines.joined(separator: "\n")
  }()

  /// By hand: a platform fee is no usage the credits pay, so the fee is T's 1,000.00 every month
  /// and each top-up is spread to the next purchase: the first, 2025-11-05 to 2026-05-04, six
  /// whole months of 500.00; the second, to 2026-11-01 (its date plus the 181 days between the
  /// two, less a day), by days: May's 27 of 31, June to October whole, November's 1 of 30, in
  /// all 5,491/930, October 3,000 × 930 / 5,491 = 508.10. T: 1,500.00 from November to April,
  /// 1,508.10 in October (was: the fee lines the usage the top-ups pay, both top-ups left out,
  /// 1,000.00 a month, and a finding calling the fee usage; before T34-11, the fee drawn from
  /// the credits, about 833.33 a month).
  @Test func aPlatformFeeIsNoUsageATopUpPays() throws {
    let c = try read(Self.feeAndTopUps)
    #expect(c.asOf == Month(year: 2026, month: 10))
    let t = c.mrrRow("T")
    #expect(Array(t.prefix(6)) == Array(repeating: 150_000, count: 6))
    #expect(t.last == 150_810)
    #expect(!c.log.findings.contains { $0.contains("usage billed in full") })
    #expect(!c.log.findings.contains { $0.contains("bill usage of a customer holding prepaid") })
  }

  /// Lines of usage: typed usage, or untyped and named as usage; a fee or a plan is none.
  @Test func onlyUsageIsWhatCreditsPay() {
    func entry(_ description: String, _ kind: LedgerEntry.Kind? = nil) -> LedgerEntry {
      LedgerEntry(
        account: 0, line: 2, date: CivilDate(year: 2025, month: 1, day: 1)!, period: nil,
        kind: kind, description: description, amount: 10_000, isProration: false)
    }
    #expect(PrepaidCommits.isUsageBilled(entry("API calls")))
    #expect(PrepaidCommits.isUsageBilled(entry("Storage", .usage)))
    #expect(!PrepaidCommits.isUsageBilled(entry("Platform fee")))
    #expect(!PrepaidCommits.isUsageBilled(entry("Team plan")))
  }
}
