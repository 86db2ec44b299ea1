// BillingRhythm: the largest invoice around each month, for a walk's anchor candidates.

extension BillingRhythm {
  /// The largest of `invoices[m - radius ... m + radius]` (clamped to the months there are) for
  /// every month `m`.
  ///
  /// A walk at spacing `r` asks it with radius `r + 1` for every month; read naively that is
  /// O(months × r) per account and spacing, most of a cube's import (a 36-month window at 36 months).
  /// Here it is O(months + radius) whatever the radius (van Herk and Gil–Werman): the months,
  /// padded with zeros to whole windows, are cut into blocks one window wide; a window spans at
  /// most two blocks, so its largest is the larger of the first block's largest from the
  /// window's start on and the second block's largest up to the window's end.
  /// - Parameters:
  ///   - invoices: Amounts per month, each ≥ 0 (the padding's zeros then change no maximum).
  ///   - radius: Months either side, ≥ 0.
  /// - Returns: One maximum per month.
  /// - Complexity: O(*n* + `radius`), no heap allocation but the result's.
  static func windowMaxima(_ invoices: UnsafeBufferPointer<Int64>, radius: Int) -> [Int64] {
    let n = invoices.count
    guard n > 0 else { return [] }
    let width = 2 * radius + 1
    let length = n + 2 * radius
    func padded(_ i: Int) -> Int64 {
      let k = i - radius
      return k >= 0 && k < n ? invoices[k] : 0
    }
    return withUnsafeTemporaryAllocation(of: Int64.self, capacity: 2 * length) { buffer in
      // fromStart[i]: the largest from i's block's start to i; toEnd[i]: from i to its block's end.
      let fromStart = UnsafeMutableBufferPointer(rebasing: buffer[0..<length])
      let toEnd = UnsafeMutableBufferPointer(rebasing: buffer[length...])
      for i in 0..<length {
        fromStart[i] = i % width == 0 ? padded(i) : max(fromStart[i - 1], padded(i))
      }
      for i in (0..<length).reversed() {
        let isBlockEnd = i % width == width - 1 || i == length - 1
        toEnd[i] = isBlockEnd ? padded(i) : max(toEnd[i + 1], padded(i))
      }
      // Month m's window is padded[m ... m + width - 1].
      return (0..<n).map { m in max(toEnd[m], fromStart[m + width - 1]) }
    }
  }
}
