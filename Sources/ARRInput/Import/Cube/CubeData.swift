// CubeData: a customer cube's cells, read and summed per customer.
import ARRCore

/// The cells of a customer cube, read and summed per customer, before they are treated as MRR
/// or billings.
struct CubeData: Sendable {
  /// A negative cell (an error for MRR values, a credit for billings).
  struct Negative: Sendable {
    var account: Int
    var month: Int
    var line: Int
    var column: Int
    var text: String
    var cents: Int64
  }

  var accounts: [ImportedAccount] = []
  var firstMonth: Month
  /// Months of the cube kept (through the as-of month).
  var monthCount: Int
  /// Signed cents per account × month (rows of the same customer summed).
  var cells: [Int64] = []
  var negatives: [Negative] = []
  var layout: CubeLayout
  /// The header of the column labelling the rows when it names a dimension (`Segment`) and no
  /// customer column is given: a summary, not customers (``CubeReader/summaryLabel(_:header:)``).
  var summaryLabel: String?
  /// The currency sign seen in the cells, if any.
  var currency: String?
  /// A title line or header cell saying the cells are annual (``AnnualLabel``), if any.
  var annualLabel: AnnualLabel.Label?
  /// A title line, header cell, sheet or file name saying the amounts are in thousands
  /// (``ThousandsLabel``), if any.
  var thousandsLabel: AnnualLabel.Label?
  /// A title line, sheet or file name saying the amounts are running totals
  /// (``CumulativeLabel``), if any.
  var cumulativeLabel: AnnualLabel.Label?
  /// A title line, the customer column's header, a sheet or file name saying the cells are
  /// bookings or a forecast (``BookingsLabel``), if any.
  var bookingsLabel: AnnualLabel.Label?
  /// A title, the customer header, a sheet's or a CSV's name saying the cells are invoiced
  /// sales (``SalesLabel``).
  var salesLabel: AnnualLabel.Label?
  /// What the ARR columns of the customer lists beside it say of the cells (review 13, F9).
  var listAnnual: [ListAnnualColumn.Check] = []
  /// The amount header, when it names a level of recurring revenue (a monthly table's `mrr`,
  /// `net mrr`, `arr`): its negative cells are errors, not credit notes making it billings.
  var levelHeader: String?
  /// A title line, the customer column's header, the sheet's or the file's name naming MRR and
  /// not ARR (`mrr.csv`, `MRR by customer`): what the cells are, so negative cells are credits
  /// against MRR, not invoices' credit notes making the cells billings (session 28, t28c lane;
  /// trial 28, T28-6).
  var mrrLabel: AnnualLabel.Label?
  /// Usage units per account × month, when the source has a usage column (a monthly table's).
  var usage: [Int64]?
  /// One-time revenue per account × month (≥ 0), when the source has a one-time column (a
  /// monthly table's); already counted in the tie-out's source.
  var oneTime: [Int64]?
  /// Accounts under a pivot's top-row subtotal that no totals row confirms (``CubePivot``):
  /// the other reading counts the subtotal rows as customers too, doubling these accounts'
  /// sum, which the headline's range prices (review 13, F15).
  var pivotMembers: Set<Int> = []
  /// Accounts' as-of cells under the other reading of an ambiguous choice (a monthly table's
  /// rows on their own days added up rather than read as snapshots), in the cells' units.
  var alternativeAsOf: [(account: Int, cents: Int64)] = []
  /// The as-of MRR of every account with the customers a movements log left out as starting
  /// mid-life counted at the least their movements allow: the file's other reading, when they
  /// allow some (``MovementLog/leastLevel(_:signs:)``).
  var midLifeReadingAsOf: Int64?
  /// The first totals row's month cells (indices from ``firstMonth``): those left blank, those
  /// filled and, among them, those reading 0; `nil` without a totals row
  /// (``areUnreachedMonthsSaidByTotals(_:)``).
  var totalsRowMonths: (blank: Set<Int>, filled: Set<Int>, zero: Set<Int>)?
  /// Months (indices from ``firstMonth``) in which some customer row writes a cell, `0` or `-`
  /// included: a month all of whose customer cells are blank is written by none.
  var writtenMonths: Set<Int> = []
  /// Every report's date the table's title lines give (``TitleAsOf/findAll(in:)``), signs of
  /// when it was exported (``exportSign(order:)``).
  var titleDates: [TitleAsOf] = []
  /// The title line saying `MTD` or `month to date` (``TitleAsOf/monthToDate(in:)``), a sign
  /// the last month runs only to the export's day.
  var monthToDate: String?
}

extension CubeData {
  /// Reverses every cell when the cube is income in the accounting sign: some cell is negative
  /// and none is positive, as a general ledger's export of a revenue account shows credits to
  /// income (`(1,000.00)` in every cell, its Total row too). Such a cube holds no credits with
  /// nothing to credit: it is revenue (session 42, crm lane; trial 41, T41-11: read as written,
  /// headline $0, "No account pays recurring revenue", for $39,006).
  /// - Returns: The cells' sum as read (negative), or `nil` when the cube is not so.
  /// - Complexity: O(cells).
  mutating func reverseAccountingSign() -> Int64? {
    guard !negatives.isEmpty, !cells.contains(where: { $0 > 0 }) else { return nil }
    var sum: Int64 = 0
    for i in cells.indices {
      sum = Money.saturatingSum(sum, cells[i])
      cells[i] = 0 &- cells[i]
    }
    negatives = []
    return sum
  }
}
