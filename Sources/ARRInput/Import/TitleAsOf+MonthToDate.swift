import ARRCore

extension TitleAsOf {
  /// Words saying a report runs to the day it was made, inside its last month.
  static let monthToDateWords = ["mtd", "month to date", "month-to-date"]

  /// The first title line (``titleLines(of:)``, its cells joined back where a CSV split them at
  /// its commas) saying `MTD` or `month to date`, as words of their
  /// own: the report's last month runs only to the day it was made (review 46b, R46b-9:
  /// "Revenue by customer - December 2026 MTD" was no sign of a partly filled December).
  /// `nil` when none says so.
  /// - Complexity: O(characters of the first ``maximumTitleLines`` records).
  static func monthToDate(in table: ImportTable) -> (cell: String, line: Int)? {
    for (number, filled) in titleLines(of: table) {
      let line = joined(filled)
      if saysMonthToDate(line) && !saysClosed(line) {
        return (String(line.drop(while: \.isWhitespace)), number)
      }
    }
    return nil
  }

  /// Words saying a report's month is over: beside them `MTD` heads a month-end pack's column
  /// (`MTD / YTD revenue by customer - November 2026 close (final)`), no sign that the month
  /// runs on (review 47b, R47b-1).
  static let closedWords: Set<String> = [
    "close", "closed", "closing", "final", "ytd", "month-end", "monthend", "audited",
  ]

  /// Whether `text` holds a word of ``closedWords``.
  static func saysClosed(_ text: String) -> Bool {
    text.lowercased().split { !$0.isLetter && $0 != "-" }.contains {
      closedWords.contains(String($0))
    }
  }

  /// Whether `text` holds one of ``monthToDateWords`` as words of their own (`MTD`, not
  /// `MTDs` or `AMTD`).
  static func saysMonthToDate(_ text: String) -> Bool {
    let lower = Array(text.lowercased())
    for word in monthToDateWords.map(Array.init) where lower.count >= word.count {
      for start in 0...(lower.count - word.count)
      where lower[start..<start + word.count].elementsEqual(word) {
        let end = start + word.count
        if start > 0 && lower[start - 1].isLetter || end < lower.count && lower[end].isLetter {
          continue
        }
        return true
      }
    }
    return false
  }
}
