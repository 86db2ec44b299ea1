// libFuzzer target: the strict JSON config reader, `company.json`, the weights file and
// `import.json` on arbitrary bytes. Built by Scripts/fuzz; not part of the package.
import ARRCore
import ARRScoring

@testable import ARRInput

let fuzzAccounts = Array(
  "account_id,contract_type,billing_cadence,start_date\nA1,annual,annual,2024-01-15\n".utf8)
let fuzzMonthly = Array("account_id,month,mrr\nA1,2024-06,100\n".utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if var config = try? JSONConfig(bytes, file: "f.json") {
    _ = config.members(of: config.root, allowed: ["a", "b"])
    for p in config.problems { precondition(p.line >= 0) }
  }
  do {
    _ = try CompanyLoader.load(
      accountsCSV: fuzzAccounts, monthlyCSV: fuzzMonthly, companyJSON: bytes)
  } catch {
    precondition(error.kind == .invalidData)
    precondition(!error.problems.isEmpty)
  }
  do {
    _ = try RiskWeights.load(bytes, file: "weights.json")
  } catch {
    precondition(error.kind == .invalidData)
  }
  // `import.json`, the record `import` writes beside a company's files (seed
  // `json-config-import-record.json`: its skipped rows, source files and bad rows).
  do {
    let record = try ImportRecord.read(bytes, file: "import.json")
    precondition(record.json.starts(with: Array("{".utf8)))
  } catch {
    precondition(error.kind == .invalidData)
  }
  return 0
}
