// Shared by the fuzz targets that read a company (company-loader, analysis); compiled into
// every target by Scripts/fuzz.

/// The fuzz input as a company's two files: `accounts.csv`, a NUL byte, `monthly.csv`; an input
/// without a NUL is `monthly.csv` alone, beside `fixedAccounts`.
/// - Returns: The whole input, and the two files.
func companyFiles(
  _ data: UnsafePointer<UInt8>, _ size: Int, fixedAccounts: String
) -> (input: [UInt8], accounts: [UInt8], monthly: [UInt8]) {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let cut = bytes.firstIndex(of: 0) else {
    return (bytes, Array(fixedAccounts.utf8), bytes)
  }
  return (bytes, Array(bytes[..<cut]), Array(bytes[(cut + 1)...]))
}
