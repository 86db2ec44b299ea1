import ARRQuality
import Testing

/// A generated company's `monthly.csv`, given as a data-room monthly table (one row per customer
/// and month), gives exactly the native folder's headline ARR, bridge, trailing NDR/GRR and every
/// account's MRR, whatever the month's format, the headers and the row order.
@Suite struct MonthlyTableEquivalenceTests {
  static let cases: [(GeneratorProfile, Int, Int, UInt64, Int)] = [
    (.enterpriseSaaS, 150, 24, 3, 0), (.plgSMB, 300, 24, 4, 1), (.aiHypergrowth, 200, 18, 5, 2),
  ]

  /// The native `monthly.csv` rewritten: style 0 as it is (its own header, `YYYY-MM`), style 1
  /// `Customer ID`, `Billing Month` (the month's first day), `MRR (USD)` with the rows reversed,
  /// style 2 `customer`, `period` (the month's last day, month first), `mrr` with the rows
  /// interleaved from both ends.
  static func table(_ monthlyCSV: [UInt8], style: Int) -> String {
    let lines = String(decoding: monthlyCSV, as: UTF8.self).split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    guard style != 0 else { return String(decoding: monthlyCSV, as: UTF8.self) }
    let header = lines[0]
    let (id, month, mrr) = (
      header.firstIndex(of: "account_id")!, header.firstIndex(of: "month")!,
      header.firstIndex(of: "mrr")!
    )
    var rows = Array(lines.dropFirst())
    if style == 1 {
      rows.reverse()
    } else {
      var mixed = [[String]]()
      var (lo, hi) = (0, rows.count - 1)
      while lo <= hi {
        mixed.append(rows[lo])
        if lo != hi { mixed.append(rows[hi]) }
        (lo, hi) = (lo + 1, hi - 1)
      }
      rows = mixed
    }
    var out = style == 1 ? "Customer ID,Billing Month,MRR (USD)\n" : "customer,period,mrr\n"
    for r in rows {
      let m = Month(r[month])!
      let day =
        style == 1
        ? "\(m)-01"
        : "\(m.month)/\(CivilDate.lastDay(of: m).parts.day)/\(m.year)"
      out += "\(r[id]),\(day),\(r[mrr])\n"
    }
    return out
  }

  @Test(arguments: cases)
  func aMonthlyTableGivesTheNativeFiguresExactly(
    profile: GeneratorProfile, accounts: Int, months: Int, seed: UInt64, style: Int
  ) throws {
    let files = CompanyGenerator.files(
      GeneratorOptions(profile: profile, accounts: accounts, months: months, seed: seed))
    let native = try CompanyLoader.load(
      accountsCSV: files.accountsCSV, monthlyCSV: files.monthlyCSV, companyJSON: nil)
    let text = Self.table(files.monthlyCSV, style: style)
    let imported = try Importer.read([
      Importer.SourceFile(name: "mrr.csv", bytes: Array(text.utf8))
    ])
    #expect(imported.log.files[0].shape == .monthly)
    #expect(imported.log.files[0].values == .mrr, "\(imported.log.files[0].valuesReason)")
    try LedgerEquivalenceTests.expectNativeFigures(
      imported.company(), native: native, idPrefix: "")
  }

  /// The native `monthly.csv` as it is has `usage` and `one_time` beside `mrr`: they are read as
  /// the folder reads them (usage units a signal, one-time revenue kept out of MRR), so the
  /// company equals the folder's in usage and one-time revenue too, and the tie-out counts the
  /// one-time amounts.
  @Test func theProductsOwnMonthlyFileKeepsItsUsageAndOneTimeRevenue() throws {
    let files = CompanyGenerator.files(
      GeneratorOptions(profile: .aiHypergrowth, accounts: 120, months: 15, seed: 11))
    let native = try CompanyLoader.load(
      accountsCSV: files.accountsCSV, monthlyCSV: files.monthlyCSV, companyJSON: nil)
    let imported = try Importer.read([
      Importer.SourceFile(name: "monthly.csv", bytes: files.monthlyCSV)
    ])
    #expect(imported.log.files[0].recognisedColumns.contains("usage: usage"))
    #expect(imported.log.files[0].recognisedColumns.contains("one_time: one_time"))
    #expect(imported.log.files[0].ignoredColumns.isEmpty)
    let c = try imported.company().company
    #expect(c.revenue.oneTimeByMonth == native.revenue.oneTimeByMonth)
    #expect(c.revenue.oneTimeByMonth.contains { $0 > 0 })
    let byID = Dictionary(uniqueKeysWithValues: native.accounts.enumerated().map { ($1.id, $0) })
    let nativeUsage = try #require(native.revenue.usage)
    let usage = try #require(c.revenue.usage)
    for (a, account) in c.accounts.enumerated() {
      let k = try #require(byID[account.id])
      #expect(
        usage[(a * c.monthCount)..<((a + 1) * c.monthCount)]
          == nativeUsage[(k * native.monthCount)..<((k + 1) * native.monthCount)],
        "\(account.id)")
    }
  }
}
