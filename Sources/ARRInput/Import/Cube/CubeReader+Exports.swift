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
        "\(file): \(n) row\(n == 1 ? "" : "s") of an earlier export \(n == 1 ? "is" : "are") "
          + "restated by a later one below a repeated header (line \(body[e.row].line) by line "
          + "\(e.by)): each customer is read from the last export that has it, the earlier rows "
          + "left out (counted in the tie-out)")
    }
    if let r = restatement.missingExample {
      let n = restatement.missing
      let id = data.accounts[exports.customer(ofRow: r)].id
      log.findings.append(
        "\(file): \(n) customer\(n == 1 ? " has" : "s have") rows in an earlier export and none "
          + "in a later re-pull of it below a repeated header (first \"\(id)\", line "
          + "\(body[r].line)): kept from the earlier export; if the later pull is the truth (a "
          + "customer removed), that revenue is not")
    }
  }
}
