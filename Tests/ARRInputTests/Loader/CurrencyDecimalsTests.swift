import ARRCore
import Testing

@testable import ARRInput

/// Amounts whose decimals the company's currency explains (docs/input.md, "Currencies of 3 or
/// 0 decimals"; session 20, wording lane; trial 18b, G7): a three-decimal currency's cause is
/// said once, up front; a credit month says where a credit goes; a fraction of a yen is kept
/// and said.
@Suite struct CurrencyDecimalsTests {
  static let kwdRows = csv(
    "account_id,month,mrr", "A1,2024-01,125.375", "A2,2024-01,125.375", "A1,2024-02,125.375",
    "A2,2024-02,125.50")
  static let cells = [
    "monthly.csv:2:3: mrr \"125.375\" has more than 2 decimals (expected e.g. 1234.50)",
    "monthly.csv:3:3: mrr \"125.375\" has more than 2 decimals (expected e.g. 1234.50)",
    "monthly.csv:4:3: mrr \"125.375\" has more than 2 decimals (expected e.g. 1234.50)",
  ]

  static func error(_ monthly: [UInt8], json: String?, options: LoadOptions = LoadOptions())
    -> ARRQualityError?
  {
    do {
      _ = try load(monthly: monthly, json: json, options: options)
      return nil
    } catch {
      return error
    }
  }

  /// Three cells of 125.375 KWD: one sentence names the currency, its fils and both ways out,
  /// ahead of the three cell problems, which read as before.
  @Test func aThreeDecimalCurrencySaysItsCauseOnce() throws {
    let e = try #require(Self.error(Self.kwdRows, json: #"{"currency": "KWD"}"#))
    #expect(
      e.message
        == "3 problems in the input. KWD (company.json's currency) has 3 decimals (fils), but "
        + "amounts are kept to 2 (cents): 3 amounts have 3, listed below. Round each to 2 "
        + "decimals (a change of at most 0.005 KWD), or convert the amounts to another currency "
        + "and name it in company.json")
    #expect(e.problems.map(\.description) == Self.cells)
    #expect(e.problemCount == 3)
  }

  @Test func aCurrencyGivenOnTheCommandLineIsNamedSo() throws {
    var options = LoadOptions()
    options.currency = "OMR"
    let e = try #require(Self.error(Self.kwdRows, json: nil, options: options))
    #expect(
      e.message.hasPrefix("3 problems in the input. OMR (--currency) has 3 decimals (baisa), "))
    #expect(e.message.hasSuffix("to another currency and name it with --currency"))
  }

  /// In a two-decimal currency the cells speak for themselves.
  @Test(arguments: [nil, #"{"currency": "USD"}"#])
  func aTwoDecimalCurrencyAddsNoCause(json: String?) throws {
    let e = try #require(Self.error(Self.kwdRows, json: json))
    #expect(e.message == "3 problems in the input")
    #expect(e.problems.map(\.description) == Self.cells)
  }

  /// KWD amounts given to 2 decimals load: 125.50 KWD is 12,550 hundredths.
  @Test func aThreeDecimalCurrencyRoundedToTwoLoads() throws {
    let c = try load(
      monthly: csv("account_id,month,mrr", "A1,2024-01,125.50", "A2,2024-01,10"),
      json: #"{"currency": "KWD"}"#)
    #expect(c.revenue.mrr == [12_550, 1_000])
    #expect(c.profile.currency == "KWD")
    #expect(!c.dataQuality.notes.contains { $0.contains("decimals") })
  }

  /// Lenient: the skipped rows are listed as before, and the cause is a note.
  @Test func lenientSkipsTheRowsAndSaysWhy() throws {
    let c = try load(
      monthly: Self.kwdRows, json: #"{"currency": "KWD"}"#,
      options: LoadOptions(isLenient: true))
    #expect(c.dataQuality.skippedCount == 3)
    #expect(
      c.dataQuality.notes.contains(
        "KWD (company.json's currency) has 3 decimals (fils), but amounts are kept to 2 "
          + "(cents): 3 amounts have 3, their rows skipped. Round each to 2 decimals (a change "
          + "of at most 0.005 KWD), or convert the amounts to another currency and name it in "
          + "company.json"))
  }

  /// A credit month says where a credit goes; amounts that are not revenue by month do not.
  @Test func aNegativeAmountSaysWhereACreditGoes() {
    let found = problems(
      accounts: csv(
        "account_id,contract_type,billing_cadence,start_date,committed_mrr",
        "A1,annual,annual,2024-01-15,-1", "A2,monthly,monthly,2024-02-01,"),
      monthly: csv("account_id,month,mrr,one_time", "A2,2024-02,-200.00,-5"))
    #expect(
      found == [
        "accounts.csv:2:5: committed_mrr \"-1\" must not be negative (expected e.g. 1234.50)",
        "monthly.csv:2:3: mrr \"-200.00\" must not be negative (expected e.g. 1234.50; a credit "
          + "or refund is not recurring revenue: net it into the month's mrr (not below 0), or "
          + "leave it out)",
        "monthly.csv:2:4: one_time \"-5\" must not be negative (expected e.g. 1234.50; a refunded "
          + "fee: net it into the month's one_time (not below 0), or leave it out)",
      ])
  }

  /// A fraction of a yen is kept to the hundredth (¥150,000.50 is 15,000,050 hundredths) and
  /// said once; whole yen say nothing.
  @Test func aFractionOfAYenIsKeptAndSaid() throws {
    let c = try load(
      monthly: csv(
        "account_id,month,mrr", "A1,2024-01,150000.50", "A2,2024-01,833.33", "A1,2024-02,150000"),
      json: #"{"currency": "JPY"}"#)
    #expect(c.revenue.mrr == [15_000_050, 15_000_000, 83_333, 0])
    #expect(
      c.dataQuality.notes.contains(
        "monthly.csv: 2 mrr amounts have a fraction of a unit (e.g. 150000.50), though JPY has "
          + "no decimals: kept as given (a monthly figure may carry one: 10000 a year is 833.33 "
          + "a month); the report and its data files print whole JPY"))
    let whole = try load(
      monthly: csv("account_id,month,mrr", "A1,2024-01,150000", "A2,2024-01,833"),
      json: #"{"currency": "JPY"}"#)
    #expect(!whole.dataQuality.notes.contains { $0.contains("fraction") })
  }
}
