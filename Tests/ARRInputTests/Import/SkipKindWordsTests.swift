import ARRCore
import Testing

@testable import ARRInput

/// `import.md` counts each file's skipped lines by kind in words (`docs/import.md`, "Every row
/// accounted for"): two lost deals are "2 deals not won", not "2 deal not wons" (session 18,
/// import4 lane).
@Suite struct SkipKindWordsTests {
  @Test func pluralsAreWords() {
    #expect(ImportLog.SkipKind.notWon.plural == "deals not won")
    #expect(ImportLog.SkipKind.testTransaction.plural == "test transactions")
    #expect(ImportLog.SkipKind.voidOrDraft.plural == "void or draft invoices")
  }

  /// One won deal and two lost ones: "skipped: 2 deals not won".
  @Test func importMarkdownCountsDealsNotWon() throws {
    let text = """
      customer_id,dealstage,start_date,mrr
      acme,closedwon,2024-01-01,1000
      beta,closedlost,2024-01-01,2000
      gamma,closedlost,2024-01-01,3000
      """
    let c = try Importer.read([Importer.SourceFile(name: "deals.csv", bytes: Array(text.utf8))])
    let conversion = try c.company()
    let markdown = conversion.log.markdown(company: conversion.company)
    #expect(markdown.contains("skipped: 2 deals not won;"))
  }
}
