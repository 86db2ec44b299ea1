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
  /// - Complexity: O(*n* + `radius`).
  static func windowMaxima(_ invoices: UnsafeBufferPointer<Int64>, radius: Int) -> [Int64] {
    [Int64](unsafeUninitializedCapacity: invoices.count) { out, count in
      windowMaxima(invoices, radius: radius, into: out)
      count = invoices.count
    }
  }

  /// ``windowMaxima(_:radius:)`` written into `out` (at least as long as `invoices`), with no
  /// heap allocation: a walk asks it per account and spacing.
  static func windowMaxima(
    _ invoices: UnsafeBufferPointer<Int64>, radius: Int, into out: UnsafeMutableBufferPointer<Int64>
  ) {
    let n = invoices.count
    guard n > 0 else { return }
    let width = 2 * radius + 1
    let length = n + 2 * radius
    withUnsafeTemporaryAllocation(of: Int64.self, capacity: 3 * length) { buffer in
      // The months with `radius` zeros either side; fromStart[i]: the largest from i's block's
      // start to i; toEnd[i]: from i to its block's end.
      let padded = UnsafeMutableBufferPointer(rebasing: buffer[0..<length])
      let fromStart = UnsafeMutableBufferPointer(rebasing: buffer[length..<(2 * length)])
      let toEnd = UnsafeMutableBufferPointer(rebasing: buffer[(2 * length)...])
      padded.initialize(repeating: 0)
      for m in 0..<n { padded[m + radius] = invoices[m] }
      var start = 0
      while start < length {
        let end = min(start + width, length)
        var largest: Int64 = 0
        for i in start..<end {
          largest = max(largest, padded[i])
          fromStart[i] = largest
        }
        largest = 0
        for i in (start..<end).reversed() {
          largest = max(largest, padded[i])
          toEnd[i] = largest
        }
        start = end
      }
      // Month m's window is padded[m ... m + width - 1].
      for m in 0..<n { out[m] = max(toEnd[m], fromStart[m + width - 1]) }
    }
  }
}
