import ARRCore
import Testing

@testable import ARRInput

/// Columns whose header cell is empty: a trailing delimiter on every line, or the row numbers
/// a spreadsheet or pandas writes as a first, unnamed column.
@Suite struct UnnamedColumnTests {
  /// A trailing comma on every line used to list a blank among the ignored columns
  /// ("ignored columns: ").
  @Test func aTrailingDelimiterIsListedAsAnUnnamedColumn() throws {
    let c = try load(
      accounts: csv(
        "account_id,contract_type,billing_cadence,start_date,",
        "A1,annual,annual,2024-01-15,", "A2,monthly,monthly,2024-02-01,"),
      monthly: csv("account_id,month,mrr,", "A1,2024-01,1,", "A2,2024-02,2,"))
    #expect(c.dataQuality.files[0].ignoredColumns == ["(unnamed column 5)"])
    #expect(c.dataQuality.files[1].ignoredColumns == ["(unnamed column 4)"])
    #expect(c.snapshotColumns.isEmpty)
  }

  /// pandas' `to_csv` writes the row index as a first column with an empty name: it is numeric,
  /// but a column without a name is never a snapshot signal (it used to become one named "").
  @Test func anUnnamedIndexColumnIsNotASnapshot() throws {
    let c = try load(
      accounts: csv(
        ",account_id,contract_type,billing_cadence,start_date,nps",
        "0,A1,annual,annual,2024-01-15,9", "1,A2,monthly,monthly,2024-02-01,7"),
      monthly: csv(",account_id,month,mrr", "0,A1,2024-01,1", "1,A2,2024-02,2"))
    #expect(c.snapshotColumns.map(\.name) == ["nps"])
    #expect(c.activityColumns.isEmpty)
    #expect(c.dataQuality.files[0].ignoredColumns == ["(unnamed column 1)"])
    #expect(c.dataQuality.files[1].ignoredColumns == ["(unnamed column 1)"])
  }
}

/// An id of monthly.csv that is not in accounts.csv but differs from one only in letter case
/// says so: ids are compared exactly.
@Suite struct UnknownIdHintTests {
  @Test func anIdDifferingOnlyInCaseIsNamed() {
    let found = problems(monthly: csv("account_id,month,mrr", "A1,2024-01,1", "a2,2024-01,1"))
    #expect(
      found == [
        "monthly.csv:3:1: account_id \"a2\" is not in accounts.csv (accounts.csv has \"A2\": ids "
          + "are compared exactly, letter case included)"
      ])
  }

  @Test func anUnrelatedIdHasNoHint() {
    let found = problems(monthly: csv("account_id,month,mrr", "A1,2024-01,1", "Z9,2024-01,1"))
    #expect(found == ["monthly.csv:3:1: account_id \"Z9\" is not in accounts.csv"])
  }
}

/// Names and segments are labels printed in sentences and table cells: a line break inside a
/// quoted value (or a tab, a NUL) is read as a space. A segment "seg\nnew" used to end the
/// report's paragraph "No LTV for seg" in the middle.
@Suite struct OneLineLabelTests {
  @Test func lineBreaksInNamesAndSegmentsAreSpaces() throws {
    let c = try load(
      accounts: csv(
        "account_id,name,segment,contract_type,billing_cadence,start_date",
        "A1,\"Evil\r\nname\",\"seg\nnew\",annual,annual,2024-01-15",
        "A2,Fine,smb,monthly,monthly,2024-02-01"),
      monthly: csv("account_id,month,mrr", "A1,2024-01,1", "A2,2024-02,2"))
    #expect(c.accounts.map(\.name) == ["Evil name", "Fine"])
    #expect(c.accounts.map(\.segment) == ["seg new", "smb"])
  }

  @Test func importedNamesAreOneLineToo() throws {
    let text = "Customer,Segment,Jan-24,Feb-24,Mar-24\n\"Multi\nLine\",\"a\tb\",1,2,3\n"
    let imported = try Importer.read(
      [Importer.SourceFile(name: "cube.csv", bytes: Array(text.utf8))])
    let company = try imported.company().company
    #expect(company.accounts.map(\.name) == ["Multi Line"])
    #expect(company.accounts.map(\.segment) == ["a b"])
  }
}

/// A term or a trial ending before the account starts is a swapped or mistyped date: a problem
/// at its cell (it was accepted, and a trial "converted" before it began).
@Suite struct EndBeforeStartTests {
  @Test func endsBeforeTheStartAreProblems() {
    let found = problems(
      accounts: csv(
        "account_id,contract_type,billing_cadence,start_date,contract_end_date,trial_status,"
          + "trial_end_date",
        "A1,annual,annual,2024-05-01,2024-04-30,converted,2023-01-01",
        "A2,monthly,monthly,2024-02-01,,,"),
      monthly: csv("account_id,month,mrr", "A1,2024-05,1", "A2,2024-05,1"))
    #expect(
      found.prefix(2) == [
        "accounts.csv:2:5: contract_end_date \"2024-04-30\" is before start_date 2024-05-01 "
          + "(expected a date on or after the start)",
        "accounts.csv:2:7: trial_end_date \"2023-01-01\" is before start_date 2024-05-01 "
          + "(expected a date on or after the start)",
      ])
  }

  @Test func endingOnTheStartDayIsFine() throws {
    let c = try load(
      accounts: csv(
        "account_id,contract_type,billing_cadence,start_date,trial_status,trial_end_date",
        "A1,monthly,monthly,2024-05-01,expired,2024-05-01"),
      monthly: csv("account_id,month,mrr", "A1,2024-05,0"))
    #expect(c.accounts.first?.trialEndDate == CivilDate(year: 2024, month: 5, day: 1))
  }
}
