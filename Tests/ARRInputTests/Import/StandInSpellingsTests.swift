import ARRCore
import Testing

@testable import ARRInput

/// One customer's name keyed another way in the months its usual spelling skips is one account,
/// not a churn and a return beside a new logo that churns (hostile trial 35, H35-3).
@Suite struct StandInSpellingsTests {
  static func read(_ text: String, file: String = "m.csv") throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: file, bytes: Array(text.utf8))])
  }

  static let months = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]

  /// `Acme Corp` pays $1,000 in every month but May, `ACME CORP` $1,000 in May, Bravo $500
  /// throughout: two accounts, Acme $1,000 in each of the six months (ARR 12 × 1,500 =
  /// $18,000, no churn), under its usual spelling.
  @Test func aSpellingInTheMonthsTheUsualOneSkipsIsOneAccount() throws {
    var text = "customer,month,mrr\n"
    for m in Self.months {
      text += (m == "2025-05" ? "ACME CORP" : "Acme Corp") + ",\(m),1000\nBravo,\(m),500\n"
    }
    let conversion = try Self.read(text).company(name: "T")
    let co = conversion.company
    #expect(co.accounts.map(\.id).sorted() == ["Acme Corp", "Bravo"])
    let k = try #require(co.accounts.firstIndex { $0.id == "Acme Corp" })
    #expect(
      (0..<6).map { co.revenue.mrr(account: k, month: $0) } == Array(repeating: 100_000, count: 6))
    let finding = try #require(conversion.log.findings.first { $0.contains("another way") })
    #expect(
      finding.contains(
        "\"ACME CORP\" (2025-05, $1,000.00 a month) within \"Acme Corp\""))
    #expect(finding.hasPrefix("m.csv: 1 account is written another way"))
    // Nothing is left to say as two spellings kept apart.
    #expect(!conversion.log.findings.contains { $0.contains("read as separate accounts") })
  }

  /// The same in an invoice ledger (the trial's shape): monthly invoices on the 1st, the May
  /// line keyed in capitals. Headline 12 × (1,000 + 500) = $18,000 with no range left.
  @Test func inALedger() throws {
    var text = "customer,date,amount\n"
    for m in Self.months {
      text += (m == "2025-05" ? "ACME CORP" : "Acme Corp") + ",\(m)-01,1000.00\n"
      text += "Bravo,\(m)-01,500.00\n"
    }
    let conversion = try Self.read(text, file: "l.csv").company(name: "T")
    #expect(conversion.company.accounts.map(\.id).sorted() == ["Acme Corp", "Bravo"])
    let s = try #require(conversion.company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 1_800_000 && s.ambiguousARRHigh == 1_800_000)
  }

  /// What keeps two spellings apart: a May MRR 6% off the months around (4% joins), a May
  /// where both spellings pay, and a spelling only after the usual one's last month (a
  /// rename's question, not a stand-in's; ``ImportedCompany/joinRenamedAccounts()`` joins it
  /// when it starts within two months, here three).
  @Test(arguments: [
    ("May at 1,040", 1040, false, false, true),
    ("May at 1,060", 1060, false, false, false),
    ("both pay in May", 1000, true, false, false),
    ("June only, after the usual spelling's last month", 1000, false, true, false),
  ])
  func whatKeepsThemApart(
    _ label: String, mrr: Int, isBothInMay: Bool, isAfterLast: Bool, isJoined: Bool
  ) throws {
    var text = "customer,month,mrr\n"
    for m in Self.months {
      text += "Other,\(m),700\n"
      if isAfterLast {
        if m < "2025-04" { text += "Acme Corp,\(m),1000\n" }
        if m == "2025-06" { text += "ACME CORP,\(m),\(mrr)\n" }
        continue
      }
      if m != "2025-05" || isBothInMay { text += "Acme Corp,\(m),1000\n" }
      if m == "2025-05" { text += "ACME CORP,\(m),\(mrr)\n" }
    }
    let c = try Self.read(text).company(name: "T").company
    #expect((c.accountCount == 2) == isJoined, "\(label)")
  }

  /// Two usual spellings that could each take the stand-in: neither is chosen.
  @Test func twoCandidatesJoinNone() throws {
    var text = "customer,month,mrr\n"
    for m in Self.months where m != "2025-03" {
      text += "Acme Corp,\(m),1000\nAcme Corp.,\(m),1000\n"
    }
    text += "ACME CORP,2025-03,1000\n"
    let c = try Self.read(text).company(name: "T").company
    #expect(c.accountCount == 3)
  }
}
