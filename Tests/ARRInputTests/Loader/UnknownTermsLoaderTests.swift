import ARRCore
import Testing

@testable import ARRInput

/// `unknown` terms, optional term columns, inferred start dates and the `inferred` column.
@Suite struct UnknownTermsLoaderTests {
  let monthly = csv(
    "account_id,month,mrr",
    "A1,2024-01,0", "A1,2024-02,10", "A1,2024-03,10",
    "A2,2024-01,5", "A2,2024-03,5")

  @Test func absentTermColumnsAreUnknownAndStartIsTheFirstPaidMonth() throws {
    let c = try load(accounts: csv("account_id", "A1", "A2", "A3"), monthly: monthly)
    #expect(c.accounts.map(\.contractType) == [.unknown, .unknown, .unknown])
    #expect(c.accounts.map(\.billingCadence) == [.unknown, .unknown, .unknown])
    // A1 pays from 2024-02 (its January row is 0), A2 from 2024-01; A3 never pays, so it has
    // not started as far as the data shows: the month after the as-of month.
    #expect(c.accounts.map(\.startDate.description) == ["2024-02-01", "2024-01-01", "2024-04-01"])
    #expect(c.accounts.allSatisfy { $0.inferred == .startDate })
    #expect(
      c.dataQuality.notes.contains(
        "start_date inferred for 3 accounts as the first month with revenue; 1 with no revenue "
          + "in the data count as not started"))
    #expect(
      c.dataQuality.notes.contains(
        "terms unknown: contract_type for 3 accounts, billing_cadence for 3; their ARR is not "
          + "counted as committed"))
    #expect(c.dataQuality.files[0].ignoredColumns.isEmpty)
  }

  @Test func unknownSemiannualAndEmptyCellsAreRead() throws {
    let c = try load(
      accounts: csv(
        "account_id,contract_type,billing_cadence,start_date",
        "A1,UNKNOWN,semiannual,2023-05-02",
        "A2,,,"),
      monthly: monthly)
    #expect(c.accounts[0].contractType == .unknown)
    #expect(c.accounts[0].billingCadence == .semiannual)
    #expect(c.accounts[0].startDate.description == "2023-05-02")
    #expect(c.accounts[0].inferred.isEmpty)
    // Empty cells read as absent ones: unknown terms, start inferred.
    #expect(c.accounts[1].contractType == .unknown && c.accounts[1].billingCadence == .unknown)
    #expect(c.accounts[1].startDate.description == "2024-01-01")
    #expect(c.accounts[1].inferred == .startDate)
  }

  @Test func inferredColumnIsKeptOnTheAccount() throws {
    let c = try load(
      accounts: csv(
        "account_id,contract_type,billing_cadence,start_date,inferred",
        "A1,annual,annual,2024-02-01,billing_cadence;contract_type;start_date",
        "A2,monthly,monthly,2024-01-01,",
        "A3,monthly,monthly,2024-01-01, Contract_Type ; "),
      monthly: monthly)
    #expect(c.accounts[0].inferred == [.billingCadence, .contractType, .startDate])
    #expect(c.accounts[1].inferred.isEmpty)
    #expect(c.accounts[2].inferred == .contractType)
    #expect(
      c.dataQuality.notes.contains(
        "fields inferred rather than read, by accounts: billing_cadence 1, contract_type 2, "
          + "start_date 1"))
    #expect(c.dataQuality.files[0].ignoredColumns.isEmpty)
  }

  @Test func inferredColumnNamingNoColumnIsAProblem() {
    let found = problems(
      accounts: csv("account_id,inferred", "A1,contract_type;plan", "A2,"), monthly: monthly)
    #expect(
      found.first
        == "accounts.csv:2:2: inferred names \"plan\", not a column of accounts.csv (expected "
        + "column names separated by ';', from: \(AccountFields.allowedNames))")
  }

  @Test func fieldSetsRoundTripThroughTheCell() {
    let all = AccountFields.columnNames.reduce(AccountFields()) { $0.union($1.field) }
    #expect(AccountFields.columnNames.map(\.name) == AccountFields.columnNames.map(\.name).sorted())
    for set: AccountFields in [[], .startDate, [.contractType, .billingCadence], all] {
      #expect(AccountFields.parse(set.cell) == .success(set))
    }
    #expect(
      AccountFields([.startDate, .billingCadence, .contractType]).cell
        == "billing_cadence;contract_type;start_date")
    #expect(AccountFields.parse("seats;start_date") == .failure(.init("seats")))
  }
}
