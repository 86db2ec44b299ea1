import ARRCore

/// The ARR a workbook's company-level summary tab states (`docs/workbook.md`, "Which sheets";
/// `docs/import.md`, "Files that hold no recurring revenue"): a tab of company metrics by month
/// (`MRR`, `ARR`, `Paying customers`) is no customers' revenue and is left out, but its ARR row at
/// the as-of month (or its MRR row × 12) is the company's own claim, read as `reported_arr` so
/// that the report's claim-vs-measured section compares it with the ARR measured from the
/// customers.
///
/// Decided (session 24, lane t24b; trial 22, T22-24): the Summary tab said $777,546 at Dec-24,
/// 21% above the $642,600 of the customer tab, and the report never said so.
struct SummaryClaim: Sendable, Equatable {
  /// Where the claim was read, for messages (`book.xlsx: Summary`).
  var source: String
  /// The row's label as written (`ARR`, `Total MRR`).
  var label: String
  /// Whether the row holds MRR (× 12 for ARR).
  var isMonthly: Bool
  /// The row's cells by month: where each is (`book.xlsx: Summary!Y4`) and its cents.
  var cells: [Month: Cell]
  /// A snapshot's cell when nothing dates it (``snapshot(_:)``): read as of the data's as-of
  /// month, and said so.
  var undated: Cell? = nil

  struct Cell: Sendable, Equatable {
    var position: String
    var cents: Int64
  }

  /// Labels of an ARR row, then of an MRR row (after ``MonthlyTableLayout/key(_:)``).
  static let annualLabels = [
    "arr", "total arr", "ending arr", "end arr", "closing arr", "annual recurring revenue",
    "arr run rate",
  ]
  static let monthlyLabels = [
    "mrr", "total mrr", "ending mrr", "end mrr", "closing mrr", "monthly recurring revenue",
  ]

  /// The claim of a summary tab read as a cube of company metrics (`layout`), or `nil` when no
  /// row is labelled ARR or MRR or the tab is labelled in thousands (`thousands`: not read).
  static func find(_ table: ImportTable, layout: CubeLayout, isInThousands: Bool)
    -> SummaryClaim?
  {
    guard !isInThousands, let label = layout.roles[.name] ?? layout.roles[.id] else {
      return nil
    }
    let rows = table.records[(layout.headerIndex + 1)...]
    for (names, isMonthly) in [(annualLabels, false), (monthlyLabels, true)] {
      let row = names.lazy.compactMap { name in
        rows.first { r in
          label < r.cells.count && MonthlyTableLayout.key(r.cells[label]) == name
        }
      }.first
      guard let row else { continue }
      var cells = [Month: Cell]()
      for (column, month) in layout.months where column < row.cells.count {
        let text = row.cells[column]
        guard let cents = money(text) else { continue }
        // `Summary!Y4`, without the workbook's name the source already gives.
        let position = table.position(line: row.line, column: column + 1)
        let cell =
          table.sheet.map { String(position.dropFirst($0.workbook.count + 2)) } ?? position
        cells[month] = Cell(position: cell, cents: cents)
      }
      guard !cells.isEmpty else { continue }
      return SummaryClaim(
        source: table.file, label: row.cells[label], isMonthly: isMonthly, cells: cells)
    }
    return nil
  }

  /// Sets `company`'s reported ARR to the claim at its as-of month, with a note naming the cell,
  /// and a finding when it differs from the headline ARR by more than 1%; a note when the tab
  /// has no cell for that month.
  func apply(to company: inout ImportedCompany) {
    let asOf = company.asOf
    guard let cell = cells[asOf] ?? undated else {
      company.log.notes.append(
        "\(source): its \"\(label)\" row has no amount for \(asOf), the as-of month: no reported "
          + "ARR is read from it")
      return
    }
    let claim = isMonthly ? cell.cents * 12 : cell.cents
    company.reportedARR = claim
    let m = asOf.months(since: company.firstMonth)
    let months = company.monthCount
    var mrr: Int64 = 0
    for a in company.accounts.indices { mrr += company.mrr[a * months + m] }
    let headline = mrr * 12
    let currency = company.log.currency.map { " " + $0 } ?? ""
    company.log.notes.append(
      "\(source): the company's reported ARR is read from its \"\(label)\" row at \(asOf) ("
        + "\(cell.position)"
        + (isMonthly ? ", MRR × 12" : "")
        + (cells[asOf] == nil ? "; it names no month, so it is read as of \(asOf)" : "")
        + "): \(Money.decimalString(cents: claim))\(currency); "
        + "the report compares it with the ARR measured from the customers")
    guard headline > 0 else { return }
    let gap = Double(claim - headline) / Double(headline)
    guard abs(gap) > 0.01 else { return }
    let percent = (abs(gap) * 1000).rounded() / 10
    company.log.addFinding(
      "\(source) states ARR of \(Money.decimalString(cents: claim))\(currency) at \(asOf) "
        + "(\(cell.position), \"\(label)\"\(isMonthly ? " × 12" : "")), \(percent)% "
        + (gap > 0 ? "above" : "below") + " the headline ARR of "
        + "\(Money.decimalString(cents: headline))\(currency) measured from the customers' "
        + "revenue: the company's figure and its customer data disagree",
      arrCents: abs(claim - headline))
  }
}
