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
    // No ARR stake: the join moves history, not the as-of ARR (review 36).
    #expect(conversion.log.stakes[finding] == nil)
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

  /// What keeps two spellings apart: a May where both spellings pay, and a spelling only after
  /// the usual one's last month (a rename's question, not a stand-in's;
  /// ``ImportedCompany/joinRenamedAccounts()`` joins it when it starts within two months, here
  /// three). A May filling the usual spelling's gap between April and June joins at between
  /// half and twice the months around (retest 36, N4: a price change is no reason to split a
  /// customer): 1,040, 1,060, 1,150, 2,000 and 500 join; 2,001, 499 and 25,000 (review 37,
  /// R37-2: a name-only cube, `ACME CORP` at 25 times the price, is another customer) do not.
  @Test(arguments: [
    ("May at 1,040", 1040, false, false, true),
    ("May at 1,060", 1060, false, false, true),
    ("May at 1,150", 1150, false, false, true),
    ("May at 2,000, twice", 2000, false, false, true),
    ("May at 500, half", 500, false, false, true),
    ("May at 2,001", 2001, false, false, false),
    ("May at 499", 499, false, false, false),
    ("May at 25,000", 25000, false, false, false),
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
    #expect((c.accountCount == 3) == !isJoined, "\(label)")
  }

  /// One stake rule for stand-ins and renames (review 37, R37-2): a join at the amounts of
  /// the months around carries no stake (history moves, the as-of ARR does not); one at
  /// another amount reads a price change, so its finding carries the usual account: 12 ×
  /// Acme Corp's June 1,000 = $12,000.
  @Test(arguments: [(1000, false), (1150, true), (1040, true)])
  func aStandInAtAnotherPriceCarriesItsAccount(mrr: Int, hasStake: Bool) throws {
    var text = "customer,month,mrr\n"
    for m in Self.months {
      text += (m == "2025-05" ? "ACME CORP,\(m),\(mrr)" : "Acme Corp,\(m),1000") + "\n"
      text += "Bravo,\(m),500\n"
    }
    let conversion = try Self.read(text).company(name: "T")
    #expect(conversion.company.accountCount == 2)
    let finding = try #require(conversion.log.findings.first { $0.contains("another way") })
    #expect(
      finding.hasSuffix("the account named holds $12,000 of ARR in 2025-06 (12 × its MRR then)")
        == hasStake, "\(finding)")
    #expect(finding.contains("of ARR in") == hasStake)
  }

  /// A stand-in that does not fill the usual spelling's gap (Acme Corp pays January, February
  /// and June; `ACME CORP` April alone, March and May empty) is joined only at the same MRR
  /// within 5% of the months around: 1,040 joins, 1,060 stays apart.
  @Test(arguments: [(1040, true), (1060, false)])
  func aStandInAwayFromTheMonthsAroundNeedsTheSameMRR(mrr: Int, isJoined: Bool) throws {
    var text = "customer,month,mrr\n"
    for m in Self.months {
      text += "Other,\(m),700\n"
      if ["2025-01", "2025-02", "2025-06"].contains(m) { text += "Acme Corp,\(m),1000\n" }
      if m == "2025-04" { text += "ACME CORP,\(m),\(mrr)\n" }
    }
    let c = try Self.read(text).company(name: "T").company
    #expect((c.accountCount == 2) == isJoined, "\(mrr)")
  }

  /// Monthly invoice lines, `Acme Corp` 1,000, `ACME CORP` in `standIn` at `amount`, and
  /// `others` paying monthly beside them.
  static func ledger(standIn: String, amount: String, others: [(String, String)]) -> String {
    var text = "customer,date,amount\n"
    for m in months {
      text += (m == standIn ? "ACME CORP,\(m)-01,\(amount)\n" : "Acme Corp,\(m)-01,1000.00\n")
      for (name, cents) in others { text += "\(name),\(m)-01,\(cents)\n" }
    }
    return text
  }

  /// Retest 36, N3: whether the stand-in joined depended on a third customer (with Charlie the
  /// March line was read as a single payment spread over March to May, overlapping Acme Corp's
  /// April and May: 4 accounts, range $21,000-$21,999.96). Joined line by line, before any
  /// term is read: 3 accounts, 12 × (1,000 + 500 + 250) = $21,000, no range, with or without
  /// Charlie (without: 12 × 1,500 = $18,000).
  @Test(arguments: [true, false])
  func aStandInInALedgerDoesNotDependOnAThirdCustomer(hasCharlie: Bool) throws {
    let others = [("Bravo Inc", "500.00")] + (hasCharlie ? [("Charlie", "250.00")] : [])
    let text = Self.ledger(standIn: "2025-03", amount: "1000.00", others: others)
    let conversion = try Self.read(text, file: "l.csv").company(name: "T")
    let co = conversion.company
    #expect(co.accountCount == (hasCharlie ? 3 : 2))
    let arr: Int64 = hasCharlie ? 2_100_000 : 1_800_000
    let s = try #require(co.dataQuality.imported)
    #expect(s.ambiguousARRLow == arr && s.ambiguousARRHigh == arr)
    let k = try #require(co.accounts.firstIndex { $0.id == "Acme Corp" })
    #expect(
      (0..<6).map { co.revenue.mrr(account: k, month: $0) } == Array(repeating: 100_000, count: 6))
    #expect(
      conversion.log.findings.contains {
        $0.hasPrefix("l.csv: 1 account is written another way")
          && $0.contains(
            "\"ACME CORP\" (2025-03, first invoiced $1,000.00) within \"Acme Corp\".")
      }, "\(conversion.log.findings)")
  }

  /// Retest 36, N4: `ACME CORP` at 1,150 in May between Acme Corp's 1,000 in April and June
  /// read as a churn of $1.15K and a range $18.0K-$22.6K. Joined: 2 accounts, as-of (June) ARR
  /// 12 × (1,000 + 500) = $18,000, no churn; the +150 is May's one-time excess, as the same
  /// line written with a no-break space reads (its other reading, an annual fee, is the
  /// range's $18,150 end: 150 / 12 × 12).
  @Test func aStandInAtAnotherPriceIsJoined() throws {
    let text = Self.ledger(standIn: "2025-05", amount: "1150.00", others: [("Bravo", "500.00")])
    let co = try Self.read(text, file: "l.csv").company(name: "T").company
    #expect(co.accounts.map(\.id).sorted() == ["Acme Corp", "Bravo"])
    let k = try #require(co.accounts.firstIndex { $0.id == "Acme Corp" })
    #expect(co.revenue.mrr(account: k, month: 5) == 100_000)
    #expect((0..<6).allSatisfy { co.revenue.mrr(account: k, month: $0) > 0 })
    let s = try #require(co.dataQuality.imported)
    #expect(s.ambiguousARRLow == 1_800_000 && s.ambiguousARRHigh == 1_815_000)
  }

  /// Retest 36, N4: June (the last month) written `ACME CORP` is a rename, judged on the
  /// joined six monthly lines, not on its one line (which was read as a single payment spread
  /// over a term: range $7.00K-$18.0K). $18,000, no range; the later name is kept.
  @Test func aRenameInTheLastMonthIsReadOnTheJoinedLines() throws {
    let text = Self.ledger(standIn: "2025-06", amount: "1000.00", others: [("Bravo", "500.00")])
    let conversion = try Self.read(text, file: "l.csv").company(name: "T")
    #expect(conversion.company.accounts.map(\.id).sorted() == ["ACME CORP", "Bravo"])
    let s = try #require(conversion.company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 1_800_000 && s.ambiguousARRHigh == 1_800_000)
    #expect(
      conversion.log.findings.contains {
        $0.hasPrefix("l.csv: 1 account stops paying")
          && $0.contains(
            "\"Acme Corp\" (to 2025-05) → \"ACME CORP\" (from 2025-06, first invoiced "
              + "$1,000.00).")
      }, "\(conversion.log.findings)")
  }

  /// Review 37, R37-2 (review 36, #4(a)): distinct billing ids (`C-001` "Acme Corp", `C-002`
  /// "ACME CORP" in May) are the file's word that they are two customers: never joined by
  /// their names, whatever the amount, in a ledger or a monthly table; at the same price the
  /// near-namesakes' finding names both by name and id, with their ARR as its stake (12 ×
  /// C-001's 1,000 = $12,000; C-002 pays nothing in June); at 25 times the price nothing would
  /// join them and nothing is said. Headline 12 × (1,000 + 500) = $18,000 either way.
  @Test(arguments: [
    ("customer_id,customer_name,invoice_date,amount", "-01", "1000"),
    ("customer_id,customer_name,month,mrr", "", "1000"),
    ("customer_id,customer_name,month,mrr", "", "25000"),
  ])
  func distinctIDsAreNeverJoinedByName(header: String, day: String, may: String) throws {
    var text = header + "\n"
    for m in Self.months {
      text +=
        (m == "2025-05" ? "C-002,ACME CORP,\(m)\(day),\(may)" : "C-001,Acme Corp,\(m)\(day),1000")
      text += "\nC-003,Beta LLC,\(m)\(day),500\n"
    }
    let conversion = try Self.read(text, file: "ids.csv").company(name: "T")
    #expect(conversion.company.accounts.map(\.id).sorted() == ["C-001", "C-002", "C-003"])
    #expect(!conversion.log.findings.contains { $0.contains("another way") })
    guard may == "1000" else {
      #expect(!conversion.log.findings.contains { $0.contains("written two ways") })
      return
    }
    let finding = try #require(
      conversion.log.findings.first { $0.contains("written two ways") })
    #expect(
      finding.hasPrefix(
        "ids.csv: 1 customer is written two ways (the same name once letter case, punctuation "
          + "and spaces are set aside) and read as separate accounts: \"Acme Corp\" (C-001, "
          + "from 2025-01) and \"ACME CORP\" (C-002, 2025-05 to 2025-05)."), "\(finding)")
    #expect(
      finding.hasSuffix(
        "write the name the same way on every row and give them one id; the accounts named "
          + "hold $12,000 of ARR in 2025-06 (12 × their MRR then)"), "\(finding)")
  }

  /// Review 37, R37-10: a ledger's join gives the stand-in's first invoice, never as "a month"
  /// (an annual invoice of 12,000 read "$12,000.00 a month"). Acme Corp billed 12,000 each
  /// January 2023-2026, 2025's written `ACME CORP`, Bravo 6,000: joined at the same amount
  /// (5%), ARR 12,000 + 6,000 = $18,000, no stake.
  @Test func aLedgersJoinSaysTheInvoiceNotAMonth() throws {
    var text = "customer,date,amount,description\n"
    for y in 2023...2026 {
      text += (y == 2025 ? "ACME CORP" : "Acme Corp") + ",\(y)-01-05,12000.00,Annual subscription\n"
      text += "Bravo,\(y)-01-05,6000.00,Annual subscription\n"
    }
    let conversion = try Self.read(text, file: "annual.csv").company(name: "T")
    #expect(conversion.company.accounts.map(\.id).sorted() == ["Acme Corp", "Bravo"])
    let s = try #require(conversion.company.dataQuality.imported)
    #expect(s.ambiguousARRLow == 1_800_000 && s.ambiguousARRHigh == 1_800_000)
    let finding = try #require(conversion.log.findings.first { $0.contains("another way") })
    #expect(
      finding.contains("\"ACME CORP\" (2025-01, first invoiced $12,000.00) within \"Acme Corp\""),
      "\(finding)")
    #expect(!finding.contains("a month)"))
    #expect(conversion.log.stakes[finding] == nil)
  }

  /// Review 36, #10: a join's finding names the files its accounts were read from, not the
  /// first revenue file.
  @Test func theFindingNamesTheAccountsFiles() {
    let m = Month(year: 2025, month: 5)
    func standIn(_ file: String) -> ImportedCompany.StandIn {
      .init(
        spelling: "ACME", spellingID: "ACME", usual: "Acme", usualID: "Acme", firstMonth: m,
        lastMonth: m, mrr: 100_000, file: file, usualFile: "b.csv")
    }
    let one = ImportedCompany.standInsFinding([standIn("b.csv")], currency: "USD")
    #expect(one.hasPrefix("b.csv: 1 account is written another way"))
    let two = ImportedCompany.standInsFinding(
      [standIn("b.csv"), standIn("a.csv"), standIn("b.csv")], currency: "USD")
    #expect(two.hasPrefix("b.csv, a.csv: 3 accounts are written another way"))
    // A pair from two files names both (review 37, R37-14): the usual spelling's first.
    let pair = ImportedCompany.standInsFinding([standIn("c.csv")], currency: "USD")
    #expect(pair.hasPrefix("b.csv, c.csv: 1 account is written another way"))
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
