import ARRCore
import Testing

@testable import ARRInput

/// Trial 55, tr13: a monthly MRR table titled `MRR Kunden nach Branche` (MRR, customers by
/// industry), its blocks headed by industries with a `Total <industry>` row each. A label under
/// two blocks (`Sonstige`, "other", in each industry) made the industries customers and the
/// rows their products: two accounts named `Software` and `Gesundheitswesen` (``CutTitle``).
@Suite struct CutTitleTests {
  func read(_ text: String) throws -> ImportedCompany {
    try Importer.read([Importer.SourceFile(name: "mrr.csv", bytes: Array(text.utf8))])
  }

  /// `/work/team/s56/crm-repro/tr13-v4-total-pairs.csv`. By hand: Acme GmbH 1,000, 1,000,
  /// 1,200, 1,200 (Software); Charité Labs GmbH 2,000 a month (Gesundheitswesen); `Sonstige`
  /// 500 under Software and 750 under Gesundheitswesen until March, one account summed (1,250,
  /// then 500 in April) with the notes saying so. April's MRR 3,700.00 either way; accounts 2 →
  /// 3, each with its industry as its segment.
  static func table(_ title: String) -> String {
    """
    \(title)
    Branche;Jan 25;Feb 25;Mrz 25;Apr 25
    Software;;;;
    Acme GmbH;1.000,00;1.000,00;1.200,00;1.200,00
    Sonstige;500,00;500,00;500,00;500,00
    Total Software;1.500,00;1.500,00;1.700,00;1.700,00
    Gesundheitswesen;;;;
    Charité Labs GmbH;2.000,00;2.000,00;2.000,00;2.000,00
    Sonstige;750,00;750,00;750,00;0,00
    Total Gesundheitswesen;2.750,00;2.750,00;2.750,00;2.000,00
    Gesamt;4.250,00;4.250,00;4.450,00;3.700,00
    """
  }

  @Test func industryHeadingsAreSectionsOfCustomers() throws {
    let c = try read(Self.table("MRR Kunden nach Branche"))
    #expect(c.accounts.map(\.id) == ["Acme GmbH", "Sonstige", "Charité Labs GmbH"])
    #expect(c.mrrRow("Acme GmbH") == [100_000, 100_000, 120_000, 120_000])
    #expect(c.mrrRow("Charité Labs GmbH") == [200_000, 200_000, 200_000, 200_000])
    #expect(c.mrrRow("Sonstige") == [125_000, 125_000, 125_000, 50_000])
    #expect(c.account("Acme GmbH")?.segment == "Software")
    #expect(c.account("Charité Labs GmbH")?.segment == "Gesundheitswesen")
    #expect(c.log.files[0].skipped[.sectionHeader] == 2)
    #expect(
      c.log.notes.contains {
        $0.contains("\"MRR Kunden nach Branche\" names them a cut of the customers")
          && $0.contains("\"Sonstige\", under two of them, is one account")
      })
  }

  /// The label column's header names the cut as well as a title does (`Branche`, here under
  /// a title naming nothing).
  @Test func theLabelHeaderNamesTheCut() throws {
    let c = try read(Self.table("MRR 2025"))
    #expect(c.accounts.count == 3)
    #expect(c.log.notes.contains { $0.contains("\"Branche\" names them a cut") })
  }

  /// Hostile twins: a grouping by customer (`Umsatz nach Kunden und Produkt`, QuickBooks'
  /// *Sales by Customer Summary*) keeps its groups customers and its rows products, though it
  /// names a product; so does a table naming no cut.
  @Test(arguments: ["Umsatz nach Kunden und Produkt", "MRR 2025"])
  func aGroupingByCustomerKeepsProducts(_ title: String) throws {
    let text = Self.table(title).replacingOccurrences(of: "Branche;", with: "Kunde;")
    let c = try read(text)
    #expect(c.accounts.map(\.id) == ["Software", "Gesundheitswesen"])
    #expect(c.mrrRow("Gesundheitswesen").last == 200_000)
  }
}
