import ARRCore

/// Each customer's invoice dates read both day first and month first, asked when no cell
/// decides the day/month order (every date reads both ways: a ledger billed on the 1st to the
/// 12th of each month): a customer billed every month on one day reads, in the order the file
/// is written in, as the same day of consecutive months, and in the other as consecutive days
/// of one month (`docs/import.md`, "Day/month order from the lines' rhythm").
///
/// Decided (session 36, imp; hostile trial 35, H35-2): a US ledger billed on the 1st
/// (`02/01/2025`) read with `--date-order dmy` put each customer's six monthly invoices on the
/// first six days of January, as of 2025-01, headline $370,374 for a hand $73,809, without a
/// word. A customer counts when it has 3 distinct dates or more; an order is the rhythm's when
/// the customers it spaces a month apart hold at least half of those customers' lines and more
/// than twice the lines the other order spaces (session 37, imp; retest 36, N2: a top-up
/// customer spaced the other way made `--date-order mdy` on a day-first ledger pass silently).
///
/// Decided (session 38, imp; review 37, R37-3, R37-6, R37-11): the two readings are each
/// other's transpose, so the dates alone never tell monthly billing on the 1st from daily lines
/// on the 1st to the 6th of January, nor customers on different days of the month from
/// customers in different months. The rhythm makes the monthly reading likelier (a ledger
/// billed on one day of each month is common; daily lines whose every date falls on days 1 to
/// 12 are rare, a month of them has days above 12), not proven. So the monthly reading is
/// taken, and said: an information finding when at least half of the customers it spaces have
/// a line whose description names a monthly term (`Pro plan - monthly`, ``TermText``:
/// evidence beyond the dates); otherwise a warning that the file cannot tell, quoting the other
/// reading's months (and, from the caller, its ARR). A given order the rhythm's reading
/// contradicts is a finding either way: with the customers it crowds as its stake when a
/// description backs the rhythm, else a warning that the file cannot tell.
struct DateRhythm: Sendable {
  /// The rows below the header.
  var body: ArraySlice<ImportTable.Record>
  /// The columns naming the customer, in preference (its id, then its name).
  var customer: [Int]
  /// The column dating each line.
  var date: Int
  /// The column describing each line, if any (``Customer/isDescribedMonthly``).
  var description: Int? = nil

  /// One customer's dates, read one way.
  struct Customer: Sendable {
    /// The customer's key (``CustomerKey/plain(_:)``, as the reader keys its lines).
    var key: String
    /// Its first and last dated cells in line order, for a message.
    var first: (text: String, line: Int)
    var last: (text: String, line: Int)
    /// Its distinct dates read in the order asked, sorted.
    var dates: [CivilDate]
    /// How many lines it has.
    var lines: Int
    /// Its first line whose description names a monthly term (``TermText/contractType(_:)``),
    /// if any.
    var monthlyLine: (text: String, line: Int)?
  }

  /// What the rhythm says of one order.
  struct Reading: Sendable {
    /// Customers with 3 distinct dates or more.
    var counted: Int
    /// Their lines.
    var countedLines: Int
    /// Those the order spaces a month apart (the same day of consecutive months) and the other
    /// order crowds into consecutive days of one month.
    var spaced: [Customer]

    /// The lines of ``spaced``.
    var spacedLines: Int { spaced.reduce(0) { $0 + $1.lines } }

    /// Whether the file backs this reading beyond its dates: at least half of the spaced
    /// customers have a line describing a monthly term. Customers on different days of the
    /// month are no such evidence: read the other way they are customers in different months
    /// (review 37, R37-6).
    var isDescribedMonthly: Bool {
      !spaced.isEmpty && 2 * spaced.filter { $0.monthlyLine != nil }.count >= spaced.count
    }
  }

  /// How `order` reads the customers' dates (``Reading``).
  func reading(_ order: DateOrder) -> Reading {
    var byKey = [String: Int]()
    var seen = [
      (key: String, cells: [(text: String, line: Int)], monthly: (text: String, line: Int)?)
    ]()
    for r in body {
      guard date < r.cells.count, !r.cells[date].isEmpty,
        let c = customer.first(where: { $0 < r.cells.count && !r.cells[$0].isEmpty })
      else { continue }
      let key = CustomerKey.plain(r.cells[c])
      let i: Int
      if let known = byKey[key] {
        i = known
      } else {
        i = seen.count
        byKey[key] = i
        seen.append((key, [], nil))
      }
      seen[i].cells.append((r.cells[date], r.line))
      if seen[i].monthly == nil, let d = description, d < r.cells.count, !r.cells[d].isEmpty,
        TermText.contractType(r.cells[d]) == .monthly
      {
        seen[i].monthly = (r.cells[d], r.line)
      }
    }
    var counted = 0
    var countedLines = 0
    var spaced = [Customer]()
    for (key, cells, monthly) in seen {
      guard let these = Self.dates(cells, order), these.count >= 3,
        let those = Self.dates(cells, order.other)
      else { continue }
      counted += 1
      countedLines += cells.count
      guard Self.isMonthly(these), Self.isConsecutiveDays(those) else { continue }
      spaced.append(
        Customer(
          key: key, first: cells[0], last: cells[cells.count - 1], dates: these,
          lines: cells.count, monthlyLine: monthly))
    }
    return Reading(counted: counted, countedLines: countedLines, spaced: spaced)
  }

  /// The order whose reading gives the customers' lines a monthly rhythm (those it spaces a
  /// month apart hold at least half of the counted customers' lines and more than twice the
  /// lines the other order spaces), with its reading; `nil` otherwise. Whether the file backs
  /// it beyond the dates is ``Reading/isDescribedMonthly``.
  func decided() -> (order: DateOrder, reading: Reading)? {
    let mdy = reading(.mdy)
    let dmy = reading(.dmy)
    for (order, these, those) in [(DateOrder.mdy, mdy, dmy), (.dmy, dmy, mdy)]
    where 2 * these.spacedLines >= these.countedLines && these.spacedLines > 2 * those.spacedLines {
      return (order, these)
    }
    return nil
  }

  /// The customers `reading` spaces, for a message: up to 5 names and how many more.
  static func names(_ reading: Reading) -> String {
    let names = reading.spaced.prefix(5).map { "\"\($0.key)\"" }.joined(separator: ", ")
    return names + (reading.spaced.count > 5 ? " and \(reading.spaced.count - 5) more" : "")
  }

  /// The description backing `reading` (``Reading/isDescribedMonthly``), for a message.
  static func described(_ reading: Reading) -> String {
    let described = reading.spaced.filter { $0.monthlyLine != nil }
    let example = described[0].monthlyLine!
    return
      "\(described.count) of them describe a monthly term (\(FieldMessages.quoted(example.text)) "
      + "on line \(example.line))"
  }

  /// The finding when `given` (`--date-order`) is not the order the rhythm takes
  /// (``decided()``), before the caller's "; read so, ARR at …" and after it (`detail`): the
  /// customers it crowds into consecutive days of one month, which the other order spaces a
  /// month apart, and the months the file runs to either way; its accounts (its stake) when a
  /// description backs the rhythm. Otherwise the file is its own transpose and cannot tell: a
  /// warning with no stake, leading with the months and the other reading's ARR, since page one
  /// quotes a finding's start (review 37, R37-3). `nil` when the rhythm takes `given` or no
  /// order.
  func contradicts(_ given: DateOrder, file: String) -> OtherDateReading? {
    guard let (order, reading) = decided(), order != given else { return nil }
    let example = reading.spaced[0]
    let days = Self.dates([example.first, example.last], given) ?? []
    let span = days.count == 2 ? ", read \(days[0]) to \(days[1])" : ""
    let runs = [order, given].map { o in lastMonth(o).map { "\($0)" } ?? "?" }
    let lines =
      "\"\(example.key)\"'s \(example.lines) lines, \"\(example.first.text)\" (line "
      + "\(example.first.line)) to \"\(example.last.text)\" (line \(example.last.line))\(span)"
    let monthly =
      "the same day of consecutive months (\(example.dates[0]) to "
      + "\(example.dates[example.dates.count - 1])), as monthly billing does"
    guard reading.isDescribedMonthly else {
      return OtherDateReading(
        finding: "\(file): the dates read both day first and month first and the file cannot "
          + "tell which: read \(given.words), as given (--date-order \(given.rawValue)), it runs "
          + "to \(runs[1]); read \(order.words) (--date-order \(order.rawValue)), the likelier "
          + "reading, it runs to \(runs[0])",
        order: order,
        detail: ". As given, the lines of \(reading.spaced.count) of the \(reading.counted) "
          + "customers billed on 3 dates or more fall on consecutive days of one month "
          + "(\(Self.names(reading))): \(lines); read \(order.words) they fall on \(monthly), and "
          + "nothing else in the file decides: check the order the file is written in")
    }
    return OtherDateReading(
      finding: "\(file): every date reads both day first and month first, and --date-order "
        + "\(given.rawValue) (\(given.words)) puts the lines of \(reading.spaced.count) of the "
        + "\(reading.counted) customers billed on 3 dates or more on consecutive days of one "
        + "month (\(Self.names(reading))): \(lines). Read \(order.words) (--date-order "
        + "\(order.rawValue)) they fall on \(monthly); \(Self.described(reading)); the file runs to "
        + "\(runs[0]) (to \(runs[1]) as read): check the order the file is written in",
      accounts: reading.spaced.map(\.key), order: order)
  }

  /// The month of the latest date the column holds read in `order`.
  func lastMonth(_ order: DateOrder) -> Month? {
    var last: CivilDate?
    for r in body where date < r.cells.count && !r.cells[date].isEmpty {
      if let d = LedgerDate.parse(r.cells[date], order: order), last.map({ d > $0 }) ?? true {
        last = d
      }
    }
    return last.map { Month(year: $0.parts.year, month: $0.parts.month) }
  }

  /// The finding when the rhythm decides the order of `file`, whose dates read both ways,
  /// before the caller's "; read so, ARR at …" and after it (`detail`): the decision moves
  /// every month, so it leads with the month the file runs to read each way (review 36 #7),
  /// the other reading's ARR following (review 37, R37-12), since page one quotes a finding's
  /// start. A decision (an information finding) when a description backs the rhythm
  /// (``Reading/isDescribedMonthly``); otherwise the file cannot tell, and the finding says the
  /// monthly reading is the likelier, not a proven one (a warning: review 37, R37-3, R37-6).
  func note(
    file: String, order: DateOrder, reading: Reading, example: (text: String, line: Int)
  ) -> OtherDateReading {
    let c = reading.spaced[0]
    let runs = [order, order.other].map { o in lastMonth(o).map { "\($0)" } ?? "?" }
    let other = Self.dates([c.first, c.last], order.other) ?? []
    let span = other.count == 2 ? " (\"\(c.key)\": \(other[0]) to \(other[1]))" : ""
    let isDescribed = reading.isDescribedMonthly
    let described = reading.spaced.filter { $0.monthlyLine != nil }
    let why =
      isDescribed
      ? "the lines decide it: \(described.count) of the \(reading.spaced.count) customers billed "
        + "so on the same day of consecutive months describe a monthly term ("
        + "\(FieldMessages.quoted(described[0].monthlyLine!.text)) on line "
        + "\(described[0].monthlyLine!.line))"
      : "nothing in the file decides: \(order.words), where the lines fall on the same day of "
        + "consecutive months as monthly billing does, is the likelier reading, not a proven one"
    return OtherDateReading(
      finding: "\(file): dates read \(order.words) (\(order.rawValue)), so the file runs to "
        + "\(runs[0]); every date reads both ways, and \(why); read \(order.other.words) "
        + "(--date-order \(order.other.rawValue)) it runs to \(runs[1])",
      order: order.other,
      detail: ". Read \(order.words), the lines of \(reading.spaced.count) of \(reading.counted) "
        + "customers billed on 3 dates or more fall on the same day of consecutive months "
        + "(\"\(c.key)\": \(c.dates[0]) to \(c.dates[c.dates.count - 1])), as monthly billing "
        + "does, and read \(order.other.words) on consecutive days of one month\(span); no date "
        + "decides (\"\(example.text)\" on line \(example.line)): pass "
        + "--date-order \(order.rawValue) to confirm the reading, or \(order.other.rawValue)",
      isDecision: isDescribed)
  }

  /// The distinct days `cells` name read in `order`, sorted; `nil` when one is not a date.
  static func dates(_ cells: [(text: String, line: Int)], _ order: DateOrder) -> [CivilDate]? {
    var days = Set<CivilDate>()
    for cell in cells {
      guard let d = LedgerDate.parse(cell.text, order: order) else { return nil }
      days.insert(d)
    }
    return days.sorted()
  }

  /// Whether sorted `dates` fall on one day of consecutive months.
  static func isMonthly(_ dates: [CivilDate]) -> Bool {
    zip(dates, dates.dropFirst()).allSatisfy { a, b in
      let (p, q) = (a.parts, b.parts)
      return p.day == q.day && (q.year * 12 + q.month) - (p.year * 12 + p.month) == 1
    }
  }

  /// Whether sorted `dates` are consecutive days of one month.
  static func isConsecutiveDays(_ dates: [CivilDate]) -> Bool {
    zip(dates, dates.dropFirst()).allSatisfy { a, b in
      b.daysSinceEpoch - a.daysSinceEpoch == 1 && a.parts.month == b.parts.month
    }
  }
}

/// A finding on the day/month order of a ledger whose dates read both ways, quoting the file
/// read in the other `order`: the caller reads it so, on a scratch log, and adds "read so, ARR
/// at … is … from the lines" (``DataRoomSources``; review 37, R37-12).
struct OtherDateReading: Sendable {
  /// The finding, before the other reading's ARR.
  var finding: String
  /// Its accounts (its stake), when it names the customers a given order crowds and a
  /// description backs the rhythm; none for a warning that the file cannot tell.
  var accounts: [String] = []
  /// The other order, the one the finding quotes.
  var order: DateOrder
  /// The finding's rest, after the other reading's ARR.
  var detail = ""
  /// Whether it reports a decision backed by the file (an information finding,
  /// ``ImportLog/addDecision(_:)``).
  var isDecision = false
}
