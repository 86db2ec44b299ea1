import ARRCore
import Testing

@testable import ARRInput

/// A cube whose file name says MRR, with a few negative cells (session 28, t28c lane; trial 28,
/// T28-6: roadmunk-jon/MRR-Analysis' real `mrr.csv`, 99 negative cells of about 431,000, was
/// read as billings, $10,225,360 for $10,387,608, and the report did not say why).
@Suite struct CubeMRRNameTests {
  static let text = """
    Customer,Jan-24,Feb-24,Mar-24
    Acme,100,100,100
    Beta,200,200,200
    Gamma,50,-20,50
    """

  /// Named `mrr.csv`: the cells are MRR. Under `--lenient` Gamma's −20 is set to 0 with a
  /// finding, as under `--values mrr`: March MRR 100 + 200 + 50 = 350, February 300.
  @Test func theNameSaysMRR() throws {
    let c = try importCube(Self.text, options: ImportOptions(isLenient: true), name: "mrr.csv")
    #expect(c.log.files[0].values == .mrr)
    #expect(
      c.log.files[0].valuesReason.hasSuffix(
        "; 1 negative cell (first on line 4, \"-20\") not taken for credit notes: the file name "
          + "\"mrr.csv\" names recurring revenue, not invoices"))
    #expect(c.mrrRow("Gamma") == [5_000, 0, 5_000])
    #expect(c.log.findings.contains { $0.contains("1 negative MRR cell set to zero") })
  }

  /// Without `--lenient` the negative cell is a problem naming it, as under `--values mrr`.
  @Test func aNegativeCellIsAProblem() throws {
    #expect(throws: ARRQualityError.self) {
      try importCube(Self.text, name: "mrr.csv")
    }
  }

  /// Named otherwise (`revenue.csv`), the negative cell is a credit note: billings, as before.
  @Test func anotherNameKeepsBillings() throws {
    let c = try importCube(Self.text, name: "revenue.csv")
    #expect(c.log.files[0].values == .billings)
  }
}
