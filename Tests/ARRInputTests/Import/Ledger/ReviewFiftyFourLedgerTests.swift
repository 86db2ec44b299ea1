import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Review 54's findings on session 53's ledger rules: a stated term beside the line's own
/// cadence (R54-5, R54-14, R54-21).
@Suite struct ReviewFiftyFourLedgerTests {
  /// R54-5: a monthly word that is a metric, another plan's or the payment not chosen says
  /// nothing of the line (y01-y03: 30,000 -> 18,000, the 24,000 over 24 months); R54-21: a
  /// line's own yearly or quarterly cadence is what it pays beside a longer agreement (y08,
  /// y07: 12,000 / 9,999.84 -> 18,000); R54-14: months on a monthly line as its minimum term
  /// are a commitment (y04: 11,000.40 -> 18,000). Twins kept: R53-22's monthly plans with years,
  /// R53-23's prepaid three years converted from annual, a prepaid annual plan of two years.
  @Test(arguments: [
    ("Enterprise plan - 2 years prepaid - up to 50,000 monthly active users", 24),
    ("2 year subscription, paid upfront (replaces monthly plan)", 24),
    ("Lizenz 2 Jahre Vorauszahlung (statt monatlicher Zahlung)", 24),
    ("Yearly fee (two-year contract)", 12), ("Quarterly billing - three-year agreement", 3),
    ("Annual instalment - three-year agreement", 12),
    ("Monthly subscription - 24 month minimum term", nil),
    ("Abonnement mensuel, engagement 2 ans", nil), ("Monatsabo Business, Laufzeit 2 Jahre", nil),
    ("Three-year Enterprise subscription - prepaid upfront (converted from annual plan)", 36),
    ("Annual plan - 2 years prepaid", 24), ("Annual subscription (12 months)", 12),
    ("Two year subscription", 24),
  ])
  func theLinesOwnCadenceDecides(text: String, months: Int?) {
    #expect(DescribedTerm.duration(text)?.months == months)
  }

  /// y01 by hand: Acme's 24,000 on 2026-03-01 over 24 months, 1,000 a month, beside Beta's 500.
  @Test func aTwoYearPrepaymentNamingMonthlyUsersServesTwoYears() throws {
    var rows = ["Date,Customer,Description,Amount"]
    for m in 1...10 {
      rows.append("2026-\(m < 10 ? "0" : "")\(m)-01,Beta,Support retainer,500.00")
    }
    rows.append(
      "2026-03-01,Acme,\"Enterprise plan - 2 years prepaid - up to 50,000 monthly active users\","
        + "24000.00")
    let c = try importLedger(rows.joined(separator: "\n"))
    #expect(c.mrrRow("Acme").last == 100_000)
  }
}
