/// Small data-room files shared by the importer's unit tests and the whole-pipeline tests, so
/// one layout is written once and both levels read the same rows.
public enum ImportFixtures {
  /// RavenStack's `ravenstack_subscriptions.csv` header and layout (Maven Analytics; trial 18a,
  /// R1), six rows, as of 2024-12 (the latest start, A-4's):
  /// - A-1, one annual row from 2024-03-15, 100 a month: its paid year runs 2024-03-15 to
  ///   2025-03-14, an annual contract (inferred) ending then, from 2024-03;
  /// - A-2, an annual row from 2023-12-23 (200) beside a monthly one (50): the second paid year
  ///   runs 2024-12-23 to 2025-12-22; only the annual row's 200 is committed (20,000 cents), the
  ///   contract type unknown;
  /// - monthly rows (30 and 10): nothing committed;
  /// - A-5, an annual row that ended 2024-11-20, before the as-of month: nothing committed, an
  ///   annual contract (inferred) from 2023-05 paid through 2025-04-30 (it left).
  public static let ravenSubscriptions = """
    subscription_id,account_id,start_date,end_date,plan_tier,seats,mrr_amount,arr_amount,is_trial,upgrade_flag,downgrade_flag,churn_flag,billing_frequency,auto_renew_flag
    S-1,A-1,2024-03-15,,Pro,5,100,1200,False,False,False,False,annual,True
    S-2,A-2,2023-12-23,,Enterprise,10,200,2400,False,False,False,False,annual,True
    S-3,A-2,2024-06-01,,Basic,2,50,600,False,False,False,False,monthly,True
    S-4,A-3,2024-01-10,,Basic,3,30,360,False,False,False,False,monthly,True
    S-5,A-4,2024-12-05,,Basic,1,10,120,False,False,False,False,monthly,True
    S-6,A-5,2023-05-01,2024-11-20,Pro,4,80,960,False,False,False,True,annual,False
    """
}
