import ARRCore

/// A subscriptions table's header (`docs/import.md`, "Subscriptions table"): the roles its columns
/// play, the headers accepted for each, and the layout found in the first row.
extension SubscriptionTableReader {
  enum Role: String, Sendable, CaseIterable {
    case customer = "customer_id"
    case name = "customer_name"
    case start = "start_date"
    case end = "end_date"
    case monthly = "monthly_price"
    case annual = "annual_price"
    case price = "price_per_cycle"
    case total = "total_contract_value"
    case currency
    case segment
    case contractType = "contract_type"
    case billingCadence = "billing_cadence"
    case trial
    case trialEnd = "trial_end"
    case discount = "discount_percent"
    case status
    case updated = "updated_at"
    case quantity
    case periodUnit = "billing_period_unit"
    case termStart = "current_term_start"
    case termEnd = "current_term_end"
    case discountAmount = "discount_amount"
    case termMonths = "term_months"
  }

  /// Accepted headers per role (lowercased, separators collapsed, camel case split).
  static let aliases: [(Role, [String])] = [
    (
      .customer,
      [
        "customer id",
        // A customer's identifier by other names: Baremetrics' `customer_oid`, ChartMogul's
        // `CUSTOMER_UUID` and `CUSTOMER_EXTERNAL_ID` (session 16, import2 lane; trial 16, B3, C2).
        "customer oid", "customer uuid", "customer external id",
        "customer", "account id", "account", "account code",
        // Zuora's `Account.AccountNumber` (session 26, t26b lane; trial 25, T25-11).
        "account number", "customer code",
        "customer reference", "client id", "subscriber id", "user id", "customer name",
        "customer email", "email",
        // German, French, Spanish contracts lists (session 51, crm lane; trial 50, T50-41).
        "kundennummer", "kundennr", "kunden nr", "kunden id", "numéro client", "numero client",
        "id client", "número de cliente", "numero de cliente", "id cliente", "kunde", "client",
        "cliente",
      ]
    ),
    (
      .name,
      [
        "customer name", "name", "account name", "company", "company name", "customer company",
        // HubSpot's deals export (session 26, t26b lane; trial 25, T25-17).
        "associated company (primary)", "associated company",
        // Pipedrive's deal's organization (session 54, crm lane; trial 51, T51-28).
        "organization", "organisation", "organization name", "organisation name",
        "kunde", "kundenname", "firma", "nom du client", "client", "raison sociale", "cliente",
        "nombre del cliente", "razón social",
      ]
    ),
    (
      .start,
      [
        "start date", "start", "subscription start", "subscription start date", "started at",
        "start at", "signup date", "activated at", "activation date", "join date", "joined",
        "joined at", "joined on", "subscription date", "customer since", "created at",
        // Chargebee's UI reports write `… On` for its data exports' `…_at` (session 16, import
        // lane): each right after its twin.
        "started on", "activated on", "created on",
        "contract start", "contract start date", "term start", "term start date",
        // Zuora's rate plan charges (thirteenth session's trial: fivetran/dbt_zuora's
        // `rate_plan_charge_data.csv`, an `mrr` per charge, was told to rename them).
        "effective start date", "effective start",
        // Baremetrics' subscriptions template (session 16, import2 lane).
        "subscription started at", "subscription activated at",
        "vertragsbeginn", "startdatum", "beginn", "laufzeitbeginn", "date de début",
        "date de debut", "début du contrat", "fecha de inicio", "fecha inicio",
        "inicio del contrato",
      ]
    ),
    (
      .end,
      [
        "end date", "end", "subscription end", "subscription end date", "ended at", "end at",
        "ended on", "ends at", "ends on", "subscription ended at",
        // When service ends (Recurly's `expires_at`), before the day a cancellation was made
        // (its `canceled_at`, notice): ``SubscriptionEndColumns`` (session 16, lead).
        "expires at", "expires on", "expiration date", "expiry date", "expired at",
        "churn date", "churned at", "churned on", "churned date", "contract end",
        "contract end date", "term end", "term end date",
        "effective end date", "effective end",
        // A cancellation scheduled ahead (Maxio's `delayed_cancel_at`): notice given.
        "delayed cancel at", "scheduled cancel at", "scheduled cancellation date",
        "scheduled cancel date", "cancel at", "cancels at", "cancels on",
        "cancellation effective date",
        // When a cancellation was made: the end only in a table with no end column above.
        "cancellation date", "cancel date", "canceled at", "cancelled at", "canceled on",
        "cancelled on", "canceled date", "cancelled date",
        // Zuora's `Subscription Cancelled Date` (session 28, t28b lane).
        "subscription cancelled date", "subscription canceled date",
        // Baremetrics' (session 16, import2 lane).
        "subscription canceled at", "subscription cancelled at",
        "vertragsende", "enddatum", "laufzeitende", "date de fin", "fin du contrat",
        "fecha de fin", "fecha fin", "fin del contrato",
      ]
    ),
    (
      .monthly,
      [
        "monthly fee", "monthly price", "monthly amount", "monthly revenue", "monthly charges",
        "monthly charge", "monthly subscription fee", "monthly fixed fee", "fixed monthly fee",
        "monthly base fee", "mrr", "mrr amount",
        "monthly recurring revenue", "mrr value",
        "price per month",
        // A contract's monthly value (trial 20, A3: `contract_mrr` left the table priceless).
        "contract mrr", "contracted mrr",
        // A monthly price per seat or user beside the seats' count (session 28, t28c lane;
        // trial 28, T28-1): × the quantity (``perUnitPrices``).
        "monthly price per seat", "monthly price per user", "monthly price per unit",
        "monthly price per license", "monthly price per licence", "monthly seat price",
        "price per seat per month", "price per user per month",
        "monatsbetrag", "monatspreis", "monatliche gebühr", "monatsgebühr", "montant mensuel",
        "prix mensuel", "importe mensual", "precio mensual", "cuota mensual",
      ]
    ),
    (
      .annual,
      [
        "annual fee", "annual price", "annual amount", "arr", "arr amount",
        "annual recurring revenue", "arr value", "acv", "annual contract value",
        "annual price per seat", "annual price per user", "price per seat per year",
        "jahresbetrag", "jahrespreis", "montant annuel", "prix annuel", "importe anual",
        "precio anual",
      ]
    ),
    // A price per billing cycle, read only beside a billing cycle column (monthly, quarterly,
    // semiannual, annual), which says how many months it covers.
    // `plan unit price` (Chargebee's `plan_unit_price`) is per unit: × `plan_quantity`. A unit's
    // or a product's price is one too (Recurly's `unit_amount_in_cents`, Maxio's
    // `product_price_in_cents`, cents by their headers; session 16, import2 lane: without a cycle
    // the refusal names them, with a cycle they are read).
    (
      .price,
      [
        "price", "plan price", "subscription price", "amount", "plan amount", "fee",
        "plan unit price", "unit amount", "unit price", "product price",
        // Recurly's `subscription_unit_amount_in_cents` (session 54, crm lane; trial 51, T51-21).
        "subscription unit amount",
        // A price per seat, user or licence (session 28, t28c lane; trial 28, T28-1: refused,
        // "shape not recognised").
        "price per seat", "seat price", "per seat price", "price per user", "per user price",
        "price per unit", "per unit price", "price per license", "price per licence",
        "license price", "licence price",
      ]
    ),
    // A contract's total value over its term (TCV), when no other price is given: ÷ the months
    // the term bills, so a 2-year contract of 48,000 is 2,000 a month. Named as a monthly price
    // (the old hint's advice), it read 48,000 a month.
    (
      .total,
      [
        "tcv", "total contract value", "contract value", "total value", "total contract amount",
        "contract amount",
      ]
    ),
    (.currency, LedgerLayout.currencyNames + ["plan currency"]),
    (.segment, ["segment", "customer segment", "tier"]),
    // `plan type` (`Annual`, `Monthly`) names the plan's term, and its billing period when no
    // cadence column does (trial 20, A3); a tier's name in it (`Pro`) reads as no term.
    (.contractType, ["contract", "contract type", "term", "contract term", "plan type"]),
    (
      .billingCadence,
      [
        "billing", "billing cycle", "billing frequency", "billing period",
        "subscription billing period",
        // An interval's count beside its unit (Baremetrics' `plan_interval_count`: month × 3
        // is quarterly; session 16, import2 lane: trial 16, B2, read monthly, 3 times too high).
        "plan interval count", "billing interval count", "interval count",
        // FastSpring's subscriptions: `intervalLength` beside `intervalUnit` (session 17,
        // import3 lane; trial 17, FS1: unread, the advice to rename `price` "mrr" read a
        // yearly price as monthly, $8,832 for $3,442).
        "interval length",
        // Recurly's subscriptions export: `plan_interval_length` beside `plan_interval_unit`
        // (trial 48, T48-28: unread, the refusal asked for a "billing cycle" column).
        "plan interval length",
        // Paddle Billing's `Billing Cycle Frequency` beside `Billing Cycle Interval`, Maxio's
        // `Product Interval` beside `Product Interval Unit` (session 54, crm lane; trial 51,
        // T51-21: both refused, asking for a "billing cycle" column).
        "billing cycle frequency", "product interval",
      ]
    ),
    // Chargebee's period: `billing_period` (a count, read from the billing cadence's column)
    // times `billing_period_unit`; without a unit, the current term's dates give it (session
    // 16, import lane).
    (
      .periodUnit,
      [
        "billing period unit", "subscription billing period unit", "plan interval",
        "billing interval", "interval unit", "plan interval unit", "billing cycle interval",
        "product interval unit",
        // A plain `interval` (`month`, `year`: Stripe's name, beside Lemon Squeezy's fields;
        // session 27, t27a lane, trial 25, T25-18), last.
        "interval",
      ]
    ),
    (
      .termStart,
      [
        "current term start", "current term start date", "current billing term start",
        "current billing term start date",
      ]
    ),
    (
      .termEnd,
      [
        "current term end", "current term end date", "current billing term end",
        "current billing term end date",
      ]
    ),
    (.trial, ["is trial", "trial", "in trial", "trial flag"]),
    // A trial's last day beside the spell (Chargebee's `trial_end`): the spell bills from the
    // day after it (review 11, F15: it was ignored, and an unpaid trial billed).
    (
      .trialEnd,
      [
        "trial end", "trial end date", "trial ends", "trial ends at", "trial ends on",
        "trial ended at", "trial end at",
        // Recurly's `subscription_trial_ends_at` (session 54, crm lane; trial 51, T51-21: a
        // trial running into November was billed).
        "subscription trial ends at", "subscription trial end",
      ]
    ),
    // A discount in percent beside the price (`discount_pct`): the price is read less it, and
    // the price as written is the other end of the range (decided: a table that records a
    // discount beside a price usually holds the list price; ignored, ARR read high).
    (
      .discount,
      [
        "discount pct", "discount percent", "discount percentage", "discount %", "discount rate",
        "percent discount", "pct discount", "percent off", "coupon percent off",
        "discount percent off",
      ]
    ),
    // A discount in money off the row's price as written (trial 20, A1: `discount_applied`
    // was ignored and ARR read at list prices): read as the share of that price it takes off,
    // so it applies to whatever period the price covers. Read only without a percent column.
    (
      .discountAmount,
      [
        "discount amount", "discount applied", "discount applied amount", "discount value",
        "discount amt", "amount off",
      ]
    ),
    // Checked against the end, never read in its place (``SubscriptionStatusCheck``).
    // `state` is Recurly's and Maxio's name for it; read only when some cell is a status
    // (``SubscriptionStatusCheck/isStatus(_:)``: a customer's address `state` is no
    // status).
    // French, Spanish, Italian, Portuguese, German (session 52, crm lane; review 52, R52-12:
    // `Statut` and `Estado` headed no column, so no French or Spanish status was read).
    (
      .status,
      [
        "status", "subscription status", "state", "subscription state", "statut", "état",
        "etat", "estado", "situación", "situacion", "stato", "situação", "situacao",
        "vertragsstatus", "statut du contrat", "estado del contrato", "stato contratto",
      ]
    ),
    // Units of the price (``SubscriptionTableReader/quantityReading(priceKey:quantityKey:)``
    // says whether the price is multiplied by them): seats, licences and units are a quantity
    // too (session 28, t28c lane; trial 28, T28-1: `seats` beside `monthly_price` was ignored,
    // ARR 21.6 times too low).
    (
      .quantity,
      [
        "quantity", "qty", "subscription quantity", "seats", "seat count", "number of seats",
        "num seats", "seats purchased", "licenses", "licences", "license count", "licence count",
        "number of licenses", "number of licences", "units", "unit count", "number of units",
      ]
    ),
    // A term in whole months beside the start: a row with no end ends that many months on
    // (``SubscriptionTermLength``; session 28, t28c lane; trial 28, T28-2: `DurationMonths` was
    // ignored and every subscription ran for ever, ARR 2.6 times too high). The cube's names
    // for a term in months (``CubeLayout``), then a duration's.
    (
      .termMonths,
      [
        "term (months)", "term months", "term in months", "term (mo)", "term length (months)",
        "term length months", "contract term (months)", "contract term months",
        "contract length (months)", "contract length months", "contract months",
        "duration months", "duration (months)", "duration in months", "duration", "term length",
        "contract length", "commitment months", "commitment (months)", "commitment term months",
        "subscription length", "subscription length months", "subscription months",
        "subscription duration", "subscription duration months", "length months",
        "length (months)", "length in months", "number of months", "months",
      ]
    ),
    // When each row was last written: the export is no earlier (``SubscriptionTableAsOf``).
    (
      .updated,
      [
        "updated at", "updated on", "last updated", "last updated at", "modified at",
        "last modified", "exported at", "export date", "snapshot date", "as of", "as of date",
        // A current billing period's start has passed when the table is exported (Maxio's
        // `Current Period Started At`; session 54, crm lane; trial 51, T51-21: read as of its
        // latest signup, 2026-04, six months early).
        "current period started at", "current period start", "current period start date",
        "current period started on", "subscription current period started at",
      ]
    ),
  ]

  /// Status headers that may name an address's or a region's state (`state`, `estado`, `état`,
  /// `stato`): read only when some cell is a status the reader knows.
  static let addressLikeStatusKeys: Set<String> = [
    "state", "subscription state", "estado", "état", "etat", "stato",
  ]

  /// Headers of a paused subscription's date to resume (Chargebee's `resume_date`, Maxio's
  /// `automatically_resume_at`; review 50, R50-32).
  static let resumeKeys: Set<String> = [
    "resume date", "resumes at", "resume at", "resumes on", "pause resumes at",
    "automatically resume at", "auto resume at", "auto resume date", "resume on",
    "paused until", "pause until", "pause end", "pause end date", "pause ends at",
    "pause ends on",
  ]

  /// Headers of a subscription's current period end or next renewal (Stripe's
  /// `current_period_end`, Recurly's `current_period_ends_at`, a CRM's `renewal date`): where a
  /// row whose status says it cancels at its term's end leaves when the table has no current
  /// term end column (review 50, R50-28). Read for that rule only: a running row's period end is
  /// its next renewal, never an end.
  static let periodEndKeys: Set<String> = [
    "current period end", "current period end date", "current period ends at",
    "current period ends on", "current period end at", "renewal date", "next renewal date",
    "next renewal", "renews at", "renews on",
  ]

  /// Billing cycle headers that name the cycle in words (`monthly`, `annual`), not a count.
  static let cycleWordKeys: Set<String> = ["billing", "billing cycle", "billing frequency"]
  /// Billing cycle headers that count the period unit's units (`3` beside `month`).
  static let cycleCountKeys = [
    "plan interval length", "plan interval count", "billing interval count", "interval count",
    "interval length", "billing period", "subscription billing period", "billing cycle frequency",
    "product interval",
  ]

  /// A billing period's unit beside its count (Recurly's `plan_interval_length` and
  /// `plan_interval_unit`) is the billing cycle, read together, even when a column names the
  /// cycle in words too (`billing cycle`, added by hand): the unit is never read with the words
  /// ("quarterly" "months"; trial 48, T48-28).
  static func pairCycleCount(_ columns: inout [Role: Int], keys: [String]) {
    guard columns[.periodUnit] != nil, let c = columns[.billingCadence],
      cycleWordKeys.contains(keys[c]),
      let count = keys.indices.first(where: {
        cycleCountKeys.contains(keys[$0]) && !columns.values.contains($0)
      })
    else { return }
    columns[.billingCadence] = count
  }

  /// The header and its columns by role when `table`'s first row is a subscriptions table's
  /// header (a customer, a start, and a monthly, an annual, or a per-cycle price beside a billing
  /// cycle column; fewer than 3 month columns), else `nil`.
  /// The header's keys for its roles: a price header naming its unit (`mrr_cents`) without
  /// it, and one naming its currency (`ACV (USD)`, `ARR EUR`, `MRR (GBP)`) without the code
  /// when the rest is a price's name and no other column has that name (beside `mrr`, `mrr_usd`
  /// is a conversion, ``ConvertedAmount``; trial 50, T50-25: `ACV (USD)` was no price, the
  /// register refused).
  static func priceKeys(_ cells: [String]) -> [String] {
    let keys = cells.map { AmountUnit.strip(LedgerLayout.normalized($0), raw: $0).key }
    let prices = Set(
      aliases.filter { [.monthly, .annual, .price, .total].contains($0.0) }.flatMap(\.1))
    return keys.map { key in
      let s = LedgerLayout.strippingCurrency(key)
      guard s.currency != nil, prices.contains(s.key), !keys.contains(s.key) else { return key }
      return s.key
    }
  }

  /// The currency a price header names (`ACV (USD)`: USD), or `nil`.
  static func priceHeaderCurrency(_ cell: String) -> String? {
    let key = AmountUnit.strip(LedgerLayout.normalized(cell), raw: cell).key
    return LedgerLayout.strippingCurrency(key).currency
  }

  static func layout(_ table: ImportTable) -> (header: ImportTable.Record, columns: [Role: Int])? {
    // A header with month columns is a cube's (a `Start Date` and an `MRR` column beside them).
    guard let header = table.records.first,
      CubeLayout.monthLikeCount(header.cells) < CubeLayout.minimumMonthHeaders
    else { return nil }
    // A price header naming its unit (`mrr_cents`, `MRR (cents)`) is read as the price, in
    // minor units.
    var columns = HeaderRoles.assign(priceKeys(header.cells), aliases: aliases)
    pairCycleCount(&columns, keys: header.cells.map { LedgerLayout.normalized($0) })
    pairUnitWords(&columns, table: table, keys: header.cells.map { LedgerLayout.normalized($0) })
    if isDeals(table, header: header) { readAsDeals(&columns, header: header) }
    let hasPrice =
      columns[.monthly] != nil || columns[.annual] != nil
      || (hasCycle(columns) && columns[.price] != nil) || columns[.total] != nil
    guard columns[.customer] != nil, columns[.start] != nil, hasPrice else { return nil }
    return (header, columns)
  }
}

extension SubscriptionTableReader.Role: NumberedRole {
  var ordinal: Int {
    switch self {
    case .customer: 0
    case .name: 1
    case .start: 2
    case .end: 3
    case .monthly: 4
    case .annual: 5
    case .price: 6
    case .total: 7
    case .currency: 8
    case .segment: 9
    case .contractType: 10
    case .billingCadence: 11
    case .trial: 12
    case .trialEnd: 13
    case .discount: 14
    case .status: 15
    case .updated: 16
    case .quantity: 17
    case .periodUnit: 18
    case .termStart: 19
    case .termEnd: 20
    case .discountAmount: 21
    case .termMonths: 22
    }
  }
}
