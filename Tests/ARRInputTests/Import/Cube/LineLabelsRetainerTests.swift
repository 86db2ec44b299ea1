import ARRCore
import Testing

@testable import ARRInput

/// Trial 54, T54-1 (cases `c07`, `c33`): a monthly MRR table's `Type` = `Services` rows,
/// retainers of one amount every month, were read as one-time revenue, headline −16%
/// (``LineLabels/steadyRows(_:)``).
@Suite struct LineLabelsRetainerTests {
  /// A monthly table in Optify's layout: each row a customer's month of one type.
  static func table(_ rows: [(customer: String, type: String, cents: [Int])]) -> String {
    var lines = ["Customer,Type,MRR,Month"]
    for (customer, type, amounts) in rows {
      for (k, a) in amounts.enumerated() where a != 0 {
        lines.append("\(customer),\(type),\(a),2026-0\(k + 1)")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// `c33` by hand: NBC Software 2,000 and Services 6,000 every month January to June,
  /// Paltalk Services 1,900 alone, 3H Software 500. As of 2026-06: MRR 10,400, 3 live; no
  /// one-time revenue.
  @Test func servicesRepeatingOneAmountAreARetainer() throws {
    let c = try importCube(
      Self.table([
        ("NBC", "Software", Array(repeating: 2000, count: 6)),
        ("NBC", "Services", Array(repeating: 6000, count: 6)),
        ("Paltalk", "Services", Array(repeating: 1900, count: 6)),
        ("3H", "Software", Array(repeating: 500, count: 6)),
      ]), name: "mrr.csv")
    #expect(c.mrrRow("NBC").last == 800_000)
    #expect(c.mrrRow("Paltalk") == Array(repeating: 190_000, count: 6))
    #expect(c.mrrRow("3H").last == 50_000)
    #expect(c.oneTimeRow("NBC").allSatisfy { $0 == 0 })
    #expect(
      c.log.notes.contains {
        $0.contains("labels 12 rows as services (Services) that repeat one amount four months")
          && $0.contains("$47,400.00 in all")
      })
    #expect(!c.log.notes.contains { $0.contains("revenue billed once") })
  }

  /// Hostile twins: three equal months (a project's instalments), a project's or a fee's label,
  /// amounts that change, four months with a gap stay one-time revenue beside the 1,000 plan.
  @Test(arguments: [
    ("Services", [5000, 5000, 5000, 0, 0, 0]),
    ("Implementation services", [5000, 5000, 5000, 5000, 5000, 5000]),
    ("Setup fees", [800, 800, 800, 800, 800, 800]), ("One-time", [300, 300, 300, 300, 300, 300]),
    ("Services", [3000, 4500, 2000, 6000, 2500, 1000]),
    ("Professional services", [2000, 2000, 0, 2000, 2000, 0]),
  ])
  func otherServicesStayOneTime(_ type: String, _ cents: [Int]) throws {
    let c = try importCube(
      Self.table([("Acme", "Software", Array(repeating: 1000, count: 6)), ("Acme", type, cents)]),
      name: "mrr.csv")
    #expect(c.mrrRow("Acme") == Array(repeating: 100_000, count: 6))
    #expect(c.oneTimeRow("Acme") == cents.map { Int64($0) * 100 })
    #expect(!c.log.notes.contains { $0.contains("a retainer") })
  }

  /// A cube (months across) labels its rows the same way: a `Services` row of one amount four
  /// months running is its customer's recurring revenue; three months stay one-time (twin).
  @Test(arguments: [(4, true), (3, false)])
  func aCubesServicesRowRepeatingOneAmount(_ months: Int, _ recurs: Bool) throws {
    let services = (0..<4).map { $0 < months ? "600" : "0" }.joined(separator: ",")
    let cube = """
      Customer,Type,Jan-26,Feb-26,Mar-26,Apr-26
      Acme,Software,1000,1000,1000,1000
      Acme,Services,\(services)
      """
    let c = try importCube(cube)
    let first: Int64 = recurs ? 160_000 : 100_000
    #expect(c.mrrRow("Acme").first == first)
    #expect(c.log.notes.contains { $0.contains("a retainer") } == recurs)
  }
}
