import ARRCore
import Testing

@testable import ARRInput

/// An invoice's amount repeated on each of its lines beside the lines' own amounts under a name
/// the aliases do not know, and a cube in the accounting sign (session 42, crm lane; trial 41,
/// T41-4 and T41-11).
@Suite struct InvoiceLevelAmountTests {
  /// `Total` is each invoice's, written on every line; `Extended Price` is the line's. By hand:
  /// Acme 1,500 + 500 and Bolt 1,000 a month: MRR 3,000 (it read 5,000: Acme's invoice twice).
  @Test func theLinesOwnAmountsAreRead() throws {
    var text = "Invoice Date,Invoice Number,Customer,Item,Extended Price,Total\n"
    for m in 1...3 {
      let d = "2025-0\(m)-01"
      text += "\(d),A\(m),Acme,Platform,1500.00,2000.00\n"
      text += "\(d),A\(m),Acme,Support,500.00,2000.00\n"
      text += "\(d),B\(m),Bolt,Platform,1000.00,1000.00\n"
    }
    let c = try importLedger(text)
    #expect(c.mrrRow("Acme") == [200_000, 200_000, 200_000])
    #expect(c.mrrRow("Bolt") == [100_000, 100_000, 100_000])
    #expect(c.log.files[0].recognisedColumns.contains("amount: Extended Price"))
    #expect(c.log.notes.contains { $0.contains("\"Total\" writes each invoice's amount") })
  }

  /// Control: lines of their own amounts under one invoice number are read as written.
  @Test func lineAmountsAreReadAsWritten() throws {
    let c = try importLedger(
      """
      Invoice Date,Invoice Number,Customer,Item,Amount,Tax
      2025-01-01,A1,Acme,Platform,1500.00,300.00
      2025-01-01,A1,Acme,Support,500.00,100.00
      2025-01-01,B1,Bolt,Platform,1000.00,200.00
      """)
    #expect(c.mrrRow("Acme") == [200_000])
    #expect(!c.log.notes.contains { $0.contains("writes each invoice's amount") })
  }
}

@Suite struct CubeAccountingSignTests {
  /// The trial's GL cube: every cell in parentheses, its Total row too. By hand at 2025-06:
  /// Acme 1,000 + Bolt 700 + Dune 300 + Eris 1,250.50 = 3,250.50 (ARR 39,006); Cato left in May.
  @Test func aCubeOfCreditsToIncomeIsRevenue() throws {
    let text = """
      Revenue by customer (4000 Subscription Revenue)
      Customer,Jan-25,Feb-25,Mar-25,Apr-25,May-25,Jun-25
      Acme,"(1,000.00)","(1,000.00)","(1,000.00)","(1,000.00)","(1,000.00)","(1,000.00)"
      Bolt,(500.00),(500.00),(500.00),(700.00),(700.00),(700.00)
      Cato,"(2,000.00)","(2,000.00)","(2,000.00)","(2,000.00)",0.00,0.00
      Dune,0.00,0.00,(300.00),(300.00),(300.00),(300.00)
      Eris,"(1,250.50)","(1,250.50)","(1,250.50)","(1,250.50)","(1,250.50)","(1,250.50)"
      Total,"(5,750.50)","(5,750.50)","(6,050.50)","(6,250.50)","(4,250.50)","(4,250.50)"
      """
    let c = try Importer.read([Importer.SourceFile(name: "gl-cube.csv", bytes: Array(text.utf8))])
    #expect(c.mrrRow("Acme").last == 100_000)
    #expect(c.mrrRow("Eris").last == 125_050)
    #expect(c.mrrRow("Cato") == [200_000, 200_000, 200_000, 200_000, 0, 0])
    #expect(
      ["Acme", "Bolt", "Dune", "Eris"].map { c.mrrRow($0).last ?? 0 }.reduce(0, +) == 325_050)
    #expect(c.log.notes.contains { $0.contains("read with its sign reversed, as revenue") })
    _ = try c.checkedTieOut()
  }
}
