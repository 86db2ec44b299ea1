import ARRCore

/// A bad-debt credit naming the months it writes off (`Bad debt write-off (Aug-Nov invoices)`)
/// rather than the invoices' numbers (`docs/import.md`, "Invoice ledger", "Invoices written
/// off"; review 45b, `z25`: read as writing nothing off, the customer counted on, $37,200 for
/// $25,200).
extension WrittenOffLines {
  /// The months `text` names, read back from `day`: a range of two month names joined by `-`,
  /// `–`, `to`, `through` or `thru` (`Aug-Nov`, `August to November`), or month names listed
  /// (`Sep, Oct`), each the latest such month on or before `day`'s; empty when it names none.
  /// A year written beside them is not needed: a write-off follows the invoices it writes off.
  static func namedMonths(in text: String, before day: CivilDate) -> [Month] {
    let words = text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "–" }
      .flatMap { w -> [Substring] in
        // `aug-nov`: two names and the dash between them.
        let parts = w.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 ? [parts[0], "-", parts[1]] : [w]
      }
    func latest(_ number: Int, atOrBefore limit: Month) -> Month {
      var m = Month(year: limit.year, month: number)
      if m > limit { m = Month(year: limit.year - 1, month: number) }
      return m
    }
    var found = [Month]()
    var k = 0
    while k < words.count {
      guard words[k].count >= 3, let a = MonthHeader.monthNumber(words[k]) else {
        k += 1
        continue
      }
      if k + 2 < words.count, ["-", "–", "to", "through", "thru"].contains(words[k + 1]),
        words[k + 2].count >= 3, let b = MonthHeader.monthNumber(words[k + 2])
      {
        let end = latest(b, atOrBefore: day.month)
        let start = latest(a, atOrBefore: end)
        var m = start
        while m <= end {
          found.append(m)
          m = m.adding(months: 1)
        }
        k += 3
      } else {
        found.append(latest(a, atOrBefore: day.month))
        k += 1
      }
    }
    return found
  }
}
