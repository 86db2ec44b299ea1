import ARRCore

extension TitleAsOf {
  /// The company read at the report's date a title gives, when it is earlier than the data's
  /// last month: lines dated after the export was made are scheduled, not billed. `company` is
  /// the reading at the data's last month; `readAt` reads the tables again at a month.
  ///
  /// Kept as read, with a note saying why, when the date reads two ways (no `--date-order`),
  /// when it is the data's last month or later (months after the last line hold nothing yet:
  /// measured there, every customer would look gone), when it is before the data's first month,
  /// or when the tables cannot be read at it.
  /// - Parameters:
  ///   - stated: The title's date.
  ///   - file: The file (or `book.xlsx: sheet`) whose title gives it.
  ///   - options: The import's options (`--date-order` decides a date that reads two ways).
  /// - Complexity: O(1), plus a second read of the tables when the date is used.
  static func settle(
    _ company: ImportedCompany, stated: TitleAsOf, file: String, options: ImportOptions,
    readAt: (Month) throws(ARRQualityError) -> ImportedCompany
  ) -> ImportedCompany {
    var kept = company
    let quoted = "\(file):\(stated.line): the title's \"\(stated.cell)\""
    guard let month = stated.month(order: options.dateOrder) else {
      kept.log.notes.append(
        "\(quoted) reads as month/day or day/month, so it was not read as the report's date: "
          + "the as-of month is the data's last, \(company.asOf); pass --date-order, or --as-of "
          + "to measure at the report's date")
      return kept
    }
    if month == company.asOf { return company }
    if month > company.asOf {
      // The title (this date or another of its dates: an export stamp beside a period-end
      // `as of`) dated the export inside a partly filled last month, left out: said there.
      if company.log.findings.contains(where: { $0.hasSuffix(CubeData.insideSuffix) }) {
        return company
      }
      kept.log.notes.append(
        "\(quoted) is later than the data's last month, \(company.asOf): measured at "
          + "\(company.asOf), the last month with lines (the months after it hold none yet, and "
          + "every customer would look gone there)")
      return kept
    }
    if month < company.firstMonth {
      kept.log.notes.append(
        "\(quoted) is before the data's first month, \(company.firstMonth), so it is not the "
          + "report's date for these lines: measured at the data's last month, \(company.asOf)")
      return kept
    }
    do throws(ARRQualityError) {
      var atTitle = try readAt(month)
      atTitle.log.notes.append(
        "\(quoted) gives the report's date: measured as of \(month); the data's "
          + "\(CountText.phrase(company.asOf.months(since: month), "later month")) (to "
          + "\(company.asOf)) are read as scheduled, not yet billed, and left out of every "
          + "figure; pass --as-of to measure at another month")
      return atTitle
    } catch {
      kept.log.notes.append(
        "\(quoted) gives a report's date, \(month), at which this data cannot be read ("
          + error.message + "): measured at the data's last month, \(company.asOf)")
      return kept
    }
  }
}
