import ARRCore
import Testing

@testable import ARRInput

/// A credit refunding the unused part of a term invoice ends that invoice's service early
/// (``CreditsEndingTerms``; trial 22, T22-13: a Xero credit note naming an annual invoice left
/// the customer live and committed until its renewal).
@Suite struct CreditsEndingTermsTests {
  /// Xero's invoice export (its column names; credit notes written positive, typed `Sales
  /// credit note`), as of 2024-12:
  /// - Vale pays 2,400 a year (INV-1 2023-02-01, INV-2 2024-02-01) and gets CN-1, 2,200, on
  ///   2024-03-01, "Refund of unused months, INV-2": it kept 200 of 2,400 (1/12). INV-2's
  ///   "Annual subscription" is its year from 2024-02-01 (a cadence in words, session 42), so
  ///   its kept share of the period ends 2024-02-29: 200 in February 2024, nothing after;
  /// - Gale pays 1,200 a year (INV-3 2023-01-01, INV-4 2024-01-01) and gets a goodwill credit
  ///   of 100 on 2024-02-01 naming INV-4: 31 days in, a term of 31 × 1,200 / 1,100 = 34 days,
  ///   no term, so it stays a credit for the other rules and Gale stays live;
  /// - Moss pays 100 every month of 2023 and 2024.
  static let xero = """
    ContactName,InvoiceNumber,Reference,InvoiceDate,Description,LineAmount,Type
    Vale,INV-1,Subscription,2023-02-01,Annual subscription,2400.00,Sales invoice
    Gale,INV-3,Subscription,2023-01-01,Annual subscription,1200.00,Sales invoice
    Vale,INV-2,Subscription,2024-02-01,Annual subscription,2400.00,Sales invoice
    Gale,INV-4,Subscription,2024-01-01,Annual subscription,1200.00,Sales invoice
    Gale,CN-2,"Goodwill credit, INV-4",2024-02-01,Goodwill,100.00,Sales credit note
    Vale,CN-1,"Refund of unused months, INV-2",2024-03-01,Credit: cancelled,2200.00,Sales credit note
    """

  static func withMoss(_ text: String, from: Int = 2023, through: Int = 2024) -> String {
    var lines = [text]
    for y in from...through {
      for m in 1...12 {
        let month = m < 10 ? "0\(m)" : "\(m)"
        lines.append(
          "Moss,M-\(y)\(month),Subscription,\(y)-\(month)-01,Monthly,100.00,Sales invoice")
      }
    }
    return lines.joined(separator: "\n")
  }

  static func read(_ text: String, name: String = "xero.csv") throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: name, bytes: Array(text.utf8))])
  }

  @Test func aCreditNamingATermInvoiceEndsItsService() throws {
    let c = try Self.read(Self.withMoss(Self.xero))
    #expect(c.asOf == Month(year: 2024, month: 12))
    let vale = try #require(c.accounts.firstIndex { $0.id == "Vale" })
    func mrr(_ a: Int, _ y: Int, _ m: Int) -> Int64 {
      c.mrr[c.cell(a, Month(year: y, month: m).months(since: c.firstMonth))]
    }
    #expect(mrr(vale, 2024, 2) == 20_000)
    #expect(mrr(vale, 2024, 3) == 0)
    #expect(mrr(vale, 2024, 12) == 0)
    // INV-1 keeps its year: 2,400 / 12 a month from 2023-02.
    #expect(mrr(vale, 2023, 6) == 20_000)
    let gale = try #require(c.accounts.firstIndex { $0.id == "Gale" })
    #expect(mrr(gale, 2024, 12) > 0)
    let finding: String =
      "xero.csv: 1 credit refunds the unused part of a term invoice it names, so that "
      + "invoice's service ends early: \"CN-1\" (line 7) credits $2,200.00 of \"INV-2\"'s "
      + "$2,400.00 (\"Vale\"), whose service now runs 2024-02-01 to 2024-02-29 (its kept share "
      + "of the period); the account leaves then unless it is billed again"
    #expect(c.log.findings.contains(finding))
  }

  /// With service periods: P's 1,200 for 2023 is credited 900 on 2023-04-01 (naming INV-10):
  /// it kept a quarter, 365 / 4 = 91.25, 91 days, so its service ends 2023-03-31 (within 45
  /// days of the credit): 100 a month January to March. U's 1,200 invoice of 2023-01-01 (no
  /// period) gets an unnamed credit of 1,000 on 2023-03-01: at least half, 59 days in, a term
  /// of 59 × 1,200 / 200 = 354 days: its service ends 2023-02-28, 100 a month in January and
  /// February. Q's credit of 300 on 2023-02-01 naming INV-11 (its 2023 period): a kept share of
  /// 274 days ends 2023-10-01, far from the credit: not a refund of the rest, left as it is.
  @Test func periodsEndProRataAndUnnamedCreditsNeedHalf() throws {
    let text = """
      customer,invoice number,reference,date,service start,service end,amount
      P,INV-10,,2023-01-01,2023-01-01,2023-12-31,1200
      P,CN-10,INV-10,2023-04-01,,,-900
      Q,INV-11,,2023-01-01,2023-01-01,2023-12-31,1200
      Q,CN-11,INV-11,2023-02-01,,,-300
      U,INV-12,,2023-01-01,,,1200
      U,CN-12,,2023-03-01,,,-1000
      M,M-1,,2023-01-01,2023-01-01,2023-01-31,100
      M,M-2,,2023-06-01,2023-06-01,2023-06-30,100
      """
    let c = try Self.read(text, name: "l.csv")
    #expect(c.asOf == Month(year: 2023, month: 6))
    func row(_ id: String) throws -> [Int64] {
      let a = try #require(c.accounts.firstIndex { $0.id == id })
      return (0..<c.monthCount).map { c.mrr[c.cell(a, $0)] }
    }
    #expect(try row("P") == [10_000, 10_000, 10_000, 0, 0, 0])
    #expect(try row("U") == [10_000, 10_000, 0, 0, 0, 0])
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("l.csv: 2 credits refund the unused part of a term invoice")
          && $0.contains(
            "\"CN-10\" (line 3) credits $900.00 of \"INV-10\"'s $1,200.00 (\"P\"), "
              + "whose service now runs 2023-01-01 to 2023-03-31 (its kept share of the period)")
      })
    // Q's period is untouched: 1,200 over 2023, less the credit by the other rules.
    #expect(try row("Q").last! > 0)
  }

  @Test(arguments: [
    // (invoice amount, credit, days from the invoice to the credit, is a term's refund)
    (240_000, 220_000, 29, true), (120_000, 10_000, 31, false), (120_000, 100_000, 59, true),
    (10_000, 6_000, 10, false),
  ])
  func theImpliedTerm(amount: Int64, credit: Int64, days: Int32, isTerm: Bool) throws {
    let start = try #require(CivilDate("2024-01-01"))
    let invoice = LedgerEntry(
      account: 0, line: 2, date: start, period: nil, kind: nil, description: "", amount: amount,
      isProration: false)
    let c = LedgerEntry(
      account: 0, line: 3, date: CivilDate(daysSinceEpoch: start.daysSinceEpoch + days),
      period: nil, kind: nil, description: "", amount: -credit, isProration: false)
    #expect((CreditsEndingTerms.end(of: invoice, creditedBy: c) != nil) == isTerm)
  }
}
