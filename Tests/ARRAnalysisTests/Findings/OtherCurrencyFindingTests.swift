import ARRCore
import ARRInput
import ARRTestSupport
import Testing

@testable import ARRAnalysis

/// Lines `--lenient` leaves out for another currency than `--currency` are said with what they
/// bill, and weighed by the customers they leave out (trial 44, T44-5: two thirds of the as-of
/// month, in EUR and GBP, were a warning that their cells "could not all be read").
@Suite struct OtherCurrencyFindingTests {
  /// Invoices for 2026-09 … 2026-11: `usd` customers at $1,000, `eur` at €2,000, `gbp` at
  /// £500 a month, each its own customer ("U0", "E0", "G0", …).
  static func ledger(usd: Int, eur: Int, gbp: Int) -> String {
    var text = "Date,Invoice Number,Customer,Description,Amount,Currency\n"
    var n = 1000
    for month in 9...11 {
      for (prefix, count, amount, code) in [
        ("U", usd, "1000.00", "USD"), ("E", eur, "2000.00", "EUR"), ("G", gbp, "500.00", "GBP"),
      ] {
        for i in 0..<count {
          n += 1
          text += "2026-\(month)-01,INV\(n),\(prefix)\(i),Subscription,\(amount),\(code)\n"
        }
      }
    }
    return text
  }

  static func analyzed(usd: Int, eur: Int, gbp: Int) throws -> Analysis {
    let options = ImportOptions(isLenient: true, currency: "USD")
    let imported = try ImportFixtures.read(
      [("ledger.csv", ledger(usd: usd, eur: eur, gbp: gbp))], options: options)
    return Analysis.run(try imported.company(name: "T").company, paths: 200)
  }

  /// 3 USD customers kept, 2 EUR and 1 GBP left out: half the customers billed in 2026-11.
  @Test func theLeftOutLinesAreSaidAndWeighedByCustomers() throws {
    let a = try Self.analyzed(usd: 3, eur: 2, gbp: 1)
    #expect(a.metrics.ladder.headline == 12 * 3 * 100_000)
    let finding = try #require(
      a.findings.first { $0.code == .importFinding && $0.message.contains("other currencies") })
    #expect(finding.severity == .critical)
    #expect(
      finding.message
        == "An import finding about 50.0% of the customers billed in the as-of month, left out "
        + "of every figure: ledger.csv: --lenient left out 9 lines in other currencies than USD "
        + "(--currency; amounts are never converted): in 2026-11 3 customers billed only in them "
        + "are in no figure, beside 3 customers billed $3,000.00 in USD; EUR 6 lines of 2 "
        + "customers (€12,000.00 in all, €4,000.00 in 2026-11), GBP 3 lines of 1 customer "
        + "(£1,500.00 in all, £500.00 in 2026-11).")
    let skipped = try #require(a.findings.first { $0.code == .skippedRows })
    #expect(!skipped.message.contains("could not all be read"))
  }

  /// One EUR customer beside 30 in USD: 1 of 31, a warning; no line in another currency, no
  /// finding.
  @Test func aFewIsAWarningAndNoneIsNothing() throws {
    let few = try Self.analyzed(usd: 30, eur: 1, gbp: 0)
    let finding = try #require(
      few.findings.first { $0.code == .importFinding && $0.message.contains("other currencies") })
    #expect(finding.severity == .warning)
    #expect(finding.message.hasPrefix("An import finding about 3.2% of the customers billed"))
    let none = try Self.analyzed(usd: 3, eur: 0, gbp: 0)
    #expect(!none.findings.contains { $0.message.contains("other currencies") })
  }
}
