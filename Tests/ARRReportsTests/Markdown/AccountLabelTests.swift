import ARRCore
import ARRTestSupport
import Testing

@testable import ARRReports

/// Every "name (id)" the reports write follows one rule (``Account/distinctName``): the
/// account's name beside its id, or the id alone when there is no name of its own (none, empty,
/// or the id itself: a cube keyed by name). Prose quotes it (``Account/quotedLabel``); the
/// tables and the stress notes write it as Markdown text.
@Suite struct AccountLabelTests {
  @Test(arguments: [
    ("C-004", "Delta Ltd", "Delta Ltd (C-004)", "\"Delta Ltd\" (C-004)"),
    ("C-004", nil, "C-004", "\"C-004\""),
    ("C-004", "", "C-004", "\"C-004\""),
    ("Acme Corp", "Acme Corp", "Acme Corp", "\"Acme Corp\""),
    ("C-9", "*Bold* <b>", "\\*Bold\\* \\<b\\> (C-9)", "\"*Bold* <b>\" (C-9)"),
  ])
  func theWritersAgree(id: String, name: String?, table: String, prose: String) throws {
    let terms = Account.Terms(
      contractType: .monthly, billingCadence: .monthly,
      startDate: try #require(CivilDate(year: 2024, month: 1, day: 1)))
    let account = Account(id: id, name: name, terms: terms)
    #expect(MarkdownReport.accountLabel(account) == table)
    #expect(account.quotedLabel == prose)
    let company = Fixture.company([account], mrr: [[100_000]])
    #expect(StressMarkdown.accountName(company, 0) == table)
  }
}
