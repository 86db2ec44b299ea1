import ARRQuality
import ARRTestSupport
import Testing

@testable import ARRReports

/// Review of the rendered reports: the import rules read in whole currency units and plain
/// words, the billing-rhythm rules (one per account) foot to every account and to headline
/// ARR, and the overlapping rules are apart and said to overlap.
@Suite struct ImportRulesReportTests {
  /// Four accounts, headline ARR $4,001.49: two invoiced monthly ($1,000.50), one annually
  /// ($2,000.49), one under no rhythm rule ($1,000.50); one had an off-cycle one-time invoice.
  static let rules = [
    ImportSummary.RuleCount(rule: "off_cycle_one_time", accounts: 1, arrCents: 100_050),
    ImportSummary.RuleCount(rule: "rhythm_12_annual", accounts: 1, arrCents: 200_049),
    ImportSummary.RuleCount(rule: "rhythm_1_monthly", accounts: 2, arrCents: 100_050),
    ImportSummary.RuleCount(rule: "start_from_first_revenue", accounts: 4, arrCents: 400_149),
  ]

  @Test func rhythmRulesFootAndTheRestAreApart() throws {
    let f = NumberFormat(currency: "USD")
    let md = MarkdownReport.importRules(Self.rules, accounts: 4, headline: 400_149, format: f)
    #expect(!md.contains(".50") && !md.contains(".49"))
    #expect(!md.contains("start_from_first_revenue"))
    // Largest remainders: $1,000.50, $2,000.49 and $1,000.50 round to 1,001 + 2,000 + 1,000
    // = the displayed total $4,001 (the tie between the two .50s goes to the earlier row).
    #expect(
      MarkdownReportTests.row(md, "invoiced every month")
        == ["invoiced every month", "2", "$1,001"])
    #expect(
      MarkdownReportTests.row(md, "invoiced every 12 months: annual contract")
        == ["invoiced every 12 months: annual contract", "1", "$2,000"])
    #expect(MarkdownReportTests.row(md, "no rhythm rule") == ["no rhythm rule", "1", "$1,000"])
    #expect(MarkdownReportTests.row(md, "**Total**") == ["**Total**", "**4**", "**$4,001**"])
    let other = try #require(
      MarkdownReportTests.row(md, "off-cycle invoice, no step-up at renewal: one-time"))
    #expect(other == [other[0], "1", "$1,001"])
    #expect(md.contains("an account can meet several, so the rows overlap and are not summed"))
    // Words only: the codes are in the Appendix's codes table, not in these tables.
    #expect(!md.contains("rhythm_") && !md.contains("off_cycle"))
    // The rhythm table counts every account, which the class tables do not, and says so.
    #expect(
      md.contains(
        "Accounts counts every account in the data, those with no revenue in the as-of month "
          + "included"))
    #expect(md.contains("an amount can differ by $1 from the same amount rounded in another table"))
  }

  /// Rhythm rules that count more accounts than the company has cannot foot: they join the
  /// overlapping table rather than print a total that does not hold.
  @Test func rhythmRulesThatDoNotFootAreNotTotalled() {
    let md = MarkdownReport.importRules(
      Self.rules, accounts: 2, headline: 400_149, format: NumberFormat(currency: "USD"))
    #expect(!md.contains("**Total**"))
    #expect(MarkdownReportTests.row(md, "invoiced every month") != nil)
  }

  @Test func signalsAreSaidInWords() {
    #expect(MarkdownReport.signalWords("seat_underuse") == "unused seats")
    #expect(MarkdownReport.signalWords("trial_converted_recently") == "trial converted recently")
    #expect(MarkdownReport.signalWords("logins_trend") == "logins trend")
    for s in Signal.allCases {
      #expect(!MarkdownReport.signalWords(s.key).contains("_"))
    }
  }
}
