import ARRQuality
import Testing

@testable import ARRReports

/// A ledger read before the discounts beside its amounts (review 13, F24) has the reading net
/// of them priced in the headline's range only; the figures built account by account say they
/// rest on the amounts as written, as the guessed MRR reading's do (session 16, report).
@Suite struct LedgerDiscountReportTests {
  /// Monthly lines for 2024: S0–S9 pay 100.00 every month, B1 1,000.00 with 500.00 off every
  /// month, B2 1,000.00 from January to September and nothing after.
  static var ledger: String {
    var csv = "customer,date,amount,discount\n"
    for k in 1...12 {
      let day = "2024-\(k < 10 ? "0" : "")\(k)-05"
      for i in 0..<10 { csv += "S\(i),\(day),100.00,0\n" }
      csv += "B1,\(day),1000.00,500.00\n"
      if k <= 9 { csv += "B2,\(day),1000.00,0\n" }
    }
    return csv
  }

  static func analysis(_ csv: String) throws -> Analysis {
    let imported = try Importer.read(
      [Importer.SourceFile(name: "ledger.csv", bytes: Array(csv.utf8))])
    return Analysis.run(try imported.company(name: "Discounts").company)
  }

  static let caveat =
    "on the amounts as written, before the discounts beside them (Data quality): net of the "
    + "discounts, every discounted account pays less, which moves each account's share and each "
    + "month's churn."

  /// As written at 2024-12: S0–S9 pay 10 × 100 and B1 1,000, recurring MRR 2,000; B1 is
  /// 1,000 ÷ 2,000 = 50.0%, the top 10 (1,000 + 9 × 100) ÷ 2,000 = 95.0%, and losing B1 costs
  /// 12 × 1,000 = $12.0K (net of its discount it would pay 500: 500 ÷ 1,500 = 33.3%). B2's
  /// 1,000 leaves in 2024-10 out of an opening 3,000 (33.3%) after six months with no churn.
  /// The concentration finding, the cliff and the Concentration section say what they rest on.
  @Test func concentrationAndChurnSayTheyRestOnTheAmountsAsWritten() throws {
    let a = try Self.analysis(Self.ledger)
    let concentration = try #require(a.findings.first { $0.code == .concentration })
    #expect(
      concentration.message
        == "The largest account is 50.0% of recurring ARR (top 10: 95.0%), on terms the data does "
        + "not give: no contract holds it for the next 12 months, and losing it would cost "
        + "$12.0K of the $24.0K headline. Every figure of this report rests mostly on it. These "
        + "figures rest " + Self.caveat)
    let cliff = try #require(a.findings.first { $0.code == .churnCliff })
    #expect(
      cliff.message.hasPrefix(
        // One leaver: concentrated churn, named (session 22, T22-26).
        "Concentrated churn in 2024-10: \"B2\" left with $1.00K of MRR, 33.3% of opening MRR, after "
          + "months with no churn at all."))
    #expect(cliff.message.hasSuffix(" This churn rests " + Self.caveat))
    let report = MarkdownReport.render(a)
    let section = try #require(report.range(of: "## Concentration"))
    let next = try #require(report.range(of: "## Benchmarks"))
    #expect(
      report[section.upperBound..<next.lowerBound].contains("These shares rest " + Self.caveat))
  }

  /// The same ledger with every discount 0: nothing is read before a discount, so no figure
  /// says it is.
  @Test func noDiscountNoCaveat() throws {
    let a = try Self.analysis(Self.ledger.replacingOccurrences(of: ",500.00\n", with: ",0\n"))
    #expect(!MarkdownReport.render(a).contains("before the discounts beside them"))
    #expect(!a.findings.contains { $0.message.contains("before the discounts beside them") })
  }
}
