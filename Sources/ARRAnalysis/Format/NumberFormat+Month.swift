import ARRCore

/// Months as text: the ISO form for tables and data, short forms for prose and chart axes.
extension NumberFormat {
  /// English month abbreviations, January first (reports are written in English).
  static let monthAbbreviations = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// The ISO form used in tables and JSON: `"2026-10"`.
  public func month(_ month: Month) -> String { month.description }

  /// The long form for prose and titles: `"Oct 2026"`.
  public func longMonth(_ month: Month) -> String {
    Self.monthAbbreviations[month.month - 1] + " " + String(month.year)
  }

  /// The month's abbreviation alone, for chart axes: `"Oct"`.
  public func monthAbbreviation(_ month: Month) -> String {
    Self.monthAbbreviations[month.month - 1]
  }
}
