import ARRCore
import ARRFileSystem

/// The data room of a generated company: what an investor receives instead of our company folder
/// (`docs/import.md`, "Samples"). Deterministic: the same options give the same bytes.
///
/// - `ledger.csv`: one row per invoice line (``LedgerStyle/realistic``).
/// - `billings-cube.csv`: invoiced amounts per customer and month (by invoice date, void and
///   draft left out), with a title line, formatted money, a totals row and a footnote.
/// - `mrr-cube.csv`: the true MRR per customer and month, in the same layout.
/// - `stripe-subscriptions.csv` and `stripe-invoice-lines.csv`: Stripe Dashboard style exports
///   (``StripeExport``).
/// - `mrr-movements.csv`: an MRR tracker's movements log in ChartMogul's columns
///   (``MRRMovementsExport``).
public enum DataRoom {
  /// The files, by name, in this order.
  public static let fileNames = [
    "ledger.csv", "billings-cube.csv", "mrr-cube.csv", "stripe-subscriptions.csv",
    "stripe-invoice-lines.csv", "mrr-movements.csv",
  ]

  /// The data-room files of the company `options` generate.
  /// - Parameter options: The generator's options.
  /// - Returns: Each file's name and bytes, in ``fileNames`` order.
  /// - Complexity: O(accounts × months).
  public static func files(_ options: GeneratorOptions) -> [(name: String, bytes: [UInt8])] {
    let c = company(options)
    let ledger = LedgerBuilder.lines(c, style: .realistic, seed: options.seed)
    let name = options.profile.parameters.companyName
    let stripe = StripeExport.files(c, seed: options.seed)
    return [
      ("ledger.csv", ledgerCSV(c, ledger)),
      ("billings-cube.csv", cube(c, billings(c, ledger), title: "\(name): billings by customer")),
      ("mrr-cube.csv", cube(c, c.mrr, title: "\(name): MRR by customer")),
      ("stripe-subscriptions.csv", stripe.subscriptions),
      ("stripe-invoice-lines.csv", stripe.invoiceLines),
      ("mrr-movements.csv", MRRMovementsExport.csv(c)),
    ]
  }

  /// The MRR movements log of the company `options` generate (``MRRMovementsExport``): the
  /// data room's `mrr-movements.csv`.
  public static func mrrMovements(_ options: GeneratorOptions) -> [UInt8] {
    MRRMovementsExport.csv(company(options))
  }

  /// A ledger of the company `options` generate, in `style`.
  /// - Parameters:
  ///   - options: The generator's options.
  ///   - style: ``LedgerStyle/exact`` gives back the native MRR when spread by the documented
  ///     rules; ``LedgerStyle/realistic`` is the data room's.
  /// - Returns: `ledger.csv`'s bytes.
  public static func ledger(_ options: GeneratorOptions, style: LedgerStyle) -> [UInt8] {
    let c = company(options)
    return ledgerCSV(c, LedgerBuilder.lines(c, style: style, seed: options.seed))
  }

  /// Stripe's invoice line items export of the company `options` generate, its lines made in
  /// `style` (customer ids prefixed `cus_`).
  /// - Parameters:
  ///   - options: The generator's options.
  ///   - style: ``LedgerStyle/exact`` gives back the native MRR when spread by the documented
  ///     rules; ``LedgerStyle/realistic`` is the data room's `stripe-invoice-lines.csv`.
  /// - Returns: The export's bytes.
  public static func stripeInvoiceLines(_ options: GeneratorOptions, style: LedgerStyle)
    -> [UInt8]
  {
    let c = company(options)
    return StripeExport.invoiceLines(c, LedgerBuilder.lines(c, style: style, seed: options.seed))
  }

  /// Writes ``files(_:)`` into `directory` (created if missing), all-or-nothing as every
  /// output is (docs/output.md): all files are staged, then renamed into place together.
  /// - Throws: `ARRQualityError` (`.cannotCreateOutput`, `.outputFailed`) naming the path.
  public static func write(_ options: GeneratorOptions, to directory: String)
    throws(ARRQualityError)
  {
    try CompanyGenerator.makeDirectory(directory)
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    try OutputFile.writeAll(files(options).map { (base + $0.0, $0.1) })
  }

  static func company(_ options: GeneratorOptions) -> NativeCompany {
    let native = CompanyGenerator.files(options)
    return NativeCompany.read(
      accountsCSV: native.accountsCSV, monthlyCSV: native.monthlyCSV,
      firstMonth: options.firstMonth, asOf: options.asOf)
  }

  static let ledgerHeader = [
    "Invoice ID", "Customer ID", "Customer", "Invoice Date", "Service Start", "Service End",
    "Description", "Type", "Amount", "Currency", "Status",
  ]

  static func ledgerCSV(_ c: NativeCompany, _ lines: [LedgerLine]) -> [UInt8] {
    var out = DataRoomFormat.row(ledgerHeader)
    for l in lines {
      let a = c.accounts[l.account]
      out += DataRoomFormat.row([
        l.invoiceID, a.id, a.name, l.date.description, l.serviceStart?.description ?? "",
        l.serviceEnd?.description ?? "", l.description, l.kind?.rawValue ?? "",
        DataRoomFormat.plain(l.amount), "USD", l.status,
      ])
    }
    return Array(out.utf8)
  }

  /// Invoiced cents per account and month (by invoice date), void and draft left out.
  static func billings(_ c: NativeCompany, _ lines: [LedgerLine]) -> [Int64] {
    let n = c.monthCount
    var cells = [Int64](repeating: 0, count: c.accounts.count * n)
    for l in lines where l.status != "void" && l.status != "draft" {
      let m = l.date.month.months(since: c.firstMonth)
      if m >= 0 && m < n { cells[l.account * n + m] += l.amount }
    }
    return cells
  }

  /// A customer cube: a title line, a blank line, the header (`Customer ID`, `Customer`,
  /// `Segment`, then `Jan-24`…), one row per customer with any amount, a `Total` row and a
  /// footnote. Money formatted as a spreadsheet exports it.
  static func cube(_ c: NativeCompany, _ cells: [Int64], title: String) -> [UInt8] {
    let n = c.monthCount
    var out = DataRoomFormat.row([title]) + "\n"
    out += DataRoomFormat.row(
      ["Customer ID", "Customer", "Segment"]
        + (0..<n).map { DataRoomFormat.cubeHeader(c.firstMonth.adding(months: $0)) })
    var totals = [Int64](repeating: 0, count: n)
    for (a, account) in c.accounts.enumerated() {
      let row = cells[(a * n)..<((a + 1) * n)]
      guard row.contains(where: { $0 != 0 }) else { continue }
      for (m, v) in row.enumerated() { totals[m] += v }
      out += DataRoomFormat.row(
        [account.id, account.name, account.segment]
          + row.map { DataRoomFormat.money($0, dashForZero: true) })
    }
    out += DataRoomFormat.row(
      ["Total", "", ""] + totals.map { DataRoomFormat.money($0, dashForZero: true) })
    out += "\n" + DataRoomFormat.row(["Amounts in USD. Generated sample (synthetic data)."])
    return Array(out.utf8)
  }
}
