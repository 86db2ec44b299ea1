import ARRCore
import Testing

@testable import ARRInput

/// A credit note's tax written unsigned beside negative amounts is read in the amounts' sign,
/// so its invoice-level row is its total (``LedgerReader/taxInAmountSign(_:amount:)``;
/// review 43, V3).
@Suite struct CreditNoteTaxSignTests {
  /// Review 43's `l4`: an invoice details export, each document's gross row (no item) before
  /// its lines net of a 10% tax. Acme 1,000 + 500, Bolt 900, Cato 500 a month through 2024;
  /// Bolt's December invoice credited in full by CN-0001 (−990 gross, −900 net) and issued
  /// again. `taxSign` is the sign the credit note's tax cells are written in.
  static func ledger(taxSign: Int) -> String {
    var rows = ["Invoice Number,Invoice Date,Customer,Description,Tax,Amount"]
    func document(
      _ no: String, _ date: String, _ name: String, _ lines: [(String, Int)], sign: Int = 1,
      taxSign: Int = 1
    ) {
      let net = lines.reduce(0) { $0 + $1.1 }
      rows.append("\(no),\(date),\(name),,\(taxSign * net / 10).00,\(sign * (net + net / 10)).00")
      for (item, a) in lines {
        rows.append("\(no),\(date),\(name),\(item),\(taxSign * a / 10).00,\(sign * a).00")
      }
    }
    var n = 0
    for m in 1...12 {
      let d = "2024-\(m < 10 ? "0" : "")\(m)-01"
      for (name, lines) in [
        ("Acme", [("Platform subscription", 1000), ("Analytics add-on", 500)]),
        ("Bolt", [("Platform subscription", 900)]), ("Cato", [("Platform subscription", 500)]),
      ] {
        n += 1
        document("INV-\(n)", d, name, lines)
      }
    }
    document(
      "CN-0001", "2024-12-05", "Bolt", [("Credit for INV-35", 900)], sign: -1, taxSign: taxSign)
    document("INV-37", "2024-12-05", "Bolt", [("Platform subscription (re-issue)", 900)])
    return rows.joined(separator: "\n")
  }

  /// Tax positive (l4) or negative (l4b, the twin read right before): the credit note's gross
  /// row is its total, one credit of 900 cancelling the re-issued invoice. By hand: Acme
  /// 1,500, Bolt 900, Cato 500, ARR $34,800 with no range (l4 read a second credit of 990,
  /// range from $24,000).
  @Test func aCreditNotesUnsignedTaxTakesItsAmountsSign() throws {
    for sign in [1, -1] {
      let c = try importLedger(Self.ledger(taxSign: sign))
      #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 3_480_000)
      #expect(c.account("Bolt")?.ambiguousMRR == nil)
      #expect(c.log.notes.contains { $0.contains("38 rows are invoices' own total") })
      #expect(c.log.notes.contains { $0.hasPrefix("ledger.csv: 1 credit ($900 in all") })
      #expect(!c.log.findings.contains { $0.contains("one-off") })
      #expect(c.log.files[0].rowsRead == c.log.files[0].rowsUsed + c.log.files[0].rowsSkipped)
    }
    #expect(LedgerReader.taxInAmountSign(9_000, amount: -99_000) == -9_000)
    #expect(LedgerReader.taxInAmountSign(-9_000, amount: -99_000) == -9_000)
    #expect(LedgerReader.taxInAmountSign(9_000, amount: 99_000) == 9_000)
  }

  /// The same file written as one row per invoice with its amount including tax (`Gross`) and
  /// its tax beside it: the credit note's gross −990 less its unsigned tax 90 is −900, the
  /// re-issued invoice's credit, so $34,800 with no range (it read a credit of $1,080, no
  /// invoice's amount, one-off: $45,600, the range down to $32,640). The twin: tax negative.
  @Test func aCreditNotesGrossLessItsUnsignedTaxIsItsNet() throws {
    for sign in [1, -1] {
      var rows = ["Invoice Number,Invoice Date,Customer,Description,Tax,Gross"]
      var n = 0
      for m in 1...12 {
        for (name, net) in [("Acme", 1500), ("Bolt", 900), ("Cato", 500)] {
          n += 1
          let d = "2024-\(m < 10 ? "0" : "")\(m)-01"
          rows.append(
            "INV-\(n),\(d),\(name),Platform subscription,\(net / 10).00,\(net + net / 10).00")
        }
      }
      rows.append("CN-1,2024-12-05,Bolt,Credit for INV-35,\(sign * 90).00,-990.00")
      rows.append("INV-99,2024-12-05,Bolt,Platform subscription (re-issue),90.00,990.00")
      let c = try importLedger(rows.joined(separator: "\n"))
      #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 3_480_000)
      #expect(c.account("Bolt")?.ambiguousMRR == nil)
      #expect(c.log.notes.contains { $0.hasPrefix("ledger.csv: 1 credit ($900 in all") })
      #expect(c.log.files[0].rowsRead == c.log.files[0].rowsUsed + c.log.files[0].rowsSkipped)
    }
  }
}
