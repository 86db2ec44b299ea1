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
  /// every alias scanning every cell): the roles are found as for the three cells alone. Its
  /// speed is the benchmark's to watch, not a timed unit test's (a 10-second ceiling failed
  /// under a loaded machine, session 19); since session 18 a header is also refused past
  /// 16,384 cells before roles are assigned.
  @Test func aWideRowGivesTheRolesOfItsNamedCells() {
    let keys = ["customer", "date", "amount"] + Array(repeating: "", count: 300_000)
    let roles = HeaderRoles.assign(
      keys,
      aliases: [
        (Role.id, ["customer id", "customer"]), (.name, ["name", "customer name"]),
        (.date, ["date"]), (.amount, ["amount", "total"]),
      ])
    #expect(roles == [.id: 0, .date: 1, .amount: 2])
  }
}
