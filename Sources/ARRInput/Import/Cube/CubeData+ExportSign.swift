import ARRCore

/// What a cube's title says of the day it was exported, against its last month
/// (`docs/import.md`, "A last month partly filled"; review 46b, R46b-9 to R46b-13).
///
/// A report's date in a title line (``TitleAsOf``: `As of Dec 12, 2026`, `Exported 2026-12-12
/// 09:14`, `Report date: 12/12/2026` in the file's day/month order) is read both ways: inside
/// the last month before its last day, the month was exported while its invoices came in (it
/// may be partly filled); on or after its last day, the report covers the whole month (it is
/// complete: no fall moves the as-of month, and only a sweeping one is a range,
/// ``periodEndSweepFinding(_:file:values:cell:money:)``). A title saying `MTD` or `month to
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
  /// the title says nothing of it. Every date of the title is read (``titleDates``): one inside
  /// the month wins over one on or after its last day — an export stamp says when the data was
  /// taken, a period-end `as of` only which period the report covers (`Revenue by customer as
  /// of 2026-12-31 (exported 2026-12-12 09:14)`; review 47b, R47b-7).
  func exportSign(order: DateOrder?) -> ExportSign? {
    let month = firstMonth.adding(months: monthCount - 1)
    let lastDay = CivilDate.firstDay(of: month.adding(months: 1)).daysSinceEpoch - 1
    var complete: ExportSign?
    for title in titleDates where !title.isMonthOnly && (!title.isAmbiguous || order != nil) {
      guard let day = LedgerDate.parse(title.text, order: order ?? title.order ?? .mdy),
        day.month >= month
      else { continue }
      if day.daysSinceEpoch < lastDay { return .inside(title.cell) }
      if complete == nil { complete = .complete(title.cell) }
    }
    return complete ?? monthToDate.map { .inside($0) }
  }

  /// The end of the partial-month finding when title cell `cell` moved the as-of month.
  static func insideText(_ cell: String) -> String {
    " The title's \"\(cell)\"" + insideSuffix
  }

  /// How ``insideText(_:)`` ends.
  static let insideSuffix = " dates the export inside it."

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

  /// The finding on a sweeping fall (``PartialMonth/isSweeping``) in a last month the title
  /// dates on or after its last day (title cell `cell`): the as-of month stays the title's,
  /// and the month before's amounts are the headline's other reading, a range — a report run
  /// before its period closed is often titled at the period's end (a statement "as at 31
  /// December" printed on the 9th), and in the cells such a cut and accounts leaving by
  /// contract at the period's end look alike (review 47b, R47b-6: `c31`, 28 of 40 accounts
  /// with no December cell under "as of 2026-12-31", was measured at December with nothing
  /// said, $422,640 for $1,308,120; review 46b's `r20b`, contracts ended on June 30, keeps its
  /// headline). `money` writes an amount of ARR.
  /// - Returns: The text and its stake, the ARR between the two readings.
  static func periodEndSweepFinding(
    _ partial: PartialMonth, file: String, values: ImportValues, cell: String,
    money: (Int64) -> String
  ) -> (text: String, stake: Int64) {
    let previous = partial.month.adding(months: -1)
    let total = arr(partial.total, values: values)
    let previousTotal = arr(partial.previousTotal, values: values)
    let text =
      "\(file): the title's \"\(cell)\" dates the report on or after the last day of "
      + "\(partial.month), so the as-of month stays \(partial.month); but "
      + fallText(partial)
      + "Either reading fits: \(CountText.grouped(partial.missing)) accounts leaving at the "
      + "period's end, or an export made before the month's invoices were all in under a title "
      + "naming the period's end (a cut leaves a column so, in the last column only). ARR is a "
      + "range: \(money(total)) as measured at \(partial.month), \(money(previousTotal)) at "
      + "\(previous)'s amounts if the month is partly filled (--as-of \(previous) measures the "
      + "last complete month)"
    return (text, max(0, previousTotal &- total))
  }
}
