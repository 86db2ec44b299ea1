import ARRQuality
import Testing

/// Done-when of issue #12: a ledger with service periods, generated from a company, gives
/// exactly the native folder's headline ARR, bridge and trailing NDR/GRR; the data room's
/// realistic ledger and Stripe pair import with every row accounted for and tie out.
@Suite struct LedgerEquivalenceTests {
  static let cases: [(GeneratorProfile, Int, Int, UInt64)] = [
    (.enterpriseSaaS, 150, 24, 3), (.plgSMB, 300, 24, 4), (.aiHypergrowth, 200, 18, 5),
    (.enterpriseSaaS, 120, 36, 6),
  ]

  static func options(_ p: GeneratorProfile, _ accounts: Int, _ months: Int, _ seed: UInt64)
    -> GeneratorOptions
  {
    GeneratorOptions(profile: p, accounts: accounts, months: months, seed: seed)
  }

  /// `converted` ties out and gives `native`'s months, headline ARR, bridge, trailing NDR and GRR
  /// and every account's MRR month by month (account ids are `idPrefix` + the native id; accounts
  /// that never paid have no lines), with every row used.
  static func expectNativeFigures(
    _ converted: ImportedCompany.Conversion, native: Company, idPrefix: String
  ) throws {
    let c = converted.company
    #expect(converted.log.tieOut.isBalanced)
    #expect(c.firstMonth == native.firstMonth)
    #expect(c.asOf == native.asOf)
    #expect(ARRLadder.compute(c).headline == ARRLadder.compute(native).headline)
    #expect(Bridge.monthly(c) == Bridge.monthly(native))
    let t = TrailingRetention.compute(c)
    let u = TrailingRetention.compute(native)
    #expect(t.ndr == u.ndr)
    #expect(t.grr == u.grr)
    let byID = Dictionary(
      uniqueKeysWithValues: native.accounts.enumerated().map { (idPrefix + $1.id, $0) })
    for (a, account) in c.accounts.enumerated() {
      let k = try #require(byID[account.id])
      for m in 0..<c.monthCount {
        #expect(
          c.revenue.mrr(account: a, month: m) == native.revenue.mrr(account: k, month: m),
          "\(account.id) month \(m)")
      }
    }
    let s = try #require(c.dataQuality.imported)
    #expect(s.rowsRead == s.rowsUsed + s.rowsSkipped)
    #expect(s.rowsSkipped == 0)
  }

  @Test(arguments: cases)
  func aLedgerWithServicePeriodsGivesTheNativeFiguresExactly(
    profile: GeneratorProfile, accounts: Int, months: Int, seed: UInt64
  ) throws {
    let native = try ImportEquivalenceTests.native(profile, accounts, months, seed)
    let ledger = DataRoom.ledger(Self.options(profile, accounts, months, seed), style: .exact)
    let imported = try Importer.read([Importer.SourceFile(name: "ledger.csv", bytes: ledger)])
    try Self.expectNativeFigures(imported.company(), native: native, idPrefix: "")
  }

  /// The same lines as Stripe's invoice line items export (ids `cus_…`, amounts in major units,
  /// exclusive period ends, `Invoice Created (UTC)` timestamps) give the same figures.
  @Test(arguments: cases)
  func stripeInvoiceLinesWithServicePeriodsGiveTheNativeFiguresExactly(
    profile: GeneratorProfile, accounts: Int, months: Int, seed: UInt64
  ) throws {
    let native = try ImportEquivalenceTests.native(profile, accounts, months, seed)
    let export = DataRoom.stripeInvoiceLines(
      Self.options(profile, accounts, months, seed), style: .exact)
    let imported = try Importer.read([
      Importer.SourceFile(name: "stripe-invoice-lines.csv", bytes: export)
    ])
    #expect(imported.log.files.first?.shape == .stripeInvoices)
    try Self.expectNativeFigures(imported.company(), native: native, idPrefix: "cus_")
  }

  @Test(arguments: cases)
  func theDataRoomSamplesImportWithEveryRowAccountedFor(
    profile: GeneratorProfile, accounts: Int, months: Int, seed: UInt64
  ) throws {
    let files = DataRoom.files(Self.options(profile, accounts, months, seed))
    func file(_ name: String) -> Importer.SourceFile {
      Importer.SourceFile(name: name, bytes: files.first { $0.name == name }!.bytes)
    }
    for set in [
      ["ledger.csv"], ["stripe-invoice-lines.csv"], ["stripe-subscriptions.csv"],
      ["stripe-subscriptions.csv", "stripe-invoice-lines.csv"], ["mrr-movements.csv"],
    ] {
      let imported = try Importer.read(set.map(file))
      for (f, name) in zip(imported.log.files, set) {
        let lines = String(decoding: file(name).bytes, as: UTF8.self).split(separator: "\n").count
        // Every line but the header is a row read; every row read is used or skipped.
        #expect(f.rowsRead == lines - 1, "\(name)")
        #expect(f.rowsRead == f.rowsUsed + f.rowsSkipped, "\(name)")
      }
      let converted = try imported.company()
      #expect(converted.log.tieOut.isBalanced, "\(set)")
      #expect(converted.company.accounts.count > 0)
    }
  }
}
