// libFuzzer target: the whole pipeline on what loads — the analysis (metrics, scoring,
// projection), the six shipped stress scenarios and every file of the report bundle — on
// companies of any shape a hostile or odd file can give (one account, one month, all zero,
// amounts near the limit, trials only, dates far apart). Built by Scripts/fuzz; not part of the
// package. Input as the company-loader target: accounts.csv, a NUL byte, monthly.csv (no NUL:
// the whole input is monthly.csv with a fixed accounts.csv).
//
// Checks, beyond "no trap": the identities the docs promise (`Analysis.brokenIdentities`: the
// bridge balances, the ladder ties, class ARR sums to the total, probabilities within 0 and 1,
// percentile ranges in order, …), a report.json that parses, no `nan` or `inf` printed where
// the input held none, and the same bundle, byte for byte, when the same analysis is run and
// rendered again.
import ARRAnalysis
import ARRCore
import ARRReports
import ARRStress

@testable import ARRInput

/// The six scenarios shipped in Scenarios/stress (Scripts/fuzz runs from the repository's root).
let scenarios: [StressScenario] = [
  "ai-hype-unwind", "monthly-churn-shock", "pilots-not-renewing", "top-customer-loss",
  "trial-cliff", "usage-slump",
].map { name in
  do {
    return try StressScenario.load(path: "Scenarios/stress/\(name).json")
  } catch {
    fatalError("cannot load the shipped scenario \(name): \(error)")
  }
}

/// Few paths: the figures the checks read do not depend on the count, and the run stays fast.
let paths = 16

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let (bytes, accounts, monthly) = companyFiles(
    data, size,
    fixedAccounts:
      "account_id,contract_type,billing_cadence,start_date,trial_status,committed_mrr\nA1,annual,annual,2024-01-15,,10\nA2,usage,monthly,2024-02-01,,\nA3,pilot,monthly,2024-03-01,active,\n"
  )
  guard
    let company = try? CompanyLoader.load(
      accountsCSV: accounts, monthlyCSV: monthly, companyJSON: nil,
      options: LoadOptions(isLenient: true))
  else { return 0 }
  // Small companies only: the shapes matter here, not the size (the benchmark covers size).
  guard company.accounts.count <= 300, company.monthCount <= 240 else { return 0 }

  let analysis = Analysis.run(company, paths: paths)
  let broken = analysis.brokenIdentities
  precondition(broken.isEmpty, "broken identities: \(broken)")
  let stress = try? StressTest.run(analysis, scenarios: scenarios)
  if let stress {
    precondition(stress.brokenIdentities.isEmpty, "broken identities: \(stress.brokenIdentities)")
  }
  let files = ReportBundle(analysis, stress: stress).files.map(\.bytes)
  checkFiles(files, input: bytes)

  // Same input, same output: a second run and render give the same bytes.
  let again = Analysis.run(company, paths: paths)
  let stressAgain = try? StressTest.run(again, scenarios: scenarios)
  precondition(
    ReportBundle(again, stress: stressAgain).files.map(\.bytes) == files,
    "a second run gives a different report bundle")
  return 0
}

/// report.md, report.json, accounts.csv, then the charts (``ReportBundle/files``).
func checkFiles(_ files: [[UInt8]], input: [UInt8]) {
  do {
    _ = try JSONValue.parse(files[1])
  } catch {
    preconditionFailure("report.json does not parse: \(error)")
  }
  for word in ["nan", "inf"] where !containsWord(input, word) {
    for (k, file) in files.enumerated() {
      precondition(!containsWord(file, word), "file \(k) of the bundle prints \"\(word)\"")
    }
  }
}

/// Whether `word` occurs in `bytes`, any case, with no ASCII letter just before or after it
/// ("finance" does not hold the word "nan").
func containsWord(_ bytes: [UInt8], _ word: String) -> Bool {
  let w = Array(word.utf8)
  guard bytes.count >= w.count else { return false }
  func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
  for i in 0...(bytes.count - w.count) {
    var isMatch = true
    for j in 0..<w.count where bytes[i + j] | 0x20 != w[j] {
      isMatch = false
      break
    }
    guard isMatch else { continue }
    let before = i == 0 || !isLetter(bytes[i - 1])
    let after = i + w.count == bytes.count || !isLetter(bytes[i + w.count])
    if before && after { return true }
  }
  return false
}
