import ARRCore
import Testing

@testable import ARRInput

/// One maker, ``AmountUnit/unitNote(file:unit:header:isMinorByHeader:isGiven:)``, writes the
/// `--amounts` notes of the ledger's and the Stripe subscriptions' readers (session 18, import4
/// lane: D7, the same six lines in two places); their words are unchanged.
@Suite struct AmountUnitNoteTests {
  func read(_ name: String, _ text: String, _ unit: AmountUnit) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))],
      options: ImportOptions(amounts: unit))
  }

  static let ledger = """
    customer_id,invoice_date,amount
    A,2025-01-05,500
    A,2025-02-05,500
    """
  static let stripe = """
    Customer ID,Status,Amount,Interval,Start Date (UTC),Current Period Start (UTC)
    cus_1,active,4900,month,2025-01-01 00:00,2025-02-01 00:00
    """

  @Test(arguments: [
    (
      AmountUnit.thousands,
      "amounts read in thousands (each × 1,000) because of --amounts thousands"
    ),
    (
      .cents,
      "amounts read in the currency's smallest unit (cents; yen for JPY) because of --amounts "
        + "cents"
    ),
  ])
  func bothReadersWriteTheSameNote(unit: AmountUnit, words: String) throws {
    let ledger = try read("l.csv", Self.ledger, unit)
    let stripe = try read("s.csv", Self.stripe, unit)
    #expect(stripe.log.files[0].shape == .stripeSubscriptions)
    #expect(ledger.log.notes.contains("l.csv: " + words))
    #expect(stripe.log.notes.contains("s.csv: " + words))
  }

  @Test func aHeaderNamingCentsIsSaid() {
    #expect(
      AmountUnit.unitNote(
        file: "f.csv", unit: .cents, header: "amount_cents", isMinorByHeader: true,
        isGiven: false)
        == "f.csv: amounts read in the currency's smallest unit (cents; yen for JPY) because the "
        + "header \"amount_cents\" says so")
    #expect(
      AmountUnit.unitNote(
        file: "f.csv", unit: .units, header: "amount_cents", isMinorByHeader: true, isGiven: true)
        == "f.csv: the header \"amount_cents\" names cents, but --amounts units was given: read "
        + "as major units")
    #expect(
      AmountUnit.unitNote(
        file: "f.csv", unit: .units, header: "amount", isMinorByHeader: false, isGiven: true)
        == nil)
  }
}
