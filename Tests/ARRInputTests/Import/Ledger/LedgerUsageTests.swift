import ARRCore
import Testing

@testable import ARRInput

/// A ledger's units on lines of usage are the account's usage (session 35, imp lane; trial 34,
/// T34-9 and T34-6): the `Quantity` column was listed as ignored, "usage column absent".
@Suite struct LedgerUsageTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "l.csv", bytes: Array(text.utf8))])
  }

  func usageRow(_ c: ImportedCompany, _ id: String) throws -> [Int64] {
    let a = try #require(c.accounts.firstIndex { $0.id == id })
    let usage = try #require(c.usage)
    return Array(usage[(a * c.monthCount)..<((a + 1) * c.monthCount)])
  }

  /// A platform fee (`subscription`) and tokens (`usage`, `Quantity`) every month of 2026-01 to
  /// 2026-06, invoiced on the 28th. H pays 2,000 of fee throughout; its usage bills 3,000 a
  /// month (3,000,000 tokens) through March, then 1,200, 300, and no line in June. S pays 1,000
  /// of fee and 1,500 of usage (1,500,000 tokens) every month.
  static var feeAndUsage: String {
    var lines = ["Invoice Number,Customer ID,Invoice Date,Description,Type,Quantity,Amount"]
    let h = [3000, 3000, 3000, 1200, 300, 0]
    for m in 1...6 {
      let d = "2026-0\(m)-28"
      lines.append("I\(m)S1,S,\(d),Platform fee,subscription,,1000.00")
      lines.append("I\(m)S2,S,\(d),API usage (tokens),usage,1500000,1500.00")
      lines.append("I\(m)H1,H,\(d),Platform fee,subscription,,2000.00")
      if h[m - 1] > 0 {
        lines.append("I\(m)H2,H,\(d),API usage (tokens),usage,\(h[m - 1] * 1000),\(h[m - 1]).00")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// By hand: H's usage row is its tokens, 0 in June (no usage line while the fee is paid);
  /// its MRR fee plus usage, 5,000 … 2,000. Both accounts pay a fee beside their usage: hybrid,
  /// not contract type usage (was: "pay-as-you-go usage, no commitment", the fee averaged with
  /// the usage).
  @Test func unitsOnUsageLinesAreTheAccountsUsage() throws {
    let c = try read(Self.feeAndUsage)
    #expect(c.asOf == Month(year: 2026, month: 6))
    #expect(
      try usageRow(c, "H") == [3_000_000, 3_000_000, 3_000_000, 1_200_000, 300_000, 0])
    #expect(try usageRow(c, "S") == Array(repeating: 1_500_000, count: 6))
    #expect(c.mrrRow("H") == [500_000, 500_000, 500_000, 320_000, 230_000, 200_000])
    #expect(c.account("H")?.contractType != .usage)
    #expect(c.account("S")?.contractType != .usage)
    #expect(!c.log.files[0].ignoredColumns.contains("Quantity"))
    #expect(c.log.files[0].recognisedColumns.contains("quantity: Quantity"))
  }

  /// A hybrid account's billing mix is its fee's share and its usage's of its as-of MRR: S's
  /// June is 1,000 of fee and 1,500 of usage, monthly on 40% and in arrears on 60%, so its
  /// inferred cadence is in arrears (usage-billed revenue, read beyond its own swing); H's June
  /// bills its fee alone: no mix, billed monthly.
  @Test func aHybridsCadenceIsItsLargerShares() throws {
    let c = try read(Self.feeAndUsage)
    let s = try #require(c.account("S"))
    #expect(s.billingMix == [.monthly: 0.4, .inArrears: 0.6])
    #expect(s.billingCadence == .inArrears)
    let h = try #require(c.account("H"))
    #expect(h.billingMix.isEmpty)
    #expect(h.billingCadence == .monthly)
  }

  /// A quantity on subscription lines alone (seats) is no usage: none is read and the column
  /// stays listed as ignored.
  @Test func aQuantityOfSeatsIsNoUsage() throws {
    let c = try read(
      """
      Customer ID,Invoice Date,Description,Type,Quantity,Amount
      A,2026-01-01,Team plan,subscription,10,1000.00
      A,2026-02-01,Team plan,subscription,10,1000.00
      """)
    #expect(c.usage == nil)
    #expect(c.log.files[0].ignoredColumns == ["Quantity"])
  }

  /// Metronome's lines (trial 34, T34-6): B buys a 12,000.00 commit on 2025-01-15 and draws
  /// 1,500.00 a month (150 units) of it, January to October, billed in arrears on the 1st of the
  /// next month, each netted by a line applying the commit until it is spent (8 months); its
  /// September and October usage is overage. I buys the same commit and draws 50.00 (5 units)
  /// a month through July, then nothing.
  static var commits: String {
    var lines = [
      "customer_id,issued_at,name,type,quantity,total,starting_at,ending_before",
      "B,2025-01-15,Annual prepaid commit,commit_purchase,,12000.00,2025-01-15,2025-01-16",
      "I,2025-01-15,Annual prepaid commit,commit_purchase,,12000.00,2025-01-15,2025-01-16",
    ]
    func month(_ m: Int) -> String { "2025-\(m < 10 ? "0" : "")\(m)-01" }
    for m in 1...10 {
      let (start, end) = (month(m), m == 12 ? "2026-01-01" : month(m + 1))
      lines.append("B,\(end),Tokens,usage,150,1500.00,\(start),\(end)")
      if m <= 8 {
        lines.append(
          "B,\(end),Prepaid commit applied,applied_commit_or_credit,,-1500.00,\(start),\(end)")
      }
      if m <= 7 {
        lines.append("I,\(end),Tokens,usage,5,50.00,\(start),\(end)")
        lines.append(
          "I,\(end),Prepaid commit applied,applied_commit_or_credit,,-50.00,\(start),\(end)")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// By hand, as of 2025-10 (the last invoices, on 2025-11-01, serve October): each commit is
  /// 1,000.00 a month (100,000 cents) over its 12 months; B's as-of MRR 1,000 + 1,500 of overage
  /// = 2,500.00, its committed MRR the commit's 1,000.00 (was its MRR, overage and all). I's
  /// usage row is 5 units through July, then 0 (its commit still paid).
  @Test func aCommitBoughtIsTheCommittedMinimumNotTheOverage() throws {
    let c = try read(Self.commits)
    #expect(c.asOf == Month(year: 2025, month: 10))
    #expect(c.mrrRow("B").last == 250_000)
    #expect(c.mrrRow("I").last == 100_000)
    #expect(c.account("B")?.committedMRR == 100_000)
    #expect(c.account("I")?.committedMRR == 100_000)
    #expect(try usageRow(c, "B") == Array(repeating: 150, count: 10))
    #expect(try usageRow(c, "I") == [5, 5, 5, 5, 5, 5, 5, 0, 0, 0])
  }

  /// A top-up of credits (no term, no commitment) commits nothing.
  @Test func aTopUpCommitsNothing() throws {
    let c = try read(
      """
      customer_id,date,description,amount
      T,2025-01-05,Credit top-up,500.00
      T,2025-03-05,Credit top-up,500.00
      """)
    #expect(c.account("T")?.committedMRR == nil)
  }

  /// The months 2025-01 to 2026-10 as `yyyy-mm`.
  static let months22: [String] = (0..<22).map {
    let (y, m) = (2025 + $0 / 12, 1 + $0 % 12)
    return "\(y)-\(m < 10 ? "0" : "")\(m)"
  }

  /// Review 35, finding 1 (`h8_quantity_gaps.csv`): Y and Z pay a 2,000.00 "Platform fee"
  /// (subscription, Quantity 1) on the 1st and 3,000.00 of "Storage usage" (usage, 1,500 units)
  /// on the 20th of every month, 2025-01 to 2026-10; in the last two months Y's Quantity is blank
  /// and Z's is `1500.5`.
  static var quantityGaps: String {
    var lines = ["Customer,Date,Description,Type,Quantity,Amount"]
    for (k, m) in months22.enumerated() {
      let isLate = k >= 20
      lines.append("Z,\(m)-01,Platform fee,subscription,1,2000.00")
      lines.append("Z,\(m)-20,Storage usage,usage,\(isLate ? "1500.5" : "1500"),3000.00")
      lines.append("Y,\(m)-01,Platform fee,subscription,1,2000.00")
      lines.append("Y,\(m)-20,Storage usage,usage,\(isLate ? "" : "1500"),3000.00")
    }
    return lines.joined(separator: "\n")
  }

  /// By hand: Z's usage is 1,500 a month for 20 months, then 1500.5 rounded half away from zero,
  /// 1,501, twice (was: 0 and 0, "usage down 67%", "zero usage in 2 of the last 3 paid
  /// months", at risk 76.9); Y's units are unknown in its last two months, so its usage is not
  /// tracked: a row of 0 (was: 0 in those months, the same false signals). Both MRR 5,000.00.
  @Test func aBlankOrDecimalQuantityIsNoZeroUsage() throws {
    let c = try read(Self.quantityGaps)
    #expect(c.asOf == Month(year: 2026, month: 10))
    #expect(try usageRow(c, "Z") == Array(repeating: 1_500, count: 20) + [1_501, 1_501])
    #expect(try usageRow(c, "Y") == Array(repeating: 0, count: 22))
    #expect(c.mrrRow("Y").last == 500_000)
    #expect(c.mrrRow("Z").last == 500_000)
  }

  /// Review 35, finding 1 (`h2_quarterly_units.csv`): E1 pays a 5,000.00 "Platform fee" on the
  /// 1st of every month, 2025-01 to 2026-10, and an "API usage overage" (usage, 300,000 units,
  /// 3,000.00) on the 5th of each quarter's last month (2025-03 … 2026-09); S0 pays 1,000.00 of
  /// fee and 200.00 of "API usage" (10,000 units) every month.
  static var quarterlyUnits: String {
    var lines = ["Customer,Date,Description,Type,Quantity,Amount"]
    for (k, m) in months22.enumerated() {
      lines.append("E1,\(m)-01,Platform fee,subscription,1,5000.00")
      if k % 3 == 2 { lines.append("E1,\(m)-05,API usage overage,usage,300000,3000.00") }
      lines.append("S0,\(m)-01,Platform fee,subscription,1,1000.00")
      lines.append("S0,\(m)-20,API usage,usage,10000,200.00")
    }
    return lines.joined(separator: "\n")
  }

  /// By hand: E1's usage lands in months 2, 5, …, 20 (of 0 to 21), never two in a row: billed
  /// each quarter, the months between are no zero usage, so its usage is not tracked, a row of
  /// 0 (was: 300,000 in 7 months and 0 in the 15 others, "zero usage in 2 of the last 3 paid
  /// months", at risk 52.4; without the Quantity column it is wavering 22.5). S0's monthly usage
  /// is 10,000 a month.
  @Test func usageBilledEachQuarterIsNoZeroUsageBetween() throws {
    let c = try read(Self.quarterlyUnits)
    #expect(try usageRow(c, "E1") == Array(repeating: 0, count: 22))
    #expect(try usageRow(c, "S0") == Array(repeating: 10_000, count: 22))
  }

  /// Quantity cells: whole counts, `1,200` and decimals rounded half away from zero; a negative,
  /// blank or other cell reads none.
  @Test func quantityCellsRead() {
    #expect(LedgerUsage.units("12") == 12)
    #expect(LedgerUsage.units("1,200") == 1_200)
    #expect(LedgerUsage.units("1500.5") == 1_501)
    #expect(LedgerUsage.units("1,200.49") == 1_200)
    #expect(LedgerUsage.units("0.5") == 1)
    #expect(LedgerUsage.units(".4") == 0)
    #expect(LedgerUsage.units("-3") == nil)
    #expect(LedgerUsage.units("-1.5") == nil)
    #expect(LedgerUsage.units("1.") == nil)
    #expect(LedgerUsage.units("") == nil)
    #expect(LedgerUsage.units("n/a") == nil)
  }

  /// Review 35, finding 6: P pays for its tokens as it goes, 1,000.00 a month (100 units) for
  /// 2025-01 to 2025-10, billed in arrears on the 1st of the next month, and buys an "Annual
  /// prepaid commit" of 12,000.00 on 2025-07-15. By hand: the commit is 1,000.00 a month over
  /// 12 months from 2025-07-15, first billing 2025-07; as of 2025-10 P's committed minimum is
  /// 1,000.00, known from 2025-07 (its `inferredFrom`: the backtest's earlier views hold no
  /// commitment), and a finding names the rule (was: no `inferredFrom`, so committed from
  /// 2025-01, and no finding).
  @Test func aCommitBoughtIsKnownFromItsFirstMonth() throws {
    var lines = ["customer_id,issued_at,name,type,quantity,total,starting_at,ending_before"]
    lines.append(
      "P,2025-07-15,Annual prepaid commit,commit_purchase,,12000.00,2025-07-15,2025-07-16")
    func month(_ m: Int) -> String { "2025-\(m < 10 ? "0" : "")\(m)-01" }
    for m in 1...10 {
      lines.append("P,\(month(m + 1)),Tokens,usage,100,1000.00,\(month(m)),\(month(m + 1))")
    }
    let c = try read(lines.joined(separator: "\n"))
    #expect(c.asOf == Month(year: 2025, month: 10))
    let p = try #require(c.account("P"))
    #expect(p.committedMRR == 100_000)
    #expect(p.inferred.contains(.committedMRR))
    #expect(p.inferredFrom == Month(year: 2025, month: 7))
    let finding = try #require(c.log.findings.first { $0.contains("a commitment bought") })
    #expect(
      finding.hasPrefix(
        "l.csv: 1 account holds a commitment bought (line 2): "
          + "read as its committed minimum from the month it first bills, $1,000.00 of the "
          + "as-of month's MRR (committed ARR $12,000.00)"))
  }
}
