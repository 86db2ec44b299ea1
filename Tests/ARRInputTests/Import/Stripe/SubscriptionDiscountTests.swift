import ARRCore
import Testing

@testable import ARRInput

/// A subscriptions table with a discount column beside its price (`docs/import.md`,
/// "Subscriptions table"). The rows are from a public file, krithesh19/saas-revenue-platform's
/// `data/raw/subscriptions.csv`, whose invoices bill 92.10 − 20% = 73.68 a month for the first
/// row: the price column holds list prices. Read as written, its ARR was 4.3% high, silently
/// (the column was listed as ignored).
@Suite struct SubscriptionDiscountTests {
  func read(_ text: String, options: ImportOptions = ImportOptions()) throws -> ImportedCompany {
    try Importer.read(
      [Importer.SourceFile(name: "subscriptions.csv", bytes: Array(text.utf8))], options: options)
  }

  func account(_ c: ImportedCompany, _ id: String) -> (index: Int, account: ImportedAccount) {
    let a = c.accounts.firstIndex { $0.id == id }!
    return (a, c.accounts[a])
  }

  func asOfMRR(_ c: ImportedCompany, _ id: String) -> Int64 {
    c.mrr[c.cell(account(c, id).index, c.monthCount - 1)]
  }

  static let excerpt = """
    subscription_id,customer_id,plan_name,mrr,start_date,end_date,status,billing_cycle,upgraded,discount_pct
    SUB00001,CUST0001,Starter,92.1,2023-07-01,,Active,Annual,False,20
    SUB00002,CUST0002,Business,836.69,2024-11-18,,Active,Monthly,True,0
    SUB00007,CUST0007,Business,762.8,2024-08-11,2024-12-18,Churned,Monthly,False,20
    SUB00027,CUST0027,Enterprise,1948.48,2023-08-27,,Active,Annual,False,15
    """

  /// The as-of month is 2024-12 (SUB00007's end, 2024-12-18, after every start; it bills
  /// December, ending after the 1st). Each price less its discount, to the cent:
  /// CUST0001 92.10 × 0.80 = 73.68; CUST0002 836.69 (0%); CUST0007 762.80 × 0.80 = 610.24;
  /// CUST0027 1,948.48 × 0.85 = 1,656.208 → 1,656.21. As-of MRR 3,176.82; as written
  /// 92.10 + 836.69 + 762.80 + 1,948.48 = 3,640.07, so ARR is 12 × 463.25 = 5,559.00 higher.
  @Test func pricesAreReadLessTheirDiscountAndTheListPriceIsTheRange() throws {
    let c = try read(Self.excerpt)
    #expect(c.asOf == Month(year: 2024, month: 12))
    #expect(asOfMRR(c, "CUST0001") == 7_368)
    #expect(asOfMRR(c, "CUST0002") == 83_669)
    #expect(asOfMRR(c, "CUST0007") == 61_024)
    #expect(asOfMRR(c, "CUST0027") == 165_621)
    // The discounted reading is the low end of each discounted account's range, the prices as
    // written its high end; an account without a discount has no range.
    #expect(account(c, "CUST0001").account.ambiguousMRR?.low == 7_368)
    #expect(account(c, "CUST0001").account.ambiguousMRR?.high == 9_210)
    #expect(account(c, "CUST0027").account.ambiguousMRR?.high == 194_848)
    #expect(account(c, "CUST0002").account.ambiguousMRR == nil)
    // Rows read = used + skipped: 4 = 4 + 0; the column is read, not ignored.
    #expect(c.log.files[0].rowsRead == 4)
    #expect(c.log.files[0].rowsUsed == 4)
    #expect(!c.log.files[0].ignoredColumns.contains("discount_pct"))
    let finding = try #require(c.log.findings.first { $0.contains("discount_pct") })
    #expect(finding.contains("a discount on 3 of 4 rows (20% on line 2)"))
    #expect(finding.contains("MRR in 2024-12 is $3,176.82"))
    #expect(finding.contains("MRR is $3,640.07 and ARR $5,559.00 higher"))
    #expect(c.log.notes.contains { $0.contains("prices less the percent in \"discount_pct\"") })
  }

  /// `12.5%` is 12.5 percent: 100.00 → 87.50. A discount above 100 is a problem at its cell
  /// (line 3, column 4), never a negative price.
  @Test func percentSignsAndOutOfRangeDiscounts() throws {
    let good = """
      customer_id,start_date,mrr,discount_pct
      A,2024-01-01,100.00,12.5%
      """
    #expect(asOfMRR(try read(good), "A") == 8_750)
    let bad = good + "\nB,2024-01-01,100.00,150\n"
    let error = try #require(throws: ARRQualityError.self) { try read(bad) }
    #expect(error.problems.map(\.line) == [3])
    #expect(error.problems.map(\.column) == [4])
    #expect(
      error.problems[0].message.contains("discount \"150\" is not a percentage from 0 to 100"))
  }

  /// Discounts all at most 1% (0.2, 0.1) may be fractions written for percents: the finding
  /// says so. 100.00 × (1 − 0.2%) = 99.80.
  @Test func fractionLikeDiscountsAreNamed() throws {
    let text = """
      customer_id,start_date,mrr,discount_pct
      A,2024-01-01,100.00,0.2
      B,2024-01-01,100.00,0.1
      """
    let c = try read(text)
    #expect(asOfMRR(c, "A") == 9_980)
    #expect(c.log.findings.contains { $0.contains("every discount is at most 1%") })
  }

  /// Review 7, `dischostile.csv`: each cell that is no percent is a problem at its cell
  /// (column 5) whose message names what is wrong. Line 3 `100.01` and line 4 `-5` are out of
  /// range; line 5 `abc` and line 6 `$20` (an amount off, once read as 20%) are not percents;
  /// line 9 `0.333` is in range with three decimals (once "not a percentage from 0 to 100").
  /// `100`, `20 %`, ` 20` and line 7's `1,5` (1.5%: a comma followed by one digit is no
  /// thousands group, review 8) are read.
  @Test func aDiscountCellIsAPercentOrAProblemThatSaysWhy() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee,discount_pct
      A,2024-01-01,,100,100
      B,2024-01-01,,100,100.01
      C,2024-01-01,,100,-5
      D,2024-01-01,,100,abc
      E,2024-01-01,,100,$20
      F,2024-01-01,,100,"1,5"
      G,2024-01-01,,100,20 %
      H,2024-01-01,,100,0.333
      I,2024-01-01,,100, 20
      """
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(error.problems.map(\.line) == [3, 4, 5, 6, 9])
    #expect(error.problems.allSatisfy { $0.column == 5 })
    let messages = error.problems.map(\.message)
    #expect(messages[0].contains("\"100.01\" is not a percentage from 0 to 100"))
    #expect(messages[1].contains("\"-5\" is not a percentage from 0 to 100"))
    #expect(messages[3].contains("\"$20\" is not a percentage (expected e.g. 20 or 12.5"))
    #expect(messages[3].contains("an amount off, with a currency sign, is not read"))
    #expect(messages[4].contains("\"0.333\" has more than 2 decimals"))
    typealias Reader = SubscriptionTableReader
    #expect(Reader.discount("12.50", isDecimalComma: nil) == .success(1_250))
    #expect(Reader.discount("0.330", isDecimalComma: nil) == .success(33))
    #expect(Reader.discount(" 20 % ", isDecimalComma: nil) == .success(2_000))
    #expect(Reader.discount("1,5", isDecimalComma: true) == .success(150))
    // The other mark is decimal when one or two digits follow it (no thousands group has
    // fewer than 3): 1,5 → 1.5%, 12.5 beside a decimal comma → 12.5%; 1,000 and 1.000 beside
    // the other mark are a thousands group, no percent.
    #expect(Reader.discount("1,5", isDecimalComma: nil) == .success(150))
    #expect(Reader.discount("7,25%", isDecimalComma: false) == .success(725))
    #expect(Reader.discount("12.5", isDecimalComma: true) == .success(1_250))
    #expect(Reader.discount("1,000", isDecimalComma: false) == .failure(.notANumber))
    #expect(Reader.discount("1.000", isDecimalComma: true) == .failure(.notANumber))
    #expect(Reader.discount("1.5,2", isDecimalComma: false) == .failure(.notANumber))
    #expect(Reader.discount("0100", isDecimalComma: nil) == .success(10_000))
    #expect(Reader.discount("99999999999999999999", isDecimalComma: nil) == .failure(.outOfRange))
    #expect(Reader.discount("-0", isDecimalComma: nil) == .success(0))
    #expect(Reader.discount(".", isDecimalComma: nil) == .failure(.notANumber))
    #expect(Reader.discount("-", isDecimalComma: nil) == .failure(.notANumber))
  }

  /// Review 7, `dischostile2.csv`: a "$20" discount on a price of 50 was read as 20% (40.00
  /// a month, not 30.00), silently. It is now a problem, and `--lenient` skips the row.
  @Test func anAmountOffIsNoPercent() throws {
    let text = """
      customer_id,start_date,end_date,monthly_fee,discount_pct
      A,2024-01-01,,50,10
      B,2024-01-01,,50,$20
      """
    let error = try #require(throws: ARRQualityError.self) { try read(text) }
    #expect(error.problems.map(\.line) == [3])
    let c = try read(text, options: ImportOptions(isLenient: true))
    // A: 50.00 × 0.90 = 45.00; B skipped: rows read 2 = used 1 + skipped 1.
    #expect(c.accounts.map(\.id) == ["A"])
    #expect(asOfMRR(c, "A") == 4_500)
    #expect(c.log.files[0].rowsRead == 2)
    #expect(c.log.files[0].rowsUsed == 1)
  }
}
