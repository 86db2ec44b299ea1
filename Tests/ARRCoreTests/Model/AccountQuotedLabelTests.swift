import Testing

@testable import ARRCore

/// How prose names an account (hostile trial 35, H35-16): the name in quotes with the id, or
/// the id in quotes when there is no name to add.
@Suite struct AccountQuotedLabelTests {
  @Test(arguments: [
    ("C-004", "Delta Ltd, Inc", "\"Delta Ltd, Inc\" (C-004)"),
    ("C-004", nil, "\"C-004\""),
    ("C-004", "", "\"C-004\""),
    // A cube keyed by name: its name is its id, said once.
    ("Acme Corp", "Acme Corp", "\"Acme Corp\""),
  ])
  func theLabel(id: String, name: String?, label: String) throws {
    let terms = Account.Terms(
      contractType: .monthly, billingCadence: .monthly,
      startDate: try #require(CivilDate(year: 2025, month: 1, day: 1)))
    let account = Account(id: id, name: name, terms: terms)
    #expect(account.quotedLabel == label)
  }
}
