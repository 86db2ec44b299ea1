// libFuzzer target: the company loader (accounts.csv + monthly.csv bytes), strict and lenient,
// then every company metric (ladder, bridge, cohorts, …) on what loads. Built by Scripts/fuzz;
// not part of the package.
import ARRCore
import ARRMetrics

@testable import ARRInput

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  // accounts.csv, a NUL byte, monthly.csv (no NUL: the whole input is monthly.csv with a
  // fixed accounts.csv).
  let (_, accounts, monthly) = companyFiles(
    data, size,
    fixedAccounts:
      "account_id,contract_type,billing_cadence,start_date,committed_mrr\nA1,annual,annual,2024-01-15,10\nA2,usage,monthly,2024-02-01,\n"
  )
  for isLenient in [false, true] {
    // The batched reader of monthly.csv against the row-by-row reference (and a batch of 3,
    // whose edges land everywhere): the same company, or the same messages.
    let outcomes = [256, 3, 0].map { rows in
      Result { () throws(ARRQualityError) in
        try CompanyLoader.load(
          accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil,
          options: LoadOptions(isLenient: isLenient), tuning: LoadTuning(rowBatch: rows))
      }
    }
    for outcome in outcomes.dropFirst() {
      switch (outcomes[0], outcome) {
      case (.success(let a), .success(let b)):
        precondition(isSame(a, b), "batched load differs")
      case (.failure(let a), .failure(let b)):
        precondition(
          a.problems.map(\.description) == b.problems.map(\.description) && a.message == b.message,
          "batched messages differ")
      default:
        preconditionFailure("batched load and row-by-row load disagree on success")
      }
    }
    do {
      let c = try CompanyLoader.load(
        accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil,
        options: LoadOptions(isLenient: isLenient))
      let dq = c.dataQuality
      for f in dq.files {
        let skipped = dq.skipped.filter { $0.problem.file == f.file }.count
        if dq.skippedCount < DataQuality.skippedSampleLimit {
          let after = f.file == "monthly.csv" ? dq.rowsAfterAsOf : 0
          precondition(f.rowsRead == f.rowsAccepted + skipped + after, "rows read = used + skipped")
        }
      }
      let ladder = ARRLadder.compute(c)
      precondition(ladder.headline + ladder.steps.map(\.arr).reduce(0, +) == ladder.recurring)
      _ = CompanyMetrics.compute(c)
    } catch {
      precondition(error.kind == .invalidData || error.kind == .missingInput)
    }
  }
  return 0
}

/// The same company, activity cells compared bit for bit (`nan`, a missing cell, is never `==`
/// to itself, so two equal companies with activity would otherwise differ).
func isSame(_ a: Company, _ b: Company) -> Bool {
  var x = a
  var y = b
  x.activityColumns = []
  y.activityColumns = []
  return x == y && x.dataQuality == y.dataQuality
    && a.activityColumns.map(\.name) == b.activityColumns.map(\.name)
    && zip(a.activityColumns, b.activityColumns).allSatisfy {
      $0.values.map(\.bitPattern) == $1.values.map(\.bitPattern)
    }
}
