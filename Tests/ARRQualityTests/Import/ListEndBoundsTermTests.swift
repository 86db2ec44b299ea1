import ARRCore
import ARRQuality
import ARRTestSupport
import Testing

/// Whole pipeline: a contract end a customer list gives bounds the term of a single payment
/// billed before it: the payment pays up to that end, not for a term guessed by its size
/// (trial 34, T34-3: paid pilots invoiced once for three months, with a list saying "Pilot" and
/// their ends, were spread over 12 months, headline $213,000 for $510,000).
@Suite struct ListEndBoundsTermTests {
  /// C1, C2, C3 pay 1,000, 2,000 and 3,000 every month from 2026-01 to 2026-10 (the typical
  /// monthly invoice 2,000, so a term-sized payment of 24,000 to 30,000 reads annual by size).
  /// P1 pays 30,000 once on 2026-08-15, P2 24,000 on 2026-10-01.
  static var ledger: String {
    var lines = ["invoice_id,customer_id,invoice_date,description,amount"]
    var n = 0
    for m in 1...10 {
      let month = "2026-\(m < 10 ? "0" : "")\(m)"
      for (id, amount) in [("C1", 1000), ("C2", 2000), ("C3", 3000)] {
        n += 1
        lines.append("INV\(n),\(id),\(month)-01,Invoice \(month),\(amount).00")
      }
    }
    lines.append("INV900,P1,2026-08-15,Invoice 2026-08,30000.00")
    lines.append("INV901,P2,2026-10-01,Invoice 2026-10,24000.00")
    return lines.joined(separator: "\n")
  }

  static let list = """
    Customer,Contract Type,Contract End Date
    C1,Monthly,
    C2,Monthly,
    C3,Monthly,
    P1,Pilot,2026-11-14
    P2,Paid pilot,2026-12-31
    """

  /// By hand, as of 2026-10: P1's 30,000 from 2026-08 to 2026-11-14 is 3 months (106 days from
  /// 2026-08-01, 3.5 rounded down), 10,000 a month in Aug, Sep and Oct; P2's 24,000 from
  /// 2026-10 to 2026-12-31 is 3 months, 8,000. Headline = 12 × (6,000 + 10,000 + 8,000) =
  /// $288,000 (by size each was annual: 12 × (6,000 + 2,500 + 2,000) = $126,000); recurring 12
  /// × 6,000 = $72,000, the pilots removed −$216,000.
  @Test func aListsEndBoundsASinglePaymentsTerm() throws {
    let imported = try Importer.read([
      Importer.SourceFile(name: "ledger.csv", bytes: Array(Self.ledger.utf8)),
      Importer.SourceFile(name: "customers.csv", bytes: Array(Self.list.utf8)),
    ])
    let c = try imported.company().company
    #expect(c.asOf == Month(year: 2026, month: 10))
    let analysis = Analysis.run(c)
    #expect(analysis.metrics.ladder.headline == 28_800_000)
    #expect(analysis.metrics.ladder.recurring == 7_200_000)
    #expect(analysis.metrics.ladder.steps.first { $0.kind == .pilotRemoved }?.arr == -21_600_000)
    #expect(
      imported.log.notes.contains {
        $0.contains("2 single payments are spread to the contract end another file gives")
          && $0.contains("(\"P1\": billed in 2026-08, 3 months to its end, not 12)")
      })
    let i = try #require(c.accounts.firstIndex { $0.id == "P1" })
    let score = try #require(analysis.scoring.scores.first { $0.account == i })
    #expect(analysis.scoring.reasons(for: score).contains("pilot ends 2026-11-14"))
  }
}
