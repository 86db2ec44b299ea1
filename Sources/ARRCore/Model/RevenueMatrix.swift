/// Monthly revenue and usage for every account, as dense account × month matrices.
///
/// Row-major: the value for account `a` in month offset `m` is at `a * monthCount + m`.
/// A month with no row in `monthly.csv` holds 0. Money is in cents.
public struct RevenueMatrix: Sendable, Equatable {
  /// Number of accounts (rows).
  public var accountCount: Int
  /// Number of months (columns), from ``Company/firstMonth`` through ``Company/asOf``.
  public var monthCount: Int
  /// MRR in cents.
  public var mrr: [Int64]
  /// Usage units; `nil` when `monthly.csv` has no `usage` column.
  public var usage: [Int64]?
  /// One-time (non-recurring) revenue per month, summed over accounts, in cents.
  public var oneTimeByMonth: [Int64]

  /// Creates an all-zero matrix.
  public init(accountCount: Int, monthCount: Int, hasUsage: Bool) {
    self.accountCount = accountCount
    self.monthCount = monthCount
    self.mrr = Array(repeating: 0, count: accountCount * monthCount)
    self.usage = hasUsage ? Array(repeating: 0, count: accountCount * monthCount) : nil
    self.oneTimeByMonth = Array(repeating: 0, count: monthCount)
  }

  /// Creates a matrix from its storage.
  public init(
    accountCount: Int, monthCount: Int, mrr: [Int64], usage: [Int64]?, oneTimeByMonth: [Int64]
  ) {
    precondition(mrr.count == accountCount * monthCount)
    precondition(usage == nil || usage!.count == mrr.count)
    precondition(oneTimeByMonth.count == monthCount)
    self.accountCount = accountCount
    self.monthCount = monthCount
    self.mrr = mrr
    self.usage = usage
    self.oneTimeByMonth = oneTimeByMonth
  }

  /// MRR in cents of account `account` at month offset `month` (0 outside the matrix).
  @inlinable
  public func mrr(account: Int, month: Int) -> Int64 {
    guard month >= 0 && month < monthCount else { return 0 }
    return mrr[account &* monthCount &+ month]
  }

  /// Usage of account `account` at month offset `month` (0 outside the matrix or without usage).
  @inlinable
  public func usage(account: Int, month: Int) -> Int64 {
    guard let usage, month >= 0 && month < monthCount else { return 0 }
    return usage[account &* monthCount &+ month]
  }

  /// The matrix cut to its first `count` months (for "as of an earlier month").
  /// - Complexity: O(accounts × count).
  public func prefix(months count: Int) -> RevenueMatrix {
    precondition(count >= 0 && count <= monthCount)
    if count == monthCount { return self }
    return RevenueMatrix(
      accountCount: accountCount, monthCount: count,
      mrr: Self.rows(of: mrr, width: count, stride: monthCount),
      usage: usage.map { Self.rows(of: $0, width: count, stride: monthCount) },
      oneTimeByMonth: Array(oneTimeByMonth[0..<count]))
  }

  /// The first `width` cells of every `stride`-long row, copied row by row (a plain memory copy;
  /// a million accounts' rows are hundreds of megabytes).
  private static func rows(of cells: [Int64], width: Int, stride: Int) -> [Int64] {
    let rows = stride == 0 ? 0 : cells.count / stride
    return [Int64](unsafeUninitializedCapacity: rows * width) { out, initialized in
      cells.withUnsafeBufferPointer { src in
        for r in 0..<rows {
          (out.baseAddress! + r * width).initialize(
            from: src.baseAddress! + r * stride, count: width)
        }
      }
      initialized = rows * width
    }
  }
}
