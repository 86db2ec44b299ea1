import ARRCore

/// What a cube's title says of the day it was exported, against its last month
/// (`docs/import.md`, "A last month partly filled"; review 46b, R46b-9 to R46b-13).
///
/// A report's date in a title line (``TitleAsOf``: `As of Dec 12, 2026`, `Exported 2026-12-12
/// 09:14`, `Report date: 12/12/2026` in the file's day/month order) is read both ways: inside
/// the last month before its last day, the month was exported while its invoices came in (it
/// may be partly filled); on or after its last day, the month was over when the file was made
/// (it is complete, whatever its fall: no cut, no range). A title saying `MTD` or `month to
/// date` with no such date dates the export inside the last month. A date naming no day
/// (`as of Dec 2026`), a date before the last month, or one that reads two ways with no
/// `--date-order`, says nothing here.
extension CubeData {
  /// The sign and the title cell giving it.
  enum ExportSign: Equatable, Sendable {
    /// The export was made inside the last month, before its last day.
    case inside(String)
    /// The export was made on or after the last month's last day.
    case complete(String)

    /// Whether the export was made inside the last month.
    var isInside: Bool {
      if case .inside = self { return true }
      return false
    }

    /// The title cell.
    var cell: String {
      switch self {
      case .inside(let cell), .complete(let cell): return cell
      }
    }
  }

  /// The last month's ``ExportSign``, `order` deciding a date that reads two ways; `nil` when
  /// the title says nothing of it.
  func exportSign(order: DateOrder?) -> ExportSign? {
    let month = firstMonth.adding(months: monthCount - 1)
    if let title, !title.isMonthOnly, !title.isAmbiguous || order != nil,
      let day = LedgerDate.parse(title.text, order: order ?? title.order ?? .mdy),
      day.month >= month
    {
      let lastDay = CivilDate.firstDay(of: month.adding(months: 1)).daysSinceEpoch - 1
      return day.daysSinceEpoch < lastDay ? .inside(title.cell) : .complete(title.cell)
    }
    return monthToDate.map { .inside($0) }
  }

  /// The end of the partial-month finding when title cell `cell` moved the as-of month.
  static func insideText(_ cell: String) -> String {
    " The title's \"\(cell)\" dates the export inside it."
  }

  /// The note on a fall in a last month the title says was over when the file was made
  /// (``ExportSign/complete(_:)``): measured as read, the accounts with nothing in it left.
  static func completeMonthNote(_ partial: PartialMonth, file: String, cell: String) -> String {
    let previous = partial.month.adding(months: -1)
    return
      "\(file): the title's \"\(cell)\" dates the export on or after the last day of "
      + "\(partial.month), so the month is complete: of the "
      + "\(CountText.grouped(partial.regulars)) accounts with an amount in both "
      + "\(partial.month.adding(months: -2)) and \(previous), the "
      + "\(CountText.grouped(partial.missing)) with none in it are read as leaving, not as a "
      + "cut (--as-of \(previous) measures the month before)"
  }
}
