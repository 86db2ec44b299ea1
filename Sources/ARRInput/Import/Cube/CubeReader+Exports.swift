import ARRCore

extension CubeReader {
  /// Leaves out the rows a later re-pull restates (``CubeExports``): their amounts come out of
  /// the cells into the tie-out's left-out part, their negative cells and lines go, and findings
  /// say how many, and which customers a later re-pull lacks (kept).
  /// - Parameters:
  ///   - restatement: What the re-pulls restate.
  ///   - body: The table's rows below its header, as the exports index them.
  ///   - kept: The month columns read (through the as-of month).
  ///   - rowLines: Each customer's lines, for the "several rows" finding.
  static func restate(
    _ restatement: CubeExports.Restatement, exports: CubeExports, body: [ImportTable.Record],
    kept: [(column: Int, month: Month)], amountCells: AmountCells, rowLines: inout [[Int]],
    data: inout CubeData, file: String, log: inout ImportLog
  ) {
    var dropped = Set<Int>()
    for r in restatement.leftOut {
      let a = exports.customer(ofRow: r)
      let cells = body[r].cells
      for m in kept {
        // The row was read, so each of its cells reads (a blank one is 0).
        let text = m.column < cells.count ? cells[m.column] : ""
        let v = (try? amountCells.hundredths(text)) ?? 0
        let i = a * data.monthCount + m.month.months(since: data.firstMonth)
        data.cells[i] = data.cells[i] &- v
        log.tieOut.add(v, to: \.leftOutCents)
      }
      dropped.insert(body[r].line)
      rowLines[a].removeAll { $0 == body[r].line }
    }
    if !dropped.isEmpty { data.negatives.removeAll { dropped.contains($0.line) } }
    if let e = restatement.example {
      let n = restatement.leftOut.count
      log.findings.append(
        "\(file): \(Counted.phrase(n, "row")) of an earlier export \(n == 1 ? "is" : "are") "
          + "restated by a later one below a repeated header (line \(body[e.row].line) by line "
          + "\(e.by)): each customer is read from the last export that has it, the earlier rows "
          + "left out (counted in the tie-out)")
    }
    if let r = restatement.missingExample {
      let n = restatement.missing
      let id = data.accounts[exports.customer(ofRow: r)].id
      log.findings.append(
        "\(file): \(Counted.phrase(n, "customer", verb: ("has", "have"))) rows in an earlier export and none "
          + "in a later re-pull of it below a repeated header (first \"\(id)\", line "
          + "\(body[r].line)): kept from the earlier export; if the later pull is the truth (a "
          + "customer removed), that revenue is not")
    }
  }

  /// Reads again the facts of each customer with a row left out as restated, from its kept rows
  /// in order (``refreshFacts(_:layout:header:amountCells:accounts:file:log:)``).
  /// - Parameters:
  ///   - restatement: What the re-pulls restate: its left-out rows name the customers.
  ///   - rowLines: Each customer's kept lines (``restate(_:exports:body:kept:amountCells:rowLines:data:file:log:)``
  ///   has taken the left-out ones away).
  static func refreshFacts(
    _ restatement: CubeExports.Restatement, exports: CubeExports, body: [ImportTable.Record],
    rowLines: [[Int]], layout: CubeLayout, header: [String], amountCells: AmountCells,
    data: inout CubeData, file: String, conflicts: inout [FactConflict]
  ) {
    // Any row left out, not only a customer's first: a later restated row may have given a
    // fact the first row left blank (review 12, F10).
    let affected = Set(restatement.leftOut.map { exports.customer(ofRow: $0) })
    guard !affected.isEmpty else { return }
    var rowOfLine = [Int: Int]()
    for r in body.indices where affected.contains(exports.customer(ofRow: r)) {
      rowOfLine[body[r].line] = r
    }
    var kept = [Int: [(line: Int, cells: [String])]]()
    for a in affected {
      kept[a] = rowLines[a].compactMap { line in rowOfLine[line].map { (line, body[$0].cells) } }
    }
    refreshFacts(
      kept, layout: layout, header: header, amountCells: amountCells, accounts: &data.accounts,
      file: file, conflicts: &conflicts)
  }

  /// Reads again the facts of each account of `kept` (a customer with a row left out as
  /// restated) from its kept rows, in line order, as the reading pass merges them
  /// (``merge(_:into:account:conflicts:)``); the customer's conflicts are replaced by those
  /// among its kept rows. Shared by the cube and the monthly table (review 11, F3).
  static func refreshFacts(
    _ kept: [Int: [(line: Int, cells: [String])]], layout: CubeLayout, header: [String],
    amountCells: AmountCells, accounts: inout [ImportedAccount], file: String,
    conflicts: inout [FactConflict]
  ) {
    var fresh = [FactConflict]()
    var terms = TermReadings()
    for a in kept.keys.sorted() {
      let old = accounts[a]
      var facts: ImportedAccount?
      for (line, cells) in kept[a]! {
        var row = ImportedAccount(id: old.id, name: old.name, source: (file, line))
        var problems = [InputProblem]()
        var noValue = NoValueCells()
        readFacts(
          cells, layout: layout, header: header, into: &row, line: line, file: file,
          amounts: amountCells, problems: &problems, noValue: &noValue, terms: &terms)
        if facts == nil {
          facts = row
        } else {
          merge(row, into: &facts!, account: a, conflicts: &fresh)
        }
      }
      guard var new = facts else { continue }
      if new.segment == nil { new.segment = old.segment }
      new.rules = old.rules
      accounts[a] = new
    }
    // A difference found while reading, with a row now left out, is no longer one; those among
    // the kept rows are found again.
    conflicts.replace(of: Set(kept.keys), with: fresh)
  }
}
