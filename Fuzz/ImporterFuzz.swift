// libFuzzer target: the data-room importers on one file (a cube, a customer list, a workbook
// when the bytes are a zip — so the zip, inflate and XML readers too — and every shape the
// importer's dispatch knows), as MRR and as billings, strict and lenient, in thousands, then the conversion
// to a company, which checks the tie-out itself. Built by Scripts/fuzz; not part of the package.
import ARRCore

@testable import ARRInput

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  // Two files when the bytes hold the marker NUL / / NUL: a revenue file and a side file (a
  // customer list with its ARR claim, a second period), so the joins between files are fuzzed
  // too (seeds `importer-two-*`).
  let files = split(bytes).enumerated().map { i, part in
    let isZip = part.starts(with: [0x50, 0x4B, 0x03, 0x04])
    let name = i == 0 ? "room" : "list"
    return Importer.SourceFile(name: name + (isZip ? ".xlsx" : ".csv"), bytes: part)
  }
  // `--amounts thousands` too: each amount × 1,000, overflow-checked (review 13, F23).
  for (values, isLenient, amounts) in [
    (ImportValues.auto, false, AmountUnit?.none), (.billings, true, nil), (.auto, true, .thousands),
  ] {
    do {
      let imported = try Importer.read(
        files, options: ImportOptions(values: values, isLenient: isLenient, amounts: amounts))
      for f in imported.log.files {
        precondition(f.rowsRead == f.rowsUsed + f.rowsSkipped, "rows read = used + skipped")
      }
      let converted = try imported.company()
      precondition(converted.log.tieOut.isBalanced, "the tie-out balances")
      // Accounts renamed within the data are joined into one (T22-23), so the company may hold
      // fewer accounts than the import, never more, and only ids the import made.
      let importedIDs = Set(imported.accounts.map(\.id))
      precondition(converted.company.accounts.count <= imported.accounts.count)
      precondition(converted.company.accounts.allSatisfy { importedIDs.contains($0.id) })
    } catch {
      precondition(
        error.kind == .invalidData || error.kind == .invalidArgument,
        "unexpected error kind: \(error)")
    }
  }
  return 0
}

/// The bytes before and after the first NUL / / NUL, or the bytes whole.
func split(_ bytes: [UInt8]) -> [[UInt8]] {
  let marker: [UInt8] = [0, 0x2F, 0x2F, 0]
  guard bytes.count > marker.count else { return [bytes] }
  for i in 0...(bytes.count - marker.count) where bytes[i] == 0 {
    if Array(bytes[i..<(i + marker.count)]) == marker {
      return [Array(bytes[..<i]), Array(bytes[(i + marker.count)...])]
    }
  }
  return [bytes]
}
