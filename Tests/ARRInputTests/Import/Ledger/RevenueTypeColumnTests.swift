import ARRCore
import Testing

@testable import ARRInput

/// A column naming the revenue's kind (`revenue_type`, `revenue category`, `line type`) types
/// the ledger's lines; services, implementation and set-up lines are one-time (trial 34, T34-1:
/// ignored, an ERP export's implementation fee was a month of MRR and its services retainer
/// recurring: headline $564,000 for $168,000).
@Suite struct RevenueTypeColumnTests {
  /// By hand at 2024-03: A's subscription 5,000 and B's usage 2,000 a month are MRR; A's
  /// 20,000 implementation fee (March) and C's 8,000 of professional services every month
  /// are one-time: MRR 7,000, one-time 20,000 + 3 × 8,000 = 44,000.
  @Test(arguments: ["revenue_type", "Revenue Category", "line type"])
  func servicesAndFeesAreNotMRR(typeHeader: String) throws {
    let text = """
      invoice_id,customer_id,invoice_date,description,\(typeHeader),amount
      1,A,2024-01-01,Invoice 2024-01,recurring,5000.00
      2,B,2024-01-01,Invoice 2024-01,usage,2000.00
      3,C,2024-01-01,Invoice 2024-01,professional services,8000.00
      4,A,2024-02-01,Invoice 2024-02,recurring,5000.00
      5,B,2024-02-01,Invoice 2024-02,usage,2000.00
      6,C,2024-02-01,Invoice 2024-02,professional services,8000.00
      7,A,2024-03-01,Invoice 2024-03,recurring,5000.00
      8,A,2024-03-01,Invoice 2024-03,Implementation,20000.00
      9,B,2024-03-01,Invoice 2024-03,usage,2000.00
      10,C,2024-03-01,Invoice 2024-03,professional services,8000.00
      """
    let c = try Importer.read([Importer.SourceFile(name: "ledger.csv", bytes: Array(text.utf8))])
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.mrrRow("A") == [500_000, 500_000, 500_000])
    #expect(c.mrrRow("B") == [200_000, 200_000, 200_000])
    #expect(c.mrrRow("C").allSatisfy { $0 == 0 })
    #expect(c.oneTime.reduce(0, +) == 4_400_000)
    #expect(!(c.log.notes + c.log.findings).contains { $0.contains("not recognised") })
  }

  /// A type the import does not read is a finding with its lines and amount: 2 lines of a
  /// "retainer", $3,000.00 in all (A's subscription read as usual).
  @Test func anUnreadTypeIsAFindingWithItsStakes() throws {
    let text = """
      customer_id,invoice_date,revenue_type,amount,currency
      A,2024-01-01,recurring,1000.00,USD
      B,2024-01-01,retainer,1500.00,USD
      A,2024-02-01,recurring,1000.00,USD
      B,2024-02-01,retainer,1500.00,USD
      """
    let c = try Importer.read([Importer.SourceFile(name: "ledger.csv", bytes: Array(text.utf8))])
    let finding = try #require(c.log.findings.first { $0.contains("not recognised") })
    #expect(finding.contains("\"retainer\" (2 lines, $3,000.00 in all)"))
  }

  /// A plain `Type` of document kinds beside `Revenue Type`: the revenue type types the lines.
  /// By hand at 2024-02: A's subscription 5,000 a month is MRR; B's 12,000 of services are
  /// one-time; the credit memo of −1,000 (negative, known by its sign) nets A's February:
  /// MRR 4,000, one-time 12,000.
  @Test func aRevenueTypeBesideDocumentKindsTypesTheLines() throws {
    let text = """
      customer_id,invoice_date,Type,Revenue Type,amount
      A,2024-01-01,Invoice,Subscription,5000.00
      B,2024-01-01,Invoice,Professional Services,12000.00
      A,2024-02-01,Invoice,Subscription,5000.00
      A,2024-02-15,Credit Memo,Subscription,-1000.00
      """
    let c = try Importer.read([Importer.SourceFile(name: "ledger.csv", bytes: Array(text.utf8))])
    #expect(c.mrrRow("A") == [500_000, 400_000])
    #expect(c.mrrRow("B").allSatisfy { $0 == 0 })
    #expect(c.oneTime.reduce(0, +) == 1_200_000)
  }

  /// Past ten unread types the rest are counted, and every line is in the stakes: 12 types
  /// of one line of 10.00 each: ten named, "and 2 other types", 12 lines, $120.00.
  @Test func typesPastTenAreCounted() throws {
    var text = "customer_id,invoice_date,revenue_type,amount,currency\n"
    for k in 0..<12 { text += "A,2024-01-01,kind\(k),10.00,USD\n" }
    let c = try Importer.read([Importer.SourceFile(name: "ledger.csv", bytes: Array(text.utf8))])
    let finding = try #require(c.log.findings.first { $0.contains("not recognised") })
    #expect(finding.contains(" and 2 other types (12 lines, $120.00 in all)"))
  }

  /// A bare `service` (QuickBooks' product type of most subscriptions) types nothing; the words
  /// of each kind read as that kind.
  @Test(arguments: [
    ("service", nil), ("Professional Services", LedgerEntry.Kind.oneTime), ("Set-up fee", .oneTime),
    ("License", nil), ("Maintenance", .recurring), ("Support", .recurring),
    ("Platform fee", .recurring), ("Overage", .usage),
    ("pay-as-you-go", .usage), ("add_on", .oneTime), ("progressive_billing", .usage),
    // One list with descriptions and CRM deals (``ServicesWords``; review 34, items 8 and 10):
    // a bare `services` types nothing, as `service`; `hardware` is a sale.
    ("Services", nil), ("Hardware", .oneTime), ("Consulting fee", .oneTime),
    ("Training fee", .oneTime), ("Installation", .oneTime), ("Professional service", .oneTime),
  ])
  func wordsOfEachKind(text: String, kind: LedgerEntry.Kind?) {
    #expect(LedgerReader.kind(text, dialect: .ledger) == kind)
  }

  /// Review 34, item 8: small-business books type all their revenue `Services`. S pays 2,000.00
  /// a month typed Services for 12 months of 2024, P 1,000.00 typed Subscription. By hand, as
  /// of 2024-12: S's rhythm is monthly, recurring; headline (2,000 + 1,000) × 12 = 36,000.00,
  /// nothing one-time. Before: S one-time, headline 12,000.00.
  @Test func servicesAloneTypesNothing() throws {
    var text = "customer_id,invoice_date,revenue_type,amount,currency\n"
    for m in 1...12 {
      let d = "2024-\(m < 10 ? "0" : "")\(m)-01"
      text += "S,\(d),Services,2000.00,USD\nP,\(d),Subscription,1000.00,USD\n"
    }
    let c = try Importer.read([Importer.SourceFile(name: "ledger.csv", bytes: Array(text.utf8))])
    #expect(c.mrrRow("S").allSatisfy { $0 == 200_000 })
    #expect(c.oneTime.reduce(0, +) == 0)
    let headline = ["S", "P"].map { c.mrrRow($0).last ?? 0 }.reduce(0, +) * 12
    #expect(headline == 3_600_000)
  }

  /// Review 34, item 10: descriptions read the same services words as types: "Installation -
  /// site 2" and "Professional service hours" are one-time (before: neither was).
  @Test(arguments: [
    ("Installation - site 2", true), ("Professional service hours", true),
    ("Implementation fee", true), ("Pro plan", false),
  ])
  func descriptionsReadTheSameWords(description: String, isOneTime: Bool) {
    let e = LedgerEntry(
      account: 0, line: 2, date: CivilDate(year: 2024, month: 1, day: 1)!, period: nil,
      kind: nil, description: description, amount: 100, isProration: false)
    #expect(LedgerImporter.isOneTimeText(e) == isOneTime)
  }
}
