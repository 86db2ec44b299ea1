import ARRCore

/// How a workbook counts days: serial numbers from 1900 (Windows Excel's default) or from 1904
/// (`<workbookPr date1904="1"/>`, old Mac Excel).
public enum DateSystem: Sendable, Equatable {
  case from1900
  case from1904

  /// The largest serial of either system's last day, 9999-12-31 (1900 system).
  static let maxSerial = 2_958_465.0

  /// The date a serial number stands for; the time of day is dropped.
  ///
  /// In the 1900 system serial 1 is 1900-01-01 and serial 60 is 1900-02-29, a day that never
  /// existed: Lotus 1-2-3 took 1900 for a leap year and Excel kept the mistake, so serials from
  /// 61 on are one more than the days since 1899-12-31. In the 1904 system serial 0 is 1904-01-01.
  ///
  /// - Returns: `nil` for a serial outside the calendar (negative, 0 in the 1900 system, past
  ///   9999-12-31) or for the non-existent 1900-02-29.
  public func date(serial: Double) -> CivilDate? {
    guard serial.isFinite, serial >= 0, serial < Self.maxSerial + 1 else { return nil }
    // Within half a millisecond of midnight counts as that midnight (a binary fraction's noise:
    // a serial's last bit is ~1 µs); a time before it keeps its day, as Excel shows it (review
    // 13, F30: half a second carried a period's end, 23:59:59.999, into the next month).
    let day = Int((serial + 0.000_5 / 86_400).rounded(.down))
    switch self {
    case .from1904:
      let epoch = CivilDate(year: 1904, month: 1, day: 1)!.daysSinceEpoch
      return CivilDate(daysSinceEpoch: epoch + Int32(day))
    case .from1900:
      if day == 0 || day == 60 { return nil }
      let epoch = CivilDate(year: 1899, month: 12, day: 31)!.daysSinceEpoch
      return CivilDate(daysSinceEpoch: epoch + Int32(day < 60 ? day : day - 1))
    }
  }
}
