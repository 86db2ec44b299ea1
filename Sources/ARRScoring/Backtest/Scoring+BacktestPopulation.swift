// Scoring: the backtest's scored population, split across cores, and its fit rows.
import ARRCore

extension Scoring {
  /// Where the scored accounts of each range start in the scored population, and which of
  /// them are fit rows: the same split serves the fit rows' pass and the scoring pass.
  struct BacktestPopulation: Sendable {
    let ranges: [Range<Int>]
    /// Rank (position among scored accounts) of each range's first scored account.
    let rankStart: [Int]
    /// Scored accounts: MRR > 0 at the base.
    let count: Int
    /// Of those, the churned: MRR 0 at the as-of month.
    let churners: Int
    /// Every `stride`-th scored account (by rank) is a fit row.
    let stride: Int

    init(_ company: Company, base: Int, maximumFitRows: Int) {
      ranges = Concurrent.ranges(company.accountCount, parallelFrom: parallelAccounts)
      let last = company.monthCount - 1
      let counts = Concurrent.map(ranges) { _, r -> (scored: Int, churned: Int) in
        company.revenue.withStorage { cells in
          var scored = 0
          var churned = 0
          for i in r where cells.mrr[i * cells.rowStride + base] > 0 {
            scored += 1
            if cells.mrr[i * cells.rowStride + last] == 0 { churned += 1 }
          }
          return (scored, churned)
        }
      }
      count = counts.reduce(0) { $0 + $1.scored }
      churners = counts.reduce(0) { $0 + $1.churned }
      stride = max(1, (count + maximumFitRows - 1) / maximumFitRows)
      var first = [Int](repeating: 0, count: ranges.count)
      for k in 1..<max(1, ranges.count) { first[k] = first[k - 1] + counts[k - 1].scored }
      rankStart = first
    }
  }

  /// The fit rows: every `stride`-th scored account's signals at the base (row-major, one
  /// value per signal) and whether it churned, in account order.
  /// - Complexity: O(accounts) plus one measurement per fit row, split across cores.
  static func fitRows(
    _ company: Company, population: BacktestPopulation, measurer: SignalMeasurer
  ) -> (features: [Double], outcomes: [Bool]) {
    let base = measurer.column
    let last = company.monthCount - 1
    let stride = population.stride
    var parts = Concurrent.map(population.ranges) { k, r -> FitRows in
      // Sized once: the fit rows of this range are the multiples of `stride` among its ranks.
      let first = population.rankStart[k]
      let end = k + 1 < population.ranges.count ? population.rankStart[k + 1] : population.count
      let rows = (end + stride - 1) / stride - (first + stride - 1) / stride
      var features: [Double] = []
      features.reserveCapacity(rows * measurer.width)
      var outcomes: [Bool] = []
      outcomes.reserveCapacity(rows)
      var rank = first
      var values = [Double](repeating: .nan, count: measurer.width)
      measurer.withRows { rows in
        values.withUnsafeMutableBufferPointer { v in
          for i in r where rows.mrr[i * rows.rowStride + base] > 0 {
            if rank % stride == 0 {
              measurer.measure(i, in: rows, into: v)
              features.append(contentsOf: v)
              outcomes.append(rows.mrr[i * rows.rowStride + last] == 0)
            }
            rank += 1
          }
        }
      }
      return FitRows(features: features, outcomes: outcomes)
    }
    // Each range's rows freed as they are joined.
    return (.joining(&parts, \.features), .joining(&parts, \.outcomes))
  }

  /// One range's fit rows (``fitRows(_:population:measurer:)``).
  struct FitRows: Sendable {
    var features: [Double]
    var outcomes: [Bool]
  }
}
