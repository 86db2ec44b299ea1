import ARRCore
import Testing

@testable import ARRInput

/// `--amounts cents` and amount headers naming cents mean the same for every shape
/// (``AmountCells``): a cube, a monthly table and a subscriptions table in cents used to read
/// 100 times too high with the option ignored (review 9, F9), and a monthly table headed
/// `MRR (cents)` read its header as `mrr` in major units.
@Suite struct AmountCellsTests {
  func read(_ name: String, _ text: String, options: ImportOptions = ImportOptions()) throws
    -> ImportedCompany
  {
    try Importer.read(
      [Importer.SourceFile(name: name, bytes: Array(text.utf8))], options: options)
  }

  /// The first account's MRR in the last month, in hundredths.
  func lastMRR(_ c: ImportedCompany) -> Int64 {
    c.mrr[c.monthCount - 1]
  }

  static let cube = "customer,2024-01,2024-02,2024-03\nAcme,4900,4900,9900\nBeta,1000,1000,0\n"
  static let monthly =
    "customer_id,month,mrr\nAcme,2024-01,4900\nAcme,2024-02,4900\nAcme,2024-03,9900\n"
    + "Beta,2024-01,1000\nBeta,2024-02,1000\n"
  static let subscriptions = "customer,start_date,end_date,mrr\nAcme,2024-01-01,,9900\n"

  @Test(arguments: [
    ("cube.csv", cube), ("monthly.csv", monthly), ("subscriptions.csv", subscriptions),
  ])
  func theOptionReadsEveryShapeInCents(file: String, text: String) throws {
    let units = try read(file, text)
    let cents = try read(file, text, options: ImportOptions(amounts: .cents))
    // 9900 cents is $99.00 (9,900 hundredths); read as units it is $9,900.00.
    #expect(lastMRR(units) == 990_000)
    #expect(lastMRR(cents) == 9_900)
    #expect(cents.log.notes.contains { $0.contains("smallest unit") && $0.contains("--amounts") })
    // Every amount read is counted in cents too: the tie-out still holds.
    let tie = try cents.checkedTieOut()
    let unitsTie = try units.checkedTieOut()
    #expect(tie.sourceCents * 100 == unitsTie.sourceCents)
  }

  @Test(arguments: ["mrr_cents", "MRR (cents)", "mrr in cents"])
  func aMonthlyTablesHeaderNamingCentsReadsMinorUnits(header: String) throws {
    let text = Self.monthly.replacingOccurrences(of: ",mrr\n", with: ",\(header)\n")
    let c = try read("monthly.csv", text)
    #expect(c.log.files[0].shape == .monthly)
    #expect(lastMRR(c) == 9_900)
    #expect(c.log.notes.contains { $0.contains("smallest unit") && $0.contains(header) })
    // `--amounts units` overrides the header, and says so.
    let units = try read("monthly.csv", text, options: ImportOptions(amounts: .units))
    #expect(lastMRR(units) == 990_000)
    #expect(units.log.notes.contains { $0.contains("names cents, but --amounts units") })
  }

  @Test func aSubscriptionsTablesPriceHeaderNamingCentsReadsMinorUnits() throws {
    let text = Self.subscriptions.replacingOccurrences(of: ",mrr\n", with: ",mrr_cents\n")
    let c = try read("subscriptions.csv", text)
    #expect(c.log.files[0].shape == .subscriptions)
    #expect(lastMRR(c) == 9_900)
  }

  /// In cents an amount is a whole number of them: `49.50` is a problem at its cell.
  @Test func aFractionOfACentIsAProblemAtItsCell() throws {
    let text = "customer_id,month,mrr\nAcme,2024-01,4900\nAcme,2024-02,49.50\n"
    #expect {
      _ = try read("monthly.csv", text, options: ImportOptions(amounts: .cents))
    } throws: { error in
      "\(error)".contains("monthly.csv:3:3")
        && "\(error)".contains("not a whole number of the currency's smallest unit")
        && "\(error)".contains("--amounts cents")
    }
  }

  /// The yen's smallest unit is the yen: `4900` in cents of JPY is ¥4,900.
  @Test func zeroDecimalCurrenciesKeepTheirUnit() throws {
    let c = try read(
      "cube.csv", Self.cube, options: ImportOptions(currency: "JPY", amounts: .cents))
    #expect(lastMRR(c) == 990_000)
  }
}
