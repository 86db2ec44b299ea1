import ARRQuality
import Testing

@testable import ARRReports

/// Live accounts without recurring ARR are scored but never classed: they are listed apart
/// with their headline ARR, and every class figure and account count still reconciles.
@Suite struct UnclassedReportTests {
  /// Two paying accounts (A1 $1,000, A2 $500 of MRR), an active trial with no MRR (T1), a pilot
  /// paying $300 (P1), an expired trial still billed $200 (E1, live, nothing recurring) and an
  /// account that left (C1).
  static func company() throws -> Company {
    let accounts = Array(
      """
      account_id,contract_type,trial_status,start_date
      A1,annual,,2024-01-01
      A2,monthly,,2024-01-01
      T1,monthly,active,2024-01-01
      P1,pilot,,2024-01-01
      E1,monthly,expired,2024-01-01
      C1,monthly,,2024-01-01

      """.utf8)
    var monthly = "account_id,month,mrr\n"
    for m in ["2024-01", "2024-02", "2024-03"] {
      monthly += "A1,\(m),1000\nA2,\(m),500\nP1,\(m),300\nE1,\(m),200\n"
    }
    monthly += "T1,2024-03,0\nC1,2024-01,100\nC1,2024-02,0\nC1,2024-03,0\n"
    return try CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: Array(monthly.utf8), companyJSON: nil,
      options: LoadOptions())
  }

  @Test func scoringClassesOnlyRecurringAccounts() throws {
    let analysis = Analysis.run(try Self.company())
    let s = analysis.scoring
    let ids = analysis.company.accounts.map(\.id)
    #expect(s.unclassed.map { ids[$0.account] } == ["T1", "P1", "E1"])
    #expect(s.unclassed.map(\.kind) == [.activeTrial, .pilot, .expiredTrial])
    // Headline ARR is 12 × as-of MRR, in cents: $0, 12 × $300, 12 × $200.
    #expect(s.unclassed.map(\.headlineARR) == [0, 360_000, 240_000])
    // Class counts sum to the accounts with recurring ARR, class ARR to recurring ARR.
    #expect(s.classMix.accounts == 2)
    #expect(s.classMix.recurringARR == 12 * 150_000)
    #expect(s.classMix.recurringARR == analysis.metrics.ladder.recurring)
    for score in s.scores {
      #expect((score.reportedClass != nil) == ["A1", "A2"].contains(ids[score.account]))
    }
    let tally = s.unclassed.tallyByKind
    // In kind order: active trials, expired trials still billed, pilots, other.
    #expect(tally.map(\.accounts) == [1, 1, 1, 0])
    #expect(tally.map(\.headlineARR) == [0, 240_000, 360_000, 0])
  }

  @Test func markdownListsThemApartAndTheCountsReconcile() throws {
    let report = MarkdownReport.render(Analysis.run(try Self.company()))
    #expect(MarkdownReportTests.row(report, "**Live (scored for risk)**")?[1] == "**5**")
    #expect(MarkdownReportTests.row(report, "− active trials, no recurring ARR")?[1] == "-1")
    #expect(MarkdownReportTests.row(report, "− pilots, no recurring ARR")?[1] == "-1")
    #expect(
      MarkdownReportTests.row(report, "− expired trials still billed, no recurring ARR")?[1] == "-1"
    )
    #expect(MarkdownReportTests.row(report, "− other live accounts, no recurring ARR") == nil)
    #expect(MarkdownReportTests.row(report, "**With recurring ARR (classed)**")?[1] == "**2**")
    #expect(report.contains("**Live accounts without recurring ARR** (not classed)"))
    #expect(MarkdownReportTests.row(report, "pilots")?[2] == "$3,600")
    #expect(MarkdownReportTests.row(report, "expired trials still billed")?[2] == "$2,400")
    #expect(report.contains("P1 (pilot) $3.60K, E1 (expired trial still billed) $2.40K"))
    // The class table's total row counts the classed accounts only.
    let classTotal = try #require(
      report.components(separatedBy: "\n").first {
        $0.hasPrefix("| **Total** | **2** | **100.0%** |")
      })
    #expect(classTotal.contains("$18,000"))
  }

  @Test func jsonListsThemApart() throws {
    let json = JSONReport.render(Analysis.run(try Self.company()))
    let u = try #require(json["unclassed_accounts"])
    #expect(u["accounts"] == .int(3))
    #expect(u["headline_arr"] == .money(600_000))
    let kinds = try #require(u["by_kind"]?.elements)
    #expect(
      kinds.compactMap { $0["kind"]?.stringValue }
        == ["active_trial", "expired_trial", "pilot", "other"])
    #expect(kinds.compactMap { $0["accounts"] } == [.int(1), .int(1), .int(1), .int(0)])
    let largest = try #require(u["largest"]?.elements)
    #expect(largest.compactMap { $0["account_id"]?.stringValue } == ["P1", "E1", "T1"])
    // In the accounts array they are live with no class.
    let accounts = try #require(json["accounts"]?.elements)
    let p1 = try #require(accounts.first { $0["account_id"]?.stringValue == "P1" })
    #expect(p1["status"]?.stringValue == "live")
    #expect(p1["class"] == .null)
  }
}

extension JSONValue {
  /// The elements of an array, else `nil`.
  fileprivate var elements: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }
}

/// Snapshot columns are described by class in Markdown and JSON, over classed accounts only.
@Suite struct SnapshotReportTests {
  static func company() throws -> Company {
    let accounts = """
      account_id,contract_type,start_date,nps,is_partner
      A1,annual,2020-01-01,9,true
      A2,annual,2020-01-01,7,false
      A3,monthly,2020-01-01,3,false
      P1,pilot,2020-01-01,10,true

      """
    var monthly = "account_id,month,mrr\n"
    for m in ["2024-01", "2024-02"] {
      monthly += "A1,\(m),1000\nA2,\(m),1000\nA3,\(m),500\nP1,\(m),300\n"
    }
    return try CompanyLoader.load(
      accountsCSV: Array(accounts.utf8), monthlyCSV: Array(monthly.utf8), companyJSON: nil)
  }

  @Test func byClassOverClassedAccounts() throws {
    let analysis = Analysis.run(try Self.company())
    let s = analysis.scoring
    // The annual accounts are retained, the month-to-month one wavering (default weights:
    // σ(−3) = 4.7, σ(−3 + 1.5 + 0.3) = 23); the pilot is not classed, so its 10 is left out.
    #expect(s.scores.map(\.reportedClass) == [.retained, .retained, .wavering, nil])
    let summaries = SnapshotSummary.compute(analysis.company, scoring: s)
    #expect(summaries.map(\.name) == ["nps", "is_partner"])
    #expect(summaries[0].byClass.map(\.mean) == [8, 3, nil])
    #expect(summaries[0].all == SnapshotSummary.Group(accounts: 3, mean: 19.0 / 3))
    #expect(summaries[1].byClass.map(\.mean) == [0.5, 0, nil])
    let report = MarkdownReport.render(analysis)
    let nps = try #require(MarkdownReportTests.row(report, "`nps`"))
    #expect(nps == ["`nps`", "8.00 (2)", "3.00 (1)", "—", "6.33 (3)"])
    let partner = try #require(MarkdownReportTests.row(report, "`is_partner`"))
    #expect(partner[1] == "50.0% true (2)")
    guard case .array(let items) = try #require(JSONReport.render(analysis)["snapshot_columns"])
    else {
      Issue.record("snapshot_columns is not an array")
      return
    }
    #expect(items.compactMap { $0["name"]?.stringValue } == ["nps", "is_partner"])
    #expect(items[0]["by_class"]?["retained"]?["mean"] == .double(8))
    #expect(items[0]["by_class"]?["at_risk"]?["mean"] == .null)
    #expect(items[1]["kind"]?.stringValue == "boolean")
  }
}
