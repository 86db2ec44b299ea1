import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Totals rows labelled in other languages, and labelled rows that are the sum of the rows above
/// (trial 50, T50-1; `CubeTotals+Languages`).
@Suite struct ForeignTotalsTests {
  /// A cube of Acme 100, Beta 300 and Gamma 50 a month, then `label` on a row of their sums.
  static func cube(_ label: String) -> String {
    """
    Customer,Jan-24,Feb-24,Mar-24
    Acme,100,100,100
    Beta,300,300,300
    Gamma,0,50,50
    \(label),400,450,450
    """
  }

  /// Each language's total, including Excel's pivot grand totals: excluded as the totals row,
  /// checked (a note, it equals the sums): MRR 450, three customers (it had been four, doubled).
  @Test(arguments: [
    "Summe", "Gesamt", "Gesamtsumme", "Insgesamt", "Gesamtergebnis", "Totaal", "Eindtotaal",
    "Totale", "Totale complessivo", "Suma total", "Suma końcowa", "Totalsumma", "Hovedtotal",
    "Итого", "Общий итог", "総計", "总计", "合計", "סה\"כ", "סך הכל", "Summe:",
    // Review 51, R51-2: Korean (Excel's pivot `총합계`), Japanese `総合計`, Spanish `Totales`,
    // Portuguese `Totais`, Greek, Indonesian.
    "총합계", "합계", "총계", "総合計", "Totales", "Totais", "Σύνολο", "Jumlah",
  ])
  func aTotalInAnotherLanguageIsNoCustomer(label: String) throws {
    let c = try importCube(Self.cube(label), options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.id) == ["Acme", "Beta", "Gamma"])
    #expect(c.log.files[0].skipped[.totals] == 1)
    #expect(c.log.notes.contains { $0.contains("the totals row (line 5) equals the column sums") })
  }

  /// A label in no list, last, equal to the rows above to the cent in every month and with no
  /// id where every row above has one: the totals row all the same (`All customers`, `Tổng
  /// cộng`).
  @Test(arguments: ["All customers", "Tổng cộng", "ΣΥΝΟΛΟ"])
  func aLastRowSummingTheRowsAboveIsTheTotals(label: String) throws {
    let text = """
      Id,Customer,Jan-24,Feb-24,Mar-24
      1,Acme,100,100,100
      2,Beta,300,300,300
      3,Gamma,0,50,50
      ,\(label),400,450,450
      """
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(c.accounts.count == 3)
    #expect(c.log.files[0].skipped[.totals] == 1)
  }

  /// Hostile twin: a last customer with every cell the rows above have, whose MRR equals theirs
  /// summed (a hand-made cube of 1,000, 2,000 and 3,000), is a customer, with or without ids.
  @Test(arguments: [
    "Customer,Jan-26,Feb-26,Mar-26\nAcme,1000,1000,1000\nBeta,2000,2000,2000\nCobalt,3000,3000,3000\n",
    "Id,Customer,Jan-26,Feb-26,Mar-26\n1,Acme,100,100,100\n2,Beta,200,200,200\n3,Cobalt,300,300,300\n",
  ])
  func aCustomerEqualToTheOthersIsACustomer(text: String) throws {
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(c.accounts.count == 3)
  }

  /// `Total` in German stays checked when it does not sum: `Summe` 500 a month against rows of
  /// 450 is still the totals row (a word of a total), and the difference is a finding.
  @Test func aForeignTotalThatDiffersIsAFinding() throws {
    let text = Self.cube("Summe").replacingOccurrences(
      of: "Summe,400,450,450", with: "Summe,500,500,500")
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(c.accounts.count == 3)
    #expect(c.log.findings.contains { $0.contains("the totals row (line 5) differs") })
  }

  /// Hostile twins: a customer named `Summa Health` or `Soma`, and Swedish `Summa` whose row sums
  /// nothing above, are customers; so is a last customer whose MRR equals the one paying customer
  /// above it (two customers on one price, not a total), and one that equals the rows above in
  /// two months only; and a last row one unit off the sum in one month (no word of a total: the
  /// sum must be exact) stays a customer, as before.
  @Test(arguments: [
    ("Summa Health,80,80,80", 4),
    ("Soma,80,80,80", 4),
    ("Summa,80,80,80", 4),
    ("Delta,400,450,451", 4),
  ])
  func customersNamedLikeSumsStay(row: String, accounts: Int) throws {
    let text = """
      Customer,Jan-24,Feb-24,Mar-24
      Acme,100,100,100
      Beta,300,300,300
      Gamma,0,50,50
      \(row)
      """
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(c.accounts.count == accounts)
  }

  @Test func aCustomerOnTheSamePriceAsTheOnlyPayerAboveIsACustomer() throws {
    let c = try importCube(
      """
      Customer,Jan-24,Feb-24,Mar-24
      Acme,99,99,99
      Beta,0,0,0
      Gamma,99,99,99
      """, options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.id) == ["Acme", "Beta", "Gamma"])
  }

  @Test func aRowSummingInTwoMonthsOnlyIsACustomer() throws {
    let c = try importCube(
      """
      Customer,Jan-24,Feb-24
      Acme,100,100
      Beta,300,300
      Gamma,400,400
      """, options: ImportOptions(values: .mrr))
    #expect(c.accounts.count == 3)
  }

  /// Excel's German pivot subtotal `Enterprise Ergebnis` sums its group: excluded; a customer
  /// `Ergebnis Partners` (no subtotal word at its end) stays.
  @Test func aGermanPivotSubtotalIsNoCustomer() throws {
    let c = try importCube(
      """
      Segment,Kunde,Jan-24,Feb-24,Mar-24
      Enterprise,Alpen AG,1000,1000,1000
      Enterprise,Donau GmbH,500,500,500
      Enterprise Ergebnis,,1500,1500,1500
      SMB,Ergebnis Partners,80,80,80
      SMB Ergebnis,,80,80,80
      Gesamtergebnis,,1580,1580,1580
      """, options: ImportOptions(values: .mrr))
    #expect(Set(c.accounts.map(\.id)) == ["Alpen AG", "Donau GmbH", "Ergebnis Partners"])
  }

  /// Review 51, R51-1: a last customer lacking only an attribute (its segment blank, right of
  /// its name) whose MRR equals the rows above is a customer: 3 accounts, $6,000 a month (it
  /// was dropped as the totals row, −50%). Lacking the id left of its label, it is the totals
  /// row (T50-1's `;Summe;…`); an attribute column of repeated values left of the label is no
  /// id either. Each row read as a customer while equal to the sum above is a finding naming
  /// its line and its ARR (R51-2).
  @Test(arguments: [
    (
      "Customer,Segment,Jan-26,Feb-26,Mar-26\nAcme,SMB,1000,1000,1000\nBeta,Mid-market,2000,2000,2000\nCobalt,,3000,3000,3000\n",
      3
    ),
    (
      "Region,Customer,Jan-26,Feb-26,Mar-26\nEMEA,Acme,1000,1000,1000\nEMEA,Beta,2000,2000,2000\n,Cobalt,3000,3000,3000\n",
      3
    ),
    (
      "Id,Customer,Jan-26,Feb-26,Mar-26\nC-1,Acme,1000,1000,1000\nC-2,Beta,2000,2000,2000\n,Cobalt,3000,3000,3000\n",
      2
    ),
  ])
  func onlyAMissingIdLeftOfTheLabelMakesATotal(text: String, accounts: Int) throws {
    let c = try importCube(text, options: ImportOptions(values: .mrr), name: "mrr.csv")
    #expect(c.accounts.count == accounts)
    let isRead = accounts == 3
    #expect(
      c.log.findings.contains {
        $0.hasPrefix("mrr.csv: line 4 (\"Cobalt\"), the last row, equals the sum of the rows above")
      } == isRead, "\(c.log.findings)")
  }

  /// R51-2: a names-only cube whose last row, in no language listed, equals the rows above:
  /// read as a customer (nothing shows it is a total) and said, with its ARR as the stake
  /// (the finding reaches page one as critical: 50% of headline).
  @Test func aLastRowEqualToTheSumAboveIsSaid() throws {
    let text =
      "Customer,Jan-26,Feb-26,Mar-26\nAcme,1000,1000,1000\nBeta,2000,2000,2000\nXyzzy,3000,3000,3000\n"
    let c = try importCube(text, options: ImportOptions(values: .mrr), name: "mrr.csv")
    #expect(c.accounts.count == 3)
    let company = try c.company(name: "T").company
    let n = try #require(company.dataQuality.notes.firstIndex { $0.contains("line 4 (\"Xyzzy\")") })
    #expect(n < company.dataQuality.findingCount)
    #expect(company.dataQuality.findingStakes[n]?.arrCents == 3_600_000)
  }

  /// R51-3: a company named with a total's first word and a legal form (`Totaal Techniek
  /// B.V.`, `Summe Consulting GmbH`) is a customer even when its MRR equals the rows above.
  @Test(arguments: ["Totaal Techniek B.V.", "Summe Consulting GmbH", "Totale Servizi S.p.A."])
  func aCompanyNamedLikeASubtotalIsACustomer(name: String) throws {
    let text =
      "Klant;jan-26;feb-26;mrt-26\nAcme;1000;1000;1000\nBeta;2000;2000;2000\n\(name);3000;3000;3000\n"
    let c = try importCube(text, options: ImportOptions(values: .mrr))
    #expect(c.accounts.map(\.id).contains(name))
    #expect(c.accounts.count == 3)
  }
}
