import ARRCore
import Testing

@testable import ARRInput

/// Roles numbered for array reads and cheap hashing (``NumberedRole``): each role's ordinal is its
/// place in `allCases`, so no two share one and ``RoleColumns`` reads each back.
@Suite struct NumberedRoleTests {
  static func ordinalsArePlaces<R: NumberedRole>(_: R.Type) -> Bool {
    Array(R.allCases).enumerated().allSatisfy { $0.offset == $0.element.ordinal }
  }

  @Test func ordinalsArePlacesInAllCases() {
    #expect(Self.ordinalsArePlaces(CubeLayout.Role.self))
    #expect(Self.ordinalsArePlaces(LedgerLayout.Role.self))
    #expect(Self.ordinalsArePlaces(SubscriptionTableReader.Role.self))
  }

  /// A cube's roles hashed by case still key a dictionary as their text did: every role finds its
  /// own column and no other's.
  @Test func cubeRolesKeyADictionary() {
    let roles = Dictionary(
      uniqueKeysWithValues: CubeLayout.Role.allCases.enumerated().map { ($0.element, $0.offset) })
    let columns = RoleColumns(roles)
    for (k, role) in CubeLayout.Role.allCases.enumerated() {
      #expect(roles[role] == k)
      #expect(columns[role] == k)
    }
    #expect(Set(CubeLayout.Role.allCases).count == CubeLayout.Role.allCases.count)
  }
}

/// Term cells read once per text (``TermReadings``): the same answers as ``TermText``, before and
/// after the memo is full.
@Suite struct TermReadingsTests {
  @Test func answersAsTermTextDoes() {
    let texts = [
      "annual", "Annual", "monthly", "Annual contract, billed monthly", "Every 2 years",
      "Bi-monthly", "Design Partner", "Trial (paid)", "", "quarterly", "prepaid annually",
      "month-to-month", "pilot", "nonsense",
    ]
    var terms = TermReadings()
    for _ in 0..<2 {
      for t in texts {
        #expect(terms.contractType(t) == TermText.contractType(t), "\(t)")
        #expect(terms.billingCadence(t) == TermText.billingCadence(t), "\(t)")
      }
    }
  }

  /// Past the limit, texts are read every time, with the same answer.
  @Test func pastTheLimitReadsEveryTime() {
    var terms = TermReadings()
    for k in 0..<(TermReadings.limit + 5) { _ = terms.billingCadence("plan \(k)") }
    #expect(terms.billingCadence("annual") == .annual)
    #expect(terms.billingCadence("annual") == TermText.billingCadence("annual"))
    #expect(terms.contractType("monthly") == TermText.contractType("monthly"))
  }
}
