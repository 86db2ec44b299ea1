import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 47, R47-15 and R47-8 (fixtures `/work/team/s47/review/h16`–`h17`, `h07`, `h07b`,
/// `h06c`, made smaller): gross rows decided per customer reach a one-price company, one gross
/// customer beside an exempt one, a credit note, any number of rate periods, 17.5%, and a
/// customer reverse-charged from July. Every file: a book of monthly customers through 2024,
/// read at 2024-12.
@Suite struct GrossRowsPeriodsTests {
  typealias Y = LedgerReviewFortyFiveTests

  static func arr(_ c: ImportedCompany) -> Int64 { LedgerReviewFortyTwoTests.asOfARR(c) }

  static func read(_ rows: @escaping (Int, String) -> [String]) throws -> ImportedCompany {
    try importLedger(
      Y.ledger("Invoice No,Date,Customer,Description,Amount") { m in rows(m, Y.day(m)) })
  }

  /// One plan for everyone (`Pro plan` 1,000 and a bare 1,200 on every invoice of four
  /// customers), or two lines of one sum: the lines, $48,000 (read as lines: $105,600).
  @Test(arguments: [false, true])
  func onePriceForEveryInvoice(twoLines: Bool) throws {
    let c = try Self.read { m, d in
      ["A", "B", "C", "D"].flatMap { who in
        (twoLines
          ? [
            "\(who)-\(m),\(d),\(who)co,Pro plan,800.00", "\(who)-\(m),\(d),\(who)co,Support,200.00",
          ]
          : ["\(who)-\(m),\(d),\(who)co,Pro plan,1000.00"]) + ["\(who)-\(m),\(d),\(who)co,,1200.00"]
      }
    }
    #expect(Self.arr(c) == 4_800_000)
  }

  /// Acme's gross at 20%, Bolt exempt (its bare row equals its line): Acme 1,500 + Bolt 900 a
  /// month, $28,800 (read as lines: $61,200).
  @Test func oneGrossCustomerBesideAnExemptOne() throws {
    let c = try Self.read { m, d in
      [
        "A-\(m),\(d),Acme,Platform subscription,1000.00",
        "A-\(m),\(d),Acme,Analytics add-on,500.00",
        "A-\(m),\(d),Acme,,1800.00", "B-\(m),\(d),Bolt,Platform subscription,900.00",
        "B-\(m),\(d),Bolt,,900.00",
      ]
    }
    #expect(Self.arr(c) == 2_880_000)
  }

  /// Every customer at 20% and Acme's one credit note in June (`Platform subscription` −500, its
  /// gross −600): 1,500 + 900 + 500 a month at December, $34,800 (Acme's gross rows were read
  /// as revenue all year).
  @Test func aCreditNotesShareIsItsMagnitudes() throws {
    let c = try Self.read { m, d in
      [
        "A-\(m),\(d),Acme,Platform subscription,1000.00",
        "A-\(m),\(d),Acme,Analytics add-on,500.00",
        "A-\(m),\(d),Acme,,1800.00", "B-\(m),\(d),Bolt,Platform subscription,900.00",
        "B-\(m),\(d),Bolt,,1080.00", "C-\(m),\(d),Cato,Platform subscription,500.00",
        "C-\(m),\(d),Cato,,600.00",
      ]
        + (m == 6
          ? [
            "CN-1,\(Y.day(6, 15)),Acme,Platform subscription,-500.00",
            "CN-1,\(Y.day(6, 15)),Acme,,-600.00",
          ]
          : [])
    }
    #expect(Self.arr(c) == 3_480_000)
  }

  /// Rates by period, the same for every customer: 19% → 16% → 19% (Germany, 2020), 17.5% →
  /// 20% (the UK, 2011), or one customer 20% → 0% (reverse-charged from July): the lines, Acme
  /// 1,500 + Bolt 900 (+ Cato 500) a month.
  @Test(
    arguments: [
      ([19, 16, 16, 19], false, Int64(2_880_000)), ([17.5, 17.5, 20, 20], false, 2_880_000),
      ([20, 20, 20, 20], true, 3_480_000),
    ] as [([Double], Bool, Int64)])
  func ratesChangeByPeriod(rates: [Double], reverseCharge: Bool, arr: Int64) throws {
    func gross(_ lines: Int, _ m: Int) -> String {
      let cents = Int((Double(lines * 100) * (1 + rates[(m - 1) / 3] / 100)).rounded())
      return "\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
    }
    let c = try Self.read { m, d in
      [
        "A-\(m),\(d),Acme,Platform subscription,1000.00",
        "A-\(m),\(d),Acme,Analytics add-on,500.00",
        "A-\(m),\(d),Acme,,\(gross(1500, m))", "B-\(m),\(d),Bolt,Platform subscription,900.00",
        "B-\(m),\(d),Bolt,,\(gross(900, m))",
      ]
        + (reverseCharge
          ? [
            "C-\(m),\(d),Cato,Platform subscription,500.00",
            "C-\(m),\(d),Cato,,\(m < 7 ? "600.00" : "500.00")",
          ]
          : [])
    }
    #expect(Self.arr(c) == arr)
  }

  /// Twin: one price for everyone, bare rows 13.3% above it (no standard rate): lines, the
  /// gross rows too (1,000 + 1,133 for four customers a month, $102,384).
  @Test func onePriceAtNoStandardRateStaysLines() throws {
    let c = try Self.read { m, d in
      ["A", "B", "C", "D"].flatMap { who in
        ["\(who)-\(m),\(d),\(who)co,Pro plan,1000.00", "\(who)-\(m),\(d),\(who)co,,1133.00"]
      }
    }
    #expect(Self.arr(c) == 10_238_400)
  }
}
