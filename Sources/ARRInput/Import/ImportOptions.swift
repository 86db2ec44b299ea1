import ARRCore

/// How an importer reads data-room files (the `import` command's options).
public struct ImportOptions: Sendable, Equatable {
  /// The files' shape, or `.auto` to decide from each header.
  public var shape: ImportShape
  /// What a cube's cells hold, or `.auto` to decide per file.
  public var values: ImportValues
  /// The month to measure at; `nil` for the last month of the source. Amounts after it are left
  /// out of every figure (and counted in the tie-out), and inference never reads them.
  public var asOf: Month?
  /// Day/month order for numeric dates the header row cannot decide; `nil` to ask.
  public var dateOrder: DateOrder?
  /// `true`: amounts are written `1.234,50`; `false`: `1,234.50`; `nil`: decide from the cells.
  public var isDecimalComma: Bool?
  /// Skip bad rows (each reported) instead of failing; a negative MRR cell becomes zero.
  public var isLenient: Bool
  /// ISO 4217 code for the imported company; `nil` for the currency sign seen in the cells, else
  /// USD.
  public var currency: String?
  /// The workbook sheets to read as the revenue file (`--sheet NAME|INDEX`, repeatable); empty
  /// for the one sheet that reads as one of the shapes (two such sheets are refused). Two or more
  /// are read as slices of one company, their customers added up (review 13, F5).
  public var sheets: [String]
  /// The first of ``sheets``; setting it makes it the only one.
  public var sheet: String? {
    get { sheets.first }
    set { sheets = newValue.map { [$0] } ?? [] }
  }
  /// Sheets named with `--sheet` twice or more are added up even when one's totals are within
  /// a tenth of the others' summed or most of its customers are in another sheet in the same
  /// months (`--add-sheets`: entities selling to the same customers); without it such sheets
  /// are two views of one company, and a customer-month in two of them is refused (review 53,
  /// R53-4 and R53-29).
  public var isAddingSheets = false
  /// The unit of every shape's amounts (`--amounts`; ``AmountCells``); `nil`: minor units when
  /// the amount header says so (`amount (cents)`, `amount_cents`, `mrr_cents`, `unit_amount`),
  /// else major units (a cube's header is months: only the option says its cells are cents).
  public var amounts: AmountUnit?
  /// The most customers × months a long table (a monthly table, a movements log) may ask for:
  /// the loader's limit (``CompanyLoader/maximumCells``); lower only in tests.
  var maximumCells = CompanyLoader.maximumCells

  /// Creates options; every one defaults to "decide from the data".
  public init(
    shape: ImportShape = .auto, values: ImportValues = .auto, asOf: Month? = nil,
    dateOrder: DateOrder? = nil, isDecimalComma: Bool? = nil, isLenient: Bool = false,
    currency: String? = nil, sheet: String? = nil, amounts: AmountUnit? = nil,
    sheets: [String] = []
  ) {
    self.shape = shape
    self.values = values
    self.asOf = asOf
    self.dateOrder = dateOrder
    self.isDecimalComma = isDecimalComma
    self.isLenient = isLenient
    self.currency = currency
    self.sheets = sheet.map { [$0] + sheets } ?? sheets
    self.amounts = amounts
  }
}
