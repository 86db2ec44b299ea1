import ARRCore
import ARRQuality
import ARRTestSupport
import Testing

/// Whole pipeline: a customer list's commitment columns (`minimum_commit` monthly,
/// `committed_amount` annual ÷ 12, `contract_value` over the list's own start and end) are its
/// accounts' committed MRR, and committed ARR counts them (capped at MRR), not all an annual
/// account bills (trial 34, T34-2: ignored, committed $348,000 for $120,000).
@Suite struct ListCommitmentsTests {
  /// Four customers billed monthly from 2026-03 to 2026-10 (neutral descriptions): R1 8,000,
  /// R2 5,000, R3 1,000, R5 4,000.
  static var ledger: String {
    var lines = ["invoice_id,customer_id,invoice_date,description,amount"]
    var n = 0
    for m in 3...10 {
      let month = "2026-\(m < 10 ? "0" : "")\(m)"
      for (id, amount) in [("R1", 8000), ("R2", 5000), ("R3", 1000), ("R5", 4000)] {
        n += 1
        lines.append("INV\(n),\(id),\(month)-01,Invoice \(month),\(amount).00")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// By hand, as of 2026-10: R1's contract value 180,000 over 2026-01-01..2028-12-31 (36
  /// months) is 5,000 a month; R2's minimum 2,000 a month (its annual 24,000 agrees; the
  /// minimum is read first); R5's annual 36,000 is 3,000; R3's 10,000 has no dates to spread it
  /// over: not read, with a note. Committed ARR = 12 × (5,000 + 2,000 + 3,000) = $120,000 (the
  /// terms the dates give, multi-year and annual, would otherwise commit all they bill: 12 ×
  /// 17,000 = $204,000). `deal_amount` holds amounts and is read by nothing: a finding.
  static let list = """
    customer_id,customer_name,contract_start,contract_end,contract_value,committed_amount,minimum_commit,deal_amount
    R1,Acme,2026-01-01,2028-12-31,180000,,,50000
    R2,Birch,2026-01-01,2026-12-31,,24000,2000,
    R3,Cedar,,,10000,,,
    R5,Elm,2026-03-01,2027-02-28,,36000,,
    """

  @Test func aListsCommitmentsAreCommittedARR() throws {
    let imported = try Importer.read([
      Importer.SourceFile(name: "ledger.csv", bytes: Array(Self.ledger.utf8)),
      Importer.SourceFile(name: "crm.csv", bytes: Array(Self.list.utf8)),
    ])
    let c = try imported.company().company
    #expect(c.asOf == Month(year: 2026, month: 10))
    func committed(_ id: String) -> Int64? { c.accounts.first { $0.id == id }?.committedMRR }
    #expect(committed("R1") == 500_000)
    #expect(committed("R2") == 200_000)
    #expect(committed("R5") == 300_000)
    #expect(committed("R3") == nil)
    let analysis = Analysis.run(c)
    #expect(analysis.metrics.ladder.headline == 21_600_000)
    #expect(analysis.metrics.ladder.committed == 12_000_000)
    let list = try #require(imported.log.files.first { $0.file == "crm.csv" })
    #expect(
      !list.ignoredColumns.contains {
        ["contract_value", "committed_amount", "minimum_commit"].contains($0)
      })
    #expect(
      imported.log.findings.contains {
        $0.hasPrefix("crm.csv: the commitments of 3 accounts are read from the list")
          && $0.contains("\"R1\" on line 2, \"contract_value\"")
          && $0.contains("over 36 months")
      })
    #expect(
      imported.log.notes.contains {
        $0.contains(
          "crm.csv: 1 contract value not read as a commitment (\"contract_value\" on line 4)")
      })
    #expect(
      imported.log.findings.contains {
        $0.hasPrefix(
          "crm.csv: 1 column of amounts is not read: \"deal_amount\" (\"50000\" on line 2)")
      })
  }
}
