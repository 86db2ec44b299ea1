/// Exports of a cube appended into one file, its header repeated above each (`docs/import.md`,
/// "Customer cube"): which export each row belongs to, and which exports are re-pulls.
///
/// The monthly table's rule, on whole rows: an export repeating at least one earlier row exactly
/// is a re-pull of the same months, and a customer's rows in it restate that customer's rows in
/// the exports above (a cell corrected from 100 to 120 was added to the earlier row: 220). An
/// export repeating none is a slice (another product or entity), added to the others. A row
/// repeated exactly stands for one earlier copy, which joins the later export.
struct CubeExports: Sendable {
  /// Repeated headers above the current row.
  private(set) var current: Int32 = 0
  /// Exports that repeat at least one earlier row exactly.
  private var rePulls = Set<Int32>()
  /// Per body row: its account (−1 when the row is not a customer's) and export.
  private var account: [Int32]
  private var export: [Int32]
  /// For an earlier row a later export repeats: the line of the repeat.
  private var repeatLine = [Int: Int]()
  /// The customers' rows by their cells, from the first repeated header on (a file of one
  /// export pays nothing).
  private var byKey: [[String]: [Int]]?

  /// Exports of a table of `rows` body rows.
  init(rows: Int) {
    account = [Int32](repeating: -1, count: rows)
    export = [Int32](repeating: 0, count: rows)
  }

  /// A repeated header above body row `row`; `key` gives a row's cells as the overlap compares
  /// them.
  mutating func startExport(at row: Int, key: (Int) -> [String]) {
    current += 1
    guard byKey == nil else { return }
    var rows = [[String]: [Int]]()
    for r in 0..<row where account[r] >= 0 { rows[key(r), default: []].append(r) }
    byKey = rows
  }

  /// Body row `row`, keyed `key`, is a row of customer `customer`.
  mutating func use(row: Int, customer: Int, key: [String]) {
    account[row] = Int32(customer)
    export[row] = current
    byKey?[key, default: []].append(row)
  }

  /// A row on `line` repeating an earlier export's row keyed `key` exactly: this export is a
  /// re-pull, and one earlier copy not yet in it joins it.
  mutating func repeats(key: [String], line: Int) {
    rePulls.insert(current)
    if let r = byKey?[key]?.first(where: { export[$0] < current }) {
      export[r] = current
      repeatLine[r] = line
    }
  }

  /// The customer of body row `row` (−1 when the row is none's).
  func customer(ofRow row: Int) -> Int { Int(account[row]) }

  /// What the re-pulls restate.
  struct Restatement: Sendable {
    /// Body rows left out: a customer's rows in exports before the last re-pull that has it.
    var leftOut: [Int] = []
    /// The first of them and a line of the export restating it.
    var example: (row: Int, by: Int)?
    /// Customers with no row in the last re-pull, kept from an export above it, and the first's
    /// row.
    var missing = 0
    var missingExample: Int?
  }

  /// The rows the re-pulls restate, given each body row's line.
  /// - Complexity: O(rows).
  func restatement(lines: (Int) -> Int) -> Restatement {
    var result = Restatement()
    guard let lastRePull = rePulls.max() else { return result }
    // The last re-pull holding each customer, and a line of it.
    var latest = [Int32: (export: Int32, line: Int)]()
    for r in account.indices where account[r] >= 0 && rePulls.contains(export[r]) {
      if let seen = latest[account[r]], seen.export >= export[r] { continue }
      latest[account[r]] = (export[r], repeatLine[r] ?? lines(r))
    }
    var missing = Set<Int32>()
    for r in account.indices where account[r] >= 0 {
      if let later = latest[account[r]], later.export > export[r] {
        result.leftOut.append(r)
        if result.example == nil { result.example = (r, later.line) }
      } else if export[r] < lastRePull, missing.insert(account[r]).inserted {
        // Kept above the last re-pull: the customer has no row in it.
        result.missing += 1
        if result.missingExample == nil { result.missingExample = r }
      }
    }
    return result
  }
}
