import ARRCore

/// The statuses that skip a ledger line (`docs/import.md`, "Invoice ledger"): void, cancelled or
/// refunded, declined or failed, and never issued.
extension LedgerReader {
  /// Statuses of a charge whose money went back in full (a subset of ``voidStatuses``).
  static let refundedStatuses: Set<String> = ["refunded", "fully refunded"]

  /// Statuses of a void or cancelled invoice, skipped: in English and in the languages whose
  /// headers are read (German `storniert`, French `annulée`, Spanish `anulada`). A German
  /// export's cancelled invoice was billed revenue; so were English `cancelled` and Spanish
  /// `cancelada` ones (review 11, F9). An issued document cancelled: its reversal is skipped
  /// with it (``VoidReversals``).
  /// A charge refunded whole (`refunded`: Shopify's `Financial Status`, a payments export's
  /// status) is skipped the same way: the money went back (session 16, lead).
  static let voidStatuses: Set<String> = [
    "void", "voided", "cancelled", "canceled", "storniert", "storno", "annulée", "annulé",
    "annulee", "anulada", "anulado", "cancelada", "cancelado", "refunded", "fully refunded",
  ]

  /// Statuses of a payment attempt that collected nothing: a card declined, a gateway's or
  /// processor's refusal (Braintree's `processor_declined`, `gateway_rejected`,
  /// `settlement_declined`). A payments export lists each retry of one charge; billed, every
  /// declined retry was revenue beside the one that settled (session 16's trial: a customer's
  /// two declined attempts tripled its month). Skipped as declined payments; no invoice was
  /// issued by them, so none is paired with them (``VoidReversals``).
  static let declinedStatuses: Set<String> = [
    "declined", "processor declined", "gateway rejected", "settlement declined", "rejected",
    "card declined", "payment declined", "authorization expired", "blocked", "denied",
    // A processor's decline kinds and Stripe's PaymentIntent waiting on a new card (session 28,
    // t28c lane; trial 28, T28-5: JustR3/payment-data-analytics' 145 `Hard Decline` and `Soft
    // Decline` of 1,033 payments were billed revenue, silently).
    "hard decline", "soft decline", "hard declined", "soft declined", "transaction declined",
    "charge declined", "requires payment method", "bounced", "payment bounced",
    "insufficient funds", "card error", "do not honor", "expired card",
  ]

  /// Statuses that say a payment failed: `failed` and its kin (`payment_failed`, `error`). Under
  /// the line's own status a declined payment, skipped; under a `payment status` an invoice
  /// whose payment failed, billed and counted as unpaid (``isFailedClosed(statusHeader:)``).
  /// One list (session 28, t28c lane; trial 28, T28-5: `payment_failed` and `error` were billed
  /// revenue under a payments table's `status`).
  static let failedStatuses: Set<String> = [
    "failed", "payment failed", "failed payment", "failure", "error", "payment error",
    "charge failed", "transaction failed",
  ]

  /// Whether a payment with `status` (under a status column `header`, when ``isFailedClosed``
  /// says so: `isFailedClosed`) collected nothing: skipped as a declined payment.
  static func isDeclined(_ status: String, isFailedClosed: Bool) -> Bool {
    let key = CubeLayout.normalized(status)
    return declinedStatuses.contains(key) || (isFailedClosed && failedStatuses.contains(key))
  }

  /// Statuses of a payment the payer's bank took back after it was collected, or held in a
  /// dispute: GoCardless' `charged_back`, a card's `chargeback`, `disputed`, `dispute_lost`,
  /// `reversed`. Skipped as charged back, counted in the import note as declined payments are;
  /// no invoice is paired with them (trial 22, T22-21: GoCardless' 10 charged-back payments,
  /// £2,640, were billed revenue with no note). A dispute won (`dispute_won`) kept the money:
  /// not listed, so read by the other columns.
  static let chargedBackStatuses: Set<String> = [
    "charged back", "chargeback", "chargedback", "charge back", "chargeback lost", "disputed",
    "dispute lost", "dispute open", "in dispute", "reversed", "payment reversed",
  ]

  /// Whether a line whose status is `failed` (under the status column `header`) collected
  /// nothing and never will: under the line's own status (`status`, `invoice status`,
  /// `transaction status`, `charge status`) an invoice closed uncollected, never retried
  /// (Recurly's: "through the dunning process without successful payment … will not be
  /// retried"), or an attempt that collected nothing (Braintree's transaction). Skipped as a
  /// declined payment (session 17, import lane: trial 16, R4, a Recurly customer's failed
  /// invoice was billed beside its paid one, with only a note). Under a `payment status` the
  /// row is the invoice and only its payment failed (krithesh19/saas-revenue-platform's public
  /// `invoices.csv`: November's `Failed` between paid months): billed, and counted as unpaid
  /// (``UnpaidLines``).
  static func isFailedClosed(statusHeader header: String) -> Bool {
    LedgerLayout.normalized(header) != "payment status"
  }

  /// Statuses of a document never issued, skipped: a draft (`Entwurf`, `brouillon`,
  /// `borrador`), Xero's `SUBMITTED` (awaiting approval) and `DELETED` (only a draft or a
  /// submitted invoice can be deleted). Not revenue and no void: nothing was issued to cancel,
  /// so no other line is paired with it (review 12, F2). Xero's `AUTHORISED` (approved, awaiting
  /// payment) is issued: billed revenue, counted as unpaid (``UnpaidLines``).
  static let draftStatuses: Set<String> = [
    "draft", "deleted", "submitted", "awaiting approval", "entwurf", "brouillon", "borrador",
  ]
}
