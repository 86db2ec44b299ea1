import ARRQuality
import Testing

/// An MRR movements log generated from a company (one movement per customer and month whose
/// MRR changed, typed by the month-end bridge: the data room's `mrr-movements.csv`) gives back
/// the native company's months, headline ARR, bridge, trailing NDR and GRR and every account's
/// MRR month by month, with every row used and the log's own bridge tying out
/// (`docs/import.md`, "MRR movements log").
@Suite struct MovementsEquivalenceTests {
  @Test(arguments: LedgerEquivalenceTests.cases)
  func aMovementsLogGivesTheNativeFiguresExactly(
    profile: GeneratorProfile, accounts: Int, months: Int, seed: UInt64
  ) throws {
    let native = try ImportEquivalenceTests.native(profile, accounts, months, seed)
    let log = DataRoom.mrrMovements(
      LedgerEquivalenceTests.options(profile, accounts, months, seed))
    let imported = try Importer.read([Importer.SourceFile(name: "mrr-movements.csv", bytes: log)])
    #expect(imported.log.files[0].shape == .movements)
    #expect(!imported.log.findings.contains { $0.contains("does not tie out") })
    #expect(!imported.log.findings.contains { $0.contains("mid-life") })
    try LedgerEquivalenceTests.expectNativeFigures(imported.company(), native: native, idPrefix: "")
  }
}
