import ARRTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A company folder in a fresh scratch folder, removed when the test ends (its suite is marked
/// `.scratchFolders`).
struct TemporaryCompany {
  let path: String

  init(accounts: [UInt8]?, monthly: [UInt8]?, json: [UInt8]? = nil) throws {
    path = scratchFolder("company")
    if let accounts { write(accounts, "accounts.csv") }
    if let monthly { write(monthly, "monthly.csv") }
    if let json { write(json, "company.json") }
  }

  func write(_ bytes: [UInt8], _ name: String) {
    let f = fopen(path + "/" + name, "wb")!
    _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
    fclose(f)
  }
}
