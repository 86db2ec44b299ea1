import ARRCore
import Testing

@testable import ARRInput

/// Builds company bytes from lines.
func csv(_ lines: String...) -> [UInt8] { Array(lines.joined(separator: "\n").utf8) + [10] }

let basicAccounts = csv(
  "account_id,contract_type,billing_cadence,start_date",
  "A1,annual,annual,2024-01-15",
  "A2,monthly,monthly,2024-02-01")

func load(
  accounts: [UInt8] = basicAccounts, monthly: [UInt8], json: String? = nil,
  options: LoadOptions = LoadOptions(), tuning: LoadTuning = LoadTuning()
) throws(ARRQualityError) -> Company {
  try CompanyLoader.load(
    accountsCSV: accounts, monthlyCSV: monthly, companyJSON: json.map { Array($0.utf8) },
    options: options, tuning: tuning)
}

func problems(
  accounts: [UInt8] = basicAccounts, monthly: [UInt8], json: String? = nil,
  options: LoadOptions = LoadOptions()
) -> [String] {
  do {
    _ = try load(accounts: accounts, monthly: monthly, json: json, options: options)
    return []
  } catch {
    return error.problems.map(\.description)
  }
}

@Suite struct CompanyLoaderTests {
  @Test func fillsTheMatrixInAccountsOrder() throws {
    let c = try load(
      monthly: csv(
        "account_id,month,mrr,one_time,usage",
        "A2,2024-03,50,10.5,7",
        "A1,2024-02,\"1,000.00\",,3",
        "A1,2024-03,1000,,"))
    #expect(c.accounts.map(\.id) == ["A1", "A2"])
    #expect(c.firstMonth == Month(year: 2024, month: 2))
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.revenue.mrr == [100_000, 100_000, 0, 5_000])
    #expect(c.revenue.usage == [3, 0, 0, 7])
    #expect(c.revenue.oneTimeByMonth == [0, 1_050])
    #expect(c.dataQuality.files.map(\.rowsRead) == [2, 3])
    #expect(c.dataQuality.files.map(\.rowsAccepted) == [2, 3])
    #expect(c.dataQuality.notes.isEmpty)
    #expect(c.accountColumns.isEmpty)
  }

  @Test func headerIsCaseInsensitiveInAnyOrderWithExtraColumnsListed() throws {
    let c = try load(
      accounts: csv(
        " Start_Date ,NOTES,account_id,Contract_Type,billing_cadence,Segment",
        "2024-01-01,hello,A1,ANNUAL,Annual,enterprise"),
      monthly: csv("MRR,Month,Extra,Account_ID", "12.5,2024-01,x,A1"))
    #expect(c.accounts[0].segment == "enterprise")
    #expect(c.accounts[0].contractType == .annual)
    #expect(c.accountColumns == [.segment])
    #expect(c.dataQuality.files[0].ignoredColumns == ["NOTES"])
    #expect(c.dataQuality.files[1].ignoredColumns == ["Extra"])
    #expect(c.revenue.mrr == [1_250])
    #expect(c.revenue.usage == nil)
    // An extra monthly.csv column that is text stays ignored, and a note says why.
    #expect(
      c.dataQuality.notes == [
        "usage column absent", "one_time column absent",
        "monthly.csv column Extra is not numeric (0 of 1 non-empty cells are numbers; at least "
          + "95% needed) and stays ignored",
      ])
    #expect(c.activityColumns.isEmpty)
  }

  @Test func readsEveryOptionalAccountColumn() throws {
    let c = try load(
      accounts: csv(
        "account_id,name,segment,contract_type,billing_cadence,start_date,contract_end_date,"
          + "trial_status,trial_end_date,cancel_date,seats_purchased,seats_active,integrations,"
          + "committed_mrr,past_due",
        "A1,\"Acme, Inc.\",smb,usage,in_arrears,2024-01-01,2025-01-01,converted,2024-01-14,"
          + "2025-06-30,10,\"1,200\",3,$250.00,Yes",
        "A2,,,pilot,upfront,2024-01-01,,,,,,,,,"),
      monthly: csv("account_id,month,mrr", "A1,2024-01,1"))
    let a = c.accounts[0]
    #expect(a.name == "Acme, Inc.")
    #expect(a.contractType == .usage && a.billingCadence == .inArrears)
    #expect(a.contractEndDate == CivilDate(year: 2025, month: 1, day: 1))
    #expect(a.trialStatus == .converted)
    #expect(a.trialEndDate == CivilDate(year: 2024, month: 1, day: 14))
    #expect(a.cancelDate == CivilDate(year: 2025, month: 6, day: 30))
    #expect(a.seatsPurchased == 10 && a.seatsActive == 1_200 && a.integrations == 3)
    #expect(a.committedMRR == 25_000 && a.isPastDue == true)
    let b = c.accounts[1]
    #expect(b.name == nil && b.segment == nil && b.trialStatus == TrialStatus.none)
    #expect(b.seatsActive == nil && b.committedMRR == nil && b.isPastDue == nil)
    #expect(c.accountColumns == Set(AccountColumn.allCases))
  }

  @Test func strictModeListsEveryProblemWithFileLineAndColumn() {
    let found = problems(
      monthly: csv(
        "account_id,month,mrr", "A1,2024-01,twenty", "A9,2024-13,1.234", "A2,2024-01,-5",
        "A1,2024-01,1", "A1,2024-02,1", "A1,2024-02,2", "A2,2024-03"))
    #expect(
      found == [
        "monthly.csv:2:3: mrr \"twenty\" is not an amount (expected e.g. 1234.50)",
        "monthly.csv:3:1: account_id \"A9\" is not in accounts.csv",
        "monthly.csv:3:2: month \"2024-13\" is not a month (expected YYYY-MM, e.g. 2025-03, a "
          + "year from 1900 to 2999)",
        "monthly.csv:3:3: mrr \"1.234\" has more than 2 decimals (expected e.g. 1234.50)",
        "monthly.csv:4:3: mrr \"-5\" must not be negative (expected e.g. 1234.50; a credit or "
          + "refund is not recurring revenue: net it into the month's mrr (not below 0), or leave "
          + "it out)",
        "monthly.csv:7:2: duplicate row for account_id \"A1\" and month 2024-02 (first on line 6)",
        "monthly.csv:8: expected 3 fields as in the header, found 2",
      ])
  }

  @Test func aMistypedYearIsReportedAtItsCell() {
    let found = problems(
      monthly: csv("account_id,month,mrr", "A1,0024-01,1", "A1,2024-02,1", "A2,2024-02,1"))
    #expect(
      found == [
        "monthly.csv:2:2: month \"0024-01\" is not a month (expected YYYY-MM, e.g. 2025-03, a "
          + "year from 1900 to 2999)"
      ])
  }

  @Test func aSpanOverSixHundredMonthsIsADataErrorNotAHugeAllocation() {
    let found = problems(
      monthly: csv("account_id,month,mrr", "A1,1924-01,1", "A1,2024-02,1", "A2,2024-02,1"))
    #expect(
      found == [
        "monthly.csv: months 1924-01 to 2024-02 span 1202 months (expected at most 600; is a "
          + "year mistyped?)"
      ])
  }

  @Test func errorCarriesStatusMessageAndCount() {
    #expect(throws: ARRQualityError.self) {
      try load(monthly: csv("account_id,month,mrr", "A1,x,1"))
    }
    do {
      _ = try load(monthly: csv("account_id,month,mrr", "A1,x,1", "A1,y,1"))
    } catch {
      #expect(error.kind == .invalidData)
      #expect(error.message == "2 problems in the input")
      #expect(error.problemCount == 2)
    }
  }

  @Test func keepsFiftyProblemsButCountsAll() {
    let rows = (1...120).map { "A1,2024-01,bad\($0)" }
    do {
      _ = try load(monthly: Array((["account_id,month,mrr"] + rows).joined(separator: "\n").utf8))
      Issue.record("expected an error")
    } catch {
      #expect(error.problems.count == 50)
      #expect(error.problemCount == 120)
      #expect(error.problems.last?.line == 51)
    }
  }

  @Test func accountProblems() {
    let found = problems(
      accounts: csv(
        "account_id,contract_type,billing_cadence,start_date,seats_active,past_due",
        "A1,annual,annual,2024-01-15,,",
        "A1,yearly,weekly,2024-02-30,-3,maybe",
        ",annual,annual,,x,",
        "A1,annual,annual,2024-01-15,,"),
      monthly: csv("account_id,month,mrr", "A1,2024-01,1"))
    #expect(
      found == [
        "accounts.csv:3:2: contract_type \"yearly\" is not one of the allowed values (expected one of multi_year, annual, monthly, usage, pilot, unknown)",
        "accounts.csv:3:3: billing_cadence \"weekly\" is not one of the allowed values (expected one of upfront, annual, semiannual, quarterly, monthly, in_arrears, unknown)",
        "accounts.csv:3:4: start_date \"2024-02-30\" is not a date (expected YYYY-MM-DD, e.g. 2025-03-01)",
        "accounts.csv:3:5: seats_active \"-3\" must not be negative (expected e.g. 12)",
        "accounts.csv:3:6: past_due \"maybe\" is not true or false (expected true, false, 1, 0, yes or no)",
        "accounts.csv:4:1: account_id is empty (expected a unique id)",
        "accounts.csv:4:5: seats_active \"x\" is not a whole number (expected e.g. 12)",
        "accounts.csv:5:1: duplicate account_id \"A1\" (first on line 2)",
      ])
  }

  /// The two export mistakes that break a file's shape get a hint: an unquoted comma inside a
  /// value (extra fields), and a header separated by something other than commas.
  @Test func exportMistakesAreExplained() {
    #expect(
      problems(monthly: csv("account_id,month,mrr", "A1,2024-01,10,000"))
        == [
          "monthly.csv:2: expected 3 fields as in the header, found 4 (a value with a comma, such as an amount written 10,000, must be quoted: \"10,000\")"
        ])
    #expect(
      problems(monthly: csv("account_id;month;mrr", "A1;2024-01;10"))
        == [
          "monthly.csv:1: missing required columns account_id, month, mrr (found: account_id;month;mrr); the header looks separated by ';': the files must be comma-separated"
        ])
    #expect(
      problems(monthly: csv("account_id\tmonth\tmrr", "A1\t2024-01\t10")).first?.hasSuffix(
        "the header looks separated by tabs: the files must be comma-separated") == true)
  }

  @Test func structuralProblems() {
    #expect(
      problems(
        accounts: csv("name,segment", "x,smb"),
        monthly: csv("account_id,month,mrr", "A1,2024-01,1"))
        == [
          "accounts.csv:1: missing required column account_id (found: name, segment)"
        ])
    #expect(
      problems(accounts: [], monthly: csv("account_id,mrr"))
        == [
          "accounts.csv: empty file (expected a header row)",
          "monthly.csv:1: missing required column month (found: account_id, mrr)",
        ])
    #expect(
      problems(
        accounts: csv("account_id,contract_type,billing_cadence,start_date"),
        monthly: csv("account_id,month,mrr"))
        == ["accounts.csv: no data rows (expected one row per account)"])
    #expect(
      problems(monthly: csv("account_id,month,mrr,MRR", "A1,2024-01,1,1"))
        == ["monthly.csv:1:4: duplicate column \"MRR\""])
    #expect(
      problems(monthly: Array("account_id,month,mrr\nA1,2024-01,\"12".utf8))
        == ["monthly.csv:2:3: unterminated quoted field (no closing \")"])
  }

  @Test func companyJSONProblems() {
    let monthly = csv("account_id,month,mrr", "A1,2024-01,1")
    #expect(
      problems(monthly: monthly, json: "{\n  \"name\": 3,\n  \"color\": \"red\"\n}")
        == [
          "company.json:2:11: name: expected a string, found the number 3",
          "company.json:3:3: unknown key \"color\" (expected one of: name, currency, as_of, reported_arr, gross_margin, discount_rate, cac)",
        ])
    #expect(
      problems(monthly: monthly, json: "{\n  \"name\": }").first?.hasPrefix(
        "company.json:2:11: not valid JSON") == true)
    #expect(
      problems(
        monthly: monthly,
        json:
          #"{"currency":"usd","as_of":"2024-1","gross_margin":1.5,"discount_rate":"0.1","reported_arr":-5,"cac":true}"#
      )
        == [
          "company.json:1:13: currency: expected a currency code of 3 capital letters, e.g. \"USD\", found the string \"usd\"",
          "company.json:1:27: as_of: expected a month \"YYYY-MM\", e.g. \"2025-03\", found the string \"2024-1\"",
          "company.json:1:51: gross_margin: expected a number from 0 to 1, found 1.5 (out of range)",
          "company.json:1:71: discount_rate: expected a number from 0 to 1, found the string \"0.1\"",
          "company.json:1:92: reported_arr \"-5\" must not be negative (expected e.g. 1234.50)",
          "company.json:1:101: cac: expected an amount, e.g. 1234.50 or \"$1,234.50\", or an object of amounts by segment, e.g. {\"smb\": 300}, found true",
        ])
    #expect(
      problems(monthly: monthly, json: "[]") == [
        "company.json:1:1: the top level is an array (expected an object with keys among: name, currency, as_of, reported_arr, gross_margin, discount_rate, cac)"
      ])
    // A repeated key is an error (it used to be last-wins), at the repeat.
    #expect(
      problems(monthly: monthly, json: "{\"name\": \"A\",\n \"name\": \"B\"}") == [
        "company.json:2:2: duplicate key \"name\" (first on line 1; a key may appear once)"
      ])
  }

  @Test func readsCompanyJSON() throws {
    let c = try load(
      monthly: csv("account_id,month,mrr", "A1,2024-01,1", "A1,2024-03,1"),
      json:
        #"{"name":"Acme","currency":"EUR","as_of":"2024-03","reported_arr":"$1,200,000","gross_margin":0.8,"discount_rate":0.1,"cac":1500.5}"#
    )
    #expect(
      c.profile
        == CompanyProfile(
          name: "Acme", currency: "EUR", asOf: Month(year: 2024, month: 3),
          reportedARR: 120_000_000, grossMargin: 0.8, discountRate: 0.1, cac: 150_050))
    #expect(c.asOf == Month(year: 2024, month: 3))
    #expect(c.monthCount == 3)
  }

  /// `cac` may be an object of amounts by segment; each segment then has its own, and a
  /// segment not listed has none. A bad amount names its segment.
  @Test func readsCACBySegment() throws {
    let monthly = csv("account_id,month,mrr", "A1,2024-01,1")
    let c = try load(monthly: monthly, json: #"{"cac":{"smb":"$300","enterprise":45000.5}}"#)
    #expect(c.profile.cac == nil)
    #expect(c.profile.cacBySegment == ["smb": 30_000, "enterprise": 4_500_050])
    #expect(c.profile.cac(forSegment: "enterprise") == 4_500_050)
    #expect(c.profile.cac(forSegment: "mid-market") == nil)
    let flat = try load(monthly: monthly, json: #"{"cac":1500}"#)
    #expect(flat.profile.cac(forSegment: "anything") == 150_000)
    let bad = problems(monthly: monthly, json: #"{"cac":{"smb":true}}"#)
    #expect(bad.count == 1)
    #expect(bad.first?.contains("cac.smb: expected an amount") == true)
  }
}
