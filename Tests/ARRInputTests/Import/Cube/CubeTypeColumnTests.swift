import ARRCore
import Testing

@testable import ARRInput

/// A cube column under a plain name (`Type`, `Deal type`, `Pricing model`) whose cells name
/// contract types is read as the contract type (trial 51, T51-20: `Type` of `Pilot`, `POC`,
/// `Usage`, `Subscription` was dropped without a word: recurring ARR = headline, +174%).
@Suite struct CubeTypeColumnTests {
  static func cube(header: String, types: [String]) -> String {
    var text = "Customer,\(header),Aug 2026,Sep 2026,Oct 2026\n"
    let rows = [
      ("Helix", "10000,10000,10000"), ("Quasar", "3000,8000,20000"), ("Acme", "2000,2000,2000"),
    ]
    for (k, (name, cells)) in rows.enumerated() { text += "\(name),\(types[k]),\(cells)\n" }
    return text
  }

  @Test(arguments: ["Type", "Deal type", "Pricing model", "billing_model"])
  func aTypeColumnOfTermsIsTheContractType(header: String) throws {
    let c = try importCube(Self.cube(header: header, types: ["Pilot", "Usage", "Subscription"]))
    let byID = Dictionary(uniqueKeysWithValues: c.accounts.map { ($0.id, $0) })
    #expect(byID["Helix"]?.contractType == .pilot)
    #expect(byID["Quasar"]?.contractType == .usage)
    // `Subscription` names no term: unknown, as under `Contract Type`.
    #expect(byID["Acme"]?.contractType == nil)
    #expect(
      c.log.notes.contains {
        $0.contains("column \"\(header)\" is read as each customer's contract type")
      })
    #expect(!c.log.files[0].ignoredColumns.contains(header))
    // Same reading as the alias `Contract Type`.
    let named = try importCube(
      Self.cube(header: "Contract Type", types: ["Pilot", "Usage", "Subscription"]))
    #expect(named.accounts.map(\.contractType) == c.accounts.map(\.contractType))
  }

  /// Twins: a `Type` of segments, of products, or of `Subscription` alone (no term), and a
  /// column beside a real `Contract Type`, are not read as the contract type.
  @Test(arguments: [
    ("Type", ["Enterprise", "SMB", "Mid-market"]), ("Type", ["Platform", "Add-on", "Platform"]),
    ("Type", ["Subscription", "Subscription", "Subscription"]),
    ("Plan", ["Pro", "Team", "Annual"]),
  ])
  func otherColumnsAreNot(header: String, types: [String]) throws {
    let c = try importCube(Self.cube(header: header, types: types))
    #expect(c.accounts.allSatisfy { $0.contractType == nil })
    #expect(!c.log.notes.contains { $0.contains("is read as each customer's contract type") })
  }

  @Test func aContractTypeColumnWins() throws {
    let text =
      "Customer,Contract Type,Type,Aug 2026,Sep 2026,Oct 2026\n"
      + "Helix,Annual,Pilot,100,100,100\nQuasar,Annual,Usage,100,100,100\n"
    let c = try importCube(text)
    #expect(c.accounts.allSatisfy { $0.contractType == .annual })
  }
}
