import ARRCore
import ARRTestSupport
import Testing

@testable import ARRInput

/// Tax lines named in other languages or with a region before the name, a NetSuite tax item on
/// a tax account, and a German `Artikel` column (review 44, W-8, W-9 and W-10); the plausibility
/// guard (at most 30% of the invoice's other rows) still holds.
@Suite struct ForeignTaxNamesTests {
  /// The names, fillers before them and regions on either side.
  @Test func taxNamesInOtherLanguagesAndRegions() {
    for text in [
      "Umsatzsteuer 19%", "Mehrwertsteuer 19%", "zzgl. 19% USt.", "BTW 21%", "Moms 25%",
      "MVA 25%", "ALV 24%", "GST/HST 13%", "TPS 5%", "TVQ 9,975%", "消費税 10%", "CA Sales Tax",
      "NY State Sales Tax 8.875%", "Travis County Tax", "Sales Tax (Texas)",
      "New York State Sales Tax",
    ] {
      #expect(LedgerReader.isTaxLineText(text), "\(text)")
    }
    // Products: a filler after the name, a word that is no region, a number that is no rate.
    for text in ["Tax Plus", "Tax AI", "GST 2.0", "Sales Tax Automation", "Texas Tax Advisory"] {
      #expect(!LedgerReader.isTaxLineText(text), "\(text)")
    }
  }

  /// W-8: `Umsatzsteuer 19%` and `CA Sales Tax` lines are tax. By hand: Acme 1,000 and Bolt 500
  /// a month, $18,000.
  @Test func foreignAndRegionFirstTaxLinesAreSkipped() throws {
    let c = try importLedger(
      (["Invoice Number,Invoice Date,Customer,Description,Amount"]
        + (1...3).flatMap { m in
          [
            "A-\(m),2025-0\(m)-01,Acme,Platform subscription,1000.00",
            "A-\(m),2025-0\(m)-01,Acme,Umsatzsteuer 19%,190.00",
            "B-\(m),2025-0\(m)-01,Bolt,Platform subscription,500.00",
            "B-\(m),2025-0\(m)-01,Bolt,CA Sales Tax,36.25",
          ]
        }).joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_800_000)
    #expect(c.log.files[0].skipped[.taxLine] == 6)
  }

  /// Twin: a `BTW` line at 60% of the invoice is a product of that name, read. By hand: Acme
  /// 1,000 + 600 a month, $19,200.
  @Test func aForeignTaxNamedLineTooLargeForATaxIsRevenue() throws {
    let c = try importLedger(
      (["Invoice Number,Invoice Date,Customer,Description,Amount"]
        + (1...3).flatMap { m in
          [
            "A-\(m),2025-0\(m)-01,Acme,Platform subscription,1000.00",
            "A-\(m),2025-0\(m)-01,Acme,BTW,600.00",
          ]
        }).joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_920_000)
    #expect(c.log.files[0].skipped[.taxLine] == nil)
  }

  /// W-9: NetSuite's tax items `AVATAX` and `CA BOE` on `22000 Sales Tax Payable` are tax,
  /// whatever the item says. By hand: Acme 1,500 and Bolt 900 a month, $28,800.
  @Test func aTaxAccountDecidesWhateverTheItem() throws {
    let c = try importLedger(
      (["Type,Date,Document Number,Customer,Item,Account,Amount"]
        + (1...3).flatMap { m in
          [
            "Invoice,2025-0\(m)-01,A-\(m),Acme,Platform subscription,40000 Subscription Revenue,1000.00",
            "Invoice,2025-0\(m)-01,A-\(m),Acme,Analytics add-on,40000 Subscription Revenue,500.00",
            "Invoice,2025-0\(m)-01,A-\(m),Acme,AVATAX,22000 Sales Tax Payable,150.00",
            "Invoice,2025-0\(m)-01,B-\(m),Bolt,Platform subscription,40000 Subscription Revenue,900.00",
            "Invoice,2025-0\(m)-01,B-\(m),Bolt,CA BOE,22000 Sales Tax Payable,90.00",
          ]
        }).joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 2_880_000)
    #expect(c.log.files[0].skipped[.taxLine] == 6)
  }

  /// Twin: an item naming no tax on a revenue account is revenue (`AVATAX` is an item's code,
  /// not a tax, on `40000 Subscription Revenue`). By hand: Acme 1,000 + 150 a month, $13,800.
  @Test func aTaxLikeItemOnARevenueAccountIsRevenue() throws {
    let c = try importLedger(
      (["Type,Date,Document Number,Customer,Item,Account,Amount"]
        + (1...3).flatMap { m in
          [
            "Invoice,2025-0\(m)-01,A-\(m),Acme,Platform subscription,40000 Subscription Revenue,1000.00",
            "Invoice,2025-0\(m)-01,A-\(m),Acme,AVATAX,40000 Subscription Revenue,150.00",
          ]
        }).joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_380_000)
    #expect(c.log.files[0].skipped[.taxLine] == nil)
  }

  /// W-10: a German export's `Artikel` column is read as the item: its `MwSt 19%` line is tax
  /// and its gross row, labelled `Gesamtbetrag`, the invoice's summary. By hand: Acme 1,500 a
  /// month, €18,000.
  @Test func aGermanArtikelColumnIsTheItem() throws {
    let c = try importLedger(
      (["Rechnungsnummer;Rechnungsdatum;Kunde;Artikel;Betrag"]
        + (1...3).flatMap { m in
          [
            "RE-\(m);01.0\(m).2025;Acme;Platform subscription;1.000,00",
            "RE-\(m);01.0\(m).2025;Acme;Analytics add-on;500,00",
            "RE-\(m);01.0\(m).2025;Acme;MwSt 19%;285,00",
            "RE-\(m);01.0\(m).2025;Acme;Gesamtbetrag;1.785,00",
          ]
        }).joined(separator: "\n"))
    #expect(LedgerReviewFortyTwoTests.asOfARR(c) == 1_800_000)
    #expect(c.log.files[0].skipped[.taxLine] == 3)
    #expect(c.log.files[0].skipped[.documentTotal] == 3)
  }
}
