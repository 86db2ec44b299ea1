import ARRQuality
import Testing

/// Done-when of issue #12: a cube of normalised MRR gives exactly the native folder's headline
/// ARR, bridge and trailing NDR/GRR, on generated companies written with messy formatting.
@Suite struct ImportEquivalenceTests {
  static func native(_ profile: GeneratorProfile, _ accounts: Int, _ months: Int, _ seed: UInt64)
    throws -> Company
  {
    let f = CompanyGenerator.files(
      GeneratorOptions(profile: profile, accounts: accounts, months: months, seed: seed))
    return try CompanyLoader.load(
      accountsCSV: f.accountsCSV, monthlyCSV: f.monthlyCSV, companyJSON: nil)
  }

  static let cases: [(GeneratorProfile, Int, Int, UInt64, Int)] = [
    (.enterpriseSaaS, 150, 24, 3, 0), (.plgSMB, 300, 24, 4, 1), (.aiHypergrowth, 200, 18, 5, 2),
    (.enterpriseSaaS, 120, 36, 6, 3), (.plgSMB, 200, 13, 7, 4),
  ]

  @Test(arguments: cases)
  func anMRRCubeGivesTheNativeFiguresExactly(
    profile: GeneratorProfile, accounts: Int, months: Int, seed: UInt64, style: Int
  ) throws {
    let native = try Self.native(profile, accounts, months, seed)
    let text = CubeFixture.cube(native, cells: native.revenue.mrr, style: style)
    let imported = try Importer.read(
      [Importer.SourceFile(name: "cube.csv", bytes: Array(text.utf8))])
    #expect(imported.log.files[0].values == .mrr, "\(imported.log.files[0].valuesReason)")
    let converted = try imported.company()
    let c = converted.company
    #expect(converted.log.tieOut.isBalanced)
    #expect(c.accounts.map(\.id) == native.accounts.map(\.id))
    #expect(c.revenue.mrr == native.revenue.mrr)
    #expect(ARRLadder.compute(c).headline == ARRLadder.compute(native).headline)
    #expect(Bridge.monthly(c) == Bridge.monthly(native))
    let t = TrailingRetention.compute(c)
    let u = TrailingRetention.compute(native)
    #expect(t.ndr == u.ndr)
    #expect(t.grr == u.grr)
    #expect(t.logoRetention == u.logoRetention)
    // Every row accounted for: accounts, two title lines, the totals row and the footnote.
    let s = try #require(c.dataQuality.imported)
    #expect(s.rowsUsed == native.accounts.count)
    #expect(s.rowsRead == s.rowsUsed + s.rowsSkipped)
    #expect(s.rowsSkipped == 4)
    #expect(c.accounts.map(\.contractType) == native.accounts.map(\.contractType))
    #expect(c.accounts.map(\.billingCadence) == native.accounts.map(\.billingCadence))
  }
}
