/// A calendar date (`YYYY-MM-DD`) in the proleptic Gregorian calendar, without time or zone.
///
/// Stored as days since 1970-01-01 so differences in days are plain subtraction.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before).
  public var daysSinceEpoch: Int32

  /// Creates a date from days since 1970-01-01.
  public init(daysSinceEpoch: Int32) { self.daysSinceEpoch = daysSinceEpoch }

  /// Creates a date from its parts; returns `nil` when the day does not exist (e.g. 2025-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year)
    else { return nil }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    self.daysSinceEpoch = Int32(era * 146097 + doe - 719468)
  }

  /// The year, month (1–12) and day (1–31).
  public var parts: (year: Int, month: Int, day: Int) {
    let z = Int(daysSinceEpoch) + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// The month this date falls in.
  public var month: Month {
    let p = parts
    return Month(year: p.year, month: p.month)
  }

  /// The first day of `month`.
  public static func firstDay(of month: Month) -> CivilDate {
    CivilDate(year: month.year, month: month.month, day: 1)!
  }

  /// The last day of `month`.
  public static func lastDay(of month: Month) -> CivilDate {
    CivilDate(
      year: month.year, month: month.month,
      day: daysIn(month: month.month, year: month.year))!
  }

  /// Days from `other` to `self`.
  public func days(since other: CivilDate) -> Int { Int(daysSinceEpoch - other.daysSinceEpoch) }

  /// Number of days in a month of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let p = parts
    func pad(_ v: Int, _ w: Int) -> String {
      let s = String(v)
      return String(repeating: "0", count: max(0, w - s.count)) + s
    }
    return "\(pad(p.year, 4))-\(pad(p.month, 2))-\(pad(p.day, 2))"
  }

  /// Parses `YYYY-MM-DD`; returns `nil` for anything else, including days that do not exist.
  public init?(_ text: some StringProtocol) {
    self.init(bytes: Array(text.utf8)[...])
  }

  /// Parses `YYYY-MM-DD` from UTF-8 bytes.
  /// - Complexity: O(1).
  public init?(bytes: ArraySlice<UInt8>) {
    guard bytes.count == 10 else { return nil }
    let b = bytes.startIndex
    guard bytes[b + 4] == UInt8(ascii: "-"), bytes[b + 7] == UInt8(ascii: "-") else { return nil }
    func num(_ from: Int, _ n: Int) -> Int? {
      var v = 0
      for i in 0..<n {
        let d = Int(bytes[b + from + i]) &- 48
        guard d >= 0 && d <= 9 else { return nil }
        v = v * 10 + d
      }
      return v
    }
    guard let y = num(0, 4), let m = num(5, 2), let d = num(8, 2),
      let date = CivilDate(year: y, month: m, day: d)
    else { return nil }
    self = date
  }

  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    lhs.daysSinceEpoch < rhs.daysSinceEpoch
  }
}
