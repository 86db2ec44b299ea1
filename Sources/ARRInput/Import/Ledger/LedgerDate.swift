import ARRCore

/// Dates in ledger and Stripe cells: `2025-03-01`, a timestamp (`2025-03-01 00:00`,
/// `2025-03-01T12:30:00Z`: the day is kept, the time ignored), a numeric date in the file's
/// day/month order (`3/1/2025`, `01/03/2025`), a date with a month name (`1-Mar-2025`,
/// `Mar 1, 2025`, `Jul 15, 2024, 10:02 AM`), or a month (`Mar 2025`: its first day).
enum LedgerDate {
  /// The day `text` names, or `nil`.
  static func parse(_ text: String, order: DateOrder?) -> CivilDate? {
    if let d = CivilDate(text) { return d }
    if let d = digitsDate(text)?.date { return d }
    let utf8 = Array(text.utf8)
    if utf8.count > 10, utf8[10] == UInt8(ascii: " ") || utf8[10] == UInt8(ascii: "T"),
      let d = CivilDate(bytes: utf8[0..<10])
    {
      return d
    }
    let day = stripTime(text)
    if let d = namedMonthDate(day) { return d }
    return MonthHeader.date(day, order: order)
  }

  /// How a date cell of digits alone is written (``digitsDate(_:)``).
  /// Cases in the order the digits note names them (``digitsNote(file:cells:)``).
  enum DigitsForm: String, CaseIterable, Sendable {
    /// `20240131`: year, month and day written together (a data warehouse's date key).
    case compact = "written as YYYYMMDD"
    /// `1706659200`: seconds since 1970-01-01 UTC (Stripe's API and Sigma write `created` so).
    case unixSeconds = "written as Unix time (seconds since 1970, read as the UTC day)"
    /// `1706659200000`: milliseconds since 1970-01-01 UTC.
    case unixMilliseconds = "written as Unix time in milliseconds (read as the UTC day)"
  }

  /// The day a cell of digits alone names: 8 digits a compact `YYYYMMDD` date of 1900–2099;
  /// 10 digits Unix seconds and 13 digits Unix milliseconds of a day in 2000–2099. Any other
  /// run of digits is no date (a spreadsheet's day number has 5, and gets a hint of its own).
  static func digitsDate(_ text: String) -> (date: CivilDate, form: DigitsForm)? {
    let utf8 = text.utf8
    guard [8, 10, 13].contains(utf8.count), utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
      let n = Int64(text)
    else { return nil }
    switch utf8.count {
    case 8:
      let year = Int(n / 10_000)
      guard (1900...2099).contains(year),
        let d = CivilDate(year: year, month: Int(n / 100 % 100), day: Int(n % 100))
      else { return nil }
      return (d, .compact)
    default:
      let seconds = utf8.count == 10 ? n : n / 1000
      // 2000-01-01 to 2099-12-31, UTC.
      guard (946_684_800..<4_102_444_800).contains(seconds) else { return nil }
      return (
        CivilDate(daysSinceEpoch: Int32(seconds / 86_400)),
        utf8.count == 10 ? .unixSeconds : .unixMilliseconds
      )
    }
  }

  /// A note for `file` when some of its date `cells` are digits alone (``digitsDate(_:)``):
  /// how they were read, with the first example, so that the reading is never silent.
  static func digitsNote(file: String, cells: [(text: String, line: Int)]) -> String? {
    // Per form, in the order the note names them: the first example and the count (an array,
    // not a dictionary hashing the form's raw string once per date cell; trial 18a, H1).
    let order = DigitsForm.allCases
    var forms = [(text: String, line: Int, count: Int)?](repeating: nil, count: order.count)
    for cell in cells {
      guard let form = digitsDate(cell.text)?.form, let slot = order.firstIndex(of: form)
      else { continue }
      if let seen = forms[slot] {
        forms[slot]!.count = seen.count + 1
      } else {
        forms[slot] = (cell.text, cell.line, 1)
      }
    }
    let parts = zip(order, forms).compactMap { form, seen in
      seen.map { seen in
        "\(CountText.grouped(seen.count)) \(form.rawValue) (e.g. \"\(seen.text)\" on line \(seen.line), "
          + "\(digitsDate(seen.text)!.date))"
      }
    }
    guard !parts.isEmpty else { return nil }
    return "\(file): date cells of digits alone: " + parts.joined(separator: "; ")
  }

  /// A date whose month is a name (`docs/import.md`, "Invoice ledger"): `31-Jan-2024` and
  /// `31-Jan-24` (a spreadsheet's d-mmm-yy), `31 Jan 2024` (Xero), `Jan 31, 2024`, `January 31
  /// 2024`, `31. Januar 2024`. A name reads one way whatever the file's day/month order; with
  /// two short numbers the first is the day and the last the year (2000–2099).
  static func namedMonthDate(_ text: String) -> CivilDate? {
    let parts = text.lowercased().split(whereSeparator: { " -/.,".contains($0) })
    guard parts.count == 3,
      let nameIndex = parts.firstIndex(where: { $0.allSatisfy(\.isLetter) }), nameIndex < 2,
      let month = MonthHeader.monthNumber(parts[nameIndex])
    else { return nil }
    let numbers = parts.indices.filter { $0 != nameIndex }.map { parts[$0] }
    guard numbers.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
      let first = Int(numbers[0]), let second = Int(numbers[1])
    else { return nil }
    let (day, year): (Int, Int)
    switch (numbers[0].count, numbers[1].count) {
    case (1...2, 4): (day, year) = (first, second)
    case (4, 1...2): (day, year) = (second, first)
    case (1...2, 2): (day, year) = (first, 2000 + second)
    default: return nil
    }
    return CivilDate(year: year, month: month, day: day)
  }

  /// `text` without a trailing time: ` HH:MM[:SS]` (spreadsheets add it to numeric dates),
  /// with an optional 12-hour mark after it and a comma before it (`Jul 15, 2024, 10:02 AM`,
  /// as Stripe's Dashboard shows a date; trial 41, T41-21: refused cell by cell).
  static func stripTime(_ text: String) -> String {
    var s = Substring(text)
    for mark in [" AM", " PM", " am", " pm", " a.m.", " p.m."] where s.hasSuffix(mark) {
      s = s.dropLast(mark.count)
      break
    }
    guard let space = s.lastIndex(of: " ") else { return text }
    guard s[s.index(after: space)...].contains(":") else { return text }
    var day = s[..<space]
    while let last = day.last, last == "," || last == " " { day = day.dropLast() }
    return String(day)
  }

  /// The day/month order of the numeric dates among `cells`: a first number above 12, or dots
  /// between the numbers (`05.01.2025`), says day first, a second above 12 month first.
  /// - Returns: The order, `nil` when no cell decides; `.failure` with an example of each when
  ///   cells say both.
  static func order(of cells: [(text: String, line: Int)]) -> Result<DateOrder?, Conflict> {
    var dmy: (text: String, line: Int)?
    var mdy: (text: String, line: Int)?
    for cell in cells where !startsWithYear(cell.text) && hasNumberSeparator(cell.text) {
      let parts = stripTime(cell.text).split(whereSeparator: { "/.-".contains($0) })
      guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2,
        let a = Int(parts[0]), let b = Int(parts[1])
      else { continue }
      // Dots between the numbers (`05.01.2025`) are the day-first convention (German, Austrian,
      // Swiss, Scandinavian dates: DIN 5008); no month-first file writes them. An invoice export
      // billed on the 1st or 5th of each month was asked for --date-order (eleventh session).
      let isDotted = stripTime(cell.text).contains(".") && !cell.text.contains("/")
      if (a > 12 || isDotted) && dmy == nil { dmy = cell }
      if b > 12 && mdy == nil { mdy = cell }
      if dmy != nil && mdy != nil { break }
    }
    if let d = dmy, let m = mdy { return .failure(Conflict(dayFirst: d, monthFirst: m)) }
    return .success(dmy != nil ? .dmy : mdy != nil ? .mdy : nil)
  }

  /// ``order(of:file:given:others:title:rhythm:column:notes:findings:)`` without other date columns to ask.
  static func order(
    of cells: [(text: String, line: Int)], file: String, given: DateOrder?
  ) throws(ARRQualityError) -> DateOrder? {
    var notes = [String]()
    var findings = [OtherDateReading]()
    return try order(of: cells, file: file, given: given, notes: &notes, findings: &findings)
  }

  /// ``order(of:file:given:others:title:rhythm:column:notes:findings:)`` with no billing
  /// rhythm to ask, so with no decision of its own to report.
  static func order(
    of cells: [(text: String, line: Int)], file: String, given: DateOrder?,
    others: OtherDateColumns? = nil, title: TitleAsOf? = nil,
    column: ((text: String, line: Int)) -> (number: Int, header: String)? = { _ in nil },
    notes: inout [String]
  ) throws(ARRQualityError) -> DateOrder? {
    var decisions = [OtherDateReading]()
    return try order(
      of: cells, file: file, given: given, others: others, title: title, rhythm: nil,
      column: column, notes: &notes, findings: &decisions)
  }

  /// The day/month order of a file's date `cells`: `given` (`--date-order`), else the order
  /// some cell decides (``order(of:)``), else the order the file's other date columns decide
  /// (``OtherDateColumns``), else the order the date of a title line decides (`As of
  /// 6/30/2025`: the report's date, written by the system that wrote the lines; decided,
  /// session 32, lead, trial 28's T28-13), else the order the customers' billing rhythm
  /// decides (``DateRhythm``: the same day of consecutive months one way, consecutive days of
  /// one month the other), said in `notes`; the rhythm's decision, which moves every month of
  /// the file, is handed back in `findings` for the caller to quote with the other reading's
  /// ARR (review 36 #7; review 37, R37-12). After the rhythm, day first when
  /// `dayFirstHeader`, the date column's header, is in a language that writes the day first
  /// (said in `notes`; review 52, R52-36).
  /// - Throws: `ARRQualityError` `.invalidData` when cells say both orders, when other date
  ///   columns decide different orders, or when a date reads two ways and nothing decides
  ///   (asking for `--date-order`, at the `column` it is in when that says one).
  static func order(
    of cells: [(text: String, line: Int)], file: String, given: DateOrder?,
    others: OtherDateColumns? = nil, title: TitleAsOf? = nil, rhythm: DateRhythm? = nil,
    dayFirstHeader: String? = nil,
    column: ((text: String, line: Int)) -> (number: Int, header: String)? = { _ in nil },
    notes: inout [String], findings: inout [OtherDateReading]
  ) throws(ARRQualityError) -> DateOrder? {
    if let given { return given }
    switch order(of: cells) {
    case .failure(let conflict):
      throw .data(
        "\(file): dates are written both day first (\"\(conflict.dayFirst.text)\" on line "
          + "\(conflict.dayFirst.line)) and month first (\"\(conflict.monthFirst.text)\" on line "
          + "\(conflict.monthFirst.line)); fix the file")
    case .success(let order?):
      return order
    case .success(nil):
      if let example = cells.first(where: { isAmbiguous($0.text) }) {
        if let decided = try others?.decide(file: file) {
          notes.append(decided.note)
          return decided.order
        }
        if let title, let decided = title.order {
          notes.append(
            "\(file): dates such as \"\(example.text)\" (line \(example.line)) read "
              + decided.words + ", as the title's \""
              + title.cell + "\" (line \(title.line)) writes its date; pass --date-order if "
              + "the lines are written otherwise")
          return decided
        }
        // The customers' billing rhythm first: the strongest evidence the lines hold (review
        // 52, R52-36: a Spanish `Fecha` over month-first dates read six monthly invoices as six
        // days of one month, headline ×4, said in a note).
        let decided = rhythm?.decided()
        if let decided, decided.order != .dmy || dayFirstHeader == nil {
          findings.append(
            rhythm!.note(
              file: file, order: decided.order, reading: decided.reading, example: example))
          return decided.order
        }
        // A date column headed in a language that writes the day first (`Data de emissão`,
        // `Rechnungsdatum`, `Fecha`): day first, said (session 51, imp lane; trial 50, T50-22:
        // a Brazilian register billed on the 1st was refused for want of --date-order), when
        // the rhythm decides nothing or agrees.
        if let header = dayFirstHeader {
          notes.append(
            "\(file): dates such as \"\(example.text)\" (line \(example.line)) read day first, "
              + "as the date column's header \"\(header)\" is in a language that writes the "
              + "day first; pass --date-order mdy if the lines are written otherwise")
          return .dmy
        }
        // The column the example is in, when the caller can say (review 36 #6: a customer
        // list refused for one cancel date did not say which column).
        let at = column(example)
        throw .data(
          "\(file):\(example.line)\(at.map { ":\($0.number)" } ?? ""): the date "
            + "\"\(example.text)\"\(at.map { " in column \(FieldMessages.quoted($0.header))" } ?? "") "
            + "reads as month/day or day/month and no date in the file decides; pass --date-order "
            + "mdy or --date-order dmy")
      }
      return nil
    }
  }

  /// The column of `rows` among `columns` holding `cell` (by its line and text, exactly, or
  /// exactly a service range's start or end), numbered from 1, with its header: where a message
  /// points. Decided (session 38, imp; review 37, R37-15): a substring match named the wrong
  /// column (`1/2/2024` inside `11/2/2024`, an invoice date inside a service period).
  static func column(
    of cell: (text: String, line: Int), rows: some Sequence<ImportTable.Record>, columns: [Int],
    header: [String]
  ) -> (number: Int, header: String)? {
    func holds(_ text: String) -> Bool {
      if text == cell.text { return true }
      guard let range = LedgerReader.serviceRange(text) else { return false }
      return range.start == cell.text || range.end == cell.text
    }
    guard let r = rows.first(where: { $0.line == cell.line }),
      let c = columns.first(where: { $0 < r.cells.count && holds(r.cells[$0]) })
    else { return nil }
    return (c + 1, c < header.count ? header[c] : "")
  }

  /// Cells that read one way day first and another month first.
  static func isAmbiguous(_ text: String) -> Bool {
    if startsWithYear(text) || !hasNumberSeparator(text) { return false }
    let parts = stripTime(text).split(whereSeparator: { "/.-".contains($0) })
    guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, let a = Int(parts[0]),
      let b = Int(parts[1])
    else { return false }
    return a <= 12 && b <= 12 && a != b
  }

  /// `YYYY-…`: year first, one reading (checked on bytes: most ledgers write dates so).
  static func startsWithYear(_ text: String) -> Bool {
    var t = text
    return t.withUTF8 { b in
      b.count >= 5 && b[0] >= 48 && b[0] <= 57 && b[1] >= 48 && b[1] <= 57 && b[2] >= 48
        && b[2] <= 57 && b[3] >= 48 && b[3] <= 57 && (b[4] == 45 || b[4] == 47)
    }
  }

  /// Whether `text` holds a `/`, `.` or `-`, without which it never splits into the three
  /// numbers ``order(of:)`` and ``isAmbiguous(_:)`` read (checked on bytes first: a ledger of
  /// `YYYYMMDD` or Unix-time dates has none, and splitting 2M such cells into `Character`s
  /// cost its import more than reading the file; trial 18a, H1).
  static func hasNumberSeparator(_ text: String) -> Bool {
    text.utf8.contains {
      $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
    }
  }

  /// Dates that need both orders.
  struct Conflict: Error, Sendable {
    var dayFirst: (text: String, line: Int)
    var monthFirst: (text: String, line: Int)
  }
}
