/// Exports of a cube appended into one file, its header repeated above each (`docs/import.md`,
/// "Customer cube"): which export each row belongs to, and which exports are re-pulls.
///
/// The monthly table's rule (``RePullEvidence``), on whole rows: a customer's rows in a re-pull
/// restate that customer's rows in the exports the re-pull restates (a cell corrected from 100
/// to 120 was added to the earlier row: 220). An export that is no re-pull is a slice (another
/// product or entity), added to the others. A row repeated exactly stands for one earlier copy,
/// which joins the later export.
struct CubeExports: Sendable {
  /// Repeated headers above the current row.
  private(set) var current: Int32 = 0
  /// Per body row: its account (−1 when the row is not a customer's), export, and whether it
  /// has an amount other than 0.
  private var account: [Int32]
  private var export: [Int32]
  private var hasRevenue: [Bool]
  /// What says which exports are re-pulls.
  private var evidence = RePullEvidence()
  /// For an earlier row a later export repeats: the line of the repeat.
  private var repeatLine = [Int: Int]()
  /// The customers' rows by their cells, from the first repeated header on (a file of one
  /// export pays nothing).
  private var byKey: [[String]: [Int]]?

  /// Exports of a table of `rows` body rows.
  init(rows: Int) {
    account = [Int32](repeating: -1, count: rows)
    export = [Int32](repeating: 0, count: rows)
    hasRevenue = [Bool](repeating: false, count: rows)
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

  /// Body row `row`, keyed `key`, is a row of customer `customer`, with an amount other than 0
  /// or not.
  mutating func use(row: Int, customer: Int, key: [String], hasRevenue isRevenue: Bool) {
    account[row] = Int32(customer)
    export[row] = current
    hasRevenue[row] = isRevenue
    // A cube's exports share their months: every row is in the periods of the exports above.
    if isRevenue && current > 0 { evidence.newRow(in: Int(current)) }
    byKey?[key, default: []].append(row)
  }

  /// A row on `line` repeating an earlier export's row keyed `key` exactly: one earlier copy not
  /// yet in this export joins it; a customer's revenue row counts toward this export's being a
  /// re-pull.
  mutating func repeats(key: [String], line: Int) {
    guard let r = byKey?[key]?.first(where: { export[$0] < current }) else { return }
    if hasRevenue[r] { evidence.repeats(revenueRowOf: Int(export[r]), in: Int(current)) }
    export[r] = current
    repeatLine[r] = line
  }

  /// The customer of body row `row` (−1 when the row is none's).
  func customer(ofRow row: Int) -> Int { Int(account[row]) }

  /// What the re-pulls restate.
  struct Restatement: Sendable {
    /// Body rows left out: a customer's rows in exports a later re-pull holding it restates.
    var leftOut: [Int] = []
    /// The first of them and a line of the export restating it.
    var example: (row: Int, by: Int)?
    /// Customers with rows in an export a later re-pull restates and none in it (kept), and the
    /// first's row.
    var missing = 0
    var missingExample: Int?
  }

  /// The rows the re-pulls restate, given each body row's line.
  /// - Complexity: O(rows × re-pulls holding a customer).
  func restatement(lines: (Int) -> Int) -> Restatement {
    var result = Restatement()
    let restates = evidence.restated()
    guard !restates.isEmpty else { return result }
    // The re-pulls holding each customer, with a line of each.
    var holding = [Int32: [(export: Int, line: Int)]]()
    for r in account.indices where account[r] >= 0 && restates[Int(export[r])] != nil {
      let e = Int(export[r])
      if holding[account[r]]?.contains(where: { $0.export == e }) == true { continue }
      holding[account[r], default: []].append((e, repeatLine[r] ?? lines(r)))
    }
    // Exports some re-pull restates (each restates only exports before it).
    let restated = Set(restates.values.joined())
    var missing = Set<Int32>()
    for r in account.indices where account[r] >= 0 {
      let e = Int(export[r])
      if let by = holding[account[r]]?.first(where: {
        $0.export > e && restates[$0.export]!.contains(e)
      }) {
        result.leftOut.append(r)
        if result.example == nil { result.example = (r, by.line) }
      } else if restated.contains(e), missing.insert(account[r]).inserted {
        // Kept from an export a later re-pull restates: the customer has no row in it.
        result.missing += 1
        if result.missingExample == nil { result.missingExample = r }
      }
    }
    return result
  }
}
