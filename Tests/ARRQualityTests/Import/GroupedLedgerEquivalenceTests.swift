import ARRQuality
import Testing

/// A grouped report (QuickBooks' "Sales by Customer Detail": each customer's name on a row of
/// its own, its lines below, `Total for …` rows, a grand total) holding the same lines as the
/// data room's realistic ledger imports exactly as the ledger does, and every subtotal ties out.
@Suite struct GroupedLedgerEquivalenceTests {
  /// `cells` as one CSV record, quoting where needed.
  static func row(_ cells: [String]) -> String {
    cells.map { c in
      c.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
        ? "\""
          + c.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
          + "\"" : c
    }.joined(separator: ",") + "\n"
  }

  /// Cents of a plain decimal (`-1234.5`, `418377.96`).
  static func cents(_ text: String) throws -> Int64 {
    let negative = text.hasPrefix("-")
    let parts = text.drop { $0 == "-" }.split(separator: ".", omittingEmptySubsequences: false)
    let whole = try #require(Int64(parts[0]))
    var fraction = parts.count > 1 ? String(parts[1].prefix(2)) : ""
    while fraction.count < 2 { fraction += "0" }
    let value = whole * 100 + (try #require(Int64(fraction)))
    return negative ? -value : value
  }

  /// `cents` as a plain decimal (`-1234.05`).
  static func text(_ cents: Int64) -> String {
    let m = cents.magnitude
    return (cents < 0 ? "-" : "") + "\(m / 100)." + (m % 100 < 10 ? "0" : "") + "\(m % 100)"
  }

  /// The ledger regrouped by `Customer ID` into a grouped report: title lines, a header whose
  /// first cell is blank and without the customer columns, subtotals of the billed lines.
  static func grouped(_ ledger: [UInt8]) throws -> String {
    let table = try ImportTable.read(ledger, file: "ledger.csv")
    let header = table.records[0].cells
    let id = try #require(header.firstIndex(of: "Customer ID"))
    let name = try #require(header.firstIndex(of: "Customer"))
    let amount = try #require(header.firstIndex(of: "Amount"))
    let status = try #require(header.firstIndex(of: "Status"))
    let kept = header.indices.filter { $0 != id && $0 != name }
    var order = [String]()
    var lines = [String: [[String]]]()
    for r in table.records.dropFirst() {
      if lines[r.cells[id]] == nil { order.append(r.cells[id]) }
      lines[r.cells[id], default: []].append(r.cells)
    }
    var out = row(["Sales by Customer Detail"]) + row(["Generated Inc."]) + "\n"
    out += row([""] + kept.map { header[$0] })
    let amountAt = try #require(kept.firstIndex(of: amount)) + 1
    var total: Int64 = 0
    for customer in order {
      out += row([customer] + kept.map { _ in "" })
      var sum: Int64 = 0
      for cells in lines[customer]! {
        out += row([""] + kept.map { cells[$0] })
        if !["void", "draft"].contains(cells[status]) { sum += try cents(cells[amount]) }
      }
      var subtotal = [String](repeating: "", count: kept.count + 1)
      subtotal[0] = "Total for \(customer)"
      subtotal[amountAt] = text(sum)
      out += row(subtotal)
      total += sum
    }
    var grand = [String](repeating: "", count: kept.count + 1)
    grand[0] = "TOTAL"
    grand[amountAt] = text(total)
    return out + row(grand) + "\n" + row(["Accrual basis Tuesday, December 1, 2026"])
  }

  @Test(arguments: [(GeneratorProfile.enterpriseSaaS, 150, 24, 3 as UInt64), (.plgSMB, 200, 18, 4)])
  func aGroupedReportReadsAsItsLedger(
    profile: GeneratorProfile, accounts: Int, months: Int, seed: UInt64
  ) throws {
    let options = GeneratorOptions(profile: profile, accounts: accounts, months: months, seed: seed)
    let ledger = DataRoom.ledger(options, style: .realistic)
    let flat = try Importer.read([Importer.SourceFile(name: "ledger.csv", bytes: ledger)])
    let text = try Self.grouped(ledger)
    let grouped = try Importer.read(
      [Importer.SourceFile(name: "sales.csv", bytes: Array(text.utf8))])
    #expect(grouped.accounts.map(\.id) == flat.accounts.map(\.id))
    #expect(grouped.firstMonth == flat.firstMonth)
    #expect(grouped.asOf == flat.asOf)
    #expect(grouped.mrr == flat.mrr)
    #expect(grouped.oneTime == flat.oneTime)
    #expect(grouped.log.tieOut == flat.log.tieOut)
    #expect(!grouped.log.findings.contains { $0.contains("subtotal") })
    let file = grouped.log.files[0]
    #expect(file.skipped[.subtotal] == flat.accounts.count)
    #expect(file.skipped[.customerHeader] == flat.accounts.count)
    #expect(file.rowsUsed == flat.log.files[0].rowsUsed)
    #expect(file.rowsRead == file.rowsUsed + file.rowsSkipped)
  }
}
