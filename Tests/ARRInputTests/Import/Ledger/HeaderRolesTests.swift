import Testing

@testable import ARRInput

/// ``HeaderRoles/assign(_:aliases:)``: each role takes the first of its aliases some header has,
/// the leftmost column with it not already taken, and a column serves one role.
@Suite struct HeaderRolesTests {
  enum Role: Hashable { case id, name, date, amount }

  /// `customer` is the id's second alias and the name's first: the id takes the leftmost
  /// `customer` (column 1; its first alias `customer id` is absent), the name the next one
  /// (column 3); `date` beats `created` whatever the order (column 4, not 0); `amount` is
  /// absent.
  @Test func priorityAndOneRolePerColumn() {
    let keys = ["created", "customer", "x", "customer", "date"]
    let roles = HeaderRoles.assign(
      keys,
      aliases: [
        (Role.id, ["customer id", "customer"]), (.name, ["customer"]),
        (.date, ["date", "created"]), (.amount, ["amount"]),
      ])
    #expect(roles == [.id: 1, .name: 3, .date: 4])
  }

  /// A hostile header row of 300,000 empty cells after three named ones (the trial of real files
  /// gave one row of a subscriptions table a million: `validate` took 38 s in a debug build,
  /// every alias scanning every cell; 6.8 s now): the roles are found as for the three cells
  /// alone. The 20 passes took 5.6 s in a debug build with the scan per alias, 1.0 s indexed;
  /// the bound is a ceiling against a hang, not a measure.
  @Test func aWideRowIsIndexedOnce() {
    let keys = ["customer", "date", "amount"] + Array(repeating: "", count: 300_000)
    let clock = ContinuousClock()
    var roles = [Role: Int]()
    let took = clock.measure {
      for _ in 0..<20 {
        roles = HeaderRoles.assign(
          keys,
          aliases: [
            (Role.id, ["customer id", "customer"]), (.name, ["name", "customer name"]),
            (.date, ["date"]), (.amount, ["amount", "total"]),
          ])
      }
    }
    #expect(roles == [.id: 0, .date: 1, .amount: 2])
    #expect(took < .seconds(10))
  }
}
