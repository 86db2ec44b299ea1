import ARRCore
import Testing

@testable import ARRInput

/// A customer list beside the revenue file names no shape of revenue: the import summary (the
/// report's "Imported from …" line, `validate`'s "imported (…)" and the JSON's `import.shape`)
/// said "a customer cube and a monthly table" of a monthly table and its customer list, since
/// the list is logged with the cube's shape code. Found by the tenth session's trial on
/// umarmk/financial-analyst-copilot's `customer_month_mrr.csv` and `customers.csv` (d990a3e,
/// 7c875bb; real headers, two customers).
@Suite struct CustomerListSummaryTests {
  static let monthly = """
    customer_id,month,mrr
    A-00bed1,2023-11,1159.0
    A-00bed1,2023-12,1159.0
    A-00cac8,2023-11,392.0
    A-00cac8,2023-12,753.0
    """
  static let customers = """
    customer_id,customer_name,industry,country,signup_date,initial_plan,is_active
    A-00cac8,Company_26,HealthTech,AU,2023-09-15,Enterprise,1
    A-00bed1,Company_306,Cybersecurity,US,2023-11-14,Basic,1
    """

  @Test func theListIsNotCountedAsACube() throws {
    let files = [
      Importer.SourceFile(name: "customer_month_mrr.csv", bytes: Array(Self.monthly.utf8)),
      Importer.SourceFile(name: "customers.csv", bytes: Array(Self.customers.utf8)),
    ]
    let imported = try Importer.read(files)
    let s = try #require(
      try imported.company(name: "x", currency: "USD").company.dataQuality.imported)
    #expect(s.shape == "monthly")
    #expect(s.values == "mrr")
    // Both files' rows are still counted: 4 + 2 read, all used.
    #expect(s.rowsRead == 6)
    #expect(s.rowsUsed == 6)
    // December MRR, by hand: 1,159.00 + 753.00 = 1,912.00.
    #expect(imported.mrrRow("A-00bed1") == [115_900, 115_900])
    #expect(imported.mrrRow("A-00cac8") == [39_200, 75_300])
  }
}
