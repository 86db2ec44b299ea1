import ARRCore

/// Each account's first paying spell, read from the MRR matrix once: the start month (first
/// month with MRR > 0) and how many consecutive months it paid from there.
///
/// A later reactivation does not extend the spell: the sBG and Kaplan–Meier count a customer
/// lost once, and survivor counts must never rise.
struct AccountLifetimes: Sendable {
  /// Start column, or −1 for an account that never paid.
  var start: [Int32]
  /// Consecutive paying months from the start (≥ 1 for accounts that paid).
  var length: [Int32]
  /// Whether MRR > 0 in the last column (the as-of month).
  var isPayingAtEnd: [Bool]
  /// Whether the start column is the account's age: true from column 1, and in column 0 only
  /// when the data gives a start date there (``Company/isStartInData(_:)``); an account already
  /// paying in the first month of data otherwise may have started before it.
  var isAgeKnown: [Bool]
  /// The last column of the matrix.
  var last: Int

  /// Reads the spells of every account, in account ranges on every core (each account's spell
  /// is its own row's: the ranges change nothing but who reads it).
  /// - Parameter threshold: Matrix cells from which the accounts are split into ranges
  ///   (``Concurrent/ranges(_:parallelFrom:)``); tests pass 1 to split a small company.
  /// - Complexity: O(accounts × months).
  init(_ company: Company, parallelFrom threshold: Int = Concurrent.minimumParallelCells) {
    let n = company.monthCount
    let count = company.revenue.accountCount
    var start = [Int32](repeating: -1, count: count)
    var length = [Int32](repeating: 0, count: count)
    var paying = [Bool](repeating: false, count: count)
    var known = [Bool](repeating: false, count: count)
    let cells = max(n, 1)
    let ranges = Concurrent.ranges(
      count, parallelFrom: threshold / cells + (threshold % cells == 0 ? 0 : 1))
    start.withUnsafeMutableBufferPointer { startOut in
      length.withUnsafeMutableBufferPointer { lengthOut in
        paying.withUnsafeMutableBufferPointer { payingOut in
          known.withUnsafeMutableBufferPointer { knownOut in
            let (starts, lengths, pays, knowns) = (
              SharedBuffer(startOut), SharedBuffer(lengthOut), SharedBuffer(payingOut),
              SharedBuffer(knownOut)
            )
            _ = Concurrent.map(ranges) { _, range in
              company.revenue.withStorage { storage in
                let cells = storage.mrr
                for a in range {
                  let row = a * storage.rowStride
                  var s = 0
                  while s < n && cells[row + s] <= 0 { s += 1 }
                  pays[a] = n > 0 && cells[row + n - 1] > 0
                  guard s < n else { continue }
                  var e = s
                  while e < n && cells[row + e] > 0 { e += 1 }
                  starts[a] = Int32(s)
                  lengths[a] = Int32(e - s)
                  knowns[a] = s > 0 || company.isStartInData(a)
                }
              }
            }
          }
        }
      }
    }
    self.start = start
    self.length = length
    self.isPayingAtEnd = paying
    self.isAgeKnown = known
    self.last = n - 1
  }

  /// True when the first spell is still running at the as-of month (right-censored).
  func isCensored(_ a: Int) -> Bool {
    start[a] >= 0 && Int(start[a]) + Int(length[a]) - 1 == last
  }
}
