import ARRCore
import Testing

@testable import ARRInput

/// The per-file ledger: every row read is accepted, skipped, or (monthly) after as_of.
func ledgerHolds(_ c: Company) -> Bool {
  c.dataQuality.files.allSatisfy { f in
    let skipped = c.dataQuality.skipped.filter { $0.problem.file == f.file }.count
    let after = f.file == "monthly.csv" ? c.dataQuality.rowsAfterAsOf : 0
    return f.rowsRead == f.rowsAccepted + skipped + after
  }
}

@Suite struct LenientAndAsOfTests {
  let lenient = LoadOptions(isLenient: true)

  @Test func lenientSkipsBadRowsAndCountsTheirMRR() throws {
    let c = try load(
      accounts: csv(
        "account_id,contract_type,billing_cadence,start_date",
        "A1,annual,annual,2024-01-15",
        "A2,weekly,monthly,2024-02-01",
        "A3,monthly,monthly,2024-02-01"),
      monthly: csv(
        "account_id,month,mrr",
        "A1,2024-01,100",
        "A2,2024-01,40",
        "A3,2024-01,twenty",
        "Z9,2024-01,7.50",
        "A1,2024-01,3",
        "A3,2024-02,10"),
      options: lenient)
    #expect(c.accounts.map(\.id) == ["A1", "A3"])
    #expect(c.revenue.mrr == [10_000, 0, 0, 1_000])
    #expect(
      c.dataQuality.skipped.map(\.problem.description) == [
        "accounts.csv:3:2: contract_type \"weekly\" is not one of the allowed values (expected one of multi_year, annual, monthly, usage, pilot, unknown)",
        "monthly.csv:3:1: account_id \"A2\" was skipped in accounts.csv (line 3)",
        "monthly.csv:4:3: mrr \"twenty\" is not an amount (expected e.g. 1234.50)",
        "monthly.csv:5:1: account_id \"Z9\" is not in accounts.csv",
        "monthly.csv:6:2: duplicate row for account_id \"A1\" and month 2024-01 (first on line 2)",
      ])
    #expect(c.dataQuality.skipped.map(\.mrrCents) == [nil, 4_000, nil, 750, 300])
    #expect(c.dataQuality.skippedCount == 5)
    #expect(c.dataQuality.skippedMRRCents == 5_050)
    // A3's "twenty" could not be read: the skipped rows' MRR is unknown, never the $50.50 read
    // (trial 37, T37-22: a typo in an as-of row was reported as "$0 of MRR"). The rejected
    // accounts.csv row carries no MRR and leaves it known.
    #expect(c.dataQuality.isSkippedMRRUnknown)
    #expect(c.dataQuality.skippedMRR { "\($0)" } == nil)
    #expect(c.dataQuality.files.map(\.rowsRead) == [3, 6])
    #expect(ledgerHolds(c))
  }

  /// Skipped rows whose amounts were all read keep a known sum: Z9's $7.50 (an id not in
  /// accounts.csv) and the rejected account A2's $40.
  @Test func skippedRowsReadInFullKeepTheirSum() throws {
    let c = try load(
      accounts: csv(
        "account_id,contract_type,billing_cadence,start_date",
        "A1,annual,annual,2024-01-15",
        "A2,weekly,monthly,2024-02-01"),
      monthly: csv(
        "account_id,month,mrr",
        "A1,2024-01,100",
        "A2,2024-01,40",
        "Z9,2024-01,7.50"),
      options: lenient)
    #expect(!c.dataQuality.isSkippedMRRUnknown)
    #expect(c.dataQuality.skippedMRR { "\($0)" } == "4750")
  }

  /// Strict mode lists the rejected accounts.csv row once, not again for each of its monthly
  /// rows; those are counted in one line, while a row's other problems are still listed.
  @Test func strictModeDoesNotRepeatARejectedAccountForEveryMonth() {
    let found = problems(
      accounts: csv(
        "account_id,contract_type,billing_cadence,start_date",
        "A1,annual,annual,2024-01-15",
        "A2,weekly,monthly,2024-02-01"),
      monthly: csv(
        "account_id,month,mrr",
        "A1,2024-01,100",
        "A2,2024-01,40",
        "A2,2024-02,oops",
        "A2,2024-03,40",
        "Z9,2024-03,1"))
    #expect(
      found == [
        "accounts.csv:3:2: contract_type \"weekly\" is not one of the allowed values (expected one of multi_year, annual, monthly, usage, pilot, unknown)",
        "monthly.csv:4:3: mrr \"oops\" is not an amount (expected e.g. 1234.50)",
        "monthly.csv:6:1: account_id \"Z9\" is not in accounts.csv",
        "monthly.csv: 3 rows belong to accounts rejected in accounts.csv (see above) and are not listed one by one; fixing those accounts.csv rows lets them be read",
      ])
  }

  @Test func structuralProblemsAreFatalEvenWhenLenient() {
    #expect(
      problems(monthly: csv("account_id,mrr", "A1,1"), options: lenient)
        == ["monthly.csv:1: missing required column month (found: account_id, mrr)"])
    #expect(
      problems(monthly: csv("account_id,month,mrr"), json: "{\"x\":1}", options: lenient).count == 1
    )
  }

  @Test func lenientWithEveryRowSkippedIsAnError() {
    let message =
      "monthly.csv: all 1 data rows were skipped; nothing is left to analyse (first: monthly.csv:2:3: mrr \"x\" is not an amount (expected e.g. 1234.50))"
    #expect(
      problems(monthly: csv("account_id,month,mrr", "A1,2024-01,x"), options: lenient) == [message])
    // An as_of does not make an analysis of nothing meaningful.
    #expect(
      problems(
        monthly: csv("account_id,month,mrr", "A1,2024-01,x"), json: #"{"as_of":"2024-02"}"#,
        options: lenient) == [message])
  }

  @Test func asOfDefaultsToTheLatestMonth() throws {
    let c = try load(monthly: csv("account_id,month,mrr", "A1,2024-05,1", "A2,2024-02,2"))
    #expect(c.firstMonth == Month(year: 2024, month: 2))
    #expect(c.asOf == Month(year: 2024, month: 5))
    #expect(c.profile.asOf == nil)
  }

  @Test func optionsAsOfLeavesLaterRowsOutAndCountsThem() throws {
    let c = try load(
      monthly: csv("account_id,month,mrr", "A1,2024-01,1", "A1,2024-02,2", "A1,2024-03,3"),
      json: #"{"as_of":"2024-03"}"#, options: LoadOptions(asOf: Month(year: 2024, month: 2)))
    #expect(c.asOf == Month(year: 2024, month: 2))
    #expect(c.revenue.mrr == [100, 200, 0, 0])
    #expect(c.dataQuality.rowsAfterAsOf == 1)
    #expect(c.dataQuality.notes.contains("1 monthly rows after as_of 2024-02 left out"))
    #expect(ledgerHolds(c))
  }

  /// An earlier view must not see what the account facts learned later: a cancellation and a
  /// trial outcome dated after the as-of month are unknown then, a renewal date steps back by
  /// whole terms, and the snapshot columns (seats, integrations, past-due) are left out.
  @Test func anEarlierViewRollsTheAccountFactsBack() throws {
    let accounts = csv(
      "account_id,contract_type,billing_cadence,start_date,contract_end_date,cancel_date,"
        + "trial_status,trial_end_date,seats_purchased,seats_active,integrations,past_due",
      "A1,annual,annual,2023-01-15,2026-01-15,2024-11-30,none,,10,4,2,false",
      "A2,monthly,monthly,2024-01-01,,,converted,2024-04-01,,,,true",
      "A3,monthly,monthly,2024-06-01,,,active,2024-07-01,,,,")
    let monthly = csv(
      "account_id,month,mrr", "A1,2024-01,100", "A1,2024-02,100", "A1,2024-11,100",
      "A2,2024-04,50", "A3,2024-07,10")
    let earlier = try load(
      accounts: accounts, monthly: monthly, options: LoadOptions(asOf: Month(year: 2024, month: 2)))
    #expect(earlier.accounts[0].cancelDate == nil)
    #expect(earlier.accounts[0].contractEndDate == CivilDate(year: 2025, month: 1, day: 15))
    #expect(earlier.accounts[0].seatsActive == nil && earlier.accounts[0].integrations == nil)
    #expect(earlier.accounts[1].trialStatus == .active)
    #expect(earlier.accounts[1].isPastDue == nil)
    #expect(earlier.accountColumns.isDisjoint(with: AccountColumn.snapshotColumns))
    #expect(
      earlier.dataQuality.notes.contains {
        $0.hasPrefix("account facts rolled back to 2024-02")
          && $0.hasSuffix(
            "seats_purchased, seats_active, integrations, past_due describe the account today "
              + "and are left out")
      })
    // The company's claimed ARR describes the data's end: an earlier view leaves it out.
    let claimed = try load(
      accounts: accounts, monthly: monthly, json: #"{"reported_arr": 5000}"#,
      options: LoadOptions(asOf: Month(year: 2024, month: 2)))
    #expect(claimed.profile.reportedARR == nil)
    #expect(
      claimed.dataQuality.notes.contains(
        "reported_arr in company.json describes the data's end, not 2024-02; left out"))
    let atEnd = try load(accounts: accounts, monthly: monthly, json: #"{"reported_arr": 5000}"#)
    #expect(atEnd.profile.reportedARR == 500_000)
    // The whole data, or an as-of at its end, keeps the facts as given.
    for options in [LoadOptions(), LoadOptions(asOf: Month(year: 2024, month: 11))] {
      let now = try load(accounts: accounts, monthly: monthly, options: options)
      #expect(now.accounts[0].cancelDate != nil && now.accounts[0].seatsActive == 4)
      #expect(now.accounts[1].trialStatus == .converted)
      #expect(now.accountColumns.isSuperset(of: AccountColumn.snapshotColumns))
      #expect(!now.dataQuality.notes.contains { $0.hasPrefix("account facts rolled back") })
    }
  }

  /// Every row after company.json's as_of is one problem, not one per row, naming the data's
  /// last month and both ways out (trial 18b, G14: 36 identical lines for 36 rows).
  @Test func companyFileAsOfBeforeRowsIsOneProblem() {
    #expect(
      problems(
        monthly: csv(
          "account_id,month,mrr", "A1,2024-01,1", "A1,2024-03,3", "A1,2024-04,4",
          "A1,2024-02,2"),
        json: #"{"as_of":"2024-02"}"#)
        == [
          "monthly.csv: 2 rows are after as_of 2024-02 given in company.json (the data runs to "
            + "2024-04; expected 2024-02 or earlier): for the view as of 2024-02, run with "
            + "--as-of 2024-02, which leaves later rows out and counts them; for the latest "
            + "view, set as_of to 2024-04 in company.json or remove it"
        ])
  }

  /// Lenient: each such row is skipped, and its reason names the option.
  @Test func companyFileAsOfBeforeARowIsSkippedWhenLenient() throws {
    let c = try load(
      accounts: csv("account_id,contract_type,billing_cadence", "A1,monthly,monthly"),
      monthly: csv("account_id,month,mrr", "A1,2024-01,1", "A1,2024-03,3"),
      json: #"{"as_of":"2024-02"}"#, options: LoadOptions(isLenient: true))
    #expect(c.dataQuality.skippedCount == 1)
    #expect(ledgerHolds(c))
    #expect(
      c.dataQuality.skipped.first?.problem.description
        == "monthly.csv:3:2: month 2024-03 is after as_of 2024-02 given in company.json "
        + "(expected 2024-02 or earlier; --as-of 2024-02 leaves later rows out)")
  }

  @Test func asOfAfterTheLastMonthIsAnError() {
    let monthly = csv("account_id,month,mrr", "A1,2024-01,1")
    let advice =
      "every account would show no revenue (expected 2024-01 or earlier; if no account paid since, list the month with mrr 0)"
    #expect(
      problems(monthly: monthly, json: #"{"as_of":"2024-03"}"#) == [
        "monthly.csv: as_of 2024-03 in company.json is after the last month in monthly.csv (2024-01); \(advice)"
      ])
    // From `--as-of`, the argument is what to fix: a usage error (issue #11).
    let error = #expect(throws: ARRQualityError.self) {
      try load(monthly: monthly, options: LoadOptions(asOf: Month(year: 2030, month: 1)))
    }
    #expect(error?.kind == .invalidArgument)
    #expect(
      error?.message
        == "--as-of 2030-01 is after the last month in monthly.csv (2024-01); \(advice)")
  }

  /// Lenient: rows after a company.json as_of, or the last month's rows, may have been skipped;
  /// the data then does reach as_of and loading goes on, with the skips reported.
  @Test func lenientSkipsDoNotMakeAsOfLookPastTheData() throws {
    let c = try load(
      monthly: csv("account_id,month,mrr", "A1,2024-01,1", "A1,2024-02,1", "A1,2024-06,1"),
      json: #"{"as_of":"2024-04"}"#, options: lenient)
    #expect(c.asOf == Month(year: 2024, month: 4))
    #expect(c.dataQuality.skippedCount == 1)
    let d = try load(
      monthly: csv("account_id,month,mrr", "A1,2024-02,1", "A1,2024-03,abc"),
      options: LoadOptions(isLenient: true, asOf: Month(year: 2024, month: 3)))
    #expect(d.asOf == Month(year: 2024, month: 3))
    #expect(ledgerHolds(d))
  }

  /// A row with the wrong number of fields (an unquoted comma in a name) still names its id, so
  /// its monthly rows are tied to the rejected row rather than called unknown.
  @Test(arguments: [false, true])
  func aRowWithTooManyFieldsStillRejectsItsId(isLenient: Bool) throws {
    let accounts = csv(
      "account_id,name,contract_type,billing_cadence,start_date",
      "A1,Solo,annual,annual,2024-01-15",
      "A2,Acme, Inc,annual,monthly,2024-02-01")
    let monthly = csv("account_id,month,mrr", "A1,2024-01,1", "A2,2024-01,2", "A2,2024-02,2")
    if isLenient {
      let c = try load(accounts: accounts, monthly: monthly, options: lenient)
      #expect(
        c.dataQuality.skipped.map(\.problem.description).filter { $0.hasPrefix("monthly.csv") } == [
          "monthly.csv:3:1: account_id \"A2\" was skipped in accounts.csv (line 3)",
          "monthly.csv:4:1: account_id \"A2\" was skipped in accounts.csv (line 3)",
        ])
    } else {
      let found = problems(accounts: accounts, monthly: monthly)
      #expect(found.count == 2)
      #expect(found.first?.hasPrefix("accounts.csv:3: ") == true)
      #expect(found.last?.hasPrefix("monthly.csv: 2 rows belong to accounts rejected") == true)
    }
  }

  @Test func aMonthListedAtZeroExtendsTheMatrix() throws {
    // Rows missing in between hold 0; the as-of month itself has a row, at mrr 0.
    let c = try load(
      monthly: csv("account_id,month,mrr", "A1,2024-01,1", "A1,2024-03,0"),
      json: #"{"as_of":"2024-03"}"#)
    #expect(c.monthCount == 3)
    #expect(c.revenue.mrr == [100, 0, 0, 0, 0, 0])
  }

  /// A usage error naming the first month, as the later-than message names the last.
  @Test func asOfEarlierThanEveryRowIsAnError() {
    let error = #expect(throws: ARRQualityError.self) {
      try load(
        monthly: csv("account_id,month,mrr", "A1,2024-07,1", "A1,2024-05,1", "A1,2024-06,1"),
        options: LoadOptions(asOf: Month(year: 2024, month: 1)))
    }
    #expect(error?.kind == .invalidArgument)
    #expect(
      error?.message
        == "--as-of 2024-01 is earlier than every month in monthly.csv (the first is 2024-05; "
        + "expected 2024-05 or later)")
  }

  @Test func emptyMonthlyIsAnError() {
    let message = "monthly.csv: no data rows (expected one row per account and month)"
    #expect(problems(monthly: csv("account_id,month,mrr")) == [message])
    #expect(
      problems(
        monthly: csv("account_id,month,mrr"),
        options: LoadOptions(asOf: Month(year: 2024, month: 6)))
        == [message])
  }

  @Test func sameBytesGiveEqualCompanies() throws {
    let (a, m) = sampleCompany(accounts: 60, months: 8, quoted: true)
    let first = try CompanyLoader.load(accountsCSV: a, monthlyCSV: m, companyJSON: nil)
    let second = try CompanyLoader.load(accountsCSV: a, monthlyCSV: m, companyJSON: nil)
    #expect(first == second)
  }
}
