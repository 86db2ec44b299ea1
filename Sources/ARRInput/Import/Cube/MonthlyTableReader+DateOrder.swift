// MonthlyTableReader: the month column read under one day/month order.
import ARRCore

extension MonthlyTableReader {
  /// The month each distinct month cell names, under one day/month order for the whole column.
  struct MonthColumnReading {
    var months: [String: Month]
    var order: DateOrder?
    var reason: String?
    /// The note saying how cells of digits alone were read (``LedgerDate/digitsNote(file:cells:)``).
    var digits: String?
    /// The information finding saying month starts written in UTC were read as the months they
    /// start (``utcMonthStarts(_:file:)``).
    var utc: String?
  }

  /// Month starts converted to UTC from a zone east of Greenwich (`2024-12-31T23:00:00Z` for
  /// January, Berlin's midnight, as pandas' `tz_convert('UTC')` and most warehouses write it):
  /// when **every** month cell is a timestamp of a year-first date at a time that is not midnight,
  /// on a whole hour, half or three quarters past (a zone's offset, to the second), and as
  /// near a month's start as a zone can be (a month's last day from 11:00 marked UTC by `Z` or
  /// `+00:00`, zones to UTC+13, from 10:00, UTC+14, only beside 11:00 on a last day, or its
  /// first day before 12:00, zones to UTC−12), and at least
  /// one is on a last day, each is read as the month that starts at that moment in the zone (an
  /// end-of-day stamp, `2025-01-31 23:59:59`, or a last day's time with no zone stays in its
  /// month: review 36); `nil` otherwise, when no cell moves (session 36, imp; hostile trial 35,
  /// H35-7: every month was read one early, as of 2025-05 for 2025-06, silently). Zones to
  /// UTC+14 (session 37, imp; retest 36, N1: Auckland's month starts, `2024-12-31T11:00:00Z`
  /// for January, still read a month early, as of 2025-05, silently: the rule began at 12:00).
  /// 10:00 alone stays in its month (session 38, imp; review 37, R37-7: Hawaii's month ends,
  /// `2025-06-30T10:00:00Z`, read a month late, as of 2025-07). A month's last second converted
  /// to UTC from a zone west of Greenwich (`2025-02-01T04:59:59Z`, New York's 31 January
  /// 23:59:59: one second before an offset, on a first day before 12:00) is read as the month
  /// before (session 38, imp; retest 36, v5e: as of 2025-07 for 2025-06, silently).
  /// - Returns: Each text's month and the information finding naming the times seen and the
  ///   month the column runs to as written and as read (review 36 #7).
  static func utcMonthStarts(_ texts: Set<String>, file: String)
    -> (months: [String: Month], note: String)?
  {
    var months = [String: Month]()
    var times = Set<String>()
    var example: (text: String, month: Month)?
    var written: Month?
    var cells = [
      (text: String, date: CivilDate, time: Substring, hour: Int, isUTC: Bool, isEnd: Bool)
    ]()
    var ends = 0
    for text in texts {
      let lower = text.lowercased()
      guard let cut = lower.firstIndex(where: { $0 == " " || $0 == "t" }),
        let dateText = MonthHeader.dateOfTimestamp(lower), let date = CivilDate(String(dateText))
      else { return nil }
      var time = lower[lower.index(after: cut)...]
      var isUTC = false
      if time.hasSuffix("z") {
        time = time.dropLast()
        isUTC = true
      } else if time.hasSuffix("+00:00") || time.hasSuffix("-00:00") {
        time = time.dropLast(6)
        isUTC = true
      }
      let clock = time.split(separator: ":")
      // A zone's offset is whole hours, or half or three quarters of one, to the second: an
      // end-of-day stamp (`2025-01-31 23:59:59`, the month's last moment) is no month start
      // moved by a zone (review 36: it read as the next month).
      guard clock.count >= 2, clock.allSatisfy({ !$0.isEmpty }),
        time.allSatisfy({ $0.isASCII && ($0.isNumber || ":.".contains($0)) }),
        let hour = Int(clock[0]), let minute = Int(clock[1]), (0..<24).contains(hour)
      else { return nil }
      // Or one second before an offset: a month's last second in a zone (`2025-02-01T04:59:59Z`
      // is New York's 31 January 23:59:59; session 38, imp; retest 36, v5e: read as February,
      // as of 2025-07 for 2025-06, silently).
      let isLastSecond =
        clock.count == 3 && [59, 29, 44].contains(minute) && Double(clock[2]) == 59
      guard
        isLastSecond
          || ([0, 30, 45].contains(minute) && clock.dropFirst(2).allSatisfy({ Double($0) == 0 })
            && (hour != 0 || minute != 0))
      else { return nil }
      cells.append((text, date, time, hour, isUTC, isLastSecond))
    }
    // From 11:00 UTC: UTC+13's midnight (Auckland's summer, Tonga). 10:00 is UTC+14's (Kiribati)
    // but also a month end's midnight in UTC−10 (Hawaii, whose month-end dates converted to UTC
    // read a month late: review 37, R37-7), so it moves only beside 11:00 on a last day, a
    // summer-time pair of one zone (UTC+14 and +13, as Samoa's was).
    let lastDayHours = Set(
      cells.filter { $0.isUTC && !$0.isEnd && $0.date == CivilDate.lastDay(of: $0.date.month) }
        .map(\.hour))
    let earliest = lastDayHours.contains(11) ? 10 : 11
    for (text, date, time, hour, isUTC, isEnd) in cells {
      let isLastDay = date == CivilDate.lastDay(of: date.month)
      if isEnd {
        // A month's last second: on a first day in UTC before 12:00, a zone west of
        // Greenwich's (to UTC−12), the month before; on a last day, its own month (a zone
        // east's, or the day's own last second).
        if date.parts.day == 1 && hour < 12 && isUTC {
          months[text] = date.month.adding(months: -1)
          ends += 1
          if example == nil || text < example!.text {
            example = (text, date.month.adding(months: -1))
          }
        } else if isLastDay {
          months[text] = date.month
        } else {
          return nil
        }
        times.insert(String(time.prefix(8)))
        written = max(written ?? date.month, date.month)
        continue
      }
      // A month's last day moves to the next month only when the cell says it is UTC: a
      // time with no zone on a last day is that day's, in the month it names.
      if isLastDay && hour >= earliest && isUTC {
        months[text] = date.month.adding(months: 1)
        if example == nil || text < example!.text { example = (text, date.month.adding(months: 1)) }
      } else if date.parts.day == 1 && hour < 12 {
        months[text] = date.month
      } else {
        return nil
      }
      times.insert(String(time.prefix(5)))
      written = max(written ?? date.month, date.month)
    }
    guard let example, let written, let read = months.values.max() else { return nil }
    let seen = times.sorted().map { "\($0) UTC" }
    let how =
      ends == 0
      ? "read as the months they start in a zone east of Greenwich"
      : ends == months.count
        ? "read as the last second of the month before in a zone west of Greenwich (a month's "
          + "end converted to UTC)"
        : "read as the months they start or end in zones east or west of Greenwich"
    return (
      months,
      "\(file): the month column's cells are timestamps at \(seen.joined(separator: ", ")) on a "
        + "month's \(ends == months.count ? "first day" : "last day or first"), \(how), so the file "
        + "runs to \(read) (to \(written) as "
        + "written; \"\(example.text)\" is \(example.month)); write the month's own date "
        + "(2025-01-01) to read it as written"
    )
  }

  /// Reads the month column's distinct texts. The order is `--date-order` when given; else the
  /// only one under which every cell reads; else, when both do and some cell reads differently,
  /// the one under which every date is the first or the last day of its month (a monthly
  /// table's dates are month starts or ends, so `01/03/2024` beside `01/04/2024` is day first).
  /// - Throws: `.invalidData` when neither order decides.
  static func dateOrder(
    _ body: ArraySlice<ImportTable.Record>, layout: MonthlyTableLayout, file: String,
    options: ImportOptions
  ) throws(ARRQualityError) -> MonthColumnReading {
    var texts = Set<String>()
    // A date of digits alone (`20240131`, Unix seconds or milliseconds, as an API or a data
    // warehouse writes it) names its UTC day's month whatever the order, as a ledger's date does
    // (session 27, t27a lane: trial 25, ChartMogul's activities with `1673197200000` were 127
    // times "not a date").
    var digits = [String: Month]()
    var digitCells = [(text: String, line: Int)]()
    for r in body where layout.period < r.cells.count && !r.cells[layout.period].isEmpty {
      let text = r.cells[layout.period]
      if let d = LedgerDate.digitsDate(text) {
        digits[text] = d.date.month
        digitCells.append((text, r.line))
      } else {
        texts.insert(text)
      }
    }
    let note = LedgerDate.digitsNote(file: file, cells: digitCells)
    if let utc = utcMonthStarts(texts, file: file) {
      return MonthColumnReading(
        months: digits.merging(utc.months) { a, _ in a }, order: options.dateOrder, reason: nil,
        digits: note, utc: utc.note)
    }
    let readings = texts.map { ($0, MonthHeader.read($0)) }
    func months(_ order: DateOrder) -> [String: Month] {
      var out = digits
      for (text, reading) in readings { if let m = reading.month(order) { out[text] = m } }
      return out
    }
    if let given = options.dateOrder {
      return MonthColumnReading(
        months: months(given), order: given,
        reason: "day/month order \(given.rawValue) (--date-order)", digits: note)
    }
    let mdy = months(.mdy)
    let dmy = months(.dmy)
    guard readings.contains(where: { $0.1.isAmbiguous }) else {
      // No cell depends on the order: take every reading there is.
      return MonthColumnReading(
        months: mdy.merging(dmy) { a, _ in a }, order: nil, reason: nil, digits: note)
    }
    let readable = [DateOrder.mdy, .dmy].filter {
      months($0).count == digits.count + readings.filter { $0.1.isMonth }.count
    }
    func isMonthEdge(_ order: DateOrder) -> Bool {
      readings.allSatisfy { text, reading in
        guard reading.isMonth else { return true }
        guard let d = MonthHeader.date(text, order: order) else { return false }
        return d.parts.day == 1 || d == CivilDate.lastDay(of: d.month)
      }
    }
    let edges = readable.filter(isMonthEdge)
    let chosen = readable.count == 1 ? readable[0] : edges.count == 1 ? edges[0] : nil
    guard let chosen else {
      let example = readings.first { $0.1.isAmbiguous }!.0
      throw .data(
        "\(file): the month column's dates (such as \"\(example)\") read either day first or "
          + "month first; say which with --date-order mdy or --date-order dmy")
    }
    return MonthColumnReading(
      months: months(chosen), order: chosen,
      reason: "day/month order \(chosen.rawValue): "
        + (readable.count == 1
          ? "only that reading of the month column gives a month for every cell"
          : "only that reading makes every date the first or last day of its month"),
      digits: note)
  }
}
