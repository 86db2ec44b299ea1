import ARRCore
import Testing

@testable import ARRGenerator

@Suite struct DataRoomTests {
  static let options = GeneratorOptions(
    profile: .enterpriseSaaS, accounts: 150, months: 24, seed: 11)

  static func company() -> NativeCompany { DataRoom.company(options) }

  @Test func sameOptionsSameBytes() {
    let a = DataRoom.files(Self.options)
    let b = DataRoom.files(Self.options)
    #expect(a.map(\.name) == DataRoom.fileNames)
    #expect(a.map(\.bytes) == b.map(\.bytes))
  }

  /// The exact ledger, spread month by month over its whole-month periods, is the native MRR.
  @Test func exactLedgerHoldsTheNativeMRR() {
    let c = Self.company()
    let n = c.monthCount
    var mrr = [Int64](repeating: 0, count: c.mrr.count)
    var oneTime = [Int64](repeating: 0, count: c.mrr.count)
    for l in LedgerBuilder.lines(c, style: .exact, seed: 1) {
      guard let s = l.serviceStart, let e = l.serviceEnd, l.kind != .oneTime else {
        oneTime[l.account * n + l.date.month.months(since: c.firstMonth)] += l.amount
        continue
      }
      #expect(s.parts.day == 1 && e == CivilDate.lastDay(of: e.month))
      let months = e.month.months(since: s.month) + 1
      #expect(l.amount % Int64(months) == 0)
      for k in 0..<months {
        let m = s.month.months(since: c.firstMonth) + k
        if m < n { mrr[l.account * n + m] += l.amount / Int64(months) }
      }
    }
    #expect(mrr == c.mrr)
    #expect(oneTime == c.oneTime)
  }

  /// The realistic ledger is not the inverse of the spreading rules: it has late renewals,
  /// add-ons and credits prorated by days, untyped one-off fees, refunds, void and draft lines.
  @Test func realisticLedgerHasWhatADataRoomHas() {
    let c = Self.company()
    let lines = LedgerBuilder.lines(c, style: .realistic, seed: Self.options.seed)
    #expect(lines.contains { $0.status == "void" })
    #expect(lines.contains { $0.status == "draft" })
    #expect(lines.contains { $0.description.hasPrefix("Refund") && $0.amount < 0 })
    #expect(lines.contains { $0.description.hasPrefix("Credit note") && $0.amount < 0 })
    #expect(lines.contains { $0.kind == nil && $0.serviceStart == nil })
    #expect(lines.contains { ($0.serviceStart?.parts.day ?? 1) != 1 })
    // A renewal invoiced after its period started.
    #expect(lines.contains { l in l.serviceStart.map { l.date.month > $0.month } ?? false })
    // Annual contracts billed monthly: one-month periods for an annual contract.
    let annualMonthly = Set(
      c.accounts.indices.filter {
        c.accounts[$0].contractType == "annual" && c.accounts[$0].billingCadence == "monthly"
      })
    #expect(!annualMonthly.isEmpty)
    #expect(
      lines.contains { l in
        annualMonthly.contains(l.account) && l.serviceStart?.month == l.serviceEnd?.month
      })
    #expect(lines.allSatisfy { $0.date <= CivilDate.lastDay(of: c.asOf) })
  }

  /// The billings cube holds the ledger's amounts by invoice date; its totals row is the sum of
  /// its rows; the MRR cube is the native MRR.
  @Test func cubesAddUp() throws {
    let c = Self.company()
    let files = DataRoom.files(Self.options)
    let lines = LedgerBuilder.lines(c, style: .realistic, seed: Self.options.seed)
    let billed = lines.filter { $0.status == "paid" }.map(\.amount).reduce(0, +)
    for (name, truth) in [("billings-cube.csv", billed), ("mrr-cube.csv", c.mrr.reduce(0, +))] {
      let bytes = try #require(files.first { $0.name == name }?.bytes)
      let rows = NativeCompany.records(bytes)
      #expect(rows[0].count == 1 && rows[0][0].hasSuffix("by customer"))
      let header = rows[2]
      #expect(header.prefix(3) == ["Customer ID", "Customer", "Segment"])
      #expect(header.count == 3 + c.monthCount)
      let total = try #require(rows.firstIndex { $0.first == "Total" })
      func cents(_ s: String) -> Int64 {
        if s == "-" { return 0 }
        let negative = s.hasPrefix("(")
        let digits = s.filter { $0.isNumber || $0 == "." }
        let v = Money.cents(fromDecimal: digits)!
        return negative ? -v : v
      }
      var sums = [Int64](repeating: 0, count: c.monthCount)
      for r in rows[3..<total] {
        for m in 0..<c.monthCount { sums[m] += cents(r[3 + m]) }
      }
      #expect(sums == rows[total].dropFirst(3).map(cents))
      #expect(sums.reduce(0, +) == truth)
    }
  }

  @Test func stripeExportsNameTheirColumnsAsStripeDoes() throws {
    let files = DataRoom.files(Self.options)
    let subs = NativeCompany.records(files[3].bytes)
    #expect(subs[0] == StripeExport.subscriptionsHeader)
    #expect(subs.dropFirst().contains { $0[3] == "canceled" && !$0[18].isEmpty })
    #expect(subs.dropFirst().contains { $0[3] == "active" })
    let lines = NativeCompany.records(files[4].bytes)
    #expect(lines[0] == StripeExport.invoiceLinesHeader)
    #expect(lines.dropFirst().contains { $0[10] == "true" })
  }
}
