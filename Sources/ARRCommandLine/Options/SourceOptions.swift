import ARRQuality

extension ImportShape: ChoiceArgument {}
extension ImportValues: ChoiceArgument {}
extension DateOrder: ChoiceArgument {}
extension AmountUnit: ChoiceArgument {}

/// How to read data-room files (`--shape`, `--values`, `--date-order`, `--decimal-comma`,
/// `--amounts`, `--sheet`, `--add-sheets`, `--currency`): the
/// commands that take files instead of a folder (import, analyze, validate).
public struct SourceOptions: OptionGroup {
  public var shape = ImportShape.auto
  public var values = ImportValues.auto
  public var dateOrder: DateOrder?
  public var isDecimalComma = false
  public var amounts: AmountUnit?
  public var sheets: [String] = []
  public var isAddingSheets = false
  public var currency: String?

  public init() {}

  public static var declarations: [Declaration<Self>] {
    [
      .option(
        \.shape, "shape", valueName: "shape",
        help: "The files' shape; auto reads it from each file's header."),
      .option(
        \.values, "values", valueName: "values",
        help:
          "What a cube's cells hold: mrr, billings, arr (annual recurring revenue: each cell "
          + "÷ 12), or auto (decided per file, and said why)."),
      .option(
        \.dateOrder, "date-order", valueName: "order",
        help: "Day/month order of numeric month headers, when the header row cannot decide."),
      .flag(
        \.isDecimalComma, "decimal-comma",
        help: "Amounts are written 1.234,50 (default: detected when unambiguous)."),
      .option(
        \.amounts, "amounts", valueName: "cents|units|thousands",
        help:
          "Unit of every amount (ledgers, Stripe exports, cubes, monthly and subscriptions "
          + "tables): cents (Stripe's API and Sigma, warehouses: 4900), units (49.00) or "
          + "thousands (a table stated in USD 000s or $K: 12.5 is 12,500). Default: cents when "
          + "the header says so (amount_cents, mrr_cents, unit_amount), else units; a title or "
          + "header saying thousands stops the import until this option is given."),
      .option(
        \.sheets, "sheet", valueName: "name|index",
        help:
          "The workbook sheet to read (default: the one that reads as a revenue file; two such "
          + "sheets are refused). Given twice or more, the sheets are read as slices of one "
          + "company (same shape, no customer in two sheets in the same month)."),
      .flag(
        \.isAddingSheets, "add-sheets",
        help:
          "Sheets named with --sheet are entities whose customers are added up, even when most "
          + "customers buy from each or one sheet's totals are close to the others' summed "
          + "(default: such sheets are two views of one company, refused)."),
      .option(
        \.currency, "currency", valueName: "code",
        help:
          "The company's currency, an ISO code (USD, EUR): the label of amounts that name "
          + "none; with --lenient, a ledger's lines in another currency are skipped and listed "
          + "(amounts are never converted).",
        expected: "a three-letter ISO currency code in capitals, e.g. USD",
        isValid: { $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isUppercase } }),
    ]
  }

  /// The importer's options, with `--as-of` and `--lenient` from `company`.
  public func importOptions(_ company: CompanyOptions) -> ImportOptions {
    var options = ImportOptions(
      shape: shape, values: values, asOf: company.asOf, dateOrder: dateOrder,
      isDecimalComma: isDecimalComma ? true : nil, isLenient: company.isLenient,
      currency: currency, amounts: amounts, sheets: sheets)
    options.isAddingSheets = isAddingSheets
    return options
  }
}

/// The `<dir-or-file>...` arguments of analyze and validate.
let companySourceHelp =
  "A company folder (accounts.csv, monthly.csv, optional company.json), or data-room files to "
  + "import in memory (a customer cube, an invoice ledger, Stripe exports or a subscriptions "
  + "table, with customer lists; CSV or .xlsx)."

/// The company at `paths`: a folder read as usual, or files imported in memory.
func loadCompany(
  _ paths: [String], company: CompanyOptions, source: SourceOptions, console: Console
) throws(ARRQualityError) -> Company {
  // A name's control characters escaped, as everywhere it is printed (hostile 55, H55-3).
  console.progress("Reading \(InputProblem.escapingControls(paths.joined(separator: ", ")))…")
  let loaded = try CompanySource.load(
    paths: paths, options: company.loadOptions, importOptions: source.importOptions(company))
  // The process's own allocator only (`arr-quality` itself, not a host running the commands):
  // what the load freed is not kept resident through the analysis and the writing.
  if console.isProcessEnding { MallocArenas.fixThresholdsAfterLoad() }
  return loaded
}
