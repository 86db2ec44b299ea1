import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A company folder in a fresh temporary directory, removed with the value's last use
/// (the OS cleans /tmp otherwise).
struct TemporaryCompany {
  let path: String

  init(accounts: [UInt8]?, monthly: [UInt8]?, json: [UInt8]? = nil) throws {
    var template = Array("/tmp/arr-input-test-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    path = String(cString: try #require(made))
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
