// Times reading a customer cube from an .xlsx workbook against reading the same cells from CSV
// (issue #16: a 100,000-row × 36-month workbook within 2× the CSV). The workbook is written by
// `BenchWorkbook` (deflated with a simple LZ77, as a spreadsheet's zip would be).
import ARRQuality

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Seconds of CPU this process has used: on a shared machine, fairer than the wall clock for
/// single-threaded work (the figures say which they are).
func cpuSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// A deterministic cube: id, name, 36 month columns (2023-01…2025-12) of amounts with cents,
/// blanks before a customer starts and after it churns.
func benchCube(rows: Int) -> [UInt8] {
  var state: UInt64 = 16
  func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state >> 33
  }
  var out = Array("customer_id,customer".utf8)
  for m in 0..<36 { out += Array(",\(2023 + m / 12)-\(m % 12 < 9 ? "0" : "")\(m % 12 + 1)".utf8) }
  out.append(0x0A)
  for r in 0..<rows {
    out += Array("C\(100_000 + r),Customer \(r)".utf8)
    let start = Int(next() % 30)
    let end = next() % 4 == 0 ? start + Int(next() % 20) : 36
    var cents = Int(100 * (50 + next() % 5000)) + Int(next() % 100)
    for m in 0..<36 {
      out.append(UInt8(ascii: ","))
      guard m >= start && m < end else { continue }
      if next() % 10 == 0 { cents += Int(next() % 10_000) }
      out += Array("\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)".utf8)
    }
    out.append(0x0A)
  }
  return out
}

func runWorkbookBench(rows: Int, runs: Int) {
  let clock = ContinuousClock()
  let csv = benchCube(rows: rows)
  let t = clock.now
  let xlsx = BenchWorkbook.xlsx(fromCSV: csv)
  print(
    "cube: \(rows) rows × 36 months; CSV \(fixed(Double(csv.count) / 1e6, 1)) MB, workbook "
      + "\(fixed(Double(xlsx.count) / 1e6, 1)) MB (written in \(fixed(seconds(clock.now - t), 1)) s)"
  )
  var best: [String: Double] = [:]
  func record(_ name: String, _ d: Duration) {
    best[name] = min(best[name] ?? .infinity, seconds(d))
  }
  for run in 1...max(1, runs) {
    do {
      let c0 = cpuSeconds()
      let book = try Workbook(bytes: xlsx, fileName: "cube.xlsx")
      let c1 = cpuSeconds()
      let sheet = try book.worksheet(book.sheets[0])
      let c2 = cpuSeconds()
      let export = try sheet.export()
      let c3 = cpuSeconds()
      // The whole import, workbook against CSV, to a validated company (issue #16, item 5).
      let i0 = cpuSeconds()
      let fromBook = try Importer.read([Importer.SourceFile(name: "cube.xlsx", bytes: xlsx)])
        .company().company
      let i1 = cpuSeconds()
      let fromCSV = try Importer.read([Importer.SourceFile(name: "cube.csv", bytes: csv)])
        .company().company
      let i2 = cpuSeconds()
      guard fromBook.revenue.mrr == fromCSV.revenue.mrr else {
        print("workbook and CSV imports differ")
        return
      }
      record("import xlsx", .seconds(i1 - i0))
      record("import csv", .seconds(i2 - i1))
      print(
        "run \(run): import workbook \(fixed(i1 - i0, 3)) s, import CSV \(fixed(i2 - i1, 3)) s "
          + "CPU (\(fromBook.accounts.count) accounts, same MRR)")
      record("open", .seconds(c1 - c0))
      record("sheet", .seconds(c2 - c1))
      record("export", .seconds(c3 - c2))
      print(
        "run \(run): open \(fixed(c1 - c0, 3)) s, sheet \(fixed(c2 - c1, 3)) s, rows as text "
          + "\(fixed(c3 - c2, 3)) s CPU (\(export.records.count) rows)")
    } catch {
      print("workbook failed: \(error)")
      return
    }
  }
  let total = best["open"]! + best["sheet"]! + best["export"]!
  print(
    "best of \(runs) (CPU seconds): open \(fixed(best["open"]!, 3)), sheet "
      + "\(fixed(best["sheet"]!, 3)), rows as text \(fixed(best["export"]!, 3)); workbook to "
      + "the importer's rows \(fixed(total, 3)) s")
  let book = best["import xlsx"]!
  let text = best["import csv"]!
  print(
    "import to a company, best of \(runs) (CPU seconds): workbook \(fixed(book, 3)), CSV "
      + "\(fixed(text, 3)); workbook ÷ CSV \(fixed(book / text, 2))× (target ≤ 2×)")
}
