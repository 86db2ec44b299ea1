import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Money in whole units for a currency without decimals, identities kept in what is printed
/// (docs/output.md, "Money"; session 20, wording lane; trial 18b, G7).
@Suite struct WholeUnitsJSONTests {
  /// 20 accounts over 14 months in `currency`: account k pays 10,000.01 + 333.33 × k a month
  /// (fractions of a yen: a normalised MRR may carry one), one account in four (k a multiple of
  /// 4) stops after month 11.
  static func company(_ currency: String) -> Company {
    let accounts = (0..<20).map {
      Account(
        id: "Y\($0)", contractType: $0 % 2 == 0 ? .annual : .monthly,
        billingCadence: $0 % 2 == 0 ? .annual : .monthly, startDate: Fixture.date("2025-01-01"))
    }
    // Closure types written out: inferring them took the type checker seconds.
    let rows: [[Int64]] = (0..<20).map { (k: Int) -> [Int64] in
      let amount: Int64 = 1_000_001 + 33_333 * Int64(k)
      return (0..<14).map { (m: Int) -> Int64 in k % 4 == 0 && m > 10 ? 0 : amount }
    }
    var profile = CompanyProfile()
    profile.currency = currency
    return Fixture.company(
      accounts, mrr: rows, first: Month(year: 2025, month: 1), profile: profile)
  }

  /// Every money value of the JSON document as text, from the serialized bytes.
  static func numbers(_ value: JSONValue, keys: Set<String>) -> [String] {
    var out: [String] = []
    func walk(_ v: JSONValue) {
      switch v {
      case .object(let pairs):
        for (k, x) in pairs {
          if keys.contains(k), case .int(let n) = x { out.append(String(n)) }
          if keys.contains(k), case .money(let c) = x { out.append(Money.decimalString(cents: c)) }
          walk(x)
        }
      case .array(let items): items.forEach(walk)
      default: break
      }
    }
    walk(value)
    return out
  }

  static let moneyKeys: Set<String> = [
    "headline", "recurring", "committed", "quality_adjusted", "arr", "quality_adjusted_arr",
    "arr_at_risk", "opening", "closing", "new", "churn", "recurring_arr",
  ]

  @Test func aYenCompanyWritesWholeYenAndItsIdentitiesHold() throws {
    let analysis = Analysis.run(Self.company("JPY"), paths: 200)
    let json = JSONReport.render(analysis)
    let printed = Self.numbers(json, keys: Self.moneyKeys)
    #expect(!printed.isEmpty)
    #expect(printed.allSatisfy { !$0.contains(".") })
    func int(_ v: JSONValue?) throws -> Int64 {
      guard case .int(let n)? = v else { throw WholeUnitsError.notWhole }
      return n
    }
    let arr = json["arr"]
    let classes = try #require(json["classes"])
    let names = ["retained", "wavering", "at_risk"]
    #expect(
      try names.map { try int(classes[$0]?["arr"]) }.reduce(0, +) == (try int(arr?["recurring"])))
    #expect(
      try names.map { try int(classes[$0]?["quality_adjusted_arr"]) }.reduce(0, +)
        == (try int(arr?["quality_adjusted"])))
    #expect(
      try int(json["arr_at_risk"])
        == (try int(arr?["recurring"])) - (try int(arr?["quality_adjusted"])))
    // Recurring ARR by hand: the 15 accounts paying in 2026-02 (k not a multiple of 4; their
    // k sum to 190 − 40 = 150), 12 × (15 × 10,000.01 + 333.33 × 150) = 12 × 199,999.65 =
    // 2,399,995.80 yen → ¥2,399,996.
    #expect(try int(arr?["recurring"]) == 2_399_996)
    guard case .array(let bridge)? = json["bridge"] else { throw WholeUnitsError.notWhole }
    for month in bridge {
      let v = try [
        "opening", "new", "expansion", "reactivation", "contraction", "churn", "closing",
      ]
      .map { try int(month[$0]) }
      #expect(v[0] + v[1] + v[2] + v[3] - v[4] - v[5] == v[6])
      #expect(try int(month["net_new"]) == v[6] - v[0])
    }
    guard case .array(let walk)? = json["arr_walk"] else { throw WholeUnitsError.notWhole }
    let steps = try walk.map { try int($0["arr"]) }
    // headline + 3 steps = recurring; recurring + 3 losses = quality-adjusted.
    #expect(steps[0] + steps[1] + steps[2] + steps[3] == steps[4])
    #expect(steps[4] + steps[5] + steps[6] + steps[7] == steps[8])
    // The streamed document is the rendered value, byte for byte.
    #expect(String(decoding: JSONReport.document(analysis), as: UTF8.self) == json.serialized())
    // accounts.csv writes whole yen too (recurring_arr, quality_adjusted_arr).
    let csv = AccountsCSV.render(analysis).split(separator: "\n").dropFirst()
    #expect(csv.count == 20)
    for row in csv {
      let cells = Self.cells(String(row))
      #expect(!cells[3].contains(".") && !cells[6].contains("."))
    }
  }

  /// Two decimals stay for a currency that has them: $2,399,995.80.
  @Test func aDollarCompanyKeepsCents() throws {
    let json = JSONReport.render(Analysis.run(Self.company("USD"), paths: 200))
    #expect(json["arr"]?["recurring"] == .money(239_999_580))
  }

  /// A CSV row's cells, quoted cells (reasons with commas) kept whole.
  static func cells(_ row: String) -> [String] {
    var out: [String] = []
    var cell = ""
    var quoted = false
    for ch in row {
      if ch == "\"" {
        quoted.toggle()
      } else if ch == "," && !quoted {
        out.append(cell)
        cell = ""
      } else {
        cell.append(ch)
      }
    }
    return out + [cell]
  }

  /// The classes foot to their rounded total by largest remainder: ¥1.50 + ¥1.50 + ¥0 is
  /// ¥3.00, so ¥2 + ¥1 + ¥0, not ¥2 + ¥2.
  @Test func classesFootToTheirRoundedTotal() {
    func cls(_ qa: Int64) -> JSONValue {
      .object([("accounts", .int(1)), ("arr", .money(200)), ("quality_adjusted_arr", .money(qa))])
    }
    let mix = JSONValue.object([
      ("retained", cls(150)), ("wavering", cls(150)), ("at_risk", cls(0)),
    ])
    let whole = JSONReport.inWholeUnits(mix)
    #expect(whole["retained"]?["quality_adjusted_arr"] == .int(2))
    #expect(whole["wavering"]?["quality_adjusted_arr"] == .int(1))
    #expect(whole["at_risk"]?["quality_adjusted_arr"] == .int(0))
    #expect(whole["retained"]?["arr"] == .int(2))
    #expect(whole["retained"]?["accounts"] == .int(1))
  }

  enum WholeUnitsError: Error { case notWhole }
}
